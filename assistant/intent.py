"""Whether a message asks about a procedure at all, read from its embedding.

The router's word lists catch the requests it has words for ("lót tay", "làm giả", "mã hồ sơ"); the
same request in other words ("chi thêm cho anh cán bộ", "sửa giúp năm sinh để con đi học sớm") reaches a
procedure by similarity alone. A logistic model over the question's embedding, trained on labelled
messages (scripts/train_intent.py), reads the request as a whole: bribes and forgeries, politics and
abuse, one's own dossier, chit-chat. It is no scope check: which procedures exist is the
index's business, so refusals for "not a ward procedure" are left out of its training, and the
pipeline consults it only for a message the router did not doubt (a doubted one the index confirmed,
such as a complaint once a ward ingested the procedure for complaints, is answered) and not when the
citizen's own words name the procedure.

Beside the embedding it reads the message's words (folded syllables and pairs of them, those the
training messages use at least a few times): "khai man", "tẩy xóa", "ghi lùi" say a forgery in any
sentence, and a sentence's embedding alone generalised poorly to forgeries worded afresh (held-out
recall 80% → 87% at the same precision, scripts/train_intent.py).

The weights belong to one embedder (the vector space they were fitted in); with another embedder the
model stays silent and the router alone decides.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from .text import fold, tokens

MODEL_PATH = Path(__file__).with_name("models") / "not_a_question.json"


# Word features enter beside an embedding's (unit-length, 384 small components) at this weight.
TERM_SCALE = 0.2


def message_terms(text: str) -> set[str]:
    """A message's words for the model: folded syllables and adjacent pairs ("khai man", "lot tay")."""
    syllables = tokens(fold(text))
    return set(syllables) | {f"{a} {b}" for a, b in zip(syllables, syllables[1:])}


@dataclass(frozen=True, eq=False)  # an array field: compared by identity
class IntentModel:
    embedder: str
    weights: np.ndarray  # one per embedding dimension, then one per term
    bias: float
    threshold: float  # the probability from which a message is refused (see the training script)
    terms: tuple[str, ...] = ()

    @property
    def dimensions(self) -> int:
        return len(self.weights) - len(self.terms)

    @cached_property
    def _term_positions(self) -> dict[str, int]:
        return {term: i for i, term in enumerate(self.terms)}

    def features(self, vector: np.ndarray, text: str = "") -> np.ndarray:
        """The embedding, then TERM_SCALE for each of the model's terms the message writes."""
        words = np.zeros(len(self.terms), dtype=np.float32)
        # The message's few terms looked up, not the model's thousands scanned (a per-question path).
        words[[i for term in message_terms(text) if (i := self._term_positions.get(term)) is not None]] = TERM_SCALE
        return np.concatenate([np.asarray(vector, dtype=np.float32), words])

    def log_odds(self, vector: np.ndarray, text: str = "") -> float:
        return float(np.dot(self.weights, self.features(vector, text))) + self.bias

    def probability(self, vector: np.ndarray, text: str = "") -> float:
        """The probability that the message is not a question about a procedure."""
        return float(1.0 / (1.0 + np.exp(-np.clip(self.log_odds(vector, text), -500, 500))))

    def refuses(self, vector: np.ndarray | None, embedder: str, text: str = "", topic: np.ndarray | None = None) -> bool:
        """Whether to refuse the message. `topic`: the embedding of the procedure it reached (its
        profile). Fitted on one corpus's questions, the model reads that corpus's topics as questions
        and some others as refusals by themselves (none of the 136 shipped procedures' profiles, but 25
        of 81 pages on social insurance, farm projects and cooperatives a ward ingested): a topic the
        model refuses on its own is not held against a message about it, only what the message adds.
        (Both log-odds carry the bias, which then cancels: the message is judged by w·(message − topic).)"""
        if vector is None or embedder != self.embedder or vector.shape != (self.dimensions,):
            return False
        odds = self.log_odds(vector, text)
        if topic is not None and topic.shape == (self.dimensions,):
            odds -= max(0.0, self.log_odds(topic))
        # Compared as log-odds: no exp() to overflow, whatever the weights.
        return odds >= math.log(self.threshold / (1 - self.threshold))

    def to_json(self, **about) -> str:
        return json.dumps({"embedder": self.embedder, "threshold": self.threshold, "bias": self.bias,
                           "terms": list(self.terms), "weights": [round(float(w), 6) for w in self.weights], **about},
                          ensure_ascii=False, indent=1)


@lru_cache(maxsize=4)
def load_intent_model(path: Path = MODEL_PATH) -> IntentModel | None:
    """The shipped model, or None when there is none (a checkout that never trained one)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return IntentModel(embedder=data["embedder"], weights=np.asarray(data["weights"], dtype=np.float32),
                       bias=float(data["bias"]), threshold=float(data["threshold"]), terms=tuple(data.get("terms", ())))


def fit_logistic(x: np.ndarray, y: np.ndarray, strength: float, iterations: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method, classes weighted to equal total weight
    (refusals are the smaller class). `strength` is the inverse of the penalty, as scikit-learn's C."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))]).astype(np.float64)
    positives = max(1, int(y.sum()))
    sample_weight = np.where(y == 1, n / (2 * positives), n / (2 * max(1, n - positives)))
    penalty = np.full(d + 1, 1.0 / strength)
    penalty[-1] = 0.0  # the bias is not shrunk
    theta = np.zeros(d + 1)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-design @ theta))
        gradient = design.T @ (sample_weight * (p - y)) + penalty * theta
        hessian = (design * (sample_weight * p * (1 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1].astype(np.float32), float(theta[-1])
