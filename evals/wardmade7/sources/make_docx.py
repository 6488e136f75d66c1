"""Builds d1–d4 (.docx) of the wardmade7 set with python-docx.

Run from /work/main:  .venv/bin/python evals/wardmade7/sources/make_docx.py
"""
import copy
import os
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents"))
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}


def n(s):
    return unicodedata.normalize("NFC", s)


# ----------------------------------------------------------------------------- helpers
def new_doc(font, size, landscape=False, margins=(2.0, 2.0, 3.0, 2.0)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins)
    return doc


def add_runs(p, parts, size=None, color=None, font=None):
    """parts: str or list of (text, style) where style is a string of b/i/u flags."""
    if isinstance(parts, str):
        parts = [(parts, "")]
    for text, style in parts:
        r = p.add_run(n(text))
        r.bold = "b" in style or None
        r.italic = "i" in style or None
        r.underline = "u" in style or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def para(container, parts, align=None, size=None, color=None, before=None, after=None, indent=None, left=None,
         style=None, keep=False, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts, size=size, color=color, font=font)
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    if left is not None:
        pf.left_indent = Cm(left)
    if keep:
        pf.keep_with_next = True
    return p


def cell_paras(cell, items, size=None, align=None, color=None):
    """items: list of parts (see add_runs); the first reuses the cell's empty paragraph."""
    for i, parts in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_runs(p, parts, size=size, color=color)
        p.alignment = ALIGN[align]
        p.paragraph_format.space_after = Pt(2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def borders(table, val="single", sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def widths(table, ws):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def letterhead(doc, left, right_date, size=12, widths_cm=(7.0, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil")
    lc, rc = t.rows[0].cells
    cell_paras(lc, left, size=size, align="c")
    cell_paras(rc, [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")],
                    [("Độc lập - Tự do - Hạnh phúc", "bu")],
                    [(right_date, "i")]], size=size, align="c")
    widths(t, [Cm(w) for w in widths_cm])
    return t


def signature(doc, noi_nhan, title_lines, name, size=12):
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil")
    lc, rc = t.rows[0].cells
    cell_paras(lc, [[("Nơi nhận:", "bi")]] + [[(x, "")] for x in noi_nhan], size=10.5)
    cell_paras(rc, [[(x, "b")] for x in title_lines] + ["", "", "", [(name, "b")]], size=size, align="c")
    widths(t, [Cm(7.5), Cm(9.0)])


def checkbox_sdt(checked=False):
    """An inline Word content-control check box (w14:checkbox)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    cb = etree.SubElement(pr, f"{{{W14}}}checkbox")
    ch = etree.SubElement(cb, f"{{{W14}}}checked")
    ch.set(f"{{{W14}}}val", "1" if checked else "0")
    cs = etree.SubElement(cb, f"{{{W14}}}checkedState")
    cs.set(f"{{{W14}}}val", "2612")
    cs.set(f"{{{W14}}}font", "MS Gothic")
    us = etree.SubElement(cb, f"{{{W14}}}uncheckedState")
    us.set(f"{{{W14}}}val", "2610")
    us.set(f"{{{W14}}}font", "MS Gothic")
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:eastAsia", "w:hAnsi"):
        fonts.set(qn(a), "MS Gothic")
    rpr.append(fonts)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "☒" if checked else "☐"
    r.append(t)
    content.append(r)
    sdt.append(content)
    return sdt


def set_columns(section, num, space_cm=0.9, sep=True):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(Cm(space_cm).twips)))
    if sep:
        cols.set(qn("w:sep"), "1")
    # w:cols must come before w:docGrid etc.; python-docx sectPr children order: pgSz, pgMar, cols, docGrid
    pgMar = sectPr.find(qn("w:pgMar"))
    if pgMar is not None:
        pgMar.addnext(cols)
    else:
        sectPr.append(cols)


def footer_text(section, text, size=8.5):
    f = section.footer
    p = f.paragraphs[0]
    add_runs(p, [(text, "i")], size=size, color="666666")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ----------------------------------------------------------------------------- d1
def make_d1():
    """Hỏi – đáp đăng ký lại kết hôn: a two-column "Câu hỏi | Trả lời" table."""
    doc = new_doc("Arial", 11, margins=(1.8, 1.8, 2.2, 1.8))
    para(doc, [("UBND PHƯỜNG PHÚ HÒA TÂY", "b")], size=10, color="1F4E79", after=0)
    para(doc, "Trung tâm Phục vụ hành chính công – Quầy hộ tịch số 4", size=9.5, color="555555", after=10)
    para(doc, [("HỎI – ĐÁP VỀ THỦ TỤC ĐĂNG KÝ LẠI KẾT HÔN", "b")], align="c", size=15, color="1F4E79", after=2)
    para(doc, [("Tổng hợp những câu người dân hỏi nhiều nhất tại quầy và qua đường dây nóng (tháng 01–02/2026)", "i")],
         align="c", size=9.5, color="555555", after=10)

    qa = [
        ("Vợ chồng tôi đăng ký kết hôn ở nơi khác. Nay có làm đăng ký lại kết hôn tại phường Phú Hòa Tây được không?",
         ["Được. Người dân có quyền lựa chọn thực hiện thủ tục hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú. "
          "Nếu anh/chị nộp ở phường không phải nơi mình thường trú hoặc tạm trú, phường sẽ hỗ trợ nộp hồ sơ trực tuyến "
          "đến đúng cơ quan có thẩm quyền.",
          "Khi đăng ký lại ở nơi không phải nơi đã đăng ký kết hôn trước đây, công chức tư pháp – hộ tịch tra cứu thông tin "
          "về việc đăng ký kết hôn trước đây trên Cơ sở dữ liệu hộ tịch điện tử; kết quả tra cứu là căn cứ để xác định "
          "anh/chị có đủ điều kiện đăng ký lại hay không."]),
        ("Cần nộp những giấy tờ gì?",
         ["• Tờ khai đăng ký lại kết hôn theo mẫu (khi nộp trực tiếp) hoặc mẫu hộ tịch điện tử tương tác (khi nộp trực tuyến);",
          "• Bản sao Giấy chứng nhận kết hôn được cấp trước đây. Nếu không có bản sao này thì nộp bản sao hồ sơ, giấy tờ "
          "cá nhân có các thông tin liên quan đến nội dung đăng ký kết hôn.",
          "Có thể nộp bản sao chứng thực, bản sao cấp từ sổ gốc, hoặc bản chụp kèm bản chính để cán bộ đối chiếu "
          "(kể cả giấy tờ tích hợp trên ứng dụng VNeID)."]),
        ("Cần mang theo giấy tờ gì để xuất trình?",
         ["• Giấy tờ tùy thân còn giá trị sử dụng: hộ chiếu, thẻ Căn cước công dân, thẻ căn cước, căn cước điện tử, "
          "giấy chứng nhận căn cước… Nếu dùng các loại giấy này, chỉ cần cung cấp số định danh cá nhân hoặc số, ngày cấp "
          "để cán bộ tra cứu.",
          "• Giấy tờ chứng minh nơi cư trú – chỉ khi đăng ký lại không phải tại nơi đã đăng ký kết hôn trước đây và "
          "phường không khai thác được thông tin cư trú từ Cơ sở dữ liệu quốc gia về dân cư.",
          "• Gửi hồ sơ qua bưu chính thì gửi kèm bản sao có chứng thực các giấy tờ phải xuất trình."]),
        ("Có nộp hồ sơ trực tuyến được không?",
         ["Được. Truy cập Cổng Dịch vụ công quốc gia hoặc Ứng dụng định danh quốc gia (VNeID), khai mẫu hộ tịch điện tử "
          "tương tác, đính kèm bản chụp hoặc bản sao điện tử giấy tờ và nộp phí, lệ phí trực tuyến. Phiếu hẹn được gửi qua "
          "thư điện tử hoặc tin nhắn điện thoại.",
          "Khi hồ sơ hợp lệ, công chức gửi biểu mẫu Giấy chứng nhận kết hôn điện tử để anh/chị kiểm tra và xác nhận "
          "(tối đa một ngày). Nếu anh/chị xác nhận thông tin đúng hoặc không phản hồi sau một ngày thì công chức ghi vào "
          "Sổ đăng ký kết hôn."]),
        ("Bao lâu thì có kết quả?",
         ["05 ngày làm việc, như nhau khi nộp trực tiếp, trực tuyến hay qua bưu chính. Trường hợp phải xác minh mà không "
          "trả được đúng hẹn, phường sẽ có Phiếu xin lỗi và hẹn lại ngày trả kết quả."]),
        ("Lệ phí bao nhiêu?",
         ["Mức lệ phí do Hội đồng nhân dân Thành phố quyết định. Miễn lệ phí cho người thuộc gia đình có công với cách mạng; "
          "người thuộc hộ nghèo; người khuyết tật."]),
        ("Khi nhận kết quả, cả hai vợ chồng có phải cùng đến không?",
         ["Có. Hai bên nam, nữ phải có mặt, xuất trình giấy tờ tùy thân, kiểm tra thông tin rồi ký tên vào Sổ đăng ký kết hôn "
          "và Giấy chứng nhận kết hôn. Mỗi bên nhận 01 bản chính Giấy chứng nhận kết hôn."]),
        ("Giấy tờ do cơ quan nước ngoài cấp có dùng được không?",
         ["Phải được hợp pháp hóa lãnh sự theo quy định, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên."]),
        ("Nếu giấy tờ nộp bị tẩy xóa, sửa chữa hoặc làm giả thì sao?",
         ["Cơ quan đăng ký hộ tịch có thẩm quyền sẽ hủy bỏ kết quả đăng ký lại kết hôn."]),
    ]
    t = doc.add_table(rows=1, cols=2)
    borders(t, "single", 6, "9DB3CF")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Câu hỏi", "Trả lời")):
        cell_paras(c, [[(txt, "b")]], size=11, align="c", color="FFFFFF")
        shade(c, "1F4E79")
    repeat_header(t.rows[0])
    for i, (q, answer) in enumerate(qa, 1):
        row = t.add_row().cells
        cell_paras(row[0], [[(f"{i}. ", "b"), (q, "b")]], size=10.5)
        shade(row[0], "EAF1F8")
        cell_paras(row[1], [[(a, "")] for a in answer], size=10.5)
    widths(t, [Cm(6.0), Cm(11.2)])

    para(doc, "", after=4)
    para(doc, [("Căn cứ: ", "b"), ("Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 87/2020/NĐ-CP; "
                                 "Nghị định số 120/2025/NĐ-CP; Nghị định số 18/2026/NĐ-CP; Thông tư số 04/2020/TT-BTP; "
                                 "Thông tư số 85/2019/TT-BTC.", "")], size=9.5, align="j")
    para(doc, [("Mọi thắc mắc xin liên hệ Quầy hộ tịch số 4, điện thoại 028 3755 0162 (giờ hành chính).", "i")],
         size=9.5, color="555555")
    doc.save(os.path.join(OUT, "d1-hoi-dap-dang-ky-lai-ket-hon.docx"))


# ----------------------------------------------------------------------------- d2
def make_d2():
    """Công an phường THÔNG BÁO on gia hạn tạm trú: typed numbered paragraphs and a fee table by case."""
    doc = new_doc("Times New Roman", 13)
    letterhead(doc, [[("CÔNG AN TP. HỒ CHÍ MINH", "")], [("CÔNG AN PHƯỜNG PHÚ HÒA TÂY", "bu")], [("Số: 36/TB-CAP", "")]],
               "Phú Hòa Tây, ngày 02 tháng 3 năm 2026", size=12.5)
    para(doc, [("THÔNG BÁO", "b")], align="c", size=14, before=14, after=0)
    para(doc, [("Về việc gia hạn tạm trú đối với người đang tạm trú trên địa bàn phường", "b")], align="c", after=2)
    para(doc, [("(Thủ tục “Gia hạn tạm trú” – Mã TTHC: 1.002755)", "i")], align="c", size=12, after=10)
    para(doc, "Qua rà soát, trên địa bàn phường có nhiều trường hợp đã hết thời hạn tạm trú nhưng chưa làm thủ tục gia hạn. "
              "Công an phường Phú Hòa Tây thông báo đến các chủ nhà trọ, chủ sở hữu chỗ ở hợp pháp và người đang tạm trú "
              "một số nội dung sau:", align="j", indent=1.0)

    items = [
        ("1. Thời điểm phải gia hạn: ",
         "Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công dân phải làm thủ tục gia hạn tạm trú."),
        ("2. Hồ sơ của cá nhân, hộ gia đình: ",
         "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA), trong đó ghi rõ ý kiến "
         "đồng ý của chủ sở hữu chỗ ở hợp pháp, trừ trường hợp đã có ý kiến đồng ý bằng văn bản. Người gia hạn là người chưa "
         "thành niên thì tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám hộ (trừ khi đã có văn bản đồng ý). "
         "Đại diện thành viên hộ gia đình được kê khai, đăng ký gia hạn tạm trú cho bản thân hoặc các thành viên khác trong "
         "hộ khi được chủ sở hữu chỗ ở hợp pháp đồng ý, không phải xuất trình giấy tờ chứng minh chỗ ở hợp pháp."),
        ("3. Gia hạn tạm trú theo danh sách: ",
         "Tờ khai CT01 của từng người và văn bản đề nghị gia hạn tạm trú ghi rõ thông tin về chỗ ở hợp pháp, kèm danh sách "
         "người gia hạn (họ, chữ đệm và tên; ngày, tháng, năm sinh; giới tính; số định danh cá nhân; thời hạn tạm trú)."),
        ("4. Gia hạn tạm trú tại nơi đơn vị đóng quân, nhà ở công vụ: ",
         "Quân đội nhân dân nộp Giấy giới thiệu của đơn vị cấp trung đoàn và tương đương trở lên; Công an nhân dân nộp Giấy "
         "giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp (ký tên, đóng dấu); kèm Tờ khai CT01."),
        ("5. Nơi nộp, cách nộp: ",
         "Nộp trực tiếp tại Công an phường, hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, "
         "ứng dụng VNeID. Khi nộp trực tuyến chỉ cần đăng tải bản quét, bản chụp giấy tờ rõ nét, không bắt buộc công chứng, "
         "chứng thực. Thời gian tiếp nhận: giờ hành chính từ thứ Hai đến thứ Sáu và sáng thứ Bảy (trừ ngày lễ, tết)."),
        ("6. Thời hạn giải quyết: ",
         "03 ngày làm việc. Hồ sơ đủ, hợp lệ được cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04); hồ sơ không đủ "
         "điều kiện được cấp Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu CT06)."),
        ("7. Lệ phí: ",
         "Nộp sau khi hồ sơ được tiếp nhận, theo bảng dưới đây:"),
    ]
    for lab, text in items:
        para(doc, [(lab, "b"), (text, "")], align="j", indent=1.0, after=4)

    t = doc.add_table(rows=1, cols=3)
    borders(t, "single", 6, "000000")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in zip(t.rows[0].cells, ("Trường hợp gia hạn", "Nộp trực tiếp tại Công an phường", "Nộp trực tuyến")):
        cell_paras(c, [[(txt, "b")]], size=12, align="c")
        shade(c, "D9D9D9")
    rows = [
        ("Cá nhân, hộ gia đình", "15.000 đồng/lần", "7.000 đồng/lần"),
        ("Theo danh sách (cơ quan, tổ chức, chủ nhà trọ đăng ký cho nhiều người)", "10.000 đồng/người/lần",
         "5.000 đồng/người/lần"),
    ]
    for r in rows:
        cells = t.add_row().cells
        cell_paras(cells[0], [[(r[0], "")]], size=12)
        cell_paras(cells[1], [[(r[1], "")]], size=12, align="c")
        cell_paras(cells[2], [[(r[2], "")]], size=12, align="c")
    widths(t, [Cm(7.0), Cm(5.0), Cm(4.0)])
    para(doc, [("Mức thu theo Thông tư số 75/2022/TT-BTC của Bộ Tài chính (đã được sửa đổi bởi Thông tư số 71/2025/TT-BTC).",
                "i")], size=11, after=6)

    para(doc, [("8. Kết quả: ", "b"),
               ("thông tin gia hạn được cập nhật trong Cơ sở dữ liệu về cư trú và Cơ sở dữ liệu quốc gia về dân cư; công dân "
                "căn cứ ngày hẹn để nhận thông báo kết quả giải quyết.", "")], align="j", indent=1.0, after=4)
    para(doc, [("9. Căn cứ pháp lý: ", "b"),
               ("Luật Cư trú năm 2020 (số 68/2020/QH14); Nghị định số 154/2024/NĐ-CP; Thông tư số 55/2021/TT-BCA, Thông tư "
                "số 56/2021/TT-BCA, Thông tư số 66/2023/TT-BCA; Thông tư số 53/2025/TT-BCA và Thông tư số 54/2025/TT-BCA ngày "
                "01/7/2025 của Bộ Công an; Thông tư số 75/2022/TT-BTC.", "")], align="j", indent=1.0, after=4)
    para(doc, "Đề nghị các chủ nhà trọ nhắc nhở người thuê trọ kiểm tra thời hạn tạm trú trên ứng dụng VNeID và chủ động gia "
              "hạn đúng hạn./.", align="j", indent=1.0, after=8)
    signature(doc, ["- Ban điều hành các khu phố;", "- Các chủ nhà trọ trên địa bàn;", "- Lưu: CAP."],
              ["TRƯỞNG CÔNG AN PHƯỜNG"], "Thượng tá Võ Thanh Sang")
    doc.save(os.path.join(OUT, "d2-thong-bao-gia-han-tam-tru.docx"))


# ----------------------------------------------------------------------------- d3
def make_d3():
    """UBND phường letter answering a citizen's petition: công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm."""
    doc = new_doc("Times New Roman", 13)
    letterhead(doc, [[("ỦY BAN NHÂN DÂN", "")], [("PHƯỜNG PHÚ HÒA TÂY", "bu")], [("Số: 318/UBND-VHXH", "")],
                     [("V/v trả lời đơn đề nghị xét hộ cận nghèo của bà Trần Thị Mến", "i")]],
               "Phú Hòa Tây, ngày 16 tháng 3 năm 2026", size=12)
    para(doc, [("Kính gửi: ", ""), ("Bà Trần Thị Mến, khu phố 5, phường Phú Hòa Tây.", "b")], align="c", before=14, after=10)

    body = [
        "Ủy ban nhân dân phường Phú Hòa Tây nhận được đơn đề nghị của bà đề ngày 02/3/2026, trình bày hoàn cảnh gia đình "
        "gặp khó khăn do chồng bị bệnh nặng và đề nghị được xét công nhận hộ cận nghèo ngay trong năm, không chờ đến kỳ rà "
        "soát định kỳ cuối năm. Sau khi xem xét, Ủy ban nhân dân phường trả lời như sau:",
        "Trường hợp của gia đình bà được giải quyết theo thủ tục công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm, "
        "thực hiện theo Quyết định số 24/2021/QĐ-TTg của Thủ tướng Chính phủ, Thông tư số 07/2021/TT-BLĐTBXH và Thông tư "
        "số 02/2022/TT-BLĐTBXH. Đơn bà gửi là đơn viết tay, chưa đúng mẫu quy định; đề nghị bà lập lại "
        "Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo theo Mẫu số 01 tại Phụ lục ban hành kèm theo Quyết định số "
        "24/2021/QĐ-TTg (01 bản chính, gửi kèm văn bản này), nộp trực tiếp hoặc gửi qua đường bưu điện đến Chủ tịch Ủy ban "
        "nhân dân phường. Thủ tục này không thu phí, lệ phí; thời hạn giải quyết là 15 ngày.",
        "Sau khi nhận giấy đề nghị, Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo của phường phối hợp với khu phố và rà soát "
        "viên lập danh sách hộ cần rà soát. Rà soát viên dùng Phiếu A để nhận dạng nhanh đặc điểm hộ; hộ có dưới 04 chỉ "
        "tiêu (từ cột 01 đến cột 09 của phiếu) sẽ được đưa vào danh sách rà soát. Tiếp đó rà soát viên dùng Phiếu B để thu "
        "thập thông tin, tính điểm và phân loại hộ gia đình.",
        "Kết quả rà soát được đưa ra họp dân tại khu phố để thống nhất; cần có ít nhất 50% tổng số người tham dự cuộc họp "
        "đồng ý; nếu dưới 50% thì phải rà soát lại và họp lại. Kết quả sau họp được niêm yết công khai tại nhà văn hóa khu "
        "phố và trụ sở Ủy ban nhân dân phường, đồng thời thông báo trên đài truyền thanh (nếu có) trong thời gian 03 ngày "
        "làm việc. Trong thời gian niêm yết, nếu có khiếu nại, Ban Chỉ đạo tổ chức phúc tra trong thời gian không quá 07 "
        "ngày làm việc kể từ ngày nhận được khiếu nại, và niêm yết kết quả phúc tra trong 03 ngày làm việc.",
        "Hết thời gian niêm yết và phúc tra (nếu có), Chủ tịch Ủy ban nhân dân phường quyết định công nhận danh sách hộ "
        "nghèo, hộ cận nghèo (Mẫu số 02) và cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo (Mẫu số 03) theo Quyết định số "
        "24/2021/QĐ-TTg. Trường hợp không đủ điều kiện, Chủ tịch Ủy ban nhân dân phường sẽ trả lời bằng văn bản và nêu rõ "
        "lý do.",
        "Ủy ban nhân dân phường thông tin để bà biết và thực hiện. Nếu cần hướng dẫn thêm, bà liên hệ công chức Văn hóa – "
        "Xã hội tại Trung tâm Phục vụ hành chính công phường (quầy số 2) trong giờ hành chính./.",
    ]
    for b in body:
        para(doc, b, align="j", indent=1.0, after=6)
    signature(doc, ["- Như trên;", "- Ban điều hành khu phố 5;", "- Ban Chỉ đạo rà soát phường;", "- Lưu: VT, VHXH."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Bích Vân")
    para(doc, [("Gửi kèm: 01 mẫu Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo (Mẫu số 01).", "i")], size=11, before=10)
    doc.save(os.path.join(OUT, "d3-tra-loi-don-xet-ho-can-ngheo.docx"))


# ----------------------------------------------------------------------------- d4
def make_d4():
    """Two-column Word leaflet (section columns) with content-control check boxes:
    cấp lại Giấy chứng nhận đăng ký hộ kinh doanh."""
    doc = new_doc("Calibri", 10.5, margins=(1.5, 1.5, 1.6, 1.6))
    sec0 = doc.sections[0]
    para(doc, [("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG PHÚ HÒA TÂY · BỘ PHẬN ĐĂNG KÝ HỘ KINH DOANH", "b")],
         size=8.5, color="2E7D32", after=2)
    para(doc, [("CẤP LẠI GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "b")], size=17, color="1B5E20", after=0)
    para(doc, [("Khi giấy bị mất, cháy, rách, nát – Mã TTHC: 2.000575", "i")], size=10.5, color="555555", after=6)

    sec1 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec1, 2, 0.8, sep=True)

    def h(text):
        para(doc, [(text, "b")], size=11.5, color="1B5E20", before=6, after=2, keep=True)

    def bullet(parts):
        p = para(doc, parts, align="j", left=0.45, after=2)
        p.paragraph_format.first_line_indent = Cm(-0.35)
        return p

    h("Khi nào cần làm?")
    para(doc, "Hộ kinh doanh đã được cấp bản giấy Giấy chứng nhận đăng ký hộ kinh doanh mà giấy bị mất, cháy, rách, nát "
              "hoặc bị tiêu hủy dưới hình thức khác thì đề nghị cấp lại.", align="j")

    h("Hồ sơ")
    bullet([("▪ ", ""), ("Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "b"),
            (" (01 bản chính, theo mẫu ban hành kèm Thông tư số 68/2025/TT-BTC).", "")])

    h("Nộp ở đâu?")
    para(doc, "Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đăng ký trụ sở, hoặc cơ quan đăng ký kinh doanh cấp xã "
              "bất kỳ trong phạm vi thành phố nơi hộ kinh doanh đặt trụ sở. Hộ kinh doanh ở phường khác trong Thành phố "
              "vẫn có thể nộp tại quầy của phường Phú Hòa Tây.", align="j")

    h("Cách nộp")
    bullet([("▪ ", ""), ("Trực tiếp", "b"), (" tại quầy hoặc ", ""), ("qua dịch vụ bưu chính", "b"), (".", "")])
    bullet([("▪ ", ""), ("Qua mạng", "b"), (": dùng tài khoản định danh điện tử đăng nhập Hệ thống thông tin về đăng ký hộ "
                                           "kinh doanh, kê khai, tải văn bản điện tử, ký số và thanh toán lệ phí trên hệ "
                                           "thống; sau khi gửi sẽ nhận giấy tiếp nhận hồ sơ và hẹn trả kết quả qua mạng.", "")])

    h("Bao lâu có giấy?")
    para(doc, [("Trong thời hạn ", ""), ("01 ngày làm việc", "b"),
               (" kể từ ngày nhận được văn bản đề nghị, cơ quan đăng ký kinh doanh cấp xã xem xét cấp lại Giấy chứng nhận "
                "đăng ký hộ kinh doanh.", "")], align="j")

    # column break: the rest goes to the right-hand column
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)

    h("Lệ phí")
    para(doc, "Mức lệ phí do Hội đồng nhân dân Thành phố quyết định (căn cứ Thông tư số 85/2019/TT-BTC). Lệ phí nộp ngay khi "
              "nộp hồ sơ: nộp tại bộ phận tiếp nhận, chuyển khoản vào tài khoản của cơ quan đăng ký kinh doanh cấp xã hoặc "
              "thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.", align="j")
    t = doc.add_table(rows=1, cols=1)
    borders(t, "single", 8, "E65100")
    c = t.rows[0].cells[0]
    shade(c, "FFF3E0")
    cell_paras(c, [[("Lưu ý: ", "b"), ("lệ phí không được hoàn trả nếu hộ kinh doanh không được cấp; lệ phí không bao gồm "
                                        "tiền sử dụng dịch vụ thanh toán điện tử.", "")]], size=10)
    widths(t, [Cm(8.3)])

    h("Hộ đang dùng giấy chứng nhận mẫu cũ")
    para(doc, "Hộ kinh doanh được cấp giấy chứng nhận trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực vẫn tiếp tục hoạt "
              "động theo giấy đã cấp. Giấy chứng nhận theo mẫu mới được cấp khi hộ làm thủ tục thay đổi nội dung đăng ký "
              "hoặc tạm ngừng, tiếp tục kinh doanh trước thời hạn; khi đó thời hạn là 03 ngày làm việc kể từ ngày nhận "
              "hồ sơ hợp lệ.", align="j")

    h("Tự kiểm tra trước khi nộp")
    for text in ("Đã điền đủ Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
                 "Đã ghi rõ lý do đề nghị cấp lại (mất, cháy, rách, nát…)",
                 "Đã chuẩn bị tiền lệ phí, hoặc sẽ chuyển khoản / thanh toán trực tuyến"):
        p = doc.add_paragraph()
        p._p.append(checkbox_sdt(False))
        add_runs(p, [("  " + text, "")])
        p.paragraph_format.space_after = Pt(2)

    h("Căn cứ pháp lý")
    para(doc, "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 về đăng ký doanh nghiệp; Luật Doanh nghiệp số 59/2020/QH14 và Luật "
              "số 76/2025/QH15; Thông tư số 68/2025/TT-BTC; Thông tư số 85/2019/TT-BTC.", align="j", size=9.5)

    footer_text(sec1, "Tờ hướng dẫn phát tại quầy – cập nhật 02/2026. Nội dung có thể thay đổi theo quy định mới.")
    doc.save(os.path.join(OUT, "d4-to-huong-dan-cap-lai-gcn-ho-kinh-doanh.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_d1()
    make_d2()
    make_d3()
    make_d4()
    print("wrote d1–d4 to", OUT)
