"""The systems an evaluation compares, all on the same index and embedder.

- `assistant`: the real pipeline, unchanged.
- `dense-only` / `keyword-only`: the same pipeline with one retrieval signal, to show what the hybrid
  buys. They subclass :class:`Assistant` and override only its `retrieve` stage, so the pipeline
  module stays the single definition of every other stage.
- `naive-langchain`: what a team would build first (see :mod:`evals.naive`).

A system answers `ask(question, history) -> Answer` and names the titles of the procedures it
retrieved (`titles(answer)`), which the retrieval metrics match the expected procedure against.
"""
from __future__ import annotations

from typing import Protocol

from assistant.answer import Answer
from assistant.embeddings import Embedder, make_embedder
from assistant.index import IndexHandle
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.store import Store, make_client

SYSTEMS = ("assistant", "dense-only", "keyword-only", "naive-langchain")


class System(Protocol):
    name: str

    def ask(self, question: str, history: list[dict] | None = None) -> Answer: ...

    def titles(self, answer: Answer) -> list[str]: ...


class ModeAssistant(Assistant):
    """The assistant with its retrieval restricted to one mode: hybrid, dense or keyword."""

    def __init__(self, settings: Settings, mode: str = "hybrid", name: str = "assistant", **kwargs) -> None:
        super().__init__(settings, **kwargs)
        self.retrieval_mode = mode  # keyword-only still embeds the question, so timings stay comparable
        self.name = name

    def titles(self, answer: Answer) -> list[str]:
        """The retrieved procedure ids as titles, through the snapshot the answer came from."""
        procedures = self.index.current().procedures
        return [procedures[i].title if i in procedures else i for i in answer.retrieved]


def build_systems(
    settings: Settings,
    names: list[str] | tuple[str, ...] = SYSTEMS,
    embedder: Embedder | None = None,
    index: IndexHandle | None = None,
    workdir=None,
) -> list:
    """The named systems, sharing one embedder and one index handle (and so one snapshot)."""
    unknown = [n for n in names if n not in SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system(s) {', '.join(unknown)}: choose from {', '.join(SYSTEMS)}")
    embedder = embedder or make_embedder(settings.embedder, settings.embed_threads)
    index = index or IndexHandle(Store(make_client(settings), settings.collection, embedder))
    modes = {"assistant": "hybrid", "dense-only": "dense", "keyword-only": "keyword"}
    systems = []
    for name in names:
        if name in modes:
            systems.append(ModeAssistant(settings, modes[name], name, embedder=embedder, index=index))
        else:
            from .naive import NaiveLangChain

            systems.append(NaiveLangChain(settings, embedder, workdir=workdir))
    return systems


def index_info(systems: list) -> dict:
    """Which index version and embedder the pipeline systems answered from (for config.json)."""
    for system in systems:
        if isinstance(system, ModeAssistant):
            try:
                snapshot = system.index.current()
            except Exception as exc:  # an empty index still deserves a config.json
                return {"index_error": str(exc)}
            pointer = system.index.store.pointer()
            return {
                "index_version": snapshot.version,
                "index_embedder": snapshot.embedder,
                "index_refreshed_at": snapshot.refreshed_at,
                "procedures": len(snapshot.procedures),
                "chunks": snapshot.chunk_count,
                "pointer": {k: v for k, v in pointer.items() if isinstance(v, (str, int, float, bool))},
            }
    return {}
