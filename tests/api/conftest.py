"""Fixtures for the API tests: real uvicorn servers on free loopback ports, and one Chromium.

Servers run in a thread of the test process (as httpx's own tests do), so a test can look inside the
app state (the feedback store) after driving it over HTTP or through the browser.
"""
from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from assistant.pipeline import Assistant
from assistant.settings import Settings
from tests.api.live import live_server


CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ADMIN_TOKEN = "test-admin-token"
PHONE = {"width": 390, "height": 844}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--no-first-run"]

# A corpus document whose text carries markup that would run if the widget ever used innerHTML.
HOSTILE_DOC = """---
id: xac-nhan-thu-nghiem-an-toan
kind: procedure
title: "Xác nhận thử nghiệm an toàn <img src=x onerror=\\"window.__pwned=1;alert(1)\\">"
short_title: "Xác nhận thử nghiệm an toàn <b>đậm</b>"
code: "9.999999"
field: Thử nghiệm
level: Cấp xã
agency: Ủy ban nhân dân cấp xã
where: "Bộ phận một cửa <script>window.__pwned=3;alert(3)</script>"
fee_summary: "7.000 đồng/bản <img src=x onerror=\\"window.__pwned=4;alert(4)\\">"
time_limit: "Trong ngày"
source_url: "javascript:window.__pwned='link'"
aliases:
  - xác nhận thử nghiệm an toàn
  - safety test confirmation
---

# Xác nhận thử nghiệm an toàn

Thủ tục giả dùng để kiểm thử: xác nhận thử nghiệm an toàn cho người dân.

## Phí, lệ phí
- Lệ phí xác nhận thử nghiệm an toàn là 7.000 đồng/bản <img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2;alert(2)</script>

## Thành phần hồ sơ
- Tờ khai xác nhận thử nghiệm <img src=x onerror="window.__pwned=6;alert(6)"> (1 bản chính).
"""


@pytest.fixture(scope="session")
def api_settings(small_index, tmp_path_factory) -> Settings:
    """The small index's settings with a data folder of its own for feedback, so the index stays untouched."""
    settings, _ = small_index
    return settings.model_copy(update={"data_dir": tmp_path_factory.mktemp("api-data"), "rate_limit_per_minute": 10_000,
                                       "admin_token": ADMIN_TOKEN})


@pytest.fixture(scope="session")
def api_app(api_settings, small_assistant):
    return create_app(api_settings, assistant=small_assistant)


@pytest.fixture(scope="session")
def base_url(api_app):
    with live_server(api_app) as url:
        yield url


@pytest.fixture
def client(base_url):
    with httpx.Client(base_url=base_url, timeout=60) as http:
        yield http


@pytest.fixture(scope="session")
def hostile_index(tmp_path_factory, embedding_cache, embedder):
    """A writable index of its own: one real procedure plus the hostile document, via ingest.run.ingest."""
    from ingest.run import ingest

    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    (corpus / "procedures").mkdir(parents=True)
    shutil.copy(CORPUS / "procedures/chung-thuc/chung-thuc-chu-ky.md", corpus / "procedures")
    shutil.copy(CORPUS / "ward-profile.yaml", corpus / "ward-profile.yaml")
    (corpus / "procedures" / "xac-nhan-thu-nghiem-an-toan.md").write_text(HOSTILE_DOC, encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, embedding_cache=embedding_cache,
                        admin_token=ADMIN_TOKEN, rate_limit_per_minute=10_000)
    report = ingest(settings, [corpus], embedder=embedder)
    assert not report.failed, report.summary()
    return settings


@pytest.fixture(scope="session")
def hostile_app(hostile_index, embedder):
    from ingest.run import ingest

    assistant = Assistant(hostile_index, embedder=embedder)
    return create_app(hostile_index, assistant=assistant, ingest_files=functools.partial(ingest, embedder=embedder))


@pytest.fixture(scope="session")
def hostile_url(hostile_app):
    with live_server(hostile_app) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_session():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session):
    # `make test` finds or installs Debian's Chromium and says where (CHROMIUM).
    browser = playwright_session.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                                 args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def phone(browser):
    """A fresh phone-sized page; collects dialogs (none may ever open) and page errors."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, locale="vi-VN")
    page = context.new_page()
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


