"""Shared helpers for the hand-written "ward-made" eval batches (wardmade7 onwards).

A batch keeps its own documents and questions; this module holds the generic parts:

* ``fold`` / ``norm``: the folding used by the eval regexes (NFD, combining marks
  dropped, đ→d, lower case, whitespace collapsed);
* ``doc_text``: the text of a document, folded: PDF via ``pdftotext``, .docx via
  python-docx (every paragraph of the body, including table cells, nested tables,
  block content controls and text boxes), HTML via a tag stripper that drops
  ``<script>`` and ``<style>`` but keeps hidden elements;
* ``portal_names``: the folded ``ten_thu_tuc`` of every record in
  ``/work/shared/data/national-procedures.jsonl``, keyed by 1-based line number;
* regex helpers (``amount``, ``days``, ``FREE``);
* ``Proc`` / ``Case`` / ``Refusal`` and ``build_and_check``, which writes the JSONL
  rows and runs every check:

  - every line parses, ids are unique, every row is tagged ``test`` (or the
    batch's split tag) and has the fixed row shape;
  - every regex compiles and matches the folded text of its document;
  - the first procedure name occurs in the document; every name is folded and
    occurs in the document or in the folded portal name of its record; at least
    one name is a substring of the portal name;
  - every document in the batch has at least one question;
  - refusals name no covered procedure and their topic words occur in no document.

Use from /work/main::

    .venv/bin/python -m evals.wardmade7.sources.build_questions

or add /work/main to ``sys.path`` and ``from evals.wardmade_build import ...``.
"""
from __future__ import annotations

import collections
import json
import os
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Iterable, Sequence

RECORDS = "/work/shared/data/national-procedures.jsonl"

KIND_TAG = {".pdf": "doc-pdf", ".docx": "doc-docx", ".html": "doc-html", ".htm": "doc-html"}

# "free of charge" in folded Vietnamese or English
FREE = (r"(mien (phi|le phi)|mien|khong (mat |thu |phai nop |phai dong |ton )?(phi|le phi|tien)"
        r"|free|no fee|khong mat tien)")


# ----------------------------------------------------------------------------- folding
def fold(s: str) -> str:
    """NFD, drop combining marks, đ→d, lower case (whitespace untouched)."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D").lower()


def norm(s: str) -> str:
    """fold() of the NFC text, whitespace collapsed to single spaces."""
    return re.sub(r"\s+", " ", fold(unicodedata.normalize("NFC", s))).strip()


# ----------------------------------------------------------------------------- regex helpers
def amount(thousands: int) -> str:
    """Regex for an amount of ``thousands`` × 1000 đồng: "30.000", "30,000", "30000".

    The guards keep 5.000 from matching inside 15.000 or 5.000.000."""
    return rf"(?<!\d)(?<!\d[.,]){thousands}[.,]?000(?![.,]?\d)"


def days(n: int, english: bool = True) -> str:
    """Regex for "N ngày" with an optional leading zero, and "N (working) day(s)"."""
    words = {1: "mot|one", 2: "hai|two", 3: "ba|three", 5: "nam|five", 7: "bay|seven", 15: "muoi lam|fifteen"}
    num = rf"(?:0?{n}|{words[n]})" if n in words else rf"0?{n}"
    unit = r"(?:ngay|(?:working )?days?)" if english else r"ngay"
    return rf"(?<![\d.,]){num} {unit}"


# ----------------------------------------------------------------------------- text extraction
class _Strip(HTMLParser):
    """Collects text outside <script>/<style>. Hidden elements (tabs, accordions) are kept."""

    SKIP = ("script", "style", "noscript", "template")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "section"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        else:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def html_text(path: str) -> str:
    p = _Strip()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return " ".join(p.out)


def pdf_text(path: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def docx_text(path: str) -> str:
    """Every paragraph of the document body in order: body paragraphs, table cells
    (nested tables too), block-level content controls and text boxes, plus headers
    and footers. Word's automatic list numbers are not text and are not seen."""
    import docx  # python-docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    parts: list[str] = []

    def para_text(p_el) -> str:
        # python-docx's Paragraph.text skips runs inside inline content controls; read w:t directly.
        txt = Paragraph(p_el, d).text
        raw = "".join(t.text or "" for t in p_el.iter(qn("w:t")))
        return raw if len(raw) > len(txt) else txt

    for p_el in d.element.body.iter(qn("w:p")):
        parts.append(para_text(p_el))
    for sec in d.sections:
        for part in (sec.header, sec.footer):
            if part is not None and not part.is_linked_to_previous:
                for p_el in part._element.iter(qn("w:p")):
                    parts.append(para_text(p_el))
    return "\n".join(parts)


def raw_text(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".docx":
        return docx_text(path)
    if ext in (".html", ".htm"):
        return html_text(path)
    raise ValueError(f"unknown document type: {path}")


def doc_text(path: str) -> str:
    """Folded, whitespace-collapsed text of a document."""
    return norm(raw_text(path))


# ----------------------------------------------------------------------------- portal records
def portal_names(path: str = RECORDS) -> dict[int, str]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            out[i] = norm(json.loads(line)["ten_thu_tuc"])
    return out


def portal_record(line: int, path: str = RECORDS) -> dict:
    with open(path, encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            if i == line:
                return json.loads(ln)
    raise KeyError(line)


# ----------------------------------------------------------------------------- cases
@dataclass(frozen=True)
class Proc:
    """A procedure: folded names (the document's own wording first, then shorter forms,
    at least one a substring of the portal name) and the record's 1-based line."""
    names: tuple
    line: int

    def __init__(self, names: Sequence[str], line: int):
        object.__setattr__(self, "names", tuple(names))
        object.__setattr__(self, "line", line)


@dataclass
class Case:
    question: str
    proc: Proc
    facts: list            # one entry per aspect asked: a regex, or a list of alternative regexes
    aspects: list          # time_limit, fee, documents, where, online, conditions, steps, form, ...
    doc: str               # file name inside the batch's documents/ folder
    extra: list = field(default_factory=list)   # no-diacritics, english, narrative, abbreviation


@dataclass
class Refusal:
    question: str
    tags: list             # aspect and shape tags
    topics: list           # folded topic words that must not occur in any document


def _groups(facts) -> list[list[str]]:
    out = []
    for g in facts:
        out.append([g] if isinstance(g, str) else list(g))
    return out


def build_rows(prefix: str, cases: Iterable[Case], refusals: Iterable[Refusal], split: str = "test") -> list[dict]:
    rows = []
    i = 0
    for c in cases:
        i += 1
        ext = os.path.splitext(c.doc)[1].lower()
        tags = list(c.aspects) + [KIND_TAG[ext]] + list(c.extra) + [split]
        rows.append({
            "id": f"{prefix}-{i:03d}",
            "question": unicodedata.normalize("NFC", c.question),
            "history": [],
            "tags": tags,
            "expect": {"procedure": list(c.proc.names), "facts": _groups(c.facts), "refuse": False},
            "source": "written",
            "source_kind": "written",
        })
    for r in refusals:
        i += 1
        rows.append({
            "id": f"{prefix}-{i:03d}",
            "question": unicodedata.normalize("NFC", r.question),
            "history": [],
            "tags": ["refusal"] + list(r.tags) + [split],
            "expect": {"procedure": [], "facts": [], "refuse": True},
            "source": "written",
            "source_kind": "written",
        })
    return rows


def write_jsonl(rows: list[dict], path: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- checks
ROW_KEYS = {"id", "question", "history", "tags", "expect", "source", "source_kind"}


def check_jsonl(path: str, split: str = "test") -> tuple[list[dict], list[str]]:
    """Re-read the written file: every line parses, ids unique, split tag, row shape, regexes compile."""
    problems, rows, ids = [], [], set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: does not parse ({e})")
                continue
            rows.append(r)
            if set(r) != ROW_KEYS:
                problems.append(f"line {n}: keys {sorted(r)} != {sorted(ROW_KEYS)}")
            rid = r.get("id")
            if rid in ids:
                problems.append(f"line {n}: duplicate id {rid}")
            ids.add(rid)
            if split not in r.get("tags", []):
                problems.append(f"{rid}: not tagged {split!r}")
            if r.get("question") != unicodedata.normalize("NFC", r.get("question", "")):
                problems.append(f"{rid}: question is not NFC")
            exp = r.get("expect", {})
            if set(exp) != {"procedure", "facts", "refuse"}:
                problems.append(f"{rid}: expect keys {sorted(exp)}")
            for g in exp.get("facts", []):
                if not isinstance(g, list) or not g:
                    problems.append(f"{rid}: fact group is not a non-empty list: {g!r}")
                    continue
                for rx in g:
                    try:
                        re.compile(rx)
                    except re.error as e:
                        problems.append(f"{rid}: regex {rx!r} does not compile ({e})")
            if exp.get("refuse"):
                if exp.get("procedure") or exp.get("facts"):
                    problems.append(f"{rid}: refusal with procedure or facts")
            elif not exp.get("procedure") or not exp.get("facts"):
                problems.append(f"{rid}: answerable row without procedure or facts")
    return rows, problems


def check_cases(cases: Sequence[Case], docs_dir: str, portal: dict[int, str] | None = None,
                texts: dict[str, str] | None = None) -> list[str]:
    portal = portal if portal is not None else portal_names()
    texts = texts if texts is not None else {}
    problems = []
    for i, c in enumerate(cases, 1):
        if c.doc not in texts:
            texts[c.doc] = doc_text(os.path.join(docs_dir, c.doc))
        t = texts[c.doc]
        pname = portal.get(c.proc.line, "")
        where = f"case {i} ({c.doc})"
        for nm in c.proc.names:
            if nm != norm(nm):
                problems.append(f"{where}: procedure name not folded: {nm!r}")
            if nm not in t and nm not in pname:
                problems.append(f"{where}: name {nm!r} neither in the document nor in portal name (line {c.proc.line})")
        if c.proc.names[0] not in t:
            problems.append(f"{where}: first procedure name {c.proc.names[0]!r} not in the document")
        if not any(nm in pname for nm in c.proc.names):
            problems.append(f"{where}: no procedure name is a substring of the portal name (line {c.proc.line})")
        for g in _groups(c.facts):
            hits = 0
            for rx in g:
                try:
                    if re.search(rx, t):
                        hits += 1
                except re.error as e:
                    problems.append(f"{where}: regex {rx!r} does not compile ({e})")
            if len(g) == 1 and not hits:
                problems.append(f"{where}: regex {g[0]!r} does not match the document")
            elif not hits:
                problems.append(f"{where}: no alternative of {g!r} matches the document")
        if c.question != unicodedata.normalize("NFC", c.question):
            problems.append(f"{where}: question not NFC")
        for tag in list(c.aspects) + list(c.extra):
            if tag in ("test", "tune") or tag.startswith("doc-"):
                problems.append(f"{where}: tag {tag!r} is added automatically")
    return problems


def check_refusals(refusals: Sequence[Refusal], cases: Sequence[Case], texts: dict[str, str]) -> list[str]:
    problems = []
    names = sorted({nm for c in cases for nm in c.proc.names}, key=len)
    for r in refusals:
        fq = norm(r.question)
        for nm in names:
            if nm in fq:
                problems.append(f"refusal names a covered procedure ({nm!r}): {r.question}")
        if not r.topics:
            problems.append(f"refusal without topic words: {r.question}")
        for kw in r.topics:
            if kw != norm(kw):
                problems.append(f"refusal topic not folded: {kw!r}")
            if kw not in fq:
                problems.append(f"refusal topic {kw!r} is not in its own question: {r.question}")
            for doc, t in texts.items():
                if re.search(r"\b" + re.escape(kw) + r"\b", t):
                    problems.append(f"refusal topic {kw!r} appears in {doc}")
    return problems


def check_docs_covered(cases: Sequence[Case], docs_dir: str) -> list[str]:
    problems = []
    present = sorted(f for f in os.listdir(docs_dir) if os.path.splitext(f)[1].lower() in KIND_TAG)
    used = {c.doc for c in cases}
    for f in present:
        if f not in used:
            problems.append(f"document {f} has no question")
    for f in sorted(used):
        if f not in present:
            problems.append(f"questions refer to missing document {f}")
    return problems


def tag_counts(rows: list[dict]) -> collections.Counter:
    cnt = collections.Counter()
    for r in rows:
        cnt.update(r["tags"])
    return cnt


def build_and_check(prefix: str, cases: Sequence[Case], refusals: Sequence[Refusal], docs_dir: str,
                    out_path: str, split: str = "test", verbose: bool = True) -> int:
    """Write the JSONL, run every check, print a report; returns 0 when there are no problems."""
    rows = build_rows(prefix, cases, refusals, split)
    write_jsonl(rows, out_path)
    texts: dict[str, str] = {}
    problems = check_cases(cases, docs_dir, texts=texts)
    for f in os.listdir(docs_dir):
        if os.path.splitext(f)[1].lower() in KIND_TAG and f not in texts:
            texts[f] = doc_text(os.path.join(docs_dir, f))
    problems += check_docs_covered(cases, docs_dir)
    problems += check_refusals(refusals, cases, texts)
    reread, p2 = check_jsonl(out_path, split)
    problems += p2
    if verbose:
        n_ref = sum(1 for r in reread if r["expect"]["refuse"])
        print(f"wrote {len(reread)} rows ({len(reread) - n_ref} answerable, {n_ref} refusals) to {out_path}")
        per_doc = collections.Counter(c.doc for c in cases)
        print("questions per document:", ", ".join(f"{d} {n}" for d, n in sorted(per_doc.items())))
        print("tags:", ", ".join(f"{t} {n}" for t, n in tag_counts(reread).most_common()))
        if problems:
            print(f"PROBLEMS ({len(problems)}):")
            for p in problems:
                print("  ", p)
        else:
            print("no problems: every regex matches its document; procedure names and refusals check out")
    return 1 if problems else 0
