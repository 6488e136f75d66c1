"""Loaders chosen by file type. Each turns one file into procedures or a clear, per-file error."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from assistant.documents import Procedure

from .markdown import parse_markdown
from .pdf import load_pdf
from .portal import load_portal_records
from .text import decode, load_text
from .web import load_html
from .word import load_docx

Loader = Callable[[Path, str], list[Procedure]]


def _markdown(path: Path, source: str) -> list[Procedure]:
    return parse_markdown(read_text(path), source)


def read_text(path: Path) -> str:
    """A text file's content: UTF-8, or a legacy Vietnamese encoding; empty or unreadable files refused."""
    return decode(path.read_bytes())


LOADERS: dict[str, Loader] = {
    ".md": _markdown,
    ".markdown": _markdown,
    ".txt": load_text,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html,
    ".htm": load_html,
    ".json": load_portal_records,
    ".jsonl": load_portal_records,
}


def loader_for(path: Path) -> Loader | None:
    return LOADERS.get(path.suffix.lower())
