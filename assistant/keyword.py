"""Accent-insensitive keyword scoring of procedures.

Scores are *coverage*, bounded in [0, 1]: the idf-weighted share of the question's terms that a
procedure contains. Unlike raw BM25 or rank fusion, a question whose words the corpus does not know
(an English question, say) gets low scores everywhere, so keyword evidence cannot outvote the dense
model when it has nothing to say. Terms are folded syllables and syllable bigrams, so "tam tru" and
"tạm trú" match and "tạm trú" does not match "thường trú".
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

from .documents import Procedure
from .text import tokens

# Filler words of questions; they identify no procedure.
STOPWORDS = frozenset(
    "a à ạ ah oi ơi cho em anh chi chị toi tôi minh mình ban bạn hoi hỏi la là thi thì vay vậy "
    "the thế nao nào gi gì co có khong không duoc được can cần lam làm sao o ở dau đâu khi nào "
    "nhe nhé voi với va và cua của de để phai phải muon muốn xin biet biết giup giúp thu tuc "
    "bao nhieu lau may mấy nhu như nhung những cac các mot một".split()
)
STOPWORDS = frozenset(tokens(" ".join(STOPWORDS)))


def terms(text: str) -> tuple[list[str], list[str]]:
    """Unigrams (without fillers) and bigrams (of adjacent non-filler syllables) of a text."""
    toks = tokens(text)
    unigrams = [t for t in toks if t not in STOPWORDS]
    bigrams = [
        f"{a} {b}" for a, b in zip(toks, toks[1:]) if a not in STOPWORDS and b not in STOPWORDS
    ]
    return unigrams, bigrams


@dataclass
class _Field:
    postings: dict[str, np.ndarray]
    idf: dict[str, float]

    @classmethod
    def build(cls, texts: list[str]) -> "_Field":
        docs: dict[str, set[int]] = defaultdict(set)
        for index, text in enumerate(texts):
            unigrams, bigrams = terms(text)
            for term in set(unigrams) | set(bigrams):
                docs[term].add(index)
        n = max(len(texts), 1)
        return cls(
            postings={t: np.fromiter(sorted(ix), dtype=np.int64) for t, ix in docs.items()},
            idf={t: math.log(1 + n / len(ix)) for t, ix in docs.items()},
        )

    def coverage(self, unigrams: list[str], bigrams: list[str], size: int, unknown_idf: float) -> np.ndarray:
        scores = np.zeros(size, dtype=np.float32)
        total = 0.0
        for term in dict.fromkeys(unigrams):
            weight = self.idf.get(term, unknown_idf)
            total += weight
            if term in self.postings:
                np.add.at(scores, self.postings[term], weight)
        for term in dict.fromkeys(bigrams):
            if term in self.postings:  # an unknown bigram is no evidence either way
                weight = self.idf[term]
                total += weight
                np.add.at(scores, self.postings[term], weight)
        return scores / total if total > 0 else scores


@dataclass
class KeywordIndex:
    ids: list[str]
    names: _Field  # title, short title, aliases, code: what a procedure is called
    body: _Field  # everything else it says
    name_terms: list[list[set[str]]]  # per procedure, the term set of each of its names
    name_idf: dict[str, float]
    vocabulary: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def build(cls, procedures: Iterable[Procedure]) -> "KeywordIndex":
        procedures = list(procedures)
        name_lists = [[p.title, p.short_title, *p.aliases] for p in procedures]
        names = _Field.build([" ; ".join(n for n in ns if n) + f" {p.code}" for ns, p in zip(name_lists, procedures)])
        body = _Field.build([_body_text(p) for p in procedures])
        name_terms = [[_term_set(n) for n in ns if n] for ns in name_lists]
        vocabulary = frozenset(t for t in names.idf if " " not in t) | frozenset(t for t in body.idf if " " not in t)
        return cls([p.id for p in procedures], names, body, name_terms, names.idf, vocabulary)

    def scores(self, question: str) -> dict[str, np.ndarray]:
        """Per procedure (in `ids` order): name coverage, body coverage, and name precision."""
        unigrams, bigrams = terms(question)
        size = len(self.ids)
        unknown = math.log(1 + max(size, 1))
        query = set(unigrams) | set(bigrams)
        precision = np.zeros(size, dtype=np.float32)
        for index, name_sets in enumerate(self.name_terms):
            best = 0.0
            for name in name_sets:
                mass = sum(self.name_idf.get(t, 0.0) for t in name)
                if mass > 0:
                    best = max(best, sum(self.name_idf.get(t, 0.0) for t in name & query) / mass)
            precision[index] = best
        return {
            "names": self.names.coverage(unigrams, bigrams, size, unknown),
            "body": self.body.coverage(unigrams, bigrams, size, unknown),
            "precision": precision,
        }


def _term_set(text: str) -> set[str]:
    unigrams, bigrams = terms(text)
    return set(unigrams) | set(bigrams)


def _body_text(procedure: Procedure) -> str:
    return " \n ".join([procedure.summary, *(s.text for s in procedure.sections)])
