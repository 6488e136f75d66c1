"""The release gate on the development golden set, over the full shipped corpus.

The corpus ships an embedding seed (corpus/.embeddings), so building this index embeds little.
"""
from __future__ import annotations

from pathlib import Path

from assistant.pipeline import Assistant
from assistant.settings import Settings
from evals.golden import load_cases, passes
from ingest.run import ingest

ROOT = Path(__file__).resolve().parent.parent


def test_dev_set_passes_the_release_bar(tmp_path, embedder, embedding_cache):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=ROOT / "corpus", embedding_cache=embedding_cache)
    report = ingest(settings, [ROOT / "corpus"], embedder=embedder)
    assert not report.failed
    assistant = Assistant(settings, embedder=embedder)
    cases = load_cases(ROOT / "evals" / "datasets" / "dev.jsonl")
    verdicts = {}
    for case in cases:
        answer = assistant.ask(case.question, case.history)
        verdicts[case.id] = passes(case, answer.status, answer.answer, [c.title for c in answer.citations])
        if answer.status == "answered":
            from assistant.verify import unsupported_figures
            assert not unsupported_figures(answer.answer, answer.citations, (answer.procedure or {}).get("short_title", "") and (
                answer.procedure["title"], answer.procedure["short_title"], answer.procedure.get("english_name") or "")), case.id
    overall = sum(verdicts.values()) / len(cases)
    assert overall >= 0.9, f"pass rate {overall:.1%}; failing: {[k for k, v in verdicts.items() if not v]}"
    for tag in {t for c in cases for t in c.tags}:
        tagged = [c.id for c in cases if tag in c.tags]
        rate = sum(verdicts[i] for i in tagged) / len(tagged)
        assert rate >= 0.85, f"tag {tag}: {rate:.1%}"
    refusals = [c.id for c in cases if c.expect.refuse]
    assert all(verdicts[i] for i in refusals), "every out-of-scope case must be refused"
