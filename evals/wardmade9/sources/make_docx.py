"""Builds d1–d4 (.docx) for the wardmade9 tuning set (phường Bình Trị Bắc, an invented ward).

Run from /work/main with: .venv/bin/python evals/wardmade9/sources/make_docx.py

d1  FAQ: a two-column "Câu hỏi | Trả lời" table (chứng thực chữ ký người dịch)
d2  Công an phường "Thông báo": typed "1." … "8." paragraphs (no Word lists) and a fee table by case (gia hạn tạm trú)
d3  reply letter to one citizen, prose only (công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm)
d4  leaflet in a two-column section with Word check-box content controls and a footer
    (chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch; a "xem thêm" box on sửa lỗi sai sót trong giao dịch is a decoy)
"""
import os
import unicodedata

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents"))
WARD = "PHƯỜNG BÌNH TRỊ BẮC"
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
PPR_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


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


def para(container, text="", bold=False, italic=False, align=None, size=None, color=None, space_after=None,
         indent=None, left=None, space_before=None, font=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(n(text))
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    p.alignment = ALIGN[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    return p


def runs(container, parts, align="j", size=None, indent=None, left=None, space_after=None, p=None):
    """A paragraph made of (text, bold) or (text, bold, italic) runs."""
    if p is None:
        p = container.add_paragraph()
    for part in parts:
        text, b = part[0], part[1]
        it = part[2] if len(part) > 2 else False
        r = p.add_run(n(text))
        r.bold, r.italic = b, it
        if size:
            r.font.size = Pt(size)
    p.alignment = ALIGN[align]
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.insert_element_before(sh, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                               "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                "w:tblDescription", "w:tblPrChange")


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(n(text))
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(1)
    return p


def cell_lines(cell, lines, size=None, first_bold=False):
    """Several paragraphs inside one cell; a line may be a str or a list of (text, bold) runs."""
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        parts = [(line, first_bold and i == 0)] if isinstance(line, str) else line
        for part in parts:
            r = p.add_run(n(part[0]))
            r.bold = part[1]
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def letterhead(doc, left_lines, right_lines, widths=(7.0, 9.0), size=12):
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


def checkbox_sdt(p, checked=False, size=None):
    """Appends a Word 2010 check-box content control (w14:checkbox) to paragraph p."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:ascii"), "MS Gothic")
    fonts.set(qn("w:eastAsia"), "MS Gothic")
    fonts.set(qn("w:hAnsi"), "MS Gothic")
    rpr.append(fonts)
    pr.append(rpr)
    from lxml import etree  # w14 elements need their own namespace
    cb = etree.SubElement(pr, "{%s}checkbox" % W14)
    chk = etree.SubElement(cb, "{%s}checked" % W14)
    chk.set("{%s}val" % W14, "1" if checked else "0")
    cs = etree.SubElement(cb, "{%s}checkedState" % W14)
    cs.set("{%s}val" % W14, "2612")
    cs.set("{%s}font" % W14, "MS Gothic")
    us = etree.SubElement(cb, "{%s}uncheckedState" % W14)
    us.set("{%s}val" % W14, "2610")
    us.set("{%s}font" % W14, "MS Gothic")
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    f2 = OxmlElement("w:rFonts")
    f2.set(qn("w:ascii"), "MS Gothic")
    f2.set(qn("w:eastAsia"), "MS Gothic")
    f2.set(qn("w:hAnsi"), "MS Gothic")
    rpr2.append(f2)
    if size:
        szel = OxmlElement("w:sz")
        szel.set(qn("w:val"), str(int(size * 2)))
        rpr2.append(szel)
    r.append(rpr2)
    t = OxmlElement("w:t")
    t.text = "☒" if checked else "☐"
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


def set_columns(section, num, space_cm=1.0, sep=True):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")


def para_shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    pPr.insert_element_before(sh, *PPR_AFTER_SHD)


# ------------------------------------------------- d1: FAQ table "Câu hỏi | Trả lời"
def make_d1():
    doc = base_doc(font="Arial", size=11, left=2.2, right=2.0)
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False), (WARD, True, False),
                     ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", True, False)],
               [("Quầy Chứng thực", True, False), ("Tài liệu phát tay – cập nhật tháng 02/2026", False, True)],
               widths=(8.5, 8.3), size=10.5)
    para(doc, "", space_after=4)
    para(doc, "HỎI – ĐÁP: CHỨNG THỰC CHỮ KÝ NGƯỜI DỊCH", bold=True, align="c", size=15, color="1F4E79", space_after=0)
    para(doc, "(người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân phường)", italic=True, align="c", size=11,
         space_after=8)
    para(doc, "Nhiều bạn học sinh, sinh viên và người lao động cần dịch học bạ, bằng cấp, giấy khai sinh… để đi học, đi "
              "làm. Trung tâm tổng hợp các câu hỏi thường gặp về thủ tục Chứng thực chữ ký người dịch mà người dịch là "
              "cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã để bà con tiện tra cứu.", align="j", size=10.5,
         space_after=8)
    faq = [
        ("Khi nào tôi cần làm thủ tục này?",
         ["Khi bạn có giấy tờ, văn bản cần dịch và cần chứng thực chữ ký của người dịch trên bản dịch. Người dịch là "
          "cộng tác viên dịch thuật của Ủy ban nhân dân phường (hoặc của tổ chức hành nghề công chứng)."]),
        ("Tôi cần mang theo những gì?",
         ["Bản dịch và giấy tờ, văn bản cần dịch (01 bản chính).",
          "Nếu giấy tờ, tài liệu đã được tích hợp trên VNeID và bạn xuất trình thông tin đó từ VNeID thì cán bộ không "
          "yêu cầu nộp, xuất trình bản chính hoặc bản sao giấy tờ ấy."]),
        ("Lệ phí bao nhiêu?",
         ["10.000 đồng/trường hợp (theo Thông tư số 226/2016/TT-BTC)."]),
        ("Nộp ở đâu? Có nộp online được không?",
         ["Thủ tục này hiện chỉ thực hiện trực tiếp tại Trung tâm Phục vụ hành chính công phường (quầy Chứng thực), "
          "chưa tiếp nhận trực tuyến hay qua bưu chính."]),
        ("Cán bộ kiểm tra chữ ký của người dịch như thế nào?",
         ["Người thực hiện chứng thực đối chiếu chữ ký của người dịch trên bản dịch với chữ ký mẫu. Nếu nghi ngờ chữ "
          "ký khác chữ ký mẫu thì yêu cầu người dịch ký trước mặt.",
          "Sau đó ghi lời chứng theo mẫu, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực."]),
        ("Bản dịch có nhiều trang thì ký thế nào?",
         ["Bản dịch từ 02 trang trở lên thì từng trang phải được đánh số thứ tự, có chữ ký của người dịch và người "
          "thực hiện chứng thực; số lượng trang, tờ và lời chứng ghi tại trang cuối của bản dịch hoặc trang liền sau "
          "trang cuối.",
          "Giấy tờ, văn bản từ 02 tờ trở lên phải đóng dấu giáp lai."]),
        ("Những giấy tờ nào không được dịch để chứng thực chữ ký người dịch?",
         ["- Giấy tờ, văn bản đã bị tẩy xóa, sửa chữa; thêm, bớt nội dung không hợp lệ.",
          "- Giấy tờ, văn bản bị hư hỏng, cũ nát không xác định được nội dung.",
          "- Giấy tờ, văn bản đóng dấu mật của cơ quan, tổ chức có thẩm quyền, hoặc không đóng dấu mật nhưng ghi rõ "
          "không được dịch.",
          "- Giấy tờ, văn bản có nội dung quy định tại Khoản 4 Điều 22 Nghị định số 23/2015/NĐ-CP."]),
        ("Giấy tờ do nước ngoài cấp mà chưa hợp pháp hóa lãnh sự thì có dịch được không?",
         ["Không được, trừ hộ chiếu, thẻ căn cước, thẻ cư trú, giấy phép lái xe, bằng tốt nghiệp, chứng chỉ và bảng "
          "điểm kèm theo bằng tốt nghiệp, chứng chỉ. Những giấy tờ này không cần hợp pháp hóa lãnh sự vẫn được dịch "
          "để chứng thực chữ ký người dịch."]),
        ("Có phải photo sẵn giấy tờ tùy thân không?",
         ["Nếu bạn đề nghị và cán bộ khai thác được thông tin, giấy tờ từ Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở "
          "dữ liệu khác thì không phải xuất trình bản chính, bản sao từ sổ gốc hay bản sao có chứng thực của giấy tờ "
          "đã được khai thác."]),
    ]
    t = doc.add_table(rows=1, cols=2)
    borders(t, "single", 6, "7F9DB9")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    cell_text(hdr[0], "Câu hỏi", bold=True, size=11, align="c", color="FFFFFF")
    cell_text(hdr[1], "Trả lời", bold=True, size=11, align="c", color="FFFFFF")
    for c in hdr:
        shade(c, "1F4E79")
    repeat_header(t.rows[0])
    for i, (q, a) in enumerate(faq, 1):
        row = t.add_row().cells
        cell_text(row[0], q, bold=True, size=10.5)
        cell_lines(row[1], a, size=10.5)
        shade(row[0], "DCE6F1")
    set_widths(t, (5.6, 11.2))
    para(doc, "", space_after=2)
    para(doc, "Căn cứ: Nghị định số 23/2015/NĐ-CP; Nghị định số 280/2025/NĐ-CP; Thông tư số 01/2020/TT-BTP; "
              "Thông tư số 226/2016/TT-BTC.", italic=True, size=9.5)
    para(doc, "Giờ tiếp nhận: sáng 7g30–11g30, chiều 13g30–17g00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy. "
              "Điện thoại quầy: 028 3876 1107.", italic=True, size=9.5)
    doc.save(os.path.join(OUT, "d1-hoi-dap-chung-thuc-chu-ky-nguoi-dich.docx"))


# ------------------------------------------------- d2: Công an "Thông báo", typed numbers, fee table by case
def make_d2():
    doc = base_doc(font="Times New Roman", size=13, left=3.0, right=2.0)
    letterhead(doc, [("CÔNG AN TP. HỒ CHÍ MINH", False, False), ("CÔNG AN " + WARD, True, False),
                     ("———", False, False), ("Số: 214/TB-CAP", False, False)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập – Tự do – Hạnh phúc", True, False),
                ("———————", False, False), ("Bình Trị Bắc, ngày 05 tháng 3 năm 2026", False, True)],
               widths=(6.8, 9.2), size=12)
    para(doc, "", space_after=6)
    para(doc, "THÔNG BÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "Về việc hướng dẫn thủ tục gia hạn tạm trú", bold=True, align="c", size=13, space_after=10)
    para(doc, "Qua rà soát, trên địa bàn phường có nhiều trường hợp người thuê trọ, công nhân ở ký túc xá đã hết thời "
              "hạn tạm trú nhưng chưa làm thủ tục gia hạn. Công an phường Bình Trị Bắc thông báo và hướng dẫn thủ tục "
              "gia hạn tạm trú (mã thủ tục 1.002755) như sau:", align="j", indent=1.0)

    def np(num, lead, text):
        runs(doc, [(f"{num}. ", True), (lead, True), (" " + text if text else "", False)], indent=1.0, space_after=4)

    def dash(text):
        runs(doc, [("- " + text, False)], indent=1.0, space_after=2)

    np(1, "Thời điểm phải gia hạn:", "trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công "
       "dân phải làm thủ tục gia hạn tạm trú. Đề nghị bà con chủ động, không để quá hạn mới đi làm.")
    np(2, "Hồ sơ đối với cá nhân, hộ gia đình:", "")
    dash("Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA), trong đó ghi rõ "
         "ý kiến đồng ý của chủ sở hữu chỗ ở hợp pháp, trừ trường hợp đã có ý kiến đồng ý bằng văn bản.")
    dash("Người gia hạn tạm trú là người chưa thành niên thì trong tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ hoặc "
         "người giám hộ, trừ trường hợp đã có ý kiến đồng ý bằng văn bản.")
    dash("Khi hết thời hạn tạm trú, đại diện thành viên hộ gia đình được kê khai, gia hạn tạm trú cho bản thân và các "
         "thành viên khác trong hộ khi được chủ sở hữu chỗ ở hợp pháp đồng ý, không phải xuất trình giấy tờ chứng minh "
         "chỗ ở hợp pháp.")
    np(3, "Hồ sơ gia hạn tạm trú theo danh sách", "(doanh nghiệp, ký túc xá, khu nhà trọ có nhiều người):")
    dash("Tờ khai thay đổi thông tin cư trú (Mẫu CT01) của từng người;")
    dash("Văn bản đề nghị gia hạn tạm trú, ghi rõ thông tin về chỗ ở hợp pháp, kèm danh sách người gia hạn tạm trú gồm: "
         "họ, chữ đệm và tên; ngày, tháng, năm sinh; giới tính; số định danh cá nhân và thời hạn tạm trú của từng người.")
    np(4, "Nơi nộp và hình thức nộp:", "nộp trực tiếp tại Công an phường Bình Trị Bắc hoặc nộp trực tuyến qua Cổng dịch "
       "vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID. Thời gian tiếp nhận: giờ hành chính các ngày "
       "làm việc từ thứ 2 đến thứ 6 và sáng thứ 7 hằng tuần (trừ ngày nghỉ lễ, tết).")
    np(5, "Thời hạn giải quyết:", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Hồ sơ đầy đủ được cấp Phiếu tiếp "
       "nhận hồ sơ và hẹn trả kết quả (mẫu CT04); hồ sơ không đủ điều kiện được cấp Phiếu từ chối tiếp nhận, giải quyết "
       "hồ sơ (mẫu CT06).")
    np(6, "Lệ phí gia hạn tạm trú", "(Thông tư số 75/2022/TT-BTC, sửa đổi bởi Thông tư số 71/2025/TT-BTC):")

    t = doc.add_table(rows=1, cols=3)
    borders(t, "single", 6, "000000")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Trường hợp", "Nộp hồ sơ trực tiếp", "Nộp hồ sơ trực tuyến")):
        cell_text(c, txt, bold=True, size=12, align="c")
        shade(c, "D9D9D9")
    fee_rows = [
        ("Cá nhân, hộ gia đình gia hạn tạm trú", "15.000 đồng/lần đăng ký", "7.000 đồng/lần đăng ký"),
        ("Gia hạn tạm trú theo danh sách", "10.000 đồng/người/lần đăng ký", "5.000 đồng/người/lần đăng ký"),
        ("Đối tượng được miễn lệ phí", "Theo Điều 4 Thông tư số 75/2022/TT-BTC", "Theo Điều 4 Thông tư số 75/2022/TT-BTC"),
    ]
    for a, b, c in fee_rows:
        row = t.add_row().cells
        cell_text(row[0], a, size=12)
        cell_text(row[1], b, size=12, align="c")
        cell_text(row[2], c, size=12, align="c")
    set_widths(t, (6.0, 5.0, 5.0))
    para(doc, "", space_after=4)

    np(7, "Về giấy tờ kèm theo:", "nộp trực tiếp thì có thể nộp bản sao có chứng thực, bản sao được cấp từ sổ gốc, hoặc "
       "bản chụp kèm bản chính để cán bộ đối chiếu. Nộp trực tuyến thì đăng tải bản quét, bản chụp giấy tờ hợp lệ, không "
       "bắt buộc phải công chứng, chứng thực. Giấy tờ đã có trong cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành thì "
       "cơ quan đăng ký cư trú không yêu cầu nộp lại.")
    np(8, "Kết quả:", "thông tin gia hạn tạm trú được cập nhật trong Cơ sở dữ liệu về cư trú và Cơ sở dữ liệu quốc gia "
       "về dân cư; công dân nhận thông báo kết quả giải quyết thủ tục về cư trú.")
    para(doc, "Căn cứ: Luật Cư trú số 68/2020/QH14; Nghị định số 154/2024/NĐ-CP; Thông tư số 55/2021/TT-BCA; Thông tư "
              "số 66/2023/TT-BCA; Thông tư số 53/2025/TT-BCA; Thông tư số 54/2025/TT-BCA; Thông tư số 75/2022/TT-BTC.",
         italic=True, size=11.5, align="j", indent=1.0)
    para(doc, "Mọi vướng mắc xin liên hệ Đội Cảnh sát quản lý hành chính về trật tự xã hội, Công an phường, điện thoại "
              "028 3876 2240 (giờ hành chính)./.", align="j", indent=1.0)
    sig = letterhead(doc, [("Nơi nhận:", True, True), ("- Ban điều hành các khu phố;", False, False),
                           ("- Các chủ nhà trọ, doanh nghiệp;", False, False), ("- Lưu: VT, CSQLHC.", False, False)],
                     [("TRƯỞNG CÔNG AN PHƯỜNG", True, False), ("", False, False), ("", False, False), ("", False, False),
                      ("Thiếu tá Đặng Minh Khôi", True, False)], widths=(7.0, 9.0), size=12)
    for p in sig.rows[0].cells[0].paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for r in p.runs:
            r.font.size = Pt(11)
    doc.save(os.path.join(OUT, "d2-thong-bao-gia-han-tam-tru.docx"))


# ------------------------------------------------- d3: reply letter, prose only
def make_d3():
    doc = base_doc(font="Times New Roman", size=13, left=3.0, right=2.0)
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False), (WARD, True, False), ("———", False, False),
                     ("Số: 312/UBND-VHXH", False, False),
                     ("V/v hướng dẫn thủ tục công nhận hộ cận nghèo", False, True)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập – Tự do – Hạnh phúc", True, False),
                ("———————", False, False), ("Bình Trị Bắc, ngày 18 tháng 3 năm 2026", False, True)],
               widths=(6.8, 9.2), size=12)
    para(doc, "", space_after=8)
    runs(doc, [("Kính gửi: ", False), ("Bà Nguyễn Thị Mỹ Lệ", True),
               (", ngụ tại tổ dân phố 21, khu phố 5, phường Bình Trị Bắc.", False)], align="c", space_after=10)
    body = [
        "Ủy ban nhân dân phường Bình Trị Bắc nhận được đơn đề ngày 09 tháng 3 năm 2026 của bà, trình bày hoàn cảnh gia "
        "đình sau khi chồng bà qua đời, thu nhập chỉ còn từ công việc phụ bán hàng, hai con đang đi học, và đề nghị được "
        "hướng dẫn để gia đình được xét công nhận hộ cận nghèo. Ủy ban nhân dân phường xin chia sẻ với hoàn cảnh của gia "
        "đình bà và trả lời như sau.",
        "Việc bà đề nghị thuộc thủ tục Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm, được thực hiện theo Quyết "
        "định số 24/2021/QĐ-TTg của Thủ tướng Chính phủ, Thông tư số 07/2021/TT-BLĐTBXH và Thông tư số "
        "02/2022/TT-BLĐTBXH. Để bắt đầu, gia đình bà lập Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo theo Mẫu số 01 tại "
        "Phụ lục ban hành kèm theo Quyết định số 24/2021/QĐ-TTg, sau đó nộp trực tiếp tại Ủy ban nhân dân phường hoặc gửi "
        "qua đường bưu điện đến Chủ tịch Ủy ban nhân dân phường. Hồ sơ chỉ gồm một bản chính giấy đề nghị này; bà không "
        "phải nộp thêm giấy tờ nào khác và không phải nộp bất kỳ khoản phí, lệ phí nào.",
        "Sau khi nhận giấy đề nghị, Ban Chỉ đạo rà soát của phường phối hợp với khu phố, tổ dân phố và rà soát viên lập "
        "danh sách hộ gia đình cần rà soát. Rà soát viên dùng Phiếu A để nhận dạng nhanh đặc điểm của hộ; "
        "nếu hộ có dưới 04 chỉ tiêu thì được đưa vào danh sách rà soát. Tiếp đó, rà soát viên dùng Phiếu B để thu thập "
        "thông tin, tính điểm và phân loại hộ gia đình.",
        "Kết quả rà soát được đưa ra cuộc họp dân tại khu phố do Trưởng khu phố chủ trì, có đại diện Mặt trận Tổ quốc "
        "Việt Nam phường giám sát; kết quả phải được ít nhất 50% tổng số người tham dự thống nhất. Sau đó, danh sách được "
        "niêm yết công khai tại nhà văn hóa hoặc nhà sinh hoạt cộng đồng khu phố và tại trụ sở Ủy ban nhân dân phường, "
        "đồng thời thông báo trên đài truyền thanh phường, trong thời gian 03 ngày làm việc. Nếu trong thời gian niêm yết "
        "có khiếu nại, Ban Chỉ đạo rà soát phường tổ chức phúc tra trong thời gian không quá 07 ngày làm việc kể từ ngày "
        "nhận được khiếu nại, và niêm yết kết quả phúc tra thêm 03 ngày làm việc.",
        "Hết thời gian niêm yết và phúc tra (nếu có), Chủ tịch Ủy ban nhân dân phường quyết định công nhận danh sách hộ "
        "nghèo, hộ cận nghèo theo Mẫu số 02 và cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo theo Mẫu số 03 tại Phụ lục ban "
        "hành kèm theo Quyết định số 24/2021/QĐ-TTg. Toàn bộ thủ tục được giải quyết trong thời hạn 15 ngày. Trường hợp "
        "gia đình không đủ điều kiện, Chủ tịch Ủy ban nhân dân phường sẽ trả lời bà bằng văn bản và nêu rõ lý do.",
        "Nếu cần hỗ trợ điền mẫu giấy đề nghị, bà có thể liên hệ công chức Văn hóa – Xã hội tại Ủy ban nhân dân phường "
        "trong giờ hành chính. Ủy ban nhân dân phường trân trọng thông tin để bà được biết./.",
    ]
    for b in body:
        para(doc, b, align="j", indent=1.27, space_after=6)
    sig = letterhead(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False),
                           ("- Ban điều hành khu phố 5;", False, False), ("- Lưu: VT, VHXH.", False, False)],
                     [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                      ("", False, False), ("", False, False), ("Lê Thị Ngọc Hân", True, False)],
                     widths=(7.0, 9.0), size=12)
    for p in sig.rows[0].cells[0].paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for r in p.runs:
            r.font.size = Pt(11)
    doc.save(os.path.join(OUT, "d3-tra-loi-cong-nhan-ho-can-ngheo.docx"))


# ------------------------------------------------- d4: two-column leaflet with check boxes and a footer
def make_d4():
    doc = base_doc(font="Calibri", size=10.5, left=1.6, right=1.6, top=1.5, bottom=1.8)
    sec0 = doc.sections[0]
    # banner (one column)
    p = para(doc, "UBND PHƯỜNG BÌNH TRỊ BẮC · TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", bold=True, size=9.5, color="FFFFFF",
             align="c", space_after=0)
    para_shade(p, "7B2C3B")
    p = para(doc, "TỜ HƯỚNG DẪN", bold=True, size=12, color="FFFFFF", align="c", space_after=0)
    para_shade(p, "7B2C3B")
    p = para(doc, "CHỨNG THỰC VIỆC SỬA ĐỔI, BỔ SUNG, HỦY BỎ GIAO DỊCH", bold=True, size=17, color="FFFFFF", align="c",
             space_after=0)
    para_shade(p, "7B2C3B")
    p = para(doc, "Mã thủ tục: 2.000913 · Lĩnh vực: Chứng thực", italic=True, size=9.5, color="FFFFFF", align="c",
             space_after=8)
    para_shade(p, "7B2C3B")

    # two-column section
    sec1 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec1, 2, 0.9, sep=True)

    def h(text):
        p = para(doc, text, bold=True, size=11.5, color="7B2C3B", space_before=6, space_after=2)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "7B2C3B")
        bdr.append(b)
        pPr.insert_element_before(bdr, "w:shd", *PPR_AFTER_SHD)
        return p

    def txt(text, **kw):
        return para(doc, text, align="j", space_after=3, **kw)

    def check(text, checked=False):
        p = doc.add_paragraph()
        checkbox_sdt(p, checked, size=11)
        r = p.add_run(n("  " + text))
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(3)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        return p

    h("Khi nào làm thủ tục này?")
    txt("Khi hợp đồng, giao dịch đã được chứng thực (mua bán, tặng cho, thế chấp…) mà các bên muốn sửa đổi, bổ sung "
        "hoặc hủy bỏ. Việc sửa đổi, bổ sung, hủy bỏ giao dịch đã được chứng thực chỉ được thực hiện khi có thỏa thuận "
        "bằng văn bản của các bên tham gia giao dịch.")
    h("Làm ở đâu?")
    txt("Tại cơ quan đã chứng thực giao dịch trước đây. Riêng việc sửa đổi, bổ sung, thay thế, hủy bỏ một phần hoặc "
        "toàn bộ di chúc thì có thể chứng thực tại bất kỳ cơ quan có thẩm quyền chứng thực nào; cơ quan đó thông báo "
        "bằng văn bản cho cơ quan đã chứng thực di chúc trước đây.")
    h("Hồ sơ – đánh dấu khi đã chuẩn bị")
    check("Dự thảo giao dịch sửa đổi, bổ sung, hủy bỏ giao dịch đã được chứng thực.")
    check("Giao dịch đã được chứng thực (bản chính).")
    check("Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng (kèm bản chính để đối chiếu) nếu nội dung sửa đổi, "
          "bổ sung, hủy bỏ liên quan đến tài sản phải đăng ký quyền sở hữu, quyền sử dụng.")
    check("Một trong các giấy tờ: căn cước điện tử; bản chính hoặc bản sao thẻ căn cước công dân, thẻ căn cước, giấy "
          "chứng nhận căn cước, hộ chiếu còn giá trị sử dụng.")
    txt("Giấy tờ mà thông tin đã có trong cơ sở dữ liệu được công bố thì không phải nộp, xuất trình.", italic=True,
        size=9.5)
    h("Ký tên như thế nào?")
    txt("Các bên ký trước mặt người thực hiện chứng thực; nộp tại Trung tâm Phục vụ hành chính công phường thì ký trước "
        "mặt người tiếp nhận hồ sơ. Giao dịch có từ 02 trang trở lên thì ký vào từng trang.")
    txt("Không ký được thì điểm chỉ. Người không đọc được, không nghe được, không ký, không điểm chỉ được thì phải có 02 "
        "người làm chứng có đủ năng lực hành vi dân sự và không có quyền, lợi ích hoặc nghĩa vụ liên quan đến giao dịch.")
    txt("Người không thông thạo tiếng Việt phải có người phiên dịch; thù lao phiên dịch do người yêu cầu chứng thực trả.")
    h("Phí chứng thực")
    p = para(doc, "30.000 đồng/giao dịch", bold=True, size=15, color="7B2C3B", align="c", space_after=0)
    txt("áp dụng cho cả nộp trực tiếp, trực tuyến và qua bưu chính (Thông tư số 226/2016/TT-BTC).", size=9.5)
    h("Nhận kết quả")
    txt("Giao dịch được chứng thực trả tại nơi nộp hồ sơ.")

    # box for the related procedure, as a one-cell table inside the second column
    t = doc.add_table(rows=1, cols=1)
    borders(t, "single", 8, "7B2C3B")
    c = t.rows[0].cells[0]
    shade(c, "F6ECEE")
    cell_lines(c, [
        [("XEM THÊM: Sửa lỗi sai sót trong giao dịch", True)],
        "Dùng khi giao dịch đã chứng thực có lỗi do ghi chép, đánh máy, in ấn. Các bên thỏa thuận bằng văn bản, việc "
        "sửa không làm ảnh hưởng đến quyền, nghĩa vụ của các bên và thực hiện tại cơ quan đã chứng thực giao dịch.",
        "Hồ sơ: giao dịch đã được chứng thực; văn bản thỏa thuận về việc sửa lỗi sai sót trong giao dịch đã được chứng "
        "thực.",
        "Người thực hiện chứng thực gạch chân lỗi sai sót, đóng dấu và ghi bên lề nội dung đã sửa, họ tên, chữ ký người "
        "sửa, ngày tháng năm sửa.",
        [("Phí: 25.000 đồng/giao dịch", True), (" (mã thủ tục 2.000927).", False)],
    ], size=9.5)
    set_widths(t, (8.3,))

    # footer (first section; the second inherits it)
    ft = sec0.footer
    ft.is_linked_to_previous = False
    fp = ft.paragraphs[0]
    fp.text = ""
    r = fp.add_run(n("Trung tâm Phục vụ hành chính công phường Bình Trị Bắc · 25 đường số 9, khu phố 4 · "
                     "ĐT 028 3876 1107 · Căn cứ: Nghị định số 23/2015/NĐ-CP; Nghị định số 280/2025/NĐ-CP; "
                     "Thông tư số 01/2020/TT-BTP; Thông tư số 226/2016/TT-BTC."))
    r.font.size = Pt(8)
    r.italic = True
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, "d4-to-huong-dan-sua-doi-huy-bo-giao-dich.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_d1()
    make_d2()
    make_d3()
    make_d4()
    print("wrote d1–d4 to", OUT)
