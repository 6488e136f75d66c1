"""Per-case metrics and their aggregates, including every case where a metric must be NaN."""
from __future__ import annotations

import json
import math

from assistant.answer import Answer, Citation
from evals.generate import Generated
from evals.golden import Case, passes
from assistant.aspects import ASPECTS
from evals.metrics import ANSWERING_SECTIONS, aggregate, confusions, fmt, jsonable, score_case, summarise, why_failed

KY = "Chứng thực chữ ký trong các giấy tờ, văn bản"
KHAI_SINH = "Đăng ký khai sinh"


def make_case(id="c", question="Phí chứng thực chữ ký bao nhiêu?", tags=("fee",), **expect) -> Case:
    expect.setdefault("procedure", ["chung thuc chu ky"])
    return Case(id=id, question=question, tags=list(tags), expect=expect)


def cite(section: str, quote: str, title: str = KY) -> Citation:
    return Citation(title=title, section=section, source="corpus/x.md", quote=quote)


def answered(text: str, citations: list[Citation], language: str = "vi", retrieved=("ky",)) -> Answer:
    return Answer(status="answered", answer=text, citations=citations, language=language, retrieved=list(retrieved),
                  procedure={"title": KY, "short_title": "Chứng thực chữ ký"})


def scored(case: Case, answer: Answer, titles=(KY,), latency=100.0) -> dict:
    return score_case(Generated(case, answer, list(titles), latency))


def test_a_correct_fee_answer_scores_everywhere():
    case = make_case(facts=[["10000"]])
    r = scored(case, answered("**Chứng thực chữ ký**\nPhí 10.000 đồng [1]", [cite("Phí, lệ phí", "Phí 10.000 đồng/trường hợp")]))
    m = r["metrics"]
    assert r["passed"] is True
    assert (m["procedure_rank"], m["hit@1"], m["rr"]) == (0, True, 1.0)
    assert m["section_hit"] is True and m["fact_recall"] == 1.0 and m["citation_precision"] == 1.0
    assert m["unsupported_numbers"] == 0 and m["figure_support"] == 1.0
    assert m["language_match"] is True and m["refused"] is False


def test_the_verdict_is_the_golden_rule():
    case = make_case(facts=[["10000"], ["uy ban"]])
    answer = answered("Phí 10.000 đồng", [cite("Phí, lệ phí", "Phí 10.000 đồng")])
    r = scored(case, answer)
    assert r["passed"] is passes(case, answer.status, answer.answer, [c.title for c in answer.citations]) is False
    assert r["metrics"]["fact_recall"] == 0.5
    assert why_failed(r) == ["missing fact: uy ban"]


def test_rank_section_citations_and_unsupported_numbers():
    case = make_case(facts=[["10000"]])
    answer = answered("Phí 10.000 đồng trong 15 ngày", [cite("Thành phần hồ sơ", "Tờ khai"), cite("Phí, lệ phí", "Phí 10.000 đồng")])
    m = scored(case, answer, titles=(KHAI_SINH, KY, "c"))["metrics"]
    assert (m["procedure_rank"], m["hit@1"], m["hit@3"], m["rr"]) == (1, False, True, 0.5)
    assert m["section_hit"] is True  # one citation is the fee section
    assert m["citation_precision"] == 0.5  # the dossier citation carries no expected fact
    assert m["unsupported_numbers"] == 1  # "15" is in no cited passage
    assert m["figure_support"] == 0.5
    wrong_section = scored(case, answered("Phí 10.000 đồng", [cite("Thành phần hồ sơ", "10.000 đồng")]))
    assert wrong_section["metrics"]["section_hit"] is False
    missed = scored(case, answered("x", []), titles=(KHAI_SINH,))["metrics"]
    assert (missed["procedure_rank"], missed["hit@5"], missed["rr"]) == (None, False, 0.0)


def test_section_hit_judges_every_aspect_by_the_metrics_own_table():
    # The composer may add the fee to a steps card; a fee citation still does not answer "how to".
    assert set(ANSWERING_SECTIONS) == set(ASPECTS)
    case = make_case(question="Thủ tục chứng thực chữ ký như thế nào?", tags=("steps",), facts=[["10000"]])
    fee_only = scored(case, answered("Phí 10.000 đồng", [cite("Phí, lệ phí", "Phí 10.000 đồng")]))
    assert fee_only["metrics"]["section_hit"] is False
    with_steps = scored(case, answered("Nộp hồ sơ. Phí 10.000 đồng", [cite("Trình tự thực hiện", "Nộp hồ sơ"),
                                                                       cite("Phí, lệ phí", "Phí 10.000 đồng")]))
    assert with_steps["metrics"]["section_hit"] is True


def test_metrics_that_do_not_apply_are_none_per_case():
    refusal = make_case(question="Thời tiết mai thế nào?", tags=("out-of-scope",), procedure=[], refuse=True)
    m = scored(refusal, Answer(status="out_of_scope", answer="Xin lỗi, ngoài phạm vi. Gọi 028 1234 5678."), titles=())["metrics"]
    for name in ("hit@1", "hit@3", "hit@5", "rr", "section_hit", "fact_recall", "citation_precision",
                 "figure_support", "unsupported_numbers"):
        assert m[name] is None, name
    assert m["refused"] is True and m["expected_refuse"] is True
    guide = make_case(question="Có cần đổi giấy tờ sau khi đổi tên phường không?", tags=("guide",), procedure=[])
    g = scored(guide, answered("Không phải đổi.", [cite("Tổng quan", "Không phải đổi", title="Hướng dẫn")]))["metrics"]
    assert g["hit@1"] is None and g["section_hit"] is None and g["fact_recall"] is None
    assert g["figure_support"] is None  # the answer states no figure


def test_aggregates_are_nan_when_nothing_applies_and_null_in_json():
    refusal = make_case(tags=("out-of-scope",), procedure=[], refuse=True)
    rows = [scored(refusal, Answer(status="out_of_scope", answer="no"), titles=())]
    overall = aggregate(rows)
    assert math.isnan(overall["hit@1"]) and math.isnan(overall["fact_recall"]) and math.isnan(overall["section_hit"])
    assert overall["refusal_precision"] == 1.0 and overall["refusal_recall"] == 1.0
    assert overall["pass_rate"] == 1.0 and overall["clarification_rate"] == 0.0
    normal = [scored(make_case(facts=[["10000"]]), answered("Phí 10.000 đồng", [cite("Phí, lệ phí", "10.000 đồng")]))]
    o = aggregate(normal)
    assert math.isnan(o["refusal_precision"]) and math.isnan(o["refusal_recall"])  # nothing refused, nothing to refuse
    assert json.loads(json.dumps(jsonable(o)))["refusal_recall"] is None
    assert fmt(o["refusal_recall"], "refusal_recall") == "n/a" and fmt(0.0, "pass_rate") == "0.0%"


def test_refusal_precision_and_recall_count_every_decline():
    refuse = make_case(id="r", tags=("out-of-scope",), procedure=[], refuse=True)
    normal = make_case(id="n", facts=[["10000"]])
    rows = [
        scored(refuse, Answer(status="out_of_scope", answer="no"), titles=()),
        scored(refuse, answered("Trời nắng", [cite("x", "y")]), titles=()),  # answered what it should decline
        scored(normal, Answer(status="not_found", answer="Không tìm thấy"), titles=(KY,)),  # declined a fair question
        scored(normal, Answer(status="clarification", answer="Bạn hỏi thủ tục nào?", options=["a", "b"]), titles=(KY,)),
    ]
    o = aggregate(rows)
    assert o["refusal_recall"] == 0.5
    assert o["refusal_precision"] == 1 / 3  # the clarification is a decline by the pass rule too
    assert o["clarification_rate"] == 0.25
    assert o["pass_rate"] == 0.25


def test_language_match_expects_english_for_english_questions():
    english = make_case(question="How much does it cost to certify a signature?", tags=("fee",), facts=[["10000"]])
    vi_answer = answered("Phí 10.000 đồng", [cite("Phí, lệ phí", "10.000 đồng")], language="vi")
    assert scored(english, vi_answer)["metrics"]["expected_language"] == "en"
    assert scored(english, vi_answer)["metrics"]["language_match"] is False
    tagged = make_case(question="phi chung thuc", tags=("english",), facts=[])
    assert scored(tagged, vi_answer)["metrics"]["expected_language"] == "en"
    no_diacritics = make_case(question="phi chung thuc chu ky bao nhieu", facts=[])
    assert scored(no_diacritics, vi_answer)["metrics"]["language_match"] is True


def test_per_tag_summary_latency_percentiles_and_confusions():
    fee = make_case(id="f", tags=("fee",), facts=[["10000"]])
    docs = make_case(id="d", question="Khai sinh cần giấy gì?", tags=("documents",), procedure=["dang ky khai sinh"])
    rows = [
        scored(fee, answered("Phí 10.000 đồng", [cite("Phí, lệ phí", "10.000 đồng")]), latency=100),
        scored(docs, answered("Tờ khai", [cite("Thành phần hồ sơ", "Tờ khai")]), titles=(KY, KHAI_SINH), latency=300),
    ]
    summary = summarise(rows)
    assert set(summary["by_tag"]) == {"fee", "documents"}
    assert summary["by_tag"]["fee"]["pass_rate"] == 1.0
    assert summary["by_tag"]["documents"]["passed"] == 0
    assert summary["by_tag"]["documents"]["hit@1"] == 0.0 and summary["by_tag"]["documents"]["mrr"] == 0.5
    assert summary["overall"]["latency_p50_ms"] == 200.0
    assert summary["by_tag"]["fee"]["latency_p95_ms"] == 100.0
    assert confusions(rows) == [("dang ky khai sinh", KY, 1)]
