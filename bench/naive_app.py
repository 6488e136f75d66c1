"""The naive LangChain baseline (evals/naive.py) behind the same `POST /api/ask` shape, so the load
benchmark can put both servers under the same traffic in the same run. A benchmark aid, not a product:

    .venv/bin/python -m uvicorn --factory bench.naive_app:create_app --port 8001
"""
from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from assistant.embeddings import make_embedder
from assistant.settings import get_settings
from evals.naive import NaiveLangChain


class Question(BaseModel):
    question: str


def create_app() -> FastAPI:
    settings = get_settings()
    naive = NaiveLangChain(settings, make_embedder(settings.embedder, settings.embed_threads))
    naive.prepare()  # splits and embeds the corpus once (cached by digest in WARD_DATA_DIR)
    app = FastAPI(title="naive baseline")

    @app.get("/healthz")
    def health() -> dict:
        return {"status": "ok", "chunks": naive.chunk_count}

    @app.post("/api/ask")
    def ask(body: Question) -> dict:  # sync: FastAPI runs it in its thread pool, like our /api/ask
        answer = naive.ask(body.question)
        return {"status": answer.status, "answer": answer.answer,
                "citations": [{"title": c.title, "url": c.url} for c in answer.citations]}

    return app
