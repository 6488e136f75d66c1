"""Builds d1–d3 (.docx) for the wardmade3 evaluation set.

Run with: /work/main/.venv/bin/python evals/wardmade3/sources/make_docx.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents")


def n(s):
    return unicodedata.normalize("NFC", s)


def base_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(13)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.5)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = Cm(3.0)
        sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(doc_or_cell, text, bold=False, italic=False, align=None, size=None, underline=False):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(n(text))
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, lines, bold=False, size=None, align=None):
    """Fill a cell with one paragraph per line (first reuses the empty paragraph)."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(n(line))
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
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


def letterhead(doc, left_lines, date_line, size=12.5):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    for i, (txt, b, u) in enumerate(left_lines):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        run = p.add_run(n(txt))
        run.bold = b
        run.underline = u
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
             ("Độc lập - Tự do - Hạnh phúc", True, True, False),
             (date_line, False, False, True)]
    for i, (txt, b, u, it) in enumerate(right):
        p = r.paragraphs[0] if i == 0 else r.add_paragraph()
        run = p.add_run(n(txt))
        run.bold = b
        run.underline = u
        run.italic = it
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def signature(doc, lines, name, left=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    if left:
        for i, (txt, b, it) in enumerate(left):
            p = l.paragraphs[0] if i == 0 else l.add_paragraph()
            run = p.add_run(n(txt))
            run.bold = b
            run.italic = it
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


# ---------------------------------------------------------------- d1
def make_d1():
    doc = base_doc(landscape=True)
    letterhead(doc, [("CÔNG AN THÀNH PHỐ HỒ CHÍ MINH", False, False),
                     ("CÔNG AN PHƯỜNG HÒA BÌNH", True, True)],
               "Phường Hòa Bình, ngày 10 tháng 3 năm 2026", size=12)
    para(doc, "BẢNG NIÊM YẾT CÔNG KHAI THỦ TỤC HÀNH CHÍNH", bold=True, align="c", size=14)
    para(doc, "LĨNH VỰC ĐĂNG KÝ, QUẢN LÝ CƯ TRÚ TẠI CÔNG AN PHƯỜNG", bold=True, align="c", size=13)
    para(doc, "(Công bố tại Quyết định số 9354/QĐ-BCA-C06 của Bộ Công an)", italic=True, align="c", size=11.5)

    headers = ["STT", "Tên thủ tục", "Thời hạn giải quyết", "Phí, lệ phí",
               "Thành phần hồ sơ", "Nơi nộp, cách thức nộp"]
    widths = [Cm(1.2), Cm(3.6), Cm(3.6), Cm(5.0), Cm(8.6), Cm(4.7)]
    rows = [
        ["1",
         ["Đăng ký tạm trú", "(Mã thủ tục: 1.004194)"],
         ["03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."],
         ["- Nộp trực tiếp: 15.000 đồng/lần đăng ký;",
          "- Nộp trực tuyến: 7.000 đồng/lần đăng ký;",
          "- Đăng ký tạm trú theo danh sách: 10.000 đồng/người/lần (nộp trực tiếp), 5.000 đồng/người/lần (nộp trực tuyến).",
          "(Thông tư số 75/2022/TT-BTC)"],
         ["a) Cá nhân, hộ gia đình:",
          "- Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); người chưa thành niên thì tờ khai ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám hộ;",
          "- Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (không phải xuất trình nếu cán bộ khai thác được thông tin trên cơ sở dữ liệu, VNeID). Hợp đồng cho thuê, cho mượn, cho ở nhờ không bắt buộc công chứng, chứng thực.",
          "b) Đăng ký theo danh sách:",
          "- Văn bản đề nghị đăng ký tạm trú ghi rõ chỗ ở hợp pháp, kèm danh sách người tạm trú (họ tên, ngày sinh, giới tính, số định danh cá nhân, thời hạn tạm trú);",
          "- Tờ khai CT01 của từng người."],
         ["- Trực tiếp tại Công an phường Hòa Bình;",
          "- Trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID.",
          "Giờ hành chính từ thứ Hai đến thứ Sáu và sáng thứ Bảy."]],
        ["2",
         ["Thông báo lưu trú", "(Mã thủ tục: 2.001159)"],
         ["Tiếp nhận ngay khi công dân thông báo lưu trú."],
         ["Không quy định."],
         ["- Không phải lập hồ sơ giấy. Chủ hộ, thành viên hộ gia đình hoặc đại diện cơ sở lưu trú đề nghị người đến lưu trú xuất trình giấy tờ có số định danh cá nhân rồi thông báo với cơ quan đăng ký cư trú;",
          "- Thời điểm: trước 23 giờ của ngày bắt đầu lưu trú; đến sau 23 giờ thì thông báo trước 08 giờ ngày hôm sau;",
          "- Ông, bà, cha, mẹ, vợ, chồng, con, cháu, anh, chị, em ruột đến lưu trú nhiều lần chỉ cần thông báo một lần."],
         ["- Trực tiếp tại Công an phường hoặc địa điểm tiếp nhận do Công an phường quy định;",
          "- Qua số điện thoại, hộp thư điện tử do Công an phường niêm yết;",
          "- Qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID."]],
    ]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, size=11.5, align="c")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            cell_text(cells[i], val, size=11.5, bold=(i == 1 and False), align=("c" if i == 0 else None))
        # bold procedure name
        cells[1].paragraphs[0].runs[0].bold = True
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    para(doc, "Căn cứ pháp lý: Luật Cư trú số 68/2020/QH14; Nghị định số 154/2024/NĐ-CP; "
              "Thông tư số 55/2021/TT-BCA, Thông tư số 53/2025/TT-BCA, Thông tư số 54/2025/TT-BCA; "
              "Thông tư số 75/2022/TT-BTC.", italic=True, size=11.5)
    signature(doc, ["TRƯỞNG CÔNG AN PHƯỜNG"], "Thượng tá Lê Văn Phúc")
    doc.save(os.path.join(OUT, "d1-niem-yet-cu-tru.docx"))


# ---------------------------------------------------------------- d2
def make_d2():
    doc = base_doc()
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False),
                     ("PHƯỜNG HÒA BÌNH", True, False),
                     ("PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", True, True)],
               "Phường Hòa Bình, ngày 18 tháng 3 năm 2026", size=12)
    para(doc, "")
    para(doc, "PHIẾU HƯỚNG DẪN", bold=True, align="c", size=14)
    para(doc, "Thủ tục đăng ký thành lập hộ kinh doanh", bold=True, align="c", size=13.5)
    para(doc, "Bà con có nhu cầu mở tiệm tạp hóa, quán ăn, cơ sở sửa xe… theo hình thức hộ kinh doanh "
              "vui lòng xem các thông tin dưới đây trước khi nộp hồ sơ.", align="j", size=13)

    rows = [
        ("Tên thủ tục", ["Đăng ký thành lập hộ kinh doanh (mã thủ tục 1.001612; Quyết định công bố số 2353/QĐ-BTC)"]),
        ("Cơ quan giải quyết", ["Cơ quan đăng ký kinh doanh cấp xã (Ủy ban nhân dân phường Hòa Bình)."]),
        ("Nơi nộp hồ sơ", ["Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở, hoặc bất kỳ Cơ quan đăng ký kinh doanh cấp xã nào trong phạm vi tỉnh, thành phố nơi hộ kinh doanh đăng ký trụ sở."]),
        ("Cách thức nộp", ["- Trực tiếp tại Trung tâm Phục vụ hành chính công phường;",
                           "- Qua dịch vụ bưu chính;",
                           "- Qua mạng: đăng nhập Hệ thống thông tin về đăng ký hộ kinh doanh bằng tài khoản định danh điện tử, kê khai, ký số hồ sơ và thanh toán lệ phí trực tuyến."]),
        ("Thành phần hồ sơ", ["- Giấy đề nghị đăng ký hộ kinh doanh (01 bản chính);",
                              "- Bản sao văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh, nếu hộ kinh doanh do các thành viên hộ gia đình cùng đăng ký thành lập. Văn bản ủy quyền này phải được công chứng hoặc chứng thực."]),
        ("Trường hợp nhờ người khác nộp", ["- Ủy quyền cho cá nhân: kèm văn bản ủy quyền (không bắt buộc công chứng, chứng thực);",
                                            "- Ủy quyền cho tổ chức làm dịch vụ: kèm bản sao hợp đồng dịch vụ và giấy giới thiệu của tổ chức đó;",
                                            "- Người ủy quyền và người được ủy quyền phải xác thực điện tử; nếu chưa có tài khoản định danh điện tử thì kèm bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người ủy quyền."]),
        ("Thời hạn giải quyết", ["03 ngày làm việc kể từ ngày nhận hồ sơ. Hồ sơ không đủ điều kiện thì trong 03 ngày làm việc được thông báo bằng văn bản, nêu rõ lý do và nội dung cần sửa đổi, bổ sung."]),
        ("Lệ phí", ["Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố quyết định (theo Thông tư số 85/2019/TT-BTC). Mức đang công bố trên Cổng Dịch vụ công quốc gia: nộp trực tiếp 50.000 đồng; nộp trực tuyến hoặc qua bưu chính 150.000 đồng.",
                    "Lệ phí nộp ngay khi nộp hồ sơ và không được hoàn trả nếu hộ kinh doanh không được cấp đăng ký. Lệ phí không bao gồm tiền dịch vụ thanh toán điện tử."]),
        ("Kết quả", ["Giấy chứng nhận đăng ký hộ kinh doanh; phường đồng thời gửi thông tin về Cơ quan thuế quản lý trực tiếp hộ kinh doanh."]),
        ("Căn cứ pháp lý", ["Luật Doanh nghiệp số 59/2020/QH14; Luật số 76/2025/QH15 sửa đổi, bổ sung một số điều của Luật Doanh nghiệp; Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 về đăng ký doanh nghiệp; Thông tư số 68/2025/TT-BTC; Thông tư số 85/2019/TT-BTC."]),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, lines in rows:
        c = t.add_row().cells
        cell_text(c[0], label, bold=True, size=12.5)
        cell_text(c[1], lines, size=12.5)
    for row in t.rows:
        row.cells[0].width = Cm(4.3)
        row.cells[1].width = Cm(11.7)
    para(doc, "")
    para(doc, "Mọi vướng mắc, bà con liên hệ quầy số 5 – Trung tâm Phục vụ hành chính công phường Hòa Bình.",
         italic=True, size=12)
    signature(doc, ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], "Võ Thị Ngọc Lan")
    doc.save(os.path.join(OUT, "d2-ho-kinh-doanh.docx"))


# ---------------------------------------------------------------- d3
def make_d3():
    doc = base_doc()
    letterhead(doc, [("ỦY BAN NHÂN DÂN", False, False),
                     ("PHƯỜNG HÒA BÌNH", True, True)],
               "Phường Hòa Bình, ngày 27 tháng 3 năm 2026", size=12)
    para(doc, "")
    para(doc, "TÀI LIỆU HƯỚNG DẪN NGƯỜI DÂN", bold=True, align="c", size=14)
    para(doc, "Chứng thực chữ ký trong giấy tờ, văn bản (kể cả chứng thực điểm chỉ)", bold=True, align="c", size=13.5)
    para(doc, "(Mã thủ tục 2.000884 – Quyết định công bố số 858/QĐ-BTP)", italic=True, align="c", size=12)

    doc.add_heading(n("1. Khi nào cần chứng thực chữ ký?"), level=2)
    para(doc, "Chứng thực chữ ký là việc Ủy ban nhân dân phường xác nhận chữ ký (hoặc dấu điểm chỉ) trên giấy tờ, "
              "văn bản đúng là của người yêu cầu. Người dân thường cần thủ tục này cho giấy ủy quyền, đơn từ, "
              "bản cam kết… Thủ tục áp dụng cả khi người yêu cầu điểm chỉ hoặc không thể ký, không thể điểm chỉ được.",
         align="j")

    doc.add_heading(n("2. Cần mang theo những gì?"), level=2)
    para(doc, "Người yêu cầu chứng thực xuất trình:", align="j")
    for s in [
        "Một trong các giấy tờ: Căn cước điện tử; bản chính hoặc bản sao Thẻ căn cước công dân, Thẻ căn cước, "
        "Giấy chứng nhận căn cước, Hộ chiếu hoặc giấy tờ xuất nhập cảnh, giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng;",
        "Giấy tờ, văn bản sẽ ký để chứng thực chữ ký. Nếu văn bản bằng tiếng nước ngoài mà người thực hiện chứng thực "
        "không hiểu rõ nội dung thì có thể yêu cầu nộp kèm bản dịch ra tiếng Việt (bản dịch không cần công chứng, "
        "chứng thực; người yêu cầu tự chịu trách nhiệm về nội dung bản dịch).",
    ]:
        p = doc.add_paragraph(n(s), style="List Bullet")
    para(doc, "Lưu ý: Người dân phải ký hoặc điểm chỉ trước mặt người thực hiện chứng thực, không ký sẵn ở nhà.", italic=True, align="j")

    doc.add_heading(n("3. Phí chứng thực"), level=2)
    para(doc, "Tại Ủy ban nhân dân phường (và tổ chức hành nghề công chứng): 10.000 đồng/trường hợp. "
              "Một trường hợp được tính là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản. "
              "Căn cứ thu phí: Thông tư số 226/2016/TT-BTC.", align="j")

    doc.add_heading(n("4. Trường hợp không được chứng thực chữ ký"), level=2)
    for s in [
        "Tại thời điểm chứng thực, người yêu cầu không nhận thức và làm chủ được hành vi của mình;",
        "Giấy tờ tùy thân xuất trình đã hết giá trị sử dụng hoặc giả mạo;",
        "Giấy tờ, văn bản có nội dung thuộc khoản 4 Điều 22 Nghị định số 23/2015/NĐ-CP;",
        "Giấy tờ, văn bản có nội dung là giao dịch, trừ giấy ủy quyền trong các trường hợp: (1) ủy quyền nộp hộ, "
        "nhận hộ hồ sơ, giấy tờ; (2) ủy quyền nhận hộ lương hưu, bưu phẩm, trợ cấp, phụ cấp; (3) ủy quyền nhờ "
        "trông nom nhà cửa; (4) ủy quyền của thành viên hộ gia đình để vay vốn tại Ngân hàng chính sách xã hội.",
    ]:
        doc.add_paragraph(n(s), style="List Bullet")

    doc.add_heading(n("5. Người không thông thạo tiếng Việt"), level=2)
    para(doc, "Phải có người phiên dịch. Người phiên dịch phải có năng lực hành vi dân sự đầy đủ, thông thạo tiếng Việt "
              "và ngôn ngữ của người yêu cầu; do người yêu cầu mời hoặc do cơ quan chứng thực chỉ định. "
              "Thù lao phiên dịch do người yêu cầu chứng thực trả.", align="j")

    doc.add_heading(n("6. Nộp ở đâu?"), level=2)
    para(doc, "Trực tiếp tại Trung tâm Phục vụ hành chính công phường Hòa Bình; người dân cũng có thể yêu cầu chứng thực "
              "chữ ký tại tổ chức hành nghề công chứng. Giấy tờ có từ 02 tờ trở lên sẽ được đóng dấu giáp lai. "
              "Căn cứ pháp lý: Nghị định số 23/2015/NĐ-CP (sửa đổi bởi Nghị định số 07/2025/NĐ-CP và "
              "Nghị định số 280/2025/NĐ-CP); Thông tư số 01/2020/TT-BTP.", align="j")
    signature(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Thu Hà")
    doc.save(os.path.join(OUT, "d3-chung-thuc-chu-ky.docx"))


if __name__ == "__main__":
    make_d1()
    make_d2()
    make_d3()
    print("ok")
