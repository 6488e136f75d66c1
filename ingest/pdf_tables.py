"""Tables in a PDF, read by their columns from pypdf's layout extraction.

pypdf's plain extraction reads a table line by line across its columns: a "bảng niêm yết" whose
cells wrap over several lines comes out as the name's first half, the time's first words, the fee and
the first paper on one line, and the rest of each cell on the lines below. Its layout extraction
places every piece of text at its position on the page, so the columns stand apart with blank
"rivers" between them, as a reader sees them. A table is a run of lines whose rivers stay blank all
the way down; each line is cut at the rivers, and the lines of one row are joined cell by cell into
the " | " rows the Word and web loaders give (ingest/cells.py), which the structure recogniser reads
by their header row.

Rows: a numbered first column ("STT": 1, 2, 3 …) starts a row at each number; without one, a row
starts where the first column opens with a capital or a digit (a label such as "Lệ phí"), since a cell
wrapped onto a second line goes on in lower case ("Thời hạn giải" / "quyết").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .cells import CELL

# Text pieces of a laid-out line: runs of characters separated by three spaces or more. A bold font's
# glyphs may stand two spaces apart inside a word ("Tên th  ủ tục", "Hồ s  ơ"), never three.
_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")
MIN_COLUMNS = 2
MIN_LABEL_ROWS = 2  # rows of a two-column table whose first cell names a part
MIN_BODY_LINES = 2  # a table has lines below its first
MAX_BLANK_RUN = 2  # blank lines in a row that end a table (a row's padding leaves one)
HEADER_CELL_WORDS = 6  # a column title is short; a line of a row's text beside it is not
PROSE_CELL_WORDS = 20  # a two-column table's label ("Thời hạn giải quyết") is short; a paragraph is not
MIN_RIVER = 2  # blank characters between two columns all the way down
MAX_HEADER_LINES = 3  # lines of titles above a table's first row
MIN_GAPS_FOR_MERGED = 3  # a table of four columns or more may merge a row's cell over two of them
_COLUMN_GAP = re.compile(r" {3,}")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVX]{1,4})\.?$")


def one_line(text: str) -> str:
    """A cell's or a line's laid-out text with its runs of spaces made one."""
    return " ".join(text.split())


def tables_read(laid: str, is_label: Callable[[str], bool] = lambda cell: False,
                repair: Callable[[str], str] = one_line) -> list[str] | None:
    """The page's lines with each table turned into one " | " line per row, or None when the page
    holds no table. A table of two columns is one whose first column names parts (`is_label`: "Lệ
    phí", "Thời hạn giải quyết"), not a letterhead's two halves. `repair` makes a cell's text one line
    (and mends a font that cuts syllables apart: its glyphs stand two spaces apart)."""
    lines = _without_sheet_margins(laid.splitlines())
    out: list[str] = []
    written_at: dict[int, int] = {}  # how many lines of `out` each line passed as plain text gave
    found = False
    i = 0
    while i < len(lines):
        region = _table_at(lines, i)
        rows = _rows(lines[i:region[0]], region[1], repair) if region else []
        if rows and all(len(row[0].strip()) == 1 and row[0].strip().isalpha() for row in rows):
            rows = []  # a column of single letters is a heading's wide letter spacing ("B   ẢN TIN"), no table's
        if region and len(region[1]) == 2 and _wider_table_within(lines, i, region[0]):
            # the upper line of a wider table's header ("Thời hạn giải | Phí, lệ phí"), or a page's two
            # margins around one (a printed sheet's file name and its footer note)
            region, rows = None, []
        if region and len(region[1]) == 2 and any(is_label(row[1]) for row in rows):
            # No table but a leaflet's two columns of text, each naming its own parts ("Cần chuẩn bị
            # gì?" on both sides): the page's plain text reads them one after the other.
            return None
        if region and len(region[1]) == 2 and sum(len(row[0].split()) > PROSE_CELL_WORDS for row in rows) >= MIN_LABEL_ROWS:
            # No table but a newsletter's two columns of text: the left one's "cells" are paragraphs, each
            # beside whatever story the right column runs ("Lệ phí … | THIẾU NHI Mở lớp học bơi …"). Read as a
            # reader does, the left column down, then the right one; a table elsewhere on the page stays one.
            split = region[1][1][0]
            for side in (lambda line: line[:split], lambda line: line[split:]):
                out.extend(repair(side(line)) for line in lines[i:region[0]] if side(line).strip())
            i = region[0]
            continue
        if region and len(region[1]) == 2 and sum(is_label(row[0]) for row in rows) < MIN_LABEL_ROWS:
            rows = []  # a letterhead's two halves
        if not rows:
            plain = columns_apart(lines[i], repair)
            out.extend(plain)
            written_at[i] = len(plain)
            i += 1
            continue
        if below := _body_under_a_spanning_header(lines, i, region):
            # "Thành phần hồ sơ" over "Giấy tờ nộp | Giấy tờ xuất trình": the body's columns, the header's
            # lines read over them
            body, region = below
            rows = _rows(lines[body:region[0]], region[1], repair)
            # the body's own first row may be the header's lower line ("STT | Mã TTHC | … | Tờ khai | …")
            titles = rows.pop(0) if len(rows) > 1 and not _ROW_NUMBER.match(rows[0][0]) \
                and any(_ROW_NUMBER.match(row[0]) for row in rows[1:]) else None
            rows = _header_rows([line for line in lines[i:body] if line.strip()], region[1], repair, below=titles) + rows
        elif (above := _header_line_above(lines, i, region[1], written_at)) is not None:
            del out[len(out) - written_at[above]:]
            rows[:1] = _header_rows([lines[above]], region[1], repair, below=rows[0])
        out.extend(CELL.join(cells) for cells in rows)
        found = True
        i = region[0]
    return out if found else None


_SHEET_COLUMNS = re.compile(r"^\s*A\s+B\s+C\s+D(?:\s+[E-Z]{1,2})*\s*$")
_SHEET_ROW = re.compile(r"^\s*\d{1,4}(?=\s|$)")


def _without_sheet_margins(lines: list[str]) -> list[str]:
    """A printed spreadsheet's page without its margins: the line of column letters ("A  B  C  D …") and
    the row numbers left of column A (ending two places before its letter at least), which would read as
    a table's own column and rows."""
    letters = next((line for line in lines if _SHEET_COLUMNS.match(line)), None)
    if letters is None:
        return lines
    gutter = letters.index("A") - 2

    def unnumbered(line: str) -> str:
        number = _SHEET_ROW.match(line)
        return " " * number.end() + line[number.end():] if number and number.end() <= gutter else line

    return [unnumbered(line) for line in lines if line is not letters]


def _wider_table_within(lines: list[str], start: int, end: int) -> bool:
    """Whether a table of more than two columns opens below `start` and runs to `end`: the two columns
    are the outer reading of that table, not two columns of text."""
    return any((region := _table_at(lines, below)) and len(region[1]) > 2 and region[0] >= end - MAX_BLANK_RUN
               for below in range(start + 1, end) if lines[below].strip())


def _header_line_above(lines: list[str], start: int, bounds: list[tuple[int, int | None]],
                       written_at: dict[int, int]) -> int | None:
    """The line just above a table that holds the upper half of its header: short titles over its
    columns ("Thời hạn giải" over "quyết", "Phí, lệ phí" over "Trực tiếp | Trực tuyến"), fewer than its
    columns, none over the first. The line was written out as plain text when it was passed; None when
    there is none."""
    above = start - 1  # a header's two lines stand together; a line a blank line above is a caption's
    if above < 0 or above not in written_at or not written_at[above]:
        return None
    pieces = _pieces(lines[above])
    titles = [lines[above][a:b] for a, b in pieces]
    if not pieces or len(pieces) >= len(bounds) or any(len(t.split()) > HEADER_CELL_WORDS for t in titles):
        return None
    if any(len(cell.split()) > HEADER_CELL_WORDS for cell in _cells(lines[start], bounds)):
        return None  # the table's first line is a row, not titles
    # A line starting over the first column is the table's caption ("3. Thành phần hồ sơ"), not its
    # titles: a header's upper half leaves the first column's title to the row below ("STT").
    return above if all(0 not in _columns_under(piece, bounds) for piece in pieces) else None


def _columns_under(piece: tuple[int, int], bounds: list[tuple[int, int | None]]) -> list[int]:
    """The columns a piece of text stands over: those its span overlaps, each column reaching to the
    middle of the rivers beside it (a title centred over two columns may stand in the river between)."""
    a, b = piece
    edges = [(left + right) / 2 for (_, left), (right, _) in zip(bounds, bounds[1:])]
    reaches = zip([float("-inf")] + edges, edges + [float("inf")])
    return [k for k, (left, right) in enumerate(reaches) if a < right and b > left]


def _header_rows(header: list[str], bounds: list[tuple[int, int | None]], repair: Callable[[str], str],
                 below: list[str] | None = None) -> list[list[str]]:
    """The header read from its laid-out lines (and the titles `below` them, already cut): a title over
    one column begins that column's title; a title over several spans them, and the header becomes two
    rows, as a Word table's merged cells give them: the spanning titles above, each column's own below
    ("Phí, lệ phí" over "Trực tiếp | Trực tuyến")."""
    joined, spans = ["" for _ in bounds], {}
    for line in header:
        for piece in _pieces(line):
            text, under = repair(line[piece[0]:piece[1]]), _columns_under(piece, bounds)
            if len(under) == 1:
                joined[under[0]] = " ".join(filter(None, (joined[under[0]], text)))
            else:  # a title over the same columns on the next line goes on the same one ("(bản chính, bản sao)")
                spans[under[0], under[-1]] = " ".join(filter(None, (spans.get((under[0], under[-1]), ""), text)))
    joined = [" ".join(filter(None, (title, cell))) for title, cell in zip(joined, below or [""] * len(bounds))]
    if not spans:
        return [joined]
    upper, column = [], 0
    for (first, last), text in sorted(spans.items()):
        if first < column:
            continue  # overlapping the span before it: no title of its own
        upper.extend(joined[column:first])
        upper.append(text)
        column = last + 1
    upper.extend(joined[column:])
    return [upper, joined]


def _body_under_a_spanning_header(lines: list[str], start: int, region: tuple[int, list[tuple[int, int | None]]]
                                  ) -> tuple[int, tuple[int, list[tuple[int, int | None]]]] | None:
    """Where a table's body opens under a header of short titles, one of which spans two of the body's
    columns, and the body's wider reading: the header's own line has fewer columns than the rows below
    it, which a title over two columns hides. None when the header's line is the table's widest."""
    for body in range(start + 1, min(start + 1 + MAX_HEADER_LINES, len(lines))):
        if not lines[body].strip():
            continue
        wider = _table_at(lines, body)
        if wider and len(wider[1]) > len(region[1]) and wider[0] >= region[0] - 1:
            return body, wider
        if any(len(lines[body][a:b].split()) > HEADER_CELL_WORDS for a, b in _pieces(lines[body])):
            return None  # a row's text, no title
    return None


def columns_apart(laid: str, repair: Callable[[str], str] = one_line) -> list[str]:
    """Laid-out lines with what stands side by side (a letterhead's two halves) on lines of their own,
    each made one plain line by `repair` (a justified line's wide spaces, a bold font's cut words)."""
    return [repair(part) for line in laid.splitlines() for part in _COLUMN_GAP.split(line) if part.strip()]


def _pieces(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PIECE.finditer(line)]


def _blank_at(line: str, position: int) -> bool:
    return position >= len(line) or line[position] == " "


def _table_at(lines: list[str], start: int) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the table opening at `start` ends and its column bounds, or None when none opens there.
    A table opens with a line of MIN_COLUMNS pieces or more; it goes on while the blank gaps between
    them stay blank in every line below."""
    pieces = _pieces(lines[start])
    if len(pieces) < MIN_COLUMNS:
        return None
    gaps = [set(range(a_end, b_start)) for (_, a_end), (b_start, _) in zip(pieces, pieces[1:])]
    end, blanks, body = start + 1, 0, 0
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            blanks += 1
            if blanks >= MAX_BLANK_RUN:
                break
            end += 1
            continue
        narrowed = [{p for p in gap if _blank_at(line, p)} for gap in gaps]
        crossed = [k for k, gap in enumerate(narrowed) if not gap or _width(_widest_run(gap)) < MIN_RIVER]
        if _merged_cell(crossed, len(gaps)) and not blanks:  # (after a blank line, a page's footer)
            narrowed[crossed[0]] = gaps[crossed[0]]
        elif crossed:
            break  # text across a river (a space between two words is none): prose below the table
        gaps, blanks, body = narrowed, 0, body + 1
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    # A gap may stay blank in more than one place (a space after the same short word in every line):
    # the river is its widest stretch.
    cuts = [_widest_run(gap) for gap in gaps]
    if body < MIN_BODY_LINES or any(b - a < MIN_RIVER for a, b in cuts):
        return None
    bounds = [(0, cuts[0][0])] + [(a[1], b[0]) for a, b in zip(cuts, cuts[1:])] + [(cuts[-1][1], None)]
    return end, bounds


def _merged_cell(crossed: list[int], gaps: int) -> bool:
    """Whether a line that crosses the rivers `crossed` is a row's cell merged over two columns (a fee
    "Theo Thông tư số 60/2023/TT-BTC" over "Trực tiếp | Trực tuyến"): it crosses one river only, not the
    first (a line of prose below the table starts at the left), of a table of four columns or more."""
    return gaps >= MIN_GAPS_FOR_MERGED and len(crossed) == 1 and crossed[0] > 0


def _width(run: tuple[int, int]) -> int:
    return run[1] - run[0]


def _widest_run(positions: set[int]) -> tuple[int, int]:
    runs: list[tuple[int, int]] = []
    for p in sorted(positions):
        if runs and runs[-1][1] == p:
            runs[-1] = (runs[-1][0], p + 1)
        else:
            runs.append((p, p + 1))
    return max(runs, key=lambda run: run[1] - run[0])


def _cells(line: str, bounds: list[tuple[int, int | None]]) -> list[str]:
    """The line cut at the table's rivers; a piece of text across a river (a merged cell) is given whole
    to each column it spans."""
    cells = [line[a:b].strip() if b is not None else line[a:].strip() for a, b in bounds]
    if all(_blank_at(line, p) for (_, b), (a, _) in zip(bounds, bounds[1:]) for p in range(b, a)):
        return cells
    cells = ["" for _ in bounds]
    for piece in _pieces(line):
        for column in _columns_under(piece, bounds):
            cells[column] = " ".join(filter(None, (cells[column], line[piece[0]:piece[1]])))
    return cells


def _rows(lines: list[str], bounds: list[tuple[int, int | None]],
          repair: Callable[[str], str] = one_line) -> list[list[str]]:
    """The table's rows, each cell's lines joined with a space."""
    split = [_cells(line, bounds) for line in lines if line.strip()]
    numbered = any(_ROW_NUMBER.match(cells[0]) for cells in split[1:])
    rows: list[list[list[str]]] = []
    in_header = True
    for cells in split:
        first = cells[0]
        if numbered:
            opens = bool(_ROW_NUMBER.match(first))
            # Before the first number: the header's lines (short titles), then, on a page a table goes
            # on to, the rest of the last page's row (its header repeated above it): a row of its own,
            # its first cells empty.
            opens = opens or (in_header and bool(rows) and any(len(cell.split()) > HEADER_CELL_WORDS for cell in cells))
            in_header = in_header and not opens
        else:
            opens = bool(first) and (first[0].isupper() or first[0].isdigit())
        if not rows or opens:
            rows.append([[] for _ in bounds])
        for column, cell in enumerate(cells):
            if cell:
                rows[-1][column].append(cell)
    return [[repair(" ".join(parts)) for parts in row] for row in rows]
