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

The weights belong to one embedder (the vector space they were fitted in); with another embedder the
model stays silent and the router alone decides.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("models") / "not_a_question.json"


@dataclass(frozen=True, eq=False)  # an array field: compared by identity
class IntentModel:
    embedder: str
    weights: np.ndarray
    bias: float
    threshold: float  # the probability from which a message is refused (see the training script)

    def log_odds(self, vector: np.ndarray) -> float:
        return float(np.dot(self.weights, vector)) + self.bias

    def probability(self, vector: np.ndarray) -> float:
        """The probability that the message is not a question about a procedure."""
        return float(1.0 / (1.0 + np.exp(-np.clip(self.log_odds(vector), -500, 500))))

    def refuses(self, vector: np.ndarray | None, embedder: str) -> bool:
        if vector is None or embedder != self.embedder or vector.shape != self.weights.shape:
            return False
        # Compared as log-odds: no exp() to overflow, whatever the weights.
        return self.log_odds(vector) >= math.log(self.threshold / (1 - self.threshold))

    def to_json(self, **about) -> str:
        return json.dumps({"embedder": self.embedder, "threshold": self.threshold, "bias": self.bias,
                           "weights": [round(float(w), 6) for w in self.weights], **about}, ensure_ascii=False, indent=1)


@lru_cache(maxsize=4)
def load_intent_model(path: Path = MODEL_PATH) -> IntentModel | None:
    """The shipped model, or None when there is none (a checkout that never trained one)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return IntentModel(embedder=data["embedder"], weights=np.asarray(data["weights"], dtype=np.float32),
                       bias=float(data["bias"]), threshold=float(data["threshold"]))


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
