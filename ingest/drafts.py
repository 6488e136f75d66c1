"""The staff console's draft: uploaded files read into procedures beside the live index, with the
staff's corrections, before anything goes live (issue 12).

- a file uploaded again under the same name replaces its earlier copy (no duplicates);
- a procedure whose portal code is already live takes that procedure's id, so a new PDF of an
  existing procedure *updates* it rather than answering beside it;
- a correction is stored against (file name, procedure id, field), not against the parsed text, so
  it survives re-reading and re-uploading the same file;
- the draft is the live procedures, replaced by the files' procedures, less those marked deleted.

Publishing and rolling back live in `ingest/versions.py`.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents import SECTION_TITLES, Chunk, Procedure, Section, chunk_procedure
from assistant.refresh import current_procedures
from assistant.settings import Settings
from assistant.store import Store

from .loaders import LOADERS
from .run import load_file, missing_parts, source_name

# A ward's whole corpus is a few hundred documents; a draft is a batch of changes.
MAX_DRAFT_FILES = 100
MAX_TEXT_CHARS = 200_000
# Fields staff may correct: a section's text (with the matching summary) or the title.
CORRECTABLE = ("title", "fee", "time_limit", "documents", "agency")
_SUMMARY_OF = {"fee": "fee_summary", "time_limit": "time_limit", "agency": "where"}
# Loader messages, sorted into the kinds of failure the console explains in plain words.
_FAILURES = [("empty", ("is empty", "empty file", "no text", "the file is empty")),
             ("encrypted", ("encrypted",)), ("corrupt", ("corrupt", "could not read", "no %pdf header")),
             ("truncated", ("truncated",)),
             ("no_text_layer", ("no text layer",)), ("too_large", ("over the",)),
             ("unsupported", ("unsupported file type", "not a pdf", "not a word")), ("zip_bomb", ("zip bomb",)),
             ("no_procedure", ("no procedure", "no title"))]

SCHEMA = """
CREATE TABLE IF NOT EXISTS draft_files (name TEXT PRIMARY KEY, uploaded_by TEXT, uploaded_at REAL, size INTEGER,
    sha256 TEXT);
CREATE TABLE IF NOT EXISTS overrides (file TEXT, procedure_id TEXT, field TEXT, value TEXT, by TEXT, at REAL,
    PRIMARY KEY (file, procedure_id, field));
CREATE TABLE IF NOT EXISTS deletions (procedure_id TEXT PRIMARY KEY, by TEXT, at REAL);
"""


class DraftError(ValueError):
    """A refused draft operation; `kind` names it for the console's wording."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class FileReport:
    """One draft file as staff see it: read or failed (and why), its procedures, text and warnings."""
    name: str
    uploaded_by: str
    uploaded_at: float
    size: int
    status: str  # "read" | "failed"
    failure: str = ""  # a kind from _FAILURES, or "other"
    error: str = ""  # the loader's own words
    procedures: list[Procedure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (kind, procedure id or detail)
    text: str = ""
    replaces: dict[str, str] = field(default_factory=dict)  # procedure id -> the live source it replaces

    def chunks(self) -> list[Chunk]:
        return [c for p in self.procedures for c in chunk_procedure(p)]


@dataclass
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class ProcedureChange:
    action: str  # created | updated | deleted
    procedure_id: str
    title: str
    fields: list[FieldChange] = field(default_factory=list)


def failure_kind(error: str) -> str:
    lowered = error.lower()
    return next((kind for kind, needles in _FAILURES if any(n in lowered for n in needles)), "other")


def extracted_text(path: Path) -> tuple[str, bool]:
    """The text the loader reads (as staff should see it) and whether legacy-font text was repaired."""
    from .pdf import pdf_blocks
    from .text import decode, repair_legacy_fonts, text_blocks
    from .web import html_blocks
    from .word import docx_blocks

    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            blocks = pdf_blocks(path)
        elif suffix == ".docx":
            blocks = docx_blocks(path)
        elif suffix in {".html", ".htm"}:
            blocks = html_blocks(decode(path.read_bytes()))[0]
        else:
            blocks = text_blocks(decode(path.read_bytes()))
    except Exception:  # the failure itself is reported by the loader; here there is just no text
        return "", False
    repaired = repair_legacy_fonts(blocks)
    text = "\n".join(f"[{b.page}] {b.text}" if b.page else b.text for b in repaired)
    return text[:MAX_TEXT_CHARS], repaired is not blocks


def apply_override(procedure: Procedure, name: str, value: str) -> None:
    """Put a staff correction into a procedure: the title, or a section's text and its summary."""
    if name == "title":
        procedure.title = value
        return
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    text = "\n".join(line if line.startswith("- ") else f"- {line}" for line in lines)
    section = procedure.section(name)
    if section is None:
        procedure.sections.append(Section(name, SECTION_TITLES[name], text))
    else:
        section.text = text
    if name in _SUMMARY_OF:
        setattr(procedure, _SUMMARY_OF[name], "; ".join(line.removeprefix("- ") for line in lines)[:300])


def field_value(procedure: Procedure, name: str) -> str:
    if name == "title":
        return procedure.title
    section = procedure.section(name)
    return section.text if section else ""


class DraftWorkspace:
    """The draft of one index: files under `WARD_DATA_DIR/console/draft/files`, state in SQLite."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.live = store
        self.files_dir = settings.data_dir / "console" / "draft" / "files"
        self.files_dir.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(settings.data_dir / "console" / "drafts.sqlite"), timeout=30, check_same_thread=False)
        self._db.executescript(SCHEMA)
        self._lock = threading.RLock()
        self._reports: dict[tuple, FileReport] = {}

    # -- files ------------------------------------------------------------------------------
    def _path(self, name: str) -> Path:
        """The stored file of a draft name; the name must already be a plain file name."""
        if not name or name != Path(name).name or name.startswith(".") or "/" in name or "\\" in name:
            raise DraftError("bad_name", f"not a plain file name: {name!r}")
        path = self.files_dir / name
        if path.resolve().parent != self.files_dir.resolve():
            raise DraftError("bad_name", f"not a plain file name: {name!r}")
        return path

    def add_file(self, name: str, data: bytes, by: str) -> FileReport:
        path = self._path(name)
        if path.suffix.lower() not in LOADERS:
            raise DraftError("unsupported", f"unsupported file type {path.suffix or '(none)'!r}")
        if len(data) > self.settings.max_file_mb * 1_000_000:
            raise DraftError("too_large", f"over the {self.settings.max_file_mb:g} MB limit (WARD_MAX_FILE_MB)")
        with self._lock:
            known = {row[0] for row in self._db.execute("SELECT name FROM draft_files")}
            if name not in known and len(known) >= MAX_DRAFT_FILES:
                raise DraftError("too_many", f"the draft already holds {MAX_DRAFT_FILES} files; publish or discard first")
            partial = self.files_dir / f".{secrets.token_hex(6)}.part"
            partial.write_bytes(data)
            os.replace(partial, path)
            self._db.execute("INSERT OR REPLACE INTO draft_files VALUES (?, ?, ?, ?, ?)",
                             (name, by, time.time(), len(data), hashlib.sha256(data).hexdigest()))
            self._db.commit()
        return self.read(name)

    def remove_file(self, name: str) -> None:
        path = self._path(name)
        with self._lock:
            self._db.execute("DELETE FROM draft_files WHERE name = ?", (name,))
            self._db.commit()
            path.unlink(missing_ok=True)

    def file_names(self) -> list[str]:
        with self._lock:
            return [row[0] for row in self._db.execute("SELECT name FROM draft_files ORDER BY uploaded_at, name")]

    def files(self) -> list[FileReport]:
        return [self.read(name) for name in self.file_names()]

    def read(self, name: str) -> FileReport:
        """Read one draft file now (cached per content, corrections and live version)."""
        path = self._path(name)
        with self._lock:
            row = self._db.execute("SELECT uploaded_by, uploaded_at, size, sha256 FROM draft_files WHERE name = ?",
                                   (name,)).fetchone()
            if row is None:
                raise DraftError("not_found", f"no draft file {name!r}")
            corrections = self._db.execute("SELECT procedure_id, field, value FROM overrides WHERE file = ? "
                                           "ORDER BY procedure_id, field", (name,)).fetchall()
        key = (name, row[3], tuple(corrections), self.live.pointer().get("active"))
        if key not in self._reports:
            self._reports = {k: v for k, v in self._reports.items() if k[0] != name}
            self._reports[key] = self._read(path, row, corrections)
        return self._reports[key]

    def _read(self, path: Path, row, corrections) -> FileReport:
        report = FileReport(path.name, row[0], row[1], row[2], status="read")
        loaded = load_file(path, self.settings)
        report.text, repaired = extracted_text(path)
        if loaded.error:
            report.status, report.error, report.failure = "failed", loaded.error, failure_kind(loaded.error)
            return report
        live = self.live_procedures()
        by_code = {p.code: p for p in live.values() if p.code}
        published_source = source_name(self.settings.uploads_dir / path.name, self.settings)
        for procedure in loaded.procedures:
            same = live.get(procedure.id) or (by_code.get(procedure.code) if procedure.code else None)
            if same is not None:
                report.replaces[same.id] = same.source
                procedure.id = same.id
                # A portal page names the procedure formally (and a PDF wraps that name over lines):
                # keep the everyday names citizens use.
                procedure.short_title = same.short_title or procedure.short_title
                procedure.aliases = procedure.aliases or same.aliases
                procedure.source_url = procedure.source_url or same.source_url
            procedure.source = published_source
            for procedure_id, name, value in corrections:
                if procedure_id == procedure.id:
                    apply_override(procedure, name, value)
            report.warnings += [(kind, procedure.id) for kind in missing_parts(procedure)]
        if repaired:
            report.warnings.append(("legacy_font", ""))
        report.procedures = loaded.procedures
        return report

    # -- corrections and deletions ----------------------------------------------------------
    def correct(self, name: str, procedure_id: str, field_name: str, value: str, by: str) -> None:
        if field_name not in CORRECTABLE:
            raise DraftError("bad_field", f"not a correctable field: {field_name!r}")
        report = self.read(name)
        if procedure_id not in {p.id for p in report.procedures}:
            raise DraftError("not_found", f"{name} gives no procedure {procedure_id!r}")
        with self._lock:
            if value.strip():
                self._db.execute("INSERT OR REPLACE INTO overrides VALUES (?, ?, ?, ?, ?, ?)",
                                 (name, procedure_id, field_name, value.strip()[:5000], by, time.time()))
            else:  # an empty correction removes it: the file's own text applies again
                self._db.execute("DELETE FROM overrides WHERE file = ? AND procedure_id = ? AND field = ?",
                                 (name, procedure_id, field_name))
            self._db.commit()

    def corrections(self, name: str) -> dict[tuple[str, str], str]:
        with self._lock:
            rows = self._db.execute("SELECT procedure_id, field, value FROM overrides WHERE file = ?", (name,)).fetchall()
        return {(pid, f): v for pid, f, v in rows}

    def mark_deleted(self, procedure_id: str, by: str, deleted: bool = True) -> None:
        if deleted and procedure_id not in self.live_procedures():
            raise DraftError("not_found", f"no live procedure {procedure_id!r}")
        with self._lock:
            if deleted:
                self._db.execute("INSERT OR REPLACE INTO deletions VALUES (?, ?, ?)", (procedure_id, by, time.time()))
            else:
                self._db.execute("DELETE FROM deletions WHERE procedure_id = ?", (procedure_id,))
            self._db.commit()

    def deletions(self) -> list[str]:
        with self._lock:
            return [row[0] for row in self._db.execute("SELECT procedure_id FROM deletions ORDER BY procedure_id")]

    def clear(self) -> None:
        """Empty the draft (after publishing, or when staff discard it). Corrections are kept: they
        apply again when the same file comes back."""
        for name in self.file_names():
            self.remove_file(name)
        with self._lock:
            self._db.execute("DELETE FROM deletions")
            self._db.commit()

    # -- the draft as a whole ---------------------------------------------------------------
    def live_procedures(self) -> dict[str, Procedure]:
        return current_procedures(self.live, self.live.pointer())

    def is_empty(self) -> bool:
        return not self.file_names() and not self.deletions()

    def procedures(self) -> dict[str, Procedure]:
        """The index the draft would publish: live, replaced by the files' procedures, less deletions."""
        result = self.live_procedures()
        for report in self.files():
            for procedure in report.procedures:
                result[procedure.id] = procedure
        for procedure_id in self.deletions():
            result.pop(procedure_id, None)
        return result

    def diff(self) -> list[ProcedureChange]:
        return diff_procedures(self.live_procedures(), self.procedures())


def fingerprint(procedures: dict[str, Procedure]) -> str:
    """Names one exact set of procedures: a gate run is valid for the draft with this fingerprint."""
    joined = "\n".join(f"{pid}\t{p.digest()}" for pid, p in sorted(procedures.items()))
    return hashlib.sha256(joined.encode()).hexdigest()[:24]


_COMPARED = [("title", "title"), ("code", "code"), ("fee", "fee_summary"), ("time_limit", "time_limit"),
             ("where", "where"), ("source", "source")]


def diff_procedures(old: dict[str, Procedure], new: dict[str, Procedure]) -> list[ProcedureChange]:
    """Procedure by procedure, field by field: created, updated (old → new for each field), deleted."""
    changes = []
    for pid, procedure in sorted(new.items()):
        before = old.get(pid)
        if before is None:
            changes.append(ProcedureChange("created", pid, procedure.title))
        elif before.digest() != procedure.digest():
            changes.append(ProcedureChange("updated", pid, procedure.title, _field_changes(before, procedure)))
    changes += [ProcedureChange("deleted", pid, p.title) for pid, p in sorted(old.items()) if pid not in new]
    return changes


def _field_changes(before: Procedure, after: Procedure) -> list[FieldChange]:
    fields = [FieldChange(label, getattr(before, attr) or "", getattr(after, attr) or "")
              for label, attr in _COMPARED if getattr(before, attr) != getattr(after, attr)]
    old_sections = {s.key: s.text for s in before.sections}
    new_sections = {s.key: s.text for s in after.sections}
    for key in dict.fromkeys([*old_sections, *new_sections]):
        if old_sections.get(key, "") != new_sections.get(key, ""):
            fields.append(FieldChange(f"section:{key}", old_sections.get(key, ""), new_sections.get(key, "")))
    return fields


def as_dict(change: ProcedureChange) -> dict:
    return dataclasses.asdict(change)
