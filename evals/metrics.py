"""Score: per-case metrics with no judge, and their aggregates overall and per tag.

Every per-case metric is `None` when it does not apply to the case (a refusal has no procedure to
find, a question with no expected facts has no fact recall), and every aggregate is NaN when no case
applies: a fake 0 would read as "always wrong". NaN becomes `null` in JSON and "n/a" in reports.
"""
from __future__ import annotations

import math
import re

import numpy as np

from assistant.aspects import detect_aspects
from assistant.documents import SECTION_TITLES
from assistant.keyword import QUESTION_WORDS_VI
from assistant.text import detect_language, fold
from assistant.verify import figures, unsupported_figures

from .generate import Generated
from .golden import comparable, facts_found, passes, procedure_hit

NAN = float("nan")
# Golden-set tags that name what a question asks about, as the assistant's aspects.
TAG_ASPECTS = {"fee": "fee", "time": "time_limit", "documents": "documents", "where": "where", "steps": "steps",
               "online": "online", "conditions": "conditions", "deadline": "deadline", "result": "result",
               "legal": "legal_basis", "legal_basis": "legal_basis"}
ANSWERED = "answered"
# The sections that answer each aspect, for `section_hit`. The metric's own table, not the composer's
# (assistant.aspects.ASPECTS): what the composer adds to a card may change between releases, what
# counts as "answered from the right section" must not, or reports stop being comparable.
ANSWERING_SECTIONS: dict[str, tuple[str, ...]] = {
    "fee": ("fee", "channels"),
    "time_limit": ("time_limit", "channels"),
    "documents": ("documents",),
    "where": ("agency", "steps"),
    "deadline": ("conditions", "steps", "time_limit"),
    "steps": ("steps", "documents", "agency"),
    "conditions": ("conditions", "applicants"),
    "online": ("channels",),
    "penalty": ("conditions", "legal_basis"),
    "rights": ("conditions", "legal_basis"),
    "amount": ("conditions", "legal_basis"),
    "result": ("result",),
    "legal_basis": ("legal_basis",),
    "applicants": ("applicants",),
}

# name -> (label for reports, higher is better?)
METRICS: dict[str, tuple[str, bool]] = {
    "pass_rate": ("Pass rate (golden rule)", True),
    "hit@1": ("Procedure hit@1", True),
    "hit@3": ("Procedure hit@3", True),
    "hit@5": ("Procedure hit@5", True),
    "mrr": ("Procedure MRR", True),
    "section_hit": ("Section hit (answered)", True),
    "fact_recall": ("Fact recall", True),
    "citation_precision": ("Citation precision", True),
    "figure_support": ("Figures supported by citations", True),
    "unsupported_numbers": ("Unsupported numbers per answer", False),
    "refusal_precision": ("Refusal precision", True),
    "refusal_recall": ("Refusal recall", True),
    "clarification_rate": ("Clarification rate", False),
    "language_match": ("Answer language match", True),
    "latency_p50_ms": ("Latency p50 (ms)", False),
    "latency_p95_ms": ("Latency p95 (ms)", False),
}
JUDGED = {
    "faithfulness": ("Faithfulness (judge)", True),
    "relevance": ("Answer relevance (judge)", True),
    "completeness": ("Document list completeness (judge)", True),
}


def expected_language(case) -> str:
    """English when the set says so (tag `english`) or the question reads as English; else Vietnamese."""
    if "english" in case.tags or detect_language(case.question, vietnamese_words=QUESTION_WORDS_VI) == "en":
        return "en"
    return "vi"


def expected_aspects(case) -> list[str]:
    """The aspects a case asks about: from its tags when it has aspect tags, else from the question."""
    from_tags = [TAG_ASPECTS[t] for t in case.tags if t in TAG_ASPECTS]
    return list(dict.fromkeys(from_tags)) or detect_aspects(case.question)


def procedure_rank(case, titles: list[str]) -> int | None:
    """0-based rank of the first retrieved title containing an expected procedure string, or None."""
    for rank, title in enumerate(titles):
        if procedure_hit(case.expect, [title]):
            return rank
    return None


def section_hit(aspects: list[str], cited_sections: list[str]) -> bool:
    """Every aspect asked is answered from one of its sections (fee → "Phí, lệ phí" …). A section
    matches when its title contains the expected heading, so a naive chunk naming several headings
    counts for each of them."""
    cited = [fold(s) for s in cited_sections]
    for aspect in aspects:
        wanted = [fold(SECTION_TITLES[key]) for key in ANSWERING_SECTIONS.get(aspect, ()) if key in SECTION_TITLES]
        if not any(w in c for w in wanted for c in cited):
            return False
    return True


def score_case(row: Generated) -> dict:
    """The per-case record of results.jsonl: what came back and every metric."""
    case, answer = row.case, row.answer
    titles = [c.title for c in answer.citations]
    expect = case.expect
    answered = answer.status == ANSWERED
    wants_procedure = bool(expect.procedure) and not expect.refuse
    rank = procedure_rank(case, row.retrieved_titles) if wants_procedure else None
    found = facts_found(expect, answer.answer)
    aspects = expected_aspects(case)

    section = None
    if answered and wants_procedure and aspects:
        section = section_hit(aspects, [c.section for c in answer.citations])

    citation_precision = None
    if answered and answer.citations and expect.facts and not expect.refuse:
        alternatives = [comparable(alt) for group in expect.facts for alt in group]
        good = sum(any(re.search(a, comparable(c.quote)) for a in alternatives) for c in answer.citations)
        citation_precision = good / len(answer.citations)

    figure_support = unsupported = None
    if answered:
        names = tuple(str((answer.procedure or {}).get(k) or "") for k in ("title", "short_title", "english_name"))
        missing = unsupported_figures(answer.answer, answer.citations, names)
        stated = figures(answer.answer)
        unsupported = len(missing)
        figure_support = (len(stated) - len(missing)) / len(stated) if stated else None

    language = expected_language(case)
    return {
        "id": case.id,
        "question": case.question,
        "history": case.history,
        "tags": case.tags,
        "expect": expect.model_dump(),
        "passed": passes(case, answer.status, answer.answer, titles),
        "status": answer.status,
        "reason": answer.reason,
        "answer": answer.answer,
        "citations": [c.model_dump() for c in answer.citations],
        "procedure": (answer.procedure or {}).get("title"),
        "retrieved": answer.retrieved,
        "retrieved_titles": row.retrieved_titles,
        "options": answer.options,
        "language": answer.language,
        "metrics": {
            "procedure_cited": procedure_hit(expect, titles) if wants_procedure else None,
            "procedure_rank": rank,
            "hit@1": _hit(rank, 1, wants_procedure),
            "hit@3": _hit(rank, 3, wants_procedure),
            "hit@5": _hit(rank, 5, wants_procedure),
            "rr": (1.0 / (rank + 1) if rank is not None else 0.0) if wants_procedure else None,
            "expected_aspects": aspects,
            "section_hit": section,
            "facts_found": found,
            "fact_recall": sum(found) / len(found) if found and not expect.refuse else None,
            "citation_precision": citation_precision,
            "figure_support": figure_support,
            "unsupported_numbers": unsupported,
            "expected_refuse": expect.refuse,
            "refused": not answered,
            "clarification": answer.status == "clarification",
            "expected_language": language,
            "language_match": answer.language == language,
        },
        "latency_ms": round(row.latency_ms, 1),
        "timings_ms": answer.timings_ms,
    }


def _hit(rank: int | None, k: int, applies: bool) -> bool | None:
    if not applies:
        return None
    return rank is not None and rank < k


def mean(values) -> float:
    """Mean of the values that apply (not None); NaN when none does."""
    kept = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return sum(kept) / len(kept) if kept else NAN


def aggregate(results: list[dict]) -> dict:
    """The headline metrics of a list of per-case results (a whole system, or one tag of it)."""
    m = [r["metrics"] for r in results]
    refused = [x for x in m if x["refused"]]
    expected = [x for x in m if x["expected_refuse"]]
    latencies = [r["latency_ms"] for r in results]
    out = {
        "cases": len(results),
        "passed": sum(bool(r["passed"]) for r in results),
        "pass_rate": mean(r["passed"] for r in results),
        "hit@1": mean(x["hit@1"] for x in m),
        "hit@3": mean(x["hit@3"] for x in m),
        "hit@5": mean(x["hit@5"] for x in m),
        "mrr": mean(x["rr"] for x in m),
        "section_hit": mean(x["section_hit"] for x in m),
        "fact_recall": mean(x["fact_recall"] for x in m),
        "citation_precision": mean(x["citation_precision"] for x in m),
        "figure_support": mean(x["figure_support"] for x in m),
        "unsupported_numbers": mean(x["unsupported_numbers"] for x in m),
        "refusal_precision": sum(x["expected_refuse"] for x in refused) / len(refused) if refused else NAN,
        "refusal_recall": sum(x["refused"] for x in expected) / len(expected) if expected else NAN,
        "clarification_rate": mean(x["clarification"] for x in m),
        "language_match": mean(x["language_match"] for x in m),
        "latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else NAN,
        "latency_p95_ms": float(np.percentile(latencies, 95)) if latencies else NAN,
    }
    for name in JUDGED:
        values = [x.get(name) for x in m]
        if any(v is not None for v in values):
            out[name] = mean(values)
    return out


def summarise(results: list[dict]) -> dict:
    """Overall and per-tag aggregates of one system's results."""
    tags = sorted({t for r in results for t in r["tags"]})
    return {
        "overall": aggregate(results),
        "by_tag": {tag: aggregate([r for r in results if tag in r["tags"]]) for tag in tags},
    }


def is_nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def jsonable(obj):
    """NaN → None, recursively, so JSON files say `null` where a metric does not apply."""
    if isinstance(obj, float):
        return None if math.isnan(obj) else obj
    if isinstance(obj, dict):
        return {k: jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    return obj


def fmt(value, name: str = "") -> str:
    """A metric for a report: percentages for rates, ms for latencies, "n/a" when it does not apply."""
    if is_nan(value):
        return "n/a"
    if name.endswith("_ms"):
        return f"{value:.0f} ms"
    if name in {"unsupported_numbers"}:
        return f"{value:.2f}"
    if name in {"cases", "passed"}:
        return str(int(value))
    return f"{value:.1%}"


def confusions(results: list[dict]) -> list[tuple[str, str, int]]:
    """(expected procedure, procedure ranked first instead, count) for cases whose top retrieved
    procedure was not the expected one: which procedures get confused with which."""
    counts: dict[tuple[str, str], int] = {}
    for r in results:
        if r["metrics"].get("hit@1") is False:
            got = (r.get("retrieved_titles") or ["(nothing retrieved)"])[0]
            key = (r["expect"]["procedure"][0], got)
            counts[key] = counts.get(key, 0) + 1
    return sorted(((e, g, n) for (e, g), n in counts.items()), key=lambda t: (-t[2], t[0], t[1]))


def why_failed(result: dict) -> list[str]:
    """Plain-language reasons a case failed the pass rule, for the failure lists of the reports."""
    expect, m = result["expect"], result["metrics"]
    if expect.get("refuse"):
        return [f"should have declined, but answered (status {result['status']})"]
    reasons = []
    if result["status"] != ANSWERED:
        reasons.append(f"did not answer: status {result['status']} ({result.get('reason') or 'no reason'})")
    if expect.get("procedure") and not m.get("procedure_cited"):
        reasons.append("no citation of the expected procedure (" + " | ".join(expect["procedure"]) + ")")
    for group, found in zip(expect.get("facts", []), m.get("facts_found", [])):
        if not found:
            reasons.append("missing fact: " + " | ".join(group))
    return reasons or ["failed the pass rule"]
