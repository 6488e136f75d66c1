"""Hybrid retrieval, procedure first, then section.

1. Dense: the question (diacritics restored, abbreviations expanded) against one profile vector per
   procedure and against the section chunks in Chroma; a procedure's dense score is its best match.
2. Keyword: accent-insensitive coverage of the question's terms by each procedure's names and body.
3. Fusion: dense similarities are standardised per question (z-scores, so the embedder's own scale
   does not matter) and added to the bounded keyword coverage. A question the keyword index cannot
   read (English) adds nothing there, so it cannot push the dense ranking around, which is how naive
   rank fusion hurts English questions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .documents import Procedure
from .index import Snapshot
from .settings import Settings


@dataclass
class ChunkHit:
    id: str
    procedure_id: str
    section: str
    text: str
    similarity: float


@dataclass
class Candidate:
    procedure: Procedure
    score: float
    dense: float
    keyword: float
    similarity: float  # raw best cosine similarity, for diagnostics
    name_precision: float = 0.0  # share of the procedure's best-matched name the question contains


@dataclass
class Retrieval:
    candidates: list[Candidate]
    chunks: list[ChunkHit] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def chunks_of(self, procedure_id: str) -> list[ChunkHit]:
        return [c for c in self.chunks if c.procedure_id == procedure_id]


def retrieve(
    snapshot: Snapshot,
    query_vector: np.ndarray,
    keyword_text: str,
    settings: Settings,
    *,
    mode: str = "hybrid",
) -> Retrieval:
    """Rank procedures for a question. `mode` is hybrid, dense or keyword (the last two for baselines)."""
    n = len(snapshot.profile_ids)
    if n == 0:
        return Retrieval([])
    profile_sims = snapshot.profile_matrix @ query_vector
    chunks = _chunk_hits(snapshot, query_vector, settings.chunk_top_k) if mode != "keyword" else []
    best_chunk = np.full(n, -1.0, dtype=np.float32)
    position = snapshot.positions
    for hit in chunks:
        i = position.get(hit.procedure_id)
        if i is not None and hit.similarity > best_chunk[i]:
            best_chunk[i] = hit.similarity
    similarity = np.maximum(profile_sims, best_chunk)
    dense = _standardise(similarity)

    kw = snapshot.keywords.scores(keyword_text)
    keyword = 0.55 * kw["names"] + 0.25 * kw["body"] + 0.20 * kw["precision"] * (kw["names"] > 0)

    if mode == "dense":
        fused = dense
    elif mode == "keyword":
        fused = keyword
    else:
        fused = settings.dense_weight * dense + settings.keyword_weight * keyword
    order = np.argsort(-fused)[: settings.candidate_procedures]
    candidates = [
        Candidate(
            procedure=snapshot.procedures[snapshot.profile_ids[i]],
            score=float(fused[i]),
            dense=float(dense[i]),
            keyword=float(keyword[i]),
            similarity=float(similarity[i]),
            name_precision=float(kw["precision"][i]),
        )
        for i in order
    ]
    return Retrieval(candidates, chunks)


def _standardise(similarity: np.ndarray) -> np.ndarray:
    """Map similarities to ~[0, 1] by how far each stands above the question's typical match."""
    if similarity.size < 2:
        return np.clip(similarity, 0, 1)
    spread = float(similarity.std()) or 1e-6
    z = (similarity - float(np.median(similarity))) / spread
    return np.clip(z / 5.0, 0.0, 1.0)


def _chunk_hits(snapshot: Snapshot, query_vector: np.ndarray, top_k: int) -> list[ChunkHit]:
    k = min(top_k, max(snapshot.chunk_count, 1))
    if snapshot.chunk_rows is not None:
        # Exact, in memory: the same nearest chunks on every start (see index.EXACT_SEARCH_MAX_CHUNKS).
        ids, metadatas, documents, vectors = snapshot.chunk_rows
        if not ids:
            return []
        similarities = vectors @ (query_vector / max(float(np.linalg.norm(query_vector)), 1e-12))
        nearest = np.argsort(-similarities, kind="stable")[:k]
        return [ChunkHit(ids[i], metadatas[i]["procedure_id"], metadatas[i]["section"], documents[i],
                         float(similarities[i])) for i in nearest]
    result = snapshot.collection.query(
        query_embeddings=[query_vector.tolist()],
        n_results=k,
        include=["metadatas", "documents", "distances"],
    )
    hits = []
    for chunk_id, meta, text, distance in zip(
        result["ids"][0], result["metadatas"][0], result["documents"][0], result["distances"][0]
    ):
        hits.append(ChunkHit(chunk_id, meta["procedure_id"], meta["section"], text, 1.0 - float(distance)))
    return hits
