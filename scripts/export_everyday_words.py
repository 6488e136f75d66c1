"""Write assistant/data/everyday-words.tsv: the words (tones stripped) of the shipped corpus's procedures
written by at least a tenth of them.

    .venv/bin/python scripts/export_everyday_words.py

The unknown-topic check (assistant/pipeline.py) takes a word the reached procedure never writes for a topic
the index lacks ("nuôi ong"), unless many procedures write it: then it is the everyday language of
procedures ("thường trú", "hồ sơ"). A ward's index of a dozen of its own files knows little of that
language; the shipped corpus's share of it is known to every index.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.pipeline import EVERYDAY_PATH, EVERYDAY_SHARE  # noqa: E402
from assistant.text import strip_tones, words  # noqa: E402
from ingest.markdown import parse_markdown  # noqa: E402

HEADER = """# Words (tones stripped) that at least a tenth of the shipped corpus's procedures write: the everyday
# language of procedures, no topic of its own. Regenerate with scripts/export_everyday_words.py.
"""


def main() -> None:
    counts: dict[str, int] = {}
    procedures = [p for path in sorted((ROOT / "corpus" / "procedures").rglob("*.md"))
                  for p in parse_markdown(path.read_text(encoding="utf-8"), path.name)]
    for procedure in procedures:
        for word in {strip_tones(w) for text in procedure.texts() for w in words(text)}:
            counts[word] = counts.get(word, 0) + 1
    floor = max(3, EVERYDAY_SHARE * len(procedures))
    everyday = sorted(w for w, n in counts.items() if n >= floor and not w[0].isdigit())
    EVERYDAY_PATH.write_text(HEADER + "\n".join(everyday) + "\n", encoding="utf-8")
    print(f"wrote {len(everyday)} words of {len(procedures)} procedures to {EVERYDAY_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
