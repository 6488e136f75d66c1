"""The extractive composer: the fitting sentences of the right sections, quoted with citations.

It never writes a fact of its own: every bullet of an answer is a sentence of the cited document,
so the verifier passes by construction and the answer is as correct as the corpus. English questions
get English framing and labels around the Vietnamese quotes, marked as such.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from .answer import Citation
from .aspects import ASPECTS, OVERVIEW_SECTIONS, asks_office_hours, sections_for
from .documents import Procedure, Section, bullet_lines
from .keyword import terms
from .lexicon import PAPERS_EN
from .text import fold, split_sentences, tokens, without_proper_names
from .messages import label, say
from .record_notes import for_citizens
from .retrieval import ChunkHit

_AMOUNT = re.compile(r"\d[\d.,]*\s*(đồng|đ\b|usd|vnd)|miễn|không (thu|mất|phải nộp)|hđnd|hội đồng nhân dân", re.IGNORECASE)
_DURATION = re.compile(r"\d+\s*(ngày|giờ|tháng|năm)|trong ngày|ngay|không (ghi|nêu)", re.IGNORECASE)
# The days and hours an office receives citizens.
_WORKING_DAYS = re.compile(r"thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|giờ hành chính|ngày nghỉ", re.IGNORECASE)
_CLOCK = re.compile(r"\d+\s*giờ|trước \d+|trong vòng|chậm nhất|thời hạn", re.IGNORECASE)
_ASKS_CONDITIONS = re.compile(r"dieu kien|yeu cau|condition|requirement|eligib")

_ONLINE = re.compile(r"trực tuyến|dịch vụ công|vneid|bưu chính|online", re.IGNORECASE)
_FILED_ONLINE = re.compile(r"trực tuyến|dịch vụ công|vneid|online|qua mạng", re.IGNORECASE)  # not by post

# How many items of a section an overview (procedure card) quotes.
OVERVIEW_LIMITS = {"documents": 6, "fee": 2, "time_limit": 2, "agency": 1, "channels": 3}
# A dossier is only useful complete: asked for the papers, list up to this many.
MAX_DOCUMENT_ITEMS = 15
# Asked how to do it, every step: most procedures have 7 to 12, and the form or the office a citizen
# needs is often in a late one.
MAX_STEP_ITEMS = 12



@dataclass
class Composition:
    text: str
    citations: list[Citation]


def compose(
    procedure: Procedure,
    aspects: list[str],
    question: str,
    language: str,
    chunk_hits: list[ChunkHit],
    max_items: int,
    companion: Procedure | None = None,
    wording: str = "",
    note: str = "",
    case: tuple[str, ...] = (),
) -> Composition:
    """The answer to the aspects asked, quoted from the procedure. `wording` is the official Vietnamese
    for the question's words (the lexicon's expansions): an English question finds the sentences
    about its case through it. `note` opens the answer (what the document does not say)."""
    if companion is not None:
        # "Tôi ở phường khác, làm khai sinh ở đây được không": what the guidance says of this kind of
        # procedure first, then the procedure's own answer; one card, each part with its citation.
        # Asked nothing else, the procedure's own word on where to file completes the answer.
        aspects = [a for a in aspects if a not in {"conditions", "where"}] or ["where"]
        lead = _guide_for(companion, procedure, question, language)
        rest = compose(procedure, aspects, question, language, chunk_hits, max_items, wording=wording)
        return joined(lead, rest) if lead.citations else rest
    if procedure.kind == "guide":
        return _compose_guide(procedure, aspects, question, language, chunk_hits, wording)
    # Places and people ("ở Hà Nội") say nothing of which sentence answers: "Hà" would find "hạ sĩ quan".
    question_terms = _term_set(without_proper_names(question)) | _term_set(wording)
    if aspects == ["conditions"] and not _ASKS_CONDITIONS.search(fold(question)):
        # "Người già không ký được thì có chứng thực điểm chỉ được không?" is answered by whichever
        # sentences of the procedure speak to the case, wherever they stand.
        topic = _case_terms(procedure, question_terms)
        blocks = _most_relevant(procedure, _case_sections(procedure), topic or question_terms, CASE_ANSWER_ITEMS)
        # "Có cần / có phải / có được … không?", "do I need to …?": whether the rule binds or
        # allows the asker is also said by the procedure's own conditions (who must, by when),
        # whatever words they share with the question.
        rules = _rule_items(procedure)
        if sum(len(items) for _, items in blocks) < FEW_FOUND and procedure.section("conditions") is not None:
            # The question's words find hardly a sentence (English, or a case the record words
            # otherwise): the conditions themselves answer, as many as a case answer quotes.
            rules = [("conditions", bullet_lines(procedure.section("conditions").text)[:CASE_ANSWER_ITEMS])]
        if not rules and procedure.section("steps") is not None:
            # No conditions in the record (a page staff ingested, say): its steps say how the case goes.
            rules = [("steps", bullet_lines(procedure.section("steps").text)[:RULE_ITEMS])]
        blocks = _merged(_when_it_applies(procedure) + rules, blocks)
        blocks = _merged(blocks, _closest_passage(procedure, chunk_hits, topic or question_terms))
        if blocks:
            return _render(procedure, _with_where(procedure, blocks), language, overview=False)
    blocks: list[tuple[str, list[str]]] = []
    if "deadline" in aspects:
        blocks += _deadline_blocks(procedure, question_terms)
        if not blocks:
            # The record sets no deadline for the citizen: say so, and give the office's time limit,
            # labelled as such, rather than pass one off as the other.
            note = say("no_deadline_stated", language)
            aspects = [("time_limit" if a == "deadline" else a) for a in aspects]
    asked_elsewhere = set(sections_for([a for a in aspects if a != "deadline"])) if aspects != ["deadline"] else set()
    for key in sections_for(aspects):
        if "deadline" in aspects and key in DEADLINE_SECTIONS and key not in asked_elsewhere and (blocks or key != "time_limit"):
            continue  # the deadline blocks above already searched these
        section = procedure.section(key)
        if section is None:
            continue
        items = bullet_lines(section.text)
        # A section only the card around the steps brings (the fee of "thủ tục … như thế nào?") is
        # quoted as briefly as on the card.
        in_brief = not aspects or (key in _BRIEF_IN_STEPS and not any(key in ASPECTS[a][0] for a in aspects if a != "steps"))
        limit = OVERVIEW_LIMITS.get(key, max_items) if in_brief else max_items
        if key == "documents" and aspects:
            limit = max(limit, MAX_DOCUMENT_ITEMS)
        if key == "steps" and "steps" in aspects:
            limit = max(limit, MAX_STEP_ITEMS)
        # Chosen as from the whole list (papers before the rules about them), then other cases' papers out.
        kept = _for_the_case(procedure, items, question_terms) if key == "documents" else items
        chosen = [item for item in _select(key, items, aspects, question_terms, limit + len(items) - len(kept))
                  if item in kept][:limit]
        if chosen:
            # A section the deadline also quoted ("60 ngày" among the steps) keeps those sentences.
            blocks = _merged(blocks, [(key, chosen)])
    if "where" in aspects and procedure.section("agency") is None:
        blocks = _merged(blocks, _handed_in_elsewhere(procedure))
    if "online" in aspects and procedure.section("channels") is None:
        blocks = _merged(blocks, _online_elsewhere(procedure))
    elif "online" in aspects and _BY_THE_POST.search(fold(question)) and not _BY_THE_POST.search(fold(procedure.section("channels").text)):
        # Asked of the post ("gửi thẻ về nhà qua bưu điện"), which the ways of filing do not name: where the file
        # says it ("Kết quả … trả qua dịch vụ bưu chính", under the time limit or the result).
        sections = [procedure.section(key) for key in ("result", "time_limit", "agency", "steps")]
        found = _first_lines_saying([section for section in sections if section], _BY_THE_POST, read=fold)
        blocks = _merged(blocks, [found] if found else [])
    if not blocks and aspects:
        # None of what was asked is in the document (a page staff ingested that gives only the fee, say):
        # say so, then the card, rather than pass the card off as the answer.
        labels = (label(sections_for([a])[0], language) for a in aspects)
        missing = ", ".join(dict.fromkeys(text.lower() for text in labels if text))
        return compose(procedure, [], question, language, chunk_hits, max_items, wording=wording,
                       note=say("aspect_not_stated", language, what=missing) if missing else "")
    if "conditions" in aspects:
        blocks = _merged(_when_it_applies(procedure), blocks)
    # Asked of its case, the sentences on that case too, even in words no aspect names ("được xây mấy tầng?").
    blocks = _with_case_items(procedure, blocks, question_terms)
    blocks = _merged(blocks, _items_naming(procedure, _case_phrases(procedure, case)))
    if aspects:
        if "conditions" in aspects or len(_case_terms(procedure, question_terms)) >= CASE_OVERLAP:
            blocks = _merged(blocks, _closest_passage(procedure, chunk_hits, question_terms))
    if not blocks:
        # A file none of whose parts was recognised (its text under a heading of its own, or "Thông tin
        # chung"): the passage closest to the question, rather than no answer at all.
        blocks = _unlabelled_passage(procedure, chunk_hits, question_terms)
    return _render(procedure, _with_where(procedure, blocks) if aspects else blocks, language, overview=not aspects, note=note)


def _unlabelled_passage(procedure: Procedure, hits: list[ChunkHit], terms: set[str]) -> list[tuple[str, list[str]]]:
    """Up to UNLABELLED_ITEMS items of the passage closest to the question, whatever part holds it, those
    sharing most words with the question, in the document's order."""
    passages = [h for h in hits if procedure.section(h.section) is not None]
    if passages:
        best = max(passages, key=lambda h: h.similarity)
        key, items = best.section, bullet_lines(procedure.section(best.section).text)
        items = [i for i in items if i[:PASSAGE_PREFIX] in best.text] or items
    elif procedure.sections:
        key, items = procedure.sections[0].key, bullet_lines(procedure.sections[0].text)
    else:
        return []
    ranked = sorted(range(len(items)), key=lambda k: (-len(terms & _term_set(items[k])), k))[:UNLABELLED_ITEMS]
    return [(key, [items[k] for k in sorted(ranked)])] if ranked else []


UNLABELLED_ITEMS = 3


# Lines of the agency section an answer adds: the deciding office, then often where one hands in
# ("Công an cấp xã trực tiếp tiếp nhận …", "… tại Công an phường bất kỳ").
WHERE_ITEMS = 2


def _with_where(procedure: Procedure, blocks: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Where to go, whatever was asked: the agency section's first lines, when not already quoted."""
    section = procedure.section("agency")
    if any(key == "agency" or key.startswith(WHERE_FROM) for key, _ in blocks):
        return blocks  # where to go is quoted already (from the agency, or from another part when asked)
    if section is None:
        return _merged(blocks, _handed_in_elsewhere(procedure))
    return _merged(blocks, [("agency", bullet_lines(section.text)[:WHERE_ITEMS])])


def _handed_in_elsewhere(procedure: Procedure) -> list[tuple[str, list[str]]]:
    """Where to hand in, said in another part: a ward's file with no "where" part says it in its
    introduction ("Chủ nhà nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường …"), its steps or a
    note beside its papers."""
    if procedure.kind != "procedure":
        return []
    # the steps and the introduction first, then a note beside the papers ("Lưu ý: … nộp tại …")
    ordered = sorted(procedure.sections, key=lambda section: not (section.key == "steps" or section.key.startswith("other:")))
    if found := _first_lines_saying(ordered, _HANDED_IN):
        return [(WHERE_FROM + found[0], found[1])]
    said = [sentence for sentence in split_sentences(procedure.summary) if _HANDED_IN.search(sentence)][:WHERE_ITEMS]
    return [(WHERE_FROM + "summary", said)] if said else []


WHERE_FROM = "where:"  # a block's key prefix: where to file, quoted from the part named after it


_BY_THE_POST = re.compile(r"(?<![a-z])(buu chinh|buu dien|by post|postal|mail)(?![a-z])")


def _online_elsewhere(procedure: Procedure) -> list[tuple[str, list[str]]]:
    """Filing online, as a file with no part on ways of filing tells it in another (where to file, the
    steps: "Trên Cổng dịch vụ công quốc gia hoặc VNeID: khai mẫu …"), quoted from there."""
    sections = [procedure.section(key) for key in ("agency", "steps", "conditions", "documents")]
    found = _first_lines_saying([section for section in sections if section], _FILED_ONLINE)
    return [found] if found else []


def _first_lines_saying(sections: list, pattern: re.Pattern, read: Callable[[str], str] = str) -> tuple[str, list[str]] | None:
    """The first of the sections with lines the pattern finds (in each line as `read` gives it: `fold` for a folded
    pattern): its key and those lines (WHERE_ITEMS at most)."""
    for section in sections:
        lines = [line for line in bullet_lines(section.text) if pattern.search(read(line))][:WHERE_ITEMS]
        if lines:
            return section.key, lines
    return None


# Sections the steps' card adds in brief (see ASPECTS["steps"]).
_BRIEF_IN_STEPS = ("fee", "time_limit")
# A step the office does on its own: its officers check, verify, report, record and print.
_OFFICE_WORK = re.compile(r"^\W*(công chức|cán bộ|lãnh đạo|chủ tịch|người tiếp nhận)\b|thẩm tra|xác minh|báo cáo|phần mềm"
                          r"|\b(in|trình ký|trình lãnh đạo)\b.{0,20}(giấy|lãnh đạo)", re.IGNORECASE)
# A step that says where or to whom the dossier is handed in.
_HANDED_IN = re.compile(r"(nộp|gửi|chuyển|tiếp nhận)[^.;]{0,40}\b(tại|cho|đến|về|qua|trực tiếp)\b", re.IGNORECASE)


def _select(key: str, items: list[str], aspects: list[str], question_terms: set[str], limit: int) -> list[str]:
    if key == "steps" and "where" in aspects and "steps" not in aspects:
        return [i for i in items if _HANDED_IN.search(i)][:2]
    if key == "steps" and "deadline" not in aspects and len(items) > limit:
        # Too many steps to quote: what the citizen does (hands in, pays, comes, signs) before the
        # office's own work (checking, verifying, reporting, printing), in the record's order.
        kept = set(sorted(range(len(items)), key=lambda i: (bool(_OFFICE_WORK.search(items[i])), i))[:limit])
        return [item for i, item in enumerate(items) if i in kept]
    if key == "legal_basis":
        # "Văn bản nào quy định?": the law first, then what details it (decrees, then circulars and
        # decisions), whatever order the record lists them in; a long list is cut below the law.
        return sorted(items, key=legal_rank)[:limit]
    if key == "documents":
        return _papers_first(items, question_terms)[:limit]
    if key in {"agency", "result", "applicants"} or (key == "steps" and "deadline" not in aspects):
        return items[:limit]
    if key == "fee":
        picked = [i for i in items if _AMOUNT.search(i)] or items
    elif key == "time_limit":
        picked = [i for i in items if _DURATION.search(i)] or items
        if "deadline" in aspects:
            return []  # asked for the citizen's own deadline, the processing time would mislead
    elif "deadline" in aspects and key in {"conditions", "steps"}:
        timed = [i for i in items if _DURATION.search(i) or _CLOCK.search(i)]
        return sorted(timed, key=lambda i: -len(question_terms & _term_set(i)))[:3]
    elif key == "channels":
        # Asked about fees or time limits, the per-channel lines complement the section; asked about
        # filing online, only the lines about online and postal channels matter.
        picked = [i for i in items if _ONLINE.search(i)] if "online" in aspects else items
        if "online" not in aspects and any(a in aspects for a in ("fee", "time_limit")):
            return []  # the fee / time-limit sections already restate the channel figures
        # What every channel binds the citizen to ("dù nộp theo kênh nào, hai bên phải có mặt") before
        # the rows that restate each channel's time and fee.
        picked = sorted(picked or items, key=lambda i: _OBLIGATION.search(i) is None)
    else:
        picked = sorted(items, key=lambda i: -len(question_terms & _term_set(i)))
    return picked[:limit]


# A paper to hand in, as the record lists one: with how many copies ("(1 bản chính)", "(cổng ghi 1 bản chính)").
_COUNTED_PAPER = re.compile(r"\(\D{0,20}\d+ bản (chính|sao)", re.IGNORECASE)
# Beside the papers, the record's rules about papers ("Khi nộp trực tiếp, có thể nộp bản sao …", "Giấy tờ
# xuất trình được cán bộ đối chiếu …"): this many, those the question speaks of first.
PAPER_RULE_ITEMS = 3
# A documents section listing at least this many counted papers is a list of papers with rules beside it.
COUNTED_PAPERS_LIST = 3


def _papers_first(items: list[str], question_terms: set[str]) -> list[str]:
    """The papers to bring, in the record's order, then the rules about them it speaks of most: a list of
    fifteen lines, half of them rules on copies and look-ups, hides the papers a citizen came for."""
    papers = [item for item in items if _COUNTED_PAPER.search(item)]
    if len(papers) < COUNTED_PAPERS_LIST:
        return items
    rules = [item for item in items if item not in papers]
    spoken_of = sorted(rules, key=lambda item: -len(question_terms & _term_set(item)))[:PAPER_RULE_ITEMS]
    return papers + [item for item in rules if item in spoken_of]


# A paper for one case only, the case before the colon: "Khi đăng ký thường trú tại phương tiện dùng để ở: …",
# "Với người được chăm sóc, nuôi dưỡng …: …", "Trường hợp …:", "Nếu …:".
_CASE_ITEM = re.compile(r"^(?:khi|với|đối với|trường hợp|nếu)\b([^:]{5,250}):", re.IGNORECASE)
# Cases a list must name before the citizen's own case narrows it.
MIN_CASES = 3


def _for_the_case(procedure: Procedure, items: list[str], question_terms: set[str]) -> list[str]:
    """The papers for the case the question tells, when it tells one the list names: "nhập hộ khẩu cho
    vợ về nhà chồng" needs the general papers and those for living with a relative, not those for a
    boat, a temple or an army unit. A case is told by words that name it among the list's cases (words
    two cases at most write: "thuê", "người thân"), not by words many write ("nhà", "vào"). No case
    told, or none the list names, and every paper stays."""
    cases = {i: _term_set(match.group(1)) - _term_set(procedure.name) - _CASE_NOISE
             for i, item in enumerate(items) if (match := _CASE_ITEM.match(item))}
    if len(cases) < MIN_CASES:
        return items
    told = _case_terms(procedure, question_terms)
    writers: dict[str, int] = {}
    for words in cases.values():
        for word in words:
            writers[word] = writers.get(word, 0) + 1
    distinct = {i: {w for w in words & told if writers[w] <= DISTINCT_CASE_WRITERS} for i, words in cases.items()}
    # A case is told by two of its words, or by a word of two syllables ("người thân"): one syllable alone
    # is too often another word's ("nhờ luật sư" is no "khi nhờ người khác đi đăng ký").
    told_cases = {i: len(words) for i, words in distinct.items() if len(words) >= 2 or any(" " in w for w in words)}
    if not told_cases:
        return items
    best = max(told_cases.values())
    matching = {i for i, count in told_cases.items() if count == best}
    return [item for i, item in enumerate(items) if i not in cases or i in matching]


DISTINCT_CASE_WRITERS = 2


# The rank of a legal act among Vietnam's legal documents (Luật Ban hành văn bản quy phạm pháp luật):
# the National Assembly's laws and resolutions (number ending in /QH…), its Standing Committee's, the
# Government's decrees and resolutions (NĐ-CP, NQ-CP), the Prime Minister's decisions (QĐ-TTg), ministers' circulars (TT), then
# everything else (an agency's own decision such as 2222/QĐ-BHXH). Read from the number or the name.
_ACT_RANKS = (
    re.compile(r"/\s*QH\d*\b|^\W*(hiến pháp|bộ luật|luật)\b", re.IGNORECASE),
    re.compile(r"UBTVQH|^\W*pháp lệnh\b", re.IGNORECASE),
    re.compile(r"NĐ-CP|NQ-CP|^\W*nghị định\b", re.IGNORECASE),  # the Government's decrees and resolutions
    re.compile(r"QĐ-TTg", re.IGNORECASE),
    re.compile(r"/TTLT|/TT-|^\W*thông tư\b", re.IGNORECASE),
)


def legal_rank(act: str) -> int:
    return next((rank for rank, pattern in enumerate(_ACT_RANKS) if pattern.search(act)), len(_ACT_RANKS))


RELEVANT_SECTIONS = ("conditions", "applicants", "agency", "steps", "documents", "result", "channels")

# Where a procedure states what the citizen must do by when: conditions, steps, the legal basis, the
# result (a validity), and the processing-time section itself, which sometimes holds the citizen's
# deadline beside the office's.
DEADLINE_SECTIONS = ("conditions", "steps", "applicants", "legal_basis", "result", "documents", "time_limit")
# A sentence that binds the citizen to a time: "phải … trong thời hạn 60 ngày kể từ ngày sinh",
# "trước 23 giờ", "15 ngày trước ngày hết hạn", "chậm nhất". A sentence about the office's own work
# ("kể từ ngày nhận đủ hồ sơ", "trả kết quả") states its processing time instead.
_TIME_SPAN = re.compile(r"\d+\s*(ngày|giờ|tháng|năm)|chậm nhất|ngay (khi|sau khi|trong ngày)", re.IGNORECASE)
_OBLIGATION = re.compile(
    r"phải|có trách nhiệm|có nghĩa vụ|chậm nhất|trong thời hạn|trước \d+|trước (ngày|khi)|kể từ ngày (sinh|chết|có|phát|đến|chuyển|hết|được)"
    r"|quá (thời )?hạn|hết (thời )?hạn", re.IGNORECASE)
_OFFICE_TIME = re.compile(
    r"(kể từ|từ) (ngày |khi )?(tiếp nhận|nhận (đủ|được)?\s*(hồ sơ|tờ khai|đề nghị|văn bản|yêu cầu))|trả kết quả|thời hạn giải quyết"
    # (not the office that issued the paper, "cơ quan đã cấp giấy thông hành", to report a loss to)
    r"|cơ quan [^.;]{0,40}(?<!đã )(thẩm định|xem xét|giải quyết|cấp|trả lời)|ủy ban nhân dân [^.;]{0,30}(?<!đã )(cấp|giải quyết|trả lời)",
    re.IGNORECASE)
# "cấp xã", "cấp tỉnh" name a level of government, not the office issuing anything.
_LEVEL = re.compile(r"\bcấp (xã|phường|huyện|tỉnh|trung ương|cơ sở)\b", re.IGNORECASE)
# A clause whose subject is an office ("…, Ủy ban nhân dân cấp xã được hỏi có 03 ngày làm việc để trả lời",
# "cơ quan báo yêu cầu bổ sung chậm nhất 08 giờ") times the office's work, whatever "phải" its condition says.
_OFFICE_SUBJECT = re.compile(r"\s*(lãnh đạo |chủ tịch )?(ủy ban nhân dân|ubnd|cơ quan|cán bộ|công chức|trung tâm|công an|bộ phận)",
                             re.IGNORECASE)


def _times_the_office(item: str) -> bool:
    """Whether the clause holding the item's time span opens with an office as its subject."""
    span = _TIME_SPAN.search(item)
    clause = re.split(r"[,;:]", item[:span.start()])[-1] if span else ""
    return _OFFICE_SUBJECT.match(clause) is not None


def states_a_deadline(procedure: Procedure) -> bool:
    """Whether the record binds the citizen to a time (60 days to register a birth, 15 before expiry)."""
    return bool(_deadline_blocks(procedure, set()))


def _deadline_blocks(procedure: Procedure, question_terms: set[str], limit: int = 3) -> list[tuple[str, list[str]]]:
    """The sentences that tell the citizen their own deadline, best first, grouped by section."""
    scored = []
    # a ward's file may give the citizen's deadline under a heading of its own ("Thời điểm", "Lưu ý")
    for order, key in enumerate(DEADLINE_SECTIONS + _own_parts(procedure)):
        section = procedure.section(key)
        if section is None:
            continue
        for item in bullet_lines(section.text):
            if not _TIME_SPAN.search(item) or not _OBLIGATION.search(item) or _OFFICE_TIME.search(_LEVEL.sub("", item)) \
                    or _times_the_office(item):
                continue
            scored.append((-len(question_terms & _term_set(item)), order, key, item))
    blocks: dict[str, list[str]] = {}
    for _, order, key, item in sorted(sorted(scored)[:limit], key=lambda s: s[1]):
        blocks.setdefault(key, []).append(item)
    return list(blocks.items())


# A question describing a case ("con tôi bị bệnh tâm thần, tôi có phải là người giám hộ đương nhiên?")
# is answered by the procedure's sentences about that case as well as the sections it asks for:
# those sharing at least this many terms with the question beyond the procedure's own name.
CASE_OVERLAP = 3
CASE_ITEMS = 4
# A yes-or-no question about a case is answered by this many of its closest sentences.
CASE_ANSWER_ITEMS = 6
# Fewer sentences than this found by the question's words: its conditions answer instead.
FEW_FOUND = 2


# The passage the dense model found closest to a question about a case adds up to this many items.
PASSAGE_ITEMS = 2


def _closest_passage(procedure: Procedure, hits: list[ChunkHit], terms: set[str]) -> list[tuple[str, list[str]]]:
    """Items of the procedure's passage closest in meaning to the question (the dense model reads a
    case in other words than the procedure's: "không có hộ khẩu" for "chưa đăng ký thường trú"): the
    section's own items that start in that passage and share a term with the question, those sharing
    most first, quoted in the record's order."""
    passages = [h for h in hits if h.section in RELEVANT_SECTIONS and procedure.section(h.section) is not None]
    if not passages:
        return []
    best = max(passages, key=lambda h: h.similarity)
    inside = [i for i in bullet_lines(procedure.section(best.section).text) if i[:PASSAGE_PREFIX] in best.text]
    shared = [(len(terms & _term_set(item)), order) for order, item in enumerate(inside)]
    chosen = sorted(order for _, order in sorted((-n, order) for n, order in shared if n)[:PASSAGE_ITEMS])
    return [(best.section, [inside[i] for i in chosen])] if chosen else []


# An item belongs to a passage when its opening (this many characters) is written there: a chunk may
# cut the item it ends with.
PASSAGE_PREFIX = 40


def _case_terms(procedure: Procedure, question_terms: set[str]) -> set[str]:
    """The question's words about the asker's case: not the procedure's name, not what every sentence says."""
    return question_terms - _term_set(procedure.name) - _term_set(procedure.title) - _CASE_NOISE


def _with_case_items(procedure: Procedure, blocks: list[tuple[str, list[str]]], question_terms: set[str]) -> list[tuple[str, list[str]]]:
    """The blocks, plus up to CASE_ITEMS sentences that speak to the case the question describes."""
    topic = _case_terms(procedure, question_terms)
    if len(topic) < CASE_OVERLAP:
        return blocks
    return _merged(blocks, _most_relevant(procedure, _case_sections(procedure), topic, CASE_ITEMS, CASE_OVERLAP))


_NAMES_AN_ACT = re.compile(r"(dang ky|cap|chung thuc|hoa giai|thay doi|cai chinh|xac nhan|khai|giai quyet|cong nhan|thong bao|xoa"
                          r"|tach|gia han|cham dut|tam ngung|nhan|thu hoi|dieu chinh|dinh chinh|trich luc|lam)(?![a-z])")


def _case_phrases(procedure: Procedure, case: tuple[str, ...]) -> list[str]:
    """The official words for the asker's case the story's rules found (`variant_signals`: "tay run không ký được":
    "điểm chỉ"), those the procedure's name does not already say, folded."""
    named = f" {' '.join(tokens(procedure.name))} {' '.join(tokens(procedure.title))} "
    phrases = (" ".join(tokens(phrase)) for phrase in case)
    # a phrase naming an act names a procedure ("hòa giải tranh chấp đất đai"), no case of the asker's
    return [p for p in dict.fromkeys(phrases) if len(p.split()) >= 2 and f" {p} " not in named and not _NAMES_AN_ACT.match(p)]


def _items_naming(procedure: Procedure, phrases: list[str]) -> list[tuple[str, list[str]]]:
    """The sentences of the parts holding rules that write one of the phrases whole, for each phrase the record
    writes in few of them (RARE_CASE_ITEMS): "Người không ký được thì điểm chỉ" singles out the asker's case; a
    phrase in every other sentence ("bản sao") singles out none."""
    if not phrases:
        return []
    items = [(key, item) for key in _case_sections(procedure) if (section := procedure.section(key)) is not None
             for item in bullet_lines(section.text)]
    written = [(key, item, f" {' '.join(tokens(item))} ") for key, item in items]
    found: dict[str, list[str]] = {}
    for phrase in phrases:
        naming = [(key, item) for key, item, folded in written if f" {phrase} " in folded]
        if len(naming) <= RARE_CASE_ITEMS:
            for key, item in naming:
                found.setdefault(key, []).append(item)
    return list(found.items())


RARE_CASE_ITEMS = 2


def _case_sections(procedure: Procedure) -> tuple[str, ...]:
    """Where a case's rule may be written: the parts that hold rules, and the parts a ward's file names
    its own way ("Lưu ý", "Thông tin chung")."""
    return RELEVANT_SECTIONS + _own_parts(procedure)


def _own_parts(procedure: Procedure) -> tuple[str, ...]:
    """The keys of the parts a file names its own way, under no part the portal has ("other:…")."""
    return tuple(section.key for section in procedure.sections if section.key.startswith("other:"))


def _merged(blocks: list[tuple[str, list[str]]], extra: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The blocks, then the extra items not already quoted, each under its own section."""
    quoted = {item for _, items in blocks for item in items}
    merged = {key: list(items) for key, items in blocks}
    for key, items in extra:
        merged.setdefault(key, []).extend(i for i in items if i not in quoted)
    return [(key, items) for key, items in merged.items() if items]


RULE_ITEMS = 3
# The procedure's own description, where it says in which cases the procedure is done ("cấp lại … khi
# bị mất thẻ hoặc thẻ hư hỏng"): the record's conditions section often only refers to the law.
_CASES = re.compile(r"trường hợp|\bkhi\b|\bnếu\b|dành cho|áp dụng|đối với", re.IGNORECASE)


# A legal act's title that says whom it is for: "… trợ cấp hàng tháng cho những người có từ đủ 15 năm …".
_FOR_WHOM_IN_AN_ACT = re.compile(r"\bcho (những )?(người|đối tượng|trường hợp)|đối với (những )?(người|đối tượng|trường hợp)",
                                 re.IGNORECASE)


def _when_it_applies(procedure: Procedure) -> list[tuple[str, list[str]]]:
    sentences = [s for s in split_sentences(procedure.summary) if _CASES.search(s)] if procedure.summary else []
    if sentences:
        return [("summary", sentences[:1])]
    legal_basis = procedure.section("legal_basis")
    if procedure.section("conditions") is None and legal_basis is not None:
        # A record with no conditions (a page staff ingested) still says whom it is for in the title
        # of the act it follows.
        for_whom = [item for item in bullet_lines(legal_basis.text) if _FOR_WHOM_IN_AN_ACT.search(item)]
        return [("legal_basis", for_whom[:1])] if for_whom else []
    return []


def _section(procedure: Procedure, key: str) -> Section:
    """A section of the procedure; "summary" is its description, quoted like a section."""
    section = procedure.section(key)
    if section is None and key == "summary":
        return Section("summary", label("summary", "vi"), procedure.summary)
    return section


def _rule_items(procedure: Procedure) -> list[tuple[str, list[str]]]:
    """The conditions that bind the citizen (a "phải", a "có trách nhiệm", a time), else the first ones."""
    section = procedure.section("conditions")
    if section is None:
        return []
    items = bullet_lines(section.text)
    binding = [i for i in items if _OBLIGATION.search(i)]
    return [("conditions", (binding or items)[:RULE_ITEMS])]


# Words every procedure sentence shares with every question: they say nothing of the case.
_CASE_NOISE = {"thu", "tuc", "thu tuc", "ho", "so", "ho so", "giay", "to", "giay to", "nop", "cua", "co", "khong", "duoc",
               "la", "va", "cho", "toi", "em", "nguoi", "can", "thi", "de", "theo", "tai", "trong", "khi", "neu", "phai"}


def _most_relevant(procedure: Procedure, keys: tuple[str, ...], terms: set[str], k: int,
                   at_least: int = 1) -> list[tuple[str, list[str]]]:
    """The k items of the given sections that share most terms with the question, grouped by section.

    A term shared counts the more, the fewer of the procedure's items write it: "rượu" in the one
    sentence on drinking says more than "chế độ" in every sentence."""
    items = [(order, key, item, _term_set(item)) for order, key in enumerate(keys)
             for item in (bullet_lines(procedure.section(key).text) if procedure.section(key) else [])]
    frequency: dict[str, int] = {}
    for *_, item_terms in items:
        for term in item_terms & terms:
            frequency[term] = frequency.get(term, 0) + 1
    scored = []
    for order, key, item, item_terms in items:
        shared = terms & item_terms
        if len(shared) >= at_least:
            # fsum: exact whatever the set's order, so ties fall the same way in every process
            scored.append((-math.fsum(1 / frequency[t] for t in shared), order, key, item))
    chosen = sorted(scored)[:k]
    blocks: dict[str, list[str]] = {}
    for _, order, key, item in sorted(chosen, key=lambda s: s[1]):
        blocks.setdefault(key, []).append(item)
    return list(blocks.items())


def _render(procedure: Procedure, blocks: list[tuple[str, list[str]]], language: str, overview: bool,
            link: bool = True, note: str = "") -> Composition:
    citations: list[Citation] = []
    if language == "en":
        # A staff-ingested page has no English name: its Vietnamese name is not repeated.
        name = procedure.english_name or ""
        heading = f"**{name[:1].upper() + name[1:]}** ({procedure.name})" if name else f"**{procedure.name}**"
        lines = [f"{heading}. {say('english_quotes', 'en')}"]
    else:
        lines = [f"**{procedure.name}**"]
    if note:
        lines.append(f"\n{note}")
    for key, items in blocks:
        # Where to file, quoted from another part ("where:summary"): labelled as where, cited as that part.
        where_from = key.startswith(WHERE_FROM)
        key = key.removeprefix(WHERE_FROM)
        section = _section(procedure, key)
        citations.append(
            Citation(
                title=procedure.title,
                section=section.title,
                url=procedure.source_url,
                source=procedure.source,
                quote="\n".join(items),
            )
        )
        marker = f"[{len(citations)}]"
        heading = label("agency", language) if where_from else label(key, language, section.title)
        lines.append(f"\n{heading} {marker}:")
        for item in for_citizens(items):
            if language != "en":
                lines.append(f"- {item}")
                continue
            if key == "documents" and (papers := _papers_named(item)):
                # What to bring, in English first: the papers each quoted line names, in its order.
                lines.append(f"- [{papers}] “{item}”")
                continue
            gloss = english_gloss(item) if key in _GLOSSED_SECTIONS else ""
            lines.append(f"- “{item}” ({gloss})" if gloss else f"- “{item}”")
    if language == "en":
        glossed = _glossary(" ".join(item for key, items in blocks if key != "documents" for item in items))
        if glossed:
            lines.append("\n" + say("terms", "en", terms="; ".join(glossed)))
    url = (procedure.online_url if overview else None) or procedure.source_url
    if link and url:
        lines.append("\n" + say("more", language, url=url))
    return Composition("\n".join(lines).strip(), citations)


def _guide_for(guide: Procedure, procedure: Procedure, question: str, language: str) -> Composition:
    """The guide's statement about this kind of procedure: the section whose heading names the
    procedure's field ("Hộ tịch: …", "Căn cước …"), else the one that speaks of it most; its opening
    item (the rule itself) and the item closest to the procedure."""
    name, topic = _bigrams(procedure.name), _bigrams(" ".join([procedure.name, procedure.field]))

    def rank(section) -> tuple[int, int, int]:
        heading, text = _bigrams(section.title.split(":")[0]), _bigrams(section.text)
        return (len(topic & heading), len(name & text), len(topic & text))
    best = max(guide.sections, key=rank, default=None)
    if best is None or not any(rank(best)):
        return Composition("", [])
    items = bullet_lines(best.text)
    wanted = topic | _bigrams(question)
    closest = sorted(items[1:], key=lambda i: -len(wanted & _bigrams(i)))[:1]
    return _render(guide, [(best.key, items[:1] + closest)], language, overview=False, link=False)


def _bigrams(text: str) -> set[str]:
    return set(terms(text)[1])


def joined(first: Composition, second: Composition) -> Composition:
    """Two compositions as one answer, the second's citation markers renumbered after the first's."""
    offset = len(first.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", second.text)
    return Composition(f"{first.text}\n\n{text}", first.citations + second.citations)


_GLOSSES = [(term, gloss, re.compile(rf"(?<![a-z]){re.escape(fold(term))}(?![a-z])")) for term, gloss in PAPERS_EN.items()]


# The sections whose lines the portal writes to a formula ("Trực tuyến: thời hạn 3 ngày làm việc; miễn phí",
# "Phí, lệ phí khi nộp trực tuyến, trực tiếp: Miễn phí"): an English reader gets their figures in English.
_GLOSSED_SECTIONS = ("fee", "time_limit", "channels")
_MODES_EN = {"dịch vụ bưu chính": "by post", "bưu chính": "by post", "trực tuyến": "online", "trực tiếp": "in person"}
_MODE_SEPARATOR = r", | và | hoặc "
_MODE = "|".join(_MODES_EN)
_MODES = rf"((?:{_MODE})(?:(?:{_MODE_SEPARATOR})(?:{_MODE}))*)"
_UNITS_EN = {"ngày làm việc": "working day", "ngày": "day", "giờ làm việc": "working hour", "giờ": "hour", "tháng": "month",
             "năm": "year"}
_SPAN = r"(\d+) (ngày làm việc|giờ làm việc|ngày|giờ|tháng)(?![\w])"
_FEE_LABEL = r"(?:phí, lệ phí|lệ phí|phí)"
_CHANNEL_LINE = re.compile(rf"^{_MODES}: thời hạn {_SPAN}(.*)$", re.IGNORECASE)
_TIME_LINE = re.compile(rf"^thời hạn giải quyết khi nộp {_MODES}: {_SPAN}", re.IGNORECASE)
_FEE_LINE = re.compile(rf"^{_FEE_LABEL} khi nộp {_MODES}: (miễn phí|([\d.]+) (?:đồng|vnđ))", re.IGNORECASE)
_FREE = re.compile(rf";\s*(?:{_FEE_LABEL}:?\s*)?miễn phí\s*(?:[;.(]|$)", re.IGNORECASE)
# "; lệ phí 7.000 đồng/lần", "; phí: 2.000 đồng/trang": an amount and what it is counted by
_CHANNEL_FEE = re.compile(rf";\s*{_FEE_LABEL}:?\s+([\d.]+) ?(?:đồng|vnđ|đ)(?:/(trang|bản|lần))?(?=[\s;,.(]|$)", re.IGNORECASE)
_AMOUNT_VND = re.compile(r"\d[\d.]* ?(?:đồng|vnđ|đ)(?![\w])", re.IGNORECASE)
_PER_EN = {"trang": " per page", "bản": " per copy", "lần": " per filing"}
_NOTE = " (see the record's note)"


def english_gloss(item: str) -> str:
    """The figures of a formula line in English ("online: 3 working days, free of charge"), or "" for
    a line in free prose, whose figures only make sense in its own words. A figure the line goes on to
    qualify ("5 ngày làm việc, trường hợp cần xác minh …", "50.000 đồng (miễn cho hộ nghèo)"), or a
    second amount, sends the reader to the record's note rather than be stated bare."""
    if match := _CHANNEL_LINE.match(item):
        rest = match.group(4)
        time = _span_en(match.group(2), match.group(3)) + _note_if_qualified(rest)
        if fee := _CHANNEL_FEE.search(rest):
            after = rest[fee.end():]
            more = _NOTE if _note_if_qualified(after) or _AMOUNT_VND.search(after) else ""
            return f"{_modes_en(match.group(1))}: {time}, fee {_amount_en(fee.group(1), fee.group(2))}{more}"
        free = ", free of charge" if _FREE.search(rest) else ""
        return f"{_modes_en(match.group(1))}: {time}{free}"
    if match := _TIME_LINE.match(item):
        return f"{_modes_en(match.group(1))}: {_span_en(match.group(2), match.group(3))}{_note_if_qualified(item[match.end():])}"
    if match := _FEE_LINE.match(item):
        figure = _amount_en(match.group(3)) if match.group(3) else "free of charge"
        return f"{_modes_en(match.group(1))}: {figure}{_note_if_qualified(item[match.end():])}"
    return _figures_en(item)


# A sentence of prose says its figures in its own words; an English reader still gets each of them, in
# the order written, with the words that make it a figure ("per copy", "working days", "after 15:00"),
# and goes to the quote for the sentence around them.
_PER_EN_PROSE = {"trang": "page", "bản sao": "copy", "bản": "copy", "lần": "filing", "thẻ": "card", "trường hợp": "case",
                 "giao dịch": "transaction", "hợp đồng": "contract", "việc": "matter", "người": "person", "hồ sơ": "dossier"}
_PER_UNIT = "|".join(sorted(_PER_EN_PROSE, key=len, reverse=True))
# Said in words as the record says them: the answer's figures must be the quote's (assistant/verify.py).
_ORDINALS = {"hai": "second", "ba": "third", "tư": "fourth", "bốn": "fourth", "năm": "fifth"}
_PROSE_FIGURES = re.compile(
    r"(?P<exempt_some>(?:được )?miễn (?:phí|lệ phí) (?:cho|đối với))|(?P<exempt>được miễn (?:phí|lệ phí))"
    r"|(?P<date>(?P<since>từ ngày|đến hết ngày|đến ngày|trước ngày|sau ngày|kể từ ngày) (?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}))"
    r"|(?P<page>từ trang (?:thứ )?(?P<nth>\d+|hai|ba|tư|bốn|năm) trở (?:đi|lên))"
    rf"|(?P<bound>tối đa|không quá|tối thiểu) (?P<bounded>\d[\d.]*) ?(?:đồng|vnđ|đ)(?![\w])(?: ?(?:/|cho mỗi |mỗi |một |trên )(?P<bounded_per>{_PER_UNIT})(?![\w]))?"
    r"|(?P<percent>\d+(?:[.,]\d+)?) ?% (?:mức |của mức )?(?P<of>\d[\d.]*) ?(?:đồng|vnđ|đ)(?![\w])"
    rf"|(?P<amount>\d[\d.]*) ?(?:đồng|vnđ|đ)(?![\w])(?: ?(?:/|cho mỗi |mỗi |một |trên )(?P<per>{_PER_UNIT})(?![\w]))?"
    r"|(?P<free>miễn (?:phí|lệ phí)|không (?:thu|phải nộp|mất) (?:phí|lệ phí|tiền))"
    r"|(?P<council>(?:hội đồng nhân dân|hđnd)(?: (?:cấp )?tỉnh, thành phố)?[^.;,]{0,40}?(?:quy định|quyết định))"
    r"|(?P<unstated>không (?:nêu|ghi) (?:rõ )?(?:mức|số tiền|thời hạn))"
    r"|(?P<clock>(?P<when>sau|trước|từ|đến) (?P<hour>\d{1,2}) giờ(?: (?P<minute>\d{2}))?(?! làm việc))"
    r"|(?:(?P<within>không quá|tối đa là|tối đa|chậm nhất là|chậm nhất|trong vòng|trong) )?"
    r"(?P<span>\d+) (?P<unit>ngày làm việc|giờ làm việc|ngày|giờ|tháng|năm)(?![\w])"
    r"|(?P<same_working>trong ngày làm việc(?: tiếp nhận)?)(?! tiếp theo)"
    r"|(?P<next>ngày làm việc tiếp theo)|(?P<same>trong ngày)(?! làm việc)",
    re.IGNORECASE)
_CLOCK_EN = {"sau": "after", "trước": "before", "từ": "from", "đến": "until"}
# The figures said in words alone.
# "miễn lệ phí cho …", "Người thuộc hộ nghèo … được miễn lệ phí" waive the fee for some, whom the quote
# names; "Đăng ký kết hôn được miễn lệ phí" waives it for the procedure.
_SAID_EN = {"exempt_some": "some are exempt (see who)", "free": "free of charge",
            "council": "fee set by the People's Council",
            "unstated": "no figure stated", "next": "the next working day", "same": "the same day",
            "same_working": "the same working day"}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_SINCE_EN = {"từ ngày": "from", "đến hết ngày": "to", "đến ngày": "until", "trước ngày": "before",
             "sau ngày": "after", "kể từ ngày": "from"}
_BOUND_EN = {"tối đa": "at most", "không quá": "at most", "tối thiểu": "at least"}
_WITHIN_EN = {"không quá": "at most", "tối đa là": "at most", "tối đa": "at most", "chậm nhất là": "at the latest",
              "chậm nhất": "at the latest", "trong vòng": "within", "trong": "within"}


def _figures_en(item: str) -> str:
    """The figures of a sentence of prose in English ("in figures: 25,000 VND per transaction"), or ""."""
    said: list[str] = []
    spans: set[int] = set()
    for match in _PROSE_FIGURES.finditer(item):
        if match.group("span"):
            # "20 ngày làm việc … (cổng ghi "20 Ngày")": a span said once is not said again in other words
            if int(match.group("span")) in spans:
                continue
            spans.add(int(match.group("span")))
        said.append(_figure_en(match))
    said = list(dict.fromkeys(said))
    if _SAID_EN["free"] in said and _SAID_EN["council"] in said:
        # "Cổng ghi miễn phí, ghi chú lệ phí do HĐND tỉnh quy định": two statements, not one contradiction
        said[said.index(_SAID_EN["free"])] = "free of charge as the portal writes it"
    return f"in figures: {'; '.join(said)}" if said else ""


def _figure_en(match: re.Match) -> str:
    figure = match.groupdict()
    if figure["date"]:
        month = int(figure["month"])
        date = f"{int(figure['day'])} {_MONTHS_EN[month - 1]} {figure['year']}" if 1 <= month <= 12 else \
            f"{figure['day']}/{figure['month']}/{figure['year']}"
        return f"{_SINCE_EN[figure['since'].lower()]} {date}"
    if figure["page"]:
        nth = figure["nth"].lower()
        return f"from the {_ORDINALS[nth]} page" if nth in _ORDINALS else f"from page {nth}"
    if figure["bound"]:
        per = figure["bounded_per"]
        return f"{_BOUND_EN[figure['bound'].lower()]} {_amount_en(figure['bounded'])}" + \
            (f" per {_PER_EN_PROSE[per.lower()]}" if per else "")
    if figure["percent"]:
        return f"{figure['percent']}% of {_amount_en(figure['of'])}"
    if figure["amount"]:
        per = figure["per"]
        return _amount_en(figure["amount"]) + (f" per {_PER_EN_PROSE[per.lower()]}" if per else "")
    if figure["clock"]:
        # "15h", "15h30" as Vietnam writes the hour: no minute the record does not write
        return f"{_CLOCK_EN[figure['when'].lower()]} {int(figure['hour'])}h{figure['minute'] or ''}"
    if figure["span"]:
        span = _span_en(figure["span"], figure["unit"])
        within = (figure["within"] or "").lower()
        return f"{_WITHIN_EN[within]} {span}" if within else span
    if figure["exempt"]:
        people = _PEOPLE.search(match.string[:match.start()])
        return _SAID_EN["exempt_some" if people else "free"]
    return _SAID_EN[match.lastgroup]


# Who a waiver is for, when people are the subject of "được miễn lệ phí".
_PEOPLE = re.compile(r"(?<!\w)(?:người|hộ|cá nhân|trẻ em|gia đình|đối tượng|công dân|thân nhân)(?!\w)", re.IGNORECASE)


def _modes_en(written: str) -> str:
    """The filing modes named, in English: "trực tuyến, dịch vụ bưu chính" is "online, by post"."""
    parts = (part.strip() for part in re.split(_MODE_SEPARATOR, written.lower()))
    return ", ".join(dict.fromkeys(_MODES_EN[part] for part in parts if part in _MODES_EN))


def _span_en(number: str, unit: str) -> str:
    return f"{int(number)} {_UNITS_EN[unit.lower()]}{'' if int(number) == 1 else 's'}"


def _amount_en(figure: str, per: str | None = None) -> str:
    return f"{figure.replace('.', ',')} VND{_PER_EN.get((per or '').lower(), '')}"


def _note_if_qualified(rest: str) -> str:
    """The pointer to the record's note when what follows a figure qualifies it ("(…", ", trường hợp …")."""
    return _NOTE if rest.lstrip().startswith(("(", ",")) else ""


# At most this many papers are named before a quoted line of the list of papers.
PAPERS_NAMED = 3


def _papers_named(item: str) -> str:
    """The papers a line of the list of papers names, in English and in its order ("copy, marriage
    certificate" for "Bản sao Giấy chứng nhận kết hôn"); a term inside a longer one found is not named
    again ("bản sao" inside "bản sao có chứng thực" is)."""
    # "(1 bản chính)" counts the copies: no paper of its own
    folded = fold(re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), item))
    found = sorted(((m.start(), -len(m.group(0)), gloss) for _, gloss, pattern in _GLOSSES if (m := pattern.search(folded))))
    named, covered = [], -1
    for start, length, gloss in found:
        if start < covered:
            continue
        covered = start - length
        named.append(gloss)
    return ", ".join(dict.fromkeys(named[:PAPERS_NAMED]))


def _glossary(quoted: str) -> list[str]:
    """'giấy chứng sinh: the birth certificate issued by the hospital…' for each paper quoted."""
    folded = fold(quoted)
    return [f"{term}: {gloss}" for term, gloss, pattern in _GLOSSES if pattern.search(folded)]


def _compose_guide(procedure: Procedure, aspects: list[str], question: str, language: str, hits: list[ChunkHit],
                   wording: str = "") -> Composition:
    """A guide has free-form sections: quote its items closest to the question or its official wording."""
    question_terms = _term_set(question) | _term_set(wording)
    stating = {"fee": _AMOUNT, "time_limit": _DURATION, "deadline": _DURATION}
    wanted = [stating[a] for a in aspects if a in stating]
    # Asked when the office is open, the days it receives answer, however close the question's other words are.
    days_asked = asks_office_hours(question)
    similarity = {h.section: max(h.similarity, 0) for h in hits}
    scored: list[tuple[float, str, str]] = []
    for section in procedure.sections:
        for item in bullet_lines(section.text):
            overlap = len(question_terms & _term_set(item)) / (len(question_terms) or 1)
            states_aspect = 0.5 if any(p.search(item) for p in wanted) else 0.0
            states_days = 1.0 if days_asked and _WORKING_DAYS.search(item) else 0.0
            scored.append((overlap + similarity.get(section.key, 0.0) + states_aspect + states_days, section.key, item))
    top = sorted(scored, key=lambda s: -s[0])[:3]
    order = {id(s): i for i, s in enumerate(procedure.sections)}
    blocks: dict[str, list[str]] = {}
    for _, key, item in top:
        blocks.setdefault(key, []).append(item)
    for key, items in blocks.items():
        # A section's opening line states what its other lines qualify: "… giờ hành chính từ thứ Hai đến
        # thứ Sáu" before "giờ làm việc thực tế có thể khác".
        lead = bullet_lines(procedure.section(key).text)[:1]
        if lead and lead[0] not in items:
            items.insert(0, lead[0])
    rendered = sorted(blocks.items(), key=lambda kv: order.get(id(procedure.section(kv[0])), 0))
    if not rendered and procedure.summary and set(aspects) <= {"conditions"}:
        # A page that is all introduction (no part of its own), asked of a case: its sentences closest to
        # the question. (Asked its fee or time limit, it states none: "not found" and the desk.)
        sentences = split_sentences(procedure.summary)
        ranked = sorted(range(len(sentences)), key=lambda k: (-len(question_terms & _term_set(sentences[k])), k))
        return _render(procedure, [("summary", [sentences[k] for k in sorted(ranked[:UNLABELLED_ITEMS])])], language,
                       overview=False)
    if ("conditions" in aspects or "where" in aspects) and procedure.summary:
        # "Có phải đổi giấy tờ không?", "Can I file at any ward, or only where I live?": a guide's opening
        # sentence states its rule, the answer itself.
        rendered = _merged([("summary", split_sentences(procedure.summary)[:1])], rendered)
    return _render(procedure, rendered, language, overview=False)


def _term_set(text: str) -> set[str]:
    unigrams, bigrams = terms(text)
    return set(unigrams) | set(bigrams)


__all__ = ["compose", "Composition", "OVERVIEW_SECTIONS"]
