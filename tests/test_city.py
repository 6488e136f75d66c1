"""A city deployment (issue 13): one shared index, each ward's overlay, `/w/<ward>/…`.

The first test runs the app in this process (real uvicorn, embedded Chroma) and looks at every
surface: the registry, the 404 of an unknown ward, the ward's page, profile and refusals, an upload
that changes one ward's answer only, who may upload where, and the per-ward counts. The second runs
the layout of the issue's "done": `ward-assistant serve --workers 2` on one `chroma run` server.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.city_store import CityStore
from api.console.auth import StaffStore
from api.wards import install_city
from assistant.pipeline import Assistant
from assistant.tenancy import Registry, add_ward
from cli.server import console_services
from ingest.run import ingest
from ingest.wards import ingest_ward, ward_settings
from tests.api.live import live_server
from tests.processes import log_tail
from tests.test_scale_out import WARD_ASSISTANT, _serve, _stop, _wait_ready, _worker_pids

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CITY_TOKEN = "city-admin-token"
PASSWORD = "mat-khau-dai-du-10"
FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
SHARED_SOURCE = "corpus/procedures/chung-thuc/chung-thuc-chu-ky.md"
OPENING_HOURS_GUIDE = "guides/gio-lam-viec-va-lien-he.md"
# Ward A's local fee decision: the shared procedure (same id and portal code) with another fee.
LOCAL_FEE = "15.000"


def local_fee_document() -> bytes:
    text = (CORPUS / "procedures/chung-thuc/chung-thuc-chu-ky.md").read_text(encoding="utf-8")
    assert text.count("10.000 đồng") >= 3
    return text.replace("10.000 đồng", f"{LOCAL_FEE} đồng").encode()


def write_registry(folder: Path) -> Path:
    path = folder / "wards.yaml"
    path.write_text("default: tan-hung\nwards:\n  tan-hung:\n    profile: " + str(CORPUS / "ward-profile.yaml") + "\n",
                    encoding="utf-8")
    add_ward(path, "a", ward_name="Phường Thử A", service_center="Trung tâm Phục vụ hành chính công phường Thử A")
    add_ward(path, "b", ward_name="Phường Thử B", service_center="Trung tâm Phục vụ hành chính công phường Thử B")
    return path


def basic(name: str, password: str = PASSWORD) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def upload(url: str, ward: str, headers: dict) -> httpx.Response:
    return httpx.post(f"{url}/w/{ward}/api/admin/ingest", headers=headers, timeout=120,
                      files=[("files", ("chung-thuc-chu-ky.md", local_fee_document(), "text/markdown"))])


def ask(url: str, question: str = FEE_QUESTION) -> dict:
    response = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()


def chat(url: str, question: str, conversation_id: str | None = None) -> dict:
    """The `done` event of one streamed answer."""
    response = httpx.post(f"{url}/api/chat", json={"question": question, "conversation_id": conversation_id}, timeout=60)
    assert response.status_code == 200, response.text
    return [json.loads(line[len("data:"):]) for line in response.text.splitlines() if line.startswith("data:")][-1]


def fee_of(answer: dict) -> tuple[str, tuple[str, ...]]:
    """The fee the answer states (local, shared or neither) and the sources it cites."""
    sources = tuple(sorted({c["source"] for c in answer["citations"]}))
    if answer["status"] != "answered":
        return answer["status"], sources
    return ("local" if LOCAL_FEE in answer["answer"] else "shared" if "10.000" in answer["answer"] else "none"), sources


@pytest.fixture
def city_index(tmp_path, make_settings, embedder, small_corpus_copy):
    corpus = small_corpus_copy(tmp_path / "corpus")
    shutil.copytree(CORPUS / ".embeddings", corpus / ".embeddings")
    shutil.copy(CORPUS / OPENING_HOURS_GUIDE, corpus / OPENING_HOURS_GUIDE)  # the default ward's own page
    registry = write_registry(tmp_path)
    return corpus, registry


def city_app(settings, corpus: Path, registry: Path, embedder):
    """The app `serve` builds for a city (cli/server.py), in this process: the API, the console, the
    city; the shared index ingested first."""
    from api.console.routes import install

    assert not ingest(settings, [corpus], embedder=embedder).failed
    app = create_app(settings, assistant=Assistant(settings, embedder=embedder),
                     ingest_files=lambda s, paths: ingest(s, paths, embedder=embedder))
    install(app, console_services(settings, embedder=embedder, golden_sets=[]))
    return app, install_city(app, registry, ingest_ward, ward_settings)


def test_each_ward_answers_from_the_shared_index_and_its_own_overlay(tmp_path, city_index, make_settings, embedder):
    corpus, registry = city_index
    settings = make_settings(admin_token=CITY_TOKEN, rate_limit_per_minute=100_000, wards_file=registry)
    app, services = city_app(settings, corpus, registry, embedder)
    staff = StaffStore.for_data_dir(settings.data_dir)
    for name, ward in (("an.a", "a"), ("binh.b", "b"), ("chi.city", "*")):
        staff.add(name, "editor", PASSWORD)
        services.store.bind_staff(name, ward)
    b_token = CityStore.for_data_dir(settings.data_dir).new_token("b")

    with live_server(app) as url:
        wards = httpx.get(f"{url}/api/wards").json()
        assert wards["default"] == "tan-hung" and [w["slug"] for w in wards["wards"]] == ["tan-hung", "a", "b"]
        assert httpx.get(f"{url}/w/b/api/wards").json() == wards

        # An unknown ward: 404 in the API's one error shape, on every kind of path.
        for path in ("/w/khong-co/api/ask", "/w/khong-co/", "/w/Not_A_Slug/api/ward"):
            response = httpx.post(f"{url}{path}", json={"question": FEE_QUESTION}) if path.endswith("ask") \
                else httpx.get(f"{url}{path}")
            assert response.status_code == 404 and response.json()["error"]["code"] == "unknown_ward", (path, response.text)

        # The ward's own page and profile; the console is not a ward's.
        page = httpx.get(f"{url}/w/a", follow_redirects=True)
        assert page.status_code == 200 and str(page.url).endswith("/w/a/") and "Phường Thử A" in page.text
        assert httpx.get(f"{url}/w/b/api/ward").json()["ward_name"] == "Phường Thử B"
        assert httpx.get(f"{url}/api/ward").json()["ward_name"] == "Phường Tân Hưng"
        assert httpx.get(f"{url}/w/a/admin").status_code == 404
        # A path typed with a trailing slash is redirected within the ward, not to the default ward.
        kiosk = httpx.get(f"{url}/w/a/kiosk/", follow_redirects=True)
        assert kiosk.status_code == 200 and str(kiosk.url).endswith("/w/a/kiosk") and 'mode="kiosk"' in kiosk.text, kiosk.url
        refusal = ask(f"{url}/w/b", "Giá vàng hôm nay bao nhiêu?")
        assert refusal["status"] == "out_of_scope" and "phường Thử B" in refusal["answer"], refusal

        # A guide the shared corpus wrote for the default ward is not quoted to another ward's citizens.
        hours = "Giờ làm việc của phường là mấy giờ, liên hệ ở đâu?"
        home = ask(url, hours)
        assert home["status"] == "answered" and "Tân Hưng" in home["answer"], home
        elsewhere = ask(f"{url}/w/b", hours)
        assert "Tân Hưng" not in elsewhere["answer"] and "phường Thử B" in elsewhere["answer"], elsewhere

        before = {w: fee_of(ask(f"{url}/w/{w}")) for w in ("a", "b", "tan-hung")}
        assert all(fee == "shared" for fee, _ in before.values()), before

        # Who may upload to ward a: not ward b's token, not ward b's staff, not a wrong password.
        assert upload(url, "a", {"Authorization": f"Bearer {b_token}"}).status_code == 403
        refused = upload(url, "a", basic("binh.b"))
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden", refused.text
        assert upload(url, "a", basic("an.a", "wrong-password-1")).status_code == 401
        assert upload(url, "a", {}).status_code == 401
        done = upload(url, "a", basic("an.a"))
        assert done.status_code == 200, done.text
        assert [(c["action"], c["procedure_id"]) for c in done.json()["changes"]] == [("created", "chung-thuc-chu-ky")]
        assert (settings.data_dir / "wards/a/uploads/chung-thuc-chu-ky.md").exists()

        # Ward a answers from its overlay and cites it; ward b and the default ward are untouched.
        fee, sources = fee_of(ask(f"{url}/w/a"))
        assert (fee, sources) == ("local", ("a/uploads/chung-thuc-chu-ky.md",)), (fee, sources)
        for ward in ("b", "tan-hung"):
            assert fee_of(ask(f"{url}/w/{ward}")) == ("shared", (SHARED_SOURCE,)), ward
        assert fee_of(ask(url)) == ("shared", (SHARED_SOURCE,))
        # The rest of ward a's answers still come from the shared index.
        other = ask(f"{url}/w/a", "Đăng ký khai sinh cần giấy tờ gì?")
        assert other["status"] == "answered" and all(c["source"].startswith("corpus/") for c in other["citations"])

        # A ward's staff cannot use the console of the shared index.
        with httpx.Client(base_url=url) as browser:
            login = browser.get("/admin/login")
            form = {"name": "binh.b", "password": PASSWORD, "csrf_token": browser.cookies["ward_console_login"], "next": "/admin"}
            browser.post("/admin/login", data=form)
            assert browser.get("/admin").status_code == 403, login.text[:200]

        # A chat started in ward a is not continued in ward b (nor at the root): each starts afresh.
        started = chat(f"{url}/w/a", "Đăng ký khai sinh cần giấy tờ gì?")
        assert chat(f"{url}/w/a", "Còn lệ phí thì sao?", started["conversation_id"])["conversation_id"] == started["conversation_id"]
        for elsewhere in (f"{url}/w/b", url):
            assert chat(elsewhere, "Còn lệ phí thì sao?", started["conversation_id"])["conversation_id"] != started["conversation_id"]

        # Per-ward counts, for the city admin only.
        assert httpx.post(f"{url}/w/b/api/feedback", json={"helpful": False, "question": FEE_QUESTION}).status_code == 201
        for prefix in ("", "/w/b"):
            assert httpx.get(f"{url}{prefix}/api/admin/wards", headers={"Authorization": f"Bearer {b_token}"}).status_code == 401
        counts = httpx.get(f"{url}/api/admin/wards", headers={"Authorization": f"Bearer {CITY_TOKEN}"}).json()["wards"]
        assert counts["a"]["questions"] == 5 and counts["a"]["statuses"] == {"answered": 5}
        assert counts["b"]["questions"] == 5 and counts["b"]["statuses"]["out_of_scope"] == 1
        assert counts["b"]["feedback"] == {"not_helpful": 1} and counts["a"]["feedback"] == {}
        assert counts["tan-hung"]["questions"] == 5
        status = httpx.get(f"{url}/w/b/api/admin/status", headers={"Authorization": f"Bearer {b_token}"}).json()
        assert status["unanswered_total"] == counts["b"]["unanswered"] and status["feedback"]["not_helpful"] == 1
        # A city-wide account acts for every ward; a ward's account for its own only.
        assert httpx.get(f"{url}/w/b/api/admin/status", headers=basic("chi.city")).status_code == 200
        assert httpx.get(f"{url}/w/b/api/admin/status", headers=basic("an.a")).status_code == 403
        overlay = httpx.get(f"{url}/w/a/api/admin/status", headers={"Authorization": f"Bearer {CITY_TOKEN}"}).json()["index"]
        assert overlay["procedures"] == 1 and overlay["version"].startswith("ward_w_a_chunks_"), overlay


def test_an_edited_registry_is_served_without_a_restart(tmp_path, city_index, make_settings, embedder):
    """A ward added to wards.yaml (as `ward-assistant ward add` does) or a profile corrected is served
    by the running city; an edit that does not load leaves the wards as they were."""
    corpus, registry = city_index
    settings = make_settings(rate_limit_per_minute=100_000, wards_file=registry, overlay_poll_seconds=0.1)
    app, _ = city_app(settings, corpus, registry, embedder)

    def ward_name(url: str, ward: str) -> str | None:
        response = httpx.get(f"{url}/w/{ward}/api/ward")
        return response.json()["ward_name"] if response.status_code == 200 else None

    def eventually(read, expected):
        deadline = time.monotonic() + 10
        while read() != expected and time.monotonic() < deadline:
            time.sleep(0.1)
        return read()

    with live_server(app) as url:
        assert ward_name(url, "b") == "Phường Thử B" and ward_name(url, "c") is None
        add_ward(registry, "c", ward_name="Phường Thử C", service_center="Trung tâm Phục vụ hành chính công phường Thử C")
        registry.write_text(registry.read_text(encoding="utf-8").replace("Phường Thử B", "Phường Thử Bê"), encoding="utf-8")
        assert eventually(lambda: ward_name(url, "c"), "Phường Thử C") == "Phường Thử C"
        assert [w["slug"] for w in httpx.get(f"{url}/api/wards").json()["wards"]] == ["tan-hung", "a", "b", "c"]
        # Its cached state was dropped with its old entry (both edits may land in two polls).
        assert eventually(lambda: ward_name(url, "b"), "Phường Thử Bê") == "Phường Thử Bê"
        refusal = ask(f"{url}/w/c", "Giá vàng hôm nay bao nhiêu?")
        assert refusal["status"] == "out_of_scope" and "phường Thử C" in refusal["answer"], refusal

        good = registry.read_text(encoding="utf-8")
        registry.write_text(good + "  d: [unclosed\n", encoding="utf-8")  # a slip while editing
        time.sleep(0.5)
        assert ward_name(url, "c") == "Phường Thử C" and ward_name(url, "a") == "Phường Thử A"
        assert ask(url)["status"] == "answered"  # the default ward, at the root, too
        registry.write_text(good.replace("default: tan-hung", "default: a"), encoding="utf-8")
        time.sleep(0.5)
        assert httpx.get(f"{url}/api/wards").json()["default"] == "tan-hung"  # moving the default takes a restart


def test_two_wards_on_one_chroma_server_and_two_workers(tmp_path, city_index, make_settings, embedder, embedding_cache,
                                                        chroma_server, free_port):
    """The issue's test: an upload in ward A changes A's answer and not B's, on both workers; B's
    staff cannot upload to A."""
    corpus, registry = city_index
    settings = make_settings(chroma_url=chroma_server, wards_file=registry)
    assert not ingest(settings, [corpus], embedder=embedder).failed
    assert Registry.load(registry).get("a").profile.ward_name == "Phường Thử A"

    env = {k: v for k, v in os.environ.items() if not k.startswith("WARD_")}
    env.update({"WARD_CHROMA_URL": chroma_server, "WARD_CORPUS_DIR": str(corpus), "WARD_DATA_DIR": str(settings.data_dir),
                "WARD_EMBEDDING_CACHE": str(embedding_cache), "WARD_ADMIN_TOKEN": CITY_TOKEN,
                "WARD_WARDS_FILE": str(registry), "WARD_RATE_LIMIT_PER_MINUTE": "100000"})
    # Staff accounts bound to their wards, made as an operator would, with the CLI.
    for ward, name in (("a", "an.a"), ("b", "binh.b")):
        made = subprocess.run([str(WARD_ASSISTANT), "ward", "staff", ward, name, "--role", "editor"], env=env,
                              input=f"{PASSWORD}\n{PASSWORD}\n", capture_output=True, text=True, timeout=60)
        assert made.returncode == 0, made.stdout + made.stderr
    listed = subprocess.run([str(WARD_ASSISTANT), "ward", "list"], env=env, capture_output=True, text=True, timeout=60)
    assert "a  Phường Thử A" in listed.stdout and "3 wards" in listed.stdout, listed.stdout + listed.stderr

    log = tmp_path / "serve.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = _serve(port, 2, env, tmp_path, log)

    def ask_many(ward: str, n: int = 8) -> list[tuple[str, tuple[str, ...]]]:
        with ThreadPoolExecutor(4) as pool:  # fresh connections: both workers take some
            return list(pool.map(lambda _: fee_of(ask(f"{url}/w/{ward}")), range(n)))

    try:
        _wait_ready(url, process, 2, log)
        assert len(_worker_pids(log)) == 2, log_tail(log)
        assert set(ask_many("a") + ask_many("b")) == {("shared", (SHARED_SOURCE,))}, log_tail(log)

        refused = upload(url, "a", basic("binh.b"))
        assert refused.status_code == 403, refused.text
        assert set(ask_many("a", 4)) == {("shared", (SHARED_SOURCE,))}, "B's refused upload changed A"

        done = upload(url, "a", basic("an.a"))
        assert done.status_code == 200, f"{done.text}\n{log_tail(log)}"
        # Both workers serve ward A's overlay (the other one notices it on its own) ...
        deadline = time.monotonic() + 60
        while set(seen := ask_many("a")) != {("local", ("a/uploads/chung-thuc-chu-ky.md",))}:
            assert time.monotonic() < deadline, f"{seen}\n{log_tail(log)}"
            time.sleep(0.5)
        # ... and ward B, on both workers, still the shared record.
        assert set(ask_many("b")) == {("shared", (SHARED_SOURCE,))}
        # The CLI answers as each ward's page does.
        for ward, fee, source in (("a", LOCAL_FEE, "a/uploads/chung-thuc-chu-ky.md"), ("b", "10.000", SHARED_SOURCE)):
            asked = subprocess.run([str(WARD_ASSISTANT), "ward", "ask", ward, FEE_QUESTION], env=env, capture_output=True,
                                   text=True, timeout=120)
            assert asked.returncode == 0 and fee in asked.stdout and source in asked.stdout, asked.stdout + asked.stderr
        assert process.poll() is None, log_tail(log)
    finally:
        _stop(process)


def test_a_wards_redirect_stays_under_its_prefix_and_leaves_other_hosts_alone():
    from api.wards import _within

    assert _within("/w/a", b"city.example", b"/kiosk") == b"/w/a/kiosk"
    assert _within("/w/a", b"City.Example", b"http://city.example/kiosk?x=1") == b"http://city.example/w/a/kiosk?x=1"
    assert _within("/w/a", b"city.example", b"https://dichvucong.gov.vn/thu-tuc") == b"https://dichvucong.gov.vn/thu-tuc"
    assert _within("/w/a", b"city.example", b"/w/b/") == b"/w/b/"  # another ward's page, as it was
    assert _within("/w/a", b"city.example", b"kiosk") == b"kiosk"  # relative: already within
