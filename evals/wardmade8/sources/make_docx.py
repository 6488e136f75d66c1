"""Builds d1–d4 (.docx) for the wardmade8 tuning set (phường Long Hòa Nam).

Run from /work/main with: .venv/bin/python evals/wardmade8/sources/make_docx.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents"))
WARD = "PHƯỜNG LONG HÒA NAM"


def n(s):
    return unicodedata.normalize("NFC", s)


def base_doc(font="Times New Roman", size=13, left=3.0, right=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", bold=False, italic=False, align=None, size=None, color=None, space_after=None,
         indent=None, left=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(n(text))
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    return p


def runs(container, parts, align="j", size=None, indent=None, left=None, space_after=None):
    """A paragraph made of (text, bold) runs."""
    p = container.add_paragraph()
    for text, b in parts:
        r = p.add_run(n(text))
        r.bold = b
        if size:
            r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": None}[align]
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(n(text))
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_lines(cell, lines, size=None):
    """Fill a cell with several paragraphs; each line is a str or a list of (text, bold)."""
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        parts = [(line, False)] if isinstance(line, str) else line
        for text, b in parts:
            r = p.add_run(n(text))
            r.bold = b
            if size:
                r.font.size = Pt(size)


def set_widths(table, widths_cm):
    """Column widths that both Word and LibreOffice honour (tblGrid + every cell)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def letterhead(doc, left_lines, right_lines, widths=(7.0, 9.0), size=12):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, widths)
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[i]
        c.width = Cm(widths[i])
        c.text = ""
        for j, (text, b, it) in enumerate(lines):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(n(text))
            r.bold, r.italic = b, it
            r.font.size = Pt(size)
    return t


# ---------------------------------------------------------------- d1: FAQ table
def make_d1():
    doc = base_doc(font="Arial", size=11, left=2.2, right=1.8)
    letterhead(doc,
               [("ỦY BAN NHÂN DÂN", False, False), (WARD, True, False), ("Tổ Tư pháp – Hộ tịch", False, True)],
               [("TÀI LIỆU HỎI – ĐÁP", True, False), ("Phát tại quầy hộ tịch và đăng trên trang", False, True),
                ("thông tin điện tử của phường", False, True)], widths=(7.5, 9.5), size=10)
    para(doc, "", space_after=2)
    para(doc, "HỎI – ĐÁP VỀ CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", bold=True, align="c", size=14, color="1F3864",
         space_after=0)
    para(doc, "(người dân thường gọi là “giấy xác nhận độc thân”)", italic=True, align="c", size=10.5, space_after=8)
    para(doc, "Thời gian qua, quầy hộ tịch nhận được nhiều câu hỏi về thủ tục cấp Giấy xác nhận tình trạng hôn nhân. "
              "Tổ Tư pháp – Hộ tịch tổng hợp các câu hỏi thường gặp và trả lời như sau để bà con tiện theo dõi.",
         align="j", size=10.5)

    faq = [
        ("Tôi xin giấy này ở đâu? Có bắt buộc về nơi thường trú không?",
         ["Bạn nộp tại Trung tâm Phục vụ hành chính công của phường. Người dân được quyền lựa chọn cơ quan đăng ký hộ "
          "tịch nơi mình cư trú; nếu bạn chọn nộp ở một UBND cấp xã không phải nơi thường trú hoặc tạm trú thì UBND nơi "
          "tiếp nhận có trách nhiệm hỗ trợ bạn nộp hồ sơ trực tuyến đến đúng cơ quan có thẩm quyền.",
          "Ngoài ra có thể nộp trực tuyến trên Cổng dịch vụ công quốc gia hoặc ứng dụng định danh quốc gia (VNeID), hoặc "
          "gửi qua bưu chính."]),
        ("Hồ sơ gồm những gì?",
         ["– Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (khi nộp trực tiếp); nộp trực tuyến thì điền mẫu điện tử "
          "tương tác trên Cổng dịch vụ công.",
          "– Xuất trình giấy tờ tùy thân (hộ chiếu, thẻ căn cước, căn cước điện tử…); thông thường chỉ cần cung cấp số "
          "định danh cá nhân để cán bộ tra cứu.",
          "– Nếu bạn đã từng kết hôn nhưng đã ly hôn, hoặc vợ/chồng đã chết: cung cấp thông tin về bản án, quyết định "
          "ly hôn hoặc giấy chứng tử, trích lục khai tử (cơ quan cấp, số, ngày) để cán bộ tra cứu.",
          "– Văn bản ủy quyền nếu nhờ người khác đi làm."]),
        ("Bao lâu thì có kết quả?",
         ["Thời hạn giải quyết là 03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ. Trường hợp cần xác minh ở nơi bạn "
          "thường trú trước đây, UBND cấp xã nơi được đề nghị xác minh phải trả lời trong 03 ngày làm việc."]),
        ("Lệ phí bao nhiêu? Ai được miễn?",
         ["Mức lệ phí do Hội đồng nhân dân Thành phố quyết định. Được miễn lệ phí: người thuộc gia đình có công với "
          "cách mạng, người thuộc hộ nghèo, người khuyết tật."]),
        ("Tôi xin giấy để đăng ký kết hôn, được cấp mấy bản?",
         ["Nếu dùng vào mục đích kết hôn, phường chỉ cấp 01 bản cho người yêu cầu."]),
        ("Tôi cần giấy để làm hồ sơ mua bán nhà, vay vốn ngân hàng thì sao?",
         ["Khi xin giấy để dùng vào mục đích khác, không phải để kết hôn, giấy sẽ ghi rõ mục đích sử dụng và số lượng "
          "bản được cấp theo yêu cầu của bạn."]),
        ("Giấy cũ đã hết hạn sử dụng, hoặc tôi muốn dùng cho mục đích khác, xin lại thế nào?",
         ["Bạn phải nộp lại Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó.",
          "Nếu xin lại để kết hôn mà không nộp lại được giấy cũ thì phải trình bày rõ lý do. Trong 03 ngày làm việc, "
          "phường có văn bản trao đổi với nơi bạn dự định đăng ký kết hôn trước đây để xác minh; nếu không xác minh "
          "được hoặc không nhận được kết quả thì bạn được lập văn bản cam đoan về tình trạng hôn nhân."]),
        ("Tôi từng đăng ký thường trú ở nhiều nơi, có phải về từng nơi xin xác nhận không?",
         ["Không cần tự đi. Bạn cung cấp các giấy tờ chứng minh tình trạng hôn nhân ở nơi thường trú trước đây (nếu "
          "có); phường sẽ tra cứu trên Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư, chưa có thông "
          "tin thì đề nghị nơi đó xác minh."]),
        ("Trường hợp nào phường từ chối cấp?",
         ["Phường từ chối nếu giấy được xin để kết hôn với người cùng giới tính, hoặc để kết hôn với người nước ngoài "
          "tại Cơ quan đại diện nước ngoài tại Việt Nam. Phường cũng từ chối hoặc đề nghị hủy kết quả nếu có cơ sở xác "
          "định nội dung cam đoan không đúng sự thật."]),
        ("Tôi nhờ mẹ đi xin giùm, giấy ủy quyền có phải chứng thực không?",
         ["Phải có văn bản ủy quyền. Nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột "
          "của người ủy quyền thì văn bản ủy quyền không phải chứng thực."]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, txt, w in zip(hdr, ("STT", "Câu hỏi", "Trả lời"), (1.1, 5.4, 10.5)):
        cell_text(c, txt, bold=True, size=10.5, align="c", color="FFFFFF")
        shade(c, "1F3864")
        c.width = Cm(w)
    repeat_header(t.rows[0])
    for i, (q, a) in enumerate(faq, 1):
        row = t.add_row().cells
        cell_text(row[0], str(i), size=10, align="c")
        cell_text(row[1], q, bold=True, size=10)
        cell_lines(row[2], a, size=10)
        for c, w in zip(row, (1.1, 5.4, 10.5)):
            c.width = Cm(w)
        if i % 2 == 0:
            for c in row:
                shade(c, "EEF2F8")
    set_widths(t, (1.1, 5.4, 10.5))
    para(doc, "", space_after=2)
    para(doc, "Căn cứ: Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 120/2025/NĐ-CP; "
              "Thông tư số 04/2020/TT-BTP; Thông tư số 85/2019/TT-BTC.", italic=True, size=9.5)
    para(doc, "Mọi thắc mắc xin liên hệ quầy hộ tịch (quầy 2, 3) hoặc số 0283 776 5120 trong giờ hành chính.",
         italic=True, size=9.5)
    doc.save(os.path.join(OUT, "d1-hoi-dap-xac-nhan-tinh-trang-hon-nhan.docx"))


# ------------------------------------------------- d2: bold numbered paragraphs only
def make_d2():
    doc = base_doc(font="Times New Roman", size=13, left=3.0)
    para(doc, "UBND " + WARD, bold=True, align="l", size=12, space_after=0)
    para(doc, "BỘ PHẬN TƯ PHÁP – HỘ TỊCH", align="l", size=12, space_after=10)
    para(doc, "HƯỚNG DẪN THỦ TỤC ĐĂNG KÝ KHAI TỬ", bold=True, align="c", size=15, space_after=0)
    para(doc, "(Mã thủ tục: 1.000656 – lĩnh vực Hộ tịch)", italic=True, align="c", size=12, space_after=10)
    para(doc, "Gia đình có người thân qua đời xin nén đau thương làm thủ tục đăng ký khai tử theo hướng dẫn dưới đây. "
              "Cán bộ hộ tịch phường luôn sẵn sàng hỗ trợ.", align="j", indent=1.0)

    def head(text):
        para(doc, text, bold=True, align="l", space_after=2).paragraph_format.space_before = Pt(6)

    def line(text):
        para(doc, text, align="j", left=0.5)

    head("1. Ai có trách nhiệm đi khai tử:")
    line("- Vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết.")
    line("- Nếu người chết không có người thân thích thì đại diện cơ quan, tổ chức, cá nhân liên quan có trách nhiệm "
         "đi khai tử.")
    head("2. Thời hạn phải đi khai tử:")
    line("Trong thời hạn 15 ngày kể từ ngày có người chết.")
    head("3. Hồ sơ gồm:")
    line("- Tờ khai đăng ký khai tử theo mẫu (nếu nộp trực tiếp).")
    line("- Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp. Nếu đã nộp bản điện tử Giấy báo "
         "tử hoặc phường khai thác được dữ liệu điện tử có ký số của Giấy báo tử thì không phải nộp bản giấy.")
    line("- Người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế: nộp giấy tờ, tài liệu, chứng cứ do cơ quan, "
         "tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết.")
    line("- Văn bản ủy quyền (được chứng thực) nếu ủy quyền cho người khác đi khai tử; không phải chứng thực nếu người "
         "được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.")
    line("- Xuất trình giấy tờ tùy thân của người đi khai tử. Nếu phường không tra cứu được nơi cư trú cuối cùng của "
         "người chết thì xuất trình giấy tờ chứng minh; không xác định được nơi cư trú cuối cùng thì xuất trình giấy tờ "
         "chứng minh nơi người đó chết hoặc nơi phát hiện thi thể.")
    line("- Gửi hồ sơ qua bưu chính thì kèm bản sao có chứng thực các giấy tờ phải xuất trình.")
    head("4. Nơi nộp:")
    line("Trung tâm Phục vụ hành chính công phường, quầy hộ tịch. Người dân được chọn nộp tại UBND cấp xã khác; nơi "
         "tiếp nhận sẽ hỗ trợ chuyển hồ sơ trực tuyến đến đúng cơ quan có thẩm quyền.")
    head("5. Thời gian giải quyết:")
    line("Giải quyết trong ngày. Hồ sơ đầy đủ, hợp lệ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.")
    head("6. Lệ phí:")
    line("- Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn; miễn cho người thuộc gia đình có công với cách "
         "mạng, người thuộc hộ nghèo, người khuyết tật.")
    line("- Khai tử quá hạn: nộp lệ phí theo mức do Hội đồng nhân dân Thành phố quyết định.")
    line("- Xin thêm bản sao Trích lục khai tử: 8.000 đồng/bản (Thông tư số 281/2016/TT-BTC).")
    head("7. Nộp trực tuyến:")
    line("Truy cập Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID, điền mẫu hộ tịch điện tử tương tác đăng ký khai tử và "
         "đính kèm bản chụp giấy tờ. Phường gửi lại biểu mẫu Trích lục khai tử điện tử qua thư điện tử; người yêu cầu "
         "kiểm tra, xác nhận trong tối đa một ngày, quá thời hạn không phản hồi thì phường ghi sổ theo nội dung đã gửi.")
    head("8. Kết quả:")
    line("Trích lục khai tử do Lãnh đạo UBND phường ký.")
    head("9. Căn cứ pháp lý:")
    line("Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 120/2025/NĐ-CP; Nghị định số "
         "87/2020/NĐ-CP; Thông tư số 04/2020/TT-BTP; Thông tư số 85/2019/TT-BTC.")
    para(doc, "", space_after=6)
    para(doc, "Long Hòa Nam, tháng 02 năm 2026", italic=True, align="r", size=12, space_after=0)
    para(doc, "BỘ PHẬN TƯ PHÁP – HỘ TỊCH", bold=True, align="r", size=12)
    doc.save(os.path.join(OUT, "d2-huong-dan-dang-ky-khai-tu.docx"))


# ------------------------------------------- d3: text box title + fee table by case
TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
 <w:pict>
  <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
   <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
  </v:shapetype>
  <v:shape id="TitleBox" o:spid="_x0000_s1025" type="#_x0000_t202"
   style="width:450pt;height:70pt" fillcolor="#0b3d6b" strokecolor="#f2a900" strokeweight="2.5pt">
   <v:textbox inset="8pt,6pt,8pt,6pt">
    <w:txbxContent>
     <w:p><w:pPr><w:jc w:val="center"/></w:pPr>
      <w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="36"/></w:rPr><w:t>{t1}</w:t></w:r></w:p>
     <w:p><w:pPr><w:jc w:val="center"/></w:pPr>
      <w:r><w:rPr><w:i/><w:color w:val="F2A900"/><w:sz w:val="22"/></w:rPr><w:t>{t2}</w:t></w:r></w:p>
    </w:txbxContent>
   </v:textbox>
  </v:shape>
 </w:pict>
</w:r>"""


def make_d3():
    doc = base_doc(font="Calibri", size=11.5, left=2.0, right=2.0)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(n(TEXTBOX.format(t1="ĐĂNG KÝ TẠM TRÚ: LỆ PHÍ VÀ HỒ SƠ",
                                           t2="Công an phường Long Hòa Nam – tài liệu phát cho chủ nhà trọ, người thuê nhà"))))
    para(doc, "", space_after=4)
    runs(doc, [("Thủ tục: ", True), ("Đăng ký tạm trú (mã 1.004194). ", False), ("Cơ quan giải quyết: ", True),
               ("Công an phường Long Hòa Nam.", False)], align="l")
    para(doc, "Người đến sinh sống tại chỗ ở hợp pháp ngoài nơi thường trú (thuê phòng trọ, ở nhờ nhà người thân, ở tại "
              "nơi làm việc…) làm thủ tục đăng ký tạm trú tại Công an phường. Chủ nhà trọ nên nhắc người thuê thực hiện "
              "đúng quy định.", align="j")

    para(doc, "I. MỨC LỆ PHÍ THEO TỪNG TRƯỜNG HỢP", bold=True, color="0B3D6B", space_after=2)
    rows = [
        ("Trường hợp", "Nộp trực tiếp tại Công an phường", "Nộp trực tuyến"),
        ("Cá nhân, hộ gia đình đăng ký tạm trú", "15.000 đồng/lần đăng ký", "7.000 đồng/lần đăng ký"),
        ("Đăng ký tạm trú theo danh sách (cơ quan, tổ chức, chủ cơ sở lập danh sách nhiều người)",
         "10.000 đồng/người/lần đăng ký", "5.000 đồng/người/lần đăng ký"),
        ("Đối tượng được miễn theo Điều 4 Thông tư số 75/2022/TT-BTC (xuất trình giấy tờ chứng minh nếu thông tin "
         "chưa có trong cơ sở dữ liệu)", "Miễn", "Miễn"),
    ]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, txt in enumerate(r):
            cell_text(cells[j], txt, bold=(i == 0 or j == 0), size=10.5, align=None if j == 0 else "c",
                      color="FFFFFF" if i == 0 else None)
            cells[j].width = Cm((7.5, 5.0, 4.5)[j])
            if i == 0:
                shade(cells[j], "0B3D6B")
            elif j > 0:
                shade(cells[j], "FFF4D6")
    set_widths(t, (7.5, 5.0, 4.5))
    para(doc, "Lệ phí thu theo Thông tư số 75/2022/TT-BTC, được sửa đổi, bổ sung bởi Thông tư số 71/2025/TT-BTC.",
         italic=True, size=9.5)

    para(doc, "II. HỒ SƠ", bold=True, color="0B3D6B", space_after=2)
    para(doc, "1. Đăng ký cho cá nhân, hộ gia đình:", bold=True)
    para(doc, "• Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA). Người "
              "chưa thành niên đăng ký tạm trú thì trong tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám "
              "hộ, trừ trường hợp đã có ý kiến đồng ý bằng văn bản.", left=0.6)
    para(doc, "• Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp, nếu cán bộ không khai thác được thông tin trên căn cước "
              "điện tử, VNeID hoặc các cơ sở dữ liệu.", left=0.6)
    para(doc, "• Hợp đồng thuê, mượn, ở nhờ nhà: không bắt buộc phải công chứng hoặc chứng thực.", left=0.6)
    para(doc, "• Về ở với hộ gia đình là người thân (vợ, chồng, con, cha mẹ…) khi chủ hộ, chủ sở hữu đồng ý: không "
              "phải xuất trình giấy tờ chứng minh chỗ ở hợp pháp.", left=0.6)
    para(doc, "2. Đăng ký tạm trú theo danh sách:", bold=True)
    para(doc, "• Tờ khai CT01 của từng người.", left=0.6)
    para(doc, "• Văn bản đề nghị đăng ký tạm trú ghi rõ thông tin chỗ ở hợp pháp, kèm danh sách gồm: họ, chữ đệm và tên; "
              "ngày, tháng, năm sinh; giới tính; số định danh cá nhân và thời hạn tạm trú của từng người.", left=0.6)

    para(doc, "III. THỜI HẠN VÀ CÁCH NỘP", bold=True, color="0B3D6B", space_after=2)
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v in [
        ("Thời hạn giải quyết", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        ("Nộp trực tiếp", "Trụ sở Công an phường, giờ hành chính từ thứ Hai đến thứ Sáu và sáng thứ Bảy (trừ ngày lễ, "
                          "Tết)."),
        ("Nộp trực tuyến", "Cổng dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID."),
        ("Kết quả", "Thông tin tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú; cán bộ thông báo kết quả. Hồ sơ "
                    "không đủ điều kiện thì nhận Phiếu từ chối (mẫu CT06)."),
        ("Lưu ý với trẻ mới sinh", "Trong thời hạn tối đa 60 ngày kể từ ngày trẻ được đăng ký khai sinh, gia đình phải "
                                   "làm thủ tục đăng ký cư trú cho trẻ."),
    ]:
        c = t2.add_row().cells
        cell_text(c[0], k, bold=True, size=10.5)
        shade(c[0], "E3ECF5")
        cell_text(c[1], v, size=10.5)
        c[0].width, c[1].width = Cm(4.5), Cm(12.5)
    set_widths(t2, (4.5, 12.5))
    para(doc, "", space_after=2)
    para(doc, "Căn cứ: Luật Cư trú số 68/2020/QH14; Nghị định số 154/2024/NĐ-CP; Thông tư số 53/2025/TT-BCA; Thông tư "
              "số 54/2025/TT-BCA.", italic=True, size=9.5)
    para(doc, "Hotline Công an phường: 0283 776 5199 – Zalo OA “Công an phường Long Hòa Nam”.", italic=True, size=9.5)
    doc.save(os.path.join(OUT, "d3-bieu-phi-dang-ky-tam-tru.docx"))


# ------------------------------------------------------ d4: checkbox form (☐)
def make_d4():
    doc = base_doc(font="Times New Roman", size=12, left=2.5, right=1.8)
    letterhead(doc,
               [("UBND " + WARD, True, False), ("CƠ QUAN ĐĂNG KÝ KINH DOANH CẤP XÃ", False, False), ("———", False, False)],
               [("Mẫu HKD-LHN/01", True, False), ("(dùng nội bộ tại Bộ phận một cửa)", False, True)],
               widths=(9.5, 7.0), size=11)
    para(doc, "", space_after=2)
    para(doc, "PHIẾU TỰ KIỂM TRA HỒ SƠ", bold=True, align="c", size=15, space_after=0)
    para(doc, "ĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH", bold=True, align="c", size=14, space_after=6)
    para(doc, "Người nộp hồ sơ đánh dấu ☒ vào các ô phù hợp trước khi lấy số thứ tự. Cán bộ tiếp nhận sẽ đối chiếu lại.",
         italic=True, align="j", size=11)

    runs(doc, [("Họ tên chủ hộ kinh doanh: ", True), ("…………………………………………………………", False)], align="l")
    runs(doc, [("Tên hộ kinh doanh dự kiến: ", True), ("…………………………………………………………", False)], align="l")
    runs(doc, [("Địa chỉ trụ sở (địa điểm kinh doanh): ", True), ("……………………………………………", False)], align="l")

    para(doc, "A. HÌNH THỨC NỘP", bold=True, space_after=2).paragraph_format.space_before = Pt(6)
    para(doc, "☐ Trực tiếp tại Bộ phận một cửa phường", left=0.5)
    para(doc, "☐ Qua dịch vụ bưu chính", left=0.5)
    para(doc, "☐ Qua mạng: đăng nhập Hệ thống thông tin về đăng ký hộ kinh doanh bằng tài khoản định danh điện tử, kê "
              "khai, ký số hồ sơ và thanh toán lệ phí trực tuyến", left=0.5)

    para(doc, "B. GIẤY TỜ TRONG HỒ SƠ", bold=True, space_after=2).paragraph_format.space_before = Pt(6)
    items = [
        ("Giấy đề nghị đăng ký hộ kinh doanh (biểu mẫu theo Thông tư số 68/2025/TT-BTC)", "Mọi trường hợp"),
        ("Bản sao văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh, "
         "có công chứng hoặc chứng thực", "Hộ kinh doanh do các thành viên hộ gia đình cùng đăng ký thành lập"),
        ("Văn bản ủy quyền cho cá nhân đi nộp hồ sơ (không bắt buộc công chứng, chứng thực)", "Nhờ người khác nộp"),
        ("Bản sao hợp đồng cung cấp dịch vụ và giấy giới thiệu của tổ chức làm dịch vụ", "Thuê tổ chức dịch vụ làm thủ tục"),
        ("Bản sao phiếu gửi hồ sơ của bưu chính công ích, có chữ ký nhân viên bưu chính và chủ hộ",
         "Nhờ bưu chính công ích nộp"),
        ("Bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người ủy quyền",
         "Người ủy quyền chưa có tài khoản định danh điện tử để xác thực"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt, w in zip(t.rows[0].cells, ("STT", "Giấy tờ", "Áp dụng khi", "Đã có"), (1.0, 8.5, 5.5, 1.6)):
        cell_text(c, txt, bold=True, size=11, align="c")
        shade(c, "D9D9D9")
        c.width = Cm(w)
    repeat_header(t.rows[0])
    for i, (g, when) in enumerate(items, 1):
        row = t.add_row().cells
        cell_text(row[0], str(i), size=11, align="c")
        cell_text(row[1], g, size=11)
        cell_text(row[2], when, size=11)
        cell_text(row[3], "☐", size=14, align="c")
        for c, w in zip(row, (1.0, 8.5, 5.5, 1.6)):
            c.width = Cm(w)

    set_widths(t, (1.0, 8.5, 5.5, 1.6))
    para(doc, "C. THÔNG TIN CẦN BIẾT", bold=True, space_after=2).paragraph_format.space_before = Pt(8)
    info = [
        ("NƠI NỘP", "Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở, hoặc Cơ quan đăng ký kinh doanh "
                    "cấp xã bất kỳ trong phạm vi Thành phố."),
        ("THỜI HẠN", "03 ngày làm việc kể từ ngày nhận hồ sơ. Hồ sơ chưa hợp lệ thì trong 03 ngày làm việc phường thông "
                     "báo bằng văn bản, nêu rõ lý do và nội dung cần sửa đổi, bổ sung."),
        ("LỆ PHÍ", "Theo mức Hội đồng nhân dân Thành phố quyết định; nộp ngay khi nộp hồ sơ (tại quầy, chuyển khoản "
                   "hoặc thanh toán trực tuyến trên Cổng dịch vụ công quốc gia). Lệ phí không được hoàn trả nếu hộ kinh "
                   "doanh không được cấp đăng ký."),
        ("KẾT QUẢ", "Giấy chứng nhận đăng ký hộ kinh doanh. Phường gửi thông tin đến cơ quan thuế quản lý trực tiếp."),
        ("CĂN CỨ", "Nghị định số 168/2025/NĐ-CP; Luật Doanh nghiệp số 59/2020/QH14; Thông tư số 68/2025/TT-BTC; "
                   "Thông tư số 85/2019/TT-BTC."),
    ]
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v in info:
        c = t2.add_row().cells
        cell_text(c[0], k, bold=True, size=11)
        shade(c[0], "FCE9D9")
        cell_text(c[1], v, size=11)
        c[0].width, c[1].width = Cm(3.2), Cm(13.4)
    set_widths(t2, (3.2, 13.4))

    para(doc, "", space_after=4)
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    set_widths(sig, (8.3, 8.3))
    cell_lines(sig.rows[0].cells[0], [[("NGƯỜI NỘP HỒ SƠ", True)], "(ký, ghi rõ họ tên)"], size=11)
    cell_lines(sig.rows[0].cells[1], [[("CÁN BỘ TIẾP NHẬN", True)], "(ký, ghi rõ họ tên)"], size=11)
    for c in sig.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, "d4-phieu-kiem-tra-ho-kinh-doanh.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_d1()
    make_d2()
    make_d3()
    make_d4()
    print("wrote d1–d4 to", OUT)
