"""Recognise procedures in the text of a PDF, Word file, web page or plain text file.

Loaders hand over :class:`Block` s (a paragraph, a line or a table row, with its page and heading
level). The recogniser finds the procedure's name ("Tên thủ tục" or the first heading), its code, and
its parts by their portal headings, written as a heading, as a line of their own, as "Label: value",
as a two-cell table row "Label | value", or glued to their value as in a crawled portal page
("Mã thủ tục1.000253"). A new "Tên thủ tục" or top-level heading after a procedure's parts starts
the next procedure, so a file holding several is split into them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.documents import SECTIONS, Procedure
from assistant.errors import DocumentError
from assistant.text import fold, nfc

from .build import Draft, build

# The portal's labels that are not sections, and extra spellings of section labels.
FIELD_LABELS: dict[str, str] = {
    "ten thu tuc": "title",
    "ma thu tuc": "code",
    "so quyet dinh": "decision",
    "cap thuc hien": "level",
    "linh vuc": "field",
    "loai thu tuc": "skip",
    "co quan duoc uy quyen": "skip",
    "co quan phoi hop": "skip",
    "thu tuc hanh chinh lien quan": "skip",
    "dia chi tiep nhan hs": "agency",
    "dia chi tiep nhan ho so": "agency",
    "phi le phi": "fee",
    "nguon": "url",
    "url": "url",
    "duong dan": "url",
}
_LABELS: list[tuple[str, str]] = sorted(
    [(name, key) for key, (_, names) in SECTIONS.items() for name in names] + list(FIELD_LABELS.items()),
    key=lambda item: -len(item[0]),
)
_FIELD_KINDS = {"title", "code", "decision", "level", "field", "skip", "url"}
_URL = re.compile(r"https?://[^\s\"'<>|]+")
# Column headers of the portal's tables, never cut out of a glued line as labels.
_COLUMN_HEADERS = {"phi, le phi", "phi le phi", "hinh thuc nop", "le phi"}
_BULLET = re.compile(r"^\s*(?:[IVX]+\.\s+|\d+(?:\.\d+)*[.)]\s+|[-*•#]+\s*)")


@dataclass
class Block:
    text: str
    page: int | None = None
    level: int = 0  # 1-6 for a heading (DOCX style, HTML h1-h6), 0 for body text


def match_label(line: str) -> tuple[str, str] | None:
    """(kind, value) when a line starts with a portal label: a section key or a FIELD_LABELS kind."""
    bullet = _BULLET.match(line)
    text = line[bullet.end():] if bullet else line
    folded = fold(text)
    for name, kind in _LABELS:
        if not folded.startswith(name):
            continue
        after = text[len(name):]
        stripped = after.strip()
        words = len(name.split())
        if not stripped or stripped in {":", "|", "-", "–"}:
            return kind, ""
        if stripped[0] in ":|":
            return kind, stripped[1:].strip()
        if after[0] == " ":
            # "Tên thủ tục Khai sinh": a space is a separator only after a long label and before a value
            # that starts like one; "Phí chứng thực là…" is prose.
            needed = 2 if kind in _FIELD_KINDS else 3
            if words >= needed and (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "+-*•"):
                return kind, stripped
            return None
        if words >= 2 and not after[0].islower():
            return kind, stripped
        return None
    return None


def unglue(text: str) -> str:
    """Put each label of a crawled portal page ('…Mã thủ tục1.000253Số quyết định…') on its own line."""
    folded = fold(text)
    cuts: set[int] = set()
    for name, _ in _LABELS:
        if len(name.split()) < 2 or name in _COLUMN_HEADERS:
            continue
        for match in re.finditer(re.escape(name), folded):
            start, end = match.start(), match.end()  # fold() keeps NFC text's length
            glued_before = start > 0 and not text[start - 1].isspace()
            glued_after = end < len(text) and not text[end].isspace() and not text[end].islower()
            if text[start].isupper() and (glued_before and not (end < len(text) and text[end].islower()) or glued_after):
                cuts.add(start)
    if len(cuts) < 3:  # a label or two glued in prose is more likely a typo than a crawled page
        return text
    pieces, last = [], 0
    for cut in sorted(cuts):
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return "\n".join(pieces)


def recognise(blocks: list[Block], source: str) -> list[Procedure]:
    """The procedures the blocks describe (a guide when no procedure part is found)."""
    drafts: list[Draft] = []
    current = Draft()
    target: str | None = None  # where body lines go: a section key, a field, "summary" or "skip"
    in_table = False  # inside the portal's "Cách thức thực hiện" table, whose cells repeat labels
    for block in blocks:
        for line in unglue(nfc(block.text)).splitlines():
            line = line.strip()
            if not line:
                continue
            label = match_label(line) if len(line) < 4000 else None
            if label and target == "channels" and not block.level and label[0] in _TABLE_LABELS:
                # A PDF prints the table's header ("Phí, lệ phí Mô tả") and its descriptions ("- Thời
                # hạn giải quyết: + …") as lines that look like section labels: they are cells.
                in_table = in_table or _opens_table(label[1]) or "hinh thuc nop" in fold(" ".join(current.sections.get("channels", [])))
                if in_table:
                    target = _append(current, target, line, block.page)
                    continue
            if label:
                in_table = False
                kind, value = label
                if kind == "title" and current.has_content:
                    drafts.append(current)
                    current = Draft()
                target = _start(current, kind, value, block.page)
                continue
            if block.level:
                if block.level == 1 and current.has_content:
                    drafts.append(current)
                    current = Draft()
                if not current.title and not current.sections:
                    current.title = current.heading = line
                    target = "summary"
                else:
                    target = f"heading:{line}"
                continue
            if not current.title and target is None:
                current.title = current.heading = line[:300]
                target = "title"  # a wrapped name goes on on a line in lower case (see `_append`)
                continue
            target = _append(current, target, line, block.page)
    drafts.append(current)
    procedures = [build(d, source) for d in drafts if d.title and (d.sections or d.others or d.summary or d.code)]
    if not procedures:
        raise DocumentError("no procedure text found")
    return procedures


# Labels that the channels table repeats in its header row and in its description cells.
_TABLE_LABELS = {"fee", "time_limit", "channels"}
_TABLE_HEADERS = {"mo ta", "phi, le phi", "phi le phi", "thoi han giai quyet", "hinh thuc nop"}


def _opens_table(value: str) -> bool:
    """A label whose value is another column header, or a description's "+ …" item."""
    folded = fold(value).strip(" :")
    return folded in _TABLE_HEADERS or value.startswith("+") or any(folded.startswith(h + " ") for h in _TABLE_HEADERS)


def _start(draft: Draft, kind: str, value: str, page: int | None) -> str | None:
    if kind == "title":
        # "title" either way: a name wrapped over lines (a PDF's long portal name) goes on on a line
        # that starts in lower case, which `_append` joins; the next capitalised line is the summary.
        draft.title = value
        return "title"
    if kind in {"code", "decision", "level", "field"}:
        setattr(draft, kind, value)
        return "summary" if value else kind
    if kind == "skip":
        return "skip"
    if kind == "url":
        found = _URL.search(value)
        draft.source_url = draft.source_url or (found.group(0).rstrip(".,;)") if found else None)
        return "summary" if found else "skip"
    if value:
        draft.add(kind, value, page)
    else:
        draft.pages.setdefault(kind, page)
        draft.sections.setdefault(kind, [])
    return kind


def _append(draft: Draft, target: str | None, line: str, page: int | None) -> str | None:
    """File a body line under the current target; returns the target for the next line."""
    if target in {None, "skip"}:
        return target
    if target == "title":
        if draft.title and not line[0].islower():
            draft.summary.append(line)
            return "summary"
        draft.title = f"{draft.title} {line}".strip()
        return target
    if target in {"code", "decision", "level", "field"}:
        if getattr(draft, target):
            draft.summary.append(line)
            return "summary"
        setattr(draft, target, line)
        return target
    if target == "summary":
        draft.summary.append(line)
    elif target.startswith("heading:"):
        draft.add(target[len("heading:"):], line, page)
    else:
        draft.add(target, line, page)
    return target
