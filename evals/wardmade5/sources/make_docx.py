"""Builds d1–d4 (.docx) for the wardmade5 evaluation set.

Run with: /work/main/.venv/bin/python evals/wardmade5/sources/make_docx.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents")


def n(s):
    return unicodedata.normalize("NFC", s)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(doc, text, bold=False, italic=False, align=None, size=None, style=None, indent=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(n(text))
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.0)
    return p


def rich(doc, parts, align="j", style=None, indent=False):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for text, b in parts:
        r = p.add_run(n(text))
        r.bold = b
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.0)
    return p


def bullet(doc, text, bold_prefix=None):
    p = doc.add_paragraph(style="List Bullet")
    if bold_prefix:
        r = p.add_run(n(bold_prefix))
        r.bold = True
    p.add_run(n(text))
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_lines(cell, lines, bold=False, size=None):
    if isinstance(lines, str):
        lines = [lines]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(n(line))
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def letterhead(doc, left_lines, date_line, size=12):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    for i, (txt, b, u) in enumerate(left_lines):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        run = p.add_run(n(txt))
        run.bold, run.underline = b, u
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False),
             (date_line, False, False, True)]
    for i, (txt, b, u, it) in enumerate(right):
        p = r.paragraphs[0] if i == 0 else r.add_paragraph()
        run = p.add_run(n(txt))
        run.bold, run.underline, run.italic = b, u, it
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def signature(doc, title_lines, name, left_lines=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    if left_lines:
        for i, (txt, b, it) in enumerate(left_lines):
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


UBND = [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG HƯNG PHÚ TÂY", True, True)]


# ---------------------------------------------------------------- d1
def d1():
    """Cấp Giấy xác nhận tình trạng hôn nhân – prose with bold paragraph headings."""
    doc = base_doc()
    letterhead(doc, UBND + [("Bộ phận Tư pháp - Hộ tịch", False, False)], "Hưng Phú Tây, ngày 02 tháng 3 năm 2026")
    doc.add_paragraph()
    para(doc, "HƯỚNG DẪN", bold=True, align="c", size=14)
    para(doc, "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", bold=True, align="c")
    para(doc, "(Mã thủ tục 1.004873 – lĩnh vực Hộ tịch)", italic=True, align="c")
    para(doc, "Giấy xác nhận tình trạng hôn nhân (người dân thường gọi là “giấy xác nhận độc thân”) được "
              "cấp để dùng vào việc đăng ký kết hôn hoặc vào mục đích khác. Bộ phận Tư pháp - Hộ tịch phường "
              "hướng dẫn như sau:", align="j", indent=True)

    para(doc, "1. Nơi nộp hồ sơ", bold=True)
    para(doc, "Người dân nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công phường Hưng Phú Tây, "
              "nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, hoặc gửi qua dịch vụ bưu chính. "
              "Người dân được lựa chọn nộp tại nơi cư trú; nếu nộp tại phường không phải nơi thường trú hoặc tạm trú "
              "của mình thì phường hỗ trợ nộp hồ sơ trực tuyến đến đúng cơ quan có thẩm quyền.", align="j", indent=True)

    para(doc, "2. Giấy tờ cần chuẩn bị", bold=True)
    para(doc, "a) Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu (nộp trực tuyến thì khai theo mẫu điện tử).", align="j")
    para(doc, "b) Giấy tờ tùy thân còn giá trị sử dụng để xuất trình: hộ chiếu, thẻ căn cước, căn cước công dân, "
              "căn cước điện tử hoặc giấy chứng nhận căn cước.", align="j")
    para(doc, "c) Nếu đã có vợ/chồng nhưng đã ly hôn tại Tòa án hoặc vợ/chồng đã chết và đã đăng ký khai tử: cung cấp "
              "thông tin về Bản án/Quyết định ly hôn, Giấy chứng tử hoặc Trích lục khai tử (cơ quan cấp, số, ngày "
              "tháng năm ban hành) để cán bộ tra cứu. Đã ly hôn ở nước ngoài thì cung cấp thông tin Trích lục ghi chú ly hôn.", align="j")
    para(doc, "d) Nếu xin cấp lại để dùng vào mục đích khác, hoặc vì giấy đã cấp trước đây đã hết thời hạn sử dụng: "
              "phải nộp lại Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó.", align="j")
    para(doc, "đ) Văn bản ủy quyền nếu nhờ người khác làm thay (người được ủy quyền là ông, bà, cha, mẹ, con, vợ, "
              "chồng, anh, chị, em ruột thì văn bản ủy quyền không phải chứng thực).", align="j")

    para(doc, "3. Thời hạn giải quyết", bold=True)
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", align="j", indent=True)

    para(doc, "4. Lệ phí", bold=True)
    para(doc, "Theo mức do Hội đồng nhân dân Thành phố quyết định. Miễn lệ phí cho người thuộc gia đình có công với "
              "cách mạng, người thuộc hộ nghèo, người khuyết tật.", align="j", indent=True)

    para(doc, "5. Một số trường hợp cần lưu ý", bold=True)
    para(doc, "– Người đã từng đăng ký thường trú tại nhiều nơi khác nhau cung cấp giấy tờ chứng minh tình trạng hôn "
              "nhân tại nơi thường trú trước đây (nếu có) để cán bộ tra cứu.", align="j")
    para(doc, "– Xin cấp lại giấy để kết hôn mà không nộp lại được giấy đã cấp trước đây thì phải trình bày rõ lý do. "
              "Trong 03 ngày làm việc, phường có văn bản trao đổi với nơi dự định đăng ký kết hôn trước đây để xác minh; "
              "nếu không xác minh được hoặc không nhận được kết quả xác minh thì người yêu cầu được lập văn bản cam đoan "
              "về tình trạng hôn nhân.", align="j")
    para(doc, "– Giấy xác nhận dùng vào mục đích khác, không phải để đăng ký kết hôn, thì trên giấy ghi rõ mục đích sử "
              "dụng và số lượng giấy được cấp theo yêu cầu.", align="j")

    para(doc, "6. Căn cứ pháp lý", bold=True)
    para(doc, "Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 120/2025/NĐ-CP; "
              "Thông tư số 04/2020/TT-BTP; Thông tư số 85/2019/TT-BTC.", italic=True, align="j")
    signature(doc, ["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Nguyễn Hoàng Yến Nhi")
    doc.save(os.path.join(OUT, "d1-xac-nhan-tinh-trang-hon-nhan.docx"))


# ---------------------------------------------------------------- d2
def d2():
    """Tạm ngừng / tiếp tục kinh doanh của hộ kinh doanh – label | content table."""
    doc = base_doc()
    letterhead(doc, UBND + [("PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", True, False)], "Hưng Phú Tây, ngày 12 tháng 2 năm 2026")
    doc.add_paragraph()
    para(doc, "PHIẾU HƯỚNG DẪN HỒ SƠ", bold=True, align="c", size=14)
    para(doc, "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
         bold=True, align="c")
    rows = [
        ("Mã thủ tục", ["1.001570 (lĩnh vực Thành lập và hoạt động doanh nghiệp – hộ kinh doanh)."]),
        ("Khi nào phải làm", ["Hộ kinh doanh tạm ngừng kinh doanh từ 15 ngày trở lên, hoặc muốn tiếp tục kinh doanh "
                              "trước thời hạn đã đăng ký tạm ngừng."]),
        ("Hạn nộp hồ sơ", ["Chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc trước ngày tiếp tục "
                           "kinh doanh trước thời hạn đã đăng ký."]),
        ("Cơ quan giải quyết", ["Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đăng ký trụ sở (tại phường: "
                                "Phòng Kinh tế, Hạ tầng và Đô thị), hoặc Cơ quan đăng ký kinh doanh cấp xã bất kỳ trong "
                                "phạm vi Thành phố Hồ Chí Minh."]),
        ("Cách thức nộp", ["Trực tiếp tại Trung tâm Phục vụ hành chính công phường;",
                           "Qua dịch vụ bưu chính;",
                           "Qua mạng: đăng nhập Hệ thống thông tin về đăng ký hộ kinh doanh bằng tài khoản định danh "
                           "điện tử, kê khai, tải văn bản điện tử, ký số hồ sơ và thanh toán lệ phí (nếu có) trên hệ thống."]),
        ("Thành phần hồ sơ", ["1. Giấy đề nghị đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã "
                              "đăng ký của hộ kinh doanh – 01 bản chính.",
                              "2. Biên bản họp nhóm cá nhân tham gia hộ kinh doanh về việc tạm ngừng hoặc tiếp tục kinh "
                              "doanh – chỉ áp dụng với hộ kinh doanh do nhóm cá nhân thành lập trước ngày Nghị định số "
                              "168/2025/NĐ-CP có hiệu lực – 01 bản chính."]),
        ("Trường hợp ủy quyền", ["Ủy quyền cho cá nhân: kèm văn bản ủy quyền (không bắt buộc công chứng, chứng thực).",
                                 "Ủy quyền cho tổ chức làm dịch vụ: kèm bản sao hợp đồng dịch vụ và giấy giới thiệu của tổ chức đó.",
                                 "Người ủy quyền và người được ủy quyền phải thực hiện xác thực điện tử; chưa có tài khoản "
                                 "định danh điện tử thì kèm bản sao thẻ Căn cước/Căn cước công dân còn hiệu lực của người ủy quyền."]),
        ("Thời hạn giải quyết", ["01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ."]),
        ("Lệ phí", ["Miễn phí. Trường hợp Hội đồng nhân dân Thành phố có quy định mức lệ phí thì thu theo quy định đó."]),
        ("Kết quả", ["Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh, hoặc Giấy xác nhận về việc "
                     "hộ kinh doanh tiếp tục kinh doanh trước thời hạn đã thông báo. Tình trạng pháp lý của hộ kinh doanh "
                     "được cập nhật trong Cơ sở dữ liệu về đăng ký hộ kinh doanh."]),
        ("Căn cứ pháp lý", ["Nghị định số 168/2025/NĐ-CP; Quyết định số 2353/QĐ-BTC công bố thủ tục hành chính."]),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        c0, c1 = t.rows[i].cells
        c0.width, c1.width = Cm(4.2), Cm(11.8)
        cell_lines(c0, k, bold=True, size=12)
        cell_lines(c1, v, size=12)
    doc.add_paragraph()
    para(doc, "Lưu ý: Hộ kinh doanh nhận giấy tiếp nhận hồ sơ và hẹn trả kết quả khi nộp hồ sơ. Thông tin đăng ký "
              "được chuyển sang cơ quan thuế để phối hợp.", italic=True, align="j")
    signature(doc, ["TRƯỞNG PHÒNG"], "Trịnh Văn Khải")
    doc.save(os.path.join(OUT, "d2-tam-ngung-ho-kinh-doanh.docx"))


# ---------------------------------------------------------------- d3
def d3():
    """Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh – bulleted papers list."""
    doc = base_doc()
    para(doc, "UBND PHƯỜNG HƯNG PHÚ TÂY – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", bold=True, align="c", size=12)
    para(doc, "DANH MỤC GIẤY TỜ", bold=True, align="c", size=15)
    para(doc, "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh", bold=True, align="c", size=13)
    para(doc, "(mã thủ tục 2.000635 – dùng khi cần thêm bản sao giấy khai sinh, trích lục kết hôn, trích lục khai tử… "
              "đã đăng ký trước đây)", italic=True, align="c", size=12)

    para(doc, "Giấy tờ phải nộp", bold=True, size=13)
    bullet(doc, " Tờ khai đề nghị cấp bản sao Trích lục hộ tịch theo mẫu (người yêu cầu là cá nhân, nộp trực tiếp) – 01 bản.",
           bold_prefix="Cá nhân:")
    bullet(doc, " Văn bản yêu cầu cấp bản sao Trích lục hộ tịch, nêu rõ lý do.", bold_prefix="Cơ quan, tổ chức:")
    bullet(doc, " Mẫu điện tử tương tác yêu cầu cấp bản sao, khai theo hướng dẫn trên Cổng Dịch vụ công.",
           bold_prefix="Nộp trực tuyến:")
    bullet(doc, " Văn bản ủy quyền theo quy định. Người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, "
                "em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.", bold_prefix="Nhờ người khác đi làm:")

    para(doc, "Giấy tờ phải xuất trình", bold=True, size=13)
    bullet(doc, "Giấy tờ tùy thân còn giá trị sử dụng: hộ chiếu, thẻ căn cước, căn cước công dân, căn cước điện tử, "
                "giấy chứng nhận căn cước… Chỉ cần cung cấp số định danh cá nhân để cán bộ tra cứu.")
    bullet(doc, "Giấy tờ chứng minh nơi cư trú – chỉ khi cán bộ không khai thác được thông tin cư trú từ Cơ sở dữ liệu quốc gia về dân cư.")
    bullet(doc, "Gửi hồ sơ qua bưu chính: kèm bản sao có chứng thực các giấy tờ phải xuất trình.")

    para(doc, "Phí", bold=True, size=13)
    bullet(doc, "8.000 đồng/bản sao, nộp khi nộp hồ sơ (trực tiếp, bưu chính hoặc thanh toán trực tuyến).")

    para(doc, "Thời gian trả kết quả", bold=True, size=13)
    bullet(doc, "Hồ sơ nộp trực tiếp được tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.")
    bullet(doc, "Nộp trực tuyến: phường gửi biểu mẫu Trích lục điện tử qua thư điện tử để người yêu cầu kiểm tra, xác nhận "
                "(tối đa một ngày); không phản hồi sau một ngày thì bản sao được in và trả kết quả.")

    para(doc, "Lưu ý", bold=True, size=13)
    bullet(doc, "Người yêu cầu không cung cấp đủ hoặc cung cấp thông tin không chính xác, không thể tra cứu được thì "
                "cơ quan đăng ký hộ tịch từ chối giải quyết.")
    bullet(doc, "Có thể nộp bản chụp kèm bản chính để cán bộ đối chiếu; giấy tờ hiển thị trên ứng dụng VNeID được chấp nhận.")
    bullet(doc, "Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.")
    para(doc, "Căn cứ: Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 87/2020/NĐ-CP; "
              "Thông tư số 281/2016/TT-BTC.", italic=True, size=11)
    para(doc, "Trung tâm Phục vụ hành chính công phường Hưng Phú Tây – 45 đường Tân Hòa – ĐT 028 3999 2045",
         italic=True, size=11, align="c")
    doc.save(os.path.join(OUT, "d3-ban-sao-trich-luc.docx"))


# ---------------------------------------------------------------- d4
def d4():
    """Notice covering several hộ tịch procedures."""
    doc = base_doc()
    letterhead(doc, UBND + [("Số: 57/TB-UBND", False, False)], "Hưng Phú Tây, ngày 25 tháng 3 năm 2026")
    doc.add_paragraph()
    para(doc, "THÔNG BÁO", bold=True, align="c", size=14)
    para(doc, "Về việc tiếp nhận hồ sơ đăng ký khai sinh, đăng ký kết hôn và cấp Giấy xác nhận tình trạng hôn nhân",
         bold=True, align="c")
    para(doc, "Thời gian gần đây, số lượng hồ sơ hộ tịch nộp tại Trung tâm Phục vụ hành chính công phường tăng cao, nhất "
              "là hồ sơ khai sinh và kết hôn. Ủy ban nhân dân phường Hưng Phú Tây thông báo đến Nhân dân một số nội "
              "dung cần lưu ý khi làm ba thủ tục hộ tịch thường gặp như sau:", align="j", indent=True)

    para(doc, "I. ĐĂNG KÝ KHAI SINH (mã 1.001193)", bold=True)
    rich(doc, [("Hồ sơ: ", True), ("Tờ khai đăng ký khai sinh; Giấy chứng sinh (không có thì văn bản của người làm chứng, "
               "hoặc giấy cam đoan về việc sinh); xuất trình giấy tờ tùy thân của người đi đăng ký.", False)])
    rich(doc, [("Thời hạn: ", True), ("giải quyết trong ngày; hồ sơ tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm "
               "việc tiếp theo.", False)])
    rich(doc, [("Lệ phí: ", True), ("miễn lệ phí.", False)])
    rich(doc, [("Lưu ý: ", True), ("cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh.", False)])

    para(doc, "II. ĐĂNG KÝ KẾT HÔN (mã 1.000894)", bold=True)
    rich(doc, [("Hồ sơ: ", True), ("Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ (hai bên có thể "
               "khai chung vào một Tờ khai); xuất trình giấy tờ tùy thân của hai bên.", False)])
    rich(doc, [("Thời hạn: ", True), ("01 ngày làm việc. Trường hợp cán bộ không tra cứu được tình trạng hôn nhân trong cơ sở "
               "dữ liệu, phường đề nghị Ủy ban nhân dân cấp xã nơi người yêu cầu thường trú (hoặc nơi đã đăng ký kết hôn "
               "trước đây) xác minh; nơi đó trả lời trong 03 ngày làm việc.", False)])
    rich(doc, [("Lệ phí: ", True), ("miễn lệ phí. Bản sao Trích lục kết hôn (nếu yêu cầu) nộp phí theo Thông tư số "
               "281/2016/TT-BTC.", False)])
    rich(doc, [("Lưu ý: ", True), ("khi nhận Giấy chứng nhận kết hôn, hai bên nam, nữ phải cùng có mặt, xuất trình giấy tờ "
               "tùy thân, ký vào Sổ đăng ký kết hôn; mỗi bên nhận 01 bản chính Giấy chứng nhận kết hôn.", False)])

    para(doc, "III. CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN (mã 1.004873)", bold=True)
    rich(doc, [("Hồ sơ: ", True), ("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân; xuất trình giấy tờ tùy thân; nộp lại "
               "giấy đã cấp trước đây nếu xin cấp lại.", False)])
    rich(doc, [("Thời hạn: ", True), ("03 ngày làm việc.", False)])
    rich(doc, [("Lệ phí: ", True), ("theo mức do Hội đồng nhân dân Thành phố quyết định; miễn cho người thuộc gia đình có "
               "công với cách mạng, hộ nghèo, người khuyết tật.", False)])

    para(doc, "IV. NỘI DUNG CHUNG", bold=True)
    para(doc, "1. Hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công phường, nộp trực tuyến trên Cổng Dịch vụ công "
              "quốc gia hoặc ứng dụng VNeID, hoặc gửi qua dịch vụ bưu chính. Khuyến khích người dân nộp trực tuyến để "
              "giảm thời gian chờ.", align="j", indent=True)
    para(doc, "2. Người dân được lựa chọn làm thủ tục hộ tịch tại nơi cư trú. Nếu nộp tại phường không phải nơi mình "
              "thường trú hoặc tạm trú, cán bộ phường sẽ hỗ trợ nộp hồ sơ trực tuyến đến đúng cơ quan có thẩm quyền.",
         align="j", indent=True)
    para(doc, "3. Cán bộ tiếp nhận không được yêu cầu người dân nộp thêm giấy tờ mà pháp luật hộ tịch không quy định.",
         align="j", indent=True)
    para(doc, "Ủy ban nhân dân phường thông báo để Nhân dân biết, thực hiện.", align="j", indent=True)
    signature(doc, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Võ Thành Lộc",
              left_lines=[("Nơi nhận:", True, True), ("- Các khu phố;", False, False),
                          ("- Trung tâm PVHCC phường;", False, False), ("- Lưu: VT.", False, False)])
    doc.save(os.path.join(OUT, "d4-thong-bao-ho-tich.docx"))


if __name__ == "__main__":
    d1()
    d2()
    d3()
    d4()
    print("wrote d1–d4 to", os.path.normpath(OUT))
