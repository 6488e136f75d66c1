"""The one place the API asks the assistant: run the pipeline, log what happened (masked), and keep
unanswered and refused questions for staff. Both `/api/ask` and `/api/chat` go through :func:`answer_question`."""
from __future__ import annotations

import logging

from assistant.answer import Answer
from assistant.text import mask_personal_data

log = logging.getLogger("ward.api")
# Kept for staff: what the index lacks, and what was refused (a refusal of a fair question is a bug).
UNANSWERED = ("not_found", "out_of_scope")


def answer_question(state, question: str, history: list[dict]) -> Answer:
    answer = state.assistant.ask(question, history)
    stats = getattr(state, "stats", None)  # a city deployment (api/wards.py): logged and counted per ward
    log.info(
        "answered status=%s reason=%s total_ms=%s question=%r%s",
        answer.status, answer.reason, answer.timings_ms.get("total"), mask_personal_data(question)[:200],
        f" ward={state.ward}" if stats is not None else "",
    )
    if stats is not None:
        stats.count(state.ward, "question", answer.status)
    if answer.status in UNANSWERED:
        try:
            state.unanswered.add(question, answer.reason, answer.status)
        except Exception:  # the citizen's answer matters more than the staff's list
            log.exception("could not record an unanswered question")
    return answer
