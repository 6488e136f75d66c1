"""Builds d1–d4 (.docx) for the wardmade10 tuning set (phường Rạch Sen, an invented ward).

Run from /work/main with: .venv/bin/python evals/wardmade10/sources/make_docx.py

d1  a Zalo group post copied into Word: one long paragraph with soft line breaks and emoji, a reaction line, then
    the comments pasted as indented paragraphs (xác nhận thông tin hộ tịch)
d2  a reply letter from UBND phường to a household business owner, prose with typed "a)" "b)" lines
    (đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký hộ kinh doanh, hiệu đính thông tin)
d3  a notice of what changed after 01/7/2025 (a "Nội dung | Trước đây | Từ 01/7/2025" table), then the guide for
    đăng ký lại khai tử, and a list of abbreviations
d4  a guide full of abbreviations (UBND, BCĐ, HS, TTHC) whose time limits and fee sit only in a shaded "LƯU Ý" box
    (one-cell table) beside a steps table (công nhận hộ làm nông nghiệp … có mức sống trung bình)
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents"))
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}


def n(s):
    return unicodedata.normalize("NFC", s)


def base_doc(font="Times New Roman", size=13, left=3.0, right=2.0, top=2.0, bottom=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    return doc


def runs(container, parts, align="j", size=None, indent=None, left=None, space_after=None, color=None):
    """A paragraph of runs; a part is (text, bold) or (text, bold, italic). Text '\\n' becomes a soft line break."""
    p = container.add_paragraph()
    for part in parts:
        text, b = part[0], part[1]
        it = part[2] if len(part) > 2 else False
        chunks = n(text).split("\n")
        for k, chunk in enumerate(chunks):
            r = p.add_run(chunk)
            r.bold, r.italic = b, it
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if k < len(chunks) - 1:
                r.add_break()
    p.alignment = ALIGN[align]
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def para(container, text="", bold=False, italic=False, align=None, size=None, color=None, space_after=None,
         indent=None, left=None):
    return runs(container, [(text, bold, italic)] if text else [], align=align, size=size, indent=indent, left=left,
                space_after=space_after, color=color)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def borders(table, val="single", sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines, size=None, align="l"):
    """Paragraphs inside a cell; a line is a str or a list of (text, bold) runs."""
    cell.text = ""
    for i, line in enumerate(lines):
        parts = [(line, False)] if isinstance(line, str) else line
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        for part in parts:
            r = p.add_run(n(part[0]))
            r.bold = part[1]
            if len(part) > 2:
                r.italic = part[2]
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        p.alignment = ALIGN[align]


def letterhead(doc, left_lines, right_lines, widths=(6.8, 9.2), size=12):
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil")
    set_widths(t, widths)
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[i]
        c.text = ""
        for j, (text, b, it) in enumerate(lines):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(n(text))
            r.bold, r.italic = b, it
            r.font.size = Pt(size if not it else size - 1)
    return t


# ----------------------------------------------------------------------------- d1: Zalo post pasted into Word
def d1():
    doc = base_doc(font="Arial", size=11, left=2.0, right=2.0)
    para(doc, "Zalo · Cộng đồng CƯ DÂN KHU PHỐ 4 – PHƯỜNG RẠCH SEN · 1.248 thành viên", size=9, color="6B7280")
    para(doc, "Tư Pháp – Hộ Tịch P. Rạch Sen", bold=True, size=11.5, space_after=0)
    para(doc, "Quản trị viên · 09:12 15/04/2026 · đã chỉnh sửa", size=8.5, color="6B7280")
    post = (
        "📢📢 HỎI NHANH – ĐÁP GỌN: XIN XÁC NHẬN THÔNG TIN HỘ TỊCH 📢📢\n"
        "\n"
        "Mấy hôm nay nhiều cô chú anh chị nhắn ad hỏi thủ tục xác nhận thông tin hộ tịch (giấy xác nhận về việc hộ "
        "tịch của mình đã đăng ký). Ad tóm tắt lại cho cả nhóm nha 👇\n"
        "\n"
        "📍 NỘP Ở ĐÂU: Trung tâm Phục vụ hành chính công phường (tầng trệt trụ sở UBND). Không muốn đi thì nộp "
        "online trên Cổng dịch vụ công quốc gia hoặc app VNeID (Ứng dụng định danh quốc gia), hoặc gửi bưu điện. "
        "Tự đi nộp hay nhờ người khác nộp đều được.\n"
        "\n"
        "💰 LỆ PHÍ: 8.000đ/văn bản xác nhận về một việc hộ tịch của cá nhân đã đăng ký. Người thuộc gia đình có công "
        "với cách mạng, hộ nghèo, người khuyết tật 👉 MIỄN lệ phí.\n"
        "\n"
        "📄 MANG THEO:\n"
        "✅ Giấy tờ tùy thân (CCCD/thẻ căn cước/hộ chiếu…). Đọc số định danh cá nhân là cán bộ tra cứu được.\n"
        "✅ Giấy tờ, tài liệu có liên quan đến nội dung muốn xác nhận.\n"
        "✅ Nhờ người khác đi thay: văn bản ủy quyền có chứng thực. Người đi thay là ông, bà, cha, mẹ, con, vợ, chồng, "
        "anh, chị, em ruột thì văn bản ủy quyền KHÔNG cần chứng thực nha.\n"
        "✅ Gửi bưu điện: kèm bản sao có chứng thực các giấy tờ phải xuất trình.\n"
        "\n"
        "⚠️ LƯU Ý QUAN TRỌNG: nếu thông tin hộ tịch của mình không có gì thay đổi thì phường sẽ KHÔNG cấp văn bản "
        "xác nhận, mà hướng dẫn mình làm thủ tục cấp bản sao Giấy khai sinh hoặc bản sao trích lục hộ tịch tương ứng "
        "(trừ khi cơ quan, tổ chức có thẩm quyền đề nghị cấp văn bản xác nhận để giải quyết vụ việc liên quan đến "
        "cá nhân).\n"
        "❌ Cần xác minh mà kết quả không có thông tin, hoặc thông tin không thống nhất với giấy tờ mình đưa 👉 bị "
        "từ chối cấp.\n"
        "\n"
        "📲 NỘP ONLINE: xử lý xong cán bộ gửi biểu mẫu Xác nhận thông tin hộ tịch điện tử qua email hoặc thiết bị số. "
        "Bà con kiểm tra rồi bấm xác nhận trong TỐI ĐA 1 NGÀY; quá 1 ngày không phản hồi thì phường in văn bản, "
        "trình ký và trả kết quả.\n"
        "\n"
        "Cần gì cứ bình luận bên dưới, ad trả lời trong giờ hành chính nha 🙏\n"
        "#HoTich #XacNhanThongTinHoTich #PhuongRachSen #CCHC"
    )
    runs(doc, [(post, False)], align="l", size=11)
    para(doc, "👍❤️😮 37        💬 5 bình luận        ↪ 3 lượt chia sẻ", size=9, color="6B7280")
    para(doc, "──────────────────────────────", size=8, color="9CA3AF")
    comments = [
        ("Nguyễn Thị Kim Loan", "Ad ơi làm cái này mất bao lâu vậy ạ?", "2 giờ · Thích · Trả lời"),
        ("↳ Tư Pháp – Hộ Tịch P. Rạch Sen",
         "Dạ chị, trên Cổng dịch vụ công chưa ghi thời hạn cụ thể cho thủ tục này ạ. Nhận hồ sơ đầy đủ, hợp lệ thì "
         "cán bộ ghi ngày trả trên Phiếu hẹn, nộp online thì phiếu hẹn gửi qua email hoặc tin nhắn ạ.", "1 giờ"),
        ("Trần Văn Hậu", "Cho hỏi xin thêm bản sao giấy khai sinh thì bao nhiêu tiền 1 bản?", "1 giờ · Thích · Trả lời"),
        ("↳ Tư Pháp – Hộ Tịch P. Rạch Sen", "Dạ bản sao Giấy khai sinh là 8.000đ/bản anh nhé.", "58 phút"),
        ("Lê Minh Thư", "hk thường trú ở phường mình thì nộp ở đây dc ko ad",
         "45 phút · Thích · Trả lời"),
        ("↳ Tư Pháp – Hộ Tịch P. Rạch Sen",
         "Dạ được ạ. Cá nhân được chọn làm thủ tục hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nếu nộp ở UBND "
         "không phải nơi thường trú hoặc tạm trú thì UBND nơi nhận hồ sơ sẽ hỗ trợ mình nộp trực tuyến đến đúng "
         "cơ quan có thẩm quyền ạ.", "30 phút"),
        ("Phạm Thu", "👍👍", "10 phút"),
    ]
    for who, text, meta in comments:
        reply = who.startswith("↳")
        left = 1.6 if reply else 0.6
        runs(doc, [(who + "  ", True), (text, False)], align="l", size=10, left=left, space_after=0)
        para(doc, meta, size=8, color="9CA3AF", left=left, space_after=4)
    para(doc, "(Sao chép từ nhóm Zalo khu phố để lưu hồ sơ tuyên truyền – Tổ CCHC)", italic=True, size=8.5,
         color="6B7280")
    doc.save(os.path.join(OUT, "d1-zalo-xac-nhan-thong-tin-ho-tich.docx"))


# ----------------------------------------------------------------------------- d2: reply letter (hộ kinh doanh)
def d2():
    doc = base_doc()
    letterhead(doc,
               [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG RẠCH SEN", True, False), ("──────", False, False),
                ("Số: 402/UBND-KT", False, False),
                ("V/v trả lời đề nghị của ông Đỗ Văn Lực về", False, True),
                ("giấy chứng nhận đăng ký hộ kinh doanh", False, True)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập – Tự do – Hạnh phúc", True, False),
                ("───────────────", False, False), ("", False, False),
                ("Rạch Sen, ngày 08 tháng 5 năm 2026", False, True)])
    para(doc, "", space_after=4)
    runs(doc, [("Kính gửi: ", False), ("Ông Đỗ Văn Lực", True)], align="c")
    runs(doc, [("(Chủ hộ kinh doanh “Tạp hóa Minh Lực”, khu phố 5, phường Rạch Sen)", False, True)], align="c",
         size=12, space_after=8)
    body = [
        "Ngày 24/4/2026, Ủy ban nhân dân phường Rạch Sen nhận được đơn của ông hỏi về giấy chứng nhận đăng ký hộ "
        "kinh doanh sau khi sắp xếp đơn vị hành chính. Theo đơn, địa chỉ trụ sở ghi trên giấy chứng nhận của hộ kinh "
        "doanh vẫn là tên phường, quận cũ; đồng thời ông phát hiện thông tin của hộ kinh doanh trên Cơ sở dữ liệu về "
        "đăng ký hộ kinh doanh chưa khớp với bản giấy của giấy chứng nhận đăng ký hộ kinh doanh. Sau khi xem xét, "
        "Ủy ban nhân dân phường trả lời ông như sau:",
        "Về địa chỉ trụ sở: trường hợp thay đổi địa giới hành chính làm thay đổi địa chỉ trụ sở của hộ kinh doanh thì "
        "hộ kinh doanh được tiếp tục hoạt động theo Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp, không bắt buộc "
        "phải làm thủ tục đăng ký thay đổi địa chỉ trụ sở. Khi có nhu cầu (hoặc khi đăng ký thay đổi nội dung đăng ký "
        "hộ kinh doanh), ông gửi giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh đến Cơ quan đăng ký kinh "
        "doanh cấp xã nơi hộ kinh doanh đăng ký trụ sở, hoặc Cơ quan đăng ký kinh doanh cấp xã bất kỳ trong phạm vi "
        "Thành phố, để được cập nhật địa chỉ trụ sở và được cấp Giấy chứng nhận đăng ký hộ kinh doanh.",
        "Về thông tin chưa chính xác, ông thực hiện thủ tục đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký "
        "hộ kinh doanh, hiệu đính thông tin đăng ký hộ kinh doanh, cụ thể:",
    ]
    for t in body:
        runs(doc, [(t, False)], indent=1.0)
    items = [
        [("a) ", True), ("Nếu nội dung trên Giấy chứng nhận đăng ký hộ kinh doanh chưa chính xác so với hồ sơ đăng ký: ", True),
         ("hồ sơ gồm giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh. Cơ quan đăng ký kinh doanh cấp xã "
          "cấp Giấy chứng nhận trong thời hạn 03 ngày làm việc kể từ ngày nhận được giấy đề nghị, nếu thông tin trong "
          "giấy đề nghị là chính xác.", False)],
        [("b) ", True), ("Nếu thông tin trong Cơ sở dữ liệu về đăng ký hộ kinh doanh bị thiếu hoặc chưa chính xác so với "
                         "bản giấy (trường hợp của ông): ", True),
         ("hồ sơ gồm giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh, kèm bản sao Giấy chứng nhận đăng ký "
          "hộ kinh doanh và bản sao Giấy chứng nhận đăng ký thuế. Trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận "
          "hồ sơ, Cơ quan đăng ký kinh doanh cấp xã bổ sung, hiệu đính thông tin trong Cơ sở dữ liệu nếu thông tin ông "
          "nêu là chính xác.", False)],
        [("c) ", True), ("Cập nhật, bổ sung các thông tin khác trong hồ sơ: ", True),
         ("đối với thông tin không thuộc các nội dung tên hộ kinh doanh, địa chỉ trụ sở, chủ hộ kinh doanh, thành viên "
          "hộ gia đình, vốn kinh doanh, ngành, nghề kinh doanh, nội dung đăng ký thuế (trừ phương pháp tính thuế), Cơ "
          "quan đăng ký kinh doanh cấp xã xem xét và cập nhật vào Cơ sở dữ liệu trong thời hạn 01 ngày làm việc kể từ "
          "ngày nhận được hồ sơ.", False)],
    ]
    for it in items:
        runs(doc, it, left=1.0)
    tail = [
        "Hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công phường, qua dịch vụ bưu chính, hoặc qua mạng thông "
        "tin điện tử: ông dùng tài khoản định danh điện tử đăng nhập Hệ thống thông tin về đăng ký hộ kinh doanh, kê "
        "khai, tải văn bản điện tử, ký số và thanh toán lệ phí trên hệ thống. Nếu ông ủy quyền cho người khác đi nộp "
        "thì kèm văn bản ủy quyền; văn bản này không bắt buộc phải công chứng, chứng thực.",
        "Lệ phí đăng ký hộ kinh doanh do Hội đồng nhân dân Thành phố quyết định, nộp tại thời điểm nộp hồ sơ và không "
        "được hoàn trả trong trường hợp hộ kinh doanh không được cấp đăng ký.",
        "Căn cứ: Luật Doanh nghiệp số 59/2020/QH14 (sửa đổi bởi Luật số 76/2025/QH15); Nghị định số 168/2025/NĐ-CP "
        "ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp; Thông tư số 68/2025/TT-BTC; Thông tư số 85/2019/TT-BTC.",
        "Ủy ban nhân dân phường Rạch Sen trả lời để ông được biết và thực hiện./.",
    ]
    for t in tail:
        runs(doc, [(t, False)], indent=1.0)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil")
    set_widths(t, (7.5, 8.5))
    cell_lines(t.rows[0].cells[0], [[("Nơi nhận:", True, True)], "- Như trên;", "- Chủ tịch, các PCT UBND phường;",
                                    "- Thuế cơ sở (để phối hợp);", "- Lưu: VT, KT."], size=11)
    cell_lines(t.rows[0].cells[1], [[("TM. ỦY BAN NHÂN DÂN", True)], [("KT. CHỦ TỊCH", True)], [("PHÓ CHỦ TỊCH", True)],
                                    "", "", "", [("Huỳnh Quốc Thái", True)]], size=12.5, align="c")
    doc.save(os.path.join(OUT, "d2-thu-tra-loi-cap-nhat-ho-kinh-doanh.docx"))


# ----------------------------------------------------------------------------- d3: notice of changes + đăng ký lại khai tử
def d3():
    doc = base_doc()
    letterhead(doc,
               [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG RẠCH SEN", True, False), ("──────", False, False),
                ("Số: 61/TB-UBND", False, False)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập – Tự do – Hạnh phúc", True, False),
                ("───────────────", False, False), ("Rạch Sen, ngày 15 tháng 3 năm 2026", False, True)])
    para(doc, "", space_after=4)
    para(doc, "THÔNG BÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "Những điểm mới khi giải quyết thủ tục hành chính về hộ tịch từ ngày 01/7/2025", bold=True, align="c")
    para(doc, "và hướng dẫn thủ tục đăng ký lại khai tử", bold=True, align="c", space_after=8)
    runs(doc, [("Thực hiện chính quyền địa phương hai cấp từ ngày 01/7/2025 (Nghị quyết số 1685/NQ-UBTVQH15, "
                "Thành phố Hồ Chí Minh có 168 đơn vị hành chính cấp xã gồm 113 phường, 54 xã và 01 đặc khu), Ủy ban "
                "nhân dân phường Rạch Sen thông báo đến Nhân dân một số điểm mới như sau:", False)], indent=1.0)
    para(doc, "I. NHỮNG ĐIỂM THAY ĐỔI", bold=True)
    rows = [
        ("Nội dung", "Trước đây", "Từ 01/7/2025"),
        ("Cơ quan đăng ký hộ tịch", "UBND cấp xã và UBND cấp huyện (quận, huyện) tùy loại việc",
         "UBND cấp xã thực hiện toàn bộ việc đăng ký hộ tịch, kể cả việc có yếu tố nước ngoài (Nghị định số "
         "120/2025/NĐ-CP)"),
        ("Nơi nộp hồ sơ", "Bộ phận tiếp nhận và trả kết quả",
         "Trung tâm Phục vụ hành chính công phường (Nghị định số 118/2025/NĐ-CP)"),
        ("Chọn nơi làm thủ tục", "Theo nơi cư trú",
         "Được chọn cơ quan đăng ký hộ tịch nơi cư trú; nộp ở UBND cấp xã không phải nơi thường trú, tạm trú thì UBND "
         "nơi tiếp nhận hỗ trợ nộp hồ sơ trực tuyến đến đúng cơ quan có thẩm quyền"),
        ("Danh mục TTHC", "Theo quyết định công bố của từng cấp",
         "UBND Thành phố công bố 2.168 TTHC tại bộ phận một cửa, trong đó 363 TTHC giải quyết tại phường, xã, đặc khu"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    borders(t)
    set_widths(t, (3.6, 4.6, 7.8))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_lines(t.rows[i].cells[j], [[(v, i == 0 or j == 0)]], size=11.5, align="c" if i == 0 else "l")
            if i == 0:
                shade(t.rows[i].cells[j], "D9E2F3")
    para(doc, "", space_after=2)
    para(doc, "II. HƯỚNG DẪN THỦ TỤC ĐĂNG KÝ LẠI KHAI TỬ", bold=True)
    runs(doc, [("Mã thủ tục trên Cổng dịch vụ công quốc gia: 1.005461. Kết quả là Trích lục khai tử.", False, True)], indent=1.0)
    para(doc, "1. Giấy tờ phải nộp", bold=True)
    for t_ in [
        "- Tờ khai đăng ký lại khai tử theo mẫu (nộp trực tiếp hoặc qua bưu chính); nộp trực tuyến thì khai theo mẫu "
        "hộ tịch điện tử tương tác đăng ký lại khai tử.",
        "- Bản sao Giấy chứng tử trước đây được cấp hợp lệ. Nếu không có bản sao Giấy chứng tử thì nộp bản sao hồ sơ, "
        "giấy tờ liên quan có nội dung chứng minh sự kiện chết.",
        "- Văn bản ủy quyền nếu ủy quyền cho người khác; người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, "
        "chị, em ruột thì văn bản ủy quyền không phải chứng thực.",
    ]:
        para(doc, t_, left=0.6, align="j")
    para(doc, "2. Giấy tờ phải xuất trình", bold=True)
    for t_ in [
        "- Giấy tờ tùy thân (hộ chiếu, CCCD, thẻ căn cước, căn cước điện tử, giấy chứng nhận căn cước…) còn giá trị sử "
        "dụng; chỉ cần cung cấp số định danh cá nhân để cán bộ tra cứu.",
        "- Giấy tờ chứng minh thông tin cư trú, khi không khai thác được trên Cơ sở dữ liệu quốc gia về dân cư.",
        "- Gửi hồ sơ qua bưu chính: kèm bản sao có chứng thực các giấy tờ phải xuất trình.",
    ]:
        para(doc, t_, left=0.6, align="j")
    para(doc, "3. Thời hạn, lệ phí", bold=True)
    for t_ in [
        "- Thời hạn giải quyết: 05 ngày làm việc.",
        "- Lệ phí: theo mức do HĐND Thành phố quyết định; miễn lệ phí cho người thuộc gia đình có công với cách mạng, "
        "người thuộc hộ nghèo, người khuyết tật. Phí cấp bản sao Trích lục khai tử (nếu có yêu cầu) theo Thông tư số "
        "281/2016/TT-BTC.",
        "- Kết quả: Trích lục khai tử.",
    ]:
        para(doc, t_, left=0.6, align="j")
    para(doc, "4. Trình tự", bold=True)
    for t_ in [
        "- Nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường, hoặc trực tuyến trên Cổng dịch vụ công quốc gia, "
        "Ứng dụng định danh quốc gia (VNeID); nhận Phiếu hẹn.",
        "- Công chức tư pháp – hộ tịch thẩm tra hồ sơ; thông tin khai tử đầy đủ, phù hợp thì ghi vào Sổ đăng ký khai tử.",
        "- Nộp trực tuyến: biểu mẫu Trích lục khai tử điện tử được gửi lại để người yêu cầu kiểm tra, xác nhận (tối đa "
        "một ngày).",
        "- Giấy tờ do cơ quan nước ngoài cấp phải hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế.",
    ]:
        para(doc, t_, left=0.6, align="j")
    runs(doc, [("Căn cứ pháp lý: ", True), ("Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số "
                                           "87/2020/NĐ-CP; Nghị định số 07/2025/NĐ-CP; Nghị định số 120/2025/NĐ-CP; "
                                           "Thông tư số 04/2020/TT-BTP; Thông tư số 08/2025/TT-BTP; Thông tư số "
                                           "85/2019/TT-BTC.", False)], size=12)
    runs(doc, [("Chữ viết tắt: ", True, True), ("UBND – Ủy ban nhân dân; HĐND – Hội đồng nhân dân; TTHC – thủ tục "
                                                 "hành chính; CCCD – căn cước công dân.", False, True)], size=11)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil")
    set_widths(t, (7.5, 8.5))
    cell_lines(t.rows[0].cells[0], [[("Nơi nhận:", True, True)], "- Ban điều hành các khu phố;",
                                    "- Trang thông tin điện tử phường;", "- Lưu: VT, TP."], size=11)
    cell_lines(t.rows[0].cells[1], [[("TM. ỦY BAN NHÂN DÂN", True)], [("CHỦ TỊCH", True)], "", "", "",
                                    [("Trương Mỹ Hạnh", True)]], size=12.5, align="c")
    doc.save(os.path.join(OUT, "d3-thong-bao-diem-moi-dang-ky-lai-khai-tu.docx"))


# ----------------------------------------------------------------------------- d4: abbreviations + "LƯU Ý" box
def d4():
    doc = base_doc(font="Arial", size=11, left=2.5, right=2.0)
    para(doc, "UBND PHƯỜNG RẠCH SEN – BCĐ GIẢM NGHÈO", bold=True, size=10, color="1F4E79", space_after=0)
    para(doc, "Tài liệu hướng dẫn TTHC lĩnh vực giảm nghèo – Số 04/2026", size=9, color="1F4E79", space_after=10)
    para(doc, "HƯỚNG DẪN HS CÔNG NHẬN HỘ LÀM NÔNG NGHIỆP, LÂM NGHIỆP, NGƯ NGHIỆP VÀ DIÊM NGHIỆP CÓ MỨC SỐNG TRUNG "
              "BÌNH", bold=True, align="c", size=13, space_after=8)
    runs(doc, [("Đối tượng: ", True), ("hộ gia đình (theo khoản 2 Điều 37 Luật Cư trú) làm việc trong các lĩnh vực "
                                       "nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp trên địa bàn phường, có nhu "
                                       "cầu được xác định là hộ có mức sống trung bình.", False)])
    runs(doc, [("HS gồm: ", True), ("01 bản chính Giấy đề nghị xác định hộ có mức sống trung bình theo Mẫu số 01 tại "
                                    "Phụ lục ban hành kèm theo Quyết định số 24/2021/QĐ-TTg.", False)])
    runs(doc, [("Nộp HS: ", True), ("trực tiếp hoặc gửi qua đường bưu điện đến Chủ tịch UBND phường.", False)], space_after=8)

    # the steps table on the left, the LƯU Ý box on the right
    outer = doc.add_table(rows=1, cols=2)
    borders(outer, "nil")
    set_widths(outer, (10.2, 6.0))
    left, right = outer.rows[0].cells
    left.text = ""
    p = left.paragraphs[0]
    r = p.add_run(n("CÁC BƯỚC THỰC HIỆN"))
    r.bold = True
    steps = left.add_table(rows=5, cols=2)
    borders(steps, sz=4, color="7F7F7F")
    set_widths(steps, (1.6, 8.4))
    data = [
        ("Bước", "Nội dung"),
        ("B1", "Hộ gia đình nộp HS (Giấy đề nghị Mẫu số 01) trực tiếp hoặc qua bưu điện đến Chủ tịch UBND phường."),
        ("B2", "Chủ tịch UBND phường chỉ đạo BCĐ rà soát cấp xã xác định thu nhập của hộ, thực hiện từ ngày 15 hằng "
               "tháng, theo Phiếu khảo sát, xác định thu nhập tại Phụ lục VIII Thông tư số 07/2021/TT-BLĐTBXH (sửa "
               "đổi tại khoản 4 Điều 1 Thông tư số 02/2022/TT-BLĐTBXH)."),
        ("B3", "Niêm yết, thông báo công khai kết quả tại trụ sở UBND phường; tổ chức phúc tra nếu có khiếu nại "
               "(thời gian: xem ô LƯU Ý)."),
        ("B4", "Chủ tịch UBND phường ra quyết định công nhận hộ có mức sống trung bình theo Mẫu số 02 tại Phụ lục ban "
               "hành kèm theo Quyết định số 24/2021/QĐ-TTg."),
    ]
    for i, (a, b) in enumerate(data):
        cell_lines(steps.rows[i].cells[0], [[(a, True)]], size=10, align="c")
        cell_lines(steps.rows[i].cells[1], [[(b, i == 0)]], size=10)
        if i == 0:
            shade(steps.rows[i].cells[0], "DEEAF6")
            shade(steps.rows[i].cells[1], "DEEAF6")
    right.text = ""
    box = right.add_table(rows=1, cols=1)
    borders(box, sz=12, color="C55A11")
    set_widths(box, (5.6,))
    c = box.rows[0].cells[0]
    shade(c, "FFF2CC")
    cell_lines(c, [
        [("⚠ LƯU Ý", True)],
        [("• Niêm yết công khai: ", True), ("05 ngày làm việc.", False)],
        [("• Phúc tra (nếu có khiếu nại): ", True), ("03 ngày làm việc.", False)],
        [("• Thời hạn ra quyết định công nhận: ", True), ("15 ngày", False), (", kể từ ngày bắt đầu rà soát.", False)],
        [("• Phí, lệ phí: ", True), ("Miễn phí.", False)],
        [("• Kết quả: ", True), ("Quyết định công nhận (Mẫu số 02 QĐ 24/2021/QĐ-TTg).", False)],
    ], size=10)
    para(doc, "", space_after=4)
    runs(doc, [("Căn cứ: ", True), ("Quyết định số 24/2021/QĐ-TTg; Thông tư số 07/2021/TT-BLĐTBXH; Thông tư số "
                                    "02/2022/TT-BLĐTBXH.", False)], size=10)
    runs(doc, [("Chữ viết tắt: ", True, True),
               ("UBND – Ủy ban nhân dân; BCĐ – Ban Chỉ đạo; HS – hồ sơ; TTHC – thủ tục hành chính; PVHCC – Phục vụ "
                "hành chính công; QĐ – Quyết định.", False, True)], size=9.5)
    runs(doc, [("Liên hệ: cán bộ LĐ-TB&XH phường, phòng 2, trụ sở UBND phường Rạch Sen – ĐT (028) 3975 4415.", False,
                True)], size=9.5, color="595959")
    doc.save(os.path.join(OUT, "d4-huong-dan-ho-muc-song-trung-binh.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    d1()
    d2()
    d3()
    d4()
    print("wrote d1–d4 to", OUT)
