"""Screenshots of the widget on `/` and `/kiosk`, taken with Chromium against a running server.

    WARD_DATA_DIR=/tmp/ward-shots ward-assistant ingest
    WARD_DATA_DIR=/tmp/ward-shots ward-assistant serve --port 8765 &
    .venv/bin/python scripts/screenshots.py --url http://127.0.0.1:8765 --out docs/screenshots
"""
from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

PHONE = {"width": 390, "height": 844}
TABLET = {"width": 820, "height": 1180}
QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
KIOSK_QUESTION = "Đăng ký tạm trú cần giấy tờ gì?"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--no-first-run"]


def ask(page, question: str) -> None:
    page.get_by_test_id("ward-assistant-input").fill(question)
    page.get_by_test_id("ward-assistant-send").click()
    reply = page.get_by_test_id("ward-assistant-message").last
    expect(reply.locator(".feedback")).to_have_count(1, timeout=120_000)


def show_top(locator) -> None:
    """Scroll the chat so the start of this message is in view (the question just above it)."""
    locator.evaluate("el => el.parentElement.scrollTop = el.offsetTop - el.parentElement.offsetTop - 70")


def shoot(browser, url: str, out: Path) -> list[Path]:
    taken = []

    def save(page, name):
        path = out / name
        page.screenshot(path=str(path))
        taken.append(path)

    phone = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True).new_page()
    phone.goto(url + "/")
    phone.get_by_test_id("ward-assistant-launcher").wait_for()
    save(phone, "demo-phone-launcher.png")
    phone.get_by_test_id("ward-assistant-launcher").click()
    save(phone, "widget-phone-start.png")
    ask(phone, QUESTION)
    reply = phone.get_by_test_id("ward-assistant-message").last
    reply.get_by_test_id("ward-assistant-citation").first.click()
    show_top(reply)
    save(phone, "widget-phone-answer.png")
    reply.locator("details.card summary").click()
    reply.locator("details.card").scroll_into_view_if_needed()
    save(phone, "widget-phone-checklist.png")
    phone.context.close()

    desktop = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    desktop.goto(url + "/")
    desktop.get_by_test_id("ward-assistant-launcher").click()
    ask(desktop, QUESTION)
    save(desktop, "demo-desktop-answer.png")
    desktop.context.close()

    for name, viewport in (("kiosk-phone.png", PHONE), ("kiosk-tablet.png", TABLET)):
        kiosk = browser.new_context(viewport=viewport, device_scale_factor=2 if viewport is PHONE else 1).new_page()
        kiosk.goto(url + "/kiosk")
        kiosk.get_by_test_id("ward-assistant-input").wait_for()
        if viewport is TABLET:
            save(kiosk, "kiosk-tablet-start.png")
        ask(kiosk, KIOSK_QUESTION)
        reply = kiosk.get_by_test_id("ward-assistant-message").last
        reply.locator("details.card summary").click()
        show_top(reply)
        save(kiosk, name)
        kiosk.context.close()
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=options.chromium, args=ARGS)
        for path in shoot(browser, options.url.rstrip("/"), options.out):
            print(path)
        browser.close()


if __name__ == "__main__":
    main()
