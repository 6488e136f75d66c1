"""A city's widget in a real Chromium: the script tag of any host page with `data-ward` talks to that
ward (its overlay's answer), and a ward's kiosk under `/w/<ward>/` talks to its own ward."""
from __future__ import annotations

import shutil

from playwright.sync_api import expect

from ingest.wards import ingest_ward
from tests.api.live import live_server
from tests.api.test_widget_browser import ask
from tests.conftest import CORPUS
from tests.test_city import FEE_QUESTION, LOCAL_FEE, city_app, local_fee_document, write_registry

# A ward's own page carrying the city's script. Chromium lets only a loopback page load a loopback
# script, so the page is answered (by the browser's router, not the app) at a path the app does not serve.
HOST_PAGE = "/trang-cua-phuong/phuong-thu-a.html"


def test_the_widget_with_data_ward_and_the_kiosk_of_a_ward(phone, tmp_path, make_settings, embedder, small_corpus_copy):
    corpus = small_corpus_copy(tmp_path / "corpus")
    shutil.copytree(CORPUS / ".embeddings", corpus / ".embeddings")
    registry = write_registry(tmp_path)
    settings = make_settings(rate_limit_per_minute=100_000, wards_file=registry)
    app, services = city_app(settings, corpus, registry, embedder)
    upload = settings.data_dir / "wards/a/uploads/chung-thuc-chu-ky.md"
    upload.parent.mkdir(parents=True)
    upload.write_bytes(local_fee_document())
    assert not ingest_ward(settings, services.registry.get("a"), embedder=embedder, client=services.city.client).failed

    with live_server(app) as url:
        # Ward a's own page with the city's root script and data-ward="a".
        page = f'<html><body><h1>Phường Thử A</h1><script src="{url}/widget.js" data-ward="a" defer></script></body></html>'
        phone.route(url + HOST_PAGE, lambda route: route.fulfill(status=200, content_type="text/html", body=page))
        phone.goto(url + HOST_PAGE)
        phone.get_by_test_id("ward-assistant-launcher").click()
        with phone.expect_request(f"{url}/w/a/api/chat"):
            reply = ask(phone, FEE_QUESTION)
        expect(reply).to_contain_text(LOCAL_FEE)

        # Ward b's kiosk: the shared record's fee, not ward a's.
        phone.goto(f"{url}/w/b/kiosk")
        with phone.expect_request(f"{url}/w/b/api/chat"):
            reply = ask(phone, FEE_QUESTION)
        expect(reply).to_contain_text("10.000")
        expect(reply).not_to_contain_text(LOCAL_FEE)
        assert not phone.errors and not phone.dialogs
