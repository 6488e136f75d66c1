"""Plain text files, and the decoding of legacy Vietnamese encodings every text loader shares.

Ward offices still keep files typed in TCVN3 (ABC, the ".Vn" fonts), VNI or Windows-1258. Each candidate
decoding is scored by how many common Vietnamese words it yields; the best one wins, and a file that
reads as no known encoding is refused rather than indexed as mojibake.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from assistant.documents import Procedure
from assistant.errors import DocumentError
from assistant.text import nfc

from .structure import Block, recognise

# TCVN 5712:1993 (VN3), the byte of each letter as Latin-1 shows it. Upper-case toned letters were
# typed with a separate capitals font and so share the lower-case bytes.
_TCVN3 = dict(zip(
    "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢£¤¥¦§",
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂÊÔƠƯĐ",
))
# VNI (the "VNI-Times" fonts): a base letter followed by marks typed as Windows-1252 bytes, so
# "Đăng ký" is stored as "Ñaêng kyù". Some bytes are whole letters, the rest are marks (circumflex
# or breve, and a tone) that NFC composes with the letter before them.
_VNI_LETTERS = dict(zip("ñÑôÔöÖæÆóÓòÒîÎ", "đĐơƠưƯỉỈĩĨịỊỵỴ"))
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT, "â": _CIRCUMFLEX, "ê": _BREVE,
    "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE,
    "ä": _CIRCUMFLEX + _DOT, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_MARKS.update({k.upper(): v for k, v in _VNI_MARKS.items()})
_VOWELS = set("aeiouyAEIOUYơƠưƯ")

_COMMON = frozenset(
    "của và các có không là được cho trong người với thủ tục hồ sơ đăng ký phí ngày này theo tại "
    "giấy công dân cấp xã phường việc về từ thực hiện một những nộp đơn quy định".split()
)


def decode(data: bytes) -> str:
    """The text of a file: UTF-8, else the legacy encoding that reads as the most Vietnamese."""
    if not data.strip():
        raise DocumentError("the file is empty")
    try:
        text = nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    else:
        if _binary(text):
            raise DocumentError("not a text file (it holds binary control characters)")
        return text
    candidates = []
    for name in ("cp1258", "utf-16"):
        try:
            candidates.append(nfc(data.decode(name)))
        except UnicodeDecodeError:
            continue
    candidates.append(_from_tcvn3(data.decode("latin-1")))
    candidates.append(_from_vni(data.decode("cp1252", errors="replace")))
    candidates.append(_normalizer_guess(data))
    best = max(candidates, key=_vietnamese_score)
    if _vietnamese_score(best) == 0:
        raise DocumentError("unreadable text encoding: save the file as UTF-8")
    return best


def _from_vni(text: str) -> str:
    """VNI bytes (read as Windows-1252) to Unicode: a mark byte only counts after a vowel."""
    out: list[str] = []
    for ch in text:
        if ch in _VNI_MARKS and out and unicodedata.normalize("NFD", out[-1])[0] in _VOWELS:
            out[-1] = unicodedata.normalize("NFC", out[-1] + _VNI_MARKS[ch])
        else:
            out.append(_VNI_LETTERS.get(ch, ch))
    return nfc("".join(out))


def repair_legacy_fonts(blocks: list[Block]) -> list[Block]:
    """Text typed in legacy-font Vietnamese (TCVN3 ".Vn" or VNI fonts) comes out of Word and PDF
    files as Latin-1 look-alikes ("Ñaêng kyù"). Map it back when that reads as far more Vietnamese;
    proper Unicode text always reads worse through these maps, so it is left alone."""
    text = "\n".join(block.text for block in blocks)
    score, best = max(((_vietnamese_score(repair(text)), repair) for repair in (_from_tcvn3, _from_vni)),
                      key=lambda scored: scored[0])
    if score <= 2 * _vietnamese_score(text) + 2:
        return blocks
    return [replace(block, text=best(block.text)) for block in blocks]


def _from_tcvn3(text: str) -> str:
    return "".join(_TCVN3.get(ch, ch) for ch in text)


def _normalizer_guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    return nfc(str(match)) if match is not None else ""


def _binary(text: str) -> bool:
    return any(unicodedata.category(ch) in {"Cc", "Co", "Cn"} and ch not in "\n\r\t\f" for ch in text)


def _vietnamese_score(text: str) -> int:
    if _binary(text):
        return 0
    return sum(word in _COMMON for word in re.findall(r"\w+", text.lower()))


def text_blocks(text: str) -> list[Block]:
    """Blocks of a plain text: Markdown-style '#' lines are headings, every other line is body text."""
    blocks = []
    for line in text.replace("\r\n", "\n").split("\n"):
        heading = re.match(r"^(#{1,6})\s+(.*)", line)
        if heading:
            blocks.append(Block(heading.group(2), level=len(heading.group(1))))
        elif line.strip():
            blocks.append(Block(line))
    return blocks


def load_text(path: Path, source: str) -> list[Procedure]:
    """A .txt file: decoded, then read by the structure recogniser."""
    return recognise(text_blocks(decode(path.read_bytes())), source)
