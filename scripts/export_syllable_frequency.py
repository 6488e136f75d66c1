"""Write assistant/data/vi-syllable-frequency.tsv: how often everyday Vietnamese writes each syllable.

    pip install wordfreq   # for this script only; the assistant reads the exported list
    .venv/bin/python scripts/export_syllable_frequency.py

The diacritics restorer (assistant/restore.py) weighs a syllable's written forms by how often everyday
text writes them ("tôi" far more than "tội"). The frequencies are wordfreq's (Robyn Speer et al.,
https://github.com/rspeer/wordfreq; data CC BY-SA 4.0), for the Vietnamese syllables among its
20,000 commonest words (those English writes more than Vietnamese left out), per 10 million words.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.restore import FREQUENCY_PATH  # noqa: E402
from assistant.text import fold, is_vietnamese_syllable, nfc  # noqa: E402

HEADER = """# Vietnamese syllables and how often general text writes them, per 10 million words.
# Derived from wordfreq 3.1.1 (Robyn Speer et al., https://github.com/rspeer/wordfreq), whose data
# is licensed CC BY-SA 4.0; this list is shared under the same licence. Regenerate with
# scripts/export_syllable_frequency.py (needs `pip install wordfreq`, not a runtime dependency).
"""


def main() -> None:
    from wordfreq import top_n_list, word_frequency

    rows = []
    for word in map(nfc, top_n_list("vi", 20000)):
        # English words in Vietnamese text ("the", "a", "to", "so") are no Vietnamese syllable's spelling
        english = word.isascii() and word_frequency(word, "en") > word_frequency(word, "vi")
        if re.fullmatch(r"[^\W\d_]+", word) and is_vietnamese_syllable(fold(word)) and not english:
            rows.append(f"{word}\t{max(1, round(word_frequency(word, 'vi') * 1e7))}\n")
    FREQUENCY_PATH.write_text(HEADER + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} syllables written to {FREQUENCY_PATH}")


if __name__ == "__main__":
    main()
