"""Turn the recognised parts of a procedure into a :class:`Procedure`, whatever file it came from.

Both the structure recogniser (PDF, DOCX, HTML, text) and the portal-record loader fill a
:class:`Draft` with raw section text; this module re-parses the portal's tables, writes one line per
item (the composer quotes lines) and derives the fee and time-limit summaries from the channels.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from assistant.documents import SECTION_TITLES, SECTIONS, Procedure, Section
from assistant.errors import DocumentError
from assistant.text import fold, nfc

from . import cells
from .official_names import misread, other_name
from .markdown import slugify

_PORTAL_URL = re.compile(r"https?://dichvucong\.gov\.vn/[^\s\"'<>)|]+")
# Portal widgets that a crawl glues onto the end of "Kết quả xử lý".
# The portal's result codes ("(Mã: KQ.G24.000042)") are dropped from each result, which is kept; the
# page furniture after the results (search box, "Nộp hồ sơ" button) ends the section.
_RESULT_CODE = re.compile(r"\s*\(?\s*Mã:\s*[\w.\-]*KQ[\w.\-]*\s*\)?")
# The portal's page footer, printed after the last section of a saved page.
_FOOTER = re.compile(r"^(?:Cơ quan chủ quản|Chịu trách nhiệm chính|Tổng đài hỗ trợ|Bản quyền thuộc|Địa chỉ: Số 1 Hoàng Hoa Thám)\b.*",
                     re.DOTALL | re.MULTILINE)
_RESULT_JUNK = re.compile(r"(?:Từ khóa|Chọn cơ quan thực hiện|Hệ thống chỉ hiển thị|Nộp hồ sơ$).*|^Mô tả$|^Không có thông tin$",
                          re.DOTALL | re.MULTILINE)


@dataclass
class Draft:
    """What a recogniser found for one procedure, before its tables are re-parsed."""
    title: str = ""
    heading: str = ""  # the document's own heading, when the official name came from a label
    code: str = ""
    field: str = ""
    level: str = ""
    decision: str = ""
    source_url: str | None = None
    summary: list[str] = dataclasses.field(default_factory=list)
    sections: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # key -> raw lines
    others: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # unrecognised heading -> lines
    pages: dict[str, int | None] = dataclasses.field(default_factory=dict)
    listed: bool = False  # one of a notice's numbered procedures, told in a sentence
    question: str = ""  # a page's question this draft answers ("Hỏi: … ?"), its title until named

    def add(self, key: str, text: str, page: int | None = None) -> None:
        target = self.sections if key in SECTION_TITLES else self.others
        target.setdefault(key, []).append(text)
        self.pages.setdefault(key, page)

    @property
    def has_content(self) -> bool:
        return bool(self.sections or self.code)


def procedure_id(title: str, code: str) -> str:
    """Stable across refreshes: the slug of the name, plus the portal code that tells variants apart."""
    slug = slugify(title)[:70].rstrip("-")
    return f"{slug}-{slugify(code)}" if code else slug


MAX_SUMMARY = 600  # characters of a procedure's introduction kept as its summary
_A_PROCESS = re.compile(r"(?:quy trinh|so do)(?![a-z])")
_FLOW_MARK = re.compile(r"(?:\d{1,2}[.)]?|[▼▲►→↓⬇➜➔\s]+)")


def build(draft: Draft, source: str) -> Procedure:
    """The procedure a draft describes; raises DocumentError when it has no title."""
    title = nfc(re.sub(r"\s+", " ", draft.title)).strip(" :.-")
    if not title:
        raise DocumentError("no procedure title found (no 'Tên thủ tục' line or heading)")
    official = other_name(draft.code, title) if draft.code else None
    if official and misread(title, official):
        # The file's code names the procedure; the line read as its title does not (a letterhead's tail,
        # a part's label): the portal's name is the title, the line stays in the introduction.
        draft.summary.insert(0, title)
        title, official = official, None
    raw = {key: _FOOTER.sub("", "\n".join(lines)) for key, lines in draft.sections.items()}
    if "steps" not in raw and _A_PROCESS.match(fold(draft.heading or draft.title)) and _a_flowchart(draft.summary):
        # "QUY TRÌNH HÒA GIẢI …", "SƠ ĐỒ …": a process's text under no label is its steps, box by box (a flowchart's
        # numbers and arrows aside); its fee, time limit and result keep their own labels.
        raw["steps"] = "\n".join(_boxes(line for line in draft.summary if not _FLOW_MARK.fullmatch(line.strip())))
        draft.summary = []
    channels = cells.parse_channels(raw["channels"]) if "channels" in raw else []
    fee = _merge(cells.free_lines(raw.get("fee", "")), cells.fee_lines(channels))
    time_limit = _merge(cells.free_lines(raw.get("time_limit", "")), cells.time_lines(channels))
    legal = cells.parse_legal_basis(raw["legal_basis"]) if "legal_basis" in raw else []
    items: dict[str, list[str]] = {
        "steps": cells.parse_steps(raw.get("steps", "")),
        "channels": [cells.channel_line(c) for c in channels] or cells.free_lines(raw.get("channels", "")),
        "documents": cells.parse_documents(raw["documents"]) if "documents" in raw else [],
        "time_limit": time_limit,
        "fee": fee,
        "result": cells.free_lines(_RESULT_CODE.sub("", _RESULT_JUNK.sub("", raw.get("result", "")))),
        "legal_basis": legal,
    }
    sections = []
    for key in SECTIONS:
        lines = items.get(key)
        if lines is None:
            lines = cells.free_lines(raw.get(key, ""))
        lines = list(dict.fromkeys(reflow(lines)))
        if lines:
            # Fee and time limit derived from the channels table sit on the channels' page.
            page = draft.pages.get(key) or draft.pages.get("channels") if key in {"fee", "time_limit"} else draft.pages.get(key)
            sections.append(Section(key, SECTION_TITLES[key], "\n".join(f"- {line}" for line in lines), page))
    for heading, lines in draft.others.items():
        text = "\n".join(f"- {line}" for line in reflow(cells.free_lines("\n".join(lines))))
        if text:
            sections.append(Section(f"other:{slugify(heading)}", heading, text, draft.pages.get(heading)))
    introduction = reflow(draft.summary)
    if len(" ".join(introduction)) > MAX_SUMMARY:
        # Text the recogniser put under no part (a table it could not read, a long introduction) is longer
        # than a summary: indexed whole as a part of its own, never cut off.
        sections.append(Section("other:thong-tin-chung", "Thông tin chung", "\n".join(f"- {line}" for line in introduction),
                                draft.pages.get("summary")))
    is_procedure = any(s.key in SECTION_TITLES for s in sections) or bool(draft.code)
    heading = draft.heading.strip()
    return Procedure(
        id=procedure_id(title, draft.code),
        title=title,
        kind="procedure" if is_procedure else "guide",
        short_title=heading if heading and fold(heading) != fold(title) and len(heading) < len(title) else "",
        code=draft.code.strip(),
        field=draft.field.strip(),
        level=draft.level.strip(),
        agency="; ".join(cells.free_lines(raw.get("agency", "")))[:300],
        where="; ".join(cells.free_lines(raw.get("agency", "")))[:300],
        channels=channels,
        # a PDF wraps a fee's sentence over lines: summed up whole ("… vay vốn tại tổ chức tín dụng để" /
        # "phát triển nông nghiệp … không phải nộp phí")
        fee_summary=cells.summary_of(reflow(fee)),
        time_limit=cells.summary_of(reflow(time_limit)),
        online_url=None,
        source_url=draft.source_url or _find_url("\n".join(sum(draft.sections.values(), []))),
        decision=draft.decision.strip(),
        legal_basis=legal,
        summary=" ".join(introduction)[:MAX_SUMMARY],
        sections=sections,
        source=source,
        # The portal's name for its code, when the file names it otherwise ("Phiếu hướng dẫn", a headline).
        aliases=[official] if official else [],
    )


FLOWCHART_BOXES = 2


def _a_flowchart(lines: list[str]) -> bool:
    """Whether text under no label is drawn as a chart: numbered or arrowed boxes, or box titles in capitals. A
    process paper's introduction in sentences ("Căn cứ Luật Hộ tịch … như sau") is no steps."""
    marks = sum(bool(_FLOW_MARK.fullmatch(line.strip())) for line in lines if line.strip())
    titles = sum(_capitals_only(line.strip()) and len(line.split()) >= 2 for line in lines)
    return marks >= FLOWCHART_BOXES or titles >= FLOWCHART_BOXES


def _boxes(lines) -> list[str]:
    """A flowchart's steps, one a box: its title in capitals ("PHƯỜNG THÔNG BÁO THỤ LÝ – trong 03 ngày …") with the
    text under it, up to the next title."""
    steps: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        opening = " ".join(line.split()[:3])
        if steps and not (opening.isupper() and sum(ch.isalpha() for ch in opening) >= 4):
            # a line in lower case goes on with the last (a wrapped title too: "… kể từ" / "ngày nhận đơn")
            opens_text = _capitals_only(steps[-1]) and not line[:1].islower() and not steps[-1].endswith((".", ":", ";"))
            steps[-1] = f"{steps[-1]}{':' if opens_text else ''} {line}"
        else:
            steps.append(line)
    return steps


def _capitals_only(step: str) -> bool:
    """Whether a step is still its box's title alone (its text not yet added): its opening is in capitals."""
    return " ".join(step.split()[:3]).isupper() and not re.search(r"[.;:]\s*\S", step)


def reflow(lines: list[str]) -> list[str]:
    """Join the lines a PDF wrapped mid-sentence: a line that starts in lower case continues the last."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and line[0].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _merge(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys(first + second))


def _find_url(text: str) -> str | None:
    match = _PORTAL_URL.search(text)
    return match.group(0).rstrip(".,;") if match else None
