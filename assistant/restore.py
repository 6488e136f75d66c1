"""Put diacritics back into a question typed without them.

The dense model ranks "phi chung thuc chu ky" far below "phí chứng thực chữ ký" (the right procedure
fell to rank 4-249 in a test here); restoring brought most such questions to rank 0-1.

Each syllable typed without marks could be several words ("toi" is tôi, tội, tới, tối). The choice is
the likeliest sequence (Viterbi over adjacent pairs; a corpus phrase of three words adds to its pair's
reward along the best path, an approximation of a second-order model):
- how often everyday Vietnamese writes each word (a syllable frequency list shipped in
  `data/vi-syllable-frequency.tsv`) mixed with how often the corpus does: "tôi có", not the "tội cố"
  of the corpus's "tội cố ý"; a letter's "chăm lo", "đứa cháu", "vì vậy" are everyday words the
  procedures rarely write;
- the corpus's own phrases: two or three syllables the corpus writes together that way are rewarded,
  so "tam tru" is "tạm trú" and not "tâm trụ", "chung thuc" is "chứng thực".
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from .lexicon import COUNTRY_NAMES, QUESTION_WORDS, SPELLED_AS, spelled_as_keys
from .text import WORD, data_lines, fold, has_diacritics, words

MAX_N = 3
FREQUENCY_PATH = Path(__file__).with_name("data") / "vi-syllable-frequency.tsv"
PLACES_PATH = Path(__file__).with_name("data") / "vi-place-names.tsv"
# How many times a place's name counts as written, against the corpus's own phrases.
PLACE_WEIGHT = 3

# How much a word's everyday frequency counts against the corpus's, in choosing among a syllable's forms.
EVERYDAY_SHARE = 0.7
# The reward (in log-probability) for two adjacent words the corpus writes together that way, and for
# a third: enough for a phrase of the domain ("tạm trú") to beat everyday words ("tâm trụ"), not enough
# for a rare phrase ("tội cố") to beat the commonest words of the language ("tôi có").
PAIR_REWARD = 3.0
TRIPLE_REWARD = 1.5
# Masked personal data (text.mask_personal_data) is written with marks by us, not by the citizen.
PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}\]")
QUESTION_PHRASES = {key: form for key, form in QUESTION_WORDS.items() if " " in key}
# A form neither the corpus nor the frequency list knows well still has this probability.
FLOOR = 1e-4


class DiacriticsRestorer:
    def __init__(self, table: Mapping[str, str], forms: Mapping[str, dict[str, float]]) -> None:
        self.table = table  # folded n-gram -> the corpus's most frequent written form
        self.forms = forms  # folded syllable -> {written form: probability} (see `_forms`)

    @classmethod
    def build(cls, texts: Iterable[str]) -> "DiacriticsRestorer":
        written: Counter = Counter()
        for text in texts:
            ws = [w.lower() for w in words(text)]
            for n in range(1, MAX_N + 1):
                for i in range(len(ws) - n + 1):
                    written[" ".join(ws[i : i + n])] += 1
        for name in place_names():
            # a place's name is a phrase of the language, whatever the corpus holds ("Lạng Sơn", "Hàn Quốc")
            ws = [w.lower() for w in words(name)]
            for n in range(2, min(MAX_N, len(ws)) + 1):
                for i in range(len(ws) - n + 1):
                    written[" ".join(ws[i : i + n])] += PLACE_WEIGHT
        counts: dict[str, Counter] = defaultdict(Counter)
        for gram, count in written.items():  # each distinct n-gram folded once (first-seen order kept)
            counts[fold(gram)][gram] += count
        table = {k: c.most_common(1)[0][0] for k, c in counts.items()}
        table.update(QUESTION_WORDS)  # question words the documents never use
        single = Counter({gram: n for gram, n in written.items() if " " not in gram})
        single.update({form: 1 for key, form in QUESTION_WORDS.items() if " " not in key})
        return cls(table, _forms(single))

    def restore(self, text: str) -> str:
        """The text with each word typed without marks written with them, everything else as typed:
        punctuation, numbers, a capital first letter, a word no list knows ("iPhone"), abbreviations
        typed in capitals ("CA", "UBND") unless the whole message is, and the placeholders of masked
        personal data ("[số điện thoại]"). A text written with marks is returned as it stands."""
        if not typed_without_diacritics(text):
            return text
        hidden = {i for m in PLACEHOLDER.finditer(text) for i in range(m.start(), m.end())}
        spans = [m for m in WORD.finditer(text) if not m.group(0)[0].isdigit() and m.start() not in hidden]
        if not spans:
            return text
        shouted = all(m.group(0).isupper() for m in spans)
        typed_words = [m.group(0).lower() for m in spans]
        restored = self._unguessed(typed_words, self._likeliest(typed_words))
        pieces, end = [], 0
        for match, word in zip(spans, restored):
            typed = match.group(0)
            if word == typed.lower() or (typed.isupper() and len(typed) > 1 and not shouted):
                word = typed
            elif typed[0].isupper() and not shouted:
                word = word[:1].upper() + word[1:]
            pieces += [text[end:match.start()], word]
            end = match.end()
        return "".join(pieces) + text[end:]

    def _unguessed(self, typed: list[str], restored: list[str]) -> list[str]:
        """`restored`, with a lexicon key that is also other words (`SPELLED_AS`: "so do" is sổ đỏ or sơ
        đồ) left as typed, so that it reads as the lexicon's phrase as it did before marks were put
        back; unless a phrase of the corpus writes the guess with a word beside it ("nhan ho so" is the
        corpus's "nhận hồ sơ")."""
        keys = [fold(word) for word in typed]
        written = list(restored)
        for start, end, key in spelled_as_keys(keys):
            if " ".join(restored[start:end]) in SPELLED_AS[key]:
                continue
            joined = any(0 <= a and b <= len(keys) and self.table.get(" ".join(keys[a:b])) == " ".join(restored[a:b])
                         for a, b in ((start - 1, end), (start, end + 1)))
            if not joined:
                written[start:end] = typed[start:end]
        return written

    def _likeliest(self, typed: list[str]) -> list[str]:
        keys = [fold(word) for word in typed]
        options = [self._options(word, key) for word, key in zip(typed, keys)]
        # The curated phrases of asking ("bao nhiêu", "mất bao lâu") are written as listed.
        i = 0
        while i < len(keys):
            n = next((n for n in range(MAX_N, 1, -1) if i + n <= len(keys) and " ".join(keys[i:i + n]) in QUESTION_PHRASES), 1)
            if n > 1:
                for j, form in enumerate(QUESTION_PHRASES[" ".join(keys[i:i + n])].split()):
                    options[i + j] = {form: 0.0}
            i += n
        # best[i][form] = (score, the path's previous form) over paths ending in `form` at word i
        best: list[dict[str, tuple[float, str | None]]] = [{f: (p, None) for f, p in options[0].items()}]
        for i in range(1, len(typed)):
            pair_key = f"{keys[i - 1]} {keys[i]}"
            triple_key = f"{keys[i - 2]} {pair_key}" if i >= 2 else ""
            row: dict[str, tuple[float, str | None]] = {}
            for form, emission in options[i].items():
                row[form] = max((score + emission + self._reward(pair_key, triple_key, before, previous, form), previous)
                                for previous, (score, before) in best[-1].items())
            best.append(row)
        form = max(best[-1], key=lambda f: best[-1][f][0])
        path = [form]
        for i in range(len(typed) - 1, 0, -1):
            form = best[i][form][1]
            path.append(form)
        return path[::-1]

    def _reward(self, pair_key: str, triple_key: str, before: str | None, previous: str, form: str) -> float:
        """The corpus's reward for writing `previous form` (after `before`) as these words."""
        pair = f"{previous} {form}"
        if self.table.get(pair_key) != pair:
            return 0.0
        if before is not None and triple_key and self.table.get(triple_key) == f"{before} {pair}":
            return PAIR_REWARD + TRIPLE_REWARD
        return PAIR_REWARD

    def _options(self, word: str, key: str) -> dict[str, float]:
        """Each written form a syllable typed without marks may stand for, with its log-probability;
        a number or a word no list knows stays as typed."""
        known = self.forms.get(key)
        if not known and key in self.table:
            known = {self.table[key]: 1.0}
        if not known:
            return {word: 0.0}
        return {form: math.log(max(p, FLOOR)) for form, p in known.items()}


def _forms(corpus: Counter) -> dict[str, dict[str, float]]:
    """folded syllable -> {form: probability}, everyday frequency and corpus frequency mixed."""
    everyday = everyday_frequencies()
    by_key: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for form, count in corpus.items():
        by_key[fold(form)][form][1] += count
    for form, frequency in everyday.items():
        by_key[fold(form)][form][0] += frequency
    forms: dict[str, dict[str, float]] = {}
    for key, candidates in by_key.items():
        everyday_total = sum(e for e, _ in candidates.values()) or 1.0
        corpus_total = sum(c for _, c in candidates.values()) or 1.0
        share = EVERYDAY_SHARE if any(e for e, _ in candidates.values()) else 0.0
        corpus_share = 1.0 - share if any(c for _, c in candidates.values()) else 0.0
        norm = (share + corpus_share) or 1.0
        forms[key] = {form: (share * e / everyday_total + corpus_share * c / corpus_total) / norm
                      for form, (e, c) in candidates.items()}
    return forms


@lru_cache(maxsize=1)
def everyday_frequencies() -> dict[str, float]:
    """Written syllable -> how often everyday text writes it (the shipped list; empty if missing)."""
    frequencies: dict[str, float] = {}
    for line in data_lines(FREQUENCY_PATH):
        word, _, count = line.partition("\t")
        if count.strip():
            frequencies[word] = float(count)
    return frequencies


def typed_without_diacritics(text: str) -> bool:
    """Whether the citizen typed the text without marks (the placeholders we mask data with aside)."""
    return not has_diacritics(PLACEHOLDER.sub(" ", text))


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Vietnam's provinces and cities (the shipped list), and the countries' Vietnamese names, as written."""
    return tuple(data_lines(PLACES_PATH)) + COUNTRY_NAMES
