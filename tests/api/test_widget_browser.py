"""The widget in a real Chromium on a phone-sized screen: ask, stream, cite, give feedback, use it by
keyboard alone, and show a hostile document's markup as text without running it."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from api.app import create_app
from assistant.answer import Answer
from assistant.messages import WIDGET_TEXT, WardProfile
from tests.api.conftest import CORPUS
from tests.api.live import live_server

FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
PORTAL = "https://dichvucong.gov.vn/"
# The element focused inside the shadow root (document.activeElement stops at the host).
FOCUSED = """() => { let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a ? (a.getAttribute('data-testid') || a.tagName.toLowerCase()) : null; }"""


def stub_portal(page):
    """The portal is outside the test's network: answer its pages with a stub to see them open."""
    page.context.route(PORTAL + "**", lambda route: route.fulfill(status=200, content_type="text/html",
                                                                   body="<title>portal stub</title>"))


def ask(page, question: str):
    page.get_by_test_id("ward-assistant-input").fill(question)
    with page.expect_response("**/api/chat") as chat:
        page.get_by_test_id("ward-assistant-send").click()
    assert chat.value.headers["content-type"].startswith("text/event-stream")
    reply = page.get_by_test_id("ward-assistant-message").last
    expect(reply.locator(".feedback, .thanks, [role=alert]")).to_have_count(1, timeout=60_000)
    return reply


def test_citizen_asks_on_a_phone_and_sees_a_cited_streamed_answer(phone, base_url, api_app):
    stub_portal(phone)
    phone.goto(base_url + "/")
    launcher = phone.get_by_test_id("ward-assistant-launcher")
    expect(launcher).to_be_visible()
    # The host page styles every button hotpink; the shadow root keeps the launcher its own colour.
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") != "rgb(255, 105, 180)"
    box = launcher.bounding_box()
    assert box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844
    launcher.click()
    assert phone.evaluate(FOCUSED) == "ward-assistant-input"
    panel = phone.locator("ward-assistant .panel")
    assert panel.bounding_box()["width"] == 390  # full screen on a phone
    expect(phone.get_by_text(WIDGET_TEXT["vi"]["privacy"])).to_be_visible()

    reply = ask(phone, FEE_QUESTION)
    expect(phone.get_by_test_id("ward-assistant-message")).to_have_count(2)
    expect(phone.get_by_test_id("ward-assistant-message").first).to_contain_text(FEE_QUESTION)
    expect(reply).to_contain_text("10.000")
    expect(reply.locator("strong").first).to_have_text("Chứng thực chữ ký")  # **bold** rendered, not shown
    assert "**" not in reply.inner_text()

    chips = reply.get_by_test_id("ward-assistant-citation")
    assert chips.count() >= 1
    chips.first.click()
    expect(chips.first).to_have_attribute("aria-expanded", "true")
    quote = reply.locator(".quote blockquote")
    expect(quote).to_be_visible()
    expect(quote).to_contain_text("10.000")
    source = reply.locator(".quote a")
    assert source.get_attribute("href").startswith(PORTAL)
    with phone.context.expect_page() as opened:
        source.click()
    assert opened.value.url.startswith(PORTAL)
    opened.value.close()

    card = reply.locator("details.card")
    card.locator("summary").click()
    expect(card).to_contain_text("10.000 đồng")
    assert card.locator("input[type=checkbox]").count() >= 2  # papers to bring, as a checklist

    reply.get_by_role("button", name=re.compile("Chưa hữu ích")).click()
    reply.get_by_label("Thiếu thông tin").check()
    reply.get_by_role("textbox", name="Góp ý thêm (không bắt buộc)").fill("Thiếu giờ làm việc")
    reply.get_by_role("button", name="Gửi góp ý").click()
    expect(reply.locator(".thanks")).to_have_text("Cảm ơn bạn đã góp ý!")
    stored = api_app.state.feedback.list(limit=1)[0]
    assert (stored.helpful, stored.reason, stored.comment) == (False, "incomplete", "Thiếu giờ làm việc")
    assert stored.question == FEE_QUESTION and stored.procedure_id == "chung-thuc-chu-ky"
    assert phone.dialogs == [] and phone.errors == []


def tab_to(page, test_id: str, presses: int = 40) -> None:
    """Press Tab until the element with `test_id` has the focus; fail if it never gets it."""
    for _ in range(presses):
        if page.evaluate(FOCUSED) == test_id:
            return
        page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == test_id


def test_the_widget_works_by_keyboard_alone(phone, base_url):
    phone.goto(base_url + "/")
    phone.get_by_test_id("ward-assistant-launcher").wait_for()
    tab_to(phone, "ward-assistant-launcher")
    phone.keyboard.press("Enter")
    assert phone.evaluate(FOCUSED) == "ward-assistant-input"
    phone.keyboard.type(FEE_QUESTION)
    phone.keyboard.press("Enter")
    reply = phone.get_by_test_id("ward-assistant-message").last
    expect(reply.locator(".feedback")).to_have_count(1, timeout=60_000)
    expect(reply).to_contain_text("10.000")
    tab_to(phone, "ward-assistant-citation")
    phone.keyboard.press("Enter")
    expect(reply.locator(".quote blockquote")).to_be_visible()
    phone.keyboard.press("Escape")
    expect(phone.locator("ward-assistant .panel")).to_be_hidden()
    assert phone.evaluate(FOCUSED) == "ward-assistant-launcher"
    assert phone.errors == []


def test_starters_english_switch_and_desk_hand_off(phone, base_url):
    phone.goto(base_url + "/")
    phone.get_by_test_id("ward-assistant-launcher").click()
    phone.get_by_role("button", name="Switch to English").click()
    expect(phone.get_by_test_id("ward-assistant-input")).to_have_attribute("placeholder", WIDGET_TEXT["en"]["placeholder"])
    phone.get_by_role("button", name="Talk to the ward desk").click()
    desk = phone.locator("ward-assistant .desk")
    expect(desk).to_contain_text("Trung tâm Phục vụ hành chính công phường Tân Hưng")
    expect(desk).to_contain_text("the staff will guide you in person")
    expect(desk).not_to_contain_text("CHƯA XÁC MINH")
    phone.get_by_role("button", name="How much is the fee to certify a signature?").click()
    reply = phone.get_by_test_id("ward-assistant-message").last
    expect(reply.locator(".feedback")).to_have_count(1, timeout=60_000)
    expect(reply).to_contain_text("10.000")
    expect(reply).to_contain_text("Quoted in Vietnamese")


class ScriptedAssistant:
    """Answers from a script, to drive the clarification path whatever the corpus holds."""

    profile = WardProfile.load(CORPUS / "ward-profile.yaml")
    options = ["Đăng ký kết hôn", "Đăng ký kết hôn có yếu tố nước ngoài"]

    def __init__(self):
        self.calls = []

    def ask(self, question, history):
        self.calls.append((question, history))
        if question in self.options:
            return Answer(status="answered", answer=f"**{question}**\n- Giấy tờ: tờ khai.", language="vi")
        text = "Bạn muốn hỏi thủ tục nào dưới đây?\n" + "\n".join(f"- {o}" for o in self.options)
        return Answer(status="clarification", answer=text, options=self.options, language="vi")


def test_clarification_options_are_buttons_that_ask(phone, api_settings):
    scripted = ScriptedAssistant()
    with live_server(create_app(api_settings, assistant=scripted)) as url:
        phone.goto(url + "/")
        phone.get_by_test_id("ward-assistant-launcher").click()
        reply = ask(phone, "kết hôn")
        options = reply.locator(".option")
        expect(options).to_have_text(ScriptedAssistant.options)
        assert reply.locator("li").count() == 0  # the choices are shown once, as buttons
        options.nth(1).focus()
        phone.keyboard.press("Enter")
        answer = phone.get_by_test_id("ward-assistant-message").last
        expect(answer.locator(".feedback")).to_have_count(1, timeout=60_000)
        expect(phone.get_by_test_id("ward-assistant-message")).to_have_count(4)
        expect(answer.locator("strong")).to_have_text("Đăng ký kết hôn có yếu tố nước ngoài")
    question, history = scripted.calls[-1]
    assert question == "Đăng ký kết hôn có yếu tố nước ngoài"
    assert [t["role"] for t in history] == ["user", "assistant"] and history[0]["content"] == "kết hôn"


def test_markup_in_a_document_shows_as_text_and_runs_nothing(phone, hostile_url):
    phone.goto(hostile_url + "/")
    phone.get_by_test_id("ward-assistant-launcher").click()
    reply = ask(phone, "Lệ phí xác nhận thử nghiệm an toàn là bao nhiêu?")
    expect(reply).to_contain_text("7.000")
    expect(reply).to_contain_text('<img src=x onerror="window.__pwned=1;alert(1)">')
    expect(reply).to_contain_text("<script>window.__pwned=2;alert(2)</script>")
    chips = reply.get_by_test_id("ward-assistant-citation")
    expect(chips.first).to_contain_text("<img src=x onerror=")
    chips.first.click()
    expect(reply.locator(".quote blockquote")).to_contain_text("<script>")
    card = reply.locator("details.card")
    card.locator("summary").click()
    expect(card).to_contain_text("<b>đậm</b>")
    expect(card).to_contain_text("<script>window.__pwned=3;alert(3)</script>")
    expect(card).to_contain_text('<img src=x onerror="window.__pwned=6;alert(6)">')
    phone.wait_for_load_state("networkidle")
    assert phone.dialogs == []
    assert phone.evaluate("() => window.__pwned") is None
    counts = phone.evaluate("""() => { const r = document.querySelector('ward-assistant').shadowRoot;
        return [r.querySelectorAll('img, script, b, iframe').length,
                [...r.querySelectorAll('a')].filter(a => !/^https?:/.test(a.href)).length]; }""")
    assert counts == [0, 0]  # no element made from the document's markup; no javascript: link
    assert phone.errors == []


def test_kiosk_is_a_full_screen_chat_on_a_tablet(browser, base_url):
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    page = context.new_page()
    response = page.goto(base_url + "/kiosk")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.get_by_test_id("ward-assistant-launcher")).to_have_count(0)
    field = page.get_by_test_id("ward-assistant-input")
    expect(field).to_be_visible()
    assert page.locator("ward-assistant .panel").bounding_box()["height"] == 1180
    reply = ask(page, FEE_QUESTION)
    expect(reply).to_contain_text("10.000")
    context.close()
