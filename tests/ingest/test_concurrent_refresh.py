"""Two hosts refreshing one shared Chroma server at once: one wins, the other is told to retry,
and nothing the winner indexed is lost (each host's file lock only guards that host)."""
import pytest

from assistant.errors import RefreshInProgress
from assistant.pipeline import Assistant
from ingest.run import ingest
from tests.ingest.makers import RECORDS, make_html


def test_a_refresh_overtaken_by_another_host_is_refused_and_loses_nothing(tmp_path, make_settings, embedder, chroma_server):
    folder = tmp_path / "docs"
    folder.mkdir()
    make_html(folder / "first.html", RECORDS[0])
    host_a = make_settings(data_dir=tmp_path / "host-a", chroma_url=chroma_server)
    host_b = make_settings(data_dir=tmp_path / "host-b", chroma_url=chroma_server)
    ingest(host_a, [folder], embedder=embedder)

    make_html(folder / "second.html", RECORDS[1])
    overtaken = []

    def host_b_refreshes_meanwhile(done: int, total: int) -> None:
        # Called by host A's refresh after reading the pointer and before moving it.
        if not overtaken:
            overtaken.append(ingest(host_b, [folder], embedder=embedder))

    with pytest.raises(RefreshInProgress, match="run this one again"):
        # --rebuild, so host A writes a new version even though its own file did not change.
        ingest(host_a, [folder / "first.html"], embedder=embedder, progress=host_b_refreshes_meanwhile, rebuild=True)

    winner = overtaken[0]
    assert [c.action for c in winner.changes].count("created") == 1 and not winner.failed
    pigeon = Assistant(host_a, embedder=embedder).ask("Đăng ký nuôi chim bồ câu cần điều kiện gì?")
    assert pigeon.status == "answered" and "5 mét" in pigeon.answer  # host B's refresh is still live
    # Host A dropped the version it had written; only the live one and its predecessor remain.
    assert len(Assistant(host_a, embedder=embedder).index.store.chunk_collection_names()) <= 2
