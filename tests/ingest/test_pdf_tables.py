"""Reading a table from pypdf's layout text: columns stand apart by blank rivers all the way down."""
from ingest.pdf_tables import tables_read

LETTERHEAD = """\
      ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     PHƯỜNG TÂN HƯNG                          Độc lập - Tự do - Hạnh phúc
     Số: 12/HD-UBND                        Tân Hưng, ngày 5 tháng 9 năm 2025
"""

NIEM_YET = """\
 STT    Tên thủ tục               Thời hạn giải          Lệ phí
                                  quyết
  1     Đăng ký khai tử           Ngay trong ngày        Miễn lệ phí
        (Mã TTHC: 1.000656)       làm việc
  2     Cấp bản sao trích         Ngay trong ngày        8.000 đồng/bản
        lục hộ tịch                                      sao
Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường.
"""


def is_label(cell):
    return cell in {"Lệ phí", "Thời hạn giải quyết", "Nơi nộp"}


def test_a_letterhead_side_by_side_is_no_table():
    assert tables_read(LETTERHEAD, is_label) is None


def test_prose_with_a_space_under_a_column_gap_ends_the_table():
    lines = tables_read(NIEM_YET, is_label)
    assert lines == [
        "STT | Tên thủ tục | Thời hạn giải quyết | Lệ phí",
        "1 | Đăng ký khai tử (Mã TTHC: 1.000656) | Ngay trong ngày làm việc | Miễn lệ phí",
        "2 | Cấp bản sao trích lục hộ tịch | Ngay trong ngày | 8.000 đồng/bản sao",
        "Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường.",
    ]


def test_two_columns_are_a_table_when_the_first_names_parts():
    page = """\
 Nội dung         Chi tiết
 Lệ phí           Miễn lệ phí khi đăng ký đúng
                  hạn.
 Thời hạn giải    Ngay trong ngày làm việc.
 quyết
 Nơi nộp          Trung tâm Phục vụ hành chính công.
"""
    assert tables_read(page, is_label) == [
        "Nội dung | Chi tiết", "Lệ phí | Miễn lệ phí khi đăng ký đúng hạn.",
        "Thời hạn giải quyết | Ngay trong ngày làm việc.", "Nơi nộp | Trung tâm Phục vụ hành chính công."]


TWO_LINE_HEADER = """\
                           Thời hạn giải          Phí, lệ phí
STT   Tên thủ tục              quyết       Trực tiếp     Trực tuyến     Ghi chú
 1    Đăng ký tạm trú      03 ngày làm     15.000 đồng   7.000 đồng     Tờ khai CT01
                           việc
 2    Đăng ký xe           02 ngày làm     Theo Thông tư số 60/2023     Giấy khai
                           việc                                         đăng ký xe
"""


def test_a_header_on_two_lines_gives_the_spanning_title_a_row_of_its_own():
    """The upper line's titles join the columns below them; a title over two columns ("Phí, lệ phí")
    makes the header two rows, as a Word table's merged cells do. A row's cell merged over two columns
    is given to both."""
    assert tables_read(TWO_LINE_HEADER, is_label) == [
        "STT | Tên thủ tục | Thời hạn giải quyết | Phí, lệ phí | Ghi chú",
        "STT | Tên thủ tục | Thời hạn giải quyết | Trực tiếp | Trực tuyến | Ghi chú",
        "1 | Đăng ký tạm trú | 03 ngày làm việc | 15.000 đồng | 7.000 đồng | Tờ khai CT01",
        "2 | Đăng ký xe | 02 ngày làm việc | Theo Thông tư số 60/2023 | Theo Thông tư số 60/2023 | Giấy khai đăng ký xe",
    ]


def test_a_caption_a_blank_line_above_the_table_stays_text():
    page = "Quyết định số\n                 163/QĐ-BTP)\n\n" + TWO_LINE_HEADER.split("\n", 1)[1]
    lines = tables_read(page, is_label)
    assert lines[:2] == ["Quyết định số", "163/QĐ-BTP)"]
    assert lines[2].startswith("STT | Tên thủ tục | quyết |")
