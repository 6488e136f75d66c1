"""The portal's flattened table cells, re-parsed into channels, papers and instruments."""
from ingest.cells import parse_channels, parse_documents, parse_legal_basis, parse_steps
from ingest.portal import record_draft
from ingest.build import build
from tests.ingest.makers import RECORDS


def test_flattened_channels_give_mode_time_fee_and_description():
    flat = ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến7 Ngày làm việc10,000 Việt Nam Đồng(/trường hợp)"
            "Nộp tại quầyTrực tiếpKhông có thông tinMiễn phí(Mức lệ phí do Hội đồng nhân dân cấp tỉnh quyết định.)"
            "Dịch vụ bưu chính5Không có thông tin+ Trực tiếp: nộp tại quầy")
    channels = parse_channels(flat)
    assert [c.mode for c in channels] == ["Trực tuyến", "Trực tiếp", "Dịch vụ bưu chính"]
    assert channels[0].time_limit == "7 ngày làm việc"
    assert channels[0].fee == "10.000 đồng/trường hợp"
    assert channels[0].description == "Nộp tại quầy"
    assert channels[1].fee.startswith("Miễn phí (Mức lệ phí do Hội đồng nhân dân")
    assert channels[2].time_limit == "5 (cổng không ghi đơn vị)"
    assert channels[2].description == "+ Trực tiếp: nộp tại quầy"


def test_channels_from_table_rows():
    rows = "Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả\nTrực tiếp | 3 Ngày | 50,000 VNĐ | Tại phường"
    [channel] = parse_channels(rows)
    assert (channel.mode, channel.time_limit, channel.fee, channel.description) == ("Trực tiếp", "3 ngày", "50.000 đồng", "Tại phường")


def test_documents_split_by_count_with_glued_form_file():
    flat = ("--Tên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu khai báo (mẫu NA17)101-Mau A17 khai bao.doc1 bản chính"
            "Bản sao hộ chiếu0 bản chính,1 bản sao")
    assert parse_documents(flat) == [
        "Phiếu khai báo (mẫu NA17) (mẫu: 101-Mau A17 khai bao.doc) (1 bản chính).",
        "Bản sao hộ chiếu (0 bản chính,1 bản sao).",
    ]


def test_legal_basis_split_on_glued_codes():
    flat = ("Tên văn bản pháp lýMã văn bảnLuật 60/2014/QH1360/2014/QH13Thông tư về lệ phí226/2016/TT-BTC"
            "Nghị định số 23/2015/NĐ-CP ngày 16/2/2015 về chứng thực23/2015/NĐ-CP")
    assert parse_legal_basis(flat) == [
        "Luật 60/2014/QH13",
        "Thông tư về lệ phí (226/2016/TT-BTC)",
        "Nghị định số 23/2015/NĐ-CP ngày 16/2/2015 về chứng thực",
    ]


def test_steps_one_per_line():
    assert parse_steps("Bước 1: Nộp tờ khai.Bước 2: Nhận kết quả.") == ["Bước 1: Nộp tờ khai.", "Bước 2: Nhận kết quả."]


def test_portal_record_becomes_a_corpus_like_procedure():
    procedure = build(record_draft(RECORDS[0]), "records.jsonl")
    assert procedure.id == "cap-giay-xac-nhan-trong-cay-xanh-truoc-nha-9-900101"
    assert procedure.fee_summary == "37.000 đồng/cây"
    assert procedure.time_limit == "4 ngày làm việc"
    assert [s.key for s in procedure.sections] == [
        "steps", "channels", "documents", "time_limit", "fee", "applicants", "agency", "result", "legal_basis"]
    assert "Phí, lệ phí khi nộp trực tiếp, trực tuyến: 37.000 đồng/cây." in procedure.section("fee").text
    # the portal widgets glued after the result are gone; "Không có thông tin" never becomes a section
    assert procedure.section("result").text == "- Giấy xác nhận trồng cây xanh."
    assert procedure.section("conditions") is None
