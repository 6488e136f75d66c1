"""Put diacritics back into a question typed without them, using the corpus's own word n-grams.

The dense model ranks "phi chung thuc chu ky" far below "phí chứng thực chữ ký" (the right procedure
fell to rank 4-249 in a test here); restoring from the corpus brought most such questions to rank 0-1.
Longest n-gram first, so "tam tru" becomes "tạm trú" and not "tâm trụ".
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from .lexicon import QUESTION_WORDS
from .text import fold, has_diacritics, words

MAX_N = 3


class DiacriticsRestorer:
    def __init__(self, table: dict[str, str]) -> None:
        self.table = table  # folded n-gram -> most frequent written form

    @classmethod
    def build(cls, texts: Iterable[str]) -> "DiacriticsRestorer":
        written: Counter = Counter()
        for text in texts:
            ws = [w.lower() for w in words(text)]
            for n in range(1, MAX_N + 1):
                for i in range(len(ws) - n + 1):
                    written[" ".join(ws[i : i + n])] += 1
        counts: dict[str, Counter] = defaultdict(Counter)
        for gram, count in written.items():  # each distinct n-gram folded once (first-seen order kept)
            counts[fold(gram)][gram] += count
        table = {k: c.most_common(1)[0][0] for k, c in counts.items()}
        table.update(QUESTION_WORDS)  # question words the documents never use
        return cls(table)

    def restore(self, text: str) -> str:
        """The text with diacritics restored where it had none; unchanged if it already has them."""
        if has_diacritics(text):
            return text
        ws = words(text)
        out: list[str] = []
        i = 0
        while i < len(ws):
            for n in range(min(MAX_N, len(ws) - i), 0, -1):
                gram = fold(" ".join(ws[i : i + n]))
                if gram in self.table and (n > 1 or len(gram) > 1):
                    out.append(self.table[gram])
                    i += n
                    break
            else:
                out.append(ws[i])
                i += 1
        return " ".join(out)
