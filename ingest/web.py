"""Saved web pages (.html): the main content only, as text; markup is read, never kept or run."""
from __future__ import annotations

import re
from pathlib import Path

from assistant.documents import Procedure

from .cells import CELL
from .structure import Block, recognise
from .text import decode, repair_legacy_fonts

DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
        "button", "select", "svg", "canvas", "object", "embed", "head")
# Elements that break a line; inline ones (span, b, a) run on, so "Phí: <b>10.000 đồng</b>" stays whole.
_BREAKS = ("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "br", "section", "article", "main", "table",
           "tbody", "thead", "pre", "blockquote", "hr", "caption")
_HEADING = "\x00h"  # marks a heading line in the flattened text; no page can contain a NUL


def html_blocks(html: str) -> tuple[list[Block], str | None]:
    """The main content's blocks (headings, lines, table rows), and the page's canonical URL if any."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    url = None
    for tag in (soup.find("link", rel="canonical"), soup.find("meta", property="og:url")):
        if tag is not None and (tag.get("href") or tag.get("content")):
            url = str(tag.get("href") or tag.get("content"))
            break
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(DROP):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.find(attrs={"role": "main"}) or soup.body or soup
    for row in root.find_all("tr"):
        cells = [re.sub(r"\s+", " ", c.get_text(" ", strip=True)) for c in row.find_all(["td", "th"], recursive=False)]
        row.replace_with(f"\n{CELL.join(c for c in cells)}\n" if any(cells) else "\n")
    for heading in root.find_all(re.compile(r"^h[1-6]$")):
        text = re.sub(r"\s+", " ", heading.get_text(" ", strip=True))
        heading.replace_with(f"\n{_HEADING}{heading.name[1]}{text}\n")
    for element in root.find_all(_BREAKS):
        element.insert_before("\n")
        element.insert_after("\n")
    blocks: list[Block] = []
    for line in root.get_text().split("\n"):
        line = re.sub(r"[ \t\xa0]+", " ", line).strip()
        if line.startswith(_HEADING):
            blocks.append(Block(line[3:].strip(), level=int(line[2])))
        elif line:
            blocks.append(Block(line))
    if not any(b.level for b in blocks) and title:
        blocks.insert(0, Block(title, level=1))
    return blocks, url


def load_html(path: Path, source: str) -> list[Procedure]:
    """A saved web page, read by the structure recogniser; the page's URL becomes the citation link."""
    blocks, url = html_blocks(decode(path.read_bytes()))
    procedures = recognise(repair_legacy_fonts(blocks), source)  # pages typed in VNI fonts exist too
    for procedure in procedures:
        procedure.source_url = procedure.source_url or url
    return procedures
