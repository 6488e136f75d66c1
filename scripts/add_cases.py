"""Add collected cases to a golden set, each tagged with its fixed half.

    .venv/bin/python scripts/add_cases.py evals/datasets/parts/real2-*.jsonl --to evals/datasets/real.jsonl

Every case gets exactly one of the tags `tune` / `test`, decided by its id alone
(`evals.dataset.split_of`), so cases added later never move the old ones between halves. Ids already
in the set, and lines that are not golden cases, are refused before anything is written. Prints
how many cases went to each half, never the cases themselves: whoever changes the code must not see
the test half.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.dataset import normalise_case, split_of  # noqa: E402

HALVES = ("tune", "test")


def tagged(raw: dict) -> dict:
    raw["tags"] = [t for t in raw.get("tags") or [] if t not in HALVES] + [split_of(str(raw["id"]))]
    return raw


def main() -> None:
    parser = argparse.ArgumentParser(description="Add collected cases to a golden set with their fixed half.")
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--to", type=Path, required=True, help="the golden set (JSONL) to append to")
    options = parser.parse_args()
    known = {json.loads(line)["id"] for line in options.to.read_text(encoding="utf-8").splitlines() if line.strip()} \
        if options.to.exists() else set()
    added: list[dict] = []
    for path in options.parts:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            normalise_case(raw, number)  # raises, naming the problem, on a line that is not a case
            if not raw.get("id") or raw["id"] in known:
                sys.exit(f"{path}:{number}: missing or duplicate id {raw.get('id')!r}; nothing written")
            known.add(raw["id"])
            added.append(tagged(raw))
    with options.to.open("a", encoding="utf-8") as out:
        for raw in added:
            out.write(unicodedata.normalize("NFC", json.dumps(raw, ensure_ascii=False)) + "\n")
    halves = Counter(split_of(str(raw["id"])) for raw in added)
    print(f"added {len(added)} cases to {options.to}: {halves['tune']} tune, {halves['test']} test")


if __name__ == "__main__":
    main()
