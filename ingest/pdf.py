"""PDF files with pypdf: the text of every page, the page number kept on each line."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

from assistant.documents import Procedure
from assistant.errors import DocumentError
from assistant.text import fold, is_vietnamese_syllable

from .cells import CELL
from .pdf_tables import columns_apart, tables_read
from .structure import Block, heading_section, portal_export, recognise
from .text import repair_legacy_fonts

# Below this many letters in the whole file, the PDF is taken for a scan with no text layer.
MIN_LETTERS = 20


def pdf_blocks(path: Path) -> list[Block]:
    """One block per page; a clear DocumentError for encrypted, corrupt or image-only files."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    data = path.read_bytes()
    if not data.strip():
        raise DocumentError("the file is empty")
    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError("not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        # pypdf recovers what it can from a cut file; a partial procedure is worse than none.
        raise DocumentError("the PDF is truncated (no end-of-file marker): the copy is incomplete")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            # An owner password alone (printing restrictions) still opens with an empty user password.
            try:
                if not reader.decrypt(""):
                    raise DocumentError("the PDF is encrypted with a password; save an unprotected copy")
            except Exception as exc:  # wrong password, or an AES file without the `cryptography` package
                raise DocumentError("the PDF is encrypted with a password; save an unprotected copy") from exc
        # The layout extraction (slower) only for the pages that need it, each once.
        layout = functools.lru_cache(maxsize=None)(
            lambda number: reader.pages[number].extract_text(extraction_mode="layout") or "")
        pages = [_page_text(letter_spacing_undone(page.extract_text() or ""), functools.partial(layout, number))
                 for number, page in enumerate(reader.pages)]
        if not portal_export([Block(text) for text in pages]):
            # A ward's own table is read by its columns; the portal's printed record keeps the reading
            # its own tables' parsers expect (ingest/cells.py).
            pages = [_tables_of(layout(number)) or text for number, text in enumerate(pages)]
        pages = _without_running_lines([reshift_spaces(text) for text in pages])
        blocks = [Block(_rejoin_codes(text), page=number) for number, text in enumerate(pages, 1)]
    except DocumentError:
        raise
    except FileNotDecryptedError as exc:
        raise DocumentError("the PDF is encrypted with a password; save an unprotected copy") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DocumentError(f"the PDF is corrupt or truncated ({type(exc).__name__}: {exc})") from exc
    if sum(ch.isalpha() for b in blocks for ch in b.text) < MIN_LETTERS:
        raise DocumentError("the PDF has no text layer (a scan?): it needs OCR before it can be ingested")
    return blocks


# Some fonts (Liberation Serif as Chromium or LibreOffice print it) place a vowel with its marks as a
# glyph of its own, which pypdf's plain extraction cuts off with spaces: "Ủ Y BAN", "PH ƯỜ NG", "C Ộ NG
# HÒA". Vowels standing alone like that are the sign; Vietnamese writes few words of bare vowels, and
# those few ("ở", "ạ") are left out of the count.
# Vowels written with a mark; with "aeiouy" they are every vowel, and without the six letters that carry
# no tone ("ă â ê ô ơ ư") the toned ones.
_MARKED_VOWELS = "ăâêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_VOWELS_ALONE = re.compile(rf"(?<!\w)[{_MARKED_VOWELS}]{{1,2}}(?!\w)", re.IGNORECASE)
_VOWEL_WORDS = {"ở", "ạ", "ừ", "ồ", "ờ", "ấy", "ổ"}
BROKEN_SHARE = 0.03


# A heading set with wide letter spacing comes out a letter at a time, its words two spaces apart: "P H Ư Ờ N G  B Ì N H".
_LETTER_SPACED = re.compile(r"^\S(?: \S){2,}(?: {2,}\S(?: \S)*)+$")


def letter_spacing_undone(text: str) -> str:
    """The text with each letter-spaced line written as words ("PHƯỜNG BÌNH TRỊ BẮC")."""
    return "\n".join(" ".join(word.replace(" ", "") for word in re.split(r" {2,}", line.strip()))
                     if _LETTER_SPACED.match(line.strip()) else line for line in text.split("\n"))


def _broken_share(text: str) -> float:
    words = text.split()
    alone = [m.group(0) for m in _VOWELS_ALONE.finditer(text) if m.group(0).lower() not in _VOWEL_WORDS]
    return len(alone) / max(len(words), 1)


def _page_text(text: str, laid: Callable[[], str]) -> str:
    """The page's plain text, with its syllables put back together when the extraction cuts them apart
    (or, if that leaves more cut, laid out by position: `laid`)."""
    if _broken_share(text) <= BROKEN_SHARE:
        return text
    return min((rejoin_syllables(text), "\n".join(columns_apart(laid())), text), key=_broken_share)


def _tables_of(laid: str) -> str | None:
    """The laid-out page with its tables read by their columns (ingest/pdf_tables.py), or None when it has
    no table."""
    tables = tables_read(laid, is_label=lambda cell: heading_section(fold(cell), first=True) is not None,
                         repair=_cell_text)
    return None if tables is None else "\n".join(tables)


def _cell_text(laid: str) -> str:
    """A table cell's laid-out text as one line; a bold font's glyphs standing two spaces apart inside a
    word ("Tên th  ủ tục", "Hồ s  ơ") put back together."""
    text = " ".join(laid.split())
    return rejoin_syllables(text) if re.search(r"\S  \S", laid) or _broken_share(text) > BROKEN_SHARE else text


_LETTERS = re.compile(r"^[^\W\d_]+$")
_VOWELS = set("aeiouy" + _MARKED_VOWELS)
_CODAS = {"c", "ch", "m", "n", "ng", "nh", "p", "t"}


# Some PDFs place a space one letter early ("văn bả nủy quyền", "NỘ PỞ ĐÂU", "đồ ngý"): the final consonant
# of a syllable opens the next word. Moved back when the two syllables it makes are this many times more
# often written than the two as extracted (a word nobody writes, "nủy", against "bản ủy").
SHIFT_GAIN = 1000.0
_FINAL_FIRST = re.compile(r"^(ng|nh|ch|c|m|n|p|t)(?=[^\W\d_])", re.IGNORECASE)


def reshift_spaces(text: str) -> str:
    """The text with each space placed one final consonant too early put back after it."""
    from assistant.restore import everyday_frequencies

    frequencies = everyday_frequencies()
    if not frequencies:
        return text

    def often(word: str) -> float:
        return frequencies.get(word.lower(), 0.5)

    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            core = second.rstrip(".,;:)!?")
            final = _FINAL_FIRST.match(core)
            if not final or not _LETTERS.match(first) or not _LETTERS.match(core) or not _ends_in_vowel(first):
                continue
            joined, rest = first + final.group(1), core[len(final.group(1)):]
            if _is_syllable(joined) and _is_syllable(rest) and _same_case(first, final.group(1)) \
                    and often(joined) * often(rest) >= SHIFT_GAIN * often(first) * often(core):
                words[i], words[i + 1] = joined, rest + second[len(core):]
        lines.append(" ".join(words))
    return "\n".join(lines)


def rejoin_syllables(text: str) -> str:
    """Words whose letters a font's glyphs cut apart, put back by the shape of a Vietnamese syllable:
    an onset alone ("PH", "H") takes the vowels after it ("PH ƯỜ NG" → "PHƯỜ NG"), a syllable with no
    final takes a final alone after it ("PHƯỜ NG" → "PHƯỜNG") unless that consonant opens the next
    one, and a syllable with no final takes bare vowels after it ("H Ộ I" → "HỘI")."""
    return "\n".join(_rejoined_line(line) for line in text.splitlines())


def _rejoined_line(line: str) -> str:
    # Words with the space or slash before each ("đồ ng/tr ường" is "đồng/trường"): only a space was cut.
    pieces = re.findall(r"(\s*|/)([^\s/]+)", line.strip())
    seps = [sep for sep, _ in pieces]
    words = _rejoined([word for _, word in pieces], seps)
    return "".join(f"{sep if sep == '/' else (' ' if i else '')}{word}" for i, (sep, word) in enumerate(words))


def _rejoined(tokens: list[str], seps: list[str]) -> list[tuple[str, str]]:
    out: list[str] = []
    out_seps: list[str] = []
    for index, token in enumerate(tokens):
        core = token.rstrip(".,;:)!?")  # "đị nh," is "định,"
        # "(m ẫu" is "(mẫu": an opening bracket or quote is no part of the syllable
        if out and seps[index] != "/" and _LETTERS.match(core) and _LETTERS.match(out[-1].lstrip("(\"“'")):
            last, low = out[-1].lstrip("(\"“'"), core.lower()
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            # a letter's case ties it to its syllable: "mụ c IV." is "mục IV.", not "mụ cIV."
            onset_alone = not _has_vowel(last) and _same_case(last, core)
            opens_next = (core == token and _starts_with_vowel(following) and _same_case(core, following)
                          and _is_syllable(core + following.rstrip(".,;:)!?")))
            final_alone = low in _CODAS and _ends_in_vowel(last) and _same_case(last, core) and not opens_next
            # the rest of a syllable whose tone the glyph carries: "so ạ n" is "soạn", "Ho ạt" "Hoạt"; a
            # toned word after a toned one ("có ích") is a word of its own
            toned_rest = _starts_with_vowel(core) and _toned(core) and not _toned(last) and _ends_in_vowel(last)
            glide = _is_vowels(low) and not _toned(core) and _ends_in_vowel(last)  # "HỘ I" is "HỘI"
            if (onset_alone and _starts_with_vowel(core)) or final_alone or toned_rest or glide:
                if onset_alone or _is_syllable(last + core):
                    out[-1] = out[-1] + token
                    continue
        out.append(token)
        out_seps.append(seps[index])
    return list(zip(out_seps, out))


# The vowel clusters a Vietnamese syllable can hold, folded.
_NUCLEI = set("a e i o u y ai ao au ay eo eu ia iu oa oe oi ua ue ui uo uu uy ie ye oai oay oao oeo uay uoi uou ieu yeu"
              " uya uye uyu".split())
_TONES = set(_MARKED_VOWELS) - set("ăâêôơư")


def _is_syllable(word: str) -> bool:
    folded = fold(word)
    if re.match(r"^[bcdghklmnprstvx]+y[aeiou]", folded):
        return False  # "yê" opens a syllable ("yêu") or follows "u" ("khuyên"), never a consonant
    # "gi", "qu" open a syllable as consonants do: "giấy" holds "ay", "quyết" "uye"
    cluster = re.search(r"[aeiouy]+", re.sub(r"^(?:gi(?=[aeiouy])|qu)", "", folded))
    return is_vietnamese_syllable(folded) and bool(cluster) and cluster.group(0) in _NUCLEI


def _same_case(first: str, second: str) -> bool:
    """Both in capitals or neither (one letter of a capitalised word counts as either)."""
    a, b = first.isupper(), second.isupper()
    return a == b or len(first) == 1 and first.isupper() or first[:1].isupper() and not b


def _toned(token: str) -> bool:
    return any(ch in _TONES for ch in token.lower())


def _has_vowel(token: str) -> bool:
    return any(ch in _VOWELS for ch in token.lower())


def _is_vowels(token: str) -> bool:
    return all(ch in _VOWELS for ch in token)


def _starts_with_vowel(token: str) -> bool:
    return bool(token) and token[0].lower() in _VOWELS


def _ends_in_vowel(token: str) -> bool:
    return bool(token) and token[-1].lower() in _VOWELS


# A page number printed on the page: "Trang 2/4", "- 2 -", "2/4".
_PAGE_NUMBER = re.compile(r"^(?:trang\s+[1-9]\d{0,2}(?:\s*/\s*\d{1,3})?|-\s*[1-9]\d{0,2}\s*-|[1-9]\d{0,2}(?:\s*/\s*\d{1,3})?)$",
                          re.IGNORECASE)
# Lines of a page's top or bottom looked at for a running header or footer.
EDGE_LINES = 3


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without the page number printed at their top or bottom ("Trang 2/4", "- 2 -") and
    without a running header or footer: a line printed at the top or bottom of two pages or more
    ("CÔNG AN XÃ … – Hướng dẫn đăng ký thường trú"). A number inside the page (a table's "03") stays."""
    split = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    seen: dict[str, int] = {}
    for lines in split:
        for line in set(lines[:EDGE_LINES] + lines[-EDGE_LINES:]):
            seen[line] = seen.get(line, 0) + 1
    # A table's header row repeated on each page it runs over names its columns: no running header.
    running = {line for line, count in seen.items() if count >= 2 and len(line) > 3 and CELL not in line}
    kept = []
    for lines in split:
        edge = set(range(min(EDGE_LINES, len(lines)))) | set(range(max(0, len(lines) - EDGE_LINES), len(lines)))
        kept.append("\n".join(line for i, line in enumerate(lines)
                              if line not in running and not (i in edge and _PAGE_NUMBER.match(line))))
    return kept


# A document number broken at its hyphen by the line wrap ("134/2015/NĐ-\nCP" → "134/2015/NĐ- CP").
_BROKEN_CODE = re.compile(r"(\d{1,4}/\d{4}/[A-ZĐ]+(?:-[A-ZĐ]+)*)-\s+(?=[A-ZĐ]{2})")


def _rejoin_codes(text: str) -> str:
    return _BROKEN_CODE.sub(r"\1-", text)


def load_pdf(path: Path, source: str) -> list[Procedure]:
    """A PDF file: its pages' text, read by the structure recogniser."""
    return recognise(repair_legacy_fonts(pdf_blocks(path)), source)
