"""The city's core (assistant/tenancy.py, ingest/wards.py) without HTTP: the registry, overlays that
stay in their ward, a bounded number of overlays in memory, and the overlay's keyword scores."""
from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.keyword import KeywordIndex
from assistant.messages import PLACEHOLDER
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.store import Store, make_client
from assistant.tenancy import City, OverlayKeywords, Registry, UnknownWard, add_ward, overlay_prefix
from ingest.run import collect, ingest, load_file
from ingest.wards import ingest_ward, ward_settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FEE_DOCUMENT = CORPUS / "procedures/chung-thuc/chung-thuc-chu-ky.md"
FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
GUIDE = CORPUS / "guides/mien-giay-phep-xay-dung-va-thong-bao-khoi-cong.md"
GUIDE_QUESTION = "Mẫu thông báo khởi công xây dựng lấy ở đâu?"


def test_the_registry_writes_placeholders_never_guesses(tmp_path):
    path = tmp_path / "wards.yaml"
    add_ward(path, "tan-my", ward_name="Phường Tân Mỹ")
    ward = Registry.load(path).get("tan-my")
    assert ward.profile.ward_name == "Phường Tân Mỹ"
    assert ward.profile.address.startswith(PLACEHOLDER) and ward.profile.public()["address"] is None
    with pytest.raises(ValueError, match="already"):
        add_ward(path, "tan-my")
    for bad in ("Tan_My", "-x", "a" * 25, "", "../etc"):
        with pytest.raises(ValueError):
            add_ward(path, bad)
    with pytest.raises(UnknownWard):
        Registry.load(path).get("khong-co")


def test_the_shipped_registry_loads_and_keeps_its_comments_when_a_ward_is_added(tmp_path):
    shipped = Registry.load(ROOT / "wards.yaml")
    assert shipped.default == "tan-hung" and shipped.get("tan-hung").profile.ward_name == "Phường Tân Hưng"
    copy = tmp_path / "wards.yaml"
    copy.write_text((ROOT / "wards.yaml").read_text(encoding="utf-8").replace("corpus/", str(CORPUS) + "/"), encoding="utf-8")
    add_ward(copy, "tan-my", ward_name="Phường Tân Mỹ")
    assert "QUY ƯỚC" in copy.read_text(encoding="utf-8")
    assert list(Registry.load(copy).wards) == ["tan-hung", "tan-my"]


def test_the_default_ward_keeps_the_single_ward_profile(tmp_path):
    path = tmp_path / "wards.yaml"
    path.write_text("default: tan-hung\nwards:\n  tan-hung: {}\n  b: {ward_name: Phường B}\n", encoding="utf-8")
    registry = Registry.load(path, default_profile=CORPUS / "ward-profile.yaml")
    assert registry.get("tan-hung").default and registry.get("tan-hung").profile.ward_name == "Phường Tân Hưng"
    assert not registry.get("b").default


# Below this fused keyword score no procedure is named: the question is about something else.
OFF_TOPIC_SCORE = 0.2
# Fused keyword scores this close are a tie, which the overlay's idf approximation may break either way.
TIE = 0.005


def test_overlay_keyword_scores_agree_with_a_rebuilt_index(tmp_path):
    """The overlay's small index, weighted as the shared one, ranks as a rebuilt index of the
    merged procedures would, for every first-turn question of the dev set."""
    settings = Settings(corpus_dir=CORPUS, data_dir=tmp_path)
    procedures = [p for f in collect([CORPUS]) for p in load_file(f, settings).procedures]
    shared = KeywordIndex.build(procedures)
    original = next(p for p in procedures if p.id == "chung-thuc-chu-ky")
    overlay = [dataclasses.replace(original, source="a/uploads/x.md", title=original.title + " theo quyết định của phường"),
               dataclasses.replace(next(p for p in procedures if p.kind == "guide"), id="gui-xe-cho",
                                   title="Hướng dẫn gửi xe ở chợ Tân Mỹ", aliases=["gửi xe chợ"])]
    keep = [i for i, pid in enumerate(shared.ids) if pid != original.id]
    ours, rebuilt = OverlayKeywords(shared, overlay, keep), KeywordIndex.build([procedures[i] for i in keep] + overlay)
    assert ours.ids == rebuilt.ids
    questions = [json.loads(line)["question"] for line in (ROOT / "evals/datasets/dev.jsonl").read_text().splitlines()
                 if line.strip()] + ["gửi xe chợ Tân Mỹ ở đâu"]
    for question in questions:
        a, b = ours.scores(question), rebuilt.scores(question)
        fused_a, fused_b = (0.55 * s["names"] + 0.25 * s["body"] + 0.2 * s["precision"] * (s["names"] > 0) for s in (a, b))
        runner_up = np.sort(fused_b)[-2]
        if fused_b.max() >= OFF_TOPIC_SCORE and fused_b.max() - runner_up > TIE:
            assert np.argmax(fused_a) == np.argmax(fused_b), question
        else:
            # an off-topic question ("sốt 39 độ") scores every procedure near zero, and two procedures may
            # tie within a few thousandths, where the overlay's idf approximation may swap them: first up
            # to a tie
            assert fused_a[np.argmax(fused_b)] >= fused_a.max() - TIE, question
        assert np.abs(fused_a - fused_b).max() < 0.1, question
    assert "gui" in ours.vocabulary and "chung" in ours.vocabulary


def test_overlays_stay_in_their_ward_and_memory_is_bounded(tmp_path, embedder, embedding_cache, small_corpus_copy):
    corpus = small_corpus_copy(tmp_path / "corpus")
    shutil.copytree(CORPUS / ".embeddings", corpus / ".embeddings")
    registry = tmp_path / "wards.yaml"
    for slug in ("a", "b", "c"):
        add_ward(registry, slug, ward_name=f"Phường {slug.upper()}")
    # Ward c's local guidance: the shared guide that names Tân Hưng, in its own words (same id).
    guide = corpus / "guides" / GUIDE.name
    local_guide = tmp_path / "wards" / "c" / GUIDE.name
    local_guide.parent.mkdir(parents=True)
    local_guide.write_text(guide.read_text(encoding="utf-8").replace("phường Tân Hưng", "Phường C"), encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, embedding_cache=embedding_cache, wards_file=registry)
    assert not ingest(settings, [corpus], embedder=embedder).failed
    city_registry = Registry.load(registry)
    client = make_client(settings)
    shared_pointer = Store(client, settings.collection, embedder).pointer()

    def pointer(slug: str) -> dict:
        return Store(client, overlay_prefix(settings.collection, slug), embedder).pointer()

    fees = {"a": "101.500", "b": "102.500"}
    for slug, fee in fees.items():
        document = ward_settings(settings, city_registry.get(slug)).uploads_dir / FEE_DOCUMENT.name
        document.parent.mkdir(parents=True)
        document.write_text(FEE_DOCUMENT.read_text(encoding="utf-8").replace("10.000 đồng", f"{fee} đồng"), encoding="utf-8")
        before_b = pointer("b")
        report = ingest_ward(settings, city_registry.get(slug), embedder=embedder, client=client)
        assert [(c.action, c.source) for c in report.changes] == [("created", f"{slug}/uploads/{FEE_DOCUMENT.name}")]
        if slug == "a":
            assert pointer("b") == before_b == {}  # a's refresh wrote nothing of b's
    assert Store(client, settings.collection, embedder).pointer() == shared_pointer  # nor of the shared index
    report = ingest_ward(settings, city_registry.get("c"), embedder=embedder, client=client)  # its documents folder
    assert [(c.action, c.source) for c in report.changes] == [("created", f"c/{GUIDE.name}")]

    city = City(Assistant(settings, embedder=embedder), city_registry, client, max_loaded=1)
    for slug in ("a", "b", "a", "c", "b"):
        answer = city.assistant(slug).ask(FEE_QUESTION)
        sources = {c.source for c in answer.citations}
        if slug == "c":
            assert "10.000" in answer.answer and sources == {"corpus/procedures/chung-thuc/chung-thuc-chu-ky.md"}
        else:
            assert fees[slug] in answer.answer and sources == {f"{slug}/uploads/{FEE_DOCUMENT.name}"}, (slug, answer)
        assert len(city.loaded_overlays()) <= 1
    for slug, source, wording in (("c", f"c/{GUIDE.name}", "Phường C"), ("a", f"corpus/guides/{GUIDE.name}", "Tân Hưng")):
        answer = city.assistant(slug).ask(GUIDE_QUESTION)
        assert answer.status == "answered" and {c.source for c in answer.citations} == {source}, (slug, answer)
        guide_text = " ".join(city.assistant(slug).index.current().procedures[GUIDE.stem].texts())
        assert wording in guide_text and ("Tân Hưng" in guide_text) == (slug == "a")
    assert city.assistant("b").profile.ward_name == "Phường B"
    # A ward's merged profile rows, read one by one (the intent check reads the topic reached), are
    # the rows retrieval multiplies.
    merged = city.assistant("a").index.current().profile_matrix
    probe = np.random.default_rng(0).normal(size=merged.shape[1]).astype(np.float32)
    assert np.allclose(np.stack([merged[row] for row in range(len(merged))]) @ probe, merged @ probe)
    assert np.isclose(merged[-1] @ probe, (merged @ probe)[-1])
    with pytest.raises(UnknownWard):
        city.assistant("d")

    # A registry reload forgets ward b: a request still holding its old assistant finishes its answer,
    # but does not bring the old index back into the loaded set over the new one.
    old_b = city.assistant("b")
    city.forget({"b"})
    assert fees["b"] in old_b.ask(FEE_QUESTION).answer
    assert "b" not in city.loaded_overlays()
    assert city.assistant("b") is not old_b and fees["b"] in city.assistant("b").ask(FEE_QUESTION).answer
    assert city.loaded_overlays() == ["b"]
