"""Running a golden set through an assistant inside the tests, by the pass rule of docs/contracts.md."""
from __future__ import annotations

from assistant.verify import unsupported_figures
from evals.golden import passes


def run_cases(assistant, cases) -> dict[str, bool]:
    """Each case's verdict; every figure of every answer must be found in its citations."""
    verdicts = {}
    for case in cases:
        answer = assistant.ask(case.question, case.history)
        verdicts[case.id] = passes(case, answer.status, answer.answer, [c.title for c in answer.citations])
        if answer.status == "answered":
            card = answer.procedure or {}
            names = (card.get("title", ""), card.get("short_title", ""), card.get("english_name") or "")
            assert not unsupported_figures(answer.answer, answer.citations, names), case.id
    return verdicts


def rate(verdicts: dict[str, bool], ids: list[str]) -> float:
    return sum(verdicts[i] for i in ids) / len(ids)
