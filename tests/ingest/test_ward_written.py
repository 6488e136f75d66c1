"""Documents a ward writes itself, as a walkthrough by a ward official made them (`ward_written/`):
PDFs printed by Chromium under an official letterhead, Word files with headings set in bold by hand
or inline labels, and pages of a ward website with its menus, sidebars and layout tables. Each must
come out as the procedure it describes, named as the procedure and not as the letterhead, with its
code and its fee, time limit and papers found under the ward's own headings."""
from pathlib import Path

import pytest

from assistant.text import fold
from ingest.loaders import loader_for

FOLDER = Path(__file__).resolve().parent / "ward_written"

# file, the procedure's name, its portal code, words of its fee, words of its time limit
EXPECTED = [
    ("01-dang-ky-khai-tu.pdf", "Đăng ký khai tử", "1.000656", "mien le phi", "ngay trong ngay"),
    ("02-cong-nhan-ho-ngheo-can-ngheo.pdf", "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm", "1.011607",
     "mien phi", "15 ngay"),
    ("03-chung-thuc-sua-doi-huy-bo-giao-dich.pdf", "Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch", "2.000913",
     "30000 dong/giao dich", "02 ngay lam viec"),
    ("04-ho-tro-phi-bao-hiem-nong-nghiep.pdf", "Phê duyệt đối tượng được hỗ trợ phí bảo hiểm nông nghiệp", "1.005412",
     "khong thu phi", "45 ngay"),
    ("05-chung-thuc-tu-choi-nhan-di-san.docx", "Chứng thực văn bản từ chối nhận di sản", "2.001016",
     "50000 dong/van ban", "15 gio"),
    ("06-tam-ngung-kinh-doanh-ho-kinh-doanh.docx", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn của hộ kinh doanh",
     "1.001570", "mien phi", "01 ngay lam viec"),
    ("07-xac-nhan-tinh-trang-hon-nhan.docx", "Cấp Giấy xác nhận tình trạng hôn nhân", "1.004873", "hdnd", "03 ngay lam viec"),
    ("08-xoa-dang-ky-tam-tru.docx", "Xóa đăng ký tạm trú", "1.010028", "khong", "02 ngay lam viec"),
    ("09-hoa-giai-tranh-chap-dat-dai.html", "Hòa giải tranh chấp đất đai tại UBND phường", "1.012812", "mien phi", "30 ngay"),
    ("10-khai-bao-tam-vang.html", "Khai báo tạm vắng", "1.003677", "khong thu le phi", "01 ngay lam viec"),
    ("11-cong-nhan-to-truong-to-hoa-giai.html", "Công nhận tổ trưởng tổ hòa giải", "2.000950", "mien phi", "05 ngay lam viec"),
    ("12-ho-co-muc-song-trung-binh.html",
     "Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình", "1.011609",
     "mien phi", "15 ngay"),
    # printed in Liberation Serif, whose vowels pypdf's plain extraction cuts off: "Ủ Y BAN", "TH Ủ  T Ụ C"
    ("13-chung-thuc-chu-ky-liberation-serif.pdf", "Chứng thực chữ ký", "", "10000 dong/truong hop", "15 gio"),
]


def read(name):
    path = FOLDER / name
    return loader_for(path)(path, name)


@pytest.mark.parametrize("name, title, code, fee, time_limit", EXPECTED)
def test_a_ward_written_document_is_read_as_its_procedure(name, title, code, fee, time_limit):
    [procedure] = read(name)
    assert procedure.title == title  # not "ỦY BAN NHÂN DÂN", "CÔNG AN PHƯỜNG …" or the site's top bar
    assert procedure.code == code
    assert fee in fold(procedure.section("fee").text).replace(".", "")
    assert time_limit in fold(procedure.section("time_limit").text)
    assert procedure.section("documents") is not None, "the papers, under the ward's own heading"


def test_ward_documents_with_the_same_letterhead_get_ids_of_their_own():
    ids = [procedure.id for name, *_ in EXPECTED for procedure in read(name)]
    assert len(set(ids)) == len(ids)


def test_a_ward_website_gives_its_article_not_its_menus_or_related_news():
    [procedure] = read("09-hoa-giai-tranh-chap-dat-dai.html")
    text = fold(" ".join(section.text for section in procedure.sections) + procedure.summary)
    # the sidebar's "Tin liên quan" headline carries another procedure's fee
    assert "100000" not in text.replace(".", "")
    assert "lien he" not in text and "so do site" not in text and "binh chon" not in text
    steps = procedure.section("steps").text
    assert "03 ngày làm việc" in steps  # the steps, laid out in a table cell of paragraphs, are kept


def test_headings_in_the_wards_words_find_their_parts():
    [temporary_absence] = read("10-khai-bao-tam-vang.html")  # "Những ai phải khai báo tạm vắng?"
    assert "12 tháng" in temporary_absence.section("applicants").text
    assert "Công an phường" in temporary_absence.section("agency").text  # "Khai báo ở đâu, bằng cách nào?"
    [removal] = read("08-xoa-dang-ky-tam-tru.docx")  # "Hồ sơ: (1) …", "Cách nộp: …"
    assert "CT01" in removal.section("documents").text
    assert "VNeID" in removal.section("channels").text
    [pause] = read("06-tam-ngung-kinh-doanh-ho-kinh-doanh.docx")  # "II. HỒ SƠ GỒM" in bold, no Heading style
    assert "Giấy đề nghị" in pause.section("documents").text
