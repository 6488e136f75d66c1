"""Builds d1–d6 (.docx) for the wardmade4 evaluation set.

Run with: /work/main/.venv/bin/python evals/wardmade4/sources/make_docx.py
"""
import copy
import os
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

WARD = "PHƯỜNG LONG HÒA ĐÔNG"


def n(s):
    return unicodedata.normalize("NFC", s)


def base_doc(landscape=False, font="Times New Roman", size=13):
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
        sec.left_margin = sec.right_margin = Cm(1.8)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = Cm(3.0)
        sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", bold=False, italic=False, align=None, size=None, underline=False,
         indent=None, first=None, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, underline=underline)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, underline=False):
    """Text may hold **bold** segments."""
    parts = n(text).split("**")
    for i, seg in enumerate(parts):
        if not seg:
            continue
        r = p.add_run(seg)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    return p


def cell_text(cell, lines, bold=False, size=None, align=None):
    if isinstance(lines, str):
        lines = [lines]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def letterhead(doc, left_lines, date_line, size=12.5):
    """left_lines: (text, bold, underline, italic)."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    for i, (txt, b, u, it) in enumerate(left_lines):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        run = p.add_run(n(txt))
        run.bold, run.underline, run.italic = b, u, it
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
    return t


def signature(doc, lines, name, left=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    if left:
        for i, (txt, b, it) in enumerate(left):
            p = l.paragraphs[0] if i == 0 else l.add_paragraph()
            run = p.add_run(n(txt))
            run.bold, run.italic = b, it
            run.font.size = Pt(11)
    for i, txt in enumerate(lines):
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


# ------------------------------------------------------------ Word numbering
def add_numbering(doc, abstract_id, fmt, text, indent_cm=1.0, hanging_cm=0.6, bold_num=False):
    """Adds an abstractNum with one level; returns a function making new num ids (restart)."""
    numbering = doc.part.numbering_part.element
    rpr = "<w:rPr><w:b/></w:rPr>" if bold_num else ""
    left = int(indent_cm * 567)
    hang = int(hanging_cm * 567)
    xml = (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{n(text)}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>'
        f'</w:abstractNum>'
    )
    absn = parse_xml(xml)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)

    counter = {"next": 100 + abstract_id * 10}

    def new_num():
        num_id = counter["next"]
        counter["next"] += 1
        numx = (
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
        numbering.append(parse_xml(numx))
        return num_id

    return new_num


def numbered(doc, text, num_id, bold=False):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)
    add_runs(p, text, bold=bold)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


# ---------------------------------------------------------------- d1
def make_d1():
    """Đăng ký lại khai sinh: numbered headings typed as bold paragraphs, a) b) c) items."""
    doc = base_doc()
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False, False), (WARD, True, True, False),
                     ("Số: 52/HD-UBND", False, False, False)],
               "Long Hòa Đông, ngày 20 tháng 3 năm 2026")
    para(doc)
    para(doc, "HƯỚNG DẪN", bold=True, align="c", size=15)
    para(doc, "Thủ tục đăng ký lại khai sinh tại Ủy ban nhân dân phường", bold=True, align="c")
    para(doc, "(Mã thủ tục: 1.004884 – Lĩnh vực Hộ tịch)", italic=True, align="c", size=12)
    para(doc, "Để người dân nắm rõ hồ sơ, trình tự đăng ký lại khai sinh, Ủy ban nhân dân phường Long Hòa Đông "
              "hướng dẫn như sau:", align="j", first=1.0)

    def head(t):
        p = para(doc, t, bold=True, align="j")
        p.paragraph_format.space_before = Pt(8)

    def item(t):
        para(doc, t, align="j", indent=0.6)

    head("1. Đối tượng, điều kiện")
    item("a) Người đã được đăng ký khai sinh trước đây nhưng không còn bản chính Giấy khai sinh.")
    item("b) Nếu hồ sơ nộp tại Ủy ban nhân dân cấp xã không phải nơi đã đăng ký khai sinh trước đây, công chức "
         "tư pháp - hộ tịch tra cứu việc đăng ký khai sinh cũ trên Cơ sở dữ liệu hộ tịch điện tử; kết quả tra cứu "
         "là căn cứ xác định người yêu cầu đủ hay không đủ điều kiện đăng ký lại.")

    head("2. Thành phần hồ sơ")
    item("a) Tờ khai đăng ký lại khai sinh theo mẫu, trong đó người yêu cầu cam đoan đã nộp đủ các giấy tờ hiện có "
         "(khi nộp trực tiếp hoặc qua bưu chính). Khi nộp trực tuyến, người yêu cầu khai Mẫu hộ tịch điện tử "
         "tương tác đăng ký lại khai sinh, có cam đoan thông tin đúng sự thật, không còn bản chính Giấy khai sinh "
         "và đã nộp đủ giấy tờ hiện có.")
    item("b) Bản sao toàn bộ hồ sơ, giấy tờ có thông tin liên quan đến nội dung khai sinh, gồm:")
    para(doc, "- Bản sao Giấy khai sinh hợp lệ (bản sao có chứng thực từ bản chính hoặc bản sao cấp từ Sổ đăng ký "
              "khai sinh); bản chính hoặc bản sao giấy tờ có giá trị thay thế Giấy khai sinh được cấp trước năm 1945 "
              "ở miền Bắc và trước năm 1975 ở miền Nam;", align="j", indent=1.2)
    para(doc, "- Nếu không có các giấy tờ trên: bản sao Giấy chứng minh nhân dân, Thẻ căn cước công dân hoặc Hộ "
              "chiếu; Sổ hộ khẩu, Sổ tạm trú, giấy tờ chứng minh nơi cư trú; Bằng tốt nghiệp, Giấy chứng nhận, Chứng "
              "chỉ, Học bạ, hồ sơ học tập; giấy tờ khác có thông tin về họ, tên, ngày, tháng, năm sinh.",
         align="j", indent=1.2)
    item("c) Người yêu cầu là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang: nộp thêm "
         "văn bản xác nhận của Thủ trưởng cơ quan, đơn vị về các nội dung khai sinh (họ, chữ đệm, tên; giới tính; "
         "ngày, tháng, năm sinh; dân tộc; quốc tịch; quê quán; quan hệ cha - con, mẹ - con) phù hợp với hồ sơ "
         "đơn vị đang quản lý.")
    item("d) Văn bản ủy quyền nếu nhờ người khác làm thay. Người được ủy quyền là ông, bà, cha, mẹ, con, vợ, "
         "chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.")
    item("đ) Xuất trình giấy tờ tùy thân còn giá trị (hộ chiếu, thẻ căn cước, thẻ căn cước công dân, căn cước điện "
         "tử...). Giấy tờ chứng minh nơi cư trú chỉ phải xuất trình khi cơ quan đăng ký hộ tịch không khai thác "
         "được thông tin cư trú trên Cơ sở dữ liệu quốc gia về dân cư.")

    head("3. Cách thức nộp hồ sơ")
    item("a) Trực tiếp tại Trung tâm Phục vụ hành chính công phường Long Hòa Đông.")
    item("b) Trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Ứng dụng định danh quốc gia (VNeID), đính kèm bản "
         "chụp hoặc bản sao điện tử các giấy tờ, nộp phí, lệ phí bằng chức năng thanh toán trực tuyến.")
    item("c) Qua dịch vụ bưu chính, gửi kèm bản sao có chứng thực các giấy tờ phải xuất trình.")

    head("4. Trình tự giải quyết")
    item("a) Cán bộ Trung tâm Phục vụ hành chính công kiểm tra hồ sơ; hồ sơ đầy đủ, hợp lệ thì tiếp nhận và cấp "
         "Phiếu hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.")
    item("b) Công chức tư pháp - hộ tịch thẩm tra tính thống nhất, hợp lệ của giấy tờ.")
    item("c) Nếu giấy tờ không có thông tin chứng minh quan hệ cha, mẹ, con, Ủy ban nhân dân phường có văn bản đề "
         "nghị cơ quan công an có thẩm quyền xác minh. Công an trả lời không có thông tin thì người yêu cầu lập "
         "văn bản cam đoan về thông tin của cha, mẹ và nội dung khai sinh được xác định theo văn bản cam đoan đó.")
    item("d) Hồ sơ hợp lệ thì ghi vào Sổ đăng ký khai sinh và cấp Giấy khai sinh. Trường hợp phải xác minh mà "
         "không trả kết quả đúng hẹn thì có Phiếu xin lỗi và hẹn lại ngày trả kết quả.")

    head("5. Thời hạn giải quyết")
    para(doc, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", align="j", indent=0.6)

    head("6. Lệ phí")
    item("a) Lệ phí đăng ký lại khai sinh theo mức do Hội đồng nhân dân Thành phố quy định.")
    item("b) Miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.")
    item("c) Nếu xin bản sao Giấy khai sinh thì nộp phí cấp bản sao theo Thông tư số 281/2016/TT-BTC.")

    head("7. Kết quả")
    para(doc, "Giấy khai sinh.", align="j", indent=0.6)

    head("8. Lưu ý")
    item("a) Cam đoan không đúng sự thật thì cơ quan đăng ký hộ tịch từ chối giải quyết hoặc đề nghị hủy bỏ kết quả "
         "đăng ký; người cam đoan chịu trách nhiệm trước pháp luật.")
    item("b) Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp "
         "được miễn theo điều ước quốc tế.")

    head("9. Căn cứ pháp lý")
    para(doc, "Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 07/2025/NĐ-CP; Nghị định số "
              "120/2025/NĐ-CP; Thông tư số 04/2020/TT-BTP; Thông tư số 85/2019/TT-BTC; Thông tư số 281/2016/TT-BTC.",
         align="j", indent=0.6)
    para(doc)
    signature(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Mỹ Dung",
              left=[("Nơi nhận:", True, True), ("- Trung tâm PVHCC phường;", False, False),
                    ("- Các khu phố;", False, False), ("- Lưu: VT, TP-HT.", False, False)])
    doc.save(os.path.join(OUT, "d1-dang-ky-lai-khai-sinh.docx"))


# ---------------------------------------------------------------- d2
def make_d2():
    """Khai báo tạm vắng: Phiếu hướng dẫn whose lists use Word automatic numbering."""
    doc = base_doc(font="Arial", size=11.5)
    letterhead(doc, [("CÔNG AN THÀNH PHỐ HỒ CHÍ MINH", False, False, False),
                     ("CÔNG AN " + WARD, True, True, False)],
               "Long Hòa Đông, ngày 25 tháng 3 năm 2026", size=11)
    para(doc)
    para(doc, "PHIẾU HƯỚNG DẪN", bold=True, align="c", size=15)
    para(doc, "Thủ tục: KHAI BÁO TẠM VẮNG", bold=True, align="c", size=13)
    para(doc, "Mã thủ tục 1.003677 · Lĩnh vực Đăng ký, quản lý cư trú", italic=True, align="c", size=10.5)

    dec = add_numbering(doc, 21, "decimal", "%1.", indent_cm=1.0, hanging_cm=0.6)
    step = add_numbering(doc, 22, "decimal", "Bước %1:", indent_cm=1.6, hanging_cm=1.6, bold_num=True)
    letter = add_numbering(doc, 23, "lowerLetter", "%1)", indent_cm=1.0, hanging_cm=0.6)

    def sec(t):
        p = para(doc, t, bold=True)
        p.paragraph_format.space_before = Pt(8)
        p.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)

    sec("I. AI PHẢI KHAI BÁO TẠM VẮNG")
    para(doc, "Người thuộc các trường hợp tại khoản 1 Điều 31 Luật Cư trú năm 2020 phải khai báo tạm vắng với "
              "Công an cấp xã. Hồ sơ và cách khai báo khác nhau theo hai nhóm:", align="j")
    l1 = letter()
    numbered(doc, "Nhóm thuộc điểm a, điểm b khoản 1 Điều 31 (người đang chịu sự giám sát, quản lý, giáo dục "
                  "của cơ quan có thẩm quyền): phải có văn bản đồng ý của cơ quan đó.", l1)
    numbered(doc, "Nhóm thuộc điểm c, điểm d khoản 1 Điều 31: khai báo theo nội dung tại mục II.2. Nếu người "
                  "thuộc điểm d là người chưa thành niên thì cha, mẹ hoặc người giám hộ khai báo thay.", l1)

    sec("II. GIẤY TỜ, NỘI DUNG CẦN CHUẨN BỊ")
    para(doc, "1. Nhóm điểm a, b – hồ sơ gồm:", bold=True)
    l2 = dec()
    numbered(doc, "Đề nghị khai báo tạm vắng – 01 bản chính;", l2)
    numbered(doc, "Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục người đó – 01 bản chính.", l2)
    para(doc, "2. Nhóm điểm c, d – nội dung khai báo gồm:", bold=True)
    l3 = dec()
    numbered(doc, "Họ và tên người khai báo tạm vắng;", l3)
    numbered(doc, "Số định danh cá nhân, hoặc số Chứng minh nhân dân, số hộ chiếu;", l3)
    numbered(doc, "Lý do tạm vắng;", l3)
    numbered(doc, "Thời gian tạm vắng;", l3)
    numbered(doc, "Địa chỉ nơi đến.", l3)

    sec("III. NƠI VÀ CÁCH KHAI BÁO (nhóm điểm c, d)")
    l4 = dec()
    numbered(doc, "Trực tiếp tại Công an phường Long Hòa Đông hoặc tại địa điểm tiếp nhận khai báo tạm vắng do "
                  "Công an phường quy định;", l4)
    numbered(doc, "Qua số điện thoại 028 3999 1213 hoặc hộp thư điện tử tamvang.calhd@example.vn do Công an "
                  "phường thông báo, niêm yết;", l4)
    numbered(doc, "Qua trang thông tin điện tử của Công an phường, hoặc Cổng dịch vụ công quốc gia, Cổng dịch vụ "
                  "công Bộ Công an, Cổng dịch vụ công quản lý cư trú;", l4)
    numbered(doc, "Qua ứng dụng trên thiết bị điện tử.", l4)
    para(doc, "Thời gian tiếp nhận trực tiếp: giờ hành chính từ thứ Hai đến thứ Sáu và sáng thứ Bảy (trừ ngày nghỉ "
              "lễ, Tết).", italic=True, align="j")

    sec("IV. TRÌNH TỰ")
    l5 = step()
    numbered(doc, "Chuẩn bị hồ sơ, nội dung khai báo theo mục II.", l5)
    numbered(doc, "Nộp hồ sơ, khai báo đến Công an phường.", l5)
    numbered(doc, "Cán bộ kiểm tra: hồ sơ đầy đủ, hợp lệ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu "
                  "CT04); không đủ điều kiện thì cấp Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu CT06).", l5)
    numbered(doc, "Nhận thông báo kết quả theo ngày hẹn.", l5)

    sec("V. THỜI HẠN GIẢI QUYẾT")
    para(doc, "Trong 01 ngày kể từ khi tiếp nhận đề nghị khai báo tạm vắng; trường hợp phức tạp có thể kéo dài "
              "nhưng không quá 02 ngày làm việc.", align="j")

    sec("VI. KẾT QUẢ")
    para(doc, "Phiếu khai báo tạm vắng (mẫu CT03); thông tin được cập nhật vào Cơ sở dữ liệu về cư trú.", align="j")

    sec("VII. CĂN CỨ PHÁP LÝ")
    para(doc, "Luật Cư trú số 68/2020/QH14; Thông tư số 55/2021/TT-BCA, số 56/2021/TT-BCA, số 57/2021/TT-BCA, số "
              "66/2023/TT-BCA, số 53/2025/TT-BCA, số 54/2025/TT-BCA của Bộ Công an.", align="j")
    para(doc)
    para(doc, "Cán bộ hướng dẫn: ............................   Người nhận hướng dẫn: ............................",
         italic=True, size=10.5)
    doc.save(os.path.join(OUT, "d2-khai-bao-tam-vang.docx"))


# ---------------------------------------------------------------- d3
def make_d3():
    """Fee table: rows are procedures, columns are filing modes."""
    doc = base_doc(landscape=True, size=12)
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False, False), (WARD, True, True, False),
                     ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", True, False, False)],
               "Long Hòa Đông, ngày 01 tháng 4 năm 2026", size=12)
    para(doc)
    para(doc, "BẢNG NIÊM YẾT MỨC THU PHÍ, LỆ PHÍ", bold=True, align="c", size=15)
    para(doc, "Lĩnh vực Hộ tịch và Chứng thực – áp dụng tại Trung tâm Phục vụ hành chính công phường",
         bold=True, align="c")
    para(doc, "(Mức thu theo từng hình thức nộp hồ sơ)", italic=True, align="c", size=11.5)

    rows = [
        ("1", "Đăng ký lại khai sinh",
         "Theo Nghị quyết của HĐND Thành phố (*)", "Theo Nghị quyết của HĐND Thành phố (*)",
         "Theo Nghị quyết của HĐND Thành phố (*)"),
        ("2", "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
         "Theo Nghị quyết của HĐND Thành phố (*)", "Theo Nghị quyết của HĐND Thành phố (*)",
         "Theo Nghị quyết của HĐND Thành phố (*)"),
        ("3", "Đăng ký giám hộ", "Miễn lệ phí", "Miễn lệ phí", "Miễn lệ phí"),
        ("4", "Đăng ký chấm dứt giám hộ", "Miễn lệ phí", "Miễn lệ phí", "Miễn lệ phí"),
        ("5", "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh",
         "8.000 đồng/bản", "8.000 đồng/bản", "8.000 đồng/bản"),
        ("6", "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
         "2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản",
         "Không áp dụng", "Không áp dụng"),
        ("7", "Chứng thực văn bản từ chối nhận di sản",
         "50.000 đồng/văn bản", "50.000 đồng/văn bản", "50.000 đồng/văn bản"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["STT", "Tên thủ tục hành chính", "Nộp trực tiếp", "Nộp trực tuyến", "Nộp qua bưu chính"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True, align="c")
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, r)):
            cell_text(c, v, align="c" if i != 1 else None)
    widths = [Cm(1.3), Cm(8.0), Cm(6.6), Cm(4.6), Cm(4.6)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    para(doc)
    para(doc, "Ghi chú:", bold=True, italic=True)
    para(doc, "(*) Mức lệ phí do Hội đồng nhân dân Thành phố quy định; miễn lệ phí cho người thuộc gia đình có công "
              "với cách mạng, người thuộc hộ nghèo, người khuyết tật.", align="j", size=12)
    para(doc, "- Chứng thực bản sao: số trang để tính phí là số trang của bản chính.", align="j", size=12)
    para(doc, "- Đăng ký giám hộ, chấm dứt giám hộ: nếu có yêu cầu cấp bản sao Trích lục thì nộp phí cấp bản sao "
              "theo Thông tư số 281/2016/TT-BTC.", align="j", size=12)
    para(doc, "- Nộp hồ sơ trực tuyến thì thanh toán qua chức năng thanh toán trực tuyến trên Cổng Dịch vụ công "
              "quốc gia.", align="j", size=12)
    para(doc, "- Căn cứ: Thông tư số 226/2016/TT-BTC (phí chứng thực); Thông tư số 281/2016/TT-BTC (phí cấp bản sao "
              "trích lục hộ tịch); Thông tư số 85/2019/TT-BTC (lệ phí hộ tịch do HĐND cấp tỉnh quyết định).",
         align="j", size=12)
    doc.save(os.path.join(OUT, "d3-bang-phi-ho-tich-chung-thuc.docx"))


# ---------------------------------------------------------------- d4
def textbox_run(lines):
    """A VML text box holding the title lines; returns a <w:r> element."""
    ps = []
    for txt, size_half_pt, bold, italic in lines:
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{size_half_pt}"/>'
        ps.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
                  f'<w:t xml:space="preserve">{n(txt)}</w:t></w:r></w:p>')
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TieuDe" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:410pt;height:62pt" strokecolor="#1F3A68" strokeweight="1.5pt" fillcolor="#EEF3FA">'
        f'<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{"".join(ps)}</w:txbxContent></v:textbox>'
        f'</v:shape></w:pict></w:r>'
    )
    return parse_xml(xml)


def make_d4():
    """Xác nhận thông tin về cư trú: title in a text box, body starts with 'Kính gửi'."""
    doc = base_doc()
    letterhead(doc, [("CÔNG AN THÀNH PHỐ HỒ CHÍ MINH", False, False, False),
                     ("CÔNG AN " + WARD, True, True, False), ("Số: 61/TB-CAP", False, False, False)],
               "Long Hòa Đông, ngày 06 tháng 4 năm 2026", size=12)
    para(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(textbox_run([("THÔNG BÁO", 32, True, False),
                             ("Về việc cấp Xác nhận thông tin về cư trú (mẫu CT07)", 26, True, False)]))
    para(doc)
    para(doc, "Kính gửi: Nhân dân trên địa bàn phường.", bold=True, align="c")
    para(doc, "Thời gian qua, nhiều người dân đến Công an phường xin giấy xác nhận cư trú để bổ sung hồ sơ đi học, "
              "đi làm, vay vốn. Công an phường Long Hòa Đông thông báo cách làm thủ tục Xác nhận thông tin về cư trú "
              "như sau:", align="j", first=1.0)

    def lead(label, text):
        p = para(doc, f"**{label}** {text}", align="j", first=1.0)
        return p

    lead("1. Hồ sơ:", "01 Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số "
                       "53/2025/TT-BCA). Nếu nộp trực tuyến, người dân khai thông tin theo biểu mẫu điện tử có "
                       "sẵn trên cổng, không phải đính kèm mẫu CT01.")
    lead("2. Cách nộp:", "Nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng "
                         "VNeID hoặc dịch vụ công trực tuyến khác theo quy định; hoặc nộp tại trụ sở Công an "
                         "phường trong giờ hành chính từ thứ Hai đến thứ Sáu và sáng thứ Bảy (trừ ngày nghỉ lễ, Tết).")
    lead("3. Thời hạn:", "Trong 01 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ nếu thông tin đã có trong Cơ sở dữ "
                         "liệu quốc gia về dân cư; trong 03 ngày làm việc đối với trường hợp cần xác minh. Trường "
                         "hợp từ chối, Công an phường trả lời bằng văn bản và nêu rõ lý do.")
    lead("4. Lệ phí:", "Miễn phí.")
    lead("5. Trình tự:", "Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ, hợp lệ thì cấp Phiếu tiếp nhận hồ sơ và "
                         "hẹn trả kết quả (mẫu CT04); không đủ điều kiện thì cấp Phiếu từ chối tiếp nhận, giải "
                         "quyết hồ sơ (mẫu CT06). Người dân nhận kết quả theo ngày hẹn.")
    lead("6. Kết quả:", "Văn bản Xác nhận thông tin về cư trú (mẫu CT07).")
    para(doc, "Căn cứ: Luật Cư trú số 68/2020/QH14; Nghị định số 62/2021/NĐ-CP; Thông tư số 55/2021/TT-BCA, "
              "số 66/2023/TT-BCA, số 53/2025/TT-BCA của Bộ Công an.", italic=True, align="j", first=1.0, size=12)
    para(doc, "Công an phường Long Hòa Đông thông báo để Nhân dân biết, thực hiện.", align="j", first=1.0)
    para(doc)
    signature(doc, ["TRƯỞNG CÔNG AN PHƯỜNG"], "Thượng tá Phạm Quốc Việt",
              left=[("Nơi nhận:", True, True), ("- Như trên;", False, False),
                    ("- UBND phường (để phối hợp);", False, False), ("- Lưu: CAP.", False, False)])
    doc.save(os.path.join(OUT, "d4-xac-nhan-cu-tru.docx"))


# ---------------------------------------------------------------- d5
def make_d5():
    """Two procedures one after the other: 'THỦ TỤC 1: …', 'THỦ TỤC 2: …' (Heading 1)."""
    doc = base_doc()
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False, False), (WARD, True, True, False)],
               "Long Hòa Đông, ngày 10 tháng 4 năm 2026")
    para(doc)
    para(doc, "HƯỚNG DẪN ĐĂNG KÝ GIÁM HỘ VÀ CHẤM DỨT GIÁM HỘ", bold=True, align="c", size=14)
    para(doc, "(Bộ phận Tư pháp - Hộ tịch, Trung tâm Phục vụ hành chính công phường)", italic=True, align="c",
         size=12)

    h1 = doc.styles["Heading 1"]
    h1.font.name = "Times New Roman"
    h1.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    h1.font.size = Pt(14)
    h1.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)

    def label(t, rest=""):
        p = doc.add_paragraph()
        r = p.add_run(n(t))
        r.bold = True
        r.italic = True
        if rest:
            p.add_run(" " + n(rest))
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def dash(t):
        para(doc, "– " + t, align="j", indent=0.7)

    doc.add_heading(n("THỦ TỤC 1: ĐĂNG KÝ GIÁM HỘ"), level=1)
    para(doc, "Mã thủ tục: 1.004837", italic=True, size=12)
    label("Hồ sơ gồm:")
    dash("Tờ khai đăng ký giám hộ theo mẫu (khi nộp trực tiếp hoặc qua bưu chính); nộp trực tuyến thì khai Mẫu hộ "
         "tịch điện tử tương tác đăng ký giám hộ trên Cổng dịch vụ công.")
    dash("Trường hợp giám hộ đương nhiên: giấy tờ chứng minh điều kiện giám hộ đương nhiên theo Bộ luật Dân sự. "
         "Nếu có nhiều người cùng đủ điều kiện làm giám hộ đương nhiên thì nộp thêm văn bản thỏa thuận về việc cử "
         "một người làm giám hộ đương nhiên.")
    dash("Trường hợp giám hộ cử: văn bản cử người giám hộ theo quy định của Bộ luật Dân sự.")
    dash("Văn bản ủy quyền nếu nhờ người khác làm thay (ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột "
         "được ủy quyền thì không phải chứng thực văn bản ủy quyền).")
    label("Thời hạn giải quyết:", "03 ngày làm việc.")
    label("Lệ phí:", "Miễn lệ phí. Bản sao Trích lục đăng ký giám hộ (nếu yêu cầu) nộp phí theo Thông tư số "
                     "281/2016/TT-BTC.")
    label("Kết quả:", "Trích lục đăng ký giám hộ.")
    label("Lưu ý:", "Khi đến nhận Trích lục, người yêu cầu xuất trình giấy tờ tùy thân và nộp bản chính các giấy "
                    "tờ thuộc thành phần hồ sơ. Giấy tờ bị tẩy xóa, sửa chữa, làm giả thì kết quả đăng ký giám hộ "
                    "bị hủy bỏ.")

    doc.add_heading(n("THỦ TỤC 2: ĐĂNG KÝ CHẤM DỨT GIÁM HỘ"), level=1)
    para(doc, "Mã thủ tục: 1.004845", italic=True, size=12)
    label("Hồ sơ gồm:")
    dash("Tờ khai đăng ký chấm dứt giám hộ theo mẫu (nộp trực tiếp hoặc qua bưu chính); nộp trực tuyến thì khai "
         "Mẫu hộ tịch điện tử tương tác đăng ký chấm dứt giám hộ.")
    dash("Giấy tờ làm căn cứ chấm dứt giám hộ theo quy định của Bộ luật Dân sự.")
    dash("Văn bản ủy quyền nếu nhờ người khác làm thay (người thân như trên thì không phải chứng thực).")
    label("Thời hạn giải quyết:", "02 ngày làm việc.")
    label("Lệ phí:", "Miễn lệ phí. Bản sao Trích lục đăng ký chấm dứt giám hộ (nếu yêu cầu) nộp phí theo Thông tư "
                     "số 281/2016/TT-BTC.")
    label("Kết quả:", "Trích lục đăng ký chấm dứt giám hộ.")

    doc.add_heading(n("QUY ĐỊNH CHUNG CHO HAI THỦ TỤC"), level=1)
    dash("Nơi nộp: Trung tâm Phục vụ hành chính công phường Long Hòa Đông; hoặc trực tuyến trên Cổng Dịch vụ "
         "công quốc gia, Ứng dụng định danh quốc gia (VNeID); hoặc qua dịch vụ bưu chính (kèm bản sao có chứng "
         "thực các giấy tờ phải xuất trình).")
    dash("Giấy tờ xuất trình: giấy tờ tùy thân còn giá trị sử dụng (hộ chiếu, thẻ căn cước, thẻ căn cước công "
         "dân, căn cước điện tử, giấy chứng nhận căn cước...). Có thể chỉ cung cấp số định danh cá nhân để cán bộ "
         "tra cứu.")
    dash("Nộp trực tuyến: người yêu cầu nhận biểu mẫu Trích lục điện tử qua thư điện tử hoặc thiết bị số, kiểm "
         "tra và xác nhận trong tối đa một ngày; quá một ngày không phản hồi thì công chức tư pháp - hộ tịch ghi "
         "vào Sổ theo thông tin trên biểu mẫu.")
    dash("Người dân được chọn nộp tại Ủy ban nhân dân cấp xã khác nơi cư trú; nơi tiếp nhận sẽ hỗ trợ nộp trực "
         "tuyến đến đúng cơ quan có thẩm quyền.")
    para(doc, "Căn cứ pháp lý: Bộ luật Dân sự năm 2015; Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; "
              "Nghị định số 120/2025/NĐ-CP; Thông tư số 04/2020/TT-BTP.", italic=True, align="j", size=12)
    doc.save(os.path.join(OUT, "d5-giam-ho.docx"))


# ---------------------------------------------------------------- d6
def make_d6():
    """Chứng thực văn bản từ chối nhận di sản: công văn whose title (V/v) sits in the letterhead table cell."""
    doc = base_doc()
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False, False), (WARD, True, True, False),
                     ("Số: 215/UBND-TP", False, False, False),
                     ("V/v hướng dẫn chứng thực văn bản từ chối nhận di sản", False, False, False)],
               "Long Hòa Đông, ngày 13 tháng 4 năm 2026")
    para(doc)
    para(doc, "Kính gửi: Nhân dân trên địa bàn phường.", bold=True, align="c")
    para(doc, "Thời gian gần đây, Ủy ban nhân dân phường nhận được nhiều câu hỏi về việc một người thừa kế không muốn "
              "nhận phần di sản của mình thì làm thủ tục gì. Ủy ban nhân dân phường Long Hòa Đông hướng dẫn thủ tục "
              "Chứng thực văn bản từ chối nhận di sản (mã thủ tục 2.001016) như sau:", align="j", first=1.0)

    para(doc, "1. Hồ sơ: người yêu cầu chứng thực nộp 01 bộ hồ sơ gồm:", align="j", first=1.0)
    para(doc, "- Dự thảo văn bản từ chối nhận di sản;", align="j", first=1.0)
    para(doc, "- Bản chính hoặc bản sao có chứng thực hoặc bản sao điện tử được chứng thực từ bản chính của giấy "
              "chứng nhận quyền sở hữu, quyền sử dụng (hoặc giấy tờ thay thế) nếu di sản là tài sản phải đăng ký "
              "quyền sở hữu, quyền sử dụng. Nộp trực tiếp thì có thể nộp bản sao kèm bản chính để đối chiếu. "
              "Không phải nộp giấy chứng nhận quyền sử dụng đất khi cán bộ khai thác được thông tin trên Cơ sở dữ "
              "liệu quốc gia về đất đai (giai đoạn đầu áp dụng đối với đất ở).", align="j", first=1.0)
    para(doc, "Khi nộp, người yêu cầu xuất trình một trong các giấy tờ: căn cước điện tử; bản chính hoặc bản sao "
              "Thẻ căn cước công dân, Thẻ căn cước, Giấy chứng nhận căn cước, Hộ chiếu hoặc giấy tờ có giá trị đi "
              "lại quốc tế còn giá trị sử dụng.", align="j", first=1.0)

    para(doc, "2. Ký văn bản: người từ chối nhận di sản phải tự nguyện, minh mẫn, làm chủ được hành vi và ký trước "
              "mặt người thực hiện chứng thực (nộp tại Trung tâm Phục vụ hành chính công thì ký trước mặt người tiếp "
              "nhận hồ sơ). Văn bản từ 02 trang trở lên thì ký vào từng trang, các trang được đánh số thứ tự; từ "
              "02 tờ trở lên thì đóng dấu giáp lai.", align="j", first=1.0)
    para(doc, "3. Người không ký được thì phải điểm chỉ. Người không đọc được, không nghe được, không ký, không điểm "
              "chỉ được thì phải có 02 người làm chứng; người làm chứng phải có đủ năng lực hành vi dân sự và không có "
              "quyền, lợi ích hoặc nghĩa vụ liên quan. Người yêu cầu tự bố trí người làm chứng; không bố trí được thì "
              "đề nghị cơ quan thực hiện chứng thực chỉ định.", align="j", first=1.0)
    para(doc, "4. Người không thông thạo tiếng Việt phải có người phiên dịch (do người yêu cầu mời hoặc cơ quan chứng "
              "thực chỉ định); thù lao phiên dịch do người yêu cầu chứng thực trả.", align="j", first=1.0)
    para(doc, "5. Phí chứng thực: 50.000 đồng/văn bản, áp dụng khi nộp trực tiếp, trực tuyến hoặc qua dịch vụ bưu "
              "chính.", align="j", first=1.0)
    para(doc, "6. Nơi thực hiện: Trung tâm Phục vụ hành chính công phường Long Hòa Đông. Cán bộ không yêu cầu nộp, "
              "xuất trình giấy tờ mà thông tin đã có trong các cơ sở dữ liệu được công bố.", align="j", first=1.0)
    para(doc, "Căn cứ: Nghị định số 23/2015/NĐ-CP (sửa đổi bởi Nghị định số 07/2025/NĐ-CP và Nghị định số "
              "280/2025/NĐ-CP); Thông tư số 01/2020/TT-BTP; Thông tư số 226/2016/TT-BTC.", italic=True, align="j",
         first=1.0, size=12)
    para(doc, "Ủy ban nhân dân phường thông báo để Nhân dân biết, thực hiện./.", align="j", first=1.0)
    para(doc)
    signature(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Mỹ Dung",
              left=[("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Các khu phố;", False, False),
                    ("- Lưu: VT, TP.", False, False)])
    doc.save(os.path.join(OUT, "d6-tu-choi-nhan-di-san.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in (make_d1, make_d2, make_d3, make_d4, make_d5, make_d6):
        f()
    print("wrote d1–d6 to", os.path.normpath(OUT))
