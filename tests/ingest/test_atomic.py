"""A refresh killed with SIGKILL mid-embedding leaves the previous index serving; the next one completes."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.pipeline import Assistant
from ingest.run import ingest
from tests.ingest.makers import RECORDS, pigeon_folder

ROOT = Path(__file__).resolve().parents[2]
PIGEON = "Đăng ký nuôi chim bồ câu cần điều kiện gì?"


def _many_records(count: int) -> str:
    """Distinct fictitious records, so the killed refresh has real embedding work to do."""
    lines = []
    for i in range(count):
        record = dict(RECORDS[0], ma_thu_tuc=f"9.95{i:04d}", ten_thu_tuc=f"Cấp giấy phép thử nghiệm số {i} cho hộ {i * 7}",
                      trinh_tu_thuc_hien=f"Bước 1: Nộp tờ khai số {i}.\nBước 2: Phường xem xét hồ sơ {i}.",
                      yeu_cau_dieu_kien=f"Điều kiện riêng của giấy phép {i}: có {i + 3} mét vuông đất.")
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines)


def _cached_rows(path: Path) -> int:
    try:
        with sqlite3.connect(str(path), timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_mid_embedding_keeps_the_old_index_serving(tmp_path, make_settings, embedder):
    folder = pigeon_folder(tmp_path)
    settings = make_settings()
    ingest(settings, [folder], embedder=embedder)
    before = Assistant(settings, embedder=embedder).ask(PIGEON)
    assert "5 mét" in before.answer

    (folder / "many.jsonl").write_text(_many_records(12), encoding="utf-8")
    fresh_cache = tmp_path / "fresh-cache.sqlite"  # nothing cached: the child must embed
    env = dict(os.environ, WARD_DATA_DIR=str(settings.data_dir), WARD_EMBEDDING_CACHE=str(fresh_cache))
    child = subprocess.Popen([sys.executable, "-m", "cli.main", "ingest", str(folder)], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while _cached_rows(fresh_cache) == 0 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.poll() is None, "the refresh finished before it could be killed"
        assert _cached_rows(fresh_cache) > 0  # it is embedding now
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    serving = Assistant(settings, embedder=embedder)
    after_kill = serving.ask(PIGEON)
    assert after_kill.answer == before.answer
    assert serving.index.current().procedures.keys() == {"dang-ky-nuoi-chim-bo-cau-trong-khu-dan-cu-9-900102"}

    # The killed refresh held the lock only while it lived; its half-embedded work is reused.
    report = ingest(settings.model_copy(update={"embedding_cache": fresh_cache}), [folder], embedder=embedder)
    assert report.count("created") == 12 and not report.failed
    assert report.embedded < report.chunks
    assert len(Assistant(settings, embedder=embedder).index.current().procedures) == 13
