"""PDF files with pypdf: the text of every page, the page number kept on each line."""
from __future__ import annotations

import re
from pathlib import Path

from assistant.documents import Procedure
from assistant.errors import DocumentError

from .structure import Block, recognise
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
        blocks = [Block(_rejoin_codes(_page_text(page)), page=number) for number, page in enumerate(reader.pages, 1)]
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
_VOWELS_ALONE = re.compile(r"(?<!\w)[ăâêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,2}(?!\w)",
                           re.IGNORECASE)
_VOWEL_WORDS = {"ở", "ạ", "ừ", "ồ", "ờ", "ấy", "ổ"}
BROKEN_SHARE = 0.03
# Columns that the layout extraction prints side by side (a letterhead's two halves) are split apart.
_COLUMN_GAP = re.compile(r" {3,}")


def _broken_share(text: str) -> float:
    words = text.split()
    alone = [m.group(0) for m in _VOWELS_ALONE.finditer(text) if m.group(0).lower() not in _VOWEL_WORDS]
    return len(alone) / max(len(words), 1)


def _page_text(page) -> str:
    """The page's text; laid out by position instead when the plain extraction cuts syllables apart."""
    text = page.extract_text() or ""
    if _broken_share(text) <= BROKEN_SHARE:
        return text
    laid = page.extract_text(extraction_mode="layout") or ""
    laid = "\n".join(part.strip() for line in laid.splitlines() for part in _COLUMN_GAP.split(line) if part.strip())
    return laid if _broken_share(laid) < _broken_share(text) else text


# A document number broken at its hyphen by the line wrap ("134/2015/NĐ-\nCP" → "134/2015/NĐ- CP").
_BROKEN_CODE = re.compile(r"(\d{1,4}/\d{4}/[A-ZĐ]+(?:-[A-ZĐ]+)*)-\s+(?=[A-ZĐ]{2})")


def _rejoin_codes(text: str) -> str:
    return _BROKEN_CODE.sub(r"\1-", text)


def load_pdf(path: Path, source: str) -> list[Procedure]:
    """A PDF file: its pages' text, read by the structure recogniser."""
    return recognise(repair_legacy_fonts(pdf_blocks(path)), source)
