"""Word files (.docx) with python-docx: headings, paragraphs and tables, in document order.

A .docx is a zip: it is checked before python-docx opens it, so a renamed file or a zip bomb (a few
kilobytes that inflate to gigabytes) gets a clear refusal instead of exhausting memory.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from assistant.documents import Procedure
from assistant.errors import DocumentError
from assistant.text import fold

from .cells import CELL
from .structure import Block, heading_section, recognise
from .text import repair_legacy_fonts

MAX_UNCOMPRESSED_MB = 200
MAX_RATIO = 100  # ordinary DOCX XML compresses 5-20x; bombs compress thousands of times


def check_zip(path: Path) -> None:
    """Refuse files that are not a zip, lack a Word document, or would inflate out of proportion."""
    if not zipfile.is_zipfile(path):
        raise DocumentError("not a Word .docx file (not a zip archive; an old .doc must be saved as .docx)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise DocumentError(f"the .docx archive is corrupt ({exc})") from exc
    if not any(i.filename == "word/document.xml" for i in infos):
        raise DocumentError("not a Word document (the archive has no word/document.xml)")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > MAX_UNCOMPRESSED_MB * 1_000_000 or total / packed > MAX_RATIO:
        raise DocumentError(
            f"refused: the .docx would inflate to {total / 1_000_000:.0f} MB ({total / packed:.0f}x its size), "
            "which looks like a zip bomb"
        )


def docx_blocks(path: Path) -> list[Block]:
    """Paragraphs (with heading levels) and table rows (cells joined by ' | '), in order."""
    check_zip(path)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors… on broken parts
        raise DocumentError(f"the .docx could not be opened ({type(exc).__name__}: {exc})") from exc
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.extend(_text_box_blocks(item))
            if item.text.strip():
                level = _heading_level(item.style.name if item.style else "")
                blocks.append(Block(item.text, level=level, bold=not level and _bold_line(item)))
        elif isinstance(item, Table):
            blocks.extend(_table_blocks(item))
    return blocks


def _text_box_blocks(paragraph) -> list[Block]:
    """The paragraphs of a text box anchored in this paragraph: a ward may set its notice's title
    ("THÔNG BÁO / Về việc …") in a text box, which Word draws but `paragraph.text` leaves out. A box
    saved twice (a drawing and its VML fallback) is read once."""
    from docx.text.paragraph import Paragraph

    seen: set[str] = set()
    blocks = []
    for element in paragraph._p.xpath(".//w:txbxContent//w:p"):
        inner = Paragraph(element, paragraph._parent)
        text = inner.text.strip()
        if text and text not in seen:
            seen.add(text)
            blocks.append(Block(text, bold=_bold_line(inner)))
    return blocks


def _table_blocks(table) -> list[Block]:
    blocks = []
    for row in table.rows:
        distinct = _distinct(row.cells)
        filled = [cell for cell in distinct if cell.tables or cell.text.strip()]
        if filled and all(cell.tables for cell in filled) or len(filled) == 1 and (filled[0].tables or len(filled[0].paragraphs) > 1):
            # A row whose cells hold tables lays the page out (a box around the steps' table), and a box of one
            # cell holds paragraphs (a shaded "Lưu ý" box of bullets): its paragraphs and tables are read in
            # order, as the page's own, not joined as one row.
            blocks.extend(block for cell in distinct for block in _cell_blocks(cell))
            continue
        cells: list[str] = []
        for cell in row.cells:
            text = re.sub(r"\s*\n\s*", " ", cell.text).strip()
            if not cells or text != cells[-1]:  # merged cells repeat their text
                cells.append(text)
        if any(cells):
            blocks.append(Block(CELL.join(cells)))
    return blocks


def _distinct(cells) -> list:
    """A row's cells, a merged cell (the same one repeated) once."""
    seen: list = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


# A box pointing to another procedure or news ("XEM THÊM: Sửa lỗi sai sót …", "Thủ tục liên quan"): not this
# procedure's text, whatever fee it states.
_ELSEWHERE_BOX = re.compile(r"^\W*(?:xem them|thu tuc lien quan|tin lien quan|bai viet lien quan|co the ban quan tam|tin khac)(?![a-z])")


def _cell_blocks(cell) -> list[Block]:
    from docx.table import Table

    opening = fold(cell.paragraphs[0].text) if cell.paragraphs else ""
    if _ELSEWHERE_BOX.match(opening) and not heading_section(_ELSEWHERE_BOX.sub("", opening).strip(" :-–"), first=True):
        return []  # (a box "XEM THÊM – Lệ phí đăng ký tạm trú:" is this procedure's fee)
    blocks: list[Block] = []
    for item in cell.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_table_blocks(item))
        elif item.text.strip():
            blocks.append(Block(item.text, bold=_bold_line(item)))
    return blocks


# A short paragraph set in bold by hand is how many wards write a heading without Word's styles.
BOLD_HEADING_MAX_CHARS = 120


def _bold_line(paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs or len(paragraph.text.strip()) > BOLD_HEADING_MAX_CHARS:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return all(run.bold or run.bold is None and style_bold for run in runs)


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    match = re.match(r"Heading (\d)", style)
    return int(match.group(1)) if match else 0


def load_docx(path: Path, source: str) -> list[Procedure]:
    """A .docx file, read by the structure recogniser."""
    return recognise(repair_legacy_fonts(docx_blocks(path)), source)
