"""Recognise procedures in the text of a PDF, Word file, web page or plain text file.

Loaders hand over :class:`Block` s (a paragraph, a line or a table row, with its page and heading
level). The recogniser finds the procedure's name ("Tên thủ tục" or the first heading), its code, and
its parts by their portal headings, written as a heading, as a line of their own, as "Label: value",
as a two-cell table row "Label | value", or glued to their value as in a crawled portal page
("Mã thủ tục1.000253"). A new "Tên thủ tục" or top-level heading after a procedure's parts starts
the next procedure, so a file holding several is split into them.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from assistant.documents import SECTIONS, Procedure
from assistant.errors import DocumentError
from assistant.text import fold, nfc

from .build import Draft, build, reflow
from .cells import CELL

# The portal's labels that are not sections, and extra spellings of section labels.
FIELD_LABELS: dict[str, str] = {
    "ten thu tuc": "title",
    "ma thu tuc": "code",
    "ma so thu tuc": "code",
    "ma tthc": "code",
    "ma so tthc": "code",
    "tthc ma so": "code",
    "ma so": "code",
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
_BULLET = re.compile(r"^\s*(?:[IVX]+\.\s+|\d+(?:\.\d+)*[.)]\s+|[-–—*•#]+\s*)")


@dataclass
class Block:
    text: str
    page: int | None = None
    level: int = 0  # 1-6 for a heading (DOCX style, HTML h1-h6), 0 for body text
    bold: bool = False  # a short paragraph set in bold by hand: a heading when it names a part


# A portal code ("1.000656", "2.000913") written after its label anywhere in a line: "(Mã TTHC:
# 1.000656 – Lĩnh vực: Hộ tịch)", "TTHC mã số 1.010028, lĩnh vực …", "Lĩnh vực: … Mã TTHC: 2.000950".
_CODE_IN_LINE = re.compile(r"\b(?:ma\s+(?:so\s+)?(?:tthc|thu tuc)|tthc\s+ma\s+so|ma\s+so|ma)\s*[:.]?\s*(\d\.\d{6})\b")
_CODE = PORTAL_CODE = re.compile(r"\d\.\d{6}")  # a national portal code, "2.000884"
# The code a table's name cell carries after the name: "Xác nhận thông tin về cư trú (Mã TTHC: 1.010041)".
_CODE_NOTE = re.compile(r"\s*[(\[]\s*(?:(?:Mã(?:\s+số)?(?:\s+(?:TTHC|thủ tục))?|TTHC\s+mã\s+số)\s*[:.]?\s*)?(\d\.\d{6})\s*[)\]]"
                        r"|\s*(?:Mã(?:\s+số)?(?:\s+(?:TTHC|thủ tục))?|TTHC\s+mã\s+số)\s*[:.]?\s*(\d\.\d{6})", re.IGNORECASE)
# Items of a cell that were lines of their own ("- Tờ khai …: 01 bản chính. - Giấy tờ …"), joined into one.
_CELL_ITEM = re.compile(r"(?:^|(?<=[.;:)]))\s*[-–•+]\s+(?=\S)")

# Lines that open an official paper or a web page but never name its procedure: the letterhead
# ("ỦY BAN NHÂN DÂN", "PHƯỜNG …", "CÔNG AN PHƯỜNG …", the national motto, "Số: 12/HD-UBND"), the date
# line ("…, ngày 01 tháng 12 năm 2026", "Thứ Hai, 07/12/2026"), a site's top bar or breadcrumbs
# ("Liên hệ | Sơ đồ site", "Trang chủ » …").
_LETTERHEAD = re.compile(
    r"^(?:uy ban nhan dan|ubnd|cong an|phuong|xa|dac khu|thanh pho|tp|tinh|quan|huyen|cong hoa xa hoi chu(?: nghia)?|nghia viet nam"
    r"|doc lap|so\s*:|so\s+\d|trang chu|cap nhat|ngay dang|luot xem|v/v|kinh gui|noi nhan"
    r"|trung tam phuc vu hanh chinh cong|bo phan|phu luc"
    # a newsletter's masthead: its circulation, its editors, its contents
    r"|luu hanh noi bo|ban bien tap|trong so nay)(?![a-z0-9])")
# A letterhead line that ends on the kind of unit ("ỦY BAN NHÂN DÂN PHƯỜNG") goes on with its name on
# the next line ("GIA ĐỊNH").
_UNIT_AT_END = re.compile(r"(?:phuong|xa|dac khu|thanh pho|tinh|quan|huyen)$")
_DATE_LINE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\b|^(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu nhat)\b"
                        r"|^\d{1,2}[/-]\d{1,2}[/-]\d{4}"
                        # a post's age or time ("3 ngày · 🌏", "14 tháng 3 lúc 09:12")
                        r"|^\d{1,2} (?:giay|phut|gio|ngay|tuan|thang|nam)(?: truoc)?(?: ·|$)|^\d{1,2} thang \d{1,2} luc \d")
# The kind of paper alone on its line ("HƯỚNG DẪN", "THÔNG BÁO"): the procedure's name comes next.
_PAPER_KIND = re.compile(r"^(?:huong dan|thong bao|quy trinh|quyet dinh|ke hoach|cong van|to trinh|thu tuc|bang niem yet.*|danh muc.*|ban tin.*"
                         r"|(?:phieu|to gap|to roi)(?: huong dan)?(?: (?:ho so|thu tuc|thuc hien thu tuc|nop ho so))?"
                         r"|to huong dan(?: (?:ho so|thu tuc|thuc hien thu tuc|nop ho so))?"
                         # a numbered series of guides on a field ("Tài liệu hướng dẫn TTHC lĩnh vực giảm nghèo – Số 04/2026")
                         r"|tai lieu huong dan(?: tthc| thu tuc hanh chinh)?(?: linh vuc [a-z ,]+?)?(?: [-–] so \d+/\d{4})?)$")
# An official letter's subject under its number ("V/v hướng dẫn chứng thực …", in the letterhead's left
# column): the paper's name for its procedure when no title line follows.
_SUBJECT = re.compile(r"(?:^|(?<=\s))V/v\.?\s*:?\s*([^|]{6,}?)\s*(?:\||$)", re.IGNORECASE)


_CONTACT = re.compile(r"(?<![a-z])(?:dien thoai|hotline|duong day nong|e-?mail|website)\s*:")


# Said anywhere in a line: the letterhead's two columns glued by a PDF ("NAM ỦY BAN NHÂN DÂN XÃ …"), or a
# paper's subject rather than a procedure ("NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH LĨNH VỰC CHỨNG THỰC").
_LETTERHEAD_ANYWHERE = re.compile(r"(?<![a-z])(uy ban nhan dan|cong hoa xa hoi chu nghia|doc lap - tu do"
                                  r"|thu tuc hanh chinh (thuoc )?linh vuc|danh muc thu tuc)(?![a-z])")


def is_letterhead(line: str) -> bool:
    # (a page's count of unread notifications before its owner's name: "(3) Công an phường …")
    folded = re.sub(r"^\(\d{1,3}\)\s*", "", fold(line).strip(" *-–—.:"))
    return bool(_LETTERHEAD.match(folded) or _DATE_LINE.search(folded) or _PAPER_KIND.match(folded)
                or _capitals(line) and _LETTERHEAD_ANYWHERE.search(folded) or folded in {"viet nam", "nam"}
                or not re.search(r"[a-z]", folded) or line.count("|") >= 2 or "»" in line or _CONTACT.search(folded))


# A document's own name for a part, in the words wards write: a heading ("II. HỒ SƠ GỒM", "Nộp ở
# đâu", "Những ai phải khai báo tạm vắng?"), found by its words rather than the portal's exact
# labels. The earliest word in the heading decides ("Khai báo ở đâu, bằng cách nào?" is where).
_HEADING_WORDS: tuple[tuple[str, str], ...] = (
    ("documents", r"ho so|giay to|thanh phan|mang theo|can mang|chuan bi gi"),
    ("fee", r"le phi|phi|chi phi|bao nhieu tien|mat tien|muc thu|muc (?:le )?phi"),
    # not "Thời gian tiếp nhận / làm việc": the office's hours
    ("time_limit", r"thoi han|thoi gian(?! (?:tiep nhan|lam viec|nhan ho so|mo cua))|bao lau|may ngay"),
    ("agency", r"(?:nop|lam|khai bao|dang ky)(?: ho so)? (?:o|tai) dau|noi (?:va cach )?(?:nop|lam|khai bao|dang ky|thong bao|thuc hien|giai quyet)"
               r"|o dau|co quan|noi tiep nhan|dia diem|dia chi"),
    ("channels", r"cach thuc|cach (?:nop|khai bao|dang ky|thong bao)|hinh thuc|bang cach nao|nop truc tuyen"
                 r"|(?:dang ky|nop|lam)(?: truoc)? (?:qua mang|truc tuyen)"),
    ("steps", r"trinh tu|cac buoc|quy trinh|thuc hien nhu the nao|lam the nao|cach lam"),
    ("applicants", r"doi tuong|ai phai|ai can|ai duoc|nhung ai|ai co the|ai co trach nhiem|nguoi co trach nhiem"
                   r"|ai la nguoi|ai (?:se )?(?:khai|lam|nop|di)"),
    # Not "trường hợp": "Trường hợp đăng ký lại:" splits a part by case, it opens no part of its own.
    # "Thời điểm phải gia hạn": when the citizen must act, which the deadline is read from
    ("conditions", r"dieu kien|yeu cau|khi nao|truong hop (?:phai|can|duoc|ap dung)|thoi diem (?:phai|can|nop|lam)"),
    ("result", r"ket qua|nhan ket qua"),
    ("legal_basis", r"can cu"),
)
# The abbreviations wards write in a part's label ("HS gồm:", "TG giải quyết:", "LP:"), folded.
_LABEL_ABBREVIATIONS = {"hs": "ho so", "tg": "thoi gian", "lp": "le phi", "tthc": "thu tuc hanh chinh"}
_ABBREVIATED_LABEL = re.compile(r"(?<![a-z0-9])(?:" + "|".join(_LABEL_ABBREVIATIONS) + r")"
                                r"(?= (?:gom|can|phai|nop|giai quyet|thuc hien)(?![a-z])|\s*$)")  # not "HS lớp 9" (học sinh)


def _written_out(label: str) -> str:
    """A folded label with its abbreviations written out: "hs gom" → "ho so gom"."""
    return _ABBREVIATED_LABEL.sub(lambda m: _LABEL_ABBREVIATIONS[m.group(0)], label)


_HEADING_PATTERNS = [(key, re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])")) for key, words in _HEADING_WORDS]
_NUMBERED = re.compile(r"^\s*(?:[IVX]+|\d+|[a-zđ])[.)]\s+", re.IGNORECASE)
HEADING_MAX_WORDS = 12
WRAPPED_UNIT_WORDS = 2  # the end of a unit's name on a line of its own ("MINH", "LONG HÒA")
SUBJECT_LINE_WORDS = 8  # a letter's subject wraps in the letterhead's narrow column
# A label alone on its line, as a web page's label cell or a short PDF heading prints it ("Hồ sơ",
# "Nộp ở đâu", "Đối tượng"); longer lines are text.
BARE_LABEL_WORDS = 4


_BRACKET_NOTE = re.compile(r"\s*\([^()]*\)")  # "(Thông tư số 75/2022/TT-BTC, …)" after a heading


def heading_section(line: str, *, first: bool = False) -> str | None:
    """The section a short heading names by its words, or None; `first`: only by its opening word. A
    note in brackets is no part of its length ("Lệ phí gia hạn tạm trú (Thông tư số 75/2022/TT-BTC, …)")."""
    text = _BRACKET_NOTE.sub("", _NUMBERED.sub("", line)).strip(" :?*#.-–")
    if not text or len(text.split()) > HEADING_MAX_WORDS:
        return None
    folded = _written_out(fold(text))
    found = [(m.start(), key) for key, pattern in _HEADING_PATTERNS if (m := pattern.search(folded))]
    if not found or first and min(found)[0] > 0:
        return None
    return min(found)[1]


def looks_like_heading(line: str) -> bool:
    """A body line written as a heading: a question or a label alone on its line ("Nộp ở đâu?",
    "Hồ sơ:"), a numbered title ("2. Nơi nộp hồ sơ", "II. HỒ SƠ GỒM") or one in capitals."""
    text = line.strip()
    words = len(_BRACKET_NOTE.sub("", text).split())  # a note in brackets is no part of its length
    # An item of a list ("Thời gian tạm vắng;") ends as one: no heading, however short.
    if not text or words > HEADING_MAX_WORDS or text.count(".") > (1 if _NUMBERED.match(text) else 0) or text.endswith((";", ",")):
        return False
    return (text.endswith(("?", ":")) or bool(_NUMBERED.match(text)) and words <= 8 or words <= BARE_LABEL_WORDS
            or _capitals(text) and words >= 2)


# "Hồ sơ: (1) …", "Cách nộp: …", "Nơi nộp | …" (a label cell beside its value): a short label that opens
# with a part's word, then its value. Only a label that *starts* with the word: "Với hai trường hợp đầu:
# …" is a line of a part.
_INLINE_LABEL = re.compile(r"^([^:|]{2,40}?)\s*(?::|\s\|)\s*(.*)$")
# (a label only: no figure, a few words; "3. Lệ phí 8000 đồng. Miễn …" is a sentence of the fee, not its label)
_LABEL_SENTENCE = re.compile(r"^([^.:|\d]{2,40}?)\s*\.\s+(\S.*)$")
LABEL_SENTENCE_WORDS = 5

# The name column of a table of procedures ("bảng niêm yết thủ tục hành chính").
_NAME_COLUMN = {"ten thu tuc", "thu tuc", "ten thu tuc hanh chinh", "ten tthc", "thu tuc hanh chinh"}
_CODE_COLUMN = {"ma so", "ma thu tuc", "ma tthc", "ma so tthc", "ma so thu tuc"}
# Columns a table of procedures may have that hold no part of a procedure: its row number, its field,
# remarks.
_OTHER_COLUMN = {"stt", "tt", "so tt", "", "linh vuc", "ghi chu", "cap thuc hien", "mau don, to khai", "mau don"}
# A column title's unit or note ("Thời hạn giải quyết (ngày làm việc)") and the words before a part's
# name ("Mức thu phí, lệ phí") say nothing of which part it holds.
_TITLE_NOTE = re.compile(r"\s*\([^)]*\)|^(?:muc thu|muc|so)\s+")


COLUMN_TITLE_WORDS = 8  # "Thành phần hồ sơ và ghi chú"; a row's cells run longer


# A row that groups a table's rows: "I | LĨNH VỰC CHỨNG THỰC", "Nhóm thủ tục hộ tịch", "A. CƯ TRÚ".
_GROUP_ROW = re.compile(r"^(?:[ivx]+|[a-d])?[.)]?\s*(?:linh vuc|nhom|phan|muc)\b|^(?:[ivx]+|[a-d])[.)]?\s+[a-z ,]{3,60}$")
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:đồng|đ\b|VNĐ|VND)", re.IGNORECASE)
_SAYS_FEES = re.compile(r"(?<![a-z])(?:phi|le phi|muc thu)(?![a-z])")
# A column per way of filing ("Nộp trực tiếp | Nộp trực tuyến | Qua bưu chính") in a table of fees.
_MODE_COLUMN = re.compile(r"^(?:nop\s+(?:ho so\s+)?|hinh thuc\s+)?(?:truc tiep|truc tuyen|qua mang|(?:qua\s+)?(?:dich vu\s+)?buu (?:chinh|dien))"
                          r"(?:\s*[/,]\s*(?:qua\s+)?(?:dich vu\s+)?buu (?:chinh|dien))?$")


def column_kinds(cells: list[str], fees: bool = False) -> list[str | None] | None:
    """The parts a table's header row names, column by column ("Tên thủ tục | Thời hạn | Phí, lệ phí"),
    or None when the row is no such header: two parts at least, every other cell a number column.
    The portal's own table of filing modes ("Hình thức nộp | Thời hạn …") is read as the portal's.
    `fees`: the table is titled as one of fees ("BẢNG NIÊM YẾT MỨC THU PHÍ, LỆ PHÍ"), so a column per
    way of filing holds that way's fee."""
    folded = [_column_title(cell) for cell in cells]
    if "hinh thuc nop" in folded or any(len(cell.split()) > COLUMN_TITLE_WORDS for cell in folded):
        return None
    kinds: list[str | None] = []
    for cell in folded:
        kind = "fee" if fees and _MODE_COLUMN.match(cell) else "title" if cell in _NAME_COLUMN else _part_titled(cell)
        if kind is None and cell not in _OTHER_COLUMN:
            return None
        kinds.append(kind)
    return kinds if sum(kind is not None for kind in kinds) >= 2 else None


# A column title's unit ("Thời hạn giải quyết (ngày làm việc)", "Mức thu (đồng)"): the cells below it are
# bare numbers ("03", "15.000") that mean nothing without it.
_UNIT_NOTE = re.compile(r"\((ngày làm việc|ngày|giờ làm việc|giờ|tháng|đồng|nghìn đồng|VNĐ|VND)\)", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"\d[\d.,]*")


def _header_split_below(header: list[str], cells: list[str]) -> tuple[list[str], list[str]] | None:
    """A header's second row, its cells given the spanning titles above them, with the way of filing a
    sub-column names ("Trực tuyến" under "Phí, lệ phí"), or None when the row is no second header row:
    it repeats the first row's titles where they span two rows (Word and web pages repeat a merged cell),
    and holds more cells, every one a short title."""
    if not header or len(cells) <= len(header) or fold(cells[0]).strip() != fold(header[0]).strip() \
            or any(len(cell.split()) > COLUMN_TITLE_WORDS for cell in cells):
        return None
    titles, modes, above, span = [], [], 0, ""
    for cell in cells:
        if above < len(header) and fold(cell).strip() == fold(header[above]).strip():
            titles.append(cell)
            modes.append("")
            above, span = above + 1, ""
            continue
        if not span:
            if above >= len(header):
                return None
            span, above = header[above], above + 1
        mode = _MODE_COLUMN.match(_column_title(cell))
        joined = f"{span} {cell}"
        # (the spanning title alone when both together are too long to be one: "Thành phần hồ sơ" over
        # "Giấy tờ, thông tin kèm theo")
        titles.append(span if mode or len(joined.split()) > COLUMN_TITLE_WORDS else joined)
        modes.append(cell if mode else "")
    return titles, modes


def column_units(cells: list[str]) -> list[str]:
    """The unit each column's title gives its cells, or ""."""
    return [(found.group(1) if (found := _UNIT_NOTE.search(nfc(cell))) else "") for cell in cells]


# A column titled by a time: "Trước đây", "Hiện nay", "Từ 01/7/2025", "Trước ngày 01/7/2025", "Sau khi sáp nhập".
_A_TIME = re.compile(r"^\W*(?:truoc (?:day|kia)|hien nay|hien tai|bay gio|(?:tu|truoc|sau)(?: ngay)? \d{1,2}/\d{1,2}(?:/\d{2,4})?"
                     r"|(?:truoc|sau) khi (?:sap nhap|sap xep|cai cach)|(?:quy dinh )?(?:cu|moi))\W*$")
# The first cell of a table whose other columns are procedures ("Nội dung | Thủ tục A | Thủ tục B").
_ROW_TITLE_COLUMN = {"noi dung", "hang muc", "thong tin", "tieu chi", "muc", "", "thu tuc"}


def side_by_side(cells: list[str]) -> list[str] | None:
    """The procedures a table's header row sets side by side, a column each, or None: two names at least,
    each of two words or more and no part's title ("Đăng ký giám hộ", not "Lệ phí")."""
    names = cells[1:]
    if fold(cells[0]).strip(" :") not in _ROW_TITLE_COLUMN or len(names) < 2:
        return None
    if any(len(name.split()) < 2 or len(name.split()) > COLUMN_TITLE_WORDS * 2 or heading_section(fold(name), first=True)
           or fold(name).strip() in _COLUMN_TITLES or _A_TIME.match(fold(name)) for name in names):
        return None  # a time's column ("Trước đây | Từ 01/7/2025") compares one procedure's rules, old and new
    return [_CODE_NOTE.sub("", name).strip() for name in names]


def _column_title(cell: str) -> str:
    """A column's or a row's title, folded, without its note or unit: "Mức thu phí, lệ phí (đồng)" → "phi, le phi"."""
    return _TITLE_NOTE.sub("", fold(cell).strip(" :")).strip()


def _part_titled(folded: str) -> str | None:
    """The part a folded title names ("thoi han", "ma thu tuc"), or None. A column of what to mind
    ("Lưu ý khi thực hiện": sign in person, two witnesses) holds the procedure's requirements."""
    if folded in _CODE_COLUMN:
        return "code"
    return "conditions" if _MIND_COLUMN.match(folded) else heading_section(folded, first=True)


_MIND_COLUMN = re.compile(r"^luu y(?: khi (?:thuc hien|nop|lam thu tuc))?$")


def _row_cells(line: str) -> list[str]:
    """A table row's cells, an empty first or last one too (the line was stripped of its spaces)."""
    return [cell.strip() for cell in f" {line} ".split(CELL)]


# The end of an official paper: the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "(đã ký)")
# and the list of recipients ("Nơi nhận:").
_SIGNED = re.compile(r"^(?:noi nhan\s*:?|tm\.?\s+(?:uy ban|ubnd)|kt\.?\s+(?:chu tich|truong)|\(da ky\)"
                     r"|(?:pho )?chu tich$|(?:pho )?truong cong an(?: phuong| xa)?$"
                     # and a web page's article ends at its share bar and its related news
                     r"|chia se\b|(?:cac )?(?:tin|bai viet|bai) (?:lien quan|khac)\b|tin cung chuyen muc)")


INLINE_LABEL_WORDS = 6  # "Hồ sơ người dân cần nộp: …"
HEADER_CELL_WORDS = 4  # a column title beside a label: "Mức lệ phí", "Thời hạn giải quyết"


def inline_label(line: str) -> tuple[str, str] | None:
    text = _BULLET.sub("", line, count=1).strip()
    unnumbered = _NUMBERED.sub("", text, count=1)
    # a typed numbered paragraph opens with its label as a sentence: "1. Nơi làm thủ tục. Học sinh đến …"
    numbered = bool(_NUMBERED.match(line.strip()))
    sentence = _LABEL_SENTENCE.match(unnumbered) if numbered else None
    if sentence and len(sentence.group(1).split()) > LABEL_SENTENCE_WORDS:
        sentence = None
    match = _INLINE_LABEL.match(unnumbered) or sentence
    if not match or len(match.group(1).split()) > INLINE_LABEL_WORDS:
        return None
    label = _written_out(fold(match.group(1)).strip())
    for key, pattern in _HEADING_PATTERNS:
        # "khi nào …:" opens no conditions in a line; "Điều kiện:", "Yêu cầu:" do
        if pattern.match(label) and (key != "conditions" or label.startswith(("dieu kien", "yeu cau", "truong hop", "thoi diem"))):
            return key, match.group(2).strip()
    return None


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


def without_leading_pictographs(line: str) -> str:
    """A line without the emoji a social post opens its headings and items with ("📍 LÀM Ở ĐÂU?",
    "✅ Phiếu đề nghị …", "👉 Không quá 07 ngày"): they mark a heading or an item as a bullet does."""
    start = 0
    while start < len(line) and (unicodedata.category(line[start]) in PICTOGRAPH_CATEGORIES or line[start].isspace()):
        start += 1
    return line[start:] if start and start < len(line) else line


PICTOGRAPH_CATEGORIES = {"So", "Sk", "Cf", "Mn", "No"}  # symbols, modifiers, joiners, variation selectors, ①
_PICTOGRAPH_RUN = re.compile(r"\s*[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D]?\s*")


_CHIPS = (("time_limit", re.compile(r"(?:tối đa|không quá|trong)?\s*\d{1,3} (?:ngày|giờ)(?: làm việc)?", re.IGNORECASE)),
          ("fee", re.compile(r"(?:\d[\d.,]*\s*(?:đ|đồng|VNĐ|VND)(?:/\s*\w+)?(?:\s+(?:trực tiếp|trực tuyến|online|qua bưu chính))?"
                             r"|miễn (?:lệ )?phí)", re.IGNORECASE)))


def _questions_and_answers_columns(line: str) -> tuple[int, int] | None:
    """The question's and the answer's columns of a table's header ("STT | Câu hỏi | Trả lời"), or None."""
    titles = [fold(cell).strip(" :") for cell in line.split(CELL)]
    for asked, answered in (("cau hoi", "tra loi"), ("hoi", "dap")):
        if asked in titles and answered in titles:
            return titles.index(asked), titles.index(answered)
    return None


def _asked_part(question: str) -> str | None:
    """The part a citizen's question asks of ("Bao lâu thì có kết quả?" the time limit, "Tôi xin giấy này
    ở đâu?" where), by its first sentence naming one; None when none does."""
    for sentence in re.split(r"(?<=\?)\s*", question):
        # the ask is the sentence's last clause ("Con tôi 16 tuổi đi học xa, ai là người khai báo cho cháu?")
        if key := heading_section(sentence) or heading_section(sentence.split(",")[-1]):
            return key
        if re.search(r"(?<![a-z])o dau(?![a-z])", fold(sentence)):
            return "agency"
    return None


def _chip_part(line: str) -> str | None:
    """The part a bare chip of a page says ("07 ngày làm việc" a time limit, "20.000 đ trực tiếp" a fee), or
    None for any other line."""
    return next((key for key, chip in _CHIPS if chip.fullmatch(line.strip(" .;"))), None)


def between_pictographs(line: str) -> list[str]:
    """A line of a page's chips, each led by its emoji ("⏱ 07 ngày làm việc💵 20.000 đ trực tiếp"), as one
    line per chip; a line with no emoji inside it stays whole. A table's row is left whole."""
    if CELL in line:
        return [line]
    pieces = [piece for piece in _PICTOGRAPH_RUN.split(line) if piece.strip()]
    return pieces if len(pieces) > 1 else [line]


def unglue(text: str) -> str:
    """Put each label of a crawled portal page ('…Mã thủ tục1.000253Số quyết định…') on its own line.
    A table's row (cells joined by " | ") is left whole: "(Mã TTHC: 1.010041)" in its name cell is the
    cell's text, not a label glued to it."""
    if CELL not in text:
        return _unglued(text)
    runs = itertools.groupby(text.split("\n"), key=lambda line: CELL in line)
    return "\n".join("\n".join(lines) if is_row else _unglued("\n".join(lines)) for is_row, lines in runs)


def _unglued(text: str) -> str:
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
    ward_written = not portal_export(blocks)
    # A page of several procedures under headings of one level ("Gia hạn tạm trú", "Xóa đăng ký thường trú"
    # as tabs or sections): each such heading opens a procedure.
    # A long name counts when its own code follows it ("Chứng thực văn bản phân chia di sản mà di sản là
    # động sản, quyền sử dụng đất, nhà ở" / "Mã TTHC: 2.001406").
    headings_with_code = {id(b) for b, following in zip(blocks, blocks[1:]) if b.level > 1 and not following.level
             and _CODE_IN_LINE.search(fold(following.text)) and _ACT_OPENING.match(fold(b.text))}
    acts = Counter(b.level for b in blocks if ward_written and b.level > 1 and (_names_an_act(b.text) or id(b) in headings_with_code))
    procedure_levels = {level for level, count in acts.items() if count >= 2}
    # "Phần A. Đính chính …", "Phần B. Gia hạn …": a handbook's parts, a procedure each (two at least)
    in_parts = ward_written and sum(bool(_PART_LINE.match(line.strip())) for b in blocks for line in b.text.splitlines()) >= 2
    # A page of questions and answers ("Hỏi: … ?" as headings): each answer tells one procedure
    questions_and_answers = ward_written and _answers_name_procedures(blocks)
    unit_open = False  # a letterhead line ended on "PHƯỜNG": the unit's name is still to come
    columns: list[str | None] | None = None  # the parts a table's columns hold, read from its header row
    units: list[str] = []  # and the unit each column's title gives its numbers
    modes: list[str] = []  # and the way of filing a fee column is for ("Nộp trực tuyến"), or ""
    paper = ""  # the kind of paper named above the title ("BẢNG NIÊM YẾT MỨC THU PHÍ, LỆ PHÍ")
    header: list[str] = []  # the cells of the table's header row
    preamble: list[str] = []  # the text before a table of procedures, said of every row
    paper_columns: list[str] | None = None  # the column titles of a ward's table of papers
    across: list[Draft] = []  # procedures set side by side, a column each, while their table lasts
    listing = False  # a notice's numbered procedures ("1. Đăng ký lại khai sinh: … nộp …, trong 05 ngày …")
    target: str | None = None  # where body lines go: a section key, a field, "summary" or "skip"
    in_table = False  # inside the portal's "Cách thức thực hiện" table, whose cells repeat labels
    previous = ""  # the line before, for a letterhead's line cut in two
    qa_columns: tuple[int, int] | None = None  # a table of questions and answers: the two columns
    qa_width = 0  # and its number of cells
    for block in blocks:
        for line in (piece for text in unglue(nfc(block.text)).splitlines() for piece in between_pictographs(text)):
            line = without_leading_pictographs(line.strip())
            if not line:
                continue
            before, previous = previous, line
            code = _CODE_IN_LINE.search(fold(line))
            # a heading that opens the next procedure gives it its own code ("… Mã TTHC 1.001266"), below
            opens_next = block.level in procedure_levels and (_names_an_act(line) or id(block) in headings_with_code)
            if code and not current.code and not opens_next and not (columns and "title" in columns and CELL in line):
                current.code = code.group(1)  # a row of a table of procedures names its own (below)
            if ward_written and CELL in line and (asked := _questions_and_answers_columns(line)):
                # "STT | Câu hỏi | Trả lời": each row asks of a part and answers it, while the rows have its cells
                qa_columns, qa_width = asked, len(_row_cells(line))
                continue
            if qa_columns and CELL in line and all(fold(cell).strip() in _COLUMN_TITLES for cell in line.split(CELL)):
                qa_columns = None  # another table's header row ("STT | Tên giấy tờ | Số lượng")
            if qa_columns and CELL in line and len(cells := _row_cells(line)) == qa_width:
                question, answer = cells[qa_columns[0]], cells[qa_columns[1]]
                key = _asked_part(question)
                for item in cell_items(answer) if key else []:
                    _start(current, key, item, block.page)
                if not key:
                    current.add(question, answer, block.page)  # a part of the file's own, asked as it is
                target = "skip"
                continue
            qa_columns = None
            if CELL in line and all(fold(cell).strip() in _COLUMN_TITLES for cell in line.split(CELL)):
                # a table's header row ("STT | Tên giấy tờ | Số lượng"): no content of its own; in a ward's
                # own file, a table of papers is the papers, whatever part the text was in
                titles = [fold(cell).strip() for cell in line.split(CELL)]
                if ward_written and _PAPER_COLUMNS & set(titles):
                    target, paper_columns = _start(current, "documents", "", block.page), titles
                continue
            if paper_columns and CELL in line and len(line.split(CELL)) == len(paper_columns):
                line = CELL.join(_paper_row(paper_columns, _row_cells(line)))
            else:
                paper_columns = None
            if ward_written and CELL in line:
                cells = _row_cells(line)
                if names := side_by_side(cells):
                    # "Nội dung | Đăng ký giám hộ | Đăng ký chấm dứt giám hộ": a procedure a column, each
                    # taking what the page said before the table (where to file, say)
                    across = [Draft(title=name, heading=name, summary=list(current.summary),
                                    sections={key: list(lines) for key, lines in current.sections.items()}) for name in names]
                    if current.sections:
                        drafts.append(current)
                    current = across[-1]
                    continue
                if across and len(cells) >= 2 and (kind := _part_titled(_column_title(cells[0]))):
                    # a row's value for each procedure, or one value (a merged cell) for all
                    values = cells[1:] if len(cells) - 1 == len(across) else [" ".join(cells[1:])] * len(across)
                    for draft, value in zip(across, values):
                        for item in cell_items(value) if value else []:
                            _start(draft, kind, item, block.page)
                    target = "skip"
                    continue
                fees = bool(_SAYS_FEES.search(fold(" ".join([paper, current.title, *current.summary[-3:]]))))
                split = _header_split_below(header, cells) if columns else None
                if split:
                    # a second header row under titles that span columns ("Phí, lệ phí" over "Mức thu | Ghi chú"
                    # or over "Trực tiếp | Trực tuyến"): each column's part is its spanning title's
                    cells, sub_modes = split
                    fees = True if any(sub_modes) else fees
                if kinds := column_kinds(cells, fees):
                    columns = kinds  # "STT | Tên thủ tục | Thời hạn | Phí, lệ phí | Hồ sơ": each row below is one
                    units = column_units(cells)
                    modes = [cell if fees and _MODE_COLUMN.match(_column_title(cell)) else "" for cell in cells]
                    if split:
                        modes = [mode or sub for mode, sub in zip(modes, sub_modes)]
                    header = cells
                    if current.title and not current.has_content:
                        current.summary.append(current.title)  # the notice's own title line, which the first row renames
                    preamble = list(current.summary)  # what the notice says of all its rows (where to file)
                    continue
                written = list(dict.fromkeys(cell for cell in cells if cell))  # a merged cell's text once
                if columns and len(written) < len(columns) and _GROUP_ROW.match(fold(" ".join(written))):
                    continue  # "I | LĨNH VỰC CHỨNG THỰC": a group of the table's rows, no procedure
                if columns and "title" in columns and any(modes) and columns.index("title") < len(cells) < len(columns):
                    # a fee merged over the ways of filing to its right ("Miễn lệ phí" for all three)
                    cells = cells + [cells[-1]] * (len(columns) - len(cells))
                if columns and len(cells) == len(columns):
                    # A row with no name goes on with the procedure above it (its text over a page break).
                    if "title" in columns and cells[columns.index("title")] and current.has_content:
                        drafts.append(current)
                        current = Draft(summary=list(preamble))
                    if code and not current.code:
                        current.code = code.group(1)
                    named = cells[columns.index("title")] if "title" in columns else ""
                    if not current.code and (noted := _CODE_NOTE.search(named)):
                        current.code = noted.group(1) or noted.group(2)  # "Đăng ký khai sinh (1.001193)"
                    same_fee = len({cell for cell, mode in zip(cells, modes) if mode}) == 1
                    for kind, unit, mode, cell in zip(columns, units, modes, cells):
                        cell = f"{cell} {unit}" if unit and _BARE_NUMBER.fullmatch(cell) else cell
                        if mode and same_fee and cell:
                            if mode != next(m for m in modes if m):
                                continue  # one fee for every way of filing: said once
                        elif mode and cell:
                            cell = f"{mode}: {cell}"
                        if kind == "title" and cell:
                            current.title = current.heading = _CODE_NOTE.sub("", cell).strip()
                        elif kind and cell:
                            for item in cell_items(cell):
                                _start(current, kind, item, block.page)
                    target = "skip"
                    continue
                columns = None
            if across and CELL not in line:
                drafts.extend(across[:-1])  # the last goes on as `current`
                across = []
            if ward_written and current.title and _SIGNED.match(fold(line)):
                target = "skip"  # the signature block and "Nơi nhận: - Như trên; - Lưu: VT" end the text
                continue
            # A numbered procedure of a notice is told in sentences, read clause by clause at the end.
            label = match_label(line) if len(line) < 4000 and not (listing and current.listed and CELL not in line) else None
            if label and target == "channels" and not block.level and label[0] in _TABLE_LABELS:
                # A PDF prints the table's header ("Phí, lệ phí Mô tả") and its descriptions ("- Thời
                # hạn giải quyết: + …") as lines that look like section labels: they are cells.
                in_table = in_table or _opens_table(label[1]) or "hinh thuc nop" in fold(" ".join(current.sections.get("channels", [])))
                if in_table:
                    target = _append(current, target, line, block.page)
                    continue
            if ward_written and label and target and label[1] and len(label[1].split()) <= HEADER_CELL_WORDS \
                    and heading_section(re.sub(r"^(?:mức|số|nội dung)\s+", "", label[1], flags=re.IGNORECASE), first=True):
                continue  # a table's header row inside a part ("VI. LỆ PHÍ" / "Hình thức nộp | Mức lệ phí")
            if label:
                in_table = False
                kind, value = label
                if kind == "title" and current.has_content and not (ward_written and not current.sections):
                    drafts.append(current)
                    current = Draft()
                elif kind == "title" and current.title:
                    current.title = ""  # "Chi tiết thủ tục hành chính / Mã thủ tục | … / Tên thủ tục | X": the label names it
                target = _start_items(current, kind, value, block.page, row=ward_written and CELL in line)
                continue
            if target == "subject" and not current.summary and CELL not in line and is_letterhead(line):
                continue  # the letterhead's other column, between the lines of a wrapped subject (the date)
            # A unit's name cut by the letterhead's narrow column ("CÔNG AN THÀNH PHỐ HỒ CHÍ" / "MINH").
            wrapped = _capitals(before) and bool(_LETTERHEAD.match(fold(before))) and _capitals(line) \
                and len(line.split()) <= WRAPPED_UNIT_WORDS and not _ACT_OPENING.match(fold(line))
            if not current.title and (is_letterhead(line) or code or unit_open and _capitals(line) and len(line.split()) <= 4
                                      or wrapped):
                # A letterhead's two columns may come interleaved (a PDF laid out by position).
                unit_open = bool(_UNIT_AT_END.search(fold(line).strip(" .:"))) or unit_open and not _capitals(line)
                paper = line if _PAPER_KIND.match(fold(line)) else paper
                if ward_written and (subject := _SUBJECT.search(line)):
                    current.title = current.heading = subject.group(1)  # a title line below renames it
                    target = "subject"
                continue  # the letterhead, a date, the code line: the name comes after them
            if in_parts and CELL not in line and (part := _PART_LINE.match(line)):
                if current.sections:
                    drafts.append(current)
                # "title": a name wrapped onto the next line goes on ("… mới đối với" / "nhà ở riêng lẻ …")
                current, target, listing = Draft(title=part.group(1), heading=part.group(1)), "title", False
                continue
            if questions_and_answers and _asked_by_a_citizen(line, block.level):
                if current.sections or current.listed:
                    drafts.append(current)
                # named by the procedure its answer names (see `_named_by_its_text`), read by its clauses
                question = _ASKER.sub("", _ASKED_MARK.sub("", line))
                current = Draft(title=question, listed=True, question=question)
                target = "summary"
                continue
            if block.level:
                if opens_next:
                    if current.sections:
                        drafts.append(current)
                    elif not drafts:
                        preamble = list(current.summary)  # the page's introduction, said of each procedure
                    name = _bare_name(line)
                    current, target = Draft(title=name, heading=name, summary=list(preamble),
                                            code=code.group(1) if code else ""), "summary"
                    continue
                if block.level == 1 and current.has_content and current.title:
                    drafts.append(current)
                    current = Draft()
                if not current.title and not current.sections or ward_written and _names_procedure(current, line, target):
                    if current.title:  # "HƯỚNG DẪN ĐĂNG KÝ GIÁM HỘ VÀ CHẤM DỨT GIÁM HỘ / THỦ TỤC 1: …"
                        current.summary.append(current.title)
                    current.title = current.heading = line
                    target = "summary"
                else:
                    key = heading_section(line) if ward_written else None
                    target = _start(current, key, "", block.page) if key else f"heading:{line}"
                continue
            if ward_written and CELL not in line and current.sections and _names_another_procedure(line):
                # "ĐĂNG KÝ TẠM TRÚ" in capitals after a procedure's parts (a leaflet's next column): the next one;
                # a paper's kind alone ("THÔNG BÁO", a newsletter's next article) is named by the line below it
                drafts.append(current)
                if _PAPER_KIND.match(fold(line)):
                    current, target, listing, paper = Draft(), None, False, line
                else:
                    current, target, listing = Draft(title=line, heading=line), "summary", False
                continue
            if ward_written and CELL not in line and current.sections and _labels_a_procedure(line) \
                    and (block.bold or block.level or _capitals(_after_its_label(line))) \
                    and len(line.split()) <= HEADING_MAX_WORDS + 4 and not line.rstrip().endswith("."):
                # "THỦ TỤC 2: CẤP BẢN SAO TRÍCH LỤC …", "Thủ tục: Cấp lại thẻ căn cước" after the first one's
                # parts, in a paragraph set bold by hand (a heading style opens it above): the next procedure
                drafts.append(current)
                name = _after_its_label(line)
                current, target, listing = Draft(title=name, heading=name), "summary", False
                continue
            if ward_written and CELL not in line and (listing or current.title and not current.sections):
                if item := _listed_procedure(line):
                    # Each numbered procedure of a notice is one, told in a sentence; the notice's own title
                    # and introduction name none of them.
                    if listing:
                        drafts.append(current)
                    current = Draft(title=item[0], heading=item[0], code=item[1], summary=[item[2]] if item[2] else [], listed=True)
                    target, listing = "summary", True
                    continue
                if listing and _OF_ALL_LISTED.match(fold(line)):
                    # "Các thủ tục trên được nộp trực tiếp …": said of every procedure listed
                    drafts.append(current)
                    current, target, listing = Draft(title="Quy định chung", summary=[line], listed=True), "summary", False
                    continue
            # one word alone before any name is a logo's or an avatar's ("CAP"), no procedure's name
            if not current.title and target is None and not (ward_written and len(line.split()) < 2) \
                    or ward_written and _names_procedure(current, line, target):
                if current.title:  # "THÔNG BÁO / Công khai thủ tục … / THỦ TỤC ĐÍNH CHÍNH …": the last names it
                    current.summary.append(current.title)
                name, told = _name_and_what_follows(line) if ward_written else (line, "")
                current.title = current.heading = name[:300]
                target = "title"  # a wrapped name goes on on a line in lower case (see `_append`)
                if told:  # "Thủ tục áp dụng: Cấp giấy phép … (mã thủ tục 1.013225). Hồ sơ gồm: …"
                    current.summary.append(told)
                    target = "summary"
                continue
            # a cell, a question or a label is no wrapped name ("NHẬP HỘ KHẨU" / "Cần chuẩn bị gì?")
            if ward_written and not in_table and (target != "title" or CELL in line or line.rstrip().endswith(("?", ":"))):
                # A heading in body text names its part first ("Nơi nộp hồ sơ"), or asks ("Những ai
                # phải khai báo?"); "- Nộp hồ sơ:" inside the steps, "Miễn phí" under "Lệ phí" open none.
                asks = line.rstrip().endswith("?")
                key = heading_section(line, first=not asks) if block.bold or looks_like_heading(line) else None
                if key:
                    target = _start(current, key, "", block.page)
                    continue
                # Not a group inside a part ("1. Nhóm điểm a, b – hồ sơ gồm:", "a) Trường hợp …").
                if block.bold and current.title and len(line.split()) <= BOLD_PART_WORDS \
                        and not line.rstrip().endswith((".", ";", ",", ":")) and not _SUBITEM.match(line) \
                        and not _AMOUNT.search(line) and not _chip_part(line):  # "30.000 đồng/giao dịch" in bold
                    # a heading set in bold by hand that names no part ("Một số điều cần biết"): a part of
                    # the file's own, no more of the part above
                    target = f"heading:{line.rstrip(' :')}"
                    continue
                inline = inline_label(line)
                if inline and not (target == "fee" and _AMOUNT.search(inline[1])):  # "Nộp trực tuyến: 10.000 đồng"
                    target = _start_items(current, inline[0], inline[1], block.page, row=CELL in line)
                    continue
            if ward_written and target == "summary" and current.title and (chip := _chip_part(line)):
                # a page's chip under the name ("07 ngày làm việc", "20.000 đ trực tiếp"): a part said bare
                current.add(chip, line, block.page)
                continue
            target = _append(current, target, line, block.page)
    drafts.extend(across[:-1])  # a side-by-side table that ends the file
    drafts.append(current)
    if ward_written:
        drafts = _shared_parts_given_to_each(drafts)
        for draft in drafts:
            _named_by_its_text(draft) or _named_in_full(draft)
            if draft.listed or not draft.sections and len(" ".join(draft.summary)) > PROSE_CHARS:
                # told in sentences (a notice's numbered item, a letter in prose): its parts by its clauses
                _parts_of_its_sentence(draft)
        drafts = _one_per_name(drafts)
    for draft in drafts:
        draft.title = plain_title(draft.title) if ward_written else draft.title
    procedures = [build(d, source) for d in drafts if d.title and (d.sections or d.others or d.summary or d.code)]
    if not procedures:
        raise DocumentError("no procedure text found")
    return procedures


def _one_per_name(drafts: list[Draft]) -> list[Draft]:
    """One draft per procedure a file names: a page asked two questions on one procedure ("Hỏi: … tạm
    vắng …?" twice, each answered "theo thủ tục Khai báo tạm vắng") tells one procedure in two places."""
    kept: dict[str, Draft] = {}
    merged: set[int] = set()  # the drafts told again in an earlier one, by id
    for draft in drafts:
        first = kept.setdefault(fold(draft.title).strip(" .:"), draft) if draft.title else draft
        if first is draft or first.code and draft.code and first.code != draft.code:
            continue  # (two codes under one name are two procedures: "Đăng ký khai sinh" and its variant)
        first.code = first.code or draft.code
        first.summary.extend(line for line in draft.summary if line not in first.summary)
        for source, target in ((draft.sections, first.sections), (draft.others, first.others)):
            for key, lines in source.items():
                target.setdefault(key, []).extend(lines)
        for key, page in draft.pages.items():
            first.pages.setdefault(key, page)
        merged.add(id(draft))
    return [d for d in drafts if id(d) not in merged]


# A part a file says of all its procedures ("QUY ĐỊNH CHUNG CHO HAI THỦ TỤC", "Lưu ý chung"), under a
# heading of its own: no procedure, but where to file and what to show for each of them.
_SHARED_PART = re.compile(r"^(?:(?:quy dinh|thong tin|luu y|noi dung|huong dan|diem|phan)\s+(?:ap dung\s+)?chung)(?![a-z])")


def _shared_parts_given_to_each(drafts: list[Draft]) -> list[Draft]:
    shared = [d for d in drafts if not d.code and _SHARED_PART.match(fold(d.title))]
    named = [d for d in drafts if d not in shared and d.title]
    if not shared or not named:
        return drafts
    for draft in named:
        for part in shared:
            for key, lines in part.sections.items():
                draft.sections.setdefault(key, []).extend(lines)
                draft.pages.setdefault(key, part.pages.get(key))
            for key, lines in part.others.items():
                draft.others.setdefault(key, []).extend(lines)
            draft.summary.extend(part.summary)
    return [d for d in drafts if d not in shared]


# "… thủ tục tạm ngừng kinh doanh của hộ kinh doanh nay do …": the procedure an article's text names,
# up to the verb or the punctuation that ends its name.
_NAMED_IN_TEXT = re.compile(r"\bthủ tục\s+(?!hành chính\b|này\b|trên\b|sau\b|như\b|gì\b)(.+?)"
                            r"(?=\s+(?:nay|do|được|tại|từ(?! (?:đủ )?\d+ tuổi)|sẽ|(?<!không phải )là|(?<!không )phải là|đã được|gồm|như sau|theo|để|trực tuyến|qua (?:ứng dụng|cổng|mạng|dịch vụ bưu chính|bưu điện))\b|,\s+(?:khi|nếu|thì|cụ thể|như sau)\b|\s*[.;:(?]|$)",
                            re.IGNORECASE)
NAMED_IN_TEXT_WORDS = (3, 25)
FULL_NAME_EXTRA_WORDS = 8  # a full name adds a few words to its short form, not a sentence
_CLAUSE_BREAK = re.compile(r",\s+(\w)")
_SENTENCE_TAIL = re.compile(r"(?:\s+(?:nhé|nha|nhen|nhá|ạ|đó|nè))+\s*$", re.IGNORECASE)


_NEED_NOT = re.compile(r"(?<![a-z])khong (?:bat buoc|can|phai|nhat thiet)(?: phai)?(?: (?:lam|thuc hien|di lam))?\s*$")


def _procedure_named_in(text: str) -> str | None:
    """The procedure a sentence names ("… thủ tục Chấm dứt hoạt động hộ kinh doanh."), or None. A name of
    two words is one when written as a name, with a capital ("thủ tục Tách hộ"), not "thủ tục đơn giản"."""
    # not a procedure the text says one need not do ("không bắt buộc phải làm thủ tục đăng ký thay đổi …")
    start, named = 0, None
    while (found := _NAMED_IN_TEXT.search(text, start)) is not None:
        if not _NEED_NOT.search(fold(text[:found.start()])):
            named = found
            break
        start = found.start() + len("thủ tục")  # the next name may sit inside the skipped one's long match
    if not named:
        return None
    # a comma before a capital opens the sentence's next clause ("…trở lên, Công an phường tóm tắt")
    name = named.group(1)
    if cut := next((m for m in _CLAUSE_BREAK.finditer(name) if m.group(1).isupper()), None):
        name = name[:cut.start()]
    # and without what a post ends a sentence with: a particle, an emoji ("… cho công dân Việt Nam nhé 👇")
    name = _SENTENCE_TAIL.sub("", name.rstrip(" !…" + "".join(ch for ch in name if unicodedata.category(ch) in PICTOGRAPH_CATEGORIES)))
    words = len(name.split())
    shortest = NAMED_IN_TEXT_WORDS[0] - 1 if name[:1].isupper() else NAMED_IN_TEXT_WORDS[0]
    return name if shortest <= words <= NAMED_IN_TEXT_WORDS[1] else None


_A_REPLY = re.compile(r"^(?:v/v\s*)?(?:tra loi|phuc dap)(?![a-z])")
_GUIDES_ONE = re.compile(r"\b(?:và|;|,)\s+hướng dẫn\s+(?:thực hiện\s+)?thủ tục\s+(\S.{4,150}?)\s*$", re.IGNORECASE)


def _named_by_its_text(draft: Draft) -> bool:
    """A page headed by a question ("Hộ kinh doanh muốn tạm nghỉ bán: nộp hồ sơ ở đâu?", a news
    article's headline) is named by the procedure its introduction names; the headline stays as its
    introduction's first line. Whether the title is such a headline."""
    title = draft.title.strip()
    # A notice on several things that ends by guiding one procedure ("Những điểm mới … từ ngày 01/7/2025 và hướng
    # dẫn thủ tục đăng ký lại khai tử"): named by it.
    guided = _GUIDES_ONE.search(title)
    if guided and guided.start() > 0 and _ACT_OPENING.match(fold(guided.group(1))) \
            and not _ACT_OPENING.match(fold(_without_title_prefixes(title[:guided.start()]))):
        draft.summary.insert(0, title)
        draft.title = draft.heading = guided.group(1)[:1].upper() + guided.group(1)[1:]
        return True
    plain = _without_title_prefixes(title)  # "HỎI – ĐÁP: CHỨNG THỰC …" names it after its paper's kind
    # A headline that opens with no act ("Sửa nhà, cải tạo nhà: người dân xin giấy phép ngay tại phường",
    # "📢 HÈ NÀY LÀM THẺ CĂN CƯỚC CHO CON – BỐ MẸ LƯU Ý NHÉ!") is no name either; it is renamed by a
    # name its text gives that opens with one.
    # A reply's subject ("Trả lời đề nghị của ông … về giấy chứng nhận …") names the letter, not the procedure.
    headline = bool(re.search(r"[:!–]", plain) or _A_REPLY.match(fold(plain))) and not _ACT_OPENING.match(fold(plain))
    if not title.endswith("?") and not headline:
        return False
    for line in reflow(draft.summary):
        if (named := _procedure_named_in(line)) and (not headline or _ACT_OPENING.match(fold(named))):
            draft.summary.insert(0, draft.title)
            name = named.strip(" ,")
            draft.title = draft.heading = name[:1].upper() + name[1:]
            return True
    return True  # a headline or a question, whether or not its text names the procedure


def _named_in_full(draft: Draft) -> None:
    """A name its text gives in full, as a name (with a capital), of which the file's title writes a part
    ("V/v hướng dẫn thủ tục công nhận hộ cận nghèo" / "… thuộc thủ tục Công nhận hộ nghèo, hộ cận nghèo
    thường xuyên hằng năm"): the full name is the procedure's, the title its short form."""
    if draft.code or not draft.title:
        return  # a code names it already (the portal's name, see ingest/official_names.py)
    short = set(fold(plain_title(draft.title)).replace(",", " ").split())
    if not short:
        return
    for line in reflow(draft.summary):
        named = _procedure_named_in(line)
        if named and named[:1].isupper() and _ACT_OPENING.match(fold(named)):
            full = set(fold(named).replace(",", " ").split())
            if short < full and len(full - short) <= FULL_NAME_EXTRA_WORDS:
                draft.summary.insert(0, draft.title)
                draft.title = draft.heading = named.strip(" ,")
                return


# "1. Đăng ký lại khai sinh: người … nộp Tờ khai …": a numbered procedure of a notice, named by the act it
# opens with, then told in a sentence.
_LISTED = re.compile(r"^\s*\d{1,2}[.)]\s+([^:|.(]{6,160}?)\s*(\([^)]*\))?\s*(?::|\.(?=\s|$)|$)\s*(.*)$")
_ACT_OPENING = re.compile(r"^(?:dang ky|cap|thay doi|cai chinh|chung thuc|xac nhan|khai bao|thong bao|cong nhan|giai quyet"
                          r"|hoa giai|tro cap|ho tro|tach|xoa|gia han|ghi vao|cham dut|lien thong|dieu chinh|dinh chinh"
                          r"|thu hoi|tam ngung|chuyen|huy)(?![a-z])")
_OF_ALL_LISTED = re.compile(r"^(?:cac|nhung|ca) (?:thu tuc|truong hop) (?:nay|tren|neu tren)(?![a-z])")


# A letter's prose longer than this holds the procedure's parts in its sentences.
PROSE_CHARS = 200
# "Thủ tục áp dụng: X (mã thủ tục 1.013225). Hồ sơ gồm: …": the name, after the label, up to its code or
# its sentence's end; what follows is the procedure told.
_NAME_AFTER_LABEL = re.compile(r"^thủ tục(?:\s+(?:áp dụng|số\s+\d+|\d+))?\s*:\s*", re.IGNORECASE)
_NAME_END = re.compile(r"\s*\((?:mã|ma)\b[^)]*\)\s*\.?\s*|\.\s+(?=[A-ZĐÀ-Ỹ])")


def _name_and_what_follows(line: str) -> tuple[str, str]:
    label = _NAME_AFTER_LABEL.match(line)
    if not label:
        return line, ""
    rest = line[label.end():]
    end = _NAME_END.search(rest)
    return (rest[:end.start()].strip(), rest[end.end():].strip()) if end else (rest.strip(), "")


CAPITAL_NAME_WORDS = 8
_SUBITEM = re.compile(r"^\s*(?:\d+|[a-zđ])[.)]\s")  # "1.", "a)": not a Roman "I." heading
BOLD_PART_WORDS = 10  # a heading set in bold by hand; a bold sentence runs longer or ends in a stop


_PART_LINE = re.compile(r"^(?:Phần|PHẦN)\s+(?:[A-ZĐ]|\d{1,2}|[IVX]{1,4})\s*[.:)\-–]\s*(\S.{4,150})$")


def _answers_name_procedures(blocks: list[Block]) -> bool:
    """Whether a page's questions ("Hỏi: … ?") are answered with two procedures at least, each by its name
    ("Đáp: … thủ tục X …"); a page of questions on one procedure stays that procedure."""
    names: set[str] = set()
    for at, block in enumerate(blocks):
        if not _asked_by_a_citizen(block.text, block.level):
            continue
        # the answer's first paragraph, after an "Đáp:" alone on its line
        answer = itertools.takewhile(lambda b: not b.level, blocks[at + 1:at + 3])
        if named := next(filter(None, (_procedure_named_in(b.text) for b in answer)), None):
            names.add(fold(named))
    return len(names) >= 2


_ASKED_MARK = re.compile(r"^(?:Hỏi|H)\s*[:.]\s*")  # "Hỏi: …", "H: …"
_COURTESY = re.compile(r"^\W*(?:cam on|xin cam on|chuc|tran trong|xin chao|kinh chuc|than ai)\b")  # "Cảm ơn chị …"
_ANSWER_MARK = re.compile(r"^\s*(?:Đáp|Trả lời|TL|Đ)\s*[:.]\s*")  # "Đáp: …"


_ASKER = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # "… khai báo bằng cách nào? (Chị Ng.T.H., khu phố 3)"


def _asked_by_a_citizen(heading: str, level: int = 1) -> bool:
    """A question and answer page's question ("Hỏi: Tôi cần giấy xác nhận … làm ở đâu?"), not a part's heading
    asked as a question ("Lệ phí bao nhiêu?", "Ai được làm?"): marked as asked, or a sentence long. A
    paragraph of the text (level 0) is a question only when marked so; the asker's name may follow."""
    heading = _ASKER.sub("", heading.strip())
    if not heading.endswith("?"):
        return False
    return bool(_ASKED_MARK.match(heading)) or level > 0 and len(heading.split()) > HEADING_MAX_WORDS


def _bare_name(heading: str) -> str:
    """A heading's name without its number and its code ("1. Chấm dứt … Mã TTHC 1.001266")."""
    return _CODE_NOTE.sub("", _NUMBERED.sub("", heading)).strip()


def _names_an_act(heading: str) -> bool:
    """A heading naming a procedure by its act ("Gia hạn tạm trú", "Thông báo lưu trú", "1. Chấm dứt
    hoạt động hộ kinh doanh Mã TTHC 1.001266"), no part of one."""
    heading = _bare_name(heading)
    return len(heading.split()) <= HEADING_MAX_WORDS and bool(_ACT_OPENING.match(fold(heading))) \
        and heading_section(heading, first=True) is None


def _names_another_procedure(line: str) -> bool:
    """A short line in capitals naming an act ("ĐĂNG KÝ TẠM TRÚ", "TÁCH HỘ"), no part's heading."""
    return _capitals(line) and 2 <= len(line.split()) <= CAPITAL_NAME_WORDS and _names_an_act(line)


def _listed_procedure(line: str) -> tuple[str, str, str] | None:
    """(name, code, sentence) of a notice's numbered procedure ("1. Cấp đổi thẻ căn cước (Mã TTHC:
    1.014063)", "2. Đăng ký khai tử. Người thân nộp …"), or None."""
    item = _LISTED.match(line)
    if not item or not _ACT_OPENING.match(fold(item.group(1))) or heading_section(item.group(1), first=True):
        return None
    code = _CODE.search(item.group(2) or "")
    return item.group(1).strip(), code.group(0) if code else "", item.group(3).strip()


# What a numbered procedure's sentence says, clause by clause: "…, hồ sơ được giải quyết trong 05 ngày làm
# việc và nộp lệ phí theo mức …" holds its time limit and its fee.
_CLAUSE_PARTS = (
    # the citizen's own deadline ("có trách nhiệm đi khai sinh cho con trong thời hạn 60 ngày"), no time limit
    ("conditions", re.compile(r"trach nhiem|(?:phai|can) (?:di )?(?:dang ky|khai bao|thong bao|khai)\b.* (?:trong|truoc)|ke tu ngay (?:sinh|chet|mat|qua doi)")),
    ("time_limit", re.compile(r"\d+\s*(?:ngay|gio)|ngay lam viec|thoi han|trong ngay|hen tra")),
    ("fee", re.compile(r"(?<![a-z])(?:le phi|phi|mien|khong thu)(?![a-z])")),
    ("documents", re.compile(r"(?<![a-z])(?:to khai|kem|ban sao|ban chinh|giay to|van ban|ho so gom)(?![a-z])")),
    ("channels", re.compile(r"truc tiep|truc tuyen|buu chinh|dich vu cong|vneid")),
)
# Sentences end clauses; a comma does only before the next part's word ("…, thời hạn giải quyết …"), not in
# "Cha, mẹ" or "Hai bên nam, nữ".
_CLAUSE_END = re.compile(r"(?<=[;.])\s+(?=\S)|,\s+(?=(?:thời hạn|hồ sơ|lệ phí|phí|miễn|không thu|kết quả|nộp|trả kết quả)\b)",
                         re.IGNORECASE)


def _parts_of_its_sentence(draft: Draft) -> None:
    # A page's question is no part of its answer; the answer's sentences naming no part answer the part
    # it asks ("ai là người khai báo tạm vắng cho cháu?": "… thì cha, mẹ hoặc người giám hộ khai báo thay").
    asked = _asked_part(draft.question) if draft.question else None
    told = [line for line in draft.summary if line != draft.question]
    for clause in _CLAUSE_END.split(" ".join(told)):
        clause = _ANSWER_MARK.sub("", clause)
        folded = fold(clause)
        keys = [key for key, cue in _CLAUSE_PARTS if cue.search(folded)] \
            or ([asked] if asked and not _COURTESY.match(folded) else [])
        for key in keys:
            if not (key == "time_limit" and "conditions" in keys):
                draft.add(key, clause.strip())


# What a ward writes before a procedure's name: "HƯỚNG DẪN THỦ TỤC ĐĂNG KÝ KHAI TỬ", "Quy trình
# công nhận …", "Thủ tục hòa giải …": the name is what follows.
# "Giải quyết hưởng chế độ ốm đau" is the portal's own name: only "giải quyết thủ tục" is a prefix.
_TITLE_PREFIX = re.compile(r"^(?:(?:hướng dẫn|quy trình)(?:\s+(?:giải quyết|thực hiện|HS(?=\s+(?!lớp|tiểu|THCS|THPT|SV)\w)))?(?:\s+thủ tục(?:\s+hành chính)?)?"
                           r"|thông tin(?:\s+về)?\s+thủ tục(?:\s+hành chính)?|về việc"
                           r"|(?:(?:giải quyết|thực hiện)\s+)?thủ tục(?:\s+hành chính)?(?:\s+(?:số\s+)?\d+)?"
                           r"|(?:phiếu|tờ gấp|tờ rơi|tờ)\s+hướng dẫn(?:\s+thủ tục)?"
                           # the office's taking it in ("Về việc tiếp nhận hồ sơ xác nhận …")
                           r"|(?:tiếp nhận(?:,?\s+giải quyết)?|giải quyết)\s+hồ sơ(?:\s+đề nghị)?"
                           # a page of questions on it, a checklist of its papers
                           r"|hỏi\s*[-–]?\s*đáp(?:\s+về)?(?:\s+thủ tục)?"
                           r"|phiếu\s+(?:tự\s+)?kiểm tra(?:\s+thành phần)?\s+hồ sơ)\s*[:\-–.]?\s*", re.IGNORECASE)


# A headline's words after the name: the ward's own place ("… trên địa bàn phường Tân Hưng"), the news
# of it ("… theo quy định mới", "… mới nhất năm 2026"). The portal's names end with neither; a place
# they name is a province's or a district's ("trên địa bàn tỉnh Hà Tĩnh"), which stays.
_HEADLINE_TAIL = re.compile(r"\s+(?:trên địa bàn (?:phường|xã)(?:\s+\S+){0,4}|theo (?:quy định|luật) mới(?: nhất)?|mới nhất)"
                            r"(?:\s+(?:năm\s+)?\d{4})?\s*$"
                            # the parts a page gives after the name ("Đăng ký tạm trú: lệ phí và hồ sơ")
                            r"|\s*:\s*(?:(?:lệ phí|phí|hồ sơ|giấy tờ|thời hạn|thủ tục|biểu phí|mức thu)(?:\s*(?:,|và)\s*)?)+\s*$",
                            re.IGNORECASE)


def _without_title_prefixes(title: str) -> str:
    """The title without the kinds of paper before its name, one after another ("Về việc hướng dẫn thủ tục
    gia hạn tạm trú" → "gia hạn tạm trú"), two words at least left."""
    while (rest := _TITLE_PREFIX.sub("", title, count=1)) != title and len(rest.split()) >= 2:
        title = rest
    return title


def plain_title(title: str) -> str:
    """A name as the portal writes it: without the document's "Hướng dẫn thủ tục" and, when the
    document prints it in capitals, in sentence case ("ĐĂNG KÝ KHAI TỬ" → "Đăng ký khai tử")."""
    # (a PDF's space before a comma, "cha, mẹ , con", is no part of the name)
    title = re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s+", " ", title)).strip()
    title = _without_title_prefixes(title)
    rest = _HEADLINE_TAIL.sub("", title)
    if len(rest.split()) >= 2:
        title = rest
    letters = [ch for ch in title if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) > 0.8 * len(letters):
        title = title.lower()
    return title[:1].upper() + title[1:]


# Column titles of a ward's own tables.
_COLUMN_TITLES = {"stt", "tt", "noi dung", "quy dinh", "ten giay to", "giay to", "so luong", "ghi chu", "mo ta",
                  "hang muc", "muc", "thong tin", "chi tiet", "yeu cau", "ban chinh", "ban sao", ""}


# A ward's table of papers: the column that names them, and the columns that count the copies.
_PAPER_COLUMNS = {"ten giay to", "giay to", "ten ho so", "ten tai lieu"}
_COPY_COLUMNS = {"ban chinh": "bản chính", "ban sao": "bản sao"}


def _paper_row(titles: list[str], cells: list[str]) -> list[str]:
    """A papers table's row with its copy columns said as one count ("1 | 1" under "Bản chính | Bản sao" is
    "1 bản chính, 1 bản sao"), which the papers' parser reads (ingest/cells.py)."""
    counts = [f"{cell} {_COPY_COLUMNS[title]}" for title, cell in zip(titles, cells)
              if title in _COPY_COLUMNS and cell and cell not in {"0", "-", "x"}]
    kept = [cell for title, cell in zip(titles, cells) if title not in _COPY_COLUMNS]
    return kept[:2] + [", ".join(counts)] + kept[2:] if counts else kept


# Fields only the portal's own record prints ("Số quyết định", "Cấp thực hiện", "Loại thủ tục", "Cơ
# quan phối hợp" …). A file with them is the portal's page saved or printed: its parts are found by
# the portal's labels alone. One without them is written by the ward in its own words, whose
# headings ("Nộp ở đâu?", "II. HỒ SƠ GỒM") are read by their words too.
_PORTAL_ONLY = {"decision", "level", "skip"}
PORTAL_FIELDS_NEEDED = 2


def portal_export(blocks: list[Block]) -> bool:
    found: set[str] = set()
    for block in blocks:
        for line in unglue(nfc(block.text)).splitlines():
            label = match_label(line.strip()) if line.strip() and len(line) < 4000 else None
            if label and label[0] in _PORTAL_ONLY:
                found.add(label[0])
                if len(found) >= PORTAL_FIELDS_NEEDED:
                    return True
    return False


# Labels that the channels table repeats in its header row and in its description cells.
_TABLE_LABELS = {"fee", "time_limit", "channels"}
_TABLE_HEADERS = {"mo ta", "phi, le phi", "phi le phi", "thoi han giai quyet", "hinh thuc nop"}


def _opens_table(value: str) -> bool:
    """A label whose value is another column header, or a description's "+ …" item."""
    folded = fold(value).strip(" :")
    return folded in _TABLE_HEADERS or value.startswith("+") or any(folded.startswith(h + " ") for h in _TABLE_HEADERS)


def cell_items(cell: str) -> list[str]:
    """A table cell's items: its "- …" lines, which a loader joined into one line."""
    items = [item.strip() for item in _CELL_ITEM.split(cell) if item.strip()]
    return items or [cell]


def _start_items(draft: Draft, kind: str, value: str, page: int | None, row: bool) -> str | None:
    """`_start` with a label's value; beside a label cell ("Hồ sơ | - Tờ khai …. - Văn bản …") the
    value cell's items are items of their own."""
    first, *rest = cell_items(value) if row and value else [value]
    target = _start(draft, kind, first, page)
    for item in rest:
        _start(draft, kind, item, page)
    return target


def _start(draft: Draft, kind: str, value: str, page: int | None) -> str | None:
    # A run-in heading ends with its own stop: "Lệ phí. Lệ phí cấp giấy phép …" gives ". Lệ phí cấp …".
    value = re.sub(r"^[.:;,]\s+", "", value)
    if kind == "title":
        # "title" either way: a name wrapped over lines (a PDF's long portal name) goes on on a line
        # that starts in lower case, which `_append` joins; the next capitalised line is the summary.
        draft.title = value
        return "title"
    if kind == "code" and value:
        found = _CODE.search(value)
        value = found.group(0) if found else value
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


_NUMBERED_PROCEDURE = re.compile(r"^thu tuc\s+(?:so\s+)?\d+\s*[:.\-–]\s+\S")


def _labels_a_procedure(line: str) -> bool:
    """"THỦ TỤC 2: …", or "Thủ tục: " before a name that opens with an act ("Thủ tục: Cấp lại thẻ căn
    cước"), not a sentence about the procedure ("Thủ tục: nộp tại …")."""
    folded = fold(line)
    return bool(_NUMBERED_PROCEDURE.match(folded)) or folded.startswith("thu tuc:") \
        and bool(_ACT_OPENING.match(fold(_after_its_label(line))))
_NAMES_PROCEDURE = re.compile(r"^thu tuc(?:\s+(?:so\s+)?\d+)?\s*[:.\-–]?\s+\S")


def _names_procedure(draft: Draft, line: str, target: str | None = None) -> bool:
    """A line that opens with "THỦ TỤC" ("THỦ TỤC 2: …", "Thủ tục: KHAI BÁO TẠM VẮNG") before any
    part, in capitals or under a letter's subject: the name, whatever line the paper's own title took
    ("Công khai thủ tục hành chính lĩnh vực đất đai", "V/v hướng dẫn …")."""
    folded = fold(line)
    return (bool(draft.title) and not draft.sections and (_capitals(line) or target == "subject"
                                                          or folded.startswith("thu tuc") and _capitals(_after_its_label(line))
                                                          or _labels_a_procedure(line))
            and bool(_NAMES_PROCEDURE.match(folded)) and fold(draft.title) != folded)


def _after_its_label(line: str) -> str:
    """What follows "Thủ tục:" on a line ("Thủ tục: KHAI BÁO TẠM VẮNG" → "KHAI BÁO TẠM VẮNG")."""
    return re.sub(r"^\S+\s+\S+(?:\s+(?:số\s+)?\d+)?\s*[:.\-–]?\s*", "", line.strip())


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _append(draft: Draft, target: str | None, line: str, page: int | None) -> str | None:
    """File a body line under the current target; returns the target for the next line."""
    if target in {None, "skip"}:
        return target
    if target == "title":
        # A name printed in capitals wraps onto lines in capitals ("QUY TRÌNH CÔNG NHẬN HỘ NGHÈO, HỘ CẬN" /
        # "NGHÈO"); a line in lower case goes on a name in any case.
        if draft.title and not line[0].islower() and not (_capitals(draft.title) and _capitals(line)):
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
    if target == "subject" and not draft.summary and line[0].islower() and len(line.split()) <= SUBJECT_LINE_WORDS \
            and not line.endswith((".", ":", ";", ")")) and draft.heading == draft.title:
        # the subject wrapped in the letterhead's narrow column ("V/v hướng dẫn cấp thẻ căn cước cho" /
        # "học sinh từ đủ 14 tuổi trở lên"), before any of the letter's text; a longer line, or one ending
        # a sentence, is the letter's
        draft.title = draft.heading = f"{draft.title} {line}"
        return target
    if target in {"summary", "subject"}:  # the introduction under a title or a letter's subject
        draft.summary.append(line)
    elif target.startswith("heading:"):
        draft.add(target[len("heading:"):], line, page)
    else:
        draft.add(target, line, page)
    return target
