"""Can a citizen reach every procedure of the index by what it is called? A self-check, no golden set.

    .venv/bin/python scripts/probe_names.py                 # the ward's index
    WARD_DATA_DIR=… WARD_CORPUS_DIR=… .venv/bin/python scripts/probe_names.py --show 20

For every procedure it asks short questions built from its own names, the way the short-question
sets ask them: each name (short title, first aliases) with four aspect questions, with and without
diacritics; its English name with four English questions; and, once its name has reached it, six
follow-ups in that conversation. A question "misses" when the answer cites another procedure or
none. Some misses are right answers (an alias "mất bản chính giấy khai sinh" is, by the law, a copy
of the extract while the register exists): read them, never tune to the count alone.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.pipeline import Assistant  # noqa: E402
from assistant.settings import get_settings  # noqa: E402
from assistant.text import fold  # noqa: E402

VIETNAMESE = ("{name} cần giấy tờ gì?", "{name} mất bao lâu?", "lệ phí {name} bao nhiêu?", "{name} nộp ở đâu?")
ENGLISH = ("What documents do I need for {name}?", "How long does {name} take?",
           "How much is the fee for {name}?", "Where do I apply for {name}?")
FOLLOW_UPS = ("Còn lệ phí thì sao?", "mất bao lâu?", "nộp ở đâu vậy?", "có làm online được không?",
              "con phi bao nhieu", "How long does it take?")
ALIASES = 3  # the first aliases are the common names; later ones are rarer wordings


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


def probe(assistant: Assistant, procedures) -> dict[str, list[tuple[str, str, str]]]:
    """Per kind of probe, every question asked as (procedure id, question, what answered it)."""
    asked: dict[str, list[tuple[str, str, str]]] = {"names": [], "english": [], "follow-ups": []}

    def ask(kind: str, procedure_id: str, question: str, history=None):
        answer = assistant.ask(question, history or [])
        got = answer.procedure.get("id") if answer.procedure else f"({answer.reason})"
        asked[kind].append((procedure_id, question, got))
        return answer

    for procedure in procedures:
        # The first question asked (the short title, with diacritics, asking for papers) opens the
        # conversation its follow-ups continue.
        first = None
        for name in [procedure.short_title, *procedure.aliases[:ALIASES]]:
            for template in VIETNAMESE:
                written = template.format(name=_lower_first(name))
                answer = ask("names", procedure.id, written)
                first = first or (written, answer)
                ask("names", procedure.id, fold(written))
        if procedure.english_name:
            for template in ENGLISH:
                ask("english", procedure.id, template.format(name=_lower_first(procedure.english_name)))
        question, answer = first
        if answer.procedure and answer.procedure.get("id") == procedure.id:
            history = [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer[:300]}]
            for follow_up in FOLLOW_UPS:
                ask("follow-ups", procedure.id, follow_up, history)
    return asked


def main() -> None:
    parser = argparse.ArgumentParser(description="Ask every procedure by its own names; count the misses.")
    parser.add_argument("--show", type=int, default=10, help="misses to print per kind")
    options = parser.parse_args()
    assistant = Assistant(get_settings())
    procedures = sorted((p for p in assistant.index.current().procedures.values() if p.kind == "procedure"),
                        key=lambda p: p.id)
    print(f"{len(procedures)} procedures; asking…", file=sys.stderr)
    for kind, rows in probe(assistant, procedures).items():
        misses = [row for row in rows if row[0] != row[2]]
        share = 1 - len(misses) / len(rows) if rows else float("nan")
        print(f"{kind:10s} {len(rows) - len(misses):5d}/{len(rows):<5d} reached ({share:.1%})")
        for procedure_id, question, got in misses[:options.show]:
            print(f"    {procedure_id}: {question!r} -> {got}")


if __name__ == "__main__":
    main()
