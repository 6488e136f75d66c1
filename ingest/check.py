"""`ward-assistant corpus check`: validate every corpus document against docs/corpus-format.md."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.documents import SECTIONS, section_key_for_heading
from assistant.errors import DocumentError
from assistant.text import fold

from .markdown import parse_body, split_front_matter

PROCEDURE_FIELDS = ("id", "title", "short_title", "code", "field", "level", "agency", "channels", "fee_summary",
                    "time_limit", "boundary_free", "source_url", "legal_basis", "verified", "aliases")
GUIDE_FIELDS = ("id", "title", "aliases", "verified")
# A referral names who handles its matters (`agency`), which the refusal says.
REFERRAL_FIELDS = (*GUIDE_FIELDS, "agency")
PROFILE_FIELDS = ("ward_name", "city", "service_center", "address", "hotline", "opening_hours")
MODES = {"Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính"}
# A fee that states an amount (a number of 1.000 or more, not part of a date or a legal number) must
# say in what: đồng, USD or VND.
_AMOUNT_WITHOUT_UNIT = re.compile(
    r"(?<![\d.,/])\d{1,3}(?:[.,]\d{3})+(?![\d.,/])(?!\s*(?:đồng|đ\b|usd|vnd|việt nam đồng))"
    r"|(?<![\d.,/])\d{4,}(?![\d.,/])(?!\s*(?:đồng|đ\b|usd|vnd|việt nam đồng))",
    re.IGNORECASE,
)


@dataclass
class Problem:
    level: str  # error | warning
    file: str
    message: str


def check_corpus(root: Path) -> tuple[list[Problem], int]:
    """All problems found under `root`, and the number of documents checked."""
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    seen_aliases: dict[str, str] = {}
    files = sorted(p for p in root.rglob("*.md") if p.name != "README.md" and not any(x.startswith(".") for x in p.parts))
    for path in files:
        name = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", text) != text:
            problems.append(Problem("error", name, "text is not NFC Unicode"))
        try:
            meta, body = split_front_matter(text)
        except DocumentError as exc:
            problems.append(Problem("error", name, str(exc)))
            continue
        if not meta:
            problems.append(Problem("error", name, "no YAML front matter"))
            continue
        problems += _check_document(name, path, meta, body)
        doc_id = str(meta.get("id", ""))
        if doc_id in seen_ids:
            problems.append(Problem("error", name, f"duplicate id {doc_id!r} (also in {seen_ids[doc_id]})"))
        seen_ids[doc_id] = name
        for alias in meta.get("aliases") or []:
            key = fold(str(alias)).strip()
            if key in seen_aliases and seen_aliases[key] != name:
                problems.append(Problem("error", name, f"alias {alias!r} is also used by {seen_aliases[key]}"))
            seen_aliases[key] = name
    problems += _check_profile(root / "ward-profile.yaml")
    return problems, len(files)


def _check_document(name: str, path: Path, meta: dict, body: str) -> list[Problem]:
    problems: list[Problem] = []
    kind = meta.get("kind", "procedure")
    required = {"procedure": PROCEDURE_FIELDS, "referral": REFERRAL_FIELDS}.get(kind, GUIDE_FIELDS)
    for field in required:
        if meta.get(field) in (None, "", []):
            problems.append(Problem("error", name, f"front matter lacks {field!r}"))
    if meta.get("id") and meta["id"] != path.stem:
        problems.append(Problem("error", name, f"id {meta['id']!r} differs from the file name"))
    verified = meta.get("verified")
    if not isinstance(verified, dt.date):
        problems.append(Problem("error", name, f"verified must be a date (YYYY-MM-DD), not {verified!r}"))
    elif verified > dt.date.today():
        problems.append(Problem("error", name, f"verified date {verified} is in the future"))
    for field in ("source_url", "online_url"):
        url = meta.get(field)
        if url and not str(url).startswith("https://"):
            problems.append(Problem("error", name, f"{field} is not an https URL: {url!r}"))
    if kind == "referral" and not parse_body(body)[1].strip():
        problems.append(Problem("error", name, "a referral needs an opening paragraph: the reply quotes it"))
    if kind != "procedure":
        return problems
    if not str(meta.get("source_url", "")).startswith("https://dichvucong.gov.vn/"):
        problems.append(Problem("warning", name, "source_url is not a National Public Service Portal page"))
    for channel in meta.get("channels") or []:
        if not isinstance(channel, dict) or channel.get("mode") not in MODES:
            problems.append(Problem("error", name, f"channel mode must be one of {sorted(MODES)}: {channel!r}"))
            continue
        fee = str(channel.get("fee", ""))
        if _AMOUNT_WITHOUT_UNIT.search(fee):
            problems.append(Problem("error", name, f"fee without a unit: {fee!r}"))
        if not str(channel.get("time_limit", "")).strip():
            problems.append(Problem("error", name, f"channel {channel['mode']} has no time_limit (write 'Không có thông tin')"))
    headings = [section_key_for_heading(line[3:]) for line in body.splitlines() if line.startswith("## ")]
    expected = list(SECTIONS)
    missing = [SECTIONS[k][0] for k in expected if k not in headings]
    if missing:
        problems.append(Problem("error", name, "missing sections: " + ", ".join(missing)))
    elif [h for h in headings if h in expected] != expected:
        problems.append(Problem("error", name, "sections are not in the portal's order"))
    aliases = meta.get("aliases") or []
    if not any(re.fullmatch(r"[A-Za-z0-9 ,'()/-]+", str(a)) and " " in str(a) for a in aliases):
        problems.append(Problem("warning", name, "no English alias"))
    return problems


def _check_profile(path: Path) -> list[Problem]:
    if not path.exists():
        return [Problem("error", path.name, "ward-profile.yaml is missing: every hand-off message uses it")]
    try:
        profile = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        return [Problem("error", path.name, f"not valid YAML: {exc}")]
    problems = [Problem("error", path.name, f"lacks {f!r}") for f in PROFILE_FIELDS if not profile.get(f)]
    placeholders = [f for f in PROFILE_FIELDS if str(profile.get(f, "")).startswith("[CHƯA XÁC MINH]")]
    if placeholders:
        problems.append(Problem("warning", path.name, "placeholders to fill before going live: " + ", ".join(placeholders)))
    return problems
