"""Documents a ward ingests itself, on topics the shipped corpus does not cover (passports and border
passes, vehicles, social insurance, complaints, cooperatives, old state housing, land levies, poverty
and farm support, land registration, health-insurance contracts): 81 portal pages saved as
HTML, Word and PDF (evals/unseen/documents), ingested into an empty index, then the questions of
evals/datasets/unseen.jsonl. The folder ships its embedding seed, so this embeds little."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.pipeline import Assistant
from assistant.settings import Settings
from evals.dataset import read_cases
from ingest.loaders import loader_for
from ingest.run import ingest
from tests.goldens import rate, run_cases

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ROOT / "evals" / "unseen" / "documents"
# Floors below the figures reported in evals/datasets/README.md (81 pages since the tenth session:
# pages added later compete with the earlier ones, so the same code scores lower on more pages).
FLOORS = {"tune": 0.87, "test": 0.64}
# Records whose portal page gives no time limit (the provincial approval of a housing scheme).
NO_TIME_LIMIT = {"6-001435"}


@pytest.fixture(scope="module")
def unseen_assistant(tmp_path_factory, embedding_cache, embedder):
    root = tmp_path_factory.mktemp("unseen")
    settings = Settings(data_dir=root / "data", corpus_dir=ROOT / "corpus", embedding_cache=embedding_cache)
    report = ingest(settings, [DOCUMENTS], embedder=embedder)
    assert not report.failed, [c.reason for c in report.changes if c.action == "failed"]
    assert report.count("created") == sum(1 for p in DOCUMENTS.iterdir() if p.is_file())
    return Assistant(settings, embedder=embedder)


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_questions_about_ingested_pages_hold_their_floor(unseen_assistant, half):
    cases = [c for c in read_cases(ROOT / "evals" / "datasets" / "unseen.jsonl") if half in c.tags]
    verdicts = run_cases(unseen_assistant, cases)
    assert rate(verdicts, list(verdicts)) >= FLOORS[half], sorted(k for k, v in verdicts.items() if not v)


def test_a_tie_in_similarity_is_broken_by_the_name_written(unseen_assistant):
    # The convalescence allowance after sickness ("DSPHSK sau ốm đau") scores as close as the sickness
    # benefit on a story of rest after an operation; the question names "chế độ ốm đau".
    answer = unseen_assistant.ask("Công ty có người lao động nghỉ 2 tháng dưỡng bệnh sau ca mổ. "
                                  "Chế độ trợ cấp ốm đau BHXH chi trả thế nào? Hồ sơ cần gì?")
    assert answer.status == "answered" and answer.citations[0].title == "Giải quyết hưởng chế độ ốm đau"


def test_a_question_naming_nothing_is_about_its_story(unseen_assistant):
    # "… vậy có được hỗ trợ tiền viện phí không" names no procedure of the index; the story (a member
    # of the security team hurt on patrol) does, and its procedure answers, not the farm-insurance
    # subsidy that "hỗ trợ phí" alone would reach.
    answer = unseen_assistant.ask("ba toi o to bao ve antt bi thuong khi di tuan dem, vay gia dinh co duoc ho tro tien vien phi khong")
    assert answer.status == "answered" and "an ninh, trật tự" in answer.citations[0].title


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.pdf")), ids=lambda p: p.name[-16:])
def test_a_printed_portal_page_keeps_its_channels_table(path):
    """Printed, the portal's "Cách thức thực hiện" table wraps its header and repeats labels in its
    cells ("Phí, lệ phí Mô tả", "- Thời hạn giải quyết: +"): they must not become sections."""
    procedure = loader_for(path)(path, path.name)[0]
    assert procedure.channels, "no channel row read"
    assert procedure.fee_summary.lower() not in {"mô tả", "giải"} and procedure.time_limit.lower() != "giải"
    if path.stem[-8:] in NO_TIME_LIMIT:
        assert procedure.time_limit == ""  # "Không có thông tin" is no time limit
    else:
        assert any(ch.isdigit() for ch in procedure.time_limit)
    result = procedure.section("result")
    # The portal's result codes ("Mã: KQ.G09.000452") are page furniture; "TN&TKQ" (the desk that
    # receives and returns) is the record's own text.
    assert result is not None and not re.search(r"\bKQ\.", result.text) and "Cơ quan chủ quản" not in result.text


@pytest.mark.parametrize("question, quoted", [
    ("Dự án liên kết theo chuỗi giá trị do cấp nào phê duyệt?", "liên kết theo chuỗi giá trị"),
    ("Kiểm tra công tác nghiệm thu hoàn thành công trình thì ai làm?", "nghiệm thu hoàn thành công trình"),
])
def test_a_question_quoting_an_ingested_name_is_answered(unseen_assistant, question, quoted):
    # The intent model learnt from questions about the shipped corpus; a citizen who writes five words
    # or more of an ingested page's name in a row asks about that page, however unlike a ward question
    # the rest reads (both were refused as asking for no procedure).
    answer = unseen_assistant.ask(question)
    assert answer.status == "answered" and quoted in answer.citations[0].title


def test_an_act_the_best_name_does_keeps_it(unseen_assistant):
    # "thông báo" is asked, and the registration of a cooperative's branch or business location names
    # "thông báo địa điểm kinh doanh" itself: no reason to move to "Thông báo tạm ngừng kinh doanh …".
    answer = unseen_assistant.ask("Hợp tác xã mở thêm một địa điểm kinh doanh thì thông báo cho ai?")
    assert answer.status == "answered" and answer.citations[0].title.startswith("Đăng ký hoạt động chi nhánh")


def test_opening_one_is_the_thing_itself_not_its_suspension(unseen_assistant):
    # "mở thêm" asks to open a location; the suspension and the closing of one only share its words,
    # typed without diacritics and with "ko" for "không"
    answer = unseen_assistant.ask("htx minh mo them 1 dia diem kinh doanh nua thi co phai dang ky ko, ho so gom gi")
    assert answer.status == "answered" and answer.citations[0].title.startswith("Đăng ký hoạt động chi nhánh")


def test_a_pass_for_civil_servants_is_for_those_who_say_they_are_one(unseen_assistant):
    answer = unseen_assistant.ask("Làm giấy thông hành sang Trung Quốc ở công an xã hết bao nhiêu tiền?")
    assert answer.status == "answered" and "cho công dân Việt Nam" in answer.citations[0].title


def test_a_citizen_asking_of_their_own_case_is_no_organisation(unseen_assistant):
    # the clinic's contract with the insurer and its settlement are for organisations only (the record's
    # "Đối tượng thực hiện"); a patient is refunded directly
    answer = unseen_assistant.ask("Tôi khám ở bệnh viện tư nhân thì có được bảo hiểm y tế trả lại tiền không?")
    assert answer.status == "answered" and answer.citations[0].title.startswith("Thanh toán trực tiếp")


def test_a_mortgage_of_land_is_registered_as_a_security_interest(unseen_assistant):
    # "thế chấp" is done by registering a security interest; "quyền sử dụng đất" is a thing, no use of a paper
    answer = unseen_assistant.ask("Tôi muốn thế chấp quyền sử dụng đất để vay ngân hàng thì phải làm thủ tục gì?")
    assert answer.status == "answered" and answer.citations[0].title.startswith("Đăng ký biện pháp bảo đảm")


def test_benefits_for_the_security_team_are_not_a_workers_accident(unseen_assistant):
    # "cho người tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở" says whom the benefit is for
    answer = unseen_assistant.ask("Nhân viên công ty bị tai nạn trên đường đi làm thì phải làm thủ tục gì để hưởng chế độ?")
    assert answer.status == "answered" and "TNLĐ lần đầu" in answer.citations[0].title
    answer = unseen_assistant.ask("Bố tôi ở tổ bảo vệ an ninh trật tự bị thương khi đi tuần thì được hỗ trợ gì?")
    assert answer.status == "answered" and "an ninh, trật tự" in answer.citations[0].title


def test_a_one_off_payment_for_emigrating_pensioners_is_for_them_only(unseen_assistant):
    # "… đối với người đang hưởng lương hưu … ra nước ngoài để định cư": a worker who left a company is neither
    answer = unseen_assistant.ask("Tôi nghỉ việc ở công ty, đã chốt sổ BHXH. Tôi muốn nhận BHXH một lần thì làm thế nào?")
    assert answer.status != "answered"
    answer = unseen_assistant.ask("Bố tôi đang hưởng lương hưu, sắp sang Úc định cư, có được nhận trợ cấp một lần không?")
    assert answer.status == "answered" and "ra nước ngoài để định cư" in answer.citations[0].title


@pytest.mark.parametrize("question", [
    "Bố tôi đang hưởng lương hưu thì bị phạt tù 3 năm, ra tù rồi có được hưởng tiếp lương hưu không?",
    "While my father is in prison, does he still get his pension?",
])
def test_a_pension_after_prison_is_resumed(unseen_assistant, question):
    # "bị phạt tù" is a prison sentence, no fine; "… người được Tòa án hủy quyết định …" names whom the
    # procedure is for, no act of annulling that would make it a change of the pension
    answer = unseen_assistant.ask(question)
    assert answer.status == "answered" and answer.citations[0].title.startswith("Giải quyết hưởng tiếp lương hưu")


def test_a_relapse_procedure_needs_the_question_to_say_it_relapsed(unseen_assistant):
    # "… do thương tật, bệnh tật tái phát" is a later claim; a first accident is the "lần đầu" one
    answer = unseen_assistant.ask("Thủ tục hưởng chế độ tai nạn lao động: công nhân bị tai nạn trên đường đi làm "
                                  "thì cần làm gì, mẫu lấy ở đâu?")
    assert answer.status == "answered" and "lần đầu" in answer.citations[0].title
    # "… đã bị TNLĐ, BNN nay tiếp tục bị …" is a second accident, said as such
    answer = unseen_assistant.ask("Đang hưởng trợ cấp tai nạn lao động thì lại bị tai nạn lao động, giải quyết thế nào?")
    assert answer.status == "answered" and "tiếp tục bị" in answer.citations[0].title
    answer = unseen_assistant.ask("Vết thương do tai nạn lao động cũ tái phát thì hưởng chế độ thế nào?")
    assert answer.status == "answered" and "tái phát" in answer.citations[0].title


def test_a_page_without_conditions_answers_them_from_the_act_it_follows(unseen_assistant):
    # the page has no "Yêu cầu, điều kiện"; its legal basis is "… trợ cấp hàng tháng cho những người có từ đủ
    # 15 năm đến dưới 20 năm công tác thực tế …", which says whom the allowance is for
    answer = unseen_assistant.ask("Mẹ tôi đã hết thời hạn hưởng trợ cấp mất sức lao động, nay có được hưởng trợ cấp hàng tháng nữa không?")
    assert answer.status == "answered" and "613" in answer.citations[0].title
    assert "từ đủ 15 năm đến dưới 20 năm" in answer.answer


@pytest.mark.parametrize("question, title_part", [
    ("Bố tôi nguyên là cán bộ xã, nay đủ tuổi nghỉ hưu thì làm hồ sơ hưởng lương hưu thế nào?", "cán bộ xã"),
    ("Bố tôi đang hưởng lương hưu ở Hà Nội, nay chuyển vào TP.HCM sống với con thì nhận lương hưu thế nào?", "địa bàn khác"),
    ("Bố tôi đang hưởng lương hưu thì qua đời, còn 2 tháng lương hưu chưa nhận, gia đình nhận thế nào?", "đã chết"),
])
def test_a_pension_procedure_for_one_kind_of_person_answers_that_person(unseen_assistant, question, title_part):
    answer = unseen_assistant.ask(question)
    assert answer.status == "answered" and title_part in answer.citations[0].title


def test_a_company_workers_first_pension_is_none_of_the_special_cases(unseen_assistant):
    # the pages hold a commune official's pension, a move, a resumption after prison, a dead person's arrears:
    # none is a worker's first pension, which no page here holds
    answer = unseen_assistant.ask("Tôi làm công nhân ở công ty, đóng bảo hiểm xã hội đủ 20 năm, muốn hưởng lương hưu "
                                  "hàng tháng thì làm hồ sơ gì?")
    assert answer.status == "not_found"


def test_social_assistance_is_no_social_insurance_benefit(unseen_assistant):
    # "trợ cấp xã hội" for the elderly is paid from the budget, not by the insurer: the proxy for insurance
    # benefits does not answer it, while a pension's proxy still does
    answer = unseen_assistant.ask("Mẹ tôi đang hưởng trợ cấp xã hội người cao tuổi, có thể ủy quyền cho con cháu nhận thay không?")
    assert answer.status != "answered"
    answer = unseen_assistant.ask("Bố tôi đang hưởng lương hưu nhưng sức khỏe yếu, có thể ủy quyền cho con lĩnh thay lương hưu không?")
    assert answer.status == "answered" and "lĩnh thay" in answer.citations[0].title


def test_a_maternity_benefit_is_settled_by_no_work_accident_procedure(unseen_assistant):
    # the regimes of social insurance: the pages settle sickness, work accidents, pensions; none maternity
    answer = unseen_assistant.ask("Tôi đã nghỉ việc, sắp sinh con, có được hưởng chế độ thai sản không? Thường trú ở Thái "
                                  "Bình, đóng bảo hiểm ở Hà Nội, giờ sống ở TP.HCM thì làm ở đâu?")
    assert answer.status != "answered"
    answer = unseen_assistant.ask("Tôi bị ốm nằm viện 5 ngày thì hồ sơ hưởng chế độ ốm đau gồm gì?")
    assert answer.status == "answered" and "ốm đau" in answer.citations[0].title
