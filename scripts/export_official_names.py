"""Write assistant/data/official-names.tsv: each portal code with the procedure's official name.

    .venv/bin/python scripts/export_official_names.py /work/shared/data/national-procedures.jsonl

A ward's own file often names its procedure in its own way ("Phiếu hướng dẫn", a news headline, a
letter's subject) but gives the portal's code ("Mã thủ tục: 1.003677"). The ingester adds the name the
National Public Service Portal gives that code as another name of the procedure (ingest/official_names.py),
so a citizen's question finds it by the name everyone uses. The names are the portal's public records
(dichvucong.gov.vn), read from a crawl of its commune-level procedures, plus the shipped corpus's own.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.text import nfc  # noqa: E402
from ingest.official_names import NAMES_PATH  # noqa: E402

HEADER = """# Portal code <TAB> the procedure's official name, from the National Public Service Portal's records
# (dichvucong.gov.vn) and the shipped corpus. Regenerate with scripts/export_official_names.py.
"""


def _without_kind(name: str) -> str:
    """"Thủ tục đăng ký khai sinh" → "Đăng ký khai sinh": the name, not the word for a procedure."""
    name = re.sub(r"^Thủ tục\s+", "", name.strip(), flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


def corpus_names() -> dict[str, str]:
    names = {}
    for path in sorted((ROOT / "corpus" / "procedures").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        code = re.search(r"^code:\s*\"?([\d.]+)\"?\s*$", text, re.MULTILINE)
        title = re.search(r"^title:\s*\"?(.+?)\"?\s*$", text, re.MULTILINE)
        if code and title:
            names[code.group(1)] = _without_kind(nfc(title.group(1)))
    return names


def main() -> None:
    records = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    names = corpus_names()
    if records is not None:
        for line in records.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            code, name = record.get("ma_thu_tuc", "").strip(), nfc(record.get("ten_thu_tuc", "")).strip()
            if re.fullmatch(r"\d\.\d{6}", code) and name:
                names[code] = _without_kind(re.sub(r"\s+", " ", name))
    lines = [f"{code}\t{name[:1].upper()}{name[1:]}" for code, name in sorted(names.items())]
    NAMES_PATH.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} names to {NAMES_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
