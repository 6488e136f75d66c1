"""The answer pipeline: a readable list of stages over one context.

    normalise → route → rewrite → retrieve → choose → compose → verify

Each stage reads and writes named fields of the :class:`Context`, is timed, and may finish the
pipeline by setting `context.answer` (a refusal, a clarification, a not-found). The runner is a loop.
"""
from __future__ import annotations

import dataclasses
import functools

import logging
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import numpy as np

from . import messages
from .answer import Answer, Citation
from .aspects import MIN_TOPIC_WORDS, asking_parts, asks_elsewhere, asks_nothing, asks_office_hours, content_words, detect_aspects, is_a_wish, is_letter, questions_proper, sections_for, topic_words
from .clauses import (PURPOSE_CLAUSE, asked_of, civil_events, put_into, put_to_another_use, without_put_in,
                      without_told_events, without_told_states)
from .compose import Composition, compose, joined, states_a_deadline
from .documents import Procedure
from .embeddings import Embedder, make_embedder
from .errors import IndexNotReady, ProviderError, WardError
from .index import IndexHandle, Snapshot
from .intent import load_intent_model
from .keyword import QUESTION_WORDS_VI, STOPWORDS, core_name, spelled_out
from .neighbours import (AFTER_ACTS, COLLOQUIAL, FIT_MARGIN, NAME_COMMON_WORDS, NAMED_IN_FULL, Neighbours, asked_acts,
                         certifies_a_copy_of_any_paper, names_a_phrase_of, object_tokens, pick_variant)
from .lexicon import actions_in, chat_written_out, expansions_of, known_phrase_words, leading_action, story_signals, variant_signals, worded_in_place
from .restore import DiacriticsRestorer, typed_without_diacritics
from .retrieval import Candidate, Retrieval, retrieve
from .router import MIN_QUESTION_WORDS, SOFT, route_with_cue, same_topic, without_injection
from .settings import Settings
from .store import Store, make_client
from .text import ENGLISH_WORDS, data_lines, detect_language, fold, has_diacritics, mask_personal_data, nfc, sentence_case, strip_tones, syllable_pairs, tokens, without_contact_details, words
from .verify import unsupported_figures

if TYPE_CHECKING:  # the dense query's type only
    import numpy as np

log = logging.getLogger("ward.pipeline")

_FOLLOW_UP = re.compile(r"^(con|vay|the con|the|va|con neu|neu vay|neu|what about|how about|what if|and|also|so)\b")
# How much of a procedure's name a case added ("nếu chủ nhà không đồng ý thì sao?") must write to ask
# about that procedure instead ("nếu làm chứng thực hợp đồng thì …"): most of it.
NAMED_IN_A_CASE = 0.8
# A follow-up that adds a case to the conversation's procedure: "nếu … thì sao", "what if …".
_CONDITIONAL = re.compile(r"^(con neu|neu|what if)\b")
# Words that carry no topic in a follow-up, Vietnamese and English.
_FILLER = {"mat", "giay", "nop", "online", "lam", "it", "is", "does", "do", "the", "this", "that", "what", "about", "how", "and",
           "can", "i", "my", "me", "a", "an", "to", "for", "of", "still", "also", "then", "nay", "do", "kia",
           "nua", "roi", "chua", "sao", "nhi", "ha", "take", "need", "there", "if", "are", "was", "be", "in", "at",
           "with", "or"}
# Whom a follow-up asks the same for ("còn cho con thì sao?", "what about if the father is a foreigner?"):
# a person picks a variant of the conversation's procedure, it names none, however many titles say
# "cho người nước ngoài".
_WHOM = frozenset(tokens(fold(
    "người nước ngoài ngoại quốc việt kiều cha mẹ bố con cháu bé trẻ em vợ chồng anh chị ông bà tuổi dưới trên từ đủ "
    "foreigner foreign father mother parent parents child children kid kids baby son daughter wife husband "
    "he she they someone person people old years age under over")))
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# A name quoted: not an English apostrophe ("don't … ward's").
_QUOTED_NAME = re.compile(r"(?:(?<![a-zA-Z])['‘]|[\"“])([^‘'\"“”’]{8,120})(?:['’](?![a-zA-Z])|[\"”])")
# "thủ tục" and the name after it, to the first place, office or clause ("tại", "ở", "nộp"); a name's commas stay
# ("giao đất, cho thuê đất, chuyển mục đích sử dụng đất"). Not "thủ tục hành chính", "thủ tục nào".
_AFTER_THU_TUC = re.compile(r"(?i)thủ tục\s+(?!hành chính|nào)((?:(?!,?\s*\b(?:tại|ở|nộp|do|trên|qua|hoặc)\b)[^.;:()?!\n])+)")
# Below this share of its name found in the question, a procedure matched only through generic words
# ("đăng ký", "cấp giấy phép") is suspect when the question also names something the corpus never does.
UNKNOWN_TOPIC_PRECISION = 0.5
# A procedure's name about something done abroad, not merely with a foreign element.
_DONE_ABROAD = re.compile(r"(?<![a-z])(tai|o|cua) (co quan co tham quyen cua )?nuoc ngoai(?![a-z])")
# Expansions that only say which variant is meant, kept out of the retrieval query.
VARIANT_ONLY = frozenset({"có yếu tố nước ngoài", "người nước ngoài có yếu tố nước ngoài"})
# The most of a letter the dense model reads (see `_for_embedding`): its questions, little of the
# story. Measured on the tuning halves (2026-12-04): 360, 280 and 220 characters pass the same share
# (160 passes fewer); 220 ranks the right procedure first most often (real hit@1 88.5% at 360 → 90.3%)
# and embeds fewer tokens (see bench/answer_bench.py --dataset evals/datasets/real.jsonl).
DENSE_MAX_CHARS = 220
# A question covering this share of a procedure's name is about that procedure, whatever else it
# mentions (an illness, a passport): the index, not the router's vocabulary, decides.
SOFT_ROUTE_NAME_PRECISION = 0.6
# Or writes this many syllables of its official name in a row (beyond the words every name has).
QUOTED_NAME_SYLLABLES = 5
# Words that cover this much of a procedure's name ask for that procedure: beside an instruction, or in
# a follow-up ("còn làm lại CCCD thì sao?" after a marriage question asks about the card).
NAMES_A_PROCEDURE = 0.5
# A letter's questions covering less than this of any procedure's name name nothing: its story does.
ASKED_NAMES_SOMETHING = 0.3
# Past this many words a message tells a story; its words outside the procedure are the story's, not
# an unknown topic.
UNKNOWN_TOPIC_MAX_WORDS = 20
# English words of aliases that name no procedure in particular ("… with a foreigner in Vietnam").
ENGLISH_COMMON_WORDS = ENGLISH_WORDS | frozenset(
    "vietnam vietnamese foreigner foreigners foreign citizen citizens people person local ward commune city".split())
# An English question with no lexicon wording passes `_names_something_of` on a dense match this strong.
ENGLISH_DENSE_ENOUGH = 0.5
# A word written by this share of the index's procedures is everyday language, not a topic.
EVERYDAY_SHARE = 0.1
# The shipped corpus's everyday words (scripts/export_everyday_words.py), known to an index of a ward's own
# files however few.
EVERYDAY_PATH = Path(__file__).with_name("data") / "everyday-words.tsv"
# A question sharing this many words with a procedure's name names that procedure.
UNKNOWN_TOPIC_NAMED_WORDS = 4
# Vietnamese grammar words, known to any index however small: classifiers and plural markers ("con
# cái", "mấy chiếc"), verbs of direction ("đi nhận", "ra phường"), tense and degree ("đã", "rất").
GRAMMAR_WORDS = frozenset(strip_tones(w) for w in (
    "cái chiếc con những các mấy bức tờ quyển cuốn đi đến tới về ra vào lên xuống lại nữa rồi đã đang sẽ vẫn xong "
    "cũng đều rất quá lắm hơn nhất ai đó này kia ấy "
    # adverbs of a case told ("chuyển hẳn về quê", "tích hợp thêm … luôn", "chỉ còn", "vừa mới")
    "hẳn luôn thêm chỉ mới vừa sắp còn ngay liền "
    # prepositions, conjunctions and pronouns ("nhà tôi trong khu quy hoạch", "nếu … thì")
    "trong ngoài trên dưới giữa bên cạnh gần sau trước với của và hoặc nhưng mà nếu thì khi để vì do bởi tại từ "
    "cùng theo tôi mình chúng ta họ nó").split())
# Everyday verbs and adjectives of a citizen's case, known to any index however small: how a thing
# came ("mới mua", "được cho", "thuê lại"), its state ("cũ", "mới"). They describe the case, never name
# a topic the index lacks ("đăng ký xe máy mới mua" is a first registration). "Giấy" is any paper a
# procedure gives ("làm giấy giám hộ"), whatever name its record uses.
EVERYDAY_WORDS = frozenset(strip_tones(w) for w in (
    "mua bán thuê mượn cho tặng nhận gửi lấy đưa dùng mới cũ giấy quê "
    # and of asking ("tổng cộng mất bao lâu", "hạn chót", "đặt lịch hẹn")
    "tổng cộng chót đặt lịch hẹn").split())
# When a citizen's case happened or will ("bố tôi mới mất hôm qua", "nghỉ Tết một tháng"), or the day of the
# week ("có nhận hồ sơ vào thứ Bảy không"): time, no topic.
TIME_WORDS = frozenset(strip_tones(w) for w in (
    "hôm qua nay mai mốt sáng trưa chiều tối đêm ngày tuần tháng năm giờ phút lúc sớm muộn tết "
    "thứ hai ba tư năm sáu bảy chủ nhật").split())
# The people of a citizen's case, by kinship ("giám hộ cho cháu", "làm cho mẹ tôi"): who it is for, never a
# topic the index lacks.
KINSHIP_WORDS = frozenset(strip_tones(w) for w in (
    "cháu con bố ba cha mẹ má ông bà anh chị em vợ chồng cô chú dì cậu bác mợ thím dượng nội ngoại "
    "cụ bé nhỏ gái trai").split())


@dataclass
class Context:
    question: str
    history: list[dict]
    snapshot: Snapshot | None = None
    masked: str = ""
    had_personal_data: bool = False
    restored: bool = False  # typed without diacritics: `masked` holds our guess of them
    language: str = "vi"
    route: str = ""
    route_cue: str = ""  # the words behind a soft route, which the chosen procedure must know
    aspects: list[str] = field(default_factory=list)
    search_text: str = ""
    rewritten: bool = False
    conversation_topic: str = ""  # what the conversation so far was about, when there was one
    vector: np.ndarray | None = None  # the dense query, read again by the intent model
    retrieval: Retrieval | None = None
    procedure: Procedure | None = None
    also: Procedure | None = None  # a second procedure the message asks about by name ("… và …")
    composition: Composition | None = None
    answer: Answer | None = None
    reason: str = ""
    timings: dict[str, float] = field(default_factory=dict)


class Assistant:
    """Turns a citizen's question (and the conversation so far) into an :class:`Answer`."""

    retrieval_mode = "hybrid"  # or "dense" / "keyword", the evaluation's ablations

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        index: IndexHandle | None = None,
        composer=None,
        profile: messages.WardProfile | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings.embedder, settings.embed_threads)
        self.index = index or IndexHandle(Store(make_client(settings), settings.collection, self.embedder))
        self.profile = profile or messages.WardProfile.load(settings.ward_profile_path)
        self.intent = load_intent_model() if settings.intent_check else None
        self.llm_composer = composer
        if self.llm_composer is None and settings.llm != "none":
            from .llm import LLMComposer

            self.llm_composer = LLMComposer(settings)
        self._restorers: dict[str, DiacriticsRestorer] = {}
        self._derived: dict[tuple[str, str], object] = {}
        # Built with each new snapshot, off the request path.
        self.index.warmers += [self._restorer, self._everyday, self._boundary_guide, self._hours_guide, self._procedure_words]
        self.stages = [self.normalise, self.route, self.rewrite, self.retrieve, self.choose, self.compose, self.verify]

    def prepare(self) -> None:
        """Load what the first question would otherwise pay for (model, snapshot, diacritics table).
        An empty or unreadable index is left for `ask` to report."""
        self.embedder.embed_query("warm up")
        try:
            self._restorer(self.index.current())
        except Exception as exc:  # noqa: BLE001 - the first question reports it, with the right status
            log.info("not warmed up: %s", exc)

    # -- the runner ---------------------------------------------------------------------------
    def ask(self, question: str, history: list[dict] | None = None) -> Answer:
        context = Context(question=nfc(question or "").strip(), history=list(history or []))
        started = time.perf_counter()
        try:
            context.snapshot = self.index.current()
            for stage in self.stages:
                t0 = time.perf_counter()
                stage(context)
                context.timings[stage.__name__] = round((time.perf_counter() - t0) * 1000, 2)
                if context.answer is not None:
                    break
        except IndexNotReady:
            log.warning("question before the index was ready")
            context.answer = self._canned(context, "error", "error", "error_index_not_ready")
        except WardError as exc:
            log.error("pipeline failed: %s", exc)
            context.answer = self._canned(context, "error", "error", f"error_{type(exc).__name__}")
        context.timings["total"] = round((time.perf_counter() - started) * 1000, 2)
        answer = context.answer or self._canned(context, "error", "error", "error_no_answer")
        if answer.status == "answered" and not detect_aspects(context.masked) and _repeats_last_answer(context.history, answer.answer):
            # A follow-up that adds a case and asks no aspect of its own ("con tôi 16 tuổi thì sao?"), which
            # the record has nothing more on, would get the same sections again: say that all the record
            # states was given, and who to ask. ("Làm online được không?" asks an aspect: answered.)
            answer = self._canned(context, "not_found", "not_stated_follow_up", "unanswerable_follow_up_not_in_record")
        answer.timings_ms = context.timings
        if context.had_personal_data and answer.status != "error":
            answer.answer = f"{answer.answer}\n\n{messages.say('pii_note', answer.language)}"
        return answer

    # -- stages -------------------------------------------------------------------------------
    def normalise(self, context: Context) -> None:
        question = sentence_case(_within(context.question, self.settings.max_question_chars))
        context.masked = without_contact_details(mask_personal_data(question))
        context.had_personal_data = context.masked != question
        context.masked = self._read_language(context, context.masked)
        context.aspects = detect_aspects(context.masked)
        if not tokens(context.masked):
            context.answer = self._canned(context, "clarification", "empty_question", "empty_question")

    def _read_language(self, context: Context, text: str) -> str:
        """Set the message's language; a Vietnamese one typed without diacritics comes back with them,
        so that every stage reads it as if written with them."""
        vocabulary = context.snapshot.vocabulary() if context.snapshot else frozenset()
        context.language = detect_language(text, vocabulary, QUESTION_WORDS_VI)
        if context.language == "vi":
            text = chat_written_out(text)
        if context.language == "vi" and context.snapshot is not None and typed_without_diacritics(text):
            context.restored = True
            return self._restorer(context.snapshot).restore(text)
        return text

    def route(self, context: Context) -> None:
        question, instructed = without_injection(context.masked)
        if instructed:
            # The instruction's language is not the question's ("thu tuc chung thuc … ignore all
            # previous instructions"), and it asked nothing.
            question = self._read_language(context, question)
            context.aspects = detect_aspects(question)
        if instructed and not context.aspects and "?" not in question and not self._names_a_procedure(context, question):
            # Nothing but the instruction (and no question beside it): refuse the instruction. A
            # procedure named beside it ("bình xét hộ cận nghèo") is a request for its card.
            context.route = "injection"
        else:
            # An instruction beside a real question is dropped; the question is answered as asked.
            context.masked = question
            context.route, context.route_cue = route_with_cue(question)
            # A short message asking nothing may be a procedure's name typed as a search; a letter that
            # never asks names its procedure on the way.
            if context.route in ("procedure", *SOFT) and asks_nothing(question, context.aspects) and (
                    is_letter(question) or not self._names_a_procedure(context, question)):
                context.route = "statement"
        if context.route == "gibberish" and not set(tokens(context.masked)) & ENGLISH_WORDS:
            # Keys struck at random read as "not Vietnamese" by their shapes, not as English: the ward's
            # language answers them.
            context.language = "vi"
        if context.route in ROUTE_REPLIES:
            status, text, reason = ROUTE_REPLIES[context.route]
            context.answer = self._canned(context, status, text, reason)

    @staticmethod
    def _names_a_procedure(context: Context, text: str) -> bool:
        """Whether the text is mostly the name of an indexed procedure."""
        if context.snapshot is None or len(text.split()) < MIN_QUESTION_WORDS:
            return False
        return _best_name_precision(context.snapshot, content_words(text)) >= NAMES_A_PROCEDURE

    def rewrite(self, context: Context) -> None:
        """Make an elliptical follow-up ("Còn lệ phí thì sao?") self-contained from the history."""
        context.search_text = context.masked
        previous = self._history_topic(context.history)
        context.conversation_topic = previous or ""
        if not previous:
            if context.aspects and self._names_no_topic(context):
                # "Còn lệ phí thì sao?" with no conversation before it: ask which procedure, rather
                # than answer whichever one "còn" (folded "con") happens to reach.
                context.answer = self._canned(context, "clarification", "which_procedure", "clarification_no_procedure")
            return
        if not context.aspects and _FOLLOW_UP.match(fold(context.masked).strip()):
            # "Còn chứng thực chữ ký thì sao?", "what about for a foreigner?" ask what was just asked
            # (the fee, the papers) of another procedure or another person.
            context.aspects = detect_aspects(_last_question(context.history))
        elliptical = self._elliptical(context)
        if elliptical:
            # A bare "mất mấy ngày" adds nothing but noise to the topic; anything more is kept.
            own = "" if elliptical == "bare" else content_words(context.masked)
            context.search_text = f"{previous} {own}".strip()
            context.rewritten = True

    def retrieve(self, context: Context) -> None:
        snapshot = context.snapshot
        dense_text, keyword_text = self.query_texts(snapshot, context.search_text, context.language)
        context.vector = self.embedder.embed_query(dense_text)
        context.retrieval = retrieve(snapshot, context.vector, keyword_text, self.settings, mode=self.retrieval_mode)

    def choose(self, context: Context) -> None:
        """Pick the procedure, or stop: nothing fits (not found), or variants tie (clarify)."""
        retrieval = context.retrieval
        best = retrieval.best if retrieval else None
        if retrieval is not None:
            # Referrals (corpus/referrals: another authority's matters, described in the index) only ever
            # refuse: set aside, they leave the procedures to the rules below as if they were not indexed.
            referrals = [c for c in retrieval.candidates if c.procedure.kind == "referral"]
            retrieval.candidates = [c for c in retrieval.candidates if c.procedure.kind != "referral"]
            asked = asked_of(context.search_text)
            # A main clause after "thì" naming another authority's matter is what is asked; its condition
            # tells the case ("Xây nhà trên đất không có sổ đỏ thì có được bồi thường khi thu hồi đất không?").
            then = " ".join(m.group(1) for m in _THEN.finditer(asked))
            after_then = lambda c: context.snapshot.keywords.phrase_precision(  # noqa: E731
                c.procedure.id, content_words(then), then) if then else 0.0
            main = then if any(after_then(r) > 0 for r in referrals) else None
            if best is not None and best.procedure.kind != "referral" and not self._names_in_own_words(context, best, main):
                # "Giấy khai sinh có đủ chứng minh quốc tịch không" reaches a birth registration first by
                # its words; the nationality referral, close below, names what it asks more fully.
                # An event the story tells as done ("đã ly hôn, nay muốn kết hôn lại") names no referral,
                # nor what the question puts into a paper ("tích hợp BHYT vào căn cước").
                named = (lambda r: r.name_precision) if asked == context.search_text else \
                    (lambda r: context.snapshot.keywords.phrase_precision(r.procedure.id, content_words(asked), asked))
                # Named as fully, what the main clause names decides.
                best = next((r for r in referrals if best.score - r.score <= REFERRAL_MARGIN
                             and (named(r) > best.name_precision
                                  or (named(r) == best.name_precision and after_then(r) > after_then(best)))), best)
            if best is not None and best.procedure.kind != "referral":
                # The procedure named only as the occasion ("… khi không đăng ký kết hôn"), the other
                # authority's matter in the main clause: that matter is asked.
                best = next((r for r in referrals if best.score - r.score <= REFERRAL_MARGIN
                             and _procedure_only_the_occasion(context, r, best)), best)
            if best is not None and best.procedure.kind == "referral":
                if best.score >= self.settings.min_confidence and self._refers(context, best, retrieval.best):
                    context.answer = self._referred(context, best.procedure)
                    return
                best = retrieval.best
        hours = self._hours_guide(context.snapshot) if asks_office_hours(context.masked) else None
        if hours is not None:
            # "Công an phường có nhận hồ sơ căn cước vào thứ Bảy không", "Is the ward office open on Saturday?":
            # when the office receives is its hours guide's, whatever procedure the question names on the way and
            # whether or not its words reached the guide.
            context.procedure = hours
            return
        confident = best is not None and best.score >= self.settings.min_confidence
        if context.route in SOFT and not (confident and self._index_knows(context, best)):
            # The index describes whose matter it is ("khởi kiện" is the court's): say so, not only "not here".
            matter = _GENERIC_ACT.sub("", context.route_cue)
            describing = next((r for r in referrals if matter and r.score >= self.settings.min_confidence
                               and _writes_cue(matter, " ".join([r.procedure.title, *r.procedure.aliases]))), None)
            if describing is not None:
                context.answer = self._referred(context, describing.procedure)
                return
            status, text, reason = SOFT_REPLIES[context.route]
            context.answer = self._canned(context, status, text, reason)
            return
        if not confident:
            context.answer = self._canned(context, "not_found", "not_found", "unanswerable_low_confidence")
            return
        near = Neighbours(context, close=self.settings.clarify_margin * 4)
        best = near.fitting(best)
        if best is None:
            # Nothing fits; a question only of a fine or of someone's rights still hears that no record
            # states those, and where to ask.
            unstated = next((a for a in ("penalty", "rights", "amount") if context.aspects == [a]), None)
            text_key, reason = (f"not_stated_{unstated}", f"unanswerable_{unstated}") if unstated else \
                ("not_found", "unanswerable_case_not_covered")
            context.answer = self._canned(context, "not_found", text_key, reason)
            return
        if best.procedure.kind == "guide":
            # "mất bao lâu", "cần giấy tờ gì" are answered by a procedure's sections, not a guide's
            # prose: a close procedure that fits the case beats the guide. Whether one must or may is
            # answered by the guide's rules too ("có cần xin giấy phép không"), unless the question
            # names the procedure more than the guide.
            runner_up = next((c for c in retrieval.candidates if c.procedure.kind == "procedure" and near.fits(c)), None)
            if runner_up is not None and best.score - runner_up.score <= GUIDE_YIELD_MARGIN and (
                    _asks_procedure_detail(context.aspects)
                    or ("conditions" in context.aspects and runner_up.name_precision > best.name_precision)):
                best = runner_up
        if not self._names_something_of(context, best):
            # Reached by similarity alone: a close candidate the question does name is the answer.
            best = next((c for c in retrieval.candidates if best.score - c.score <= FIT_MARGIN and near.fits(c)
                         and c.procedure.kind == "procedure" and self._names_something_of(context, c)), None)
            if best is None:
                if _names_only_an_act(context.masked):
                    # "Tôi muốn đăng ký", "cấp lại giấy tờ": an act with no object; ask which procedure.
                    context.answer = self._canned(context, "clarification", "which_procedure", "clarification_no_procedure")
                else:
                    context.answer = self._canned(context, "not_found", "not_found", "unanswerable_unrelated")
                return
        best = self._named_by_its_questions(context, near, best)
        # The story's implication first, then what the citizen's own words name over it.
        own = self._own_words_rules(context, near, best)
        best = own.by_qualifier(own.by_what_is_lacking(own.by_name(best)))
        best = own.by_what_is_certified(own.by_paper(own.by_action(own.by_combination(near.by_story(best)))))
        best = own.by_applicant(best)
        other = self._asks_of_something_else(context, best)
        if other is not None:
            # What the question asks is not what its words reached: a close candidate that is, or nothing.
            # An English question's purpose, worded by the lexicon, names the act outright: any candidate
            # doing it ("Do I need a single status certificate to get married?" reaches the certificate
            # far ahead of the marriage, by its words).
            margin = math.inf if context.language == "en" else FIT_MARGIN
            best = next((c for c in retrieval.candidates if c.procedure.kind == "procedure" and near.fits(c)
                         and best.score - c.score <= margin and other(c)), None)
            if best is None:
                context.answer = self._canned(context, "not_found", "not_found", "unanswerable_asks_something_else")
                return
        if _asks_the_matter_not_the_service(context, best):
            context.answer = self._canned(context, "not_found", "not_found", "unanswerable_asks_something_else")
            return
        if self._names_an_unknown_topic(context, best) or self._asks_an_unknown_matter_of_its_occasion(context, best):
            context.answer = self._canned(context, "not_found", "not_found", "unanswerable_unknown_topic")
            return
        # A follow-up that only asks an aspect ("còn lệ phí thì sao?") asks it of the conversation's
        # procedure: a question by its form, whatever the rewritten query reads like.
        aspect_follow_up = context.rewritten and bool(context.aspects) and self._names_no_topic(context)
        # "Nếu chủ nhà không đồng ý thì sao?" in a conversation adds a case to its procedure; alone it reads
        # as a complaint. A harmful case ("nếu tôi đưa tiền cho cán bộ …") is the router's to refuse.
        case_follow_up = bool(context.conversation_topic) and _adds_a_case(context.masked)
        if context.route == "procedure" and self.intent is not None and not aspect_follow_up and not case_follow_up \
                and self.intent.refuses(context.vector, self.embedder.name, _read_for_intent(context), topic=_profile(context.snapshot, best)) \
                and not self._names_in_own_words(context, best, _own_words(context, context.masked)):
            # About to answer, but read as a whole the message asks for no procedure (a bribe, one's
            # own dossier, chit-chat: see assistant/intent.py). Not when the router doubted the
            # message and the index confirmed it (a soft route above): the index decides scope. Nor
            # when this message's own words (not a follow-up's topic) name the procedure.
            context.answer = self._canned(context, "out_of_scope", "not_a_question", "guardrails_intent")
            return
        if best.procedure.kind == "guide" and asks_elsewhere(context.masked):
            # "Tôi ở phường khác có nộp ở phường Tân Hưng được không?" names the ward, whose opening-hours
            # guide it reaches first; asked of no procedure, filing away from home is the boundary guide's.
            boundary = self._boundary_guide(context.snapshot)
            best = next((c for c in retrieval.candidates if boundary is not None and c.procedure.id == boundary.id), best)
        family = [c for c in near.family(best) if c is best or not _copy_of(c, best)]
        if len(family) < 2:
            chosen = best
        else:
            # Expansions count as asking: "người Hàn Quốc" asks for the "có yếu tố nước ngoài" variant.
            chosen, tied = pick_variant(family, near.variant_words)
            if tied:
                context.answer = self._clarify(context, tied)
                return
        context.procedure = _the_fullest_copy(context, chosen).procedure
        context.also = near.also_asked(context.procedure)

    @staticmethod
    def _refers(context: Context, referral: Candidate, procedure: Candidate | None) -> bool:
        """Whether the best match, another authority's matter, is what the question asks. Not when the
        citizen's own words name a ward procedure more fully than the referral's names: "có được kết
        hôn khi đang chấp hành án treo" asks for a marriage, whatever the court's words it shares. Nor
        when the other authority's matter is the condition and what follows "thì" names the procedure
        ("Sang tên sổ đỏ thì chứng thực hợp đồng ở đâu?")."""
        if procedure is None or _procedure_only_the_occasion(context, referral, procedure):
            return True
        if _referral_only_the_occasion(context, referral, procedure):
            return False
        asked = asked_of(context.search_text)
        if asked != context.search_text:
            # An event the story tells as done is no matter asked: "đã ly hôn, có được kết hôn lại không"
            # asks for a marriage, whatever the court's "ly hôn" it names on the way. Nor is what is put
            # into a paper: "tích hợp BHYT vào căn cước" asks of the card.
            keywords = context.snapshot.keywords
            content = content_words(asked)
            if keywords.phrase_precision(referral.procedure.id, content, asked) \
                    < keywords.phrase_precision(procedure.procedure.id, content, asked):
                return False
        own = _own_words(context, _letters_questions(context.search_text))
        if _asks_after_its_condition(context, procedure, own) or _asks_before_its_purpose(context, procedure, own):
            return False
        # A state told ("chưa được xóa án tích", "đã bị thu hồi") is the case, no act asked.
        acts_on_it = actions_in(without_told_states(fold(own))) & AFTER_ACTS
        if acts_on_it and not acts_on_it & actions_in(fold(procedure.procedure.name)):
            # An act on the thing that the procedure does not do: "xóa nợ tiền sử dụng đất trên sổ đỏ"
            # names the certificate a first registration issues, and asks for something else.
            return True
        if not Assistant._names_in_own_words(context, procedure) or referral.name_precision > procedure.name_precision:
            return True
        # Named as fully as each other: the procedure is asked when its act is too ("chứng thực chữ ký
        # trên hợp đồng lao động"), not only what it acts on ("hộ kinh doanh có phải đóng thuế" names
        # no "chấm dứt hoạt động").
        act = leading_action(fold(procedure.procedure.name))
        return referral.name_precision == procedure.name_precision and act is not None \
            and act not in actions_in(fold(context.search_text))

    @staticmethod
    def _index_knows(context: Context, best: Candidate) -> bool:
        """Whether the index answers a question the router doubted (off-topic, another authority's):
        the procedure chosen is about what made the router doubt (its official name says "hộ chiếu" once
        staff ingested the police procedure for a lost passport; a summary or a colloquial name that
        mentions a passport among the papers is no passport procedure), or the question names most of
        that procedure ("con bị bệnh tâm thần … thủ tục giám hộ" is a guardianship question)."""
        cue = context.route_cue
        procedure = best.procedure
        named = fold(" ".join([procedure.title, spelled_out(procedure.title), procedure.short_title]))
        written = set(tokens(named))
        # The cue as typed, or its official wording ("passport" → "hộ chiếu"), word by word: "đăng ký
        # xe" is "Đăng ký, cấp biển số xe". A longer cue ("đăng ký kết hôn tại nước ngoài") must be
        # written as it stands. Of the cue's wordings, the longest: "temporary residence card" is
        # "thẻ tạm trú", not the "tạm trú" its first two words are.
        # A wording keeps the cue's other words: "sang tên sổ đỏ" is a transfer of the land certificate,
        # which a procedure issuing the certificate does not name.
        # "Làm", "xin" open a cue as any request does: "làm thẻ bảo hiểm y tế" is the card a procedure
        # "cấp"s.
        matter = _GENERIC_ACT.sub("", cue)
        names = _longest([matter, *worded_in_place(matter)]) if matter else []
        # Naming the procedure does not settle where it is done: only a procedure about the embassy does.
        # Nor does it when the cue is a longer name sharing a word (two syllables: "ly hôn" shares only
        # one with "kết hôn") with the procedure's: "thẻ tạm trú" (a foreigner's card, the immigration
        # office's) is no "tạm trú" registration, "giấy phép lao động" no "tai nạn lao động". A cue
        # sharing no word with the name is the story's ("con bị tâm thần … thủ tục giám hộ"). The
        # citizen's own words only: an expansion ("Thái Lan" → "có yếu tố nước ngoài") is ours.
        # The cue with what it acts on is another thing too when the procedure does another act on that:
        # "khởi kiện tranh chấp đất đai" (a lawsuit) is no "hòa giải tranh chấp đất đai" (mediation).
        question = fold(context.search_text)
        if _CERTIFIES_A_PAPER.search(question) and fold(procedure.title).startswith("chung thuc"):
            # "công chứng hợp đồng mua bán xe máy ở phường": a paper about the other authority's matter is
            # certified at the ward (citizens call the ward's chứng thực "công chứng")
            return True
        acted_on = [_with_its_object(name, question) for name in names] if context.route == "other_authority" else []
        another_thing = any(syllable_pairs(name) & syllable_pairs(named) and not set(tokens(name)) <= written
                            for name in [*names, *acted_on])
        # Where a thing is done settles nothing when the procedure is about that thing done abroad
        # ("ghi vào Sổ hộ tịch việc kết hôn … đã được giải quyết tại cơ quan … của nước ngoài").
        about_abroad = _DONE_ABROAD.search(named) is not None
        # What a letter's questions ask, not what its story mentions on the way ("tôi muốn ly hôn … chưa
        # nhập khẩu về nhà chồng. Vậy tôi có thể ly hôn được không?" asks nothing of residence).
        own = _own_words(context, _letters_questions(context.search_text))
        if cue and (_asks_after_its_condition(context, best, own, cue) or _asks_before_its_purpose(context, best, own, cue)):
            # "Sang tên sổ đỏ thì chứng thực hợp đồng ở đâu?", "chứng thực hợp đồng … để sang tên sổ đỏ":
            # the other authority's matter is the condition or the purpose; the index has what is asked.
            return True
        main = _WHEN.sub(" ", own)
        if cue and _writes_cue(cue, own) and not _writes_cue(cue, main) and _REQUESTS_A_PROCEDURE.search(fold(main)) and any(
                Assistant._names_in_own_words(context, c, main) and _asks_its_act(c.procedure, main)
                for c in context.retrieval.candidates if c.procedure.kind == "procedure" and best.score - c.score <= FIT_MARGIN):
            # The other authority's matter only in a "khi …" clause, the occasion ("làm lại giấy khai sinh
            # khi chỉ còn hộ chiếu"): the main clause asks to have a procedure done that the index has, not
            # something of its subject ("hộ kinh doanh được trừ … khi tính thuế").
            return True
        if cue and _writes_cue(cue, main):
            # The cue is what the main clause asks ("có sửa bằng tốt nghiệp được không"): a procedure named
            # only in a "khi …" clause ("khi làm lại giấy khai sinh") is the occasion, not the question.
            own = main
        # A ward's service on another authority's matter ("chứng thực văn bản phân chia di sản") answers a
        # question that asks for the service, or calls the procedure by one of its names ("chia thừa kế tại
        # phường"), not one about the matter alone ("có quyền yêu cầu chia tài sản thừa kế không").
        unasked = _service_unasked(procedure, own)
        # Named, and its act asked: the best, or a close procedure the question calls by one of its names
        # ("ly hôn từ năm 2010, nay muốn đăng ký kết hôn" reaches the re-registration first).
        asked = lambda c: Assistant._names_in_own_words(context, c, own) and _asks_its_act(c.procedure, own)  # noqa: E731
        if (context.route != "abroad" or about_abroad) and not another_thing and not unasked and (asked(best) or any(
                asked(c) and _writes_a_name(own, c.procedure) for c in context.retrieval.candidates
                if c.procedure.kind == "procedure" and best.score - c.score <= FIT_MARGIN)):
            return True
        return same_topic(cue, named) or any(_written_near(tokens(name), tokens(named)) if len(tokens(name)) <= 3
                   else re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", named) is not None for name in names)

    def _own_words_rules(self, context: Context, near: Neighbours, best: Candidate) -> Neighbours:
        """Whose words the own-words rules (the act, the paper, the applicant …) read. A letter whose
        questions name the procedure themselves ("Xin hỏi: tôi đăng ký khai tử cho bố ở phường được
        không?") is asked by its questions: a paper its story mentions on the way ("văn phòng công chứng
        đòi trích lục khai tử"), or an act it tells as done ("năm 2021 tôi đã đóng cửa"), asks nothing.
        A letter whose questions name nothing ("Tôi bị mất giấy khai sinh. Thủ tục thế nào?") is read
        whole, its story being its question. What fits the case is still read from the whole letter
        (a foreign party, an age)."""
        asked = _letters_questions(context.search_text)
        if asked == context.search_text:
            return near
        # The questions proper first: a wish beside them may carry the story's paper ("Nay chúng tôi
        # muốn khai nhận thừa kế thì văn phòng công chứng đòi trích lục khai tử").
        for questions in (" ".join(questions_proper(asked)), asked):
            if questions and self._names_in_own_words(context, best, questions):
                own = Neighbours(dataclasses.replace(context, search_text=questions), close=near.close)
                own.fits = near.fits
                return own
        return near

    def _named_by_its_questions(self, context: Context, near: Neighbours, best: Candidate) -> Candidate:
        """A letter whose questions name a close procedure in the citizen's own words, and not the one its
        story reached ("… muốn đăng ký kết hôn để chuẩn bị làm khai sinh cho con. Đăng ký muộn có bị phạt
        không? Sau bao lâu tôi mới nhận đăng ký kết hôn?"), asks for the one its questions name."""
        if best.procedure.kind != "procedure" or context.language != "vi" or not is_letter(context.search_text):
            return best
        parts = asking_parts(context.search_text)
        questions = " ".join(part for part in parts if part.endswith("?"))
        # the story's procedure not named by the questions at all (no word of its title but those every title
        # has), nor by what the lexicon reads in them or the story implies (a paper lost, "làm lại giấy chứng
        # tử", is a copy of the extract); the other in full
        worded = " ".join([questions, *expansions_of(questions), *story_signals(context.search_text)])
        title = " ".join([best.procedure.title, best.procedure.short_title, core_name(best.procedure.title)])
        if not questions or (set(tokens(title)) - STOPWORDS - NAME_COMMON_WORDS) & set(tokens(worded)):
            return best
        # Not when the writer's wish is the story's procedure ("tôi định đi làm giấy khai sinh cho bé … có phải đăng ký
        # kết hôn trước không?"), nor when the questions ask whether the other must come first: its record answers that.
        wishes = [PURPOSE_CLAUSE.split(part)[0] for part in parts if is_a_wish(part)]
        if any(self._names_in_own_words(context, best, wish) for wish in wishes) or _COMES_FIRST.search(fold(questions)):
            return best
        keywords = context.snapshot.keywords
        return next((c for c in context.retrieval.candidates if c.procedure.kind == "procedure" and near.fits(c)
                     and best.score - c.score <= FIT_MARGIN
                     and keywords.phrase_precision(c.procedure.id, content_words(questions), questions) >= NAMED_IN_FULL
                     and self._names_in_own_words(context, c, questions)), best)

    @staticmethod
    def _names_in_own_words(context: Context, best: Candidate, text: str | None = None) -> bool:
        """Whether the citizen's own words (not our expansions) cover most of the procedure's name:
        "Tôi muốn làm giấy khai sinh cho con" asks for that procedure, however it reads as a whole.
        `text`: what to read, by default the question with a follow-up's topic written in."""
        if best.procedure.kind != "procedure":
            return False
        text = text or context.search_text
        own = context.snapshot.keywords.phrase_precision(best.procedure.id, content_words(text), text)
        return (own >= SOFT_ROUTE_NAME_PRECISION or _quotes_the_name(text, best.procedure)) \
            and _writes_its_object(context, best.procedure, text)

    @staticmethod
    def _names_something_of(context: Context, best: Candidate) -> bool:
        """An answer needs a question that names something of the procedure: a word of its names
        beyond the words every procedure has ("thủ tục", "đăng ký", "cấp", "giấy"), in the question
        or its official wording; the words of handing in a dossier (`_DOSSIER_WORDS`) name none. A
        jailbreak, a riddle or a question about something else reaches some procedure by similarity
        alone; it shares none of its names. English questions the lexicon cannot word are let through
        when the dense match is strong."""
        procedure = best.procedure
        if procedure.kind == "guide":
            return True
        names = " ".join([procedure.title, procedure.short_title, *procedure.aliases, core_name(procedure.title),
                          spelled_out(procedure.title)])
        named = set(tokens(names)) - STOPWORDS - NAME_COMMON_WORDS - ENGLISH_COMMON_WORDS
        expanded = set(tokens(" ".join(expansions_of(context.search_text))))
        asked = set(tokens(_DOSSIER_WORDS.sub(" ", content_words(context.search_text)))) | expanded
        # Expansions made only of words every name has ("người nước ngoài", "lần đầu") word nothing.
        worded = expanded - STOPWORDS - NAME_COMMON_WORDS - ENGLISH_COMMON_WORDS
        return bool(named & asked) or (context.language == "en" and not worded and best.dense >= ENGLISH_DENSE_ENOUGH)

    @staticmethod
    def _asks_of_something_else(context: Context, best: Candidate) -> Callable[[Candidate], bool] | None:
        """When the question asks of something other than the procedure it reached (assistant/clauses.py),
        the test a candidate must pass to be what it asks; None when it asks of this procedure. A paper
        put to another use asks of the procedure that use names ("dùng giấy khai sinh để làm giấy xác nhận
        tình trạng hôn nhân"); a civil-status event, of a procedure of that event."""
        if best.procedure.kind != "procedure":
            return None
        if context.language == "en":
            return _needed_for_in_english(context.search_text, best)
        if context.language != "vi":
            return None
        own = _letters_questions(context.search_text)
        use = put_to_another_use(own, lambda text: _writes_its_object(context, best.procedure, text))
        if use is not None:
            return lambda candidate: Assistant._names_in_own_words(context, candidate, use)
        # What is put into a paper is its content: "tích hợp BHYT vào căn cước" asks of the card's
        # integration, which a procedure issuing health-insurance cards does not answer.
        put = put_into(own)
        if put is not None and put[0] not in fold(best.procedure.title):
            act, paper = put
            # the act and the paper, two syllables of it at least ("căn cước"): "hộ khẩu" is no "hộ kinh doanh"
            does_it = lambda c: act in fold(c.procedure.title) and bool(syllable_pairs(paper) & syllable_pairs(c.procedure.title))  # noqa: E731
            if any(does_it(c) for c in context.retrieval.candidates if c.procedure.kind == "procedure"):
                return does_it
        traded = _trade_asked(fold(own))
        does_the_trade = lambda c: re.search(_TRADE_NAMES.get(traded, traded), fold(c.procedure.title)) is not None  # noqa: E731
        if traded and not does_the_trade(best):
            # Whether a house or land may be sold, given, mortgaged ("có được mượn sổ đỏ để thế chấp không",
            # "đất không có sổ đỏ có bán được không") is the owner's transaction under land law, which a
            # procedure issuing or correcting the certificate does not answer; one doing that transaction does.
            return does_the_trade
        # An event the story tells as done ("người đã ly hôn xin giấy xác nhận độc thân") is the citizen's
        # past, not what is asked.
        untold = without_told_events(own)
        # What the story implies by a rule of the domain is asked too: parents visiting two weeks are a
        # stay to notify, whether or not the question guesses "có phải đăng ký tạm trú không".
        implied = " ".join(story_signals(without_told_events(context.search_text)))
        asked = civil_events(fold(f"{untold} {' '.join(expansions_of(untold))} {implied}"))
        of_best = _events_of(best.procedure)
        # A procedure of any event ("cải chính … thông tin hộ tịch") names none, and contradicts none.
        if asked and of_best and not asked & of_best:
            return lambda candidate: bool(asked & _events_of(candidate.procedure)) or not _events_of(candidate.procedure)
        return None

    def _names_an_unknown_topic(self, context: Context, best: Candidate) -> bool:
        """'Đăng ký nuôi ong mật' reaches 'nuôi con nuôi' through 'đăng ký' and 'nuôi' alone: a word
        of the question the procedure never writes ('ong'), with most of the procedure's name
        missing from the question, means the question is about a procedure we do not have. Only
        with diacritics (without them 'ong' is 'ông'), and not for guides, whose long titles a
        question never covers."""
        if best.procedure.kind != "procedure" or best.name_precision >= UNKNOWN_TOPIC_PRECISION:
            return False
        text = context.search_text
        # A restored message's marks are our guesses: a word guessed wrong is no unknown topic.
        if context.restored or not has_diacritics(text) or len(words(text)) > UNKNOWN_TOPIC_MAX_WORDS:
            return False
        if certifies_a_copy_of_any_paper(text, best.procedure):
            return False
        # What is put into a paper ("tích hợp bằng lái xe vào căn cước") is its content, no topic.
        text = without_put_in(text)
        content = set(tokens(content_words(text))) - STOPWORDS
        procedure = best.procedure
        if len(_words_of_a_name(content_words(text), procedure) & content) >= UNKNOWN_TOPIC_NAMED_WORDS \
                or names_a_phrase_of(text, procedure):
            # it names the procedure at length, by any of its names ("cải chính … giấy khai sinh"), or
            # names what it is about as its name writes it ("hộ kinh doanh"); its other words describe
            # the case ("ghi ngày sinh âm lịch", "mở tiệm tạp hóa")
            return False
        return self._writes_an_unknown_word(context, best, text)

    def _writes_an_unknown_word(self, context: Context, best: Candidate, text: str) -> bool:
        """Whether `text` has a content word that neither the procedure nor a close neighbour named in
        full writes, nor everyday language, nor the lexicon explains."""
        content = set(tokens(content_words(text))) - STOPWORDS
        # A mistyped tone ("gắn chíp") is the same word; another vowel ("ong" for "ông") is not. A word
        # that many procedures of the index write ("tháng", "nước ngoài") is everyday language, no topic.
        # Nor is a word a close neighbour the question names in full writes: "quê quán" is a field of
        # the birth papers ("giấy khai sinh … thay đổi quê quán"); the index knows the topic.
        neighbours = [c.procedure for c in context.retrieval.candidates if c.procedure.kind == "procedure"
                      and best.score - c.score <= FIT_MARGIN and c.name_precision >= NAMED_IN_FULL]
        known = ({strip_tones(word) for procedure in [best.procedure, *neighbours] for part in procedure.texts()
                  for word in words(part)}
                 | self._everyday(context.snapshot) | GRAMMAR_WORDS | EVERYDAY_WORDS | KINSHIP_WORDS | TIME_WORDS)
        # Words the lexicon knows (an abbreviation such as "PCCC", a colloquial phrase) are explained.
        explained = set(fold(" ".join(expansions_of(text))).split()) | known_phrase_words(text)
        if context.route in SOFT:
            explained |= set(context.route_cue.split())  # the index was found to know the cue's topic
        return any(
            strip_tones(word) not in known and fold(word) in content and fold(word) not in explained
            for word in words(text.lower()) if not word[0].isdigit()
        )

    def _asks_an_unknown_matter_of_its_occasion(self, context: Context, best: Candidate) -> bool:
        """"Kiểm tra sức khỏe trước khi đăng ký kết hôn được quy định như thế nào?" names the procedure
        only as the occasion ("khi …"); what the main clause asks is a matter the record and its close
        neighbours never write, so no record of the index answers it. Only with diacritics the citizen
        typed, as for an unknown topic."""
        if best.procedure.kind != "procedure" or context.restored or not has_diacritics(context.search_text):
            return False
        sentences = _sentences(_letters_questions(context.masked))
        mains = [_OCCASION.sub(" ", sentence) for sentence in sentences]
        if any(self._names_in_own_words(context, best, main) for main in mains):
            return False  # a sentence asks of the procedure itself
        # Asked how the matter is ruled ("… được quy định như thế nào"), not whether a paper is needed then ("có
        # cần giấy khám sức khỏe khi đăng ký kết hôn không": the record's list of papers answers that).
        return any(main != sentence and len(words(sentence)) <= UNKNOWN_TOPIC_MAX_WORDS and _ASKS_ITS_RULES.search(fold(main))
                   and self._names_in_own_words(context, best, sentence)
                   and self._writes_an_unknown_word(context, best, without_put_in(main))
                   for sentence, main in zip(sentences, mains))

    def _per_snapshot(self, name: str, snapshot: Snapshot, build: Callable[[Snapshot], object]):
        """`build(snapshot)`, once per index version; the previous version's stays while it still answers."""
        key = (name, snapshot.version)
        derived = self._derived
        if key not in derived:
            # A new dict, not a mutated one: a request reading the old one meanwhile is undisturbed
            # (as `_restorer` does). Kept: the current and the previous version of each name.
            kept = list(derived.items())[-(2 * PER_SNAPSHOT_NAMES - 1):]
            derived = self._derived = {**dict(kept), key: build(snapshot)}
        return derived[key]

    def _everyday(self, snapshot: Snapshot) -> frozenset[str]:
        """Words (tones stripped) written by at least EVERYDAY_SHARE of the index's procedures."""
        def build(snapshot: Snapshot) -> frozenset[str]:
            counts: dict[str, int] = {}
            for procedure in snapshot.procedures.values():
                for word in {strip_tones(w) for text in procedure.texts() for w in words(text)}:
                    counts[word] = counts.get(word, 0) + 1
            floor = max(3, EVERYDAY_SHARE * len(snapshot.procedures))
            return frozenset(w for w, n in counts.items() if n >= floor) | _shipped_everyday_words()

        return self._per_snapshot("everyday", snapshot, build)

    def _boundary_guide(self, snapshot: Snapshot) -> Procedure | None:
        """The index's guidance on filing regardless of administrative boundaries ("phi địa giới",
        "không phụ thuộc địa giới hành chính"), if the ward has one."""
        def build(snapshot: Snapshot) -> Procedure | None:
            return next((p for p in snapshot.procedures.values() if p.kind == "guide"
                         and re.search(r"(khong phu thuoc|phi) dia gioi", fold(" ".join([p.title, *p.aliases])))), None)

        return self._per_snapshot("boundary_guide", snapshot, build)

    def _hours_guide(self, snapshot: Snapshot) -> Procedure | None:
        """The index's guide to the office's working hours, if the ward has one."""
        def build(snapshot: Snapshot) -> Procedure | None:
            return next((p for p in snapshot.procedures.values() if p.kind == "guide"
                         and re.search(r"(gio|lich|thoi gian) lam viec", fold(" ".join([p.title, *p.aliases])))), None)

        return self._per_snapshot("hours_guide", snapshot, build)

    def compose(self, context: Context) -> None:
        if "deadline" in context.aspects and _ASKS_OF_A_FINE.search(fold(context.masked)) \
                and not states_a_deadline(context.procedure):
            # "Chung sống mà không đăng ký kết hôn có bị phạt không?": a fine asked of a procedure that binds
            # the citizen to no time is no lateness, but the fine for not doing it, which the record
            # seldom states.
            context.aspects = [("penalty" if a == "deadline" else a) for a in context.aspects]
        for aspect, speaks_of, message in (("penalty", _speaks_of_penalties, "not_stated_penalty"),
                                           ("rights", _speaks_of_rights, "not_stated_rights"),
                                           ("amount", _states_an_amount, "not_stated_amount")):
            if aspect in context.aspects and not speaks_of(context.procedure):
                others = [a for a in context.aspects if a != aspect]
                if not others:
                    # The record says nothing of fines, or of a person's rights: say so, never guess.
                    context.answer = self._canned(context, "not_found", message, f"unanswerable_{aspect}")
                    return
                context.aspects = others
        hits = context.retrieval.chunks_of(context.procedure.id)
        # Filing away from home: the guidance on filing at any ward, unless it is the answer already.
        elsewhere = asks_elsewhere(context.masked) and context.procedure.kind != "guide"
        companion = self._boundary_guide(context.snapshot) if elsewhere else None
        # English finds its Vietnamese sentences through the lexicon; Vietnamese through its own words
        # and their official wording ("vợ về nhà chồng" is living with a relative).
        wording = " ".join(expansions_of(context.masked))
        context.composition = compose(
            context.procedure, context.aspects, context.masked, context.language, hits,
            self.settings.max_quotes_per_section, companion=companion,
            wording=wording, case=variant_signals(context.masked),
        )
        if context.also is not None and context.composition.citations:
            second = compose(context.also, context.aspects, context.masked, context.language,
                             context.retrieval.chunks_of(context.also.id), self.settings.max_quotes_per_section,
                             wording=wording)
            if second.citations:
                context.composition = joined(context.composition, second)
        if not context.composition.citations:
            context.answer = self._canned(context, "not_found", "not_found", "unanswerable_no_section")

    def verify(self, context: Context) -> None:
        composition = context.composition
        text, reason = composition.text, "answered_extractive"
        if self.llm_composer is not None:
            try:
                drafted = self.llm_composer.compose(context.masked, context.language, composition.citations, context.history)
                missing = unsupported_figures(drafted, composition.citations, self._names(context))
                if missing:
                    log.warning("LLM answer has unsupported figures %s; using the extractive answer", sorted(missing))
                    reason = "answered_extractive_llm_unverified"
                else:
                    text, reason = drafted, "answered_llm"
            except ProviderError as exc:
                log.warning("LLM composer failed (%s); using the extractive answer", exc)
                reason = "answered_extractive_llm_failed"
        if unsupported_figures(text, composition.citations, self._names(context)):
            context.answer = self._canned(context, "not_found", "not_found", "unanswerable_unverified")
            return
        context.answer = Answer(
            status="answered",
            answer=text,
            citations=composition.citations,
            procedure=context.procedure.card(),
            language=context.language,
            reason=reason,
            rewritten_question=context.search_text if context.rewritten else None,
            retrieved=[c.procedure.id for c in context.retrieval.candidates],
        )

    # -- helpers ------------------------------------------------------------------------------
    def _elliptical(self, context: Context) -> str:
        """"bare" for a follow-up with no topic words ("mất mấy ngày", "is it free?"), "partial" for one
        that names no procedure ("còn cho người nước ngoài thì sao"), "" for a question of its own."""
        rest = _topic_tokens(context.masked)
        if len(rest) <= 1:
            return "bare"
        # "Còn cho người nước ngoài thì sao?", "Bao lâu thì sửa xong?" ask the same or more of the conversation's
        # procedure; "còn làm lại CCCD thì sao?", "thế còn đăng ký tạm trú?" name a procedure of their own: a new
        # question. Whom it is about ("người nước ngoài") picks a variant of the same procedure: no name. An
        # opener ("còn", folded "con") is no word of a name either.
        # Grammar names nothing either: "phải đi đăng ký trong bao lâu" goes ("đi") to do the act asked of. Read with
        # its marks: folded, "đang" is "đăng", "hơn" "hôn".
        as_written = words(context.masked.lower())
        grammar = {fold(w) for w in as_written if strip_tones(w) in GRAMMAR_WORDS} \
            - {fold(w) for w in as_written if strip_tones(w) not in GRAMMAR_WORDS}
        written = [t for t in _topic_tokens(_without_opener(context.masked)) if t not in _WHOM and t not in grammar]
        own = {t for t in written if t not in NAME_COMMON_WORDS}
        # The procedure the last reply named, else the last question's words (which may name two).
        conversation = _procedure_named(context.snapshot, _last_reply_named(context.history) or context.conversation_topic)
        if context.language == "vi" and conversation is not None and not _tells_a_case(context.masked) \
                and self._writes_what_it_never_does(context, conversation):
            # "Vé máy bay đi Hà Nội bao nhiêu tiền?" after a birth registration: a question of its own, which the
            # index may not answer. ("Lỡ chủ trọ không chịu ký thì sao?" adds a case to it, in words of its own.)
            return ""
        if not own:
            return "partial"
        # Named in full, common words too: "chứng thực chữ ký" is a name though "thực", "ký" are in many; words
        # of a name met on the way ("thời gian giải quyết", "lệ phí cấp phép") name none.
        # The words kept where they stand, a gap where one was left out: "nộp đơn xong thì phường xử lý" names no
        # "đơn phương" (a divorce by one side) once its "xong thì" is gone.
        in_place = " ".join(t if t in written else "," for t in tokens(content_words(_without_opener(context.masked))))
        named = " ".join([*_runs(in_place), *(fold(e) for e in expansions_of(context.masked)
                                              if e not in VARIANT_ONLY and not set(tokens(fold(e))) <= _WHOM)])
        # "Nếu chủ nhà không đồng ý thì sao?" adds a case: only a procedure's own name makes it a new
        # question, not words any procedure's text holds.
        conditional = _adds_a_case(context.masked)
        scores = context.snapshot.keywords.scores(named)
        score = scores["names" if conditional else "precision"]
        needed = NAMED_IN_A_CASE if conditional else NAMES_A_PROCEDURE
        if float(score.max(initial=0.0)) < needed:
            return "partial"
        # Named, but by words the conversation's procedure writes as fully as any, and covers as much of ("Phí chứng
        # thực là bao nhiêu?" after "chứng thực di chúc"): the same procedure. A name another writes more fully
        # ("Đăng ký khai sinh cho con" after "đăng ký lại khai sinh"), or covering more of the message ("còn chứng
        # thực chữ ký thì sao?" after "chứng thực bản sao"), is a new question.
        ids = context.snapshot.keywords.ids
        if conversation is None or conversation.id not in ids:
            return ""
        position = ids.index(conversation.id)
        same = all(float(scores[kind][position]) >= float(scores[kind].max()) for kind in ("precision", "names"))
        return "partial" if same else ""

    def _writes_what_it_never_does(self, context: Context, procedure: Procedure) -> bool:
        """Whether the message writes a topic word that the procedure never writes, beyond the index's everyday
        words, everyday grammar, time and kinship, and what the lexicon explains (a country, a colloquial name)."""
        known = self._procedure_words(context.snapshot).get(procedure.id, frozenset())
        known = known | self._everyday(context.snapshot) | GRAMMAR_WORDS | EVERYDAY_WORDS | KINSHIP_WORDS | TIME_WORDS
        explained = set(fold(" ".join(expansions_of(context.masked))).split()) | known_phrase_words(context.masked)
        # Its topic words only: not what it asks ("bao lâu", "hạn chót"), nor a chat's particles ("vậy", "ạ").
        topic = set(_topic_tokens(context.masked)) - explained
        return any(strip_tones(word) not in known for word in words(context.masked.lower()) if fold(word) in topic)

    def _procedure_words(self, snapshot: Snapshot) -> dict[str, frozenset[str]]:
        """Each procedure's words, tones stripped."""
        def build(snapshot: Snapshot) -> dict[str, frozenset[str]]:
            return {p.id: frozenset(strip_tones(w) for text in p.texts() for w in words(text.lower()))
                    for p in snapshot.procedures.values()}

        return self._per_snapshot("procedure_words", snapshot, build)

    @staticmethod
    def _names_no_topic(context: Context) -> bool:
        """Nothing but what is asked ("lệ phí", "mất mấy ngày") and a follow-up's opening word."""
        return not _topic_tokens(_without_opener(context.masked)) and not expansions_of(context.masked)

    def query_texts(self, snapshot: Snapshot, question: str, language: str = "vi") -> tuple[str, str]:
        """The question as the dense model should see it, and as the keyword index should."""
        # Who the question is about ("a foreigner", "người Hàn Quốc") picks a variant once the
        # procedure is found (see `_pick_variant`); in the query it would pull every foreign-element
        # procedure ahead of the one asked about.
        expansions = [e for e in expansions_of(question) if e not in VARIANT_ONLY]
        # A message is restored when read (`_read_language`); a follow-up's topic taken from the
        # conversation may not be. Never English: "the", "can", "long" would become "thẻ" (a card),
        # "cần", "lòng" and pull the query towards what it never asked.
        embedded = _for_embedding(question)
        restored = embedded if language == "en" else self._restorer(snapshot).restore(embedded)
        dense = " ".join([restored, *expansions])
        # Aspect words ("mất bao lâu", "lệ phí") say what is asked, not which procedure: kept out of
        # the keyword query, where "mất" would match "mất CCCD làm lại".
        # "… vậy có được hỗ trợ tiền viện phí không" names nothing the index is called: the story
        # ("ở tổ bảo vệ ANTT, bị tai nạn khi đi tuần") says what the question is about.
        topic = _asked_topic(question, lambda words: _best_name_precision(snapshot, words) >= ASKED_NAMES_SOMETHING)
        # A letter's story keeps only its variant signals in the keyword query: "xây nhà" in "we
        # built a house and moved in; when must we register residence?" names no procedure asked.
        keyword_expansions = expansions if topic == content_words(question) else [
            e for e in [*expansions_of(" ".join(asking_parts(question))), *story_signals(question)] if e not in VARIANT_ONLY]
        return dense, " ".join([topic, *keyword_expansions])

    def _restorer(self, snapshot: Snapshot) -> DiacriticsRestorer:
        restorer = self._restorers.get(snapshot.version)
        if restorer is None:
            restorer = DiacriticsRestorer.build(text for p in snapshot.procedures.values() for text in p.texts())
            # Keep the previous version's too: it serves while the new one is warmed in the background.
            self._restorers = {**dict(list(self._restorers.items())[-1:]), snapshot.version: restorer}
        return restorer

    def _history_topic(self, history: list[dict]) -> str:
        named = _last_reply_named(history)
        parts = [named] if named else []
        for turn in reversed(history[-6:]):
            if turn.get("role") == "user":
                parts.append(content_words(mask_personal_data(str(turn.get("content", "")))))
                break
        return " ".join(parts).strip()

    @staticmethod
    def _names(context: Context) -> tuple[str, ...]:
        procedures = [context.procedure] + ([context.also] if context.also is not None else [])
        return tuple(name for p in procedures for name in (p.title, p.name, p.english_name or ""))

    def _desk(self, language: str) -> str:
        return messages.desk_contact(self.profile, language)

    def _canned(self, context: Context, status: str, text_key: str, reason: str) -> Answer:
        language = context.language
        text = messages.say(text_key, language, desk=self._desk(language), ward=self.profile.ward_name)
        retrieved = [c.procedure.id for c in context.retrieval.candidates] if context.retrieval else []
        return Answer(status=status, answer=text, language=language, reason=reason, retrieved=retrieved)

    def _referred(self, context: Context, referral: Procedure) -> Answer:
        """Out of scope, naming who handles it, quoting and citing the referral that says so."""
        language = context.language
        who = referral.agency if language == "vi" or not referral.english_name else \
            f"{referral.english_name} ({referral.agency})"
        text = messages.say("referral", language, who=who, summary=referral.summary, desk=self._desk(language))
        citation = Citation(title=referral.title, section="overview", url=referral.source_url,
                            source=referral.source, quote=referral.summary)
        return Answer(status="out_of_scope", answer=text, language=language, reason="out_of_scope_referral",
                      citations=[citation], retrieved=[referral.id, *(c.procedure.id for c in context.retrieval.candidates)])

    def _clarify(self, context: Context, tied: list[Candidate]) -> Answer:
        options = [c.procedure.name for c in tied]
        text = messages.say("clarify", context.language) + "\n" + "\n".join(f"- {o}" for o in options)
        return Answer(
            status="clarification", answer=text, language=context.language, reason="clarification_variants",
            options=options, retrieved=[c.procedure.id for c in context.retrieval.candidates],
        )


# Routes that end a question before retrieval: (status, message, reason).
ROUTE_REPLIES = {
    "greeting": ("clarification", "greeting", "greeting"),
    "thanks": ("clarification", "greeting", "greeting"),
    "injection": ("out_of_scope", "injection", "guardrails_injection"),
    "harmful": ("out_of_scope", "harmful", "guardrails_harmful"),
    "political": ("out_of_scope", "political", "guardrails_political"),
    "personal_data": ("out_of_scope", "personal_data", "guardrails_personal_data"),
    "dossier_status": ("out_of_scope", "dossier_status", "handoff_dossier_status"),
    "abuse": ("clarification", "abuse", "guardrails_abuse"),
    "gibberish": ("clarification", "gibberish", "unreadable_question"),
    "statement": ("clarification", "no_question", "no_question_asked"),
}
# Soft routes, refused only when the index has nothing about the question (see `choose`).
SOFT_REPLIES = {
    "off_topic": ("out_of_scope", "out_of_scope", "out_of_scope_topic"),
    "other_authority": ("out_of_scope", "other_authority", "out_of_scope_other_authority"),
    "abroad": ("out_of_scope", "other_authority", "out_of_scope_abroad"),
    "complaint": ("out_of_scope", "complaint", "out_of_scope_complaint"),
}
# A referral this close below the best procedure, naming the question's matter more fully than it,
# is what the question asks (see `choose`).
REFERRAL_MARGIN = 0.3
# How many kinds of data `_per_snapshot` derives from each index version.
PER_SNAPSHOT_NAMES = 4


def _sentences(text: str) -> list[str]:
    """A text's sentences, each with the mark that ends it."""
    return re.findall(r"[^.?!]+[.?!]*", text)


def _occasions(context: Context) -> list[tuple[str, str]]:
    """Each question sentence holding a "khi …" clause, with its main clause (the sentence without it)."""
    sentences = _sentences(_letters_questions(context.search_text))
    return [(sentence, main) for sentence in sentences for main in [_WHEN.sub(" ", sentence)] if main != sentence]


def _procedure_only_the_occasion(context: Context, referral: Candidate, procedure: Candidate) -> bool:
    """Whether a sentence names the procedure only in a "khi …" clause, the occasion, and the other
    authority's matter in its main clause: "Mức cấp dưỡng cho con khi không đăng ký kết hôn là bao nhiêu?"
    asks of maintenance, not of a marriage registration."""
    keywords = context.snapshot.keywords
    named = lambda c, text: keywords.phrase_precision(c.procedure.id, content_words(text), text)  # noqa: E731
    return any(named(referral, main) > named(procedure, main) and Assistant._names_in_own_words(context, procedure, sentence)
               and not Assistant._names_in_own_words(context, procedure, main) for sentence, main in _occasions(context))


def _referral_only_the_occasion(context: Context, referral: Candidate, procedure: Candidate) -> bool:
    """Whether a sentence names the other authority's matter only in a "khi …" clause and a close
    procedure in its main clause: "Làm lại giấy khai sinh khi chỉ còn hộ chiếu thì cần gì?" asks for the
    birth papers."""
    keywords = context.snapshot.keywords
    close = [c for c in context.retrieval.candidates if c.procedure.kind == "procedure" and procedure.score - c.score <= FIT_MARGIN]
    return any(keywords.phrase_precision(referral.procedure.id, content_words(main), main) == 0
               and any(Assistant._names_in_own_words(context, c, main) for c in close) for _, main in _occasions(context))


def _asks_after_its_condition(context: Context, candidate: Candidate, own: str, cue: str = "") -> bool:
    """Whether what follows "thì" (the main clause, after its condition) names the candidate in the
    citizen's own words, the other authority's matter (`cue`, when the router gave one) staying in the
    condition: "Sang tên sổ đỏ thì chứng thực hợp đồng ở đâu?" asks for the certification."""
    consequents = [m.group(1) for m in _THEN.finditer(own)]
    if cue and any(cue in fold(part) for part in consequents):
        return False
    return any(Assistant._names_in_own_words(context, candidate, part) for part in consequents)


def _asks_before_its_purpose(context: Context, candidate: Candidate, own: str, cue: str = "") -> bool:
    """Whether what comes before "để" (a purpose clause) names the candidate in the citizen's own words,
    the purpose holding the other authority's matter (`cue`, when the router gave one): "chứng thực
    hợp đồng … để sang tên sổ đỏ" asks for the certification."""
    purpose = PURPOSE_CLAUSE.search(own)
    if purpose is None:
        return False
    act = own[:purpose.start()]
    return not (cue and _writes_cue(cue, act)) and Assistant._names_in_own_words(context, candidate, act)


def _writes_cue(cue: str, text: str) -> bool:
    """Whether the text writes a soft route's (folded) cue as words of its own."""
    return re.search(rf"(?<![a-z0-9]){re.escape(cue)}(?![a-z0-9])", fold(text)) is not None


def _own_words(context: Context, text: str) -> str:
    """What the citizen asked in their own words. An English question's words are their official
    wording too ("notarize a copy" is "chứng thực bản sao"): those of its questions, not of its story
    ("we married in Canada; can I divorce here?")."""
    if context.language != "en":
        return text
    asked = " ".join(asking_parts(text))
    return f"{asked} {' '.join(expansions_of(asked))}"


# At most so many words after an act name what it acts on ("khởi kiện | tranh chấp đất đai").
OBJECT_MAX_WORDS = 4
# Folded words that start no object: prepositions ("giấy phép lao động | tại Việt Nam") and the verbs
# of an aspect asked ("… | mất bao lâu", "… | nộp ở đâu"); function words (STOPWORDS) neither.
_NO_OBJECT = frozenset("tai o ve den tu trong theo sau truoc tren duoi ngoai qua bang mat nop het ton gui dong".split())


# The services a ward renders on papers and disputes of other authorities' matters (the folded act a
# procedure's title opens with), and how a question asks for each: "công chứng" is what citizens call it.
# A paper made at the ward: an act of making it, then where ("làm văn bản … ở phường"); not where one lives ("Mẹ tôi ở
# phường Tân Hưng mất").
_DONE_AT_THE_WARD = re.compile(r"(?<![a-z])(lam|lap|viet|ky|soan)(?: [a-z]+){1,8} (o|tai|len|ra) (phuong|xa|ubnd|uy ban)(?![a-z])")
_SERVICES = {
    "chung thuc": re.compile(r"(?<![a-z])(chung thuc|cong chung|sao y|thi thuc|notari[sz]|certif)"),
    "hoa giai": re.compile(r"(?<![a-z])(hoa giai|giai quyet|mediat)"),
}


# "Do I need a single status certificate to get married?": a paper asked of as what another act requires.
_NEEDED_FOR_EN = re.compile(r"\b(?:do|does|will|would|must) (?:i|we|you|he|she|they|my \w+|our \w+) "
                            r"(?:need|have to (?:bring|show|submit|provide|have)|require) (?P<paper>.+?) "
                            r"(?:in order to|to|for) (?P<purpose>[^?.!]+)", re.IGNORECASE)


def _the_fullest_copy(context: Context, best: Candidate) -> Candidate:
    """A ward may ingest one procedure twice: a row of its fee table and its full guide. Of the copies
    retrieved close together, the one stating most of what is asked answers (the guide, asked for the
    papers), then the fuller one; the copy reached first when they state as much."""
    if best.procedure.kind != "procedure":
        return best
    parts = [a for a in context.aspects if a not in ("conditions", "deadline")]
    asked = sections_for(parts) if parts else []
    copies = [best] + [c for c in context.retrieval.candidates if c is not best and best.score - c.score <= FIT_MARGIN
                       and _copy_of(c, best)]
    # The citizen's own deadline may be told in any part ("trước 23 giờ" under a ward's "Lưu ý"): a copy
    # states it when its sentences do.
    deadline = "deadline" in context.aspects

    def stated(c: Candidate) -> int:
        return sum(c.procedure.section(key) is not None for key in asked) + (deadline and states_a_deadline(c.procedure))

    return max(copies, key=lambda c: (stated(c), len(c.procedure.sections)))


def _copy_of(candidate: Candidate, other: Candidate) -> bool:
    """Whether two candidates are one procedure from two of a ward's files (no variants of each other):
    named alike, or given the same portal code ("Chứng thực chữ ký" in a fee table and "Chứng thực chữ
    ký trong các giấy tờ, văn bản" on a page, both 2.000884); variants have codes of their own."""
    first, second = candidate.procedure, other.procedure
    return (first.kind == second.kind == "procedure" and first.source != second.source
            and (bool(first.code) and first.code == second.code or _same_name(fold(first.title), fold(second.title))))


def _same_name(first: str, second: str) -> bool:
    """Whether two folded titles name one procedure: the same, or one of them with the ward's place after
    it ("đăng ký lại khai sinh tại ủy ban nhân dân phường") or its paper's kind before it ("tờ gấp hướng
    dẫn: …")."""
    shorter, longer = sorted((first, second), key=len)
    return shorter == longer or longer.endswith(f": {shorter}") or bool(
        longer.startswith(shorter) and _AT_THE_WARD.fullmatch(longer[len(shorter):]))


# The ward's own office after a procedure's name ("… tại Ủy ban nhân dân phường"): the same procedure.
# Another place ("… tại khu vực biên giới") makes a variant.
_AT_THE_WARD = re.compile(r" tai (?:uy ban nhan dan|ubnd|trung tam phuc vu hanh chinh cong|bo phan mot cua|cong an)"
                          r"(?: (?:cap )?(?:phuong|xa))?(?: [a-z ]+)?")


@functools.lru_cache(maxsize=1)
def _shipped_everyday_words() -> frozenset[str]:
    return frozenset(data_lines(EVERYDAY_PATH))


def _needed_for_in_english(question: str, best: Candidate) -> Callable[[Candidate], bool] | None:
    """The test a candidate must pass when an English question asks whether a paper is needed for
    another act: the procedure the purpose names (in its official wording), not the one issuing the
    paper. None when the question asks no such thing or the best candidate already is that act."""
    match = _NEEDED_FOR_EN.search(question)
    if match is None or _paper_named_for(match.group("paper"), match.group("purpose")):
        return None
    purpose = {fold(wording) for wording in expansions_of(match.group("purpose"))}
    paper = {fold(wording) for wording in expansions_of(match.group("paper"))}
    acts = purpose - paper
    does_it = lambda candidate: any(act in fold(candidate.procedure.title) for act in acts)  # noqa: E731
    return None if not acts or does_it(best) else does_it


# Certifying a paper, as citizens call it: "công chứng hợp đồng …", "chứng thực giấy …".
_CERTIFIES_A_PAPER = re.compile(r"(?<![a-z])(cong chung|chung thuc)( lai)? (hop dong|giay|van ban|giao dich|to)(?![a-z])")


def _paper_named_for(paper: str, purpose: str) -> bool:
    """Whether the paper's name says the purpose's act ("a building permit to build a house", "a work
    permit to work"): the paper is asked for, not another procedure."""
    verb = purpose.split()[0].lower() if purpose.split() else ""
    return len(verb) >= 4 and any(word.lower().startswith(verb) for word in paper.split())


def _asks_the_matter_not_the_service(context: Context, best: Candidate) -> bool:
    """A ward's service on a citizen's own act ("Chứng thực di chúc", "… văn bản phân chia di sản") answers
    a question that asks for the service, calls the procedure by one of its names, or asks what doing
    it takes; a question about the act itself ("di chúc của người không biết chữ có hợp pháp không",
    "người thừa kế không phụ thuộc di chúc được hưởng bao nhiêu") is a matter of civil law."""
    if context.language != "vi":
        return False
    # The whole message: a letter's story may be what names the service ("phải hòa giải tại cơ sở thì mới
    # được khởi kiện … thông tin đó có đúng không?").
    return _service_unasked(best.procedure, _own_words(context, context.search_text)) \
        and not _asks_procedure_detail(context.aspects) and not _asked_by_its_own_question(best.procedure, context.search_text)


# Of a question a ward's file asks itself ("Bản dịch có nhiều trang thì ký thế nào?"), the share of its
# words a citizen's question writes for the file to be answering it.
OWN_QUESTION_SHARE = 0.6


def _asked_by_its_own_question(procedure: Procedure, question: str) -> bool:
    """Whether the procedure's file asks the question itself, as one of its own parts' headings (a page
    of questions and answers): the index answers it, whatever the words say of the matter."""
    asked = set(_topic_tokens(question))
    for section in procedure.sections:
        if section.key.startswith("other:") and section.title.rstrip().endswith("?"):
            own = set(_topic_tokens(section.title))
            if len(own) >= 2 and len(own & asked) >= OWN_QUESTION_SHARE * len(own):
                return True
    return False


def _service_unasked(procedure: Procedure, own: str) -> bool:
    """Whether `procedure` is a ward's service on a citizen's own act or matter (`_SERVICES`: "chứng thực …",
    "hòa giải …") that the question's own words neither ask for nor call by one of its names."""
    service = next((asked for act, asked in _SERVICES.items() if fold(procedure.title).startswith(act)), None)
    # the act done at the ward ("làm văn bản từ chối nhận di sản ở phường") is done with its service
    return service is not None and not service.search(fold(f"{own} {' '.join(expansions_of(own))}")) \
        and not _writes_a_name(own, procedure) and not _DONE_AT_THE_WARD.search(fold(own))


# The words of handing in a dossier, which any procedure's may take: "hồ sơ thiếu giấy tờ thì cán bộ
# tiếp nhận xử lý thế nào" asks about dossiers in general, though "hồ sơ" and "nhận" are syllables of
# some procedures' names ("… cho người đã có hồ sơ, giấy tờ cá nhân").
_DOSSIER_WORDS = re.compile(r"(?<![a-z])(ho so|giay to|tiep nhan|giai quyet|nguoi dan|can bo|xu ly)(?![a-z])")


def _asks_its_act(procedure: Procedure, text: str) -> bool:
    """Whether the text asks the act a procedure does to a thing already registered or issued (its end,
    suspension, change, reissue), in its words or a citizen's: "hộ kinh doanh tính thuế thế nào" names
    the business, not its closing. A procedure doing no such act is asked by naming what it is about."""
    act = leading_action(fold(procedure.name))
    if act is None or act not in AFTER_ACTS:
        return True
    return bool(asked_acts(text) & {act, COLLOQUIAL})


def _events_of(procedure: Procedure) -> set[str]:
    """The civil-status events a procedure is about; none for one about every event: "Cấp bản sao Trích
    lục hộ tịch, bản sao Giấy khai sinh" copies a marriage's extract too, whatever example its title gives."""
    title = fold(procedure.title)
    return set() if re.search(r"(?<![a-z])(trich luc|thong tin) ho tich(?![a-z])", title) else civil_events(title)


def _writes_its_object(context: Context, procedure: Procedure, text: str) -> bool:
    """Whether the text names what the procedure acts on, not only its act: "I lost my degree and want
    a re-issue" asks for no re-issue of the ID card ("Cấp lại | thẻ căn cước"). An English text counts
    in its official wording only (its "the" is no "thẻ")."""
    acted_on = object_tokens(procedure) - NAME_COMMON_WORDS
    worded = expansions_of(text)
    if not acted_on or (context.language == "en" and not worded):
        return True  # English the lexicon cannot word says nothing either way
    written = set(tokens(" ".join(worded)))
    if context.language != "en":
        written |= set(tokens(text))
    return bool(acted_on & written)


def _writes_a_name(text: str, procedure: Procedure) -> bool:
    """Whether the text writes one of the procedure's names whole (title, short title, an alias)."""
    written = f" {' '.join(tokens(text))} "
    names = (" ".join(tokens(name)) for name in [procedure.title, procedure.short_title, *procedure.aliases])
    return any(f" {name} " in written for name in names if name)


def _with_its_object(cue: str, folded: str) -> str:
    """The cue with the words that follow it in the folded question, up to a word that starts no
    object or a clause's end: "khoi kien tranh chap dat dai" of "lệ phí khởi kiện tranh chấp
    đất đai bao nhiêu"."""
    match = re.search(rf"(?<![a-z0-9]){re.escape(cue)}((?: [a-z0-9]+){{1,{OBJECT_MAX_WORDS}}})", folded)
    if not match:
        return cue
    following = []
    for word in match.group(1).split():
        if word in STOPWORDS or word in _NO_OBJECT:
            break
        following.append(word)
    return " ".join([cue, *following])


def _last_reply_named(history: list[dict]) -> str:
    """The procedure the last reply named, before the last question: its title in bold (ours), else a name it
    quotes or the words after "thủ tục" ("Bạn làm thủ tục đăng ký lại khai tử tại …"). Not a reply in our own
    voice ("Bạn muốn hỏi thủ tục nào?", an example it quotes), which names no procedure of the conversation."""
    question = _last_question(history)
    asked = " ".join([question, *expansions_of(question)])  # in its official wording too, an English question's
    for turn in reversed(history[-6:]):
        if turn.get("role") == "user":
            return ""
        content = mask_personal_data(str(turn.get("content", "")))
        if turn.get("role") == "assistant" and not content.lstrip().startswith(_OUR_OWN_REPLIES):
            bold = _BOLD.search(content)
            if bold:
                return bold.group(1)
            # A name in another's reply is the conversation's only when the question asked shares a word of it:
            # "trước hết cần xin 'giấy xác nhận tình trạng hôn nhân'" names a paper on the way to a marriage.
            # (An English question shares no Vietnamese words with the name its reply quotes.)
            named = _QUOTED_NAME.search(content) or _AFTER_THU_TUC.search(content)
            english = 2 * sum(t in ENGLISH_WORDS for t in tokens(question)) >= len(tokens(question)) > 0
            shared = named is not None and (english or bool(syllable_pairs(fold(named.group(1))) & syllable_pairs(fold(asked))))
            return named.group(1) if shared else ""
    return ""


# How each reply in our own voice opens (assistant/messages.py), up to its first value filled in.
_OUR_OWN_REPLIES = tuple({text.split("{")[0].strip()[:40] for table in messages.TEXT.values() for text in table.values()
                          if len(text.split("{")[0].strip()) >= 12})


def _last_question(history: list[dict]) -> str:
    """The citizen's previous message, masked as any message is."""
    asked = next((turn for turn in reversed(history) if turn.get("role") == "user"), None)
    return mask_personal_data(str(asked.get("content", ""))) if asked else ""


def _procedure_named(snapshot: Snapshot, name: str) -> Procedure | None:
    """The indexed procedure a name names most fully, if it names one."""
    if not name:
        return None
    precision = snapshot.keywords.scores(fold(name))["precision"]
    if not precision.size or float(precision.max()) < NAMES_A_PROCEDURE:
        return None
    return snapshot.procedures.get(snapshot.keywords.ids[int(precision.argmax())])


# A case told to the conversation in words of its own: "lỡ/nhỡ …", "trường hợp …", "giả sử …", "vậy nếu …", "… thì sao".
_TELLS_A_CASE = re.compile(r"^(con neu|neu|what if|lo|nho|vay neu|the neu|truong hop|gia su)\b|\bthi (phai )?(lam )?sao\W*$")


def _tells_a_case(message: str) -> bool:
    return bool(_TELLS_A_CASE.search(fold(message).strip()))


def _adds_a_case(message: str) -> bool:
    """Whether a message opens as a case added to what was asked: "nếu … thì sao", "what if …"."""
    return bool(_CONDITIONAL.match(fold(message).strip()))


def _read_for_intent(context: Context) -> str:
    """The message the intent check reads: a follow-up with the conversation's topic written in ("Đăng
    ký tạm trú … Nếu chủ nhà không đồng ý thì sao?"), since alone a case added to a conversation reads
    as asking for no procedure. A follow-up by its form ("nếu … thì sao", "còn …") even when its own
    words reach a procedure of their own."""
    if context.rewritten:
        return context.search_text
    if context.conversation_topic and _FOLLOW_UP.match(fold(context.masked).strip()):
        return f"{context.conversation_topic} {context.masked}"
    return context.masked


def _repeats_last_answer(history: list[dict], answer: str) -> bool:
    """Whether an answer mostly repeats the assistant's last turn: the same procedure (its first line)
    and most of its lines again. A follow-up that adds a case the record does not address ("con tôi 16
    tuổi thì sao?") reaches the same sections, give or take a line the new words lift."""
    last = next((turn.get("content") or "" for turn in reversed(history) if turn.get("role") == "assistant"), "")
    before, now = ([" ".join(fold(line).split()) for line in text.splitlines() if line.strip()] for text in (last, answer))
    if not before or not now or before[0] != now[0]:
        return False
    return len(set(before) & set(now)) >= REPEATED_SHARE * len(set(now))


# The share of an answer's lines found in the last answer above which it repeats it.
REPEATED_SHARE = 0.6


def _letters_questions(message: str) -> str:
    """A letter's questions: its asked parts when the story around them is the longer part of the
    message; a short message ("… có được lập hộ khẩu mới không? Thủ tục tách khẩu khi đã ly hôn.") is
    all question, whether or not each sentence is marked as one."""
    asked = " ".join(asking_parts(message))
    return asked if len(words(message)) > 2 * len(words(asked)) else message


def _longest(names: list[str]) -> list[str]:
    """The names that are no part of a longer one of the list (by their words)."""
    sets = [set(tokens(name)) for name in names]
    return [name for name, words_ in zip(names, sets) if not any(words_ < other for other in sets)]


def _without_opener(message: str) -> str:
    """The message folded, without a follow-up's opening word ("còn", "thế còn", "what about")."""
    return _FOLLOW_UP.sub("", fold(message).strip(), count=1)


def _runs(text: str) -> list[str]:
    """The runs of words between the commas of a text, each ending with a stopword ("và") so that no two runs,
    joined again, make a pair of words the text never wrote side by side."""
    return [f"{run.strip()} va" for run in text.split(",") if run.strip()]


def _topic_tokens(text: str) -> list[str]:
    """The words of a message that could name a topic: not what is asked, no filler, no number."""
    return [t for t in tokens(content_words(text)) if t not in STOPWORDS and t not in _FILLER and not t.isdigit()]


# The verbs any request opens with, which name no matter: "làm", "xin", "đi làm", "làm lại".
_GENERIC_ACT = re.compile(r"^(?:(?:di |xin )?lam(?: lai)?|xin(?: cap)?)\s+")
# What follows "thì" in a sentence: the main clause, after its condition ("X thì Y?").
_THEN = re.compile(r"(?<!\w)thì\s+([^.;?!]+)", re.IGNORECASE)
# Asking whether a house or land may be traded: "có được bán / chuyển nhượng / thế chấp …", "… bán được
# không", "để thế chấp" (not "bán hàng", trading goods).
_TRADES = r"(chuyen nhuong|the chap|tang cho|ban|gop von|cam co)(?! hang)(?![a-z])"
_TRADE_ASKED = (re.compile(rf"(?<![a-z])(?:co duoc|co the|duoc phep|de)(?: [a-z]+){{0,3}} {_TRADES}"),
                re.compile(rf"(?<![a-z]){_TRADES} (?:lai )?(?:duoc|dc) (?:khong|ko|k|hay khong)(?![a-z])"))
# How procedures name a trade: a mortgage of land is registered as a security interest ("biện pháp bảo đảm").
_TRADE_NAMES = {"the chap": r"the chap|bien phap bao dam", "cam co": r"cam co|bien phap bao dam"}
# A paper the trade is written in, for the ward or a notary to certify.
_PAPER_TO_CERTIFY = re.compile(r"(?<![a-z])(chung thuc|cong chung|hop dong|van ban|giay uy quyen|uy quyen)(?![a-z])")
_PROPERTY = re.compile(r"(?<![a-z])(dat|nha|so do|so hong|giay chung nhan|can ho|chung cu|quyen su dung)(?![a-z])")


def _trade_asked(folded: str) -> str | None:
    """The transaction on a house or land a folded question asks whether one may do, if it asks one; not
    a contract for it to certify ("có thể chứng thực hợp đồng tặng cho không" asks for the certification)."""
    if not _PROPERTY.search(folded) or _PAPER_TO_CERTIFY.search(folded):
        return None
    return next((m.group(1) for pattern in _TRADE_ASKED for m in [pattern.search(folded)] if m), None)


# The verbs of asking to have a procedure done: make, register, apply for, issue, hand in.
_REQUESTS_A_PROCEDURE = re.compile(r"(?<![a-z])(lam|dang ky|xin|cap|nop|thu tuc)(?![a-z])")
# A "khi …" clause, up to the "thì" that opens the main clause: the occasion of what is asked.
_WHEN = re.compile(r"(?<!\w)khi\b(?:(?!\s(?:thì|thi|mới|moi)\b)[^,.;?!])*", re.IGNORECASE)
# The occasion a question names ("trước khi đăng ký kết hôn"), ended by what it asks of the main clause
# ("… được quy định như thế nào", "… có được …"): tighter than `_WHEN`, which runs to the next comma.
_OCCASION = re.compile(r"(?<!\w)khi\s+[^\s,.;?!]+(?:(?!\s(?:thì|mới|có|được|phải|cần|bị|nên|là|gồm|mất|nộp|làm)\b)[^,.;?!])*",
                       re.IGNORECASE)
# Whether one thing must be done before another: "có phải đăng ký kết hôn trước không", "cần … trước".
_COMES_FIRST = re.compile(r"(?<![a-z])(phai|can|bat buoc)(?: [a-z]+){1,8} truoc(?![a-z])")
# Asking how a matter is ruled: "… được quy định như thế nào", "quy định ra sao", "theo quy định nào".
_ASKS_ITS_RULES = re.compile(r"(?<![a-z])quy dinh (nhu the nao|the nao|ra sao|gi|nao)(?![a-z])")
# A short cue's words may sit apart in a name ("đăng ký xe" in "Đăng ký, cấp biển số xe"), in order and
# within this many words beyond its own: "phạt nguội" is not in a long title writing "phát … người".
CUE_SPREAD = 4


def _written_near(cue: list[str], name: list[str]) -> bool:
    """Whether the cue's words appear in the name in order, spread over at most CUE_SPREAD more words."""
    for start, word in enumerate(name):
        if word != cue[0]:
            continue
        position, found = start, True
        for following in cue[1:]:
            window = name[position + 1 : start + len(cue) + CUE_SPREAD]
            if following not in window:
                found = False
                break
            position += 1 + window.index(following)
        if found:
            return True
    return False


def _quotes_the_name(text: str, procedure: Procedure) -> bool:
    """Whether the text writes a run of the procedure's official name word for word, holding at least
    QUOTED_NAME_SYLLABLES syllables beyond the words every name has: "dự án liên kết theo chuỗi giá
    trị" names "Lựa chọn, phê duyệt dự án phát triển sản xuất liên kết theo chuỗi giá trị", however
    little of the long title's idf mass that is."""
    said = tokens(text)
    title = f" {' '.join(tokens(procedure.title))} "
    ordinary = NAME_COMMON_WORDS | STOPWORDS
    for start in range(len(said)):
        end = start
        while end < len(said) and f" {' '.join(said[start:end + 1])} " in title:
            end += 1
        if sum(1 for syllable in said[start:end] if syllable not in ordinary) >= QUOTED_NAME_SYLLABLES:
            return True
    return False


def _names_only_an_act(message: str) -> bool:
    """Words every procedure's name has ("đăng ký", "cấp lại", "giấy tờ", "thủ tục") and nothing of
    what it is about."""
    written = set(tokens(message))
    said = written - STOPWORDS - GRAMMAR_WORDS
    # "Tôi muốn làm thủ tục": every word a filler, "thủ tục" among them.
    return said <= NAME_COMMON_WORDS and (bool(said) or {"thu", "tuc"} <= written)


def _for_embedding(question: str, limit: int | None = None) -> str:
    """What of a long letter the dense model reads: its questions first, then as much of the story's
    opening as fits in `limit` characters. Embedding time grows faster than the text (600 characters
    cost 85 ms, 2,000 cost 460 ms here), and the questions carry what is asked."""
    limit = limit or DENSE_MAX_CHARS
    if len(question) <= limit:
        return question
    asked = " ".join(asking_parts(question))[-limit:]
    room = limit - len(asked) - 1
    story = question[:room].rsplit(" ", 1)[0] if room > 40 else ""
    return f"{story} {asked}".strip()


def _best_name_precision(snapshot: Snapshot, text: str) -> float:
    """The largest share of an indexed procedure's name that the text writes."""
    precision = snapshot.keywords.scores(text)["precision"]
    return float(precision.max()) if precision.size else 0.0


def _asked_topic(question: str, names_something: Callable[[str], bool] = lambda topic: True) -> str:
    """The words that name what a message asks about. In a letter, the words of its questions: the
    story around them ("chưa nhập hộ khẩu", "bị bệnh") says who asks, and its words would pull the
    keyword index toward other procedures. The story still reaches the dense query and the variant
    rules; a question that names nothing ("thủ tục ra sao?", or no name `names_something` knows)
    leaves the whole message to speak."""
    # Where, by its proper name ("xin ở phường Tân Hưng được không"), is no topic: the ward's own name
    # would reach its opening-hours guide.
    question = _without_named_places(question)
    asked = " ".join(asking_parts(question))
    # Whether a paper is needed ("có cần hợp đồng thuê phòng không") asks of the story's procedure, whose
    # dossier it would be in: no topic of its own.
    topic = _without_locatives(content_words(_PAPER_NEEDED.sub(" ", fold(asked))))
    if asked != question and len(topic_words(topic)) >= MIN_TOPIC_WORDS and names_something(topic):
        return topic
    return _without_locatives(content_words(question))


# What not having done a thing brings ("không đăng ký tạm trú có bị phạt không"): that thing is the topic.
_CONSEQUENCE = re.compile(r"(?<![a-z])(bi phat|phat|xu phat|bi xu ly|co sao|vi pham)(?![a-z])")


def _without_locatives(folded: str) -> str:
    """The folded text without its places and the asker's states (`_LOCATIVE`), save a state of not having
    done a thing whose consequence the sentence asks."""
    def cut(match: re.Match) -> str:
        rest = re.split(r"[.?!\n]", folded[match.end():], maxsplit=1)[0]
        not_done = re.match(r"(?:khi )?(?:chua|khong)\b", match.group(0)) is not None
        return match.group(0) if not_done and _CONSEQUENCE.search(rest) else " "
    return _LOCATIVE.sub(cut, folded)


# A place named as one: "ở phường Tân Hưng", "tại quận 7", "lên xã Ông Đình": where, then the kind of place, then
# its name (a number, or capitalised words).
_PLACE_NAMED = re.compile(r"(?<!\w)(?:ở|tại|đến|lên|về|sang|qua)\s+(?:phường|xã|quận|huyện|thành phố|tỉnh|TP\.?)\s+(\d+|\w+(?:\s+\w+){0,3})")


def _without_named_places(text: str) -> str:
    def cut(match: re.Match) -> str:
        name = match.group(1).split()
        capitalised = next((i for i, word in enumerate(name) if not (word[0].isupper() or word.isdigit())), len(name))
        # no name written as one ("ở phường nơi tôi ở"): the words stay
        return " " + " ".join(name[capitalised:]) if capitalised else match.group(0)
    return _PLACE_NAMED.sub(cut, text)
# "có cần hợp đồng thuê phòng không", "có phải nộp bản sao không": whether a paper is needed, folded.
_PAPER_NEEDED = re.compile(r"(?<![a-z])co (can|phai|bat buoc)( phai)?( co| mang theo| mang| nop| xuat trinh)? [a-z ]{1,40}? (khong|ko)(?![a-z])")


# "tại nơi tạm trú", "ở nơi đăng ký thường trú", "ở công an phường": a place; "khi chưa có hộ khẩu
# thường trú": the asker's state. Neither is the procedure asked ("đăng ký khai sinh tại nơi tạm
# trú, khi chưa có hộ khẩu" asks for a birth registration, not a residence registration).
_LOCATIVE = re.compile(
    r"(?<![a-z])(?:(?:(?:tai|o|ve|den) )?noi (?:dang ky |dang |minh |toi |em )?(?:tam tru|thuong tru|cu tru|co ho khau|sinh song|o hien tai)"
    # the office asked about ("xin ở công an phường được không"): where, not what
    r"|(?:(?:tai|o|den|ra|len|qua|cho) )(?:cong an|ubnd|uy ban(?: nhan dan)?|trung tam phuc vu hanh chinh cong|bo phan mot cua|mot cua)"
    r"(?: (?:cap )?(?:phuong|xa|quan|huyen|tinh|thanh pho))?"
    r"|(?:khi )?(?:chua|khong|da) (?:co|dang ky|nhap) (?:so )?(?:ho khau|thuong tru|tam tru)(?: thuong tru| tam tru)?)(?![a-z])")


# Whether one is fined: "có bị phạt không", "nộp phạt", "xử phạt".
_ASKS_OF_A_FINE = re.compile(r"(?<![a-z])(bi phat|nop phat|xu phat|phat tien)(?![a-z])(?! tu\b)")  # "bị phạt tù": prison


def _words_of_a_name(text: str, procedure: Procedure) -> set[str]:
    """The (folded) syllables of the text that one of the procedure's names writes as part of the same
    word: a pair of them side by side in both ("sử dụng", "đất đai"), beyond the words every name has.
    A syllable shared alone is most often another word: "tàu cá" is no "cá nhân", "thủy sản" no "tài sản"."""
    pairs = set().union(*(syllable_pairs(fold(name)) for name in (procedure.title, procedure.short_title, *procedure.aliases)))
    return {syllable for pair in syllable_pairs(fold(text)) if pair in pairs for syllable in pair} - NAME_COMMON_WORDS


def _profile(snapshot: Snapshot, candidate: Candidate) -> np.ndarray | None:
    """The candidate's profile embedding, the vector that stands for its topic."""
    position = snapshot.positions.get(candidate.procedure.id)
    return None if position is None else np.asarray(snapshot.profile_matrix[position])


def _speaks_of_penalties(procedure: Procedure) -> bool:
    """Whether the procedure's text states a fine: not a sanction named as a paper to hand in or as a case
    ("quyết định xử phạt vi phạm hành chính", "giấy tờ liên quan đến việc xử phạt", "đã bị xử phạt")."""
    return _writes(procedure, r"(?<![a-z])(?<!quyet dinh )(?<!viec )(?<!da bi )(xu phat|bi phat|muc phat|phat tien)(?![a-z])")


def _states_an_amount(procedure: Procedure) -> bool:
    """Whether the procedure's text states how much a benefit pays ("mức trợ cấp … 500.000 đồng", "hưởng 75% lương")."""
    return _writes(procedure, r"(?<![a-z])(muc|so tien) (tro cap|huong|ho tro|luong huu)[^.;]{0,80}\d|(?<![a-z])huong \d+ ?%")


def _speaks_of_rights(procedure: Procedure) -> bool:
    """Whether the procedure's text states what someone is entitled to or bound to: not the witness "không có
    quyền lợi, nghĩa vụ liên quan" of a certification."""
    return _writes(procedure, r"(?<![a-z])(?<!khong co )quyen (va|,) nghia vu(?![a-z])")


def _writes(procedure: Procedure, pattern: str) -> bool:
    """Whether any of the procedure's texts, folded, holds the pattern."""
    return any(re.search(pattern, fold(text)) for text in procedure.texts())


def _within(question: str, limit: int) -> str:
    """A long letter cut to `limit` characters keeping its opening (who, what happened) and, above
    all, its end, where letters put their questions."""
    if len(question) <= limit:
        return question
    head = limit // 3
    return f"{question[:head]} … {question[-(limit - head - 3):]}"


GUIDE_YIELD_MARGIN = 0.25
# What a procedure's sections answer better than a guide's prose; whether one must or may ("có cần
# xin giấy phép không") a guide's rules answer as well.
_DETAIL_ASPECTS = {"fee", "time_limit", "documents", "where", "steps", "result", "deadline", "online"}


def _asks_procedure_detail(aspects: list[str]) -> bool:
    return any(a in _DETAIL_ASPECTS for a in aspects)
