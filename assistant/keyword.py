"""Accent-insensitive keyword scoring of procedures.

Scores are *coverage*, bounded in [0, 1]: the idf-weighted share of the question's terms that a
procedure contains. Unlike raw BM25 or rank fusion, a question whose words the corpus does not know
(an English question, say) gets low scores everywhere, so keyword evidence cannot outvote the dense
model when it has nothing to say. Terms are folded syllables and syllable bigrams, so "tam tru" and
"tạm trú" match and "tạm trú" does not match "thường trú".
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from .documents import Procedure
from .lexicon import ABBREVIATIONS
from .text import fold, has_diacritics, strip_tones, tokens, words

# Filler words of questions; they identify no procedure.
STOPWORDS = frozenset(
    "a à ạ ah oi ơi cho em anh chi chị toi tôi minh mình ban bạn hoi hỏi la là thi thì vay vậy "
    "the thế nao nào gi gì co có khong không duoc được can cần lam làm sao o ở dau đâu khi nào "
    "nhe nhé voi với va và cua của de để phai phải muon muốn xin biet biết giup giúp thu tuc "
    "bao nhieu lau may mấy nhu như nhung những cac các mot một "
    # chat shorthand: được, không, gì, với, như thế nào, admin
    "dc đc ko k kh hok j vs ntn ad".split()
)
STOPWORDS = frozenset(tokens(" ".join(STOPWORDS)))
# Vietnamese that questions use and documents do not: fillers ("xin", "ở đâu") and abbreviations
# ("GKS", "CCCD"). Language detection needs them: "xin ban sao GKS o dau" once read as English.
QUESTION_WORDS_VI = STOPWORDS | frozenset(ABBREVIATIONS)


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
        # A posting list holds each document once, so a fancy-index add equals np.add.at (which
        # adds in float64 and rounds to float32, as this does with a float64 weight), only faster.
        for term in dict.fromkeys(unigrams):
            weight = self.idf.get(term, unknown_idf)
            total += weight
            if term in self.postings:
                scores[self.postings[term]] += np.float64(weight)
        for term in dict.fromkeys(bigrams):
            if term in self.postings:  # an unknown bigram is no evidence either way
                weight = self.idf[term]
                total += weight
                scores[self.postings[term]] += np.float64(weight)
        return scores / total if total > 0 else scores


@dataclass
class KeywordIndex:
    ids: list[str]
    names: _Field  # title, short title, aliases, code: what a procedure is called
    body: _Field  # everything else it says
    name_terms: list[list[set[str]]]  # per procedure, the term set of each of its names
    name_pairs: list[list[set[str]]]  # and the pairs of adjacent words of each, as written
    name_idf: dict[str, float]
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    # Name precision, vectorised (derived from name_terms and name_idf in __post_init__): every name
    # of every procedure in one flat array, its idf mass, and per term the names that contain it.
    _name_mass: np.ndarray = field(init=False, repr=False, compare=False)
    _name_postings: dict[str, np.ndarray] = field(init=False, repr=False, compare=False)
    _name_starts: np.ndarray = field(init=False, repr=False, compare=False)  # first flat name of each procedure with names
    _named: np.ndarray = field(init=False, repr=False, compare=False)  # those procedures
    _margin: float = field(init=False, repr=False, compare=False)
    _position: dict[str, int] = field(init=False, repr=False, compare=False)  # a procedure id's place in `ids`

    def __post_init__(self) -> None:
        self._position = {procedure_id: i for i, procedure_id in enumerate(self.ids)}
        masses: list[float] = []
        postings: dict[str, list[int]] = defaultdict(list)
        starts: list[int] = []
        named: list[int] = []
        for index, name_sets in enumerate(self.name_terms):
            if name_sets:
                starts.append(len(masses))
                named.append(index)
            for name in name_sets:
                for term in name:
                    if self.name_idf.get(term, 0.0):
                        postings[term].append(len(masses))
                # The same sum, in the same order, as the per-question loop of `_precision_of`.
                masses.append(sum(self.name_idf.get(t, 0.0) for t in name))
        self._name_mass = np.asarray(masses, dtype=np.float64)
        self._name_postings = {t: np.asarray(ix, dtype=np.int64) for t, ix in postings.items()}
        self._name_starts = np.asarray(starts, dtype=np.int64)
        self._named = np.asarray(named, dtype=np.int64)
        # Two float64 sums of the same n positive terms, in different orders, differ by less than
        # 2n·2⁻⁵³ relative; the margin is 1e-12 (a float32 step is ~1e-7) or more for huge names.
        longest = max((len(name) for name_sets in self.name_terms for name in name_sets), default=0)
        self._margin = max(1e-12, 8 * (longest + 1) * 2.0**-53)

    @classmethod
    def build(cls, procedures: Iterable[Procedure]) -> "KeywordIndex":
        procedures = list(procedures)
        cores, cases = distinct_cores(procedures), distinct_cases(procedures)
        name_lists = [[p.title, p.short_title, *p.aliases, spelled_out(p.title), core_name(p.title), cores.get(p.id, ""),
                       cases.get(p.id, "")] for p in procedures]
        names = _Field.build([" ; ".join(n for n in ns if n) + f" {p.code}" for ns, p in zip(name_lists, procedures)])
        body = _Field.build([_body_text(p) for p in procedures])
        name_terms = [[_term_set(n) for n in ns if n] for ns in name_lists]
        name_pairs = [[_pairs(n) for n in ns if n] for ns in name_lists]
        vocabulary = frozenset(t for t in names.idf if " " not in t) | frozenset(t for t in body.idf if " " not in t)
        return cls([p.id for p in procedures], names, body, name_terms, name_pairs, names.idf, vocabulary)

    def scores(self, question: str) -> dict[str, np.ndarray]:
        """Per procedure (in `ids` order): name coverage, body coverage, and name precision."""
        unigrams, bigrams = terms(question)
        size = len(self.ids)
        unknown = math.log(1 + max(size, 1))
        query = set(unigrams) | set(bigrams)
        return {
            "names": self.names.coverage(unigrams, bigrams, size, unknown),
            "body": self.body.coverage(unigrams, bigrams, size, unknown),
            "precision": self._precision(query, size),
        }

    def _precision(self, query: set[str], size: int) -> np.ndarray:
        """Per procedure, the best share of one of its names' idf mass that the question covers.

        Vectorised over all names at once; equal, bit for bit, to `_precision_of` for every
        procedure: the float64 sums differ from the loop's only in summation order (a few ulps), so
        a procedure is recomputed by the loop whenever such a difference could change its float32.
        """
        shared = np.zeros(len(self._name_mass), dtype=np.float64)
        for term in query:
            names = self._name_postings.get(term)
            if names is not None:
                shared[names] += self.name_idf[term]  # each name once per term
        share = np.divide(shared, self._name_mass, out=np.zeros_like(shared), where=self._name_mass > 0)
        precision = np.zeros(size, dtype=np.float32)
        if len(self._named):
            best = np.maximum.reduceat(share, self._name_starts)
            precision[self._named] = best
            # Where rounding to float32 is the same all across best·(1 ± margin), the loop's float32
            # is that one too (see __post_init__); elsewhere (rare) the loop decides.
            margin = self._margin
            close = (best * (1 - margin)).astype(np.float32) != (best * (1 + margin)).astype(np.float32)
            for index in self._named[close]:
                precision[index] = self._precision_of(int(index), query)
        return precision

    def _precision_of(self, index: int, query: set[str], written: set[str] | None = None) -> float:
        """The name precision of one procedure, by the plain loop; with `written` (the question's
        pairs of adjacent words), only of the names it writes two words of together."""
        best = 0.0
        unmarked = {pair for pair in written if not has_diacritics(pair)} if written is not None else set()
        for name, pairs in zip(self.name_terms[index], self.name_pairs[index]):
            mass = sum(self.name_idf.get(t, 0.0) for t in name)
            if mass > 0 and (written is None or not pairs or _writes_one_of(pairs, written, unmarked)):
                best = max(best, sum(self.name_idf.get(t, 0.0) for t in name & query) / mass)
        return best

    def holds(self, procedure_id: str) -> bool:
        return procedure_id in self._position

    def phrase_precision(self, procedure_id: str, content: str, question: str) -> float:
        """The name precision of one procedure (from the question's `content` words) counting only the
        names `question` writes as a phrase, two of their words together: a letter's scattered "đội",
        "họ", "còn" do not write "đổi họ cho con", nor "ý thức" the "sao y" of a certified copy."""
        return self._precision_of(self._position[procedure_id], _term_set(content), _pairs(question))


# Where the portal's long titles stop naming the procedure and start saying how or where it is done:
# "Đăng ký xe tạm thời | thực hiện bằng dịch vụ công trực tuyến một phần … tại cấp trung ương, cấp
# tỉnh, cấp xã", "Trình báo mất hộ chiếu phổ thông | (thực hiện tại cấp huyện)", "Thu gom rác thải
# cồng kềnh | trên địa bàn phường".
_TITLE_TAIL = re.compile(r"\s+(?:thực hiện (?:bằng|tại|qua)|bằng dịch vụ công|\(thực hiện|tại cấp (?:xã|huyện|tỉnh)|trên địa bàn)\b"
                         r"|\s*[;(]", re.IGNORECASE)


def core_name(title: str) -> str:
    """What a long portal title names, without how or where it is done; "" when it is all name.
    A name a citizen's question can cover, where the whole title would drown it."""
    return _before(_TITLE_TAIL, title)


def _before(pattern: re.Pattern, title: str) -> str:
    """The title up to where `pattern` first matches, if that leaves a name of two words or more."""
    match = pattern.search(title)
    core = title[:match.start()].strip(" ,.-") if match else ""
    return core if len(core.split()) >= 2 else ""


# Where a portal title goes on to say for whom or in which case: "Ghi nợ tiền sử dụng đất | của hộ gia
# đình, cá nhân trong trường hợp được bố trí tái định cư", "Cấp giấy thông hành … | cho công dân Việt Nam
# thường trú tại …".
_TITLE_CASE = re.compile(r"\s+(?:đối với|trong trường hợp|của hộ gia đình|của công dân|cho công dân|cho người|theo quy định)\b",
                         re.IGNORECASE)


# Where a title goes on to cite its legal basis: "… theo Nghị định số 14/2020/NĐ-CP".
_LEGAL_TAIL = re.compile(r"\s+theo (?:quy định|nghị định|quyết định|thông tư|luật)\b.*$", re.IGNORECASE)
# Words of a title's case that say whom in general, not which case: "hộ gia đình, cá nhân", "công dân
# Việt Nam", "(thực hiện tại cấp xã)".
_WHOEVER = frozenset(tokens("công dân Việt Nam hộ gia đình cá nhân cộng đồng dân cư người gốc định cư ở nước ngoài tổ chức "
                            "trường hợp thực hiện tại cấp xã huyện tỉnh trung ương các và có của được đã"))


def distinct_cores(procedures: Iterable[Procedure]) -> dict[str, str]:
    """Per procedure id, its title up to where it says for whom or in which case, when that beginning
    tells it apart in this index: no other title starts with it. "Ghi nợ tiền sử dụng đất" names the
    one procedure of its kind; "Đăng ký khai sinh" (of "… cho người đã có hồ sơ, giấy tờ cá nhân")
    names several, and the case is then what tells them apart."""
    return _distinct(procedures, _core_of, lambda part, title: title.startswith(part))


def distinct_cases(procedures: Iterable[Procedure]) -> dict[str, str]:
    """Per procedure id, the case its title names after its act ("Giải quyết hưởng trợ cấp đối với |
    nhà giáo đã nghỉ hưu chưa được hưởng chế độ phụ cấp thâm niên trong lương hưu"), when no other
    title writes it: a citizen names such a procedure by the case, the act being generic."""
    return _distinct(procedures, _case_of, lambda part, title: part in title)


def _core_of(title: str) -> str:
    return _before(_TITLE_CASE, title)


def _case_of(title: str) -> str:
    match = _TITLE_CASE.search(title)
    case = _LEGAL_TAIL.sub("", title[match.end():]).strip(" ,.-") if match else ""
    return case if len(set(tokens(case)) - _WHOEVER) >= 3 else ""


def _distinct(procedures: Iterable[Procedure], part_of: Callable[[str], str],
              written_in: Callable[[str, str], bool]) -> dict[str, str]:
    """Per procedure id, the part of its title `part_of` reads, kept when no other (folded) title
    has it written in it the way `written_in` says."""
    procedures = list(procedures)
    titles = [(p.id, fold(p.title)) for p in procedures]
    parts = {p.id: (part, fold(part)) for p in procedures if (part := part_of(p.title))}
    return {pid: part for pid, (part, folded) in parts.items()
            if not any(other != pid and written_in(folded, title) for other, title in titles)}


def spelled_out(title: str) -> str:
    """The title with its capitalised abbreviations written out ("nghỉ DSPHSK sau ốm đau, thai sản,
    TNLĐ" → "nghỉ dưỡng sức phục hồi sức khỏe … tai nạn lao động"), so a citizen's words reach it;
    "" when it has none."""
    def expand(match: re.Match) -> str:
        return ABBREVIATIONS.get(fold(match.group(0)), match.group(0))

    written = re.sub(r"\b[A-ZĐ]{2,}\b", expand, title)
    return written if written != title else ""


def _pairs(text: str) -> set[str]:
    """Pairs of adjacent words of a text, fillers included (a name is written as it stands), tone
    marks stripped but letters kept: a mistyped tone is the same word, "đời chủ" is no "đổi chủ"."""
    written = [strip_tones(word) for word in words(text)]
    return {f"{a} {b}" for a, b in zip(written, written[1:])}


def _writes_one_of(name_pairs: set[str], written: set[str], unmarked: set[str]) -> bool:
    """Whether a question's pairs (`_pairs`) write one of a name's: as they are, or typed without marks
    (`unmarked`, those of its pairs without diacritics, found once per question)."""
    return bool(name_pairs & written) or any(fold(pair) in unmarked for pair in name_pairs)


def _term_set(text: str) -> set[str]:
    unigrams, bigrams = terms(text)
    return set(unigrams) | set(bigrams)


def _body_text(procedure: Procedure) -> str:
    return " \n ".join([procedure.summary, *(s.text for s in procedure.sections)])
