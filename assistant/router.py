"""Route a question before retrieval: greeting, prompt injection, harmful request, personal-data
lookup, or a procedure question. Patterns are folded, so they work typed with or without diacritics.

Out-of-scope topics are recognised twice: here by their vocabulary (weather, football, recipes, …),
and after retrieval by the absence of any procedure that fits (see `retrieval`).
"""
from __future__ import annotations

import re

from .text import fold

_GREETING = re.compile(
    r"^\s*(xin chao|chao ban|chao em|chao anh|chao chi|chao|hello|hi|hey|alo|good (morning|afternoon|evening))"
    r"[\s!.,?]*(ban|em|anh|chi|tro ly|assistant|there)?[\s!.,?]*$"
)
_THANKS = re.compile(r"^\s*(cam on|cam on ban|thanks|thank you|ok cam on|tks)[\s!.,?a-z]*$")

_INJECTION = re.compile(
    r"ignore (all |the )?(previous|prior|above|your) (instructions|rules|prompt)|disregard (all|previous|the)"
    r"|system prompt|developer mode|jailbreak|do anything now|pretend (you are|to be)|act as"
    r"|you are now|bo qua (tat ca |moi )?(huong dan|chi dan|lenh|quy tac)|quen (het |di )?(huong dan|chi dan|quy tac)"
    r"|lo (ra )?(prompt|huong dan he thong)|in ra (prompt|huong dan|cau lenh)|tiet lo (prompt|huong dan)"
    r"|khong bi gioi han|khong co gioi han nao|dong vai|gia vo (ban la|la)|che do nha phat trien|reveal your"
    r"|print your (instructions|prompt)|override|new instructions"
)
_HARMFUL = re.compile(
    r"lam gia|gia mao|lam lau|lam so gia|lam cccd gia|lam can cuoc gia|giay to gia|mua ban (cccd|can cuoc|giay to)"
    r"|lam bang gia|khac dau|lam dau gia|con dau gia|hoi lo|lot tay|chay (ho so|giay to)|di cua sau|trot lot"
    r"|tron (thue|nghia vu)|qua mat|lach luat|hack|bypass|forge|forged|fake (id|document|certificate|papers)"
    r"|khong can mat khau|mat khau cua nguoi khac|(tai khoan|vneid) cua nguoi khac|be khoa|someone else'?s account"
    r"|counterfeit|bribe|evade|launder|rua tien|vu khi|thuoc no|ma tuy|giet nguoi|tu sat"
)
_PERSONAL = re.compile(
    r"(tra cuu|xem|kiem tra|cho (toi|em) biet) (thong tin|ho so|dia chi|so dien thoai|so cccd|can cuoc) (cua|cho) (ong|ba|anh|chi|nguoi|hang xom)"
    r"|thong tin ca nhan cua|la cua ai|thuoc ve ai|cua nguoi nao|whose|who owns|dia chi nha cua|so dien thoai cua (ong|ba|anh|chi)|phone number of|address of (my|a|the) "
    r"|personal (data|information) of|ho so cua toi (da )?(den dau|the nao)|tinh trang ho so cua toi|status of my (application|dossier|file)"
)
_OFF_TOPIC = re.compile(
    r"thoi tiet|weather|bong da|football|soccer|world cup|ca si|xem phim|bo phim|movie|bai hat|lyrics|cong thuc nau|recipe"
    r"|nau an|mon an|du lich|tourist|chung khoan|stock|bitcoin|crypto|gia vang|xo so|ve so|danh de|lo de|lottery|tinh yeu|love poem"
    r"|lam tho|viet tho|bai tho|sang tac|tran dau|doi tuyen|da banh|da voi|write a poem|poem|joke|ke chuyen cuoi|truyen cuoi|bi benh|trieu chung|uong thuoc|thuoc gi|bac si|doctor|medicine"
    r"|symptom|dau bung|dau dau|bi sot|ket qua xo so|toan hoc|giai phuong trinh|lap trinh|python code|write code|homework|bai tap"
    r"|chinh tri|election|bau cu my|tong thong|president|ai vo dich|nguoi yeu|dating"
)


# Procedures no ward handles: answered with a pointer to the right authority, never with a near miss.
_OTHER_AUTHORITY = re.compile(
    r"(cap|lam|xin|gia han|doi) (lai )?(ho chieu|passport|visa|thi thuc|bang lai|giay phep lai xe)"
    r"|\b(ho chieu|passport|visa|thi thuc|bang lai xe|giay phep lai xe|driving licen[cs]e|dang ky xe|bien so xe"
    r"|dang kiem|ly lich tu phap|criminal record|quyet toan thue|thue thu nhap|income tax|so bao hiem xa hoi)\b"
)


def _bounded(pattern: re.Pattern) -> re.Pattern:
    """The same alternatives, matched only as whole words ("lam gia" must not match "lam giay")."""
    return re.compile(r"(?<![a-z0-9])(?:" + pattern.pattern + r")(?![a-z0-9])")


_INJECTION, _HARMFUL, _PERSONAL, _OFF_TOPIC = map(_bounded, (_INJECTION, _HARMFUL, _PERSONAL, _OFF_TOPIC))
# "DAN" (do anything now) only in capitals: folded, it is the common syllable "dân".
_DAN = re.compile(r"\bDAN\b")


def route(question: str) -> str:
    """One of: greeting, thanks, injection, harmful, personal_data, other_authority, off_topic, procedure."""
    folded = fold(question)
    if _INJECTION.search(folded) or _DAN.search(question):
        return "injection"
    if _HARMFUL.search(folded):
        return "harmful"
    if _GREETING.match(folded):
        return "greeting"
    if _THANKS.match(folded):
        return "thanks"
    if _PERSONAL.search(folded):
        return "personal_data"
    if _OTHER_AUTHORITY.search(folded):
        return "other_authority"
    if _OFF_TOPIC.search(folded):
        return "off_topic"
    return "procedure"
