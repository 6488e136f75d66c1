"""Notes on the national record itself, left out of what a citizen reads.

The corpus says where it read each figure and where the portal's record is incomplete ("3 ngày làm
việc (cổng chỉ ghi số 3)", "… ; hồ sơ quốc gia để trống mục cơ quan thực hiện", 'Mục "Cơ quan thực hiện"
… ghi "Không có thông tin"'), so that staff can audit it against the record. A citizen asked where to
go or how long it takes needs the office and the days; those notes made a plain "at the ward" read as
doubtful. A note goes only where the line states what the note qualifies: a unit the portal lost goes
when the line gives the number with its unit; a blank field goes beside the office the line names.
The citation still quotes the whole passage, and a note that is the only answer ("hồ sơ quốc gia không
ghi thời hạn") is not one of these.
"""
from __future__ import annotations

import re

_RECORD = r"(?:Cổng Dịch vụ công quốc gia|cổng|hồ sơ quốc gia)"
# "(cổng chỉ ghi số 3)", "; Cổng Dịch vụ công quốc gia chỉ ghi con số “1” cho cả ba kênh, không kèm đơn vị"
_LOST_UNIT = re.compile(
    rf"\s*(?:\(\s*{_RECORD}(?: chỉ)? ghi (?:con )?(?:số )?[“\"]?(?P<inner>\d+)[”\"]?(?: cho cả ba kênh)?"
    rf"(?:,? (?:không kèm|mất) đơn vị)?\s*\)"
    rf"|[;,]\s*{_RECORD}(?: chỉ)? ghi (?:con )?(?:số )?[“\"]?(?P<clause>\d+)[”\"]?(?: cho cả ba kênh)?,?"
    rf" (?:không kèm|mất) đơn vị(?: cho cả ba kênh)?)", re.IGNORECASE)
_BLANK_FIELD = re.compile(r"\s*[;,]\s*hồ sơ quốc gia để trống mục cơ quan thực hiện[^;.]*", re.IGNORECASE)
# Whole lines about the record's fields, beside lines that name the office.
_NOTE_LINE = re.compile(r'^(?:Mục "Cơ quan thực hiện" trên Cổng Dịch vụ công quốc gia ghi "Không có thông tin"'
                        r"|Cơ quan phối hợp theo hồ sơ quốc gia\b)", re.IGNORECASE)


def for_citizens(items: list[str]) -> list[str]:
    """The quoted lines without the notes on the record; a line that is all note goes only when
    another line is left."""
    kept = [_without_notes(item) for item in items if not _NOTE_LINE.match(item)]
    return kept or [_without_notes(item) for item in items]


def _without_notes(item: str) -> str:
    def lost_unit(match: re.Match) -> str:
        number = match.group("inner") or match.group("clause")
        rest = item[:match.start()] + item[match.end():]
        stated = re.search(rf"(?<!\d)0?{number} (?:ngày|giờ|tháng|năm)", rest) or \
            (number == "1" and re.search(r"trong (?:ngày|buổi)", rest, re.IGNORECASE))
        return "" if stated else match.group(0)

    return _BLANK_FIELD.sub("", _LOST_UNIT.sub(lost_unit, item))
