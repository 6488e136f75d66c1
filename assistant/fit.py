"""Whether a procedure fits the citizen's case, by what its name restricts it to.

A procedure's name often says whom it is for: "cho người từ đủ 14 tuổi trở lên", "trẻ em dưới 6 tuổi",
"có yếu tố nước ngoài", "khu vực biên giới". Retrieval ranks by words in common, so a question about a
12-year-old reaches the card for those over 14, and one about an orphan reaches adoption by a
foreigner at the border. These checks read the restriction from the name and the case from the
question; a procedure that does not fit gives way to one that does, or to "not found".
"""
from __future__ import annotations

import re

from .documents import Procedure
from .lexicon import FOREIGNER_STAYING, FOREIGNER_STAYS, expansions_of, leading_action
from .text import fold, nfc, whole_words

_MIN_AGE = re.compile(r"(?:tu )?du (\d+) tuoi tro len|tu (\d+) tuoi tro len")
_MAX_AGE = re.compile(r"duoi (\d+) tuoi|chua du (\d+) tuoi")
# An age the citizen states ("con tôi 12 tuổi"), not a bound they quote ("trẻ dưới 6 tuổi").
_AGE = re.compile(r"(?<!duoi )(?<!tren )(?<!du )(?<!tu )(?<!qua )(?<![\d.])(\d{1,2}) tuoi\b|(?<!under )(?<!below )\b(\d{1,2})(?:-| )?(?:year|yr)s?[- ]old")

# "… cho cơ quan, tổ chức", "… đối với tổ chức đang sử dụng đất": for organisations, not a citizen.
_ORGANISATION = re.compile(r"to chuc|doanh nghiep|cong ty|co quan|hop tac xa|don vi|organi[sz]ation|company|business")

# A neighbouring country, named ("nước láng giềng", "Lào", "cross-border").
_NEIGHBOURS = (r"lang gieng|trung quoc|\blao\b(?! dong)|campuchia|neighbo(u)?ring|china|laos|cambodia"
               r"|cross-border|across the border")

# Restrictions a name can carry, and how a question shows it is in that case.
# Read from the procedure's short name: its long title also lists whom it includes ("… người gốc Việt
# Nam định cư ở nước ngoài"), which is no restriction.
QUALIFIERS: dict[str, re.Pattern] = {
    "yeu to nuoc ngoai": re.compile(
        r"nuoc ngoai|ngoai quoc|ngoai kieu|quoc tich|viet kieu|dinh cu|xuat canh|han quoc|trung quoc|nhat ban|dai loan"
        r"|thai lan|foreign|abroad|overseas|expat|nationality"
        # a neighbouring country's citizen is a foreigner, and a civil status matter "ở khu vực biên
        # giới" is the law's name for one between a citizen and a neighbouring country's
        r"|lang gieng|neighbo(u)?ring countr|khu vuc bien gioi|vung bien"),
    "nguoi nuoc ngoai": re.compile(r"nuoc ngoai|ngoai quoc|ngoai kieu|quoc tich|foreign|expat|nationality"
                                   r"|lang gieng|neighbo(u)?ring countr|cross-border|across the border"),
    # a neighbouring country's citizen is the one across the border
    "bien gioi": re.compile(r"bien gioi|vung bien\b|giap ranh|border|lang gieng|neighbo(u)?ring countr"),
    # a child or an adopter "của nước láng giềng": who the person is, never a citizen's own nephew
    "nuoc lang gieng": re.compile(rf"{_NEIGHBOURS}|nuoc ngoai|foreign"),
    # "chứng thực chữ ký người dịch": a translator's signature on a translation
    "nguoi dich": re.compile(r"ban (tu )?dich|phien dich|bien dich|nguoi dich|dich thuat|dich (sang|ra|qua) tieng|translat"
                             r"|tu dich|dich (giay to|van ban|tai lieu|ho so|bang)"),
    # "… trực tuyến / bằng dịch vụ công toàn trình": the whole procedure is done online, for a citizen
    # who files online; one who asks about going in person ("trực tiếp tại công an") or never says how
    # is asking for the variant done at the office
    "toan trinh": re.compile(r"truc tuyen|online|qua mang|internet|dich vu cong|vneid|dien tu|toan trinh"),
    # a pass "cho cán bộ, công chức làm việc tại các cơ quan nhà nước": who the person is
    "cho can bo, cong chuc": re.compile(r"can bo|cong chuc|vien chuc|civil servant|public servant|government (official|employee)"),
    # benefits for a member of the grassroots security force, or for one mobilised to fight a fire or
    # rescue: who the person is, never a worker hurt at a company
    "luc luong tham gia bao ve an ninh, trat tu": re.compile(
        r"an ninh|antt|to bao ve|bao ve dan pho|dan phong|luc luong (tham gia )?bao ve|di tuan|tuan tra"),
    "nguoi duoc huy dong, nguoi tham gia phong chay": re.compile(
        r"phong chay|chua chay|pccc|cuu nan|cuu ho|huy dong|dam chay|vu chay|hoa hoan|firefight|rescue"),
    # a one-off payment "đối với người đang hưởng lương hưu … ra nước ngoài để định cư": who leaves to settle abroad
    "ra nuoc ngoai de dinh cu": re.compile(r"dinh cu|ra nuoc ngoai|sang nuoc ngoai|xuat canh|emigrat|settle abroad|move abroad"),
    # an injury or illness "tái phát" (relapsed) is a later claim: a first accident is not one
    "tai phat": whole_words(r"tai phat|phat lai|tro nang|relapsed?|recurr(ed|ing|ence)?"),
    # "đã bị TNLĐ, BNN nay tiếp tục bị …": a second accident or illness, said as such
    "nay tiep tuc bi": whole_words(r"tiep tuc bi|lai bi|bi lai|lan (thu )?(hai|2)|them lan|again|another|second"),
    # a pension "đối với cán bộ xã": who the person was, never a company's worker
    "doi voi can bo xa": whole_words(r"can bo (cap )?(xa|phuong|thi tran)|(chu tich|bi thu) (ubnd |uy ban nhan dan |dang uy )?(xa|phuong)"
                                r"|commune officials?"),
    # support or pay for a grassroots mediator ("hòa giải viên gặp tai nạn", "thù lao cho hòa giải viên"): who
    # the person is, never a citizen hurt in an accident, a victim of violence, or a party to a mediation
    "hoa giai vien": whole_words(r"hoa giai vien|to hoa giai|nguoi (di |den |lam |tham gia )?hoa giai|mediators?|conciliators?"),
    # an allowance "đối với nhà giáo đã nghỉ hưu": who the person was
    "doi voi nha giao": whole_words(r"nha giao|giao vien|giang vien|day hoc|nganh giao duc|teachers?"),
    # a pension resumed "đối với người chấp hành xong hình phạt tù, người xuất cảnh trái phép trở về …, người
    # được Tòa án hủy quyết định tuyên bố mất tích": who the person is ("phạt từ 1 triệu" is a fine's range)
    "chap hanh xong hinh phat tu": whole_words(r"phat tu(?! [\d.,]+ ?(trieu|nghin|ngan|dong|vnd))|ngoi tu|o tu|ra tu|tu giam|trai giam|chap hanh xong|xuat canh"
                                          r"|tro ve (nuoc|viet nam)|ve nuoc|mat tich|prison|jail|imprison(ed|ment)?"),
    # arrears "của người hưởng đã chết": claimed by the family of one who died, said as such ("đã mất CCCD",
    # "mất sức" are no death)
    "nguoi huong da chet": whole_words(r"chet|qua doi|tu tran|tu vong|mat nam \d+|mat (ngay|thang|hom|luc|dot ngot|cach day)"
                                  r"|died|dead|deceased|passed away"),
    # a pension moved "sang địa bàn khác": one who moves (to another province, into the city, …)
    "sang dia ban khac": whole_words(r"dia ban khac|(tinh|huyen|xa|phuong|noi|thanh pho) khac|di chuyen|don (ve|den|vao)"
                                r"|chuyen (den|ve|sang|toi|vao|ra|nha|noi o|cho o|dia ban|ho khau)|doi (noi o|cho o|dia chi)"
                                r"|moved?|moving|relocat(e|ed|ing|ion)"),
    "cho co quan, to chuc": _ORGANISATION,
    "doi voi to chuc": _ORGANISATION,
}


# The kinds of business a procedure's title is for, and how a question names each. Each is its own
# legal form with its own registry: a company's suspension is no cooperative's, however alike the words.
ENTITY_KINDS: dict[str, re.Pattern] = {
    "doanh nghiep": re.compile(r"\b(cong ty|doanh nghiep|company|enterprise|corporation)\b"),
    "hop tac xa": re.compile(r"\b(hop tac xa|htx|cooperatives?)\b"),
    "to hop tac": re.compile(r"\b(to hop tac|cooperative groups?)\b"),
    "ho kinh doanh": re.compile(r"\b(ho kinh doanh|hkd|household business(es)?|business households?)\b"),
}


# Whom a record's "Đối tượng thực hiện" names: a person ("Công dân Việt Nam", "Người nước ngoài", "Cán bộ,
# công chức") or only organisations ("Doanh nghiệp", "Tổ chức (không bao gồm doanh nghiệp, HTX)").
_INDIVIDUAL = re.compile(r"(?<![a-z])(cong dan|ca nhan|ho gia dinh|nguoi|can bo|cong chuc|vien chuc|citizen|individual)(?![a-z])")
# A citizen writing of themselves or their family ("tôi", "con tôi", "my"), not for a business of theirs
# ("công ty tôi", "hợp tác xã của chúng tôi").
_AS_A_PERSON = re.compile(r"(?<![a-z])(toi|em|minh|i|my)(?![a-z])")
_FOR_AN_ORGANISATION = re.compile(r"(?<![a-z])(cong ty|doanh nghiep|hop tac xa|htx|to hop tac|don vi|co so|phong kham|benh vien"
                                  r"|company|business|clinic|hospital)( [a-z]+){0,3} (cua )?(toi|chung toi|minh|em|our|my)(?![a-z])"
                                  r"|(?<![a-z])(our|my) (company|business|clinic|hospital|cooperative)")


def for_organisations_only(procedure: Procedure) -> bool:
    """Whether the record says only organisations apply ("Ký hợp đồng khám, chữa bệnh BHYT": a clinic)."""
    section = procedure.section("applicants")
    if section is None:
        return False
    text = fold(section.text)
    return _ORGANISATION.search(text) is not None and _INDIVIDUAL.search(text) is None


def asks_as_a_person(question: str) -> bool:
    """Whether the citizen writes of their own or their family's case, not of an organisation's."""
    folded = fold(question)
    return _AS_A_PERSON.search(folded) is not None and _FOR_AN_ORGANISATION.search(folded) is None


# The schemes a benefit is paid under, each by its own office and law: social insurance, earned by
# contributions (BHXH), and social assistance, paid from the budget to the old, the disabled, the poor
# ("trợ cấp xã hội", "bảo trợ xã hội"). An allowance for the elderly is no insurance benefit.
SCHEMES: dict[str, re.Pattern] = {
    "social insurance": re.compile(r"\b(bao hiem xa hoi|bhxh|social insurance)\b"),
    "social assistance": re.compile(r"\b(tro cap xa hoi|tcxh|bao tro xa hoi|social (assistance|allowance|protection))\b"),
}


# The regimes of social insurance a benefit is settled under ("Giải quyết hưởng chế độ ốm đau", "… TNLĐ,
# BNN …", "… lương hưu …"), as the Law on Social Insurance divides them: a maternity benefit is settled
# by no sickness or work-accident procedure.
REGIMES: dict[str, re.Pattern] = {
    "sickness": whole_words(r"om dau|nghi om|bi om|sick|sickness"),
    "maternity": whole_words(r"thai san|sinh con|mang thai|mang bau|sinh em be|kham thai|sau sinh|maternity|pregnant|pregnancy"),
    "work accident": whole_words(r"tai nan lao dong|tnld|benh nghe nghiep|bnn|work(place)?[ -]accidents?|occupational"),
    "pension": whole_words(r"luong huu|huu tri|nghi huu|pensions?|retired?|retirement"),
    "survivors": whole_words(r"tu tuat|tro cap tuat|mai tang|survivors?|funerals?"),
    "unemployment": whole_words(r"that nghiep|bhtn|unemployed|unemployment"),
}
_SETTLES_A_BENEFIT = re.compile(r"^giai quyet huong\b")


def _kinds_in(folded: str, kinds: dict[str, re.Pattern]) -> set[str]:
    return {kind for kind, pattern in kinds.items() if pattern.search(folded)}


def _only_others(named: set[str], asked: set[str]) -> bool:
    """The title names kinds of one family (businesses, schemes, regimes) and the question only others."""
    return bool(named) and bool(asked) and not named & asked


def names_another_entity(procedure: Procedure, question: str) -> bool:
    """The question is about a kind of business the procedure's title does not name ("công ty cổ phần
    của tôi" beside "… đối với tổ hợp tác, hợp tác xã"), a benefit of another scheme ("trợ cấp xã hội
    người cao tuổi" beside "… chế độ bảo hiểm xã hội") or of another regime (maternity beside a work
    accident's settlement). A question naming none fits any."""
    title, asked = fold(procedure.title), fold(question)
    businesses = {kind for kind in ENTITY_KINDS if kind in title}  # a title names a business by its legal name
    return _only_others(businesses, _kinds_in(asked, ENTITY_KINDS)) \
        or _only_others(_kinds_in(title, SCHEMES), _kinds_in(asked, SCHEMES)) \
        or (_SETTLES_A_BENEFIT.match(title) is not None and _only_others(_kinds_in(title, REGIMES), _kinds_in(asked, REGIMES)))


# A second or later time ("lần thứ hai", "lần 2", "bị … lần nữa", "second time", "again") is no
# first time: a procedure named "… lần đầu" does not fit it.
_NOT_FIRST = re.compile(r"(?<![a-z])(lan (thu )?(hai|ba|bon|2|3|4)|lan nua|second time|third time|once again|again)(?![a-z])")


# A civil-status registration done away from the office ("khai sinh lưu động", "đăng ký kết hôn lưu động") is a
# procedure of its own: asked of one the name does not say it of, the case is another (not "kinh doanh lưu
# động", a trader's, which is no registration's modality).
_MOBILE = re.compile(r"(?<![a-z])(dang ky|khai sinh|khai tu|ket hon)( [a-z]+){0,2} luu dong(?![a-z])|mobile (civil )?registration")


def asks_another_modality(procedure: Procedure, question: str) -> bool:
    """The question asks a registration done on the move, which the procedure's name is not."""
    return "luu dong" not in fold(procedure.name) and bool(_MOBILE.search(fold(question)))


def contradicts_first_time(procedure: Procedure, question: str) -> bool:
    return "lan dau" in fold(procedure.name) and bool(_NOT_FIRST.search(fold(question)))


# What is done to a paper already issued: reported lost, issued again, exchanged, extended, revoked, mended.
_ON_AN_ISSUED_PAPER = {"trinh bao", "cap lai", "cap doi", "doi", "gia han", "thu hoi", "huy", "xoa", "dieu chinh",
                       "dinh chinh", "dang ky lai"}
# Asking for the first issue: "làm hộ chiếu lần đầu", "my first ID card".
_FIRST_ISSUE = re.compile(r"(?<![a-z])(lan dau|(for )?the first time|my first)(?![a-z])")


# A first issue the story tells as past: "sổ hồng cấp lần đầu năm 2019", "đã được cấp lần đầu": the paper exists.
_FIRST_ISSUE_TOLD = re.compile(r"(?<![a-z])(da (duoc )?(cap|lam) lan dau|(cap|lam) lan dau (vao |tu )?nam (19|20)\d\d"
                               # a state told of the paper issued ("sổ đỏ cấp lần đầu bị ghi sai tên")
                               r"|(cap|lam) lan dau (bi|da|van|nhung|ghi)"
                               r"|(was|were) (first )?issued( [a-z]+){0,2} ((for )?the first time|first))(?![a-z])")


def contradicts_first_issue(procedure: Procedure, question: str) -> bool:
    """A first issue asked ("làm hộ chiếu phổ thông lần đầu") of a procedure done to a paper already issued
    ("Trình báo mất hộ chiếu", "Cấp lại …", "Đổi …"); not one the story tells as done."""
    asked = _FIRST_ISSUE_TOLD.sub(" ", fold(question))
    return leading_action(fold(procedure.name)) in _ON_AN_ISSUED_PAPER and bool(_FIRST_ISSUE.search(asked))


# A land title the story says is held ("đã có sổ hồng", "vẫn có sổ đỏ"), not one lacking ("chưa có sổ").
_LAND_TITLE_HELD = re.compile(r"(?<![a-z])(da|van|dang) co (so hong|so do|giay chung nhan quyen su dung dat)(?![a-z])")


_ASSET_ADDED = re.compile(r"(?<![a-z])(dang ky|bo sung|them|dua|ghi|cap nhat)( them)? (can nha|nha o|nha|tai san)\b(?: [a-z]+){0,4}"
                          r" (vao|len|tren) (so|giay chung nhan)(?![a-z])")


def contradicts_a_title_held(procedure: Procedure, question: str) -> bool:
    """A land title issued the first time ("Đăng ký đất đai, cấp Giấy chứng nhận … lần đầu") is no answer to one who
    holds it already ("đã có sổ hồng, giờ định xây nhà"): what they ask is done with, or beside, the title."""
    title, asked = fold(procedure.title), fold(question)
    # (A house added to the title is its first registration as an asset attached to the land.)
    return "lan dau" in title and "quyen su dung dat" in title and bool(_LAND_TITLE_HELD.search(asked)) \
        and not _ASSET_ADDED.search(asked)


# Signs that an event was registered before: the paper or register lost or spoiled, a year long past,
# "again" ("đăng ký lại"): what a re-registration ("Đăng ký lại …") requires.
_REGISTERED_BEFORE = re.compile(
    r"(?<![a-z])(lai|mat|that lac|hu hong|hong|chay|rach|mo|da dang ky|da lam|da duoc|truoc day|tu nam|nam (19|20)\d\d"
    r"|khong con|khong tim thay|so goc|so ho tich|ban chinh|luu tru|again|lost|re-?regist\w*|previously|before"
    r"|destroyed|damaged|was registered|were registered)(?![a-z])")


def contradicts_registering_again(procedure: Procedure, question: str) -> bool:
    """A re-registration ("Đăng ký lại việc nuôi con nuôi") asked for with no sign of an earlier
    registration: "thủ tục nhận con nuôi trong nước" is the first registration, which it is not."""
    return fold(procedure.name).startswith("dang ky lai") and not _REGISTERED_BEFORE.search(fold(question))


# A birth already registered: the child has a birth certificate, perhaps with the father's part left
# blank ("làm giấy khai sinh cho bé … phần tên cha để trống", "the birth cert has no father name").
_BIRTH_REGISTERED = re.compile(
    r"(?<![a-z])((da|roi) (co|lam|dang ky|duoc cap|khai|lam xong) (giay )?khai sinh|(?<!chua )(?<!khong )co giay khai sinh|khai sinh roi"
    r"|(giay )?khai sinh[^.?!]{0,80}(de trong|bo trong|trong|khong co|chua co|khong ghi|chua ghi) (ten |phan |muc |thong tin )?(ten )?(cha|bo|me)"
    r"|(giay )?khai sinh[^.?!]{0,80}(phan |muc )?(ten |thong tin )?(cha|bo)( [a-z]+){0,2} (de trong|bo trong|trong|chua co|khong co)"
    # a name to be added into the child's birth paper: the paper exists ("bổ sung tên vào giấy khai sinh con")
    r"|(bo sung|them|ghi them|dien them)( ten| thong tin)?( cha| bo| me| minh)? vao (giay )?khai sinh( cua)? (con|be|chau)"
    r"|already (has|have|had) (a |her |his |the )?birth cert\w*|birth cert\w* (has|had|shows) no (father|mother)"
    r"|no (father|mother)'?s? name on (the|her|his) birth cert\w*"
    r"|(was|were|has been|got) registered without (a |the |his |her |any )?(father|dad|mother|mom)('?s name)?)(?![a-z])")


def contradicts_birth_registered(procedure: Procedure, question: str) -> bool:
    """Registering a birth ("Đăng ký khai sinh", "… kết hợp nhận cha, mẹ, con") asked of a child whose birth
    is registered already: a father added later is his recognition ("Đăng ký nhận cha, mẹ, con")."""
    name = fold(procedure.name)
    return name.startswith("dang ky khai sinh") and bool(_BIRTH_REGISTERED.search(fold(question)))


# A matter "trong nước" (at home) is none done abroad ("… đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài").
_AT_HOME = re.compile(r"(?<![a-z])(trong nuoc|domestic)(?![a-z])")
# A past act abroad that a procedure records: "… đã được giải quyết tại cơ quan có thẩm quyền của nước
# ngoài", "… đã đăng ký ở nước ngoài"; not a branch "ở nước ngoài" a cooperative opens.
_RECORDS_AN_ACT_ABROAD = re.compile(r"(?<![a-z])(giai quyet|dang ky|lam) (tai|o) (co quan co tham quyen cua )?nuoc ngoai(?![a-z])")
# Recording an act done abroad is what "ghi chú" means in civil status.
_RECORDING = re.compile(r"(?<![a-z])ghi chu(?![a-z])")


# Where a person lives ("công dân Việt Nam định cư ở nước ngoài", "Việt kiều") places no act abroad.
_LIVES_ABROAD = re.compile(r"(?<![a-z])((dinh cu|sinh song|cu tru|lam viec|hoc tap)( (o|tai|ben))? nuoc ngoai|(dang|hien) o nuoc ngoai"
                           r"|viet kieu)(?![a-z])")


def abroad_unsaid(procedure: Procedure, question: str) -> bool:
    """A matter done abroad ("… đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài") that the
    question (as written) never places abroad, or places at home ("nhận con nuôi trong nước")."""
    if not _RECORDS_AN_ACT_ABROAD.search(fold(procedure.name)):
        return False
    text = _without_where_one_lives(question)
    asked = " ".join([fold(text), *map(fold, expansions_of(text))])  # "married in Korea": the country named
    return bool(_AT_HOME.search(asked)) or not (QUALIFIERS["yeu to nuoc ngoai"].search(asked) or _RECORDING.search(asked))


def _without_where_one_lives(question: str) -> str:
    """The question without the phrases placing a person abroad, cut from the text as written where
    folding keeps each letter's place (composed Unicode), else from the folded text."""
    question = nfc(question)
    folded = fold(question)
    if len(folded) != len(question):
        return _LIVES_ABROAD.sub(" ", folded)
    for match in reversed(list(_LIVES_ABROAD.finditer(folded))):
        question = question[:match.start()] + " " + question[match.end():]
    return question


# A bound the question puts on the person ("cho trẻ dưới 14 tuổi", "under 14 years old"): younger than it.
_UNDER = re.compile(r"(?<![a-z])(?:duoi|chua du|under|below|younger than) (\d{1,2})(?: tuoi\b|(?:-| )?(?:year|yr)s?\b)")


def ages_in(question: str) -> list[int]:
    """Children's ages the question states. An adult's ("I'm 64, a grandfather of a 10-day-old
    baby") is usually the asker's, not that of the person the procedure is for. A child "dưới 14
    tuổi" is at most 13."""
    folded = fold(question)
    stated = [int(a or b) for a, b in _AGE.findall(folded)] + [int(n) - 1 for n in _UNDER.findall(folded)]
    return [age for age in stated if 0 <= age < 18]


def fits_age(procedure: Procedure, ages: list[int]) -> bool:
    """False when the question gives an age the procedure's name excludes ("12 tuổi" for a card
    issued from 14)."""
    if not ages:
        return True
    name = fold(procedure.title)
    minimum = [int(a or b) for a, b in _MIN_AGE.findall(name)]
    maximum = [int(a or b) for a, b in _MAX_AGE.findall(name)]
    return all((not minimum or age >= max(minimum)) and (not maximum or age < min(maximum)) for age in ages)


def has_age_bound(procedure: Procedure) -> bool:
    name = fold(procedure.title)
    return bool(_MIN_AGE.search(name) or _MAX_AGE.search(name))


def unsignalled_qualifiers(procedure: Procedure, question: str) -> list[str]:
    """The restrictions in the procedure's name that nothing in the question points to."""
    name, asked = fold(procedure.name), fold(question)
    return [q for q, signal in QUALIFIERS.items() if q in name and not signal.search(asked)]


# Who the person is (an organisation, a neighbouring country's child) restricts a procedure whatever
# else the index holds; where one lives or how one files restricts only beside a plainer procedure
# (see `Neighbours.fits`).
ALWAYS_RESTRICTS = {"nuoc lang gieng", "cho co quan, to chuc", "doi voi to chuc", "cho can bo, cong chuc",
                    "luc luong tham gia bao ve an ninh, trat tu", "nguoi duoc huy dong, nguoi tham gia phong chay",
                    "ra nuoc ngoai de dinh cu", "doi voi can bo xa", "doi voi nha giao",
                    "chap hanh xong hinh phat tu", "nguoi huong da chet", "hoa giai vien"}

# "Foreign" is said of many stories that want the domestic procedure (a returning emigrant's
# residence), and leaving to settle abroad of stories that want someone to collect a pension meanwhile;
# the variant families decide it (`_pick_variant`), not this preference.
BROAD = {"yeu to nuoc ngoai", "nguoi nuoc ngoai", "ra nuoc ngoai de dinh cu"}


# Said of the case to prefer a procedure so restricted, more than its restriction allows: any foreigner
# may be a neighbouring country's citizen (so a border procedure fits), but only the neighbour named
# ("người Lào", "nước láng giềng") makes the border procedure the one asked.
_NAMED_EXACTLY = {
    "nuoc lang gieng": re.compile(_NEIGHBOURS),
    # A foreigner as the one who stays or rents here, the subject of the sentence ("tôi là người nước
    # ngoài", "chồng tôi là người nước ngoài" coming to stay, "khách nước ngoài thuê phòng", "as a
    # foreigner"): not one the asker works for or lives with ("giúp việc cho người nước ngoài"), nor a
    # foreign country or paper in a story. Vietnam's residence law registers citizens; a foreigner's stay
    # is declared on its own form.
    "nguoi nuoc ngoai": re.compile(
        r"((?:^|(?<=[.,;:!?] ))(toi|em|minh|chung toi|vo toi|chong toi) (la|cung la) (mot )?nguoi nuoc ngoai"
        r"|(?<![a-z])(i am|i'm|im|as|being|we are|we're) (a |an )?(foreigner|foreign (national|citizen|resident|student|worker|employee|teacher)|expat|expatriate)s?"
        r"(?!'s| s )|" + FOREIGNER_STAYING + r")(?![a-z])"),
}
# What the residence law registers of a citizen's stay.
_CITIZENS_STAY = re.compile(r"(?<![a-z])(tam tru|luu tru|thuong tru|tam vang)(?![a-z])")


def a_citizens_stay_for_a_foreigner(procedure: Procedure, question: str) -> bool:
    """A citizen's stay ("Đăng ký tạm trú", "Thông báo lưu trú") asked of a foreigner who stays here: the
    residence law registers citizens; a foreigner's stay is declared on its own form ("Khai báo tạm trú
    cho người nước ngoài")."""
    name = fold(procedure.name)
    return "nuoc ngoai" not in name and _CITIZENS_STAY.search(name) is not None \
        and FOREIGNER_STAYS.search(fold(question)) is not None


def signalled_qualifiers(procedure: Procedure, question: str) -> list[str]:
    """The restrictions in the procedure's name that the question points to: its case exactly."""
    name, asked = fold(procedure.name), fold(question)
    return [q for q, signal in QUALIFIERS.items() if q in name and (q not in BROAD or q in _NAMED_EXACTLY)
            and _NAMED_EXACTLY.get(q, signal).search(asked)]

