"""Server-sent events for the chat stream: how an :class:`Answer` becomes `status`, `delta`,
`citations`, `procedure` and `done` events.

The extractive composer produces the whole answer at once, so the deltas are the answer cut at line
and word boundaries: the widget shows text as soon as the first piece arrives and a composer that
streams tokens can later feed the same events. Joined, the deltas are exactly `answer.answer`.
"""
from __future__ import annotations

import json
import re

# Big enough to keep the event count low, small enough that a long answer paints progressively.
DELTA_CHARS = 80
_PIECES = re.compile(r"[^\n]*\n|[^\n]+")


def event(name: str, data: dict) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def deltas(text: str, size: int = DELTA_CHARS) -> list[str]:
    """`text` in pieces that end at a line or a word boundary and together equal `text`."""
    pieces: list[str] = []
    for line in _PIECES.findall(text):
        while len(line) > size:
            cut = line.rfind(" ", 0, size)
            cut = cut + 1 if cut > 0 else size
            pieces.append(line[:cut])
            line = line[cut:]
        if line:
            pieces.append(line)
    return pieces


def parse(stream_text: str) -> list[tuple[str, dict]]:
    """The events of a complete stream, for tests and benchmarks."""
    events = []
    for block in stream_text.split("\n\n"):
        name, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events
