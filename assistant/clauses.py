"""What a question's clauses say about the thing it asks of, beyond the words it shares with a procedure.

Two rules of how Vietnamese asks, each of which tells that the procedure a question reaches by its words
is not what it asks:

- A paper put to another use: "dùng giấy khai sinh để đi máy bay", "đăng ký người phụ thuộc có bắt
  buộc phải có giấy khai sinh". The paper is the means; what is asked is the other thing (flying, a
  tax dependant), which the paper's own procedure does not answer.
- The civil-status event a question names ("khai sinh lưu động") is not the event of the procedure it
  reached ("khai tử lưu động"). An event said not to have happened ("chưa đăng ký kết hôn") is the
  story's condition, not the event asked.

And an event a story tells as done or not done ("đã ly hôn, nay muốn kết hôn lại") names no other
authority's matter (`without_told_events`), nor does what a question puts into a paper ("tích hợp bằng lái
xe vào căn cước": `without_put_in`).
"""
from __future__ import annotations

import re
from typing import Callable

from .aspects import content_words
from .keyword import STOPWORDS
from .lexicon import PROCEDURE_ACTIONS
from .text import fold, tokens

# The acts of getting or changing a paper (folded): a clause that writes one asks for the procedure,
# whatever it goes on to say ("xin cấp lại giấy chứng tử để khai nhận di sản").
_ACTS = re.compile(r"(?<![a-z])(lam|xin|cap|dang ky|trich luc|sao y|chung thuc|sua|"
                   + "|".join(map(re.escape, PROCEDURE_ACTIONS)) + r")(?![a-z])")
# Using a paper, not getting it: "dùng / sử dụng / xuất trình giấy khai sinh để …".
# Not the land-use right ("quyền sử dụng đất"), a thing, not a use.
_USED = re.compile(r"(?<![a-z])(?<!quyen )(?<!quyen su )(dung|su dung|xuat trinh|mang|thay the|thay cho)(?![a-z])")
# A paper, as citizens name one.
_PAPER = re.compile(r"(?<![a-z])(giay|the|so|ban sao|trich luc|can cuoc|cccd|cmnd|chung minh)(?![a-z])")
# "để" opens a purpose clause; only with its diacritics, since "de" is also "đề", "dễ".
PURPOSE_CLAUSE = re.compile(r"(?<!\w)để(?!\w)", re.IGNORECASE)
# What another matter requires: "… có bắt buộc phải có / xuất trình …". With diacritics ("cần", not "căn").
_REQUIRED = re.compile(r"(?<!\w)(bắt buộc|cần|phải)(?: phải)?\s+(có|xuất trình|nộp|dùng|sử dụng|mang theo|mang)(?!\w)",
                       re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.?!;\n]")

# A paper, then what it is for: "giấy kết hôn để làm thủ tục sang tên nhà đất", "giấy ủy quyền cho tôi nhận
# lương hưu" (marked "để": "de" is also "đề", "dễ").
_PAPER_PURPOSE = re.compile(r"((?<!\w)(?:giấy|sổ|thẻ|bản sao|trích lục|căn cước|chứng nhận|xác nhận)(?!\w)[^.?!;\n]{0,40}?)"
                            r"\s+(?:để|cho (?:tôi|em|mình|con|cháu|người nhà|người khác) (?:đi )?(?:nhận|lĩnh|lãnh|làm|nộp|rút))"
                            r"(?!\w)[^.?!;\n]*", re.IGNORECASE)


def without_paper_purposes(text: str) -> str:
    """The text without what each paper in it is for: the paper is what is asked, not its purpose."""
    return _PAPER_PURPOSE.sub(r"\1", text)


def put_to_another_use(own: str, writes_paper: Callable[[str], bool]) -> str | None:
    """The clause naming what a paper is used for or required by, when that is what the question asks
    of the paper (`writes_paper`: whether a text names the procedure's paper); None otherwise."""
    for match in PURPOSE_CLAUSE.finditer(own):
        means, purpose = _clause_before(own, match.start()), _clause_after(own, match.end())
        folded = fold(means)
        # "Căn cước mất thì đến đâu để làm lại" asks in the means clause; its purpose is the procedure's.
        if _USED.search(folded) and _PAPER.search(folded) and not _ACTS.search(folded) and writes_paper(means) \
                and not writes_paper(purpose) and _names_something(purpose):
            return purpose
    for match in _REQUIRED.finditer(own):
        matter, paper = _clause_before(own, match.start()), _clause_after(own, match.end())
        if writes_paper(paper) and _ACTS.search(fold(matter)) and not writes_paper(matter):
            return matter
    return None


# The civil-status and residence events, as procedure names and citizens write them (folded).
CIVIL_EVENTS = {
    "khai sinh": "khai sinh",
    "khai tu": "khai tu",
    "ket hon": "ket hon",
    "ly hon": "ly hon",
    "giam ho": "giam ho",
    "nhan cha me con": r"nhan (cha|me|con)|cha, me, con|cha me con",
    "con nuoi": "con nuoi",
    "tinh trang hon nhan": "tinh trang hon nhan",
    "thuong tru": "thuong tru",
    "tam tru": "tam tru",
    "luu tru": "luu tru",
}
_EVENTS = {event: re.compile(rf"(?<![a-z])({pattern})(?![a-z])") for event, pattern in CIVIL_EVENTS.items()}
# An event said not to have happened: "chưa (đăng ký) kết hôn", "không đăng ký tạm trú".
_NOT_DONE = re.compile(r"(?<![a-z])(chua|khong|chang)( dang ky| lam)?\s*$")


def civil_events(folded: str) -> set[str]:
    """The civil-status events a folded text names as happening or asked, not those it says have not
    happened ("chưa đăng ký kết hôn" is a story's condition)."""
    return {event for event, pattern in _EVENTS.items()
            if any(not _NOT_DONE.search(folded[:match.start()]) for match in pattern.finditer(folded))}


# An event told as done or not done ("đã ly hôn", "sau khi kết hôn", "chưa đăng ký khai sinh"): the
# story's, with its diacritics ("đã", not the "đa" of "đa số").
_TOLD_EVENTS = ("khai sinh", "khai tử", "kết hôn", "ly hôn", "giám hộ", "nhận cha", "nhận con", "nuôi con nuôi",
                "thường trú", "tạm trú")
_TOLD = re.compile(r"(?<!\w)(đã|sau khi|chưa|không)\s+(đăng ký\s+|làm\s+)?(" + "|".join(_TOLD_EVENTS) + r")(?!\w)",
                   re.IGNORECASE)


# What not doing a thing brings, asked in the same sentence ("không đăng ký tạm trú có bị phạt không", "chưa
# làm khai sinh cho con thì có sao không"): the thing not done is what is asked about.
_CONSEQUENCE = re.compile(r"(?<!\w)(bị phạt|phạt|xử phạt|bị xử lý|có sao|làm sao không|vi phạm)(?!\w)", re.IGNORECASE)


def without_told_events(text: str) -> str:
    """The text without the events it tells as done or not done, which are its story, not its question."""
    def told(match: re.Match) -> str:
        rest = re.split(r"[.?!\n]", text[match.end():], maxsplit=1)[0]
        not_done = match.group(1).lower() in {"chưa", "không"}
        return match.group(0) if not_done and _CONSEQUENCE.search(rest) else " "
    return _TOLD.sub(told, text)


# A state the story tells, with the act that brought it about (folded): "chưa được xóa …", "đã bị thu hồi …".
_TOLD_STATE = re.compile(r"(?<![a-z])(chua|da) (duoc|bi) [a-z]+(?: [a-z]+)?")


def without_told_states(folded: str) -> str:
    """The folded text without the states it tells ("chưa được xóa án tích"), which are its case, no act asked."""
    return _TOLD_STATE.sub(" ", folded)


# Putting something into a paper or a record: "tích hợp bằng lái xe, BHYT vào căn cước", "cập nhật thông
# tin con vào VNeID". What is put in is the content; the act and the paper it goes into are what is asked.
_PUT_INTO = re.compile(r"(?<!\w)(tích hợp|tich hop|cập nhật|cap nhat|đưa)\s+(?:(?!\s(?:vào|vao)(?!\w))[^.?!;\n]){1,60}?"
                       r"\s+(vào|vao)(?!\w)", re.IGNORECASE)


def put_into(text: str) -> tuple[str, str] | None:
    """The act of putting something into a paper that the text asks of, folded ("tich hop", "cap nhat"),
    and the clause naming the paper it goes into ("căn cước công dân ở đâu"); None if it puts nothing."""
    match = _PUT_INTO.search(text)
    return (fold(match.group(1)), _clause_after(text, match.end())) if match else None


def without_put_in(text: str) -> str:
    """The text without what it puts into a paper: "tích hợp GPLX vào căn cước" asks of integrating into
    the identity card, not of the driving licence."""
    return _PUT_INTO.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)


def asked_of(text: str) -> str:
    """What a question asks of, for telling another authority's matter from a ward's: without the events
    its story tells and without what it puts into a paper."""
    return without_put_in(without_told_events(text))


def _clause_before(text: str, position: int) -> str:
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, position)]
    return text[(starts[-1] if starts else 0):position].strip()


def _clause_after(text: str, position: int) -> str:
    end = _CLAUSE_END.search(text, position)
    return text[position:end.start() if end else len(text)].strip()


def _names_something(clause: str) -> bool:
    """Whether a clause names something beyond an act: "để đi máy bay" does, "để làm lại" does not."""
    return any(t not in STOPWORDS for t in tokens(content_words(_ACTS.sub(" ", fold(clause)))))
