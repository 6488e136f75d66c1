"""What a citizen reads of a quoted line: the office and the days, not the notes on the portal's record."""
from assistant.record_notes import for_citizens


def test_a_unit_the_portal_lost_is_not_noted_where_the_line_states_it():
    assert for_citizens([
        "Đăng ký kết hôn được giải quyết trong ngày làm việc; Cổng Dịch vụ công quốc gia chỉ ghi con số “1” cho cả "
        "ba kênh, không kèm đơn vị.",
        "Trực tiếp: thời hạn 5 ngày làm việc (cổng chỉ ghi số 5); lệ phí do Hội đồng nhân dân Thành phố Hồ Chí Minh quy định.",
    ]) == [
        "Đăng ký kết hôn được giải quyết trong ngày làm việc.",
        "Trực tiếp: thời hạn 5 ngày làm việc; lệ phí do Hội đồng nhân dân Thành phố Hồ Chí Minh quy định.",
    ]


def test_a_number_without_its_unit_keeps_the_note_that_says_so():
    line = "Thời hạn: 5 (cổng chỉ ghi số 5, không kèm đơn vị); hỏi bộ phận một cửa."
    assert for_citizens([line]) == [line]


def test_where_to_go_without_the_fields_the_record_left_blank():
    assert for_citizens([
        "Ủy ban nhân dân phường (nộp tại Trung tâm Phục vụ hành chính công của phường); hồ sơ quốc gia để trống mục "
        "cơ quan thực hiện, còn các bước thực hiện giao Ủy ban nhân dân cấp xã giải quyết.",
        'Mục "Cơ quan thực hiện" trên Cổng Dịch vụ công quốc gia ghi "Không có thông tin"; cấp thực hiện là cấp xã.',
        "Cơ quan phối hợp theo hồ sơ quốc gia: Bộ Công an.",
    ]) == ["Ủy ban nhân dân phường (nộp tại Trung tâm Phục vụ hành chính công của phường)."]


def test_a_line_that_is_all_note_stays_when_it_is_the_only_answer():
    only = ['Mục "Cơ quan thực hiện" trên Cổng Dịch vụ công quốc gia ghi "Không có thông tin"; cấp thực hiện là cấp xã.']
    assert for_citizens(only) == only
