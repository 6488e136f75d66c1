"""Re-parse the portal's tables, whether flattened by a crawl or kept as rows.

The National Public Service Portal shows "Cách thức thực hiện", "Thành phần hồ sơ" and "Căn cứ pháp lý"
as tables. Crawls and copy-paste glue their cells together ("Trực tuyến7 Ngày làm việc10,000 Việt Nam
Đồng(/trường hợp)Mô tả…"); DOCX and HTML tables arrive as rows of cells joined by " | ". Each parser
accepts both and returns one plain line per item, which is what the composer quotes.
"""
from __future__ import annotations

import re

from assistant.documents import Channel
from assistant.text import fold

CELL = " | "  # how the DOCX and HTML loaders join the cells of a table row
NO_INFO = "Không có thông tin"

MODES = ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính")
_MODE = "|".join(MODES)
_NUMBER = r"\d+(?:[.,]\d+)*"
_TIME = rf"{NO_INFO}|{_NUMBER}(?:\s?(?:Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút))?"
# A fee cell: no information, free, or one or more amounts with their unit, each with an optional note.
_AMOUNT = rf"{_NUMBER}\s?(?:Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD)"
# A row starts where a channel name is glued to a time-limit cell (a digit or "Không có thông tin"):
# "+ Trực tiếp: nộp…" inside a description is followed by a colon and is not a row.
_ROW = re.compile(rf"({_MODE})\s*(?=\d|{NO_INFO})")
_ROW_TIME = re.compile(rf"\s*({_TIME})\s*", re.IGNORECASE)
_FEE_HEAD = re.compile(rf"\s*({NO_INFO}|Miễn phí|Không thu phí|{_AMOUNT})\s*", re.IGNORECASE)
_HEADERS = ("Hình thức nộp", "Thời gian", "Phí, lệ phí", "Mô tả", "Tên giấy tờ", "Mẫu đơn, tờ khai",
            "Số lượng", "Tên văn bản pháp lý", "Mã văn bản")


def squash(text: str) -> str:
    """One line: PDF line breaks and runs of spaces inside a cell mean nothing."""
    return re.sub(r"\s+", " ", text).strip()


def strip_headers(text: str) -> str:
    """Remove the tables' column headers, glued or separated."""
    for header in _HEADERS:
        text = text.replace(header, " ")
    return re.sub(r"(?:\s*\|\s*)+(?=\s*$)", "", text)


def _balanced_note(text: str, start: int) -> int:
    """The end of a parenthesised note opening at `start` (nested parentheses are common)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def money(text: str) -> str:
    """'10,000 Việt Nam Đồng(/trường hợp)' → '10.000 đồng/trường hợp': the corpus's way of writing amounts."""
    def amount(match: re.Match) -> str:
        digits = re.sub(r"[.,]", "", match.group(1))
        unit = "USD" if match.group(2).upper() == "USD" else "đồng"
        return f"{int(digits):,}".replace(",", ".") + f" {unit}"

    text = re.sub(rf"({_NUMBER})\s?(Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD)", amount, text)
    return re.sub(r"(đồng|USD)\s*\(\s*(/[^()]*)\)", r"\1\2", text).strip()


def duration(text: str) -> str:
    """'7 Ngày làm việc' → '7 ngày làm việc'; a bare number keeps its figure and says the unit is missing."""
    text = text.strip()
    if re.fullmatch(_NUMBER, text):
        return f"{text} (cổng không ghi đơn vị)"
    return text[:1] + text[1:].lower() if text != NO_INFO else text


def parse_channels(text: str) -> list[Channel]:
    """Rows of 'Cách thức thực hiện': cell rows first, else the flattened run of cells."""
    rows = [r for r in text.splitlines() if CELL.strip() in r]
    channels = [c for c in (_channel_from_cells(r) for r in rows) if c]
    if channels:
        return channels
    flat = strip_headers(squash(text))
    starts = list(_ROW.finditer(flat))
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(flat)
        channels.append(_channel_from_run(match.group(1), flat[match.end():end]))
    return channels


def _channel_from_cells(row: str) -> Channel | None:
    cells = [c.strip() for c in row.split("|")]
    mode = next((m for m in MODES if fold(cells[0]).startswith(fold(m))), None)
    if mode is None:
        return None
    cells += [""] * 4
    return Channel(mode=mode, time_limit=duration(cells[1]) if cells[1] else "", fee=_fee(cells[2]),
                   description=squash(cells[3]))


def _channel_from_run(mode: str, run: str) -> Channel:
    time_match = _ROW_TIME.match(run)
    time_limit = duration(time_match.group(1)) if time_match else ""
    rest = run[time_match.end():] if time_match else run
    fee_parts: list[str] = []
    while True:
        head = _FEE_HEAD.match(rest)
        if head:
            fee_parts.append(head.group(1))
            rest = rest[head.end():]
        if rest.startswith("("):
            end = _balanced_note(rest, 0)
            fee_parts.append(rest[:end])
            rest = rest[end:]
        elif not head:
            break
    return Channel(mode=mode, time_limit=time_limit, fee=_fee("".join(fee_parts)), description=squash(rest))


def _fee(text: str) -> str:
    text = squash(text)
    if not text:
        return ""
    # "Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân…)": the portal shows "free" where the
    # amount is left to the province, so the note is kept beside it rather than dropped.
    text = re.sub(r"\)\s*(?=\S)", ") ", text)
    return money(text.replace("Miễn phí(", "Miễn phí (").replace(f"{NO_INFO}(", f"{NO_INFO} ("))


# --- Thành phần hồ sơ ---------------------------------------------------------------------------

# A paper's count, glued to its name in the crawl ("…khai sinh1 bản chính") or written in brackets by
# staff ("… theo mẫu NVH-01 (1 bản chính)."): the brackets and the full stop belong to the count.
_COUNTED = r"\d+\s*bản chính(?:\s*,\s*\d+\s*bản sao)?|\d+\s*bản sao"
_COUNT = re.compile(rf"\(\s*({_COUNTED})\s*\)\.?|({_COUNTED})")
_FORM_FILE = re.compile(r"[\w\-. ()]*?\.(?:docx?|pdf|xlsx?|rtf)\b$", re.IGNORECASE)
_GROUP = re.compile(r"(\*[^*:]{3,120}:|Trường hợp[^:]{3,160}:)\s*")


def parse_documents(text: str) -> list[str]:
    """One line per paper: 'Name (mẫu: form.doc) (1 bản chính).'; group headings kept as their own line."""
    rows = [r for r in text.splitlines() if CELL.strip() in r]
    if rows:
        return [line for line in (_document_from_cells(r) for r in rows) if line]
    flat = strip_headers(squash(text)).lstrip("- ").strip()
    if not _COUNT.search(flat):
        return _lines(text)
    items: list[str] = []
    position = 0
    for match in _COUNT.finditer(flat):
        name = flat[position:match.start()].lstrip(" .").strip(" -;")  # ". " after a bare count ends the last paper
        position = match.end()
        for group in _GROUP.finditer(name):
            if group.start() == 0:
                items.append(group.group(1).strip("* ").strip())
                name = name[group.end():]
                break
        if name:
            items.append(_document_line(name, "", match.group(1) or match.group(2)))
    tail = flat[position:].lstrip(" .").strip(" -;")
    if tail:
        items.append(tail)
    return items


def _document_from_cells(row: str) -> str:
    cells = [c.strip() for c in row.split("|")]
    if len(cells) > 1 and _ROW_NUMBER.match(cells[0]):
        return _numbered_document(cells[1:])
    cells += ["", ""]
    if not cells[0] or fold(cells[0]).startswith("ten giay to"):
        return ""
    return _document_line(cells[0], cells[1], cells[2])


# A ward's own table of papers numbers its rows ("STT | Tên giấy tờ | Số lượng | Ghi chú") and orders its
# columns as it likes: after the name, a cell is the count ("01 bản chính", "Xuất trình"), the form
# ("Mẫu CT01", "…doc") or a note ("Không cần chứng thực nếu …"), by what it says.
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVX]{1,4})[.)]?$")
_COUNT_CELL = re.compile(rf"^\(?\s*(?:{_COUNTED}|\d{{1,2}}(?:\s*(?:bản|bộ))?|bản (?:chính|sao)\b.{{0,40}}"
                         rf"|xuất trình\b.{{0,40}})\s*\)?\.?$", re.IGNORECASE)
_FORM_CELL = re.compile(r"^(?:mẫu\b|tờ khai\b)|\.(?:docx?|pdf|xlsx?|rtf)$", re.IGNORECASE)


def _numbered_document(cells: list[str]) -> str:
    name, rest = cells[0], [cell for cell in cells[1:] if cell]
    if not name:
        return ""
    count = next((cell for cell in rest if _COUNT_CELL.match(cell)), "")
    form = next((cell for cell in rest if cell != count and _FORM_CELL.search(cell)), "")
    notes = [cell.rstrip(".") for cell in rest if cell not in (count, form)]
    count = f"{count} bản" if count.isdigit() else count
    line = _document_line(name, form, count)
    return f"{line[:-1]}: {'; '.join(notes)}." if notes else line


def _split_form_file(name: str) -> tuple[str, str]:
    """(form file, paper name) when the form's file name is glued to the name: '…(mẫu NA17)101-Mau A17.doc'."""
    match = re.search(r"[^()]*\.(?:docx?|pdf|xlsx?|rtf)$", name, re.IGNORECASE)
    if not match:
        return "", name
    start = match.start()
    if start == 0 or name[start - 1] != ")":
        # Glued after a word: the file name begins where a lower-case letter meets a capital or digit.
        junction = next((i for i in range(start + 1, match.end())
                         if name[i - 1].islower() and (name[i].isupper() or name[i].isdigit())), None)
        if junction is None:
            return "", name
        start = junction
    return name[start:].strip(), name[:start]


def _document_line(name: str, form: str, count: str) -> str:
    if not form:
        form, name = _split_form_file(name)
    name = name.strip().rstrip(";.")
    line = name
    if form:
        line += f" (mẫu: {form.strip()})"
    if count:
        line += f" ({squash(count)})"
    return line + "."


# --- Căn cứ pháp lý -----------------------------------------------------------------------------

_CODE_HEAD = re.compile(r"\d{1,4}/\d{4}")


def _code_end(text: str, start: int) -> int:
    """Where a legal code starting at `start` ends: '123/2015/NĐ-CP', '60/2014/QH13', '24/2024'.

    Cells are glued, so the letters stop before an upper-case letter that begins a word ('…/TT-BTC'
    + 'Thông tư…'), and digits follow only 'QH' (two of them), so '…/QH13' + '60/2014/QH13' splits.
    """
    end = _CODE_HEAD.match(text, start).end()
    if end >= len(text) or text[end] != "/":
        return end
    i = end + 1
    while i < len(text):
        ch = text[i]
        if ch.isupper() and not (i + 1 < len(text) and text[i + 1].islower()):
            i += 1
        elif ch == "-" and i + 1 < len(text) and text[i + 1].isupper():
            i += 1
        else:
            break
    if i == end + 1:
        return end
    if text[i - 2:i] == "QH" and text[i:i + 2].isdigit():
        i += 2
    return i


def parse_legal_basis(text: str) -> list[str]:
    """One instrument per line: 'Name (code)'; the code only once when the name already holds it."""
    rows = [r for r in text.splitlines() if CELL.strip() in r]
    if rows:
        items = []
        for row in rows:
            cells = [c.strip() for c in row.split("|")] + [""]
            if cells[0] and not fold(cells[0]).startswith("ten van ban"):
                items.append(_instrument(cells[0], cells[1]))
        return items
    flat = strip_headers(squash(text))
    items, position, search = [], 0, 0
    while True:
        match = _CODE_HEAD.search(flat, search)
        if not match:
            break
        end = _code_end(flat, match.start())
        before = flat[match.start() - 1] if match.start() else " "
        after = flat[end] if end < len(flat) else ""
        # The "Mã văn bản" cell is glued to the name before it and to the next name after it.
        # A digit before it is glued only after a year or a 'QH13' ('…ngày 29/6/2024' + '43/2024/QH15').
        glued = before not in " (/" and (not before.isdigit() or re.search(r"(?:QH\d{2}|/\d{4})$", flat[:match.start()]))
        if glued and (not after or after.isupper() or after == " ") and match.start() > position:
            items.append(_instrument(flat[position:match.start()], flat[match.start():end]))
            position = end
        search = end if end > match.start() else match.end()
    tail = flat[position:].strip()
    if tail:
        items.extend(_lines(tail) if not items else [tail])
    return items


def _instrument(name: str, code: str) -> str:
    name, code = squash(name).rstrip(" .;,"), code.strip()
    if not code or code in name:
        return name
    return f"{name} ({code})"


# --- Trình tự and other free text ---------------------------------------------------------------

def parse_steps(text: str) -> list[str]:
    """'Bước 1: …Bước 2: …' and line-separated steps, one per line."""
    text = re.sub(r"\s*(?=Bước\s*\d+\s*[:.])", "\n", text)
    return _lines(text)


def _lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = squash(line).lstrip("-–—+*•\t ").strip()
        if line and fold(line) != fold(NO_INFO):
            out.append(line)
    return out


def free_lines(text: str) -> list[str]:
    """The non-empty lines of a free-text field, without the portal's 'Không có thông tin'."""
    return _lines(text)


def fee_lines(channels: list[Channel]) -> list[str]:
    """The fee section of a portal record, one sentence per distinct fee, said with its channels."""
    return _per_channel(channels, "fee", "Phí, lệ phí")


def time_lines(channels: list[Channel]) -> list[str]:
    """The time-limit section, one sentence per distinct time limit, said with its channels."""
    return _per_channel(channels, "time_limit", "Thời hạn giải quyết")


def _per_channel(channels: list[Channel], attribute: str, label: str) -> list[str]:
    by_value: dict[str, list[str]] = {}
    for channel in channels:
        value = getattr(channel, attribute)
        if value and not fold(value).startswith(fold(NO_INFO)):
            by_value.setdefault(value, []).append(channel.mode.lower())
    lines = []
    for value, modes in by_value.items():
        modes_text = ", ".join(dict.fromkeys(modes))
        lines.append(f"{label} khi nộp {modes_text}: {value}.".replace("..", "."))
    return lines


def summary_of(lines: list[str]) -> str:
    """The value part of the first per-channel line, for fee_summary / time_limit."""
    return lines[0].split(": ", 1)[-1].rstrip(".") if lines else ""


def channel_line(channel: Channel) -> str:
    """One line of the channels section."""
    parts = [channel.mode]
    details = []
    if channel.time_limit and channel.time_limit != NO_INFO:
        details.append(f"thời hạn {channel.time_limit}")
    if channel.fee and not channel.fee.startswith(NO_INFO):
        details.append(f"phí, lệ phí: {channel.fee}")
    if channel.description:
        details.append(channel.description.rstrip(". "))
    return f"{parts[0]}: " + "; ".join(details) + "." if details else f"{parts[0]}."
