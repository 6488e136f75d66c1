"""Which of the close candidates a question is about: the rules of the language and the domain that
move the choice from the best-ranked procedure to a neighbour, and the choice among variants.

Similarity ranks; these rules decide between procedures that rank close: the case the question
states ("dưới 14 tuổi", "có yếu tố nước ngoài"), the name it writes, what its story implies (a lost
card is reissued), the act it asks for ("đổi", "cấp lại", "thu hồi"), a joined procedure taken apart
("nhận cha cho con" without "khai sinh"), a second procedure named beside the first.
"""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Callable

from .aspects import asking_parts, content_words, detect_aspects, topic_words
from .documents import Procedure
from .fit import (ALWAYS_RESTRICTS, a_citizens_stay_for_a_foreigner, abroad_unsaid, ages_in, asks_another_modality, asks_as_a_person,
                  contradicts_a_title_held, contradicts_first_issue, contradicts_first_time, contradicts_registering_again,
                  contradicts_birth_registered, fits_age,
                  for_organisations_only, has_age_bound, names_another_entity, signalled_qualifiers, unsignalled_qualifiers)
from .keyword import STOPWORDS, spelled_out
from .lexicon import actions_in, expansions_of, leading_action, leading_actions, story_signals, variant_signals, without_failed_acts
from .retrieval import Candidate
from .text import fold, has_diacritics, strip_tones, syllable_pairs, tokens, words

if TYPE_CHECKING:
    from .pipeline import Context

# How far below the best a candidate that fits the citizen's case may score and still be chosen.
FIT_MARGIN = 0.3
# A best whose name the question covers less than NAMED_HARDLY yields to a close candidate it
# covers NAMED_IN_FULL.
NAMED_HARDLY = 0.25
# A neighbour replacing a best the question named nothing of must be named this much, or it is a guess.
NAMED_A_LITTLE = 0.25
NAMED_IN_FULL = 0.85
# Scores this close are a tie, broken by a name the question covers by this much more.
TIED = 0.03
NAMED_MORE = 0.1
# A story's implied procedure (`variant_signals`) names a candidate when it covers this much of its name.
STORY_NAMES = 0.8
# A procedure without a qualifier is the plainer variant of one with it when it names at least this share of
# what the other acts on.
PLAINER_SHARE = 0.5
# Two names act on one object when most of the shorter one's words beyond the action are in the other
# ("Trình báo mất giấy thông hành" and the long title of the border pass it reports lost).
SAME_OBJECT = 0.5
# The acts on a thing already registered or issued: its change, renewal, replacement, suspension, end.
AFTER_ACTS = frozenset({"thay doi", "cham dut", "tam ngung", "cap lai", "cap doi", "doi", "gia han", "xoa", "huy",
                        "thu hoi", "dieu chinh", "dinh chinh", "cai chinh", "bo sung", "sua doi", "dang ky lai",
                        "tra lai", "giai the"})
# Scores this close are a tie the question's words cannot break by similarity.
NO_ACT_TIE = 0.02
# Opening something, in a citizen's words (folded): "mở thêm", "mở mới", "lập thêm", "thành lập".
_OPENING = re.compile(r"(?<![a-z])(mo (them|moi)|lap (them|moi)|thanh lap|open(ing)? (a |an )?(new|another|second))(?![a-z])")
# Acts on a thing already issued, in a citizen's words (folded, aspect cues such as "mất bao lâu" removed
# first): a paper lost, damaged, mended or made again, a business shut.
_COLLOQUIAL_ACTS = re.compile(r"(?<![a-z])(lam lai|mat|bi mat|hong|rach|sua(?! doi)|dong cua|nghi kinh doanh|lost|stolen|damaged"
                              r"|replace|renew|shut down|close)(?![a-z])")
# How a procedure's name joins two procedures done at once.
COMBINED = " ket hop "
# Where a question joins two things it asks about.
_JOINED = re.compile(r"\s(?:va|hoac|cung nhu|and|or)\s|[,;/&+]")
# A joined part names a procedure when it covers this much of one of its names, in at most so many words.
ALSO_NAMES = 0.85
ALSO_MAX_PART_WORDS = 8
# A question of a message names its own procedure in at most so many words (a letter's long questions
# name their story too).
ALSO_MAX_QUESTION_WORDS = 16
# Not having a paper or not having done an act, up to where the clause ends: the asker's situation.
# With the "khi" that opens it ("khi giấy khai sinh không có tên cha"), the clause is all situation. So is
# a paper required first ("phải có giấy đăng ký kết hôn mới làm được giấy khai sinh"): what follows "mới" is asked.
_LACKED = re.compile(r"(?:(?<![a-z])khi (?:[a-z]+ ){0,5})?(?<![a-z])(?:chua|khong|chang) (?:duoc )?(?:cap|co|lam|dang ky|xin)(?![a-z])"
                     r"(?:(?! (?:nhung|ma|thi|nen|va|de|nay|roi)(?![a-z]))[^,.;?!])*"
                     r"|(?<![a-z])(?:phai|can|bat buoc) (?:phai )?co (?:[a-z]+ ){1,6}?(?=moi )")
# Words of procedure names that name no procedure in particular.
NAME_COMMON_WORDS = frozenset(tokens(
    "thủ tục đăng ký cấp giấy lại đổi xin làm cho và của với người việc thông tin số theo tại đề nghị thực hiện "
    "trường hợp các một những trong khi có không được "
    # the qualifiers of a variant name whom it is for, not what it is: "có yếu tố nước ngoài", "khu vực biên giới"
    "yếu tố nước ngoài khu vực biên giới lưu động"))
# The qualifiers' words of two syllables ("nước ngoài", "biên giới", "lưu động").
_QUALIFIER_WORDS = {("yeu", "to"), ("nuoc", "ngoai"), ("khu", "vuc"), ("bien", "gioi"), ("luu", "dong")}
# "lại" asks for a variant "… lại …" only as part of these verbs ("làm lại được giấy …": the modal may stand between).
# Vietnamese also puts "lại" after the event: "đăng ký khai sinh lại" is "đăng ký lại khai sinh" (one
# is born or dies once; "đăng ký kết hôn lại" after a divorce is a new marriage).
_AGAIN = re.compile(r"(?<![a-z])(?:(?:dang ky|cap|xin) lai|lam lai (?:duoc )?(?:giay|ban)|(?:dang ky )?(?:khai sinh|khai tu) lai)(?![a-z])")
# Distinguishing words too generic to tell variants of a procedure apart ("đã", the past tense's marker:
# "cho người đã có hồ sơ" is told by its papers, not by "đã", which any story writes).
_GENERIC = {"co", "tai", "cho", "doi", "voi", "thu", "tuc", "cua", "va", "nguoi", "viec", "da"}


class Neighbours:
    """The candidates of one question, and the rules that choose among those close to the best."""

    def __init__(self, context: Context, close: float) -> None:
        self.context = context
        self.candidates = context.retrieval.candidates
        self.close = close  # how far below the best a neighbour may score
        text = context.search_text
        self.signals = " ".join([text, *expansions_of(text)])  # the question and its official wording
        # The words a variant's name is looked for in: an English question's official wording alone, since its
        # own words, folded, are Vietnamese syllables of other words ("to" is no "tờ" of "giấy tờ cá nhân").
        self.variant_words = " ".join(expansions_of(text)) if context.language == "en" else self.signals
        self.ages = ages_in(text)  # the children's ages it states

    def fits(self, candidate: Candidate) -> bool:
        """Whether the procedure's name allows the citizen's case: an age it is for, no foreign or
        border element the question never mentions. A guide fits every case."""
        procedure = candidate.procedure
        return procedure.kind == "guide" or (
            fits_age(procedure, self.ages) and not names_another_entity(procedure, self.signals)
            and not contradicts_first_time(procedure, self.context.search_text)
            and not contradicts_first_issue(procedure, self.context.search_text)
            and not contradicts_a_title_held(procedure, self.context.search_text)
            and not contradicts_registering_again(procedure, self.context.search_text)
            and not contradicts_birth_registered(procedure, self.context.search_text)
            and not abroad_unsaid(procedure, self.context.search_text)
            and not a_citizens_stay_for_a_foreigner(procedure, self.context.search_text)
            and not asks_another_modality(procedure, self.context.search_text) and not any(
                q in ALWAYS_RESTRICTS or self._has_plainer_variant(procedure, q)
                for q in unsignalled_qualifiers(procedure, self.signals)))

    def _has_plainer_variant(self, procedure: Procedure, qualifier: str) -> bool:
        """Whether a retrieved procedure does what `procedure` does without its `qualifier`: only then
        is the qualifier a restriction ("Đăng ký kết hôn … ở khu vực biên giới" beside "Đăng ký kết
        hôn"). Where the index has no plainer one, the qualifier is what the procedure is about: a
        border pass ("giấy thông hành … vùng biên giới") is the pass a citizen means by the name."""
        return any(qualifier not in fold(c.procedure.name) and _plainer(c.procedure, procedure, qualifier)
                   for c in self.candidates if c.procedure.kind == "procedure" and c.procedure.id != procedure.id)

    def fitting(self, best: Candidate) -> Candidate | None:
        """The best candidate whose name does not exclude the citizen's case; None when no close one fits."""
        if contradicts_birth_registered(best.procedure, self.context.search_text):
            # A registered birth whose father is to be added: his recognition, wherever it ranks (the
            # story's words of birth lift every birth registration above it). Without one retrieved, the
            # rules below read what else is asked ("làm CCCD khi giấy khai sinh không có tên cha"); none
            # of them moves to another birth registration, which does not fit.
            recognition = next((c for c in self.candidates if fold(c.procedure.name).startswith("dang ky nhan cha")
                                and self.fits(c)), None)
            return recognition or best
        if self.fits(best):
            return best
        # Too young or too old for the best: only a variant made for that age will do ("dưới 14
        # tuổi"), not a neighbour that says nothing of age (a card's exchange is no first card).
        by_age = not fits_age(best.procedure, self.ages)
        about_the_same = self._about_what_was_named(best)
        for candidate in self.candidates[1:]:
            if best.score - candidate.score > FIT_MARGIN:
                break
            if self.fits(candidate) and (not by_age or has_age_bound(candidate.procedure)) and about_the_same(candidate):
                return candidate
        return None

    def _about_what_was_named(self, best: Candidate) -> Callable[[Candidate], bool]:
        """A test of the neighbours that may take the best's place: each must be about what the question
        named of the best ("con nuôi"), in a word of two syllables at least (a nephew adopted is not
        covered by an adoption across the border, nor by a birth registration)."""
        named = {pair for pair in syllable_pairs(self.context.search_text)
                 & syllable_pairs(f"{best.procedure.name} {spelled_out(best.procedure.title)}")
                 if not set(pair) & NAME_COMMON_WORDS}

        def about(candidate: Candidate) -> bool:
            if not named:
                # The question named nothing of the best (similarity alone brought it): the one taking
                # its place must be named at least a little, or it is as much a guess.
                return candidate.name_precision >= NAMED_A_LITTLE
            # its abbreviations written out: "TNLĐ" is "tai nạn lao động"
            title = candidate.procedure.title
            return bool(named & syllable_pairs(f"{candidate.procedure.name} {title} {spelled_out(title)}"))
        return about

    def close_one_that(self, best: Candidate, wanted: Callable[[Candidate], bool], margin: float | None = None) -> Candidate:
        """The best if it is wanted, else the first close procedure that is and fits the case."""
        if wanted(best):
            return best
        margin = self.close if margin is None else margin
        return next((c for c in self.candidates[1:] if best.score - c.score <= margin
                     and c.procedure.kind == "procedure" and wanted(c) and self.fits(c)), best)

    def by_name(self, best: Candidate) -> Candidate:
        """A close procedure the question names almost in full over a best it hardly names ("làm
        căn cước công dân gắn chíp" is the card, not the electronic identity that also says "căn
        cước"): similarity ranks, the name the citizen wrote decides between neighbours. Not in a
        conversation, whose earlier turns set the topic: there a paper named ("chưa có thẻ căn cước
        thì …") is often the asker's situation."""
        if best.procedure.kind != "procedure" or best.name_precision >= NAMED_HARDLY or self.context.history:
            return best
        chosen = self.close_one_that(best, lambda c: c.name_precision >= NAMED_IN_FULL)
        if chosen is best:
            # Similarity that cannot tell two procedures apart leaves it to the name written.
            chosen = self.close_one_that(best, lambda c: c.name_precision >= best.name_precision + NAMED_MORE, margin=TIED)
        return chosen

    def by_applicant(self, best: Candidate) -> Candidate:
        """A citizen asking of their own case ("tôi khám ở bệnh viện tư có được BHYT thanh toán không") is
        no organisation: a close procedure a person may apply for over one the record gives to
        organisations only (the clinic's contract with the insurer)."""
        if best.procedure.kind != "procedure" or not for_organisations_only(best.procedure) \
                or not asks_as_a_person(self.context.search_text):
            return best
        about_the_same = self._about_what_was_named(best)
        return self.close_one_that(best, lambda c: not for_organisations_only(c.procedure) and about_the_same(c))

    def by_what_is_lacking(self, best: Candidate) -> Candidate:
        """A paper or act the citizen lacks ("nhà chưa được cấp sổ đỏ", "không có giấy chứng sinh"), or
        must have first, is their situation: a best named only there yields to a close procedure named
        in full elsewhere ("… thì có được đăng ký thường trú không")."""
        context = self.context
        text = fold(context.search_text)
        rest = _LACKED.sub(" ", text)
        if rest == text or context.snapshot is None:
            return best
        named = self._named_by(content_words(rest))
        # Named elsewhere too, though less than by the paper lacked ("nhà" beside "sổ đỏ"): kept unless
        # that paper carried most of its naming.
        if named(best) >= max(NAMED_HARDLY, best.name_precision / 2):
            return best
        # The paper lacked lifts its procedure's score (its words are written): a wider margin.
        return self._most_named(best, named, NAMED_IN_FULL, margin=FIT_MARGIN * 2)

    def by_qualifier(self, best: Candidate) -> Candidate:
        """A close procedure made for the case the question states ("translated", "ở khu vực biên
        giới", "cho công ty") over a general one: its name's restriction is what the citizen said."""
        return self.close_one_that(best, lambda c: bool(signalled_qualifiers(c.procedure, self.signals)))

    def by_story(self, best: Candidate) -> Candidate:
        """The procedure a letter's story implies by a rule of the domain (a lost old ID card: the
        first căn cước card; a lost register: registration again), when a close candidate is the
        one so named and the best is not."""
        context = self.context
        # Who the story is about (a foreigner) is a qualifier, weighed by `pick_variant`, not a name.
        # Nor is a combination the citizen's own words take apart ("nhận cha cho con", no "khai sinh").
        implied = [s for s in story_signals(context.search_text)
                   if "nước ngoài" not in s and second_part_alone(s, context.search_text) is None]
        if not implied or context.snapshot is None:
            return best
        named = self._named_by(" ".join(implied))
        if named(best) >= STORY_NAMES:
            return best  # the best is so named already ("tạm ngừng kinh doanh"), whatever a shorter name scores
        return self._most_named(best, named, STORY_NAMES)

    def _named_by(self, text: str) -> Callable[[Candidate], float]:
        """How much of each candidate's name `text` covers (its name precision)."""
        precision = self.context.snapshot.keywords.scores(text)["precision"]
        position = self.context.snapshot.positions
        return lambda c: float(precision[position[c.procedure.id]]) if c.procedure.id in position else 0.0

    def _most_named(self, best: Candidate, named: Callable[[Candidate], float], floor: float,
                    margin: float | None = None) -> Candidate:
        """The close candidate `named` covers most, if it covers at least `floor`; else the best. A guide
        covered most (the exemptions from a building permit) is no reason to move to a procedure only as
        covered ("Cấp giấy phép xây dựng mới"): guides are chosen later, by their own rules."""
        margin = self.close if margin is None else margin
        close = [c for c in self.candidates if best.score - c.score <= margin]
        top = max(named(c) for c in close)
        if top < floor or any(c.procedure.kind == "guide" and named(c) >= top for c in close):
            return best
        return self.close_one_that(best, lambda c: named(c) >= top, margin=margin)

    def by_what_is_certified(self, best: Candidate) -> Candidate:
        """A certification is of the thing the question has certified: "chứng thực … hợp đồng chuyển nhượng
        đất" certifies the contract, which a copy's certification ("photo công chứng", reached through the
        notary's name) does not; a copy or a signature named ("bản sao hợp đồng", "chữ ký trên hợp đồng")
        keeps its own."""
        text = fold(self.context.search_text)
        certifies = lambda c: "chung thuc" in fold(c.procedure.title)  # noqa: E731
        if _COPY_CERTIFIED.search(text):
            # "chứng thực bản sao CCCD", "sao y giấy khai sinh": the paper is what is copied, the certification
            # of copies is asked (not the card's issue, nor the register's copy of a birth extract)
            of_copies = lambda c: certifies(c) and "ban sao" in fold(c.procedure.title)  # noqa: E731
            return best if of_copies(best) else self.close_one_that(best, of_copies, margin=FIT_MARGIN)
        if not _CONTRACT.search(text) or _COPY_OR_SIGNATURE.search(text):
            return best
        of_contracts = lambda c: certifies(c) and _CONTRACT.search(fold(c.procedure.title)) is not None  # noqa: E731
        if not certifies(best) or of_contracts(best):
            return best
        return self.close_one_that(best, of_contracts, margin=FIT_MARGIN)

    def by_paper(self, best: Candidate) -> Candidate:
        """A civil-status event written after a paper's head noun names that paper: "bản sao trích lục
        đăng ký kết hôn" is the marriage's extract, which the procedure issuing extract copies gives,
        not a marriage's registration or recording. Only when a close procedure names that paper."""
        folded = fold(self.context.search_text)
        extract = _EXTRACT_OF_AN_EVENT.search(folded)
        if not extract or _EXTRACT in fold(best.procedure.title):
            return best
        event = extract.group(0).split()[-2:]
        if re.search(rf"(?<![a-z])(khong|chua)( bao gio)?( di| duoc)?( dang ky| lam)? {' '.join(event)}(?![a-z])", folded):
            # An event the story says was never registered ("hồi đó gia đình không đi khai tử") has no extract
            # to copy: its registration, late, is what gives one.
            return best
        # A name of the best's own that holds the paper ("trích lục khai tử", what citizens call the death's
        # registration, whose result it is) keeps it.
        written = f" {' '.join(tokens(folded))} "
        if any(_EXTRACT in fold(name) and f" {' '.join(tokens(name))} " in written for name in best.procedure.aliases):
            return best
        return self.close_one_that(best, lambda c: _EXTRACT in fold(c.procedure.title), margin=FIT_MARGIN)

    def by_combination(self, best: Candidate) -> Candidate:
        """"Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con" does both at once, for a birth not yet
        registered: a question that names the second ("nhận cha cho con") and never the first ("khai
        sinh") asks for the second alone, when a close procedure is named just that. The citizen's own
        words decide: a story (a child of unmarried parents) only implies the combination."""
        second = second_part_alone(best.procedure.title, self.context.search_text)
        if second is None:
            return best
        alone = set(tokens(second)) | NAME_COMMON_WORDS
        # The combined procedure is wrong for such a question, not merely less likely: any retrieved
        # candidate so named will do, however far below (the story's words lift the combination).
        return self.close_one_that(best, lambda c: COMBINED not in fold(c.procedure.title)
                                   and set(tokens(c.procedure.title)) <= alone, margin=float("inf"))

    def by_action(self, best: Candidate) -> Candidate:
        """Among close procedures on one object ("Đổi / Cấp lại / Thu hồi … biển số xe"), the one
        whose action the question asks for, in its words or their official wording."""
        # The citizen's own words and what their story implies (a stolen vehicle: "thu hồi"), not a
        # colloquial name's official wording ("hộ nghèo" → "công nhận hộ nghèo" names, not asks).
        text = self.context.search_text
        implied = expansions_of(text) if self.context.language == "en" else variant_signals(text)
        asked = actions_in(without_failed_acts(fold(" ".join([text, *implied]))))
        if _EXCHANGES_A_PAPER.search(fold(_NOT_ACTS.sub(" , ", text))):
            # "đổi" a paper is what the office calls "cấp đổi" ("muốn đổi giấy chứng nhận căn cước mới"); the "đối"
            # of "đối với" is no exchange
            asked.add("cap doi")
        same_object = lambda c: _overlap(object_tokens(best.procedure), object_tokens(c.procedure)) >= SAME_OBJECT  # noqa: E731
        if _OPENING.search(fold(text)) and _after_acts(best.procedure):
            # Opening one ("mở thêm địa điểm kinh doanh", "thành lập tổ hợp tác") is the thing itself, not
            # its suspension or closing, however their words rank.
            return self.close_one_that(best, lambda c: same_object(c) and not _after_acts(c.procedure), margin=FIT_MARGIN)
        if not asked and _after_acts(best.procedure):
            # No act asked, and a procedure on the same object scores as high: "xin giấy phép xây
            # dựng" is the permit itself, not its adjustment or extension, which the question would name.
            plain = lambda c: same_object(c) and not _after_acts(c.procedure)  # noqa: E731
            chosen = self.close_one_that(best, plain, margin=NO_ACT_TIE)
            if chosen is best and not asked_acts(text):
                # Nor any act in other words ("làm lại", "mất", "shut down"): the thing itself, named as
                # fully, however its change's text ranks ("hộ kinh doanh được đăng ký bao nhiêu ngành nghề").
                chosen = self.close_one_that(best, lambda c: plain(c) and c.name_precision >= best.name_precision)
            return chosen
        # An act the best's own name already does ("Đăng ký hoạt động chi nhánh …; thông báo địa điểm
        # kinh doanh" for "mở thêm địa điểm thì chỉ cần thông báo") is no reason to leave it.
        done_by_best = actions_in(fold(best.procedure.name)) - {leading_action(fold(best.procedure.name))}
        wanted = lambda c: (bool(leading_actions(fold(c.procedure.name)) & (asked - done_by_best))  # noqa: E731
                            and same_object(c))
        chosen = self.close_one_that(best, wanted)
        if chosen is best:
            # An act asked for on an object named in full ("mất giấy thông hành thì trình báo") is the
            # procedure meant, however far the object's longer name ranks above it.
            chosen = self.close_one_that(best, lambda c: wanted(c) and c.name_precision >= NAMED_IN_FULL, margin=FIT_MARGIN * 2)
        return chosen

    def family(self, best: Candidate) -> list[Candidate]:
        """The variants close to the best that the citizen's case fits; a case the question states
        stays stated (among the translator's procedures, not back to the general one)."""
        stated = set(signalled_qualifiers(best.procedure, self.signals))
        # A variant whose every added word the question or its wording states ("I'm American": "… có yếu tố
        # nước ngoài") may score further below: an English question reaches its plainer sibling's name first.
        said = set(tokens(fold(self.signals)))
        near = lambda c: best.score - c.score <= self.close or (  # noqa: E731
            best.score - c.score <= FIT_MARGIN and set() < name_tokens(c.procedure) - name_tokens(best.procedure) <= said)
        return [c for c in self.candidates if near(c)
                and same_family(best.procedure, c.procedure) and self.fits(c)
                and second_part_alone(c.procedure.title, self.context.search_text) is None
                and stated <= set(signalled_qualifiers(c.procedure, self.signals))]

    def also_asked(self, chosen: Procedure) -> Procedure | None:
        """A second procedure the message names beside the chosen one, joined by "và", "hoặc", a comma
        ("thu thập ADN và giọng nói", "lưu trú có phải khai báo, có phải khai báo tạm vắng"): each
        joined part names a retrieved procedure almost in full. Variants of the chosen one are not a
        second procedure (the variant rules chose among them), nor is a guide."""
        snapshot = self.context.snapshot
        position = snapshot.positions
        retrieved = [c.procedure for c in self.candidates if c.procedure.kind == "procedure" and c.procedure.id in position]

        act = leading_action(fold(chosen.name))

        def named_by(part: str, whole_question: bool = False) -> Procedure | None:
            # English names a procedure through its official wording ("temporary residence" → "tạm trú").
            wording = " ".join(expansions_of(part)) if self.context.language == "en" else ""
            precision = snapshot.keywords.scores(f"{content_words(part)} {wording}")["precision"]
            if whole_question and (act in actions_in(fold(part))
                                   or chosen.id in position and float(precision[position[chosen.id]]) >= ALSO_NAMES):
                return chosen  # a question naming the chosen one (or its act) is about it, whatever else it names
            score, procedure = max(((float(precision[position[p.id]]), p) for p in retrieved),
                                   key=lambda s: s[0], default=(0.0, None))
            return procedure if score >= ALSO_NAMES else None

        def other_than_chosen(named: list[Procedure]) -> Procedure | None:
            if not any(p.id == chosen.id for p in named):
                return None
            return next((p for p in named if p.id != chosen.id and not same_family(p, chosen)), None)

        questions = asking_parts(self.context.masked)
        for question in questions:
            parts = [p for p in _JOINED.split(content_words(question)) if 0 < len(topic_words(p)) <= ALSO_MAX_PART_WORDS]
            if len(parts) >= 2 and (other := other_than_chosen([p for p in map(named_by, parts) if p])):
                return other
        # Two questions, each naming its procedure ("What papers for temporary residence? And how do
        # foreigners declare theirs?"): each is answered.
        short = [q for q in questions if 0 < len(topic_words(q)) <= ALSO_MAX_QUESTION_WORDS
                 and ("?" in q or detect_aspects(q))]
        return other_than_chosen([p for q in short if (p := named_by(q, whole_question=True))]) if len(short) >= 2 else None


def second_part_alone(name: str, question: str) -> str | None:
    """For a name that joins two procedures ("A kết hợp B"), B (folded) when the question names B and never A."""
    first, joined, second = fold(name).partition(COMBINED)
    if not joined:
        return None
    first_object, second_object = " ".join(_objects(first)), _objects(second)
    own = fold(question)
    said = set(tokens(own))
    # B is named by its act ("nhận") and most of its words, not by "cha" and "con" alone.
    if not first_object or not second_object or re.search(rf"(?<![a-z]){re.escape(first_object)}(?![a-z])", own) \
            or second_object[0] not in said or len(set(second_object) & said) < len(set(second_object)) / 2:
        return None
    return second


def _in_its_word(syllable: str, name_pairs: set[tuple[str, str]], pairs: set[tuple[str, str]]) -> bool:
    """Whether the question (its syllable `pairs`) writes a name's syllable within the name's own word, with a
    neighbour it has there: the "nhân" of "Ủy ban nhân dân" is no "cá nhân", the "giấy" of "giấy chứng sinh"
    no "giấy tờ". A syllable beside a common word stands alone ("đăng ký lại", "cho con")."""
    beside = [pair for pair in name_pairs if syllable in pair]
    # A qualifier's own two-syllable word is written whole: the "động" of "lưu động" is no "Đồng Nai". Its
    # syllables are no common word beside another's: the "tờ" of "giấy tờ cá nhân" folds as the "tố" of "yếu tố".
    return not beside or any((set(pair) - {syllable} <= _STANDS_ALONE_BESIDE and pair not in _QUALIFIER_WORDS)
                             or pair in pairs for pair in beside)


def _objects(part: str) -> list[str]:
    """A folded name part's own words, in order: its act first ("nhan cha me con")."""
    return [t for t in tokens(part) if t not in NAME_COMMON_WORDS and t not in STOPWORDS]


def _unasked_second_part(name: str, asked: dict) -> set[str]:
    """The words of a combination's second part ("… kết hợp đăng ký nhận cha, mẹ, con") when its act
    ("nhận") is not asked: then "cha, mẹ" and "con" are the people of the first ("cha, mẹ đăng ký
    khai sinh cho con"), no sign of the second."""
    first, joined, second = fold(name).partition(COMBINED)
    second_object = _objects(second)
    if not joined or not second_object or second_object[0] in asked:
        return set()
    return set(second_object)


def same_family(a: Procedure, b: Procedure) -> bool:
    """Variants of one procedure: one name holds all the other's words."""
    ta, tb = name_tokens(a), name_tokens(b)
    return a.kind == b.kind == "procedure" and (ta <= tb or tb <= ta)


def pick_variant(family: list[Candidate], question: str) -> tuple[Candidate, list[Candidate]]:
    """The variant the question signals: its distinguishing words asked for, none left unasked.

    With no signal the plainest variant wins ("đăng ký kết hôn" means the domestic one); a tie
    between two signalled variants is a reason to ask.
    """
    core = set.intersection(*(name_tokens(c.procedure) for c in family))
    # Aspect words ("cần giấy tờ gì") must not count as asking for the variant "… đã có giấy tờ".
    asked = _asked_words(question)
    if not _AGAIN.search(fold(question)):
        # "đăng ký lại", "cấp lại", "làm lại giấy …" (a record or paper issued again) are one verb;
        # "kết hôn lại" after a divorce or "làm lại hồ sơ" asks for no re-registration.
        asked.pop("lai", None)
    pairs = syllable_pairs(content_words(question))
    scored = []
    for candidate in family:
        extra = name_tokens(candidate.procedure) - core - _GENERIC - STOPWORDS  # "để", "ở" name no variant
        written = {fold(w): strip_tones(w) for w in words(candidate.procedure.name)}
        name_pairs = syllable_pairs(candidate.procedure.name)
        hits = {t for t in extra if t in asked and (asked[t] is None or written.get(t) in asked[t])
                and _in_its_word(t, name_pairs, pairs)} - _unasked_second_part(candidate.procedure.name, asked)
        scored.append((len(hits) - 0.5 * len(extra - hits), candidate))
    scored.sort(key=lambda s: -s[0])
    top_score = scored[0][0]
    tied = [c for s, c in scored if s == top_score]
    if len(tied) > 1 and top_score > 0:
        return tied[0], tied
    return scored[0][1], []


def name_tokens(procedure: Procedure) -> set[str]:
    return set(tokens(procedure.name))


def _plainer(plain: Procedure, qualified: Procedure, qualifier: str) -> bool:
    """`plain` is `qualified` without its qualifier: one's name holds the other's (a variant), or
    `plain` names most of what `qualified` acts on beyond the qualifier's words ("Đăng ký, cấp biển
    số xe lần đầu" beside "Đăng ký xe lần đầu trực tuyến toàn trình")."""
    if same_family(plain, qualified):
        return True
    acted_on = object_tokens(qualified) - set(qualifier.split()) - NAME_COMMON_WORDS
    return bool(acted_on) and len(acted_on & object_tokens(plain)) >= PLAINER_SHARE * len(acted_on)


# The head noun of a civil-status paper drawn from a register (an extract), and it before the event it records.
_EXTRACT = "trich luc"
_EXTRACT_OF_AN_EVENT = re.compile(r"(?<![a-z])trich luc (?:dang ky |viec )?(?:khai sinh|khai tu|ket hon|ly hon|giam ho|nhan cha"
                                  r"|con nuoi|ho tich|thay doi|cai chinh)(?![a-z])")


# Words that tell no variant, beside which a name's syllable stands alone (`_in_its_word`).
_VARIANT_COMMON = frozenset(_GENERIC | STOPWORDS | NAME_COMMON_WORDS)
_STANDS_ALONE_BESIDE = _VARIANT_COMMON - {syllable for pair in _QUALIFIER_WORDS for syllable in pair}


# A contract or transaction, and a copy or a signature, as what a certification is of.
# Certifying a copy, by its acts' names: "chứng thực bản sao", "sao y", "photo công chứng", "công chứng bản sao".
_COPY_CERTIFIED = re.compile(r"(?<![a-z])(chung thuc (ban sao|ban photo|photo)|sao y|photo cong chung|cong chung (ban sao|photo))(?![a-z])")
_CONTRACT = re.compile(r"(?<![a-z])(hop dong|giao dich)(?![a-z])")
_COPY_OR_SIGNATURE = re.compile(r"(?<![a-z])(ban sao|sao y|photo|ban chup|chu ky|chu ki|diem chi|nguoi dich|ban dich)(?![a-z])")


def certifies_a_copy_of_any_paper(text: str, procedure: Procedure) -> bool:
    """Whether the text asks a certification of copies that the procedure does: any paper may be copied
    ("chứng thực bản sao bằng đại học"), so the paper named is no topic of its own."""
    title = fold(procedure.title)
    return bool(_COPY_CERTIFIED.search(fold(text))) and "chung thuc" in title and "ban sao" in title


NAMED_PHRASE_WORDS = 3  # "hộ kinh doanh", "văn bản thỏa thuận": a name's words, written together


def names_a_phrase_of(text: str, procedure: Procedure) -> bool:
    """Whether the text asks the act one of the procedure's names opens with ("đăng ký") and writes
    NAMED_PHRASE_WORDS words of that name together, in their order, none of them words every name
    shares: it asks for the procedure by what it is about ("mở tiệm tạp hóa thì đăng ký hộ kinh
    doanh"), whatever else it says of the case. Naming the thing without the act ("lương hưu của người
    tham gia BHXH tự nguyện") asks something else of it."""
    asked = " " + " ".join(tokens(fold(text))) + " "
    for name in (procedure.title, procedure.short_title, *procedure.aliases):
        name_words = tokens(fold(name))
        opening = list(itertools.takewhile(lambda word: word in NAME_COMMON_WORDS, name_words))
        if not opening or f" {' '.join(opening)} " not in asked:
            continue
        for start in range(len(name_words) - NAMED_PHRASE_WORDS + 1):
            phrase = name_words[start:start + NAMED_PHRASE_WORDS]
            if not set(phrase) & NAME_COMMON_WORDS and f" {' '.join(phrase)} " in asked:
                return True
    return False


# Stands for an act asked in a citizen's words (`_COLLOQUIAL_ACTS`), which names no act of the list.
COLLOQUIAL = "colloquial"


# Words that, written with these marks, are not the acts their folded forms spell: "có mặt" (present),
# "đôi mắt", "bí mật" lose nothing ("mất"); "sổ hồng" is not damaged ("hỏng"); "đối với", "cuộc đời",
# "đòi" exchange nothing ("đổi"); a "câu chuyện" (story) moves nothing ("chuyển"); a "công nhân" (worker)
# is no "công nhận" (recognition); "động của" closes nothing ("đóng cửa").
_NOT_ACTS = re.compile(r"(?<!\w)(mặt|mắt|mật|hồng|họng|đối|đời|đòi|chuyện|công nhân|động)(?!\w)", re.IGNORECASE)


# "đổi" a paper ("đổi giấy chứng nhận căn cước", "đổi thẻ"), not a person or a detail ("đổi chủ hộ kinh doanh").
_EXCHANGES_A_PAPER = re.compile(r"(?<![a-z])doi (lai |sang |qua )?(giay|the|can cuoc|cccd|cmnd|so|bang|ho chieu)(?![a-z])")


def asked_acts(text: str) -> set[str]:
    """The procedure acts a text asks, in its words, their official wording or what its story implies,
    and COLLOQUIAL for one in a citizen's words ("làm lại", "mất", "shut down")."""
    own = _NOT_ACTS.sub(" , ", text)
    acts = actions_in(fold(" ".join([own, *expansions_of(text), *variant_signals(text)])))
    return acts | ({COLLOQUIAL} if _COLLOQUIAL_ACTS.search(content_words(own)) else set())


def _after_acts(procedure: Procedure) -> set[str]:
    """The acts on a thing already issued that a procedure's name does; its "đối" ("đối với", "đối
    tượng") is never the "đổi" (change) both fold to. Read before whom the name says it is for: in
    "… đối với người được Tòa án hủy quyết định …", "người được huy động" the act is no act of the procedure."""
    doing = _FOR_WHOM.split(procedure.name, maxsplit=1)[0]
    return actions_in(fold(re.sub(r"(?<!\w)đối(?!\w)", " ", doing, flags=re.IGNORECASE))) & AFTER_ACTS


# Where a procedure's name turns to whom it is for.
_FOR_WHOM = re.compile(r"\s(?:đối với|cho người|của người|của công dân)\s", re.IGNORECASE)


def object_tokens(procedure: Procedure) -> set[str]:
    """What a procedure acts on: its name without the action it opens with."""
    name = fold(procedure.name)
    action = leading_action(name)
    return set(tokens(name[len(action):] if action else name)) - STOPWORDS


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _asked_words(question: str) -> dict[str, set[str] | None]:
    """The question's content words, folded, each with the ways it was written with diacritics
    (tone marks aside), or None where it was typed without: "chăm lo" does not ask for "chấm dứt",
    though both fold to "cham"."""
    content = set(tokens(content_words(question)))
    asked: dict[str, set[str] | None] = {t: set() for t in content}
    for word in words(question):
        folded = fold(word)
        if folded not in asked:
            continue
        if not has_diacritics(word) or asked[folded] is None:
            asked[folded] = None
        else:
            asked[folded].add(strip_tones(word))
    return {t: (None if forms is not None and not forms else forms) for t, forms in asked.items()}
