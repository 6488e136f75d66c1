"""Loaders chosen by file type. Each turns one file into procedures or a clear, per-file error."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from assistant.documents import Procedure
from assistant.errors import DocumentError

from .markdown import parse_markdown

Loader = Callable[[Path, str], list[Procedure]]


def _markdown(path: Path, source: str) -> list[Procedure]:
    return parse_markdown(read_text(path), source)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise DocumentError("the file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc


LOADERS: dict[str, Loader] = {
    ".md": _markdown,
    ".markdown": _markdown,
}


def loader_for(path: Path) -> Loader | None:
    return LOADERS.get(path.suffix.lower())
