"""Which part of a procedure a question asks about: the aspect decides the sections quoted.

Cues are folded phrases matched on word boundaries, Vietnamese and English. A question with no cue
("thủ tục đăng ký khai sinh") gets the overview: the procedure card.
"""
from __future__ import annotations

import re

from .keyword import STOPWORDS
from .text import fold, has_diacritics, tokens

# aspect -> (sections to quote, in order; cue phrases)
ASPECTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fee": (
        ("fee", "channels"),
        ("phi", "le phi", "bao nhieu tien", "het bao nhieu", "mat bao nhieu", "ton bao nhieu", "tien",
         "mien phi", "co mat phi", "thu phi", "gia bao nhieu", "gia tien", "fee", "fees", "cost", "costs", "how much", "charge",
         "price", "pay", "free"),
    ),
    "time_limit": (
        ("time_limit", "channels"),
        ("bao lau", "may ngay", "bao nhieu ngay", "mat bao nhieu ngay", "mat may ngay", "mat bao lau", "mat may hom", "thoi han", "thoi gian",
         "lau khong", "mat may", "trong bao lau", "may hom", "how long", "how many days", "time limit", "duration",
         "processing time", "when will", "days", "take", "turnaround"),
    ),
    "documents": (
        ("documents",),
        ("giay to", "giay gi", "can giay", "ho so gom", "ho so can", "ho so gi", "ho so nhung gi", "ho so ra sao",
         "ho so nhu the nao", "ho so the nao", "thanh phan ho so", "lam ho so", "chuan bi ho so", "bo ho so", "mau nao",
         "theo mau", "mau gi", "which form", "template", "sample form", "consists of", "consist of", "can gi", "co can giay", "can xin giay", "can phai xin giay", "co can mang",
         "co can nop", "co can xuat trinh", "can xuat trinh", "nop gi", "can nop", "nop nhung gi", "can nhung gi", "mang gi", "mang theo", "chuan bi", "thanh phan",
         "can mang", "can co gi", "to khai", "mau don", "documents", "document", "papers", "paperwork",
         "what do i need", "bring", "required",
         # "Do I need a single status certificate to …?": whether a paper is among those to bring
         "do i need a", "do i need an", "do i need my", "do we need a", "do we need an", "do i have to show", "need to prepare", "form", "prepare", "needed",
         "what is needed", "what's needed", "what is required"),
    ),
    "where": (
        # The deciding office, and the steps that say where the dossier is handed in ("nộp hồ sơ cho
        # người sử dụng lao động", "nộp tại Bộ phận một cửa").
        ("agency", "steps"),
        ("o dau", "noi nao", "co quan nao", "nop o", "nop tai", "den dau", "di dau", "cho nao", "where",
         # to whom it is reported or handed in
         "bao cho ai", "bao voi ai", "nop cho ai", "gui cho ai", "lien he ai", "lien he voi ai", "to whom",
         "which office", "who handles", "ai giai quyet", "co quan", "noi nop", "phuong nao", "xa nao",
         "which authority", "which authorities", "which agency", "competent authority", "responsible for",
         "who issues", "who grants", "issued by", "apply at"),
    ),
    "deadline": (
        ("conditions", "steps", "time_limit"),
        ("trong bao lau phai", "phai lam trong", "phai dang ky trong", "phai thong bao", "truoc may gio",
         "han chot", "cham nhat", "tre han", "qua han", "deadline", "by what time", "how soon",
         "within how many days", "must i", "late"),
    ),
    "steps": (
        # "Thủ tục … như thế nào?" needs the form to fill, the papers, the fee, the time it takes and
        # where to go, not only the prose steps: the four things a citizen comes for.
        ("steps", "documents", "fee", "time_limit", "agency"),
        ("trinh tu", "cac buoc", "buoc nao", "nhung buoc", "quy trinh", "lam the nao", "lam sao", "nhu the nao", "the nao",
         "thu tuc gi", "thu tuc nao", "thu tuc ra sao", "thu tuc the nao", "ra sao", "phai lam gi", "can lam gi",
         "lam cach nao", "bang cach nao", "cach nao", "lam the nao de",
         "lam nhung gi", "lam gi", "nhung thu tuc", "what procedure", "what are the procedures", "procedures",
         "huong dan", "cach lam", "how do i", "how to", "how can i", "steps", "process",
         # asked for someone else ("how does my son get …") or in general ("what is the procedure for")
         "how do", "how does", "how can", "how should", "what is the procedure", "what's the procedure",
         "procedure for", "procedure to", "apply for"),
    ),
    "conditions": (
        ("conditions", "applicants"),
        ("dieu kien", "yeu cau", "ai duoc", "doi tuong nao duoc", "doi tuong duoc", "co duoc khong", "duoc khong", "co the", "can I", "can i", "truong hop nao", "eligible", "eligibility",
         "bao nhieu tuoi", "may tuoi", "du tuoi", "how old", "minimum age", "age limit", "old enough", "what age",
         # "… có đúng không?": the citizen checks a rule they heard
         "co dung khong", "co dung hay khong", "dung hay sai", "co that khong", "is it true",
         # "… thì không được đăng ký tiếp nữa hay sao?": whether it is still allowed, asked in doubt (not
         # "công chứng hay sao y")
         "nua hay sao", "roi hay sao",
         "is it possible", "possible to", "allowed to", "may i", "am i allowed",
         # "có cần / có phải / có bắt buộc … không": whether one must, which the conditions answer
         "co can", "co can phai", "co phai", "co bat buoc", "bat buoc phai", "co nhat thiet", "co buoc phai",
         "do i need to", "do i have to", "is it required", "is it mandatory", "in which cases", "what are the cases",
         "compulsory", "obliged", "obligatory", "mandatory",
         # "… khi nào?", "tiêu chuẩn …": in which cases, by which criteria ("khi nào có/nhận" is a time)
         "khi nao", "trong truong hop nao", "tieu chuan", "tieu chi",
         "condition", "conditions", "requirement", "requirements", "who can", "allowed",
         "cases of", "what cases", "which cases", "in what case", "cannot be", "can not be", "can not serve",
         "cannot serve", "qualify", "qualified", "ineligible", "not eligible", "not allowed", "not accepted"),
    ),
    "online": (
        ("channels",),
        ("online", "truc tuyen", "qua mang", "tren mang", "dich vu cong", "qua app", "tren app", "internet",
         "nop qua buu dien", "buu chinh", "from home", "at home",
         # the post, either way: a dossier sent by it, a result sent home ("gửi thẻ về nhà qua bưu điện"), not a post
         # office met in a story ("tôi làm ở bưu điện") nor a child sent home (`_BY_POST`)
         "gui qua buu dien", "qua buu dien duoc", "qua buu dien khong", "bang buu dien", "nho buu dien", "by post",
         "mail it to", "postal service"),
    ),
    # The fine for a breach: a matter of the law on administrative sanctions, which procedure records
    # seldom state; answered only where the procedure's own text speaks of it.
    "penalty": (
        ("conditions", "legal_basis"),
        ("phat bao nhieu", "muc phat", "xu phat", "tien phat", "phat tien", "phat hanh chinh", "bi phat bao nhieu",
         "phat nhu the nao", "phat the nao", "phat ra sao", "bi xu ly the nao", "bi xu ly nhu the nao", "bi xu ly ra sao", "nop phat", "phat den",
         "fine", "fined", "penalty", "penalties"),
    ),
    # A person's rights and duties ("con ngoài giá thú có quyền và nghĩa vụ gì", "chồng có quyền gì"): civil
    # law, which procedure records do not state; answered only where the procedure's own text speaks of them.
    "rights": (
        ("conditions", "legal_basis"),
        ("co quyen gi", "nhung quyen gi", "cac quyen gi", "quyen loi gi", "quyen va nghia vu",
         "quyen , nghia vu", "quyen nghia vu", "rights and obligations", "rights and duties", "what rights",
         # whether an act or a paper is lawful, has legal force ("di chúc viết tay có hợp pháp không", "mua
         # đất giấy tay có giá trị pháp lý không"): a judgement of civil or administrative law, not a part of a
         # procedure ("… có đúng luật không" checks a rule the conditions state)
         "co hop phap khong", "hop phap khong", "hop phap hay khong", "co hop phap", "co duoc coi la hop phap",
         "gia tri phap ly", "hieu luc phap luat", "co trai luat", "co trai phap luat", "trai luat khong", "trai phap luat khong", "co vi pham phap luat",
         "vi pham phap luat khong", "is it legal", "legally valid", "legal validity",
         # who inherits, how an estate is shared
         "ai duoc huong", "ai duoc thua ke", "ai duoc nhan thua ke", "duoc huong thua ke", "huong thua ke nhu the nao",
         "chia thua ke nhu the nao", "chia thua ke the nao", "chia thua ke ra sao", "chia di san nhu the nao",
         "chia tai san nhu the nao", "who inherits"),
    ),
    # How much of a benefit one receives ("được hưởng bao nhiêu % lương", "mức trợ cấp … là bao nhiêu"): set by law
    # and by decisions, which procedure records seldom state; answered only where the record states an amount.
    # Read by `_AMOUNT_RECEIVED` (its one cue keeps the aspect's table whole).
    "amount": (
        ("conditions", "legal_basis"),
        ("muc huong la bao nhieu",),
    ),
    "result": (
        ("result",),
        ("ket qua", "nhan duoc gi", "duoc cap gi", "gia tri", "thoi han su dung", "hieu luc", "result",
         "valid", "what will i get"),
    ),
    "legal_basis": (
        ("legal_basis",),
        ("can cu", "van ban phap luat", "luat nao", "nghi dinh", "thong tu", "quy dinh nao", "legal basis",
         # "… được quy định tại văn bản nào?": which legal document sets it (not "cần những văn bản nào",
         # which asks for papers)
         "quy dinh tai van ban", "quy dinh o van ban", "quy dinh trong van ban", "van ban nao quy dinh",
         "tai van ban nao", "o van ban nao", "which law", "what law", "which legal document", "decree", "regulation"),
    ),
    "applicants": (
        ("applicants",),
        ("doi tuong", "ai phai", "ai co the", "ai lam", "who must", "who needs", "who is"),
    ),
}

OVERVIEW_SECTIONS = ("documents", "fee", "time_limit", "agency", "channels")

# The citizen's own deadline, as Vietnamese asks for it: a time the citizen *must* act within or
# before ("bao lâu thì phải", "trước bao lâu", "hạn là bao lâu", "trước khi hết hạn mấy ngày"), or
# the consequence of having not acted yet ("chưa làm khai sinh … có sao không"). "Mất bao lâu",
# "thời hạn giải quyết" ask instead how long the office takes.
_DEADLINE = re.compile(
    r"(?<![a-z])(?:"
    r"(?<!thoi )(?<!gia )(?<!het )(?<!gioi )(?<!ky )(?<!co )(?<!vo )\bhan\b(?! (che|muc|su dung|han|giai quyet|tra|cua the|cua giay|quoc|xen))"
    r"|(qua|tre|lo|tu) han\b|cham (tre|nhat)|bi phat\b(?! hien| tu\b)|nop phat"
    r"|phai\b[^?.!]{0,40}\b(trong|truoc|sau) (vong |thoi han |khoang )?(bao lau|may ngay|bao nhieu ngay|may thang|may gio|khi nao|han)"
    r"|(bao lau|may ngay|bao nhieu ngay|may thang|may gio|khi nao|bao gio) (thi |la |thi moi |moi |do )?(phai|bat buoc)"
    r"|phai (dang ky|lam|khai|bao|thong bao|nop|di)\b[^?.!]{0,50}\b(la|trong|trong vong|sau|truoc) (bao lau|may ngay|bao nhieu ngay|may thang)"
    r"|truoc (bao lau|may ngay|bao nhieu ngay|may gio|khi het han)|(bao lau|may ngay|bao nhieu ngay) truoc"
    r"|(trong|trong vong|trong thoi han) (bao lau|may ngay|bao nhieu ngay) (phai|ke tu|sau khi|tu khi|tu ngay)"
    r"|chua (lam|dang ky|khai|bao|thong bao|nop|di lam|di dang ky)\b[^?.!]{0,80}\b(co sao|co sao khong|bi phat|co bi|con kip|qua han|tre han)"
    # an event and the time since it ("bố mất được một tuần rồi", "bé sinh đã hai tháng"): the citizen
    # asks whether they are still within their deadline
    r"|(sinh|mat|chet|qua doi|chuyen den|chuyen ve|den o|het han)\b[^?.!]{0,25}\b(duoc|da|nay da|cung da)\s+(\d+|mot|hai|ba|bon|nam|sau|bay|vai|may) (ngay|tuan|thang|nam)\b"
    # how long after a life event one acts ("bao lâu sau khi sinh thì làm giấy khai sinh"), not after filing
    r"|(bao lau|may ngay|bao nhieu ngay|may thang) (sau khi|ke tu khi|tu khi|ke tu luc) ([a-z]+ )?(sinh|mat|chet|qua doi|tu vong|chuyen den|chuyen ve|den o)\b"
    # within how long a loss or a guest is to be reported ("mất thẻ thì báo công an trong bao lâu"), not how
    # long the office takes once it is ("… trong bao lâu thì có")
    r"|(trinh bao|khai bao|thong bao|bao(?! (lau|nhieu|gio|hiem|tri|ve|cao)))\b[^?.!]{0,40}\b(trong|trong vong|trong thoi han)"
    r" (bao lau|may ngay|may gio|bao nhieu ngay|bao nhieu gio)(?! (thi |moi )?(co|xong|duoc|nhan|lay))"
    # in English, when the citizen must act ("when do I have to notify the police?"), not when a paper comes
    r"|when (do|must|should|shall) (i|we|you|they) (have to |need to )?(notify|report|register|declare|inform|file|tell)\b"
    r"|how soon|by when|within how many|how long do i have|how many days do i have|too late|late registration"
    r"|before it expires|before (the )?expiry|how (many days|long) before"
    r")"
)


# A deadline cue that only says the case is late, and cues of the time the office takes.
_LATENESS_ONLY = re.compile(r"qua han|tre han|late")
_TIME_TAKEN = re.compile(r"(?<![a-z])(mat (bao lau|may ngay|bao nhieu ngay|may hom)|how long does|take[s]?\b|how many days (for|does|to get))(?![a-z])")


def _pattern(cues: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")(?![a-z0-9])")


_PATTERNS = {aspect: _pattern(cues) for aspect, (_, cues) in ASPECTS.items()}


# Where a message's questions are: sentences ending in "?", and lines or clauses that open with a
# request to know ("cho tôi hỏi", "xin hỏi", "tôi muốn biết"). A letter that tells a story first
# ("Tôi đã nộp hồ sơ ở phường…") must not have its story read as questions.
_PART_END = re.compile(r"(?<=[?!;\n])|(?<=\.)(?!\d)")  # "2.000 đồng" is not the end of a sentence
_ASKING = re.compile(
    r"^\W*(\d+[.)/]\s*)?(xin hoi|cho (toi|em|minh|chau|con) hoi|toi muon hoi|em muon hoi|xin cho biet|vui long cho biet"
    r"|nho (ban|anh|chi)|hoi|the thi|neu vay"
    # a request for advice opens one too: "Nhờ tư vấn về giấy tờ cần có khi đăng ký kết hôn."
    r"|(nho|xin|mong|can|de nghi)( duoc)? (tu van|huong dan|giai dap|giai thich))\b"
)
# English opens a question with its auxiliary; folded Vietnamese words look the same ("Đó" is "do"),
# so these count only when the part's first word is written without Vietnamese marks.
_ASKING_EN = re.compile(r"^\W*(\d+[.)/]\s*)?(please|could you|can you|what|how|where|when|which|who|is|are|do|does|can)\b")


# "When researching the rules, I found …", "When I went to the ward, …": a clause, not a question.
_CLAUSE_EN = re.compile(r"^\W*(when|where|how|what|which|who)\s+(i|we|you|he|she|they|my|our|his|her|their|\w+ing)\b")


def _opens_a_question(part: str) -> bool:
    folded = fold(part)
    first = part.split()[0] if part.split() else ""
    english = not has_diacritics(first) and _ASKING_EN.match(folded) and not _CLAUSE_EN.match(folded)
    return bool(_ASKING.match(folded) or english)


# Filing away from where one lives: "tôi ở phường khác", "hộ khẩu ở tỉnh", "trái tuyến", "nộp ở đâu
# cũng được", "I live in another ward". Answered by the local guidance on filing regardless of
# administrative boundaries, beside the procedure asked about.
_ELSEWHERE = re.compile(
    r"(?<![a-z])(?:"
    r"(phuong|xa|quan|huyen|tinh|thanh pho|noi|dia phuong|dia ban|que) khac|khac (phuong|xa|quan|tinh|dia ban|noi cu tru)"
    r"|trai tuyen|khong (phai |dung )?(noi|phuong|xa|dia phuong) (minh |toi |em )?(o|song|cu tru|thuong tru|tam tru|co ho khau)"
    r"|khong (o|song|cu tru|thuong tru|tam tru) (tai |o )?(day|phuong nay|xa nay|dia phuong nay)"
    r"|(ho khau|thuong tru|que|cu tru) (o|tai) (tinh|que|quan|huyen|ngoai)|o dau cung duoc|noi nao cung duoc|bat ky (phuong|xa|dau|noi)"
    # "công an cấp xã bất kỳ", "công an phường nào cũng được"
    r"|(phuong|xa|cong an|uy ban|ubnd)( cap (xa|phuong))? (bat ky|nao cung (duoc|nhan|lam))"
    r"|(another|different|other|any) (ward|commune|district|province|city)|where i (do not|don'?t) live|not where i live|outside my (ward|district|province)"
    # going back to one's hometown, or filing where one only stays temporarily
    r"|(phai|co phai|bat buoc) (ve|quay ve) (que|noi thuong tru|noi co ho khau|dia phuong|tinh)|ve que (lam|nop|dang ky)"
    r"|(phai|co phai|bat buoc) (ve|quay ve|quay lai)(?: [a-z]+){1,4} (de )?(lam|doi|cap|dang ky|nop|xin)\b"
    r"|(nguoi |dang |noi )?tam tru (co )?(duoc |the )?(lam|nop|dang ky|xin|cap)|(tai|o) noi (dang )?tam tru"
    r"|at (my|their|his|her|the) (place of )?temporary residence|(back|return) to (my )?(hometown|home province)"
    # not resident here: no household registration here, away from one's registered place, at work
    r"|(khong|chua) (co )?(ho khau|thuong tru|dang ky thuong tru|cu tru) (o|tai) (day|phuong nay|xa nay|dia phuong|thanh pho|tp)"
    r"|(khac|ngoai|xa) noi (thuong tru|cu tru|dang ky|co ho khau|o)|khong cung dia ban|khong phai nguoi (dia phuong|o day|phuong nay)"
    r"|(ho khau|thuong tru)( cua)?( (toi|em|minh|nha toi|gia dinh toi))? (o|tai|van o) (que|tinh|ngoai|mien)"
    r"|noi (dang |minh |toi |em )?(sinh song|lam viec|tam tru|o hien tai|dang o)"
    r"|where i (work|am staying|stay)|not registered (here|in this)|in (another|a different) (city|province|ward)"
    r")"
)


# When the office is open, asked of the office: the office named ("phường", "công an phường", "ward office"), a verb
# of receiving ("làm việc", "nhận hồ sơ", "mở cửa", "open") and a day or an hour ("thứ Bảy", "cuối tuần", "mấy giờ",
# "on Saturday"); or its hours named as such ("giờ làm việc", "opening hours"). A day told of an event ("sinh vào
# thứ Bảy", "mất sáng chủ nhật") asks nothing of the office, nor a shop's closing nor "hình chữ nhật".
_OFFICE = (r"(phuong|xa|ubnd|uy ban|cong an|trung tam|bo phan mot cua|mot cua|co quan|can bo|ward|office|police|they|you)")
_RECEIVES = r"(lam viec|nhan (ho so|giay to)|tiep nhan|mo cua(?! hang)|tiep dan|truc|open|opens|closed|take|takes|accept|accepts|work|works)"
# A day of the week as a day ("vào thứ Bảy", "sáng thứ 7"), not an ordinal ("con thứ ba", "lần thứ hai", "thứ tự");
# an hour asked, not a duration ("mất mấy giờ").
_WHEN_ASKED = (r"((vao|sang|chieu|trua|toi|cac|hom|ngay|tu|den|moi) thu (hai|ba|nam|sau|bay|2|3|4|5|6|7)|chu nhat|cuoi tuan|ngay le"
               r"|buoi (sang|chieu|trua)|(?<!mat )may gio|gio nao"
               r"|saturdays?|sundays?|weekends?|(which|what) days?|what time)")
_HOURS = r"(gio (lam viec|mo cua|dong cua|tiep nhan)|lich lam viec|opening hours|office hours|working hours|business hours)"
_OFFICE_HOURS = re.compile(
    rf"(?<![a-z])({_HOURS}\b(?: [a-z']+){{0,1}} {_OFFICE}|{_OFFICE}\b(?: [a-z']+){{0,4}} {_HOURS}"
    rf"|{_OFFICE}\b(?: [a-z']+){{0,4}} {_RECEIVES}\b[^.?!]{{0,40}}\b{_WHEN_ASKED}"
    rf"|{_OFFICE}\b(?: [a-z']+){{0,4}} {_RECEIVES} (cac )?thu (hai|ba|tu|nam|sau|bay|2|3|4|5|6|7)"
    rf"|{_WHEN_ASKED}\b[^.?!]{{0,40}}\b{_OFFICE}\b(?: [a-z']+){{0,4}} {_RECEIVES})(?![a-z])")


def asks_office_hours(question: str) -> bool:
    """Whether a question of the message asks when the office receives citizens: the ward's hours guide
    answers that, whatever procedure the question names on the way ("có nhận hồ sơ căn cước vào thứ Bảy không")."""
    return any(_OFFICE_HOURS.search(fold(part)) for part in asking_parts(question))


def asks_elsewhere(question: str) -> bool:
    """Whether the citizen asks about filing away from their place of residence: in a question of
    the message, not in its story ("tôi chuyển sang tỉnh khác sinh sống" tells where one moved)."""
    return any(_ELSEWHERE.search(fold(part)) for part in asking_parts(question))


# A question typed without its "?": Vietnamese asks with a question word ("cơ quan nào", "giấy tờ gì",
# "ở đâu", "bao lâu", "thế nào", "có … không"). "Đâu" folds like "đầu" (lần đầu), so only in its phrases.
_INTERROGATIVE = re.compile(
    r"(?<![a-z])(nao|gi|bao nhieu|bao lau|may ngay|the nao|ra sao|lam sao|tai sao|vi sao|hay khong|hay chua|duoc khong"
    r"|phai khong|(o|den|tai|di|nop o|lam o) dau|khong|ko|chua)(?![a-z])\W*$|(?<![a-z])(nao|gi|bao nhieu|bao lau|the nao|ra sao)(?![a-z])"
    # "A hay B vậy ạ": a choice between two asked, closed by "vậy" or "nhỉ" ("thế" would be "thẻ" unmarked)
    r"|(?<![a-z])hay (la |van |con )?[^.?!]*(?<![a-z])(vay|nhi)( a| ha)?\W*$")


def asking_parts(question: str) -> list[str]:
    """The parts of a message that ask something; the whole message when none stands out."""
    parts = [p.strip() for p in _PART_END.split(question) if p.strip(" \n.!;")]
    # A question mark on its own line after a long story is still a question; but with no marked
    # question at all (a note typed without "?"), every part may be one.
    return _marked_questions(parts) or parts or [question]


# The writer's own wish to have a procedure done: "Chúng tôi muốn đăng ký kết hôn tại phường …" is asked
# as much as the questions after it ("giấy tờ gì, bao lâu, lệ phí?"), which it gives their topic.
# The subject may be left out after the story's clause that names it ("Tôi ly hôn năm 2020, giờ muốn xin …").
_WISH = re.compile(r"(?<![a-z])(toi|em|minh|chung toi|chung em|vo chong toi|gia dinh toi|(?<=, )(?:gio|bay gio|nay))( rat| dang| cung| van)?"
                   r" (muon|dinh|du dinh|can) (di |duoc )?(dang ky|lam|xin|cap|chung thuc|khai bao|khai|tach|nhap|chuyen)(?![a-z])"
                   # the subject left out after the story's clause: "tôi thuê mặt bằng …, muốn đăng ký hộ kinh doanh"
                   r"|(?<=, )(muon|dinh|du dinh) (di |duoc )?(dang ky|lam|xin|cap|chung thuc|khai bao|khai|tach|nhap|chuyen)(?![a-z])"
                   # or the paper the writer now needs: "… muốn tái hôn nên cần giấy xác nhận tình trạng hôn nhân"
                   r"|(?<![a-z])(nen|nay|gio|bay gio) (toi |em |minh )?(dang |van )?can (co |xin |lam |cap )?(giay|trich luc|ban sao)(?![a-z])")


def is_a_wish(part: str) -> bool:
    """Whether a part of a message states what its writer wants done ("tôi muốn đăng ký …", "em định làm …")."""
    return _WISH.search(fold(part)) is not None


def questions_proper(question: str) -> list[str]:
    """The parts that ask in so many words, without the writer's wish stated beside them."""
    return [part for part in asking_parts(question) if part.endswith("?") or not is_a_wish(part)]


def _marked_questions(parts: list[str]) -> list[str]:
    asked = []
    for index, part in enumerate(parts):
        if part.endswith("?") or _opens_a_question(part) or _INTERROGATIVE.search(fold(part)):
            if index and _CLAIM_CHECK.match(fold(part)):
                asked.append(parts[index - 1])  # "Is that true?" asks about the claim just made
            asked.append(_from_opener(part))
    if asked:
        wishes = [part for part in parts if _WISH.search(fold(part))]
        asked = [part for part in parts if part in wishes] + asked
    return list(dict.fromkeys(asked))


# A question that only checks the claim before it: "… thì rẻ hơn. Is that true?", "… Có đúng không?"
_CLAIM_CHECK = re.compile(r"\W*(is (that|it|this) (true|right|correct|so)|(dieu (do|nay) |nhu vay |vay )?(co )?(dung|phai|that)"
                          r" (khong|hay sai|hay khong)|co phai (vay|the|nhu vay) khong|right|true)\W*$")


# Words that make a message without "?" a request all the same: "tôi muốn…", "cần…", "xin…", "how…".
# Typed with marks, they are read with them: "ngày nhỏ" is not "nhờ", "cán bộ" not "cần".
_REQUEST_VI = ("muốn", "cần", "xin", "hỏi", "nhờ", "giúp", "tư vấn", "hướng dẫn", "làm sao", "thế nào", "ra sao", "thủ tục")
_REQUEST_MARKED = re.compile(r"(?<!\w)(" + "|".join(_REQUEST_VI) + r")(?!\w)")
_REQUEST_FOLDED = re.compile(r"(?<![a-z])(" + "|".join(fold(w) for w in _REQUEST_VI) + r")(?![a-z])")
_REQUEST_EN = re.compile(r"(?<![a-z])(please|want|need|would like|how|what|where|when|can i|could"
                         r"|(not sure|unsure|wonder|wondering) (if|whether))(?![a-z])")


# In a letter, its writer's request: the story's "hỏi lại thì bị yêu cầu", "cần phải", "làm thủ tục" are none.
_LETTER_REQUEST = re.compile(
    r"(?<![a-z])((toi|em|minh|chung toi|chau|con)( rat| dang| van)? (muon|can|xin|nho|hoi|mong)|xin (hoi|cho|duoc|tu van|huong dan)"
    r"|cho (toi|em|minh|chau|con) (hoi|biet)|(xin|mong|can|nho|de nghi)( [a-z]+){0,3} (tu van|huong dan|giai dap|giai thich|lam ro|giup)"
    # what the writer does not understand is what they ask ("chỗ tôi không hiểu là … hay là …")
    r"|(toi|em|minh|chau|con) (van )?(khong|chua) (hieu|ro)|thac mac"
    r"|giup (toi|em|minh|chau|voi)|lam sao|the nao|ra sao)(?![a-z])")


def _requests(message: str) -> bool:
    folded = fold(message)
    if is_letter(message):
        return bool(_LETTER_REQUEST.search(folded) or _REQUEST_EN.search(folded))
    vietnamese = _REQUEST_MARKED.search(message.lower()) if has_diacritics(message) else _REQUEST_FOLDED.search(folded)
    return bool(vietnamese or _REQUEST_EN.search(folded))


# Shorter messages without a question are topics typed as a search ("đăng ký tạm trú cho người thuê").
STATEMENT_MIN_WORDS = 13
# A message this long is a letter, not a topic typed as a search: without a question it asks nothing.
STATEMENT_LETTER_WORDS = 3 * STATEMENT_MIN_WORDS


def is_letter(message: str) -> bool:
    """Whether a message is long enough to be a letter (a story, its writer's requests), not a topic
    typed as a search."""
    return len(message.split()) >= STATEMENT_LETTER_WORDS


def asks_nothing(question: str, aspects: list[str]) -> bool:
    """A message of some length that asks nothing and requests nothing (no question, no aspect among
    its `detect_aspects`): a rant, a story without its question, an advertisement. Answering it with
    a procedure would be a guess."""
    parts = [p.strip() for p in _PART_END.split(question) if p.strip(" \n.!;")]
    # In a letter that never asks ("… chờ đợi quá lâu, mất thời gian, công sức"), an aspect's words are
    # the story's.
    return (len(question.split()) >= STATEMENT_MIN_WORDS and (not aspects or is_letter(question))
            and not _marked_questions(parts) and not _requests(question))


# "Để thực hiện giao dịch về nhà đất, xin hỏi tôi có phải …?": the question starts at its opener.
_OPENER = re.compile(r",\s*(xin hoi|cho (toi|em|minh|chau|con) hoi|toi muon hoi|em muon hoi|vay|vay thi|xin cho biet)\b")


def _from_opener(part: str) -> str:
    openers = list(_OPENER.finditer(fold(part)))
    return part[openers[-1].start() + 1:].strip() if openers else part


# A letter's only request, for advice on its case: "Nhờ luật sư tư vấn giúp.", "Mong được giải đáp." (to be
# guided, "hướng dẫn", asks how it is done: the steps)
_ADVICE_ONLY = re.compile(r"(?<![a-z])(nho|xin|mong|can|de nghi)( duoc)?( [a-z]+){0,3} (tu van|giai dap)( giup| cho)?"
                          r"( (toi|em|minh|chau|con|gia dinh toi))?( voi| a| nhe)?\W*$")
# Advised on a procedure, a citizen needs its papers and fee beside what the story's case is allowed.
ADVICE_ASPECTS = ["conditions", "documents", "fee"]


# Words whose marks make them no aspect's cue once folded: the adverb "hẳn" ("chuyển hẳn về quê", for
# good) is no "hạn" (a deadline).
_FOLDS_TO_A_CUE = re.compile(r"(?<!\w)hẳn(?!\w)", re.IGNORECASE)


def detect_aspects(question: str) -> list[str]:
    """Aspects asked about, in the order they are asked, from every question of the message."""
    question = _FOLDS_TO_A_CUE.sub("luôn", question)
    sentences = [p.strip() for p in _PART_END.split(question) if p.strip(" \n.!;")]
    advice = [sentence for sentence in sentences if _ADVICE_ONLY.search(fold(sentence))]
    if is_letter(question) and advice and advice[-1] == sentences[-1] and set(_marked_questions(sentences)) <= set(advice):
        # "… Nhờ luật sư tư vấn giúp.": a letter that asks only for advice asks how its case is done
        return list(ADVICE_ASPECTS)
    aspects: list[str] = []
    parts = asking_parts(question)
    for part in parts:
        found = _aspects_of(part)
        if not found and len(parts) > 1 and _BARE_PROCEDURE.match(fold(part)):
            # "Có được đăng ký lưu động không? Thủ tục đăng ký lưu động?": beside another question, one
            # that only names the procedure asks how it is done, as "thủ tục … thế nào?" does.
            found = ["steps"]
        for aspect in found:
            if aspect not in aspects:
                aspects.append(aspect)
    return aspects


# How long the citizen has lived somewhere before something is allowed: "ở bao lâu thì", "tạm trú bao lâu mới".
_STAY_BEFORE = re.compile(r"(?<![a-z])(o|song|cu tru|tam tru|thuong tru|o tro|o thue|o nho|thue nha)( o day| tai day)?( trong)?"
                          r" (bao lau|may nam|bao nhieu nam|bao nhieu thang) (thi|moi)(?![a-z])")
# A question that opens by naming a procedure ("Thủ tục …?", "Trình tự …?") and asks nothing else of it.
_BARE_PROCEDURE = re.compile(r"\W*(thu tuc|trinh tu|quy trinh)(?![a-z])")


def _aspects_of(question: str) -> list[str]:
    """Aspects one question asks about, in the order they appear in it."""
    # Money the citizen receives or pays elsewhere ("tiền viện phí", "trợ cấp", "lương hưu") is the
    # subject of the question, not the procedure's fee: blanked (same length) before the cues are read.
    folded = _NOT_A_FEE.sub(lambda m: " " * len(m.group(0)), fold(question))
    # "đã hết thời hạn hưởng trợ cấp", "còn thời hạn": a paper's or a benefit's state, no time asked.
    folded = _A_STATE_OF_VALIDITY.sub(lambda m: " " * len(m.group(0)), folded)
    # "có cần xin giấy phép không" asks whether a permit is needed, not for papers ("cần xin giấy gì").
    folded = re.sub(r"(?<![a-z])giay phep(?![a-z])", "phep", folded)
    # "hồ sơ / người / phiếu yêu cầu" is the request and the requester ("đề nghị"), no requirement.
    folded = re.sub(r"(?<![a-z])(ho so|nguoi|phieu|don|to khai|van ban) yeu cau(?![a-z])", r"\1 de nghi", folded)
    found = []
    for aspect, pattern in _PATTERNS.items():
        match = pattern.search(folded)
        if match:
            found.append((match.start(), aspect))
    for aspect, pattern in _PHRASINGS:
        match = pattern.search(folded)
        if match and aspect not in {a for _, a in found}:
            found.append((match.start(), aspect))
    aspects = [a for _, a in sorted(found)]
    if "documents" in aspects and _IS_IT_REQUIRED.search(folded) and not _PAPERS_EN.search(folded):
        # "Is temporary residence registration required?" asks whether one must, not which papers
        aspects = list(dict.fromkeys("conditions" if a == "documents" else a for a in aspects))
    if "conditions" in aspects and "documents" not in aspects and _LACKS_A_PAPER.search(folded):
        # "Không có sổ hộ khẩu có được đăng ký kết hôn không?": whether a paper one lacks is needed is
        # read from the papers the procedure takes.
        aspects.append("documents")
    # "lệ phí bao lâu" is unusual; "bao nhiêu" with a time word is a duration, not a fee. In English "how much"
    # beside "how many days" asks both ("how much to get a new one and how many days?"), unless of time.
    if "time_limit" in aspects and "fee" in aspects and not re.search(r"(?<![a-z])(phi|fee|tien|cost)", folded) \
            and not re.search(r"(?<![a-z])how much(?! (time|longer))", folded):
        aspects.remove("fee")
    if "deadline" in aspects and "time_limit" in aspects:
        cues = [m.group(0) for pattern in (_PATTERNS["deadline"], *(p for a, p in _PHRASINGS if a == "deadline"))
                for m in pattern.finditer(folded)]
        if cues and all(_LATENESS_ONLY.fullmatch(c) for c in cues) and _TIME_TAKEN.search(folded):
            # "khai sinh quá hạn mất mấy ngày", "how long does late registration take": the case is a late
            # one, the question the time the office takes
            aspects.remove("deadline")
        else:
            aspects.remove("time_limit")  # "trong bao lâu phải làm" asks for the citizen's deadline
    if "time_limit" in aspects and "deadline" not in aspects and _TIME_TO_ACT.search(folded):
        # "Thời hạn đăng ký khai sinh là bao lâu?", "thời hạn khởi công": the time the citizen has to act
        # is meant as often as the office's; both are answered, each labelled
        aspects.append("deadline")
    if "rights" not in aspects and _A_RIGHT_LOST_OR_CUSTODY.search(folded) and not re.search(r"(?<![a-z])giam ho(?![a-z])", folded):
        # Whether an act done lost someone a right, who raises a child after a divorce: family law, a court's to
        # settle ("đổi họ cho con có làm mất quyền thừa kế không", "ly dị thì tôi có được nuôi con không"); not an
        # adoption ("được nuôi con nuôi"), nor a benefit or land use one keeps ("mất quyền lợi bảo hiểm").
        aspects.append("rights")
    if "amount" not in aspects and _asks_an_amount_received(fold(question)):
        # How much of a benefit one gets ("được hưởng bao nhiêu % lương", "mức trợ cấp hằng tháng là bao nhiêu"):
        # no fee unless one is named ("được hỗ trợ bao nhiêu tiền" is money received), and no cue kept out of the
        # search (the benefit named finds its procedure).
        aspects = [a for a in aspects if a != "fee" or re.search(r"(?<![a-z])(le phi|phi|fee)(?![a-z])", folded)] + ["amount"]
    if "penalty" in aspects and "fee" in aspects:
        aspects.remove("fee")  # "phạt bao nhiêu tiền" asks for the fine, not the fee
    if "conditions" in aspects and "steps" in aspects and _PERMISSION_TO_APPLY.search(folded):
        aspects.remove("steps")  # "am I allowed to apply for …" asks whether, not how
    if "conditions" in aspects and len(aspects) > 1 and not _EXPLICIT_CONDITIONS.search(folded):
        aspects.remove("conditions")  # "nộp online được không" asks about the channel, not eligibility
    if "time_limit" in aspects and _STAY_BEFORE.search(folded):
        # "Tạm trú bao lâu thì được đăng ký thường trú?": how long one must live somewhere first is a
        # condition of the procedure, not the time its office takes
        aspects = list(dict.fromkeys("conditions" if a == "time_limit" else a for a in aspects))
    steps = _PATTERNS["steps"].search(folded)
    if "steps" in aspects and len(aspects) > 1 and steps and re.match(r"\s*(de|thi moi|moi)\b", folded[steps.end():]) \
            and any(start >= steps.end() for start, aspect in found if aspect != "steps"):
        # "làm thế nào để biết phí" asks for the fee, not the steps; "cơ quan nào và thủ tục ra sao để xin
        # cấp lại" asks both, "để" naming the goal of the steps
        aspects.remove("steps")
    if "steps" in aspects and _how_of_another_aspect(folded, found):
        aspects.remove("steps")
    if _HANDLED.search(folded) and _WRONGDOING.search(folded):
        # "Khai sai độ tuổi để đăng ký kết hôn thì xử lý như thế nào?": how a wrong is dealt with is its
        # sanction, not the steps of the procedure it was done in
        aspects = [a for a in aspects if a != "steps"] + ([] if "penalty" in aspects else ["penalty"])
    if "penalty" in aspects:
        # A question about a fine asks all it asks of the fine: where to pay it, by when, how much, whether
        # a rumoured amount is right ("Nộp phạt nhập khẩu muộn ở đâu?"). Another question beside it, in
        # its own sentence or clause, is read on its own ("… có bị phạt không, cần giấy tờ gì?").
        clauses = [c for c in re.split(r"[,;]", question) if c.strip()]
        if len(clauses) < 2:
            return ["penalty"]
        found_in = [_aspects_of(clause) for clause in clauses]
        return list(dict.fromkeys(["penalty"] + [a for aspects_ in found_in if "penalty" not in aspects_ for a in aspects_]))
    return aspects


_HANDLED = re.compile(r"(?<![a-z])xu ly(?: [^.?!;]{0,80}?)? (nhu )?(the nao|ra sao)(?![a-z])")
# A wrong done: a false declaration, a forgery, an act against the law or outside an office's powers.
_WRONGDOING = re.compile(r"(?<![a-z])(khong dung (tham quyen|su that|quy dinh|do tuoi)|sai (su that|tham quyen|quy dinh)"
                         r"|trai (phap )?luat|vi pham|gian doi|gia mao|khai man|khai sai|lam gia|thong tin (sai|khong dung))(?![a-z])")


# A bare "how" ("như thế nào", "ra sao") asks the steps of a procedure ("đăng ký kết hôn như thế nào"), but of
# another aspect when that aspect opens the question as its subject ("Lệ phí đăng ký kết hôn như thế nào?",
# "Mức xử phạt đối với … như thế nào?") or the how is that aspect's own phrase ("bị xử lý thế nào").
_BARE_HOW = re.compile(r"(?<![a-z])(nhu the nao|the nao|ra sao)(?![a-z])")
_NAMES_STEPS = re.compile(r"(?<![a-z])(thu tuc|trinh tu|cac buoc|quy trinh|cach lam|lam sao|huong dan)(?![a-z])")
SUBJECT_MAX_OFFSET = 12  # characters before the subject's cue: an opener such as "vậy", "còn", "cho hỏi"


def _how_of_another_aspect(folded: str, found: list[tuple[int, str]]) -> bool:
    steps = _PATTERNS["steps"].search(folded)
    if steps is None or not _BARE_HOW.fullmatch(steps.group(0)) or _NAMES_STEPS.search(folded):
        return False
    others = [aspect for _, aspect in found if aspect != "steps"]
    if any(m.start() <= steps.start() < m.end() for aspect in others for m in _PATTERNS[aspect].finditer(folded)):
        return True  # the how is part of another aspect's phrase
    first = min((start for start, aspect in found if aspect != "steps"), default=None)
    return first is not None and first < steps.start() and len(folded[:first].strip()) <= SUBJECT_MAX_OFFSET \
        and not re.search(r"[,;:?!]", folded[first:steps.start()])


# Whether one may apply ("am I allowed to apply for", "can I register", "eligible to apply"): the act
# asked about, not how it is done.
_PERMISSION_TO_APPLY = re.compile(
    r"(?<![a-z])(?<!how )(?<!where )(?<!when )(allowed to|can i|can we|could i|may i|eligible to|possible to|able to|entitled to)"
    r" (still )?(apply|register|get|obtain)\b")
# Asking for conditions in so many words, not through a bare "được không" / "có thể".
_EXPLICIT_CONDITIONS = re.compile(r"(?<![a-z])(dieu kien|yeu cau|truong hop nao|tieu chuan|tieu chi|ai duoc|doi tuong (nao )?duoc|eligib|requirement|condition"
                                   r"|bao nhieu tuoi|may tuoi|how old|in which cases|what are the cases|compulsory|mandatory|obligatory"
                                   r"|cases of|what cases|which cases|in what case|can ?not (be|serve)|qualif|ineligib|not (allowed|accepted))")
_NOT_A_FEE = re.compile(r"(?<![a-z])(tien )?(vien phi|hoc phi|mai tang phi|tien tuat|tro cap|luong huu|tien luong|tien ho tro|tien boi thuong"
                        r"|tien thue nha|tien mua|tien dien|tien nuoc"
                        # cash, a way money is paid ("lĩnh bằng tiền mặt"), no cost
                        r"|tien mat"
                        # an insurance premium, paid to the insurer or subsidised: "hỗ trợ phí bảo hiểm nông nghiệp"
                        r"|phi bao hiem|insurance premiums?)(?![a-z])")
# An amount of money the citizen receives, asked: a benefit's, a pension's, a compensation's.
_RECEIVED = r"(duoc huong|duoc nhan|nhan duoc|duoc boi thuong|duoc ho tro|duoc tro cap)"
# Money received, asked with a money word ("được hỗ trợ bao nhiêu tiền", "hưởng bao nhiêu phần trăm lương"), or of a
# benefit's level ("mức trợ cấp … là bao nhiêu").
_AMOUNT_RECEIVED = re.compile(r"(?<![a-z])(" + _RECEIVED + r"(?: [a-z0-9%]+){0,6}? (bao nhieu (tien|phan tram|%)|bao nhieu ?%|may phan tram)"
                              r"|(muc|so tien) (tro cap|huong|luong huu|ho tro|boi thuong)(?: [^ .?!;]+){0,15}? (la )?"
                              r"(bao nhieu|may phan tram)(?! (ban|ngay|thang|nam|lan|bo|to|gio|tuoi|nguoi|buoc|tuan|giay))(?![a-z]))")
# Bare ("những người thuộc diện này được hưởng bao nhiêu?"), only of a benefit the question names, never of an adoption.
_BARE_AMOUNT = re.compile(r"(?<![a-z])" + _RECEIVED + r" bao nhieu(?= ?(\?|$| a\b| vay\b| the\b| moi thang\b))")
_A_BENEFIT = re.compile(r"(?<![a-z])(tro cap|ho tro|luong huu|boi thuong|che do|bao hiem|luong)(?![a-z])")


def _asks_an_amount_received(folded: str) -> bool:
    if re.search(r"(?<![a-z])nhan nuoi(?![a-z])", folded):
        return False
    return bool(_AMOUNT_RECEIVED.search(folded) or _BARE_AMOUNT.search(folded) and _A_BENEFIT.search(folded))


# Whether an act loses someone a right, who raises a child after a divorce, asked: "có làm mất quyền thừa kế không", "có
# được nuôi con không", "ai được quyền nuôi con"; not custody told ("tôi được quyền nuôi con, muốn chuyển hộ khẩu cho con").
_A_RIGHT_LOST_OR_CUSTODY = re.compile(r"(?<![a-z])((co|bi|lam)(?: [a-z]+){0,2} mat quyen(?! (loi|su dung|so huu))"
                                      r"|co duoc (quyen )?nuoi (con|chau|be)(?![a-z])(?! nuoi)(?!(?: [a-z]+){0,3} (lam )?con nuoi)"
                                      r"|ai (se )?duoc (quyen )?nuoi)(?![a-z])")
_A_STATE_OF_VALIDITY = re.compile(r"(?<![a-z])(het|con) thoi han(?![a-z])")
# "Thời hạn" of a citizen's own act ("thời hạn đăng ký khai sinh", "thời hạn khởi công"), not of the office's
# ("thời hạn giải quyết", "thời hạn cấp giấy phép").
_TIME_TO_ACT = re.compile(r"(?<![a-z])thoi han (?:de |phai )?(?:lam thu tuc |di )?(dang ky|khai|khoi cong|nop|thong bao|bao|lam)(?![a-z])")
# An English yes-or-no on whether something is required ("Relatives visiting: is registration required?").
_IS_IT_REQUIRED = re.compile(r"(?:^|[:;.]\s*)(is|are|is it|are they)\b[^?.!:]{0,120}\brequired\b(?! to)[^?.!]{0,60}\?\s*$")
_PAPERS_EN = re.compile(r"\b(documents?|papers?|paperwork|forms?|bring|prepare)\b")
# A paper the citizen lacks or lost: "không có sổ hộ khẩu", "chưa có căn cước", "mất giấy chứng sinh".
_LACKS_A_PAPER = re.compile(r"(?<![a-z])(khong co|chua co|thieu|mat|khong con|that lac)( (?:ban|cuon|to|tam|chiec|duoc))? (giay|so|the|can cuoc|cccd"
                            r"|cmnd|chung minh nhan dan|ho khau|ho chieu|trich luc|ban chinh|ban sao)(?![a-z])")
# "Có được …  không?", "có phải … hay không?": a yes-or-no on whether something is allowed or required.
_YES_NO = re.compile(r"(?<![a-z])co (duoc|can|phai|bi|bat buoc|nen)\b[^?.!]{0,80}\b(khong|hay khong|chua)\W*$"
                     r"|(?<![a-z])co (duoc|the)\b[^?.!]{0,80}\?\s*$"
                     # English asks yes or no with the auxiliary first: "Do visitors need to register?"
                     r"|^\W*(do|does|must|should|is|are)\b[^?.!]{0,120}\b(need to|needs to|have to|has to|required|compulsory|mandatory|allowed)\b")
# "Làm … ở Ủy ban phường được không?" asks where it can be done: a yes-or-no about a place.
_AT_PLACE = re.compile(
    r"(?<![a-z])(o|tai) (ubnd|uy ban|phuong|xa|cong an|trung tam|bo phan mot cua|mot cua|day|cho nay)\b[^?]{0,40}(duoc khong|duoc chu|duoc a|khong)\b"
    # "nộp … cho bưu điện hay BHXH": which of two places
    r"|(?<![a-z])(nop|gui|mang)\b[^?.]{0,40}\b(cho|tai|o|den|ve) [a-z ]{2,25} hay (la )?[a-z]{2,}")
# "Ai phê duyệt?", "cấp nào cấp?", "thuộc thẩm quyền của ai": who does the procedure's official act is
# the deciding office, whatever the act.
# (Not "ký", "tổ chức": "ai ký, người ủy quyền hay người được ủy quyền?", "ai tổ chức đám cưới" ask which party.)
_AUTHORITY_ACTS = (r"cap|duyet|phe duyet|xac nhan|giai quyet|chung thuc|tiep nhan|quyet dinh|cho phep|tham dinh"
                   r"|thu hoi|cong nhan|xu ly")
_WHO_ACTS = re.compile(
    rf"(?<![a-z])(ai|cap nao|co quan nao|don vi nao|noi nao) (se |la nguoi |co tham quyen |duoc giao |chiu trach nhiem )?({_AUTHORITY_ACTS})\b"
    r"|tham quyen (cua ai|cua co quan nao|thuoc ve ai)|thuoc tham quyen (cua )?(ai|cap nao|co quan nao)"
    r"|\bwho (approves|signs|decides|certifies|is competent|is responsible)\b")
# Aspects asked by the shape of a sentence rather than by a cue phrase.
# A question that opens on the dossier ("Hồ sơ đăng ký …?", "Hồ sơ yêu cầu cấp …"): its papers.
_DOSSIER_FIRST = re.compile(r"^\s*(?:(?:cho|xin) (?:em|toi|minh|hoi)\s+(?:hoi\s+)?)?(?:bo )?ho so\b")
# A paper used for a procedure ("dùng hộ chiếu thay căn cước để đăng ký kết hôn", "use my passport instead"):
# whether the dossier accepts it, which the papers answer.
_PAPER_USED = re.compile(
    r"(?<![a-z])(dung|su dung|xuat trinh) (ban sao |ban chinh )?(giay|ho chieu|can cuoc|cccd|cmnd|so ho khau|ho khau"
    r"|trich luc|hop dong)\b[^.?!]{0,40}\b(de(?! nghi)|thay|thay cho|thay the)(?![a-z])"
    r"|(?<![a-z])use (my|a|the|his|her|our) [a-z ]{0,20}(passport|id|card|certificate|book|contract)s? (instead|to|for)(?![a-z])")
# When the result can be had ("khi nào lấy được", "bao giờ nhận", "nộp chiều nay thì hôm nào có giấy", "lấy giấy khi
# nào", "When can I pick it up?"): how long the office takes, not in which case. Not a life event ("lấy chồng",
# "nhận con nuôi", "ra đời", "ra trại"), nor a case a "thì" clause goes on from ("Khi nào trả nhà thì phải xóa tạm trú?").
# (the office taking a dossier, "phường nhận hồ sơ vào ngày nào", or a citizen handing a card in, "trả thẻ cũ", is no result)
_RECEIVING = (r"(lay(?! (vo|chong|nhau))|nhan(?! (con nuoi|nuoi|cha|me|con|ho so))|co(?! the)|xong|lam xong"
              r"|tra ket qua|ra (giay|ket qua|so|the|quyet dinh))")
_WHEN_READY = re.compile(
    rf"(?<![a-z])(khi nao|bao gio|hom nao|ngay nao|luc nao|may hom nua) ((thi|moi|se|duoc|co the) )*{_RECEIVING}(?![a-z])"
    r"(?![^?.!]{0,40}\bthi\b)"
    rf"|(?<![a-z]){_RECEIVING} (duoc )?[a-z ]{{0,30}}(khi nao|bao gio|hom nao|ngay nao|luc nao)( vay| a| the| nhi)*\W*$"
    # English: the paper picked up, or ready ("When should I get …" asks when the citizen must act)
    r"|\bwhen (can|will|could|do|would) (i|we|you|he|she|they|my [a-z]+|our [a-z]+) (be able to )?"
    r"(pick (it |them )?up|collect|receive|get (it|them)\b)"
    r"|\bwhen (will|is|would) (it|they|the [a-z]+|my [a-z]+|our [a-z]+) (be )?(ready|done|issued|finished|available)\b")
# A paper or a result sent home ("gửi thẻ về nhà", "chuyển phát kết quả"): the ways of filing and receiving.
_BY_POST = re.compile(r"(?<![a-z])(gui|chuyen|chuyen phat|phat) (the|ket qua|giay|so|ban sao|trich luc|can cuoc|ho so)\b(?: [a-z]+){0,3}"
                      r" (ve|den|toi) (nha|tan nha|dia chi)(?![a-z])")
_PHRASINGS = (("conditions", _YES_NO), ("time_limit", _WHEN_READY), ("online", _BY_POST), ("where", _AT_PLACE), ("where", _WHO_ACTS), ("deadline", _DEADLINE), ("documents", _DOSSIER_FIRST),
              ("documents", _PAPER_USED))


def sections_for(aspects: list[str]) -> list[str]:
    if not aspects:
        return list(OVERVIEW_SECTIONS)
    ordered: list[str] = []
    for aspect in aspects:
        for key in ASPECTS[aspect][0]:
            if key not in ordered:
                ordered.append(key)
    return ordered


def content_words(question: str) -> str:
    """The question without its aspect cues: what remains names the procedure (for follow-ups)."""
    folded = fold(question)
    # Every cue, overlapping ones too: in "cần giấy tờ gì" both "cần giấy" and "giấy tờ" are cues, and
    # removing the first alone would leave "tờ gì" to name a procedure ("… đã có giấy tờ cá nhân").
    cued = [False] * len(folded)
    for pattern in _PATTERNS.values():
        match = pattern.search(folded)
        while match:
            cued[match.start():match.end()] = [True] * (match.end() - match.start())
            match = pattern.search(folded, match.start() + 1)
    kept = "".join(" " if covered else char for char, covered in zip(folded, cued))
    return re.sub(r"\s+", " ", kept).strip()


# A message's questions naming fewer topic words than this ("thủ tục ra sao?") ask about its story.
MIN_TOPIC_WORDS = 3


def topic_words(text: str) -> list[str]:
    """The words that can name what a message is about: no aspect cue, no filler."""
    return [t for t in tokens(content_words(text)) if t not in STOPWORDS]
