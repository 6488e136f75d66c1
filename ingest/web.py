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
# Elements that title what follows as a heading does: an accordion's <summary>, a definition's <dt>.
_HEADING_LIKE = {"summary": "3", "dt": "4"}


# Words of a class or id that mark a site's own furniture, not the page's content: menus, sidebars,
# breadcrumbs, banners, polls, visitor counters, share buttons, "tin liên quan" boxes. Compared as
# whole words of the name ("left-col" is no chrome; "sidebar-left", "box-tin-lien-quan" are).
_CHROME_WORDS = {"menu", "mainmenu", "submenu", "nav", "navbar", "navigation", "sidebar", "breadcrumb", "breadcrumbs",
                 "footer", "topbar", "banner", "widget", "poll", "counter", "visitor", "visitors", "share", "social",
                 "related", "comment", "comments", "search", "ads", "advert", "advertisement", "login", "marquee",
                 "languages"}
# A language switcher ("Ngôn ngữ / Language: Tiếng Việt | English"): an element so named and short, not a page's
# body or a bilingual page's halves ("lang-vi", "lang-en").
_LANGUAGE_WORDS = {"lang", "langs", "language"}
LANGUAGE_SWITCH_CHARS = 80
_CHROME_PHRASES = ("top-bar", "side-bar", "lien-quan", "lienquan", "tin-khac", "tinkhac", "thong-ke", "truy-cap")
# Names of the element that holds an article's text when the page has no <main> or <article>.
_CONTENT_WORDS = {"content", "detail", "details", "post", "entry", "article", "noidung", "chitiet", "body"}
# Tags that put a cell's text on several paragraphs: such a row lays a page out, it is no row of data
# (a <br> inside a cell is a line break within one value).
_BLOCK_TAGS = ("p", "li", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")


def _holds_the_page(form, soup) -> bool:
    """Whether a <form> wraps the page's content (a heading, or most of its text) rather than being a
    search box or a poll."""
    if form.find(["h1", "h2", "article", "main"]):
        return True
    body = soup.body or soup
    return len(form.get_text(" ", strip=True)) > 0.5 * len(body.get_text(" ", strip=True))


def _names(tag) -> list[str]:
    classes = tag.get("class") or []
    return [n.lower() for n in [*(classes if isinstance(classes, list) else [classes]), tag.get("id") or ""] if n]


def _name_words(name: str) -> set[str]:
    """The words of a class or id: "box-tin-lien-quan" → box, tin, lien, quan."""
    return set(re.split(r"[-_\s]+", name))


def _is_chrome(tag) -> bool:
    for name in _names(tag):
        if _name_words(name) & _CHROME_WORDS or any(p in name for p in _CHROME_PHRASES):
            # A header that holds the page's own title is the article's, not the site's.
            return not tag.find("h1")
        if _name_words(name) & _LANGUAGE_WORDS and tag.name not in ("html", "body") \
                and len(tag.get_text(" ", strip=True)) <= LANGUAGE_SWITCH_CHARS:
            return True
    return False


def _content_root(soup):
    root = soup.find("main") or soup.find(attrs={"role": "main"})
    if root is not None:
        return root
    articles = [a for a in soup.find_all("article") if a.find_parent("article") is None]
    if len(articles) > 1 and len({id(a.parent) for a in articles}) == 1:
        return articles[0].parent  # a page of several articles side by side, a procedure each
    if articles:
        return articles[0]
    named = [tag for tag in soup.find_all(True) if any(_name_words(n) & _CONTENT_WORDS for n in _names(tag))]
    if named:
        return max(named, key=lambda tag: len(tag.get_text(" ", strip=True)))
    return soup.body or soup


def _lays_out(row) -> bool:
    """A table row whose cells hold paragraphs, lists or tables: the page's layout (a label cell
    beside a value cell of several paragraphs, or a whole article in one cell)."""
    for cell in row.find_all(["td", "th"], recursive=False):
        if cell.find(_BLOCK_TAGS):  # an inner table's tag stays when its rows are flattened first
            return True
    return False


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
    # An article's own title, wherever the theme puts it (WordPress: in the entry's <header>, outside
    # its .entry-content); kept before the site's header and menus are dropped.
    article_title = soup.select_one("h1.entry-title, h1.post-title, h1.page-title, article h1, main h1")
    article_title = article_title.extract() if article_title is not None else None
    for toggle in soup.find_all("button", attrs={"aria-controls": True}):
        # An accordion's button names the panel it opens, right after it ("2. Thành phần hồ sơ"): that panel's
        # heading, not a control to drop with the page's other buttons ("Xem thêm", a "?" tooltip are).
        label = toggle.get_text(" ", strip=True)
        if toggle.find_next_sibling() is soup.find(id=toggle["aria-controls"]) and len(label.split()) >= 2 \
                and not re.match(r"(xem thêm|đọc tiếp|thu gọn|mở rộng)", label, re.IGNORECASE):
            toggle.name = "h3"
    for tag in soup.find_all(DROP):
        if tag.name == "form" and _holds_the_page(tag, soup):
            tag.unwrap()  # ASP.NET / DNN sites wrap the whole page in one <form>: its content is the page's
        else:
            tag.decompose()
    for tag in soup.find_all(_is_chrome):
        if not tag.decomposed:
            tag.decompose()
    root = _content_root(soup)
    if article_title is not None:
        root.insert(0, article_title)
    # Innermost rows first: a row of data becomes one line of cells; a layout row (an outer table
    # around the article, a label cell beside paragraphs) is left to break into its lines.
    for row in reversed(root.find_all("tr")):
        cells = row.find_all(["td", "th"], recursive=False)
        if _lays_out(row):
            for cell in cells:
                cell.insert_before("\n")
                cell.insert_after("\n")
            continue
        texts = [re.sub(r"\s+", " ", c.get_text(" ", strip=True)) for c in cells]
        row.replace_with(f"\n{CELL.join(t for t in texts)}\n" if any(texts) else "\n")
    for heading in root.find_all([re.compile(r"^h[1-6]$"), *_HEADING_LIKE]):
        text = re.sub(r"\s+", " ", heading.get_text(" ", strip=True))
        level = _HEADING_LIKE.get(heading.name) or heading.name[1]
        heading.replace_with(f"\n{_HEADING}{level}{text}\n")
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
        # "Tuyển chọn Tổ viên … | Xã Hóc Môn": the page's name, not the site's, which the title bar adds
        blocks.insert(0, Block(max(title.split(" | "), key=len).strip(), level=1))
    return blocks, url


def load_html(path: Path, source: str) -> list[Procedure]:
    """A saved web page, read by the structure recogniser; the page's URL becomes the citation link."""
    blocks, url = html_blocks(decode(path.read_bytes()))
    procedures = recognise(repair_legacy_fonts(blocks), source)  # pages typed in VNI fonts exist too
    for procedure in procedures:
        procedure.source_url = procedure.source_url or url
    return procedures
