"""A ward clerk's whole journey through the console, in Debian's Chromium: sign in (after a wrong
password), upload a PDF with a new fee and a corrupt file, read the error and the diff, run the gate
on the shipped golden set, publish over its regressions as an approver with a reason, ask the widget
and get the new fee (and give it a thumbs-down), roll back and get the old fee over HTTP, find the
thumbs-down in the inbox and everything in the audit log.

Set CONSOLE_SCREENSHOTS=docs/screenshots to save each console page (the staff guide shows them).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.api.console_files import (APPROVER, FEE_QUESTION, NEW_FEE, OLD_FEE, PASSWORD, console_app, corrupt_pdf,
                                     signature_fee_pdf)
from tests.api.live import live_server
from tests.api.test_widget_browser import ask, stub_portal

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def journey(tmp_path_factory, embedding_cache, embedder):
    root = tmp_path_factory.mktemp("console-browser")
    app, _ = console_app(root, embedding_cache, embedder)  # the gate runs the whole shipped dev set
    with live_server(app) as url:
        yield app, url, root


@pytest.fixture
def desk(browser):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(120_000)  # the gate asks 217 questions twice before its result is shown
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def nav(page, name: str) -> None:
    page.get_by_role("navigation").get_by_role("link", name=name).click()


def shot(page, name: str) -> None:
    folder = os.environ.get("CONSOLE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        # The gate's page lists every changed answer: its first screen is what the guide needs.
        page.screenshot(path=str(Path(folder) / f"console-{name}.png"), full_page=name != "gate")


def test_a_clerk_publishes_a_new_fee_and_rolls_it_back(desk, journey, tmp_path):
    app, url, _ = journey
    page = desk
    page.goto(url + "/admin")
    assert page.url.startswith(url + "/admin/login")
    page.get_by_label("Tên đăng nhập").fill(APPROVER)
    page.get_by_label("Mật khẩu").fill("sai-mat-khau-roi")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_test_id("login-error")).to_have_text("Tên đăng nhập hoặc mật khẩu không đúng.")
    shot(page, "login")
    page.get_by_label("Tên đăng nhập").fill(APPROVER)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name="Tổng quan")).to_be_visible()
    shot(page, "overview")

    nav(page, "Bản nháp")
    pdf, broken = signature_fee_pdf(tmp_path / "chung-thuc-chu-ky.pdf"), corrupt_pdf(tmp_path / "ban-quet-hong.pdf")
    page.get_by_test_id("upload-input").set_input_files([pdf, broken])
    page.get_by_test_id("upload-submit").click()
    good = page.locator('[data-testid=draft-file][data-name="chung-thuc-chu-ky.pdf"]')
    bad = page.locator('[data-testid=draft-file][data-name="ban-quet-hong.pdf"]')
    expect(good.get_by_test_id("file-status")).to_have_text("Đã đọc: nhận ra 1 thủ tục")
    expect(good).to_contain_text("Cập nhật thủ tục đang có")
    expect(bad.get_by_test_id("file-status")).to_have_text("Không đọc được")
    expect(bad).to_contain_text("Tệp bị hỏng, không đọc được.")
    shot(page, "draft")

    good.get_by_role("link", name="Xem chi tiết và sửa").click()
    expect(page.get_by_test_id("extracted-text")).to_contain_text(f"{NEW_FEE} đồng")
    expect(page.get_by_test_id("section-fee")).to_contain_text(f"{NEW_FEE} đồng")
    shot(page, "file")

    nav(page, "Thay đổi")
    changed = page.locator("[data-testid=diff-procedure][data-action=updated]")
    expect(changed).to_have_count(1)
    fee = changed.locator("[data-testid=diff-field][data-field=fee]")
    expect(fee.locator("td.old")).to_contain_text(OLD_FEE)
    expect(fee.locator("td.new")).to_contain_text(NEW_FEE)
    shot(page, "diff")

    nav(page, "Kiểm thử")
    page.get_by_test_id("run-gate").click()
    # The dev set's 217 questions, asked twice, take a while: the page says how far the run is and
    # refreshes itself until the result is there.
    expect(page.get_by_test_id("gate-progress")).to_contain_text("câu hỏi")
    result = page.get_by_test_id("gate-result")
    expect(result).to_have_attribute("data-blocked", "yes", timeout=120_000)  # the golden fee questions still expect 10.000
    regression = page.locator("[data-testid=gate-change][data-regression=yes]").first
    expect(regression).to_contain_text(OLD_FEE)
    expect(regression).to_contain_text(NEW_FEE)
    shot(page, "gate")
    page.get_by_test_id("override-reason").fill("Phí mới theo quyết định của UBND phường")
    page.get_by_test_id("publish").click()
    expect(page.locator("[data-testid=version][data-live=yes]")).to_contain_text(APPROVER)
    expect(page.locator("[data-testid=version][data-live=yes]")).to_contain_text("Phí, lệ phí")
    shot(page, "versions")

    citizen = page.context.new_page()
    stub_portal(citizen)
    citizen.goto(url + "/")
    citizen.get_by_test_id("ward-assistant-launcher").click()
    reply = ask(citizen, FEE_QUESTION)
    expect(reply).to_contain_text(f"{NEW_FEE} đồng")
    reply.get_by_role("button", name=re.compile("Chưa hữu ích")).click()
    reply.get_by_label("Thiếu thông tin").check()
    reply.get_by_role("button", name="Gửi góp ý").click()
    expect(reply.locator(".thanks")).to_be_visible()
    citizen.close()

    page.get_by_test_id("rollback").first.click()
    expect(page.locator("[data-testid=version][data-live=yes]")).to_contain_text("bản nạp bằng lệnh ingest")
    answer = page.request.post(url + "/api/ask", data={"question": FEE_QUESTION}).json()["answer"]
    assert f"{OLD_FEE} đồng" in answer and NEW_FEE not in answer

    unknown = "Cho tôi hỏi thủ tục cấp phép bay flycam, gọi lại số 0912345678"
    assert page.request.post(url + "/api/ask", data={"question": unknown}).json()["status"] == "not_found"
    nav(page, "Câu hỏi cần xử lý")
    item = page.locator("[data-testid=inbox-item][data-kind=not_helpful]")
    expect(item).to_contain_text(FEE_QUESTION)
    expect(item).to_contain_text("Thiếu thông tin")
    expect(page.locator("[data-testid=inbox-item][data-kind=not_found]")).to_contain_text("[số điện thoại]")
    assert "0912345678" not in page.content()
    expect(page.get_by_test_id("inbox-group").first).to_contain_text("Chứng thực chữ ký")
    shot(page, "inbox")
    page.get_by_test_id("inbox-group").first.get_by_role("link", name="Mở thủ tục").click()
    expect(page.get_by_role("heading", name="Phí, lệ phí")).to_be_visible()
    expect(page.locator("main")).to_contain_text(f"{OLD_FEE} đồng")  # the live (rolled back) procedure
    shot(page, "procedure")

    nav(page, "Nhật ký")
    logged = page.locator("[data-testid=audit-event]")
    for action in ("sign_in_failed", "sign_in", "upload", "gate_run", "override", "publish", "rollback"):
        expect(logged.and_(page.locator(f"[data-action={action}]")).first).to_be_visible()
    expect(page.locator("[data-action=upload]")).to_have_count(2)
    shot(page, "audit")

    page.get_by_test_id("switch-language").click()
    expect(page.get_by_role("heading", name="Audit log")).to_be_visible()
    assert page.errors == []
