"""Vietnamese text handling: NFC, accent folding, syllable tokens, language, personal data masking.

Every comparison in the assistant happens on the *folded twin* of a text: NFC, lower case, diacritics
removed, đ → d. Citizens type without diacritics as often as with them, so matching must not care.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

WORD = re.compile(r"[0-9]+(?:[.,/][0-9]+)*|[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_VIETNAMESE_MARKS = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")

# Personal data that must never be logged, stored or sent to a model.
_ID_NUMBER = re.compile(r"(?<!\d)\d{12}(?!\d)|(?<!\d)\d{9}(?!\d)")
_PHONE = re.compile(r"(?<![\d.])(?:\+84|0084|0)(?:[\s.-]?\d){9,10}(?![\d])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

ENGLISH_WORDS = frozenset(
    "the a an is are was were what how much many where when who which do does did i my me you your "
    "to of for in on at with can could should would need needs get getting fee fees cost costs take "
    "takes long days documents papers register registration certificate certify apply application "
    "office and or if it this that there please hello hi thanks thank please about birth marriage "
    "residence card id business permit land house fine any ward".split()
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def whole_words(alternatives: str) -> re.Pattern:
    """A pattern of alternatives matched only as whole words of folded text: "lam gia" is not in "lam
    giay", "o tu" (ở tù) not in "ở tuổi", "move" not in "remove"."""
    return re.compile(r"(?<![a-z0-9])(?:" + alternatives + r")(?![a-z0-9])")


# After k and l, an open syllable's i and y are one spelling ("đăng kí" is "đăng ký", "xử lí" is "xử lý"):
# folded to the y the official texts write.
_I_FOR_Y = re.compile(r"(?<![a-z0-9])([kl])i(?![a-z0-9])")


def fold(text: str) -> str:
    """The accent-free, lower-case twin of a text: 'Đăng ký' (or 'Đăng kí') → 'dang ky'."""
    text = nfc(text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return _I_FOR_Y.sub(r"\1y", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


# Tone marks (sắc, huyền, hỏi, ngã, nặng), which people often mistype; the vowel marks (ă â ê ô ơ ư)
# change the letter itself and are kept.
_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}


def strip_tones(text: str) -> str:
    """'chíp' → 'chip', 'ông' stays 'ông': a word with its tone mark removed, its letters kept."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))


def words(text: str) -> list[str]:
    """Syllables and numbers of a text, as written (Vietnamese words are space-separated syllables)."""
    return WORD.findall(nfc(text))


def tokens(text: str) -> list[str]:
    """Folded syllables and numbers, with thousands separators dropped ('10.000' → '10000')."""
    # Only a number can hold a separator; skipping the regex for words halves an index build.
    return [strip_thousands(t) if t[0].isdigit() else t for t in WORD.findall(fold(text))]


def syllable_pairs(text: str) -> set[tuple[str, str]]:
    """The text's pairs of consecutive folded syllables: a Vietnamese word is often two ("kết hôn",
    "con nuôi"), and one shared syllable ("ly hôn", "kết hôn") is no shared word."""
    toks = tokens(text)
    return set(zip(toks, toks[1:]))


def strip_thousands(token: str) -> str:
    return re.sub(r"(?<=\d)[.,](?=\d{3}(?:\D|$))", "", token)


def normalize_amounts(text: str) -> str:
    """Drop thousands separators in a whole text: '2.000 đồng' → '2000 đồng' (keeps '1.5')."""
    return re.sub(r"(?<=\d)[.,](?=\d{3}(?!\d))", "", text)


def has_diacritics(text: str) -> bool:
    return any(ch in _VIETNAMESE_MARKS for ch in nfc(text).lower())


# The shape of a folded Vietnamese syllable: onset, vowel cluster, final consonant.
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def is_vietnamese_syllable(token: str) -> bool:
    return bool(_SYLLABLE.match(token))


# English words that only build a sentence: with them, an English question quoting a Vietnamese
# term ("How do I get thẻ tạm trú?", "I lost my sổ hộ khẩu") is still English.
_ENGLISH_GRAMMAR = frozenset(
    "the a an is are was were what how where when who which why do does did i my me we our you your "
    "to of for in on at with can could should would and or if it this that there please".split()
)


def detect_language(text: str, vietnamese_vocabulary: frozenset[str] = frozenset(),
                    vietnamese_words: frozenset[str] = frozenset()) -> str:
    """'vi' or 'en'. A message written with Vietnamese marks is Vietnamese unless its grammar is
    English: more English grammar words ("how", "my", "to") than Vietnamese ones written with marks
    ("tôi", "được", "không"), so that an English question quoting a term ("a temporary stay (tạm
    trú)") stays English and "Làm CCCD online được không?" Vietnamese. Unmarked, weigh English words
    and non-Vietnamese syllable shapes against known Vietnamese syllables (`vietnamese_vocabulary`,
    the corpus's, which also holds English aliases, so only its syllable-shaped words count).
    `vietnamese_words` count whatever their shape: abbreviations such as "gks", "hkd"."""
    if has_diacritics(text):
        # A question asked in one language beside sentences in the other (an instruction pasted after
        # it) is answered in the question's.
        asked = [s for s in split_sentences(text) if s.endswith("?")]
        words = WORD.findall(nfc(" ".join(asked) or text).lower())
        unmarked = [fold(w) for w in words if w.isalpha() and not has_diacritics(w)]
        english = sum(w in _ENGLISH_GRAMMAR for w in unmarked)
        vietnamese = sum(fold(w) in vietnamese_words for w in words if has_diacritics(w))
        # Vietnamese has unmarked syllables that spell English ones ("to", "an", "be"): English also
        # needs a word no Vietnamese syllable spells ("how", "is", "lost").
        foreign = any(not is_vietnamese_syllable(w) and w not in vietnamese_words for w in unmarked)
        return "en" if foreign and english >= 2 and english > vietnamese else "vi"
    toks = [t for t in tokens(text) if t.isalpha() and len(t) > 1]
    if not toks:
        return "vi"
    english = sum(t in ENGLISH_WORDS or not (is_vietnamese_syllable(t) or t in vietnamese_words) for t in toks)
    vietnamese = sum(
        t not in ENGLISH_WORDS
        and (t in vietnamese_words
             or is_vietnamese_syllable(t) and (t in vietnamese_vocabulary or not vietnamese_vocabulary))
        for t in toks
    )
    return "en" if english > vietnamese else "vi"


def mask_personal_data(text: str) -> str:
    """Replace ID numbers, phone numbers and e-mail addresses with placeholders."""
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub("[số điện thoại]", text)
    return _ID_NUMBER.sub("[số định danh]", text)


# Details a citizen lists to introduce themselves ("SĐT [số điện thoại], CCCD [số định danh], …"): two
# or more labelled placeholders in a row, one of them a phone number or an e-mail address. They say who
# asks, not what: "CCCD" there names no procedure. Numbers that are the subject ("CMND …, CCCD … khác số
# thì sao?", "mất CCCD …") stay.
_DETAIL = (r"(?:số\s+)?(?:sđt|sdt|đt|điện thoại|dien thoai|cccd|cmnd|căn cước|can cuoc|định danh|dinh danh|e-?mail)"
           r"\s*:?\s*\[(?:số điện thoại|số định danh|email)\]")
_CONTACT_DETAILS = re.compile(rf"{_DETAIL}(?:\s*[,;]\s*{_DETAIL})+\s*[,;]?", re.IGNORECASE)
# An act on the paper just before the list makes the paper the subject.
_ACTED_ON = re.compile(r"(?:mất|làm|đổi|cấp|sai|bị|hỏng|sửa|mat|lam|doi|cap|bi|hong|sua)\s*$", re.IGNORECASE)


def without_contact_details(masked: str) -> str:
    """A masked message without the list of the asker's own contact details (see _CONTACT_DETAILS)."""
    def strip(match: re.Match) -> str:
        listed = match.group(0)
        contact = "[số điện thoại]" in listed or "[email]" in listed
        acted_on = _ACTED_ON.search(masked[:match.start()])
        return " " if contact and not acted_on else listed

    return _CONTACT_DETAILS.sub(strip, masked)


def contains_personal_data(text: str) -> bool:
    return mask_personal_data(text) != text


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; Vietnamese uses the same terminal punctuation as English."""
    parts = re.split(r"(?<=[.!?;])\s+(?=[A-ZÀ-Ỹ0-9(\"“])", text.strip())
    return [p.strip() for p in parts if p.strip()]


# A message in Title Case throughout names nothing by its capitals.
_TITLE_CASE_SHARE = 0.5


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower()


# A message typed in capitals throughout ("LÀM GIẤY KHAI SINH CẦN GÌ") or in a headline's Title Case ("Làm
# Giấy Khai Tử Cần Những Gì?", copied from a page title) writes nothing by its capitals; the embedding
# model reads case, and a headline's capitals pull it away from the same words written plainly.
_SHOUTED_SHARE = 0.8
_MIN_CASED_WORDS = 4


def sentence_case(text: str) -> str:
    """A message in capitals or Title Case throughout, written as a sentence: lower case but for its
    first letter and, in Title Case, the abbreviations written in capitals ("CCCD", "UBND"). Any other
    message keeps its case but for its first letter, a capital: "me don than …" typed in lower case
    reads as "Mẹ đơn thân …" written, to the embedder too."""
    found = [w for w in WORD.findall(text) if not w[0].isdigit()]
    if len(found) < _MIN_CASED_WORDS:
        return text
    if sum(w.isupper() for w in found) >= _SHOUTED_SHARE * len(found):
        lowered = text.lower()
    elif sum(map(_capitalised, found)) > _TITLE_CASE_SHARE * len(found):
        lowered = WORD.sub(lambda m: m.group(0) if _abbreviation(m.group(0)) else m.group(0).lower(), text)
    else:
        lowered = text  # its case kept, but for a first letter typed in lower case
    first = next((i for i, ch in enumerate(lowered) if ch.isalpha()), None)
    return lowered if first is None else lowered[:first] + lowered[first].upper() + lowered[first + 1:]


def _abbreviation(word: str) -> bool:
    """"CCCD", "UBND", English "I"; a one-letter Vietnamese word ("Ở") is no abbreviation."""
    return word.isupper() and (len(word) > 1 or word == "I")


def without_proper_names(text: str) -> str:
    """The text without its proper names, runs of two or more capitalised words ("ở Hà Nội", "quận
    Bình Thạnh"): a place or a person says where or who, never which sentence of a procedure
    answers. A word opening a sentence is capitalised alone; a message typed in Title Case is kept."""
    found = text.split()
    if not found or sum(map(_capitalised, found)) > _TITLE_CASE_SHARE * len(found):
        return text
    kept: list[str] = []
    run: list[str] = []
    for word in [*found, ""]:
        if _capitalised(word):
            run.append(word)
            if not word.endswith((".", "?", "!", ",", ":", ";")):
                continue  # the name may go on
            word = ""
        kept += run if len(run) < 2 else []
        run = []
        if word:
            kept.append(word)
    return " ".join(kept)


def data_lines(path: Path) -> list[str]:
    """The lines of a data file shipped with the project (assistant/data/*.tsv), without its "#" comments
    and blank lines; none when the file is missing (a checkout that never generated it)."""
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
