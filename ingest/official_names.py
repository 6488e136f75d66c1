"""The portal's name for a procedure code ("1.003677" → "Khai báo tạm vắng"), shipped with the project
(assistant/data/official-names.tsv, written by scripts/export_official_names.py)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.text import data_lines, fold, tokens

NAMES_PATH = Path(__file__).resolve().parent.parent / "assistant" / "data" / "official-names.tsv"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    pairs = (line.split("\t", 1) for line in data_lines(NAMES_PATH))
    return {code.strip(): name.strip() for code, name in pairs}


def other_name(code: str, title: str) -> str | None:
    """The official name of the procedure with this code, when the file's title is not it already."""
    name = _names().get(code.strip())
    if not name or fold(name) in fold(title):
        return None
    return name


# Below this share of the official name's words in the file's title, the title is no name of the
# procedure at all ("Minh công an phường hòa bình", a letterhead's tail; "Hồ sơ", a part's label).
NAMED_SHARE = 0.3


# A ward's short name for a procedure ("Chứng thực chữ ký (kể cả điểm chỉ)") writes few of a long official
# name's words, but its own words are mostly the name's.
SHORT_NAME_SHARE = 0.5


def misread(title: str, name: str) -> bool:
    """Whether a title read from a file shares too few of the official name's words to be its name."""
    wanted, written = set(tokens(fold(name))), set(tokens(fold(title)))
    if not wanted or not written:
        return bool(wanted)
    common = len(wanted & written)
    return common / len(wanted) < NAMED_SHARE and common / len(written) <= SHORT_NAME_SHARE
