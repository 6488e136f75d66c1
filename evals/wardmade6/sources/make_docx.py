"""Builds d1–d4 (.docx) for the wardmade6 evaluation set.

Run with: /work/main/.venv/bin/python evals/wardmade6/sources/make_docx.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents")


def n(s):
    return unicodedata.normalize("NFC", s)


def base_doc(font="Times New Roman", size=13, left=3.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(left)
    sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(container, text, bold=False, italic=False, align=None, size=None, underline=False, color=None,
         space_after=None, indent=None):
    p = container.add_paragraph()
    r = p.add_run(n(text))
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def mixed(container, parts, align="j", size=None, indent=None):
    """A paragraph made of (text, bold) runs."""
    p = container.add_paragraph()
    for text, b in parts:
        r = p.add_run(n(text))
        r.bold = b
        if size:
            r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}[align]
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def cell_text(cell, lines, bold=False, size=None, align=None):
    if isinstance(lines, str):
        lines = [lines]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(n(line))
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths):
    """Fix column widths in both the grid and every cell (Word and LibreOffice)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def letterhead(doc, left_lines, right_date, size=12.5, number=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    lines = list(left_lines) + ([(number, False, False)] if number else [])
    for i, (txt, b, u) in enumerate(lines):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        run = p.add_run(n(txt))
        run.bold, run.underline = b, u
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False),
             (right_date, False, False, True)]
    for i, (txt, b, u, it) in enumerate(right):
        p = r.paragraphs[0] if i == 0 else r.add_paragraph()
        run = p.add_run(n(txt))
        run.bold, run.underline, run.italic = b, u, it
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_widths(t, [Cm(6.5), Cm(9.5)])


def signature(doc, title_lines, name, left=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    if left:
        for i, (txt, b, it) in enumerate(left):
            p = l.paragraphs[0] if i == 0 else l.add_paragraph()
            run = p.add_run(n(txt))
            run.bold, run.italic = b, it
            run.font.size = Pt(11)
    for i, txt in enumerate(title_lines):
        p = r.paragraphs[0] if i == 0 else r.add_paragraph()
        run = p.add_run(n(txt))
        run.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        r.add_paragraph()
    p = r.add_paragraph()
    run = p.add_run(n(name))
    run.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- d1
def make_d1():
    """Plain guide with bold headings: chứng thực bản sao từ bản chính (no portal code)."""
    doc = base_doc(font="Arial", size=12, left=2.5)
    para(doc, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG TÂN LỘC ĐÔNG", bold=True, size=11, color="1F4E79")
    para(doc, "Tài liệu phát tại quầy – Tháng 02/2026", italic=True, size=10, color="555555", space_after=14)
    para(doc, "HƯỚNG DẪN CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", bold=True, size=16, align="c")
    para(doc, "(thường gọi là “sao y bản chính”)", italic=True, align="c", space_after=12)

    para(doc, "Chứng thực bản sao từ bản chính là việc cơ quan có thẩm quyền căn cứ vào bản chính để chứng thực "
              "bản sao là đúng với bản chính. Tại phường, việc này do Ủy ban nhân dân phường thực hiện tại Trung tâm "
              "Phục vụ hành chính công; người dân cũng có thể yêu cầu tại tổ chức hành nghề công chứng.", align="j")

    para(doc, "Cần mang theo gì?", bold=True, size=13)
    para(doc, "Xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng thực và bản sao cần chứng thực. Bản sao phải "
              "có đầy đủ các trang đã ghi thông tin của bản chính. Nếu chỉ mang bản chính thì cán bộ sẽ chụp từ bản "
              "chính để chứng thực, trừ trường hợp không có phương tiện chụp.", align="j")
    para(doc, "Giấy tờ đã được tích hợp trên ứng dụng VNeID: khi người dân xuất trình thông tin tương ứng từ VNeID thì "
              "không bị yêu cầu nộp, xuất trình bản chính hoặc bản sao giấy tờ đó.", align="j")

    para(doc, "Phí chứng thực", bold=True, size=13)
    para(doc, "Tại Ủy ban nhân dân phường và tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên "
              "thu 1.000 đồng/trang, nhưng tối đa không quá 200.000 đồng/bản. Số trang để tính phí được tính theo "
              "trang của bản chính.", align="j")
    para(doc, "Ví dụ: bản chính 4 trang, chứng thực 1 bản sao thì phí là 2.000 + 2.000 + 1.000 + 1.000 = 6.000 đồng.",
         italic=True, align="j")

    para(doc, "Những bản chính không được dùng để chứng thực bản sao", bold=True, size=13)
    for s in [
        "Bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ;",
        "Bản chính bị hư hỏng, cũ nát, không xác định được nội dung;",
        "Bản chính đóng dấu mật của cơ quan, tổ chức có thẩm quyền, hoặc không đóng dấu mật nhưng ghi rõ không được sao chụp;",
        "Bản chính có nội dung trái pháp luật, đạo đức xã hội; xuyên tạc lịch sử dân tộc; xúc phạm danh dự, nhân phẩm, uy tín của cá nhân, tổ chức; vi phạm quyền công dân;",
        "Giấy tờ, văn bản do cá nhân tự lập nhưng không có xác nhận và đóng dấu của cơ quan, tổ chức có thẩm quyền;",
        "Bản chính do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp, công chứng hoặc chứng nhận mà chưa được hợp pháp hóa lãnh sự.",
    ]:
        doc.add_paragraph(n(s), style="List Bullet")

    para(doc, "Giấy tờ nước ngoài được miễn hợp pháp hóa lãnh sự", bold=True, size=13)
    para(doc, "Các giấy tờ sau do nước ngoài cấp vẫn được chứng thực bản sao mà không cần hợp pháp hóa lãnh sự: hộ "
              "chiếu, thẻ căn cước, thẻ thường trú, thẻ cư trú, giấy phép lái xe, bằng tốt nghiệp, chứng chỉ và bảng "
              "điểm kèm theo bằng tốt nghiệp, chứng chỉ.", align="j")

    para(doc, "Cán bộ chứng thực làm gì?", bold=True, size=13)
    para(doc, "Cán bộ kiểm tra bản chính, đối chiếu với bản sao; nếu đúng thì ghi lời chứng, ký, ghi rõ họ tên, đóng "
              "dấu và ghi vào sổ chứng thực. Bản sao từ 02 trang trở lên thì lời chứng ghi ở trang cuối; từ 02 tờ trở "
              "lên thì đóng dấu giáp lai. Nhiều bản sao chứng thực từ một bản chính trong cùng một thời điểm được ghi "
              "chung một số chứng thực.", align="j")

    para(doc, "Nhận kết quả ở đâu?", bold=True, size=13)
    para(doc, "Người yêu cầu nhận bản sao đã chứng thực tại chính nơi nộp hồ sơ.", align="j")

    para(doc, "Người yêu cầu chịu trách nhiệm gì?", bold=True, size=13)
    para(doc, "Người yêu cầu chịu trách nhiệm về nội dung, tính hợp lệ, hợp pháp của bản chính. Nếu pháp luật không "
              "quy định phải dùng bản sao có chứng thực cho loại giấy tờ mà người dân cần, cán bộ sẽ hướng dẫn để "
              "người dân không phải chứng thực không cần thiết.", align="j")

    para(doc, "Căn cứ: Nghị định số 23/2015/NĐ-CP; Nghị định số 280/2025/NĐ-CP; Thông tư số 01/2020/TT-BTP; "
              "Thông tư số 226/2016/TT-BTC.", italic=True, size=10, color="555555")
    doc.save(os.path.join(OUT, "d1-huong-dan-sao-y-ban-chinh.docx"))


# ---------------------------------------------------------------- d2
def make_d2():
    """Checklist form: đăng ký thay đổi nội dung đăng ký hộ kinh doanh (code 2.000720)."""
    doc = base_doc(size=12, left=2.0)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.5)
    hdr = doc.add_table(rows=1, cols=2)
    hdr.style = "Table Grid"
    a, b = hdr.rows[0].cells
    cell_text(a, ["UBND PHƯỜNG TÂN LỘC ĐÔNG", "Cơ quan đăng ký kinh doanh cấp xã"], bold=True, size=11)
    cell_text(b, ["Mẫu: PKT-HKD-02", "Mã thủ tục: 2.000720", "QĐ công bố: 2353/QĐ-BTC"], size=10.5)
    set_widths(hdr, [Cm(11), Cm(6)])

    para(doc, "")
    para(doc, "PHIẾU KIỂM TRA THÀNH PHẦN HỒ SƠ", bold=True, size=15, align="c")
    para(doc, "ĐĂNG KÝ THAY ĐỔI NỘI DUNG ĐĂNG KÝ HỘ KINH DOANH", bold=True, size=13, align="c")
    para(doc, "(Người nộp tự đánh dấu ☒ vào các giấy tờ đã chuẩn bị trước khi lấy số thứ tự)", italic=True,
         size=11, align="c")

    para(doc, "Tên hộ kinh doanh: ...................................................  Số GCN: .......................", size=11.5)
    para(doc, "Nội dung thay đổi: ☐ Tên  ☐ Địa chỉ trụ sở  ☐ Chủ hộ  ☐ Thành viên hộ gia đình  ☐ Vốn  "
              "☐ Ngành, nghề  ☐ Nội dung đăng ký thuế", size=11.5)

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["STT", "Giấy tờ", "Áp dụng khi", "Đã có"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=11, align="c")
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    rows = [
        ("1", "Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh do chủ hộ kinh doanh ký (01 bản chính)",
         "Mọi trường hợp thay đổi tên, địa chỉ trụ sở, vốn, ngành nghề, nội dung đăng ký thuế (trừ phương pháp tính thuế); thay đổi chủ hộ theo ủy quyền"),
        ("2", "Biên bản họp nhóm cá nhân tham gia hộ kinh doanh về việc thay đổi (01 bản chính)",
         "Hộ kinh doanh do nhóm cá nhân thành lập trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực"),
        ("3", "Bản sao văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (phải được công chứng hoặc chứng thực)",
         "Đổi chủ hộ do các thành viên hộ gia đình ủy quyền cho một thành viên còn lại"),
        ("4", "Bản sao giấy chứng tử hoặc quyết định của Tòa án tuyên bố đã chết, mất tích, bị hạn chế hoặc mất năng lực hành vi dân sự, có khó khăn trong nhận thức, làm chủ hành vi",
         "Đổi chủ hộ do chủ hộ chết hoặc bị Tòa án tuyên bố như nêu bên trái"),
        ("5", "Bản sao văn bản ủy quyền của thành viên mới cho chủ hộ kinh doanh (phải được công chứng hoặc chứng thực)",
         "Tiếp nhận thành viên mới của hộ gia đình đăng ký hộ kinh doanh"),
        ("6", "Văn bản ủy quyền cho cá nhân nộp hồ sơ (không bắt buộc công chứng, chứng thực); hoặc bản sao hợp đồng dịch vụ và giấy giới thiệu của tổ chức làm dịch vụ",
         "Không tự đi nộp mà nhờ người khác hoặc tổ chức dịch vụ nộp"),
        ("7", "Bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người ủy quyền",
         "Người ủy quyền chưa có tài khoản định danh điện tử để xác thực điện tử"),
    ]
    for stt, doc_name, when in rows:
        c = t.add_row().cells
        cell_text(c[0], stt, size=11, align="c")
        cell_text(c[1], doc_name, size=11)
        cell_text(c[2], when, size=11)
        cell_text(c[3], "☐", size=14, align="c")
    set_widths(t, [Cm(1.1), Cm(8.2), Cm(6.2), Cm(1.5)])

    para(doc, "")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    items = [
        ("HẠN ĐĂNG KÝ", "Trong thời hạn 10 ngày kể từ ngày có thay đổi, chủ hộ kinh doanh phải đăng ký thay đổi."),
        ("NƠI NỘP", "Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đăng ký trụ sở (Trung tâm Phục vụ hành chính "
                    "công phường) hoặc Cơ quan đăng ký kinh doanh cấp xã bất kỳ trong phạm vi Thành phố; qua bưu chính; "
                    "hoặc qua mạng trên Hệ thống thông tin về đăng ký hộ kinh doanh (đăng nhập bằng tài khoản định danh "
                    "điện tử, ký số hồ sơ, thanh toán lệ phí trực tuyến)."),
        ("ĐỔI ĐỊA CHỈ", "Nếu chuyển địa chỉ trụ sở làm thay đổi Cơ quan thuế quản lý trực tiếp thì phải làm thủ tục với "
                        "Cơ quan thuế về việc chuyển trụ sở TRƯỚC, sau đó mới đăng ký thay đổi địa chỉ với phường."),
        ("THỜI HẠN", "03 ngày làm việc kể từ ngày nhận hồ sơ. Thay đổi tên, địa chỉ, chủ hộ, thành viên, vốn, ngành nghề "
                     "thì được cấp Giấy chứng nhận đăng ký hộ kinh doanh mới; hồ sơ chưa hợp lệ thì được thông báo bằng "
                     "văn bản nội dung cần sửa đổi, bổ sung."),
        ("LỆ PHÍ", "Theo mức Hội đồng nhân dân Thành phố quyết định (Thông tư số 85/2019/TT-BTC). Nộp cùng lúc nộp hồ sơ; "
                   "không được hoàn trả nếu không được cấp đăng ký; không bao gồm phí dịch vụ thanh toán điện tử."),
    ]
    for k, v in items:
        c = info.add_row().cells
        cell_text(c[0], k, bold=True, size=11)
        shade(c[0], "FFF2CC")
        cell_text(c[1], v, size=11)
    set_widths(info, [Cm(3.3), Cm(13.7)])

    para(doc, "")
    para(doc, "Căn cứ: Luật Doanh nghiệp số 59/2020/QH14; Luật số 76/2025/QH15; Nghị định số 168/2025/NĐ-CP; "
              "Thông tư số 68/2025/TT-BTC; Thông tư số 85/2019/TT-BTC.", italic=True, size=10)
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    cell_text(sig.rows[0].cells[0], ["Người nộp hồ sơ", "(ký, ghi rõ họ tên)"], size=11, align="c")
    cell_text(sig.rows[0].cells[1], ["Cán bộ tiếp nhận", "(ký, ghi rõ họ tên)"], size=11, align="c")
    doc.save(os.path.join(OUT, "d2-phieu-thay-doi-ho-kinh-doanh.docx"))


# ---------------------------------------------------------------- d3
def make_d3():
    """Công an phường guidance with Roman-numeral sections: xóa đăng ký thường trú (no portal code)."""
    doc = base_doc()
    letterhead(doc, [("CÔNG AN TP. HỒ CHÍ MINH", False, False),
                     ("CÔNG AN PHƯỜNG TÂN LỘC ĐÔNG", True, True)],
               "Tân Lộc Đông, ngày 09 tháng 02 năm 2026", size=12, number="Số: 41/HD-CAP")
    para(doc, "")
    para(doc, "HƯỚNG DẪN", bold=True, align="c", size=14)
    para(doc, "Thực hiện thủ tục xóa đăng ký thường trú", bold=True, align="c", size=13)
    para(doc, "Nhằm giúp công dân, hộ gia đình trên địa bàn thực hiện đúng quy định của Luật Cư trú, Công an phường "
              "Tân Lộc Đông hướng dẫn thủ tục xóa đăng ký thường trú như sau:", align="j", indent=1.0)

    para(doc, "I. TRÁCH NHIỆM VÀ THỜI HẠN NỘP HỒ SƠ", bold=True)
    para(doc, "Trong thời hạn 07 ngày kể từ ngày hộ gia đình có người thuộc diện xóa đăng ký thường trú, người thuộc "
              "diện xóa đăng ký thường trú hoặc đại diện hộ gia đình có trách nhiệm nộp hồ sơ làm thủ tục xóa đăng ký "
              "thường trú đến Công an phường. Các trường hợp thuộc diện xóa đăng ký thường trú được quy định tại "
              "Điều 24 Luật Cư trú.", align="j", indent=1.0)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Trường hợp", bold=True, size=12, align="c")
    cell_text(t.rows[0].cells[1], "Ai thực hiện", bold=True, size=12, align="c")
    for a, b in [
        ("Công dân thuộc diện xóa đăng ký thường trú", "Chính người đó hoặc đại diện hộ gia đình nộp hồ sơ"),
        ("Người đang học tập, công tác, làm việc trong lực lượng vũ trang nhân dân",
         "Cơ quan, đơn vị quản lý có văn bản đề nghị gửi cơ quan đăng ký cư trú nơi đóng quân, ghi rõ họ tên, "
         "ngày sinh, số định danh cá nhân (hoặc CMND 09 số) và lý do"),
        ("Người thuộc diện xóa mà cá nhân, hộ gia đình không làm thủ tục",
         "Công an phường kiểm tra, xác minh, lập biên bản về việc không thực hiện thủ tục và tiến hành xóa đăng ký "
         "thường trú đối với công dân"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], a, size=12)
        cell_text(c[1], b, size=12)
    set_widths(t, [Cm(6.0), Cm(10.0)])

    para(doc, "II. THÀNH PHẦN HỒ SƠ (01 bộ)", bold=True)
    para(doc, "1. Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA) – 01 bản chính.",
         align="j", indent=1.0)
    para(doc, "2. Thông tin chứng minh thuộc trường hợp xóa đăng ký thường trú. Cơ quan đăng ký cư trú khai thác thông tin "
              "này trong Cơ sở dữ liệu quốc gia và các cơ sở dữ liệu được kết nối, chia sẻ; trường hợp thông tin chưa "
              "được kết nối, chia sẻ thì công dân xuất trình giấy tờ, tài liệu chứng minh thuộc một trong các trường hợp "
              "quy định tại Điều 24 Luật Cư trú.", align="j", indent=1.0)

    para(doc, "III. NƠI NỘP VÀ TRÌNH TỰ", bold=True)
    para(doc, "Nộp trực tiếp tại trụ sở Công an phường Tân Lộc Đông hoặc nộp trực tuyến qua Cổng Dịch vụ công. Khi tiếp "
              "nhận, cán bộ kiểm tra tính pháp lý và nội dung hồ sơ: hồ sơ đầy đủ, hợp lệ thì cấp Phiếu tiếp nhận hồ sơ "
              "và hẹn trả kết quả (mẫu CT04); hồ sơ không đủ điều kiện thì cấp Phiếu từ chối tiếp nhận, giải quyết hồ sơ "
              "(mẫu CT06). Công dân căn cứ ngày hẹn để nhận thông báo kết quả.", align="j", indent=1.0)

    para(doc, "IV. THỜI HẠN GIẢI QUYẾT", bold=True)
    para(doc, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", align="j", indent=1.0)

    para(doc, "V. KẾT QUẢ", bold=True)
    para(doc, "Thông tin của công dân được cập nhật trong Cơ sở dữ liệu về cư trú và Cơ sở dữ liệu quốc gia về dân cư; "
              "công dân nhận thông báo kết quả giải quyết thủ tục về cư trú.", align="j", indent=1.0)

    para(doc, "VI. CĂN CỨ PHÁP LÝ", bold=True)
    para(doc, "Luật Cư trú số 68/2020/QH14; Nghị định số 154/2024/NĐ-CP; Thông tư số 55/2021/TT-BCA, 56/2021/TT-BCA, "
              "57/2021/TT-BCA, 66/2023/TT-BCA; Thông tư số 53/2025/TT-BCA và Thông tư số 54/2025/TT-BCA ngày 01/7/2025.",
         align="j", indent=1.0)
    para(doc, "Công an phường đề nghị các khu phố phổ biến hướng dẫn này đến từng hộ gia đình.", align="j", indent=1.0)
    signature(doc, ["TRƯỞNG CÔNG AN PHƯỜNG"], "Trung tá Phạm Quốc Hưng",
              left=[("Nơi nhận:", True, True), ("- Ban điều hành các khu phố;", False, False),
                    ("- Niêm yết tại trụ sở;", False, False), ("- Lưu: HS, VT.", False, False)])
    doc.save(os.path.join(OUT, "d3-huong-dan-xoa-thuong-tru.docx"))


# ---------------------------------------------------------------- d4
def make_d4():
    """Phiếu hướng dẫn with a steps table: đăng ký giám hộ (code 1.004837)."""
    doc = base_doc(size=12.5, left=2.5)
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG TÂN LỘC ĐÔNG", True, False),
                     ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", True, True)],
               "Tân Lộc Đông, ngày 23 tháng 02 năm 2026", size=11.5)
    para(doc, "")
    para(doc, "PHIẾU HƯỚNG DẪN THỰC HIỆN THỦ TỤC", bold=True, align="c", size=14)
    para(doc, "ĐĂNG KÝ GIÁM HỘ", bold=True, align="c", size=15, color="833C0B")
    para(doc, "Mã thủ tục: 1.004837 · Lĩnh vực: Hộ tịch · Cơ quan giải quyết: UBND phường Tân Lộc Đông",
         italic=True, align="c", size=11)

    doc.add_heading(n("Giấy tờ cần chuẩn bị"), level=3)
    para(doc, "Giấy tờ phải nộp:", bold=True)
    for s in [
        "Tờ khai đăng ký giám hộ theo mẫu (nộp trực tuyến thì kê khai Mẫu hộ tịch điện tử tương tác trên Cổng dịch vụ công);",
        "Trường hợp giám hộ đương nhiên: giấy tờ chứng minh điều kiện giám hộ đương nhiên theo quy định của Bộ luật Dân sự. "
        "Nếu có nhiều người cùng đủ điều kiện làm giám hộ đương nhiên thì nộp thêm văn bản thỏa thuận về việc cử một người "
        "làm giám hộ đương nhiên;",
        "Trường hợp giám hộ cử: văn bản cử người giám hộ theo quy định của Bộ luật Dân sự;",
        "Văn bản ủy quyền nếu nhờ người khác làm thủ tục. Người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, "
        "em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
    ]:
        doc.add_paragraph(n(s), style="List Number")
    para(doc, "Giấy tờ phải xuất trình:", bold=True)
    for s in [
        "Hộ chiếu, thẻ căn cước, thẻ căn cước công dân, căn cước điện tử hoặc giấy tờ tùy thân có dán ảnh còn giá trị sử dụng;",
        "Giấy tờ chứng minh nơi cư trú – chỉ khi cán bộ không khai thác được thông tin cư trú trong Cơ sở dữ liệu quốc gia về dân cư.",
    ]:
        doc.add_paragraph(n(s), style="List Bullet")

    doc.add_heading(n("Các bước thực hiện"), level=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Bước", "Việc cần làm", "Người thực hiện", "Thời gian"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=11.5, align="c")
        shade(t.rows[0].cells[i], "F8CBAD")
    repeat_header(t.rows[0])
    steps = [
        ("1", "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công phường, qua bưu chính, hoặc trực tuyến trên "
              "Cổng Dịch vụ công quốc gia / ứng dụng VNeID (đính kèm bản chụp hoặc bản sao điện tử giấy tờ).",
         "Người yêu cầu", "Giờ hành chính"),
        ("2", "Kiểm tra hồ sơ; đủ thì cấp Phiếu hẹn trả kết quả (nộp trực tuyến thì Phiếu hẹn gửi qua thư điện tử hoặc "
              "tin nhắn); chưa đủ thì hướng dẫn bổ sung, hoàn thiện.",
         "Cán bộ tiếp nhận", "Ngay khi nhận"),
        ("3", "Thẩm tra hồ sơ; đủ điều kiện thì ghi vào Sổ đăng ký giám hộ và cập nhật phần mềm hộ tịch điện tử. Nộp "
              "trực tuyến: người yêu cầu kiểm tra, xác nhận biểu mẫu Trích lục điện tử (tối đa một ngày; quá một ngày "
              "không phản hồi thì được coi là đã thống nhất).",
         "Công chức tư pháp – hộ tịch", "Trong 03 ngày làm việc"),
        ("4", "Lãnh đạo UBND phường ký Trích lục đăng ký giám hộ; trả kết quả. Nộp trực tuyến mà đến nhận tại Trung tâm "
              "thì xuất trình giấy tờ tùy thân, nộp bản chính các giấy tờ trong hồ sơ.",
         "UBND phường / Người yêu cầu", "Theo Phiếu hẹn"),
    ]
    for row in steps:
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=11.5, align=("c" if i in (0, 3) else None))
    set_widths(t, [Cm(1.3), Cm(9.2), Cm(3.2), Cm(2.8)])

    doc.add_heading(n("Thời hạn, lệ phí, kết quả"), level=3)
    mixed(doc, [("Thời hạn giải quyết: ", True), ("03 ngày làm việc.", False)])
    mixed(doc, [("Lệ phí: ", True), ("miễn lệ phí đăng ký giám hộ. Nếu cần bản sao Trích lục đăng ký giám hộ thì nộp phí "
                                     "theo Thông tư số 281/2016/TT-BTC của Bộ Tài chính.", False)])
    mixed(doc, [("Kết quả: ", True), ("Trích lục đăng ký giám hộ.", False)])
    mixed(doc, [("Lưu ý: ", True), ("Người dân có thể lựa chọn làm thủ tục tại cơ quan đăng ký hộ tịch nơi cư trú; nếu nộp "
                                    "tại UBND cấp xã không phải nơi thường trú hoặc tạm trú thì nơi tiếp nhận hỗ trợ nộp "
                                    "hồ sơ trực tuyến đến đúng cơ quan có thẩm quyền. Giấy tờ nước ngoài cấp phải được "
                                    "hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế.", False)])
    para(doc, "Căn cứ: Luật Hộ tịch số 60/2014/QH13; Bộ luật Dân sự số 91/2015/QH13; Nghị định số 123/2015/NĐ-CP; "
              "Nghị định số 120/2025/NĐ-CP; Thông tư số 04/2020/TT-BTP; Thông tư số 281/2016/TT-BTC. "
              "Thủ tục công bố tại Quyết định số 163/QĐ-BTP.", italic=True, size=10.5)
    para(doc, "Quầy tư pháp – hộ tịch (quầy số 3). Người hướng dẫn: công chức Lâm Ngọc Trâm.", size=11, italic=True)
    doc.save(os.path.join(OUT, "d4-phieu-huong-dan-giam-ho.docx"))


if __name__ == "__main__":
    make_d1()
    make_d2()
    make_d3()
    make_d4()
    print("ok")
