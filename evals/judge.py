"""Optional judged metrics: faithfulness, answer relevance, completeness of document lists.

They run only when an OpenAI-compatible endpoint is configured (`OPENAI_BASE_URL`) and a judge model
is named (`--judge MODEL`); otherwise the report says they were not run, and no number pretends to
be one. The judge sees the question, the cited passages and the answer, and returns JSON scores in
[0, 1]; a reply it cannot parse counts as an error for that case (NaN), never as a 0.
"""
from __future__ import annotations

import json
import os
import re

from .metrics import ANSWERED

PROMPT = """You grade an answer given by a ward's administrative-procedure assistant in Vietnam.
Question: {question}

Cited passages (the only admissible evidence):
{passages}

Answer:
{answer}

Return only a JSON object with numbers between 0 and 1:
- "faithfulness": share of the answer's statements supported by the cited passages;
- "relevance": how directly the answer addresses the question;
- "completeness": {completeness}
"""
COMPLETENESS_DOCS = ("if the question asks which documents/papers are needed: share of the documents listed in the "
                     "passages' dossier section that the answer includes; otherwise null")
_JSON = re.compile(r"\{.*\}", re.DOTALL)


def not_run_reason(model: str | None) -> str | None:
    """Why the judge cannot run, or None when it can."""
    if not model:
        return "not run: no judge model given (--judge MODEL)"
    if not os.environ.get("OPENAI_BASE_URL"):
        return "not run: OPENAI_BASE_URL is not set"
    return None


class Judge:
    def __init__(self, model: str, client=None, timeout_s: float = 60.0) -> None:
        self.model = model
        if client is None:
            from openai import OpenAI

            client = OpenAI(base_url=os.environ["OPENAI_BASE_URL"], api_key=os.environ.get("OPENAI_API_KEY", "not-needed"),
                            timeout=timeout_s, max_retries=1)
        self.client = client

    def grade(self, result: dict) -> dict:
        passages = "\n\n".join(f"[{i}] {c['title']} — {c['section']}\n{c['quote'][:3000]}"
                               for i, c in enumerate(result["citations"], 1))
        asks_documents = "documents" in result["metrics"].get("expected_aspects", [])
        prompt = PROMPT.format(question=result["question"], passages=passages or "(none)", answer=result["answer"][:6000],
                               completeness=COMPLETENESS_DOCS if asks_documents else "null")
        reply = self.client.chat.completions.create(
            model=self.model, temperature=0, messages=[{"role": "user", "content": prompt}],
        )
        scores = _parse(reply.choices[0].message.content or "")
        if not asks_documents:
            scores["completeness"] = None
        return scores


def _parse(text: str) -> dict:
    match = _JSON.search(text)
    if not match:
        raise ValueError(f"no JSON object in the judge's reply: {text[:200]!r}")
    raw = json.loads(match.group(0))
    out = {}
    for key in ("faithfulness", "relevance", "completeness"):
        value = raw.get(key)
        out[key] = min(max(float(value), 0.0), 1.0) if isinstance(value, (int, float)) else None
    return out


def judge_results(results_by_system: dict[str, list[dict]], model: str | None, client=None) -> dict:
    """Add judged scores to the answered cases' metrics, in place; returns what happened for the report."""
    reason = not_run_reason(model) if client is None else None
    if reason:
        return {"run": False, "reason": reason}
    judge = Judge(model, client)
    judged = errors = 0
    for results in results_by_system.values():
        for result in results:
            if result["status"] != ANSWERED:
                continue
            try:
                result["metrics"].update(judge.grade(result))
                judged += 1
            except Exception as exc:  # one bad reply or timeout must not lose the run
                result["metrics"]["judge_error"] = f"{type(exc).__name__}: {exc}"[:300]
                errors += 1
    return {"run": True, "model": model, "base_url": os.environ.get("OPENAI_BASE_URL"), "judged": judged, "errors": errors}
