"""Train the intent model (assistant/intent.py): is a message a question about a procedure at all?

    .venv/bin/ward-assistant ingest          # the query vectors are the pipeline's own
    .venv/bin/python scripts/train_intent.py   # writes assistant/models/not_a_question.json

Labelled messages: the whole dev set and the *tuning* halves of the real and unseen sets (the test
halves are never read). A case that must be refused is a positive unless it is tagged `scope` or the
router sends it to a soft route the index decides (a complaint, another agency's matter): "this is
not a ward procedure" depends on what the index holds, which the model must not learn. Every case
to be answered is a negative.

The penalty is chosen by 5-fold cross-validated log-loss; the threshold is the lowest probability at
which the cross-validated refusals are still at least PRECISION right (few questions wrongly refused
matter more than many refusals caught). Prints the figures; never the messages.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.intent import MODEL_PATH, IntentModel, fit_logistic, message_terms  # noqa: E402
from assistant.pipeline import Assistant, Context  # noqa: E402
from assistant.router import route  # noqa: E402
from assistant.settings import get_settings  # noqa: E402
from assistant.text import nfc  # noqa: E402

SOURCES = (("evals/datasets/dev.jsonl", None), ("evals/datasets/real.jsonl", "tune"),
           ("evals/datasets/unseen.jsonl", "tune"), ("evals/datasets/coverage.jsonl", "tune"))
# Soft routes whose topic a ward may ingest a procedure for (complaints, other agencies' matters):
# refused or answered by what the index holds, so no lesson for the model.
INDEX_DECIDES = {"complaint", "other_authority", "abroad"}
EXAMPLES = MODEL_PATH.with_name("intent-examples.jsonl")
STRENGTHS = (1.0, 3.0, 10.0, 30.0, 100.0)
# A word the model may read must be written by at least this many training messages.
MIN_TERM_MESSAGES = 3
PRECISION = 0.95
FOLDS = 5
SEED = 0


def labelled_cases() -> list[tuple[dict, int]]:
    cases = [({"question": example["text"]}, int(example["refuse"])) for example in read_examples()]
    for path, half in SOURCES:
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            tags = case.get("tags") or []
            if half is not None and half not in tags:
                continue
            refuse = bool((case.get("expect") or {}).get("refuse"))
            if refuse and ("scope" in tags or route(case["question"]) in INDEX_DECIDES):
                continue
            cases.append((case, int(refuse)))
    return cases


def read_examples() -> list[dict]:
    """Messages written to teach the kinds of request the sets have few of (a bribe, a forgery, a
    look-up of one's own dossier, chit-chat), and legitimate questions that sound like them."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_message(assistant: Assistant, case: dict) -> tuple[np.ndarray, str]:
    """The dense query the pipeline embeds for this message (masked, injection dropped, follow-up
    rewritten), whether or not its router would stop it first, and the text whose words the model reads."""
    context = Context(question=nfc(case["question"]).strip(), history=case.get("history") or [])
    context.snapshot = assistant.index.current()
    for stage in (assistant.normalise, assistant.route, assistant.rewrite, assistant.retrieve):
        stage(context)
        context.answer = None
    return context.vector, context.masked


def vocabulary(texts: list[str]) -> tuple[str, ...]:
    """The terms at least MIN_TERM_MESSAGES of the training messages write: rarer ones would be learnt
    by heart."""
    counts = Counter(term for text in texts for term in message_terms(text))
    return tuple(sorted(term for term, n in counts.items() if n >= MIN_TERM_MESSAGES))


def design(vectors: list[np.ndarray], texts: list[str], terms: tuple[str, ...]) -> np.ndarray:
    probe = IntentModel(embedder="", weights=np.zeros(0), bias=0.0, threshold=0.5, terms=terms)
    return np.stack([probe.features(v, t) for v, t in zip(vectors, texts)]).astype(np.float64)


def folds(y: np.ndarray) -> np.ndarray:
    """A fold number per case, each class spread evenly over the folds."""
    rng = np.random.default_rng(SEED)
    fold = np.empty(len(y), dtype=int)
    for label in (0, 1):
        members = rng.permutation(np.flatnonzero(y == label))
        fold[members] = np.arange(len(members)) % FOLDS
    return fold


def cross_validated(x: np.ndarray, y: np.ndarray, strength: float) -> np.ndarray:
    fold = folds(y)
    probability = np.empty(len(y))
    for k in range(FOLDS):
        weights, bias = fit_logistic(x[fold != k], y[fold != k], strength)
        probability[fold == k] = 1 / (1 + np.exp(-(x[fold == k] @ weights + bias)))
    return probability


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    positives, negatives = p[y == 1], p[y == 0]
    pairs_above = (positives[:, None] > negatives[None, :]).mean()
    return float(pairs_above + 0.5 * (positives[:, None] == negatives[None, :]).mean())


def lowest_precise_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float, float] | None:
    """(threshold, precision, recall) of the lowest threshold whose refusals are PRECISION right."""
    for threshold in np.arange(0.5, 0.995, 0.01):
        chosen = p >= threshold
        if chosen.sum() and y[chosen].mean() >= PRECISION:
            return round(float(threshold), 2), float(y[chosen].mean()), float(chosen[y == 1].mean())
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    options = parser.parse_args()
    settings = get_settings()
    assistant = Assistant(settings)
    cases = labelled_cases()
    print(f"{len(cases)} labelled messages, {sum(label for _, label in cases)} to refuse; embedding them…", flush=True)
    vectors, texts = zip(*(read_message(assistant, case) for case, _ in cases))
    terms = vocabulary(list(texts))
    x = design(list(vectors), list(texts), terms)
    y = np.array([label for _, label in cases], dtype=float)
    best = None
    for strength in STRENGTHS:
        p = cross_validated(x, y, strength)
        loss = log_loss(y, p)
        print(f"C={strength:<5g} cross-validated log-loss {loss:.3f}, AUC {auc(y, p):.3f}")
        if best is None or loss < best[1]:
            best = (strength, loss, p)
    strength, loss, p = best
    found = lowest_precise_threshold(y, p)
    if found is None:
        sys.exit(f"no threshold reaches a precision of {PRECISION}; nothing written")
    threshold, precision, recall = found
    weights, bias = fit_logistic(x, y, strength)
    model = IntentModel(embedder=assistant.embedder.name, weights=weights, bias=bias, threshold=threshold, terms=terms)
    about = {"trained_on": [f"{path} ({half or 'all'})" for path, half in SOURCES] + [str(EXAMPLES.relative_to(ROOT))],
             "messages": len(y), "term_count": len(terms),
             "refusals": int(y.sum()), "C": strength, "cv_log_loss": round(loss, 4), "cv_auc": round(auc(y, p), 4),
             "cv_precision": round(precision, 4), "cv_recall": round(recall, 4)}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(model.to_json(**about) + "\n", encoding="utf-8")
    print(f"C={strength:g}, threshold {threshold}: cross-validated precision {precision:.1%}, recall {recall:.1%}")
    print(f"wrote {options.out}")


if __name__ == "__main__":
    main()
