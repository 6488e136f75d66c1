"""Recent turns of each chat, in memory, so a follow-up ("Còn lệ phí thì sao?") has its history.

Bounded three ways because it lives in the server's memory: conversations idle longer than `ttl_seconds`
are forgotten, at most `max_conversations` are kept (least recently used dropped first), and each keeps
only its last `max_turns` exchanges. Questions are stored with personal data already masked.
"""
from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from assistant.answer import Answer
from assistant.text import mask_personal_data


@dataclass
class Exchange:
    """One question and its answer, addressable by `id` for feedback."""
    id: str
    question: str  # masked
    answer: str
    status: str
    procedure_id: str


@dataclass
class Conversation:
    id: str
    exchanges: list[Exchange] = field(default_factory=list)
    touched: float = 0.0

    def history(self) -> list[dict]:
        """The turns in the shape `Assistant.ask` takes."""
        turns: list[dict] = []
        for exchange in self.exchanges:
            turns += [{"role": "user", "content": exchange.question}, {"role": "assistant", "content": exchange.answer}]
        return turns


class ConversationStore:
    def __init__(self, max_conversations: int = 2000, max_turns: int = 6, ttl_seconds: float = 3600.0) -> None:
        self.max_conversations = max_conversations
        self.max_turns = max_turns
        self.ttl_seconds = ttl_seconds
        self._items: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_create(self, conversation_id: str | None) -> Conversation:
        """The conversation with this id, or a new one (unknown or expired ids start afresh)."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            conversation = self._items.pop(conversation_id, None) if conversation_id else None
            if conversation is None:
                conversation = Conversation(id=secrets.token_urlsafe(12))
            conversation.touched = now
            self._items[conversation.id] = conversation
            while len(self._items) > self.max_conversations:
                self._items.popitem(last=False)
            return conversation

    def history(self, conversation_id: str) -> list[dict]:
        with self._lock:
            conversation = self._items.get(conversation_id)
            return conversation.history() if conversation else []

    def record(self, conversation_id: str, question: str, answer: Answer) -> Exchange:
        exchange = Exchange(
            id=secrets.token_urlsafe(9),
            question=mask_personal_data(question),
            answer=answer.answer,
            status=answer.status,
            procedure_id=(answer.procedure or {}).get("id", ""),
        )
        with self._lock:
            conversation = self._items.get(conversation_id)
            if conversation is not None:
                conversation.exchanges = (conversation.exchanges + [exchange])[-self.max_turns:]
                conversation.touched = time.monotonic()
        return exchange

    def find(self, conversation_id: str | None, exchange_id: str | None) -> Exchange | None:
        if not conversation_id or not exchange_id:
            return None
        with self._lock:
            conversation = self._items.get(conversation_id)
            if conversation is None:
                return None
            return next((e for e in conversation.exchanges if e.id == exchange_id), None)

    def __len__(self) -> int:
        return len(self._items)

    def _expire(self, now: float) -> None:
        while self._items:
            oldest = next(iter(self._items.values()))
            if now - oldest.touched < self.ttl_seconds:
                break
            self._items.popitem(last=False)
