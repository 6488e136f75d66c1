"""Markdown documents with YAML front matter: the shipped corpus format (docs/corpus-format.md)."""
from __future__ import annotations

import datetime as dt
import re

import yaml

from assistant.documents import SECTION_TITLES, Channel, Procedure, Section, section_key_for_heading
from assistant.errors import DocumentError
from assistant.text import fold, nfc

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
# libyaml's parser when PyYAML has it: a tenth of the time, which is most of a no-op refresh.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise DocumentError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise DocumentError("front matter must be a mapping")
    return meta, text[match.end():]


def parse_markdown(text: str, source: str) -> list[Procedure]:
    text = nfc(text).replace("\r\n", "\n")
    meta, body = split_front_matter(text)
    heading, summary, sections = parse_body(body)
    title = str(meta.get("title") or heading or "").strip()
    if not title:
        raise DocumentError("no title: give a `title` in the front matter or a '# ' heading")
    procedure = Procedure(
        id=str(meta.get("id") or slugify(title)),
        title=title,
        kind=str(meta.get("kind") or ("procedure" if any(s.key in SECTION_TITLES for s in sections) else "guide")),
        short_title=str(meta.get("short_title") or heading or ""),
        code=str(meta.get("code") or ""),
        field=str(meta.get("field") or ""),
        level=str(meta.get("level") or ""),
        agency=str(meta.get("agency") or ""),
        where=str(meta.get("where") or ""),
        channels=[_channel(c) for c in meta.get("channels") or []],
        fee_summary=str(meta.get("fee_summary") or ""),
        time_limit=str(meta.get("time_limit") or ""),
        boundary_free=bool(meta.get("boundary_free", False)),
        online_url=meta.get("online_url") or None,
        source_url=meta.get("source_url") or None,
        decision=str(meta.get("decision") or ""),
        legal_basis=[str(x) for x in meta.get("legal_basis") or []],
        verified=_date(meta.get("verified")),
        aliases=[nfc(str(a)) for a in meta.get("aliases") or []],
        summary=summary,
        sections=sections,
        source=source,
    )
    return [procedure]


def parse_body(body: str) -> tuple[str, str, list[Section]]:
    """The '# ' heading, the paragraph under it, and one section per '## ' heading."""
    heading, summary_lines = "", []
    sections: list[Section] = []
    current: Section | None = None
    for line in body.splitlines():
        if line.startswith("# ") and not heading and current is None:
            heading = line[2:].strip()
            continue
        if line.startswith("## "):
            title = line[3:].strip()
            key = section_key_for_heading(title) or f"other:{slugify(title)}"
            current = Section(key=key, title=SECTION_TITLES.get(key, title), text="")
            sections.append(current)
            continue
        if current is None:
            summary_lines.append(line)
        else:
            current.text += line + "\n"
    for section in sections:
        section.text = section.text.strip()
    return heading, " ".join(l.strip() for l in summary_lines if l.strip()), [s for s in sections if s.text]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:80] or "document"


def _channel(raw) -> Channel:
    if not isinstance(raw, dict):
        raise DocumentError(f"a channel must be a mapping with mode/time_limit/fee, not {raw!r}")
    return Channel(
        mode=str(raw.get("mode", "")),
        time_limit=str(raw.get("time_limit", "") or ""),
        fee=str(raw.get("fee", "") or ""),
        description=str(raw.get("description", "") or ""),
    )


def _date(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value or "")
