"""The answer guard: every amount, duration and legal document number in an answer must appear in a
passage it cites. An extractive answer passes by construction; an LLM's answer may not."""
from __future__ import annotations

import re

from .answer import Citation
from .text import fold, normalize_amounts

_MARKER = re.compile(r"\[\d+\]")
_LEGAL = re.compile(r"\b\d+(?:\.\d+)?/\d{4}/[a-z0-9đ-]+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_URL = re.compile(r"https?://\S+")


def figures(text: str) -> set[str]:
    """Legal document numbers and every other number in a text, normalised for comparison."""
    text = _URL.sub(" ", _MARKER.sub(" ", text))
    folded = fold(normalize_amounts(text))
    found = {m.group(0).rstrip(".-") for m in _LEGAL.finditer(folded)}
    folded = _LEGAL.sub(" ", folded)
    found |= {m.group(0).rstrip(".,").lstrip("0") or "0" for m in _NUMBER.finditer(folded)}
    return found


def unsupported_figures(answer: str, citations: list[Citation], names: tuple[str, ...] = ()) -> set[str]:
    """Figures in the answer that no cited passage contains (`names`: the procedure's own names,
    which the answer may use as a heading)."""
    support = " \n ".join([*names, *(f"{c.title}\n{c.section}\n{c.quote}" for c in citations)])
    supported = figures(support)
    return {f for f in figures(answer) if f not in supported}
