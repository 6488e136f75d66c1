"""The HTTP API over real HTTP: a real uvicorn server, real httpx, the small real index."""
from __future__ import annotations

import logging

import httpx
import pytest

from api.sse import parse

FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
CITATION_KEYS = {"title", "section", "url", "source", "quote"}


def chat(client: httpx.Client, question: str, conversation_id: str | None = None) -> list[tuple[str, dict]]:
    response = client.post("/api/chat", json={"question": question, "conversation_id": conversation_id})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    return parse(response.text)


def of(events, name):
    return [data for event, data in events if event == name]


def test_ask_answers_with_the_design_contract(client):
    response = client.post("/api/ask", json={"question": FEE_QUESTION, "history": []})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "answered"
    assert "10.000" in body["answer"]
    assert body["language"] == "vi"
    assert body["procedure"]["id"] == "chung-thuc-chu-ky"
    assert body["citations"] and all(CITATION_KEYS <= set(c) for c in body["citations"])
    assert any("Chứng thực chữ ký" in c["title"] for c in body["citations"])


def test_chat_streams_the_same_answer_as_ask(client):
    asked = client.post("/api/ask", json={"question": FEE_QUESTION}).json()
    events = chat(client, FEE_QUESTION)
    names = [name for name, _ in events]
    assert names[0] == "status" and events[0][1]["status"] == "thinking" and events[0][1]["conversation_id"]
    assert names[-1] == "done"
    assert names.index("citations") > max(i for i, n in enumerate(names) if n == "delta")
    assert len(of(events, "delta")) > 1, "a long answer arrives in several pieces"
    assert "".join(d["text"] for d in of(events, "delta")) == asked["answer"]
    assert of(events, "status")[1]["status"] == asked["status"]
    assert of(events, "citations")[0]["citations"] == asked["citations"]
    assert of(events, "procedure")[0]["procedure"] == asked["procedure"]
    done = of(events, "done")[0]
    assert done["message_id"] and done["conversation_id"] == events[0][1]["conversation_id"]


def test_a_follow_up_in_the_same_conversation_keeps_its_topic(client):
    first = chat(client, FEE_QUESTION)
    conversation = of(first, "done")[0]["conversation_id"]
    follow_up = chat(client, "Cần mang giấy tờ gì?", conversation)
    assert of(follow_up, "done")[0]["conversation_id"] == conversation
    assert of(follow_up, "procedure")[0]["procedure"]["id"] == "chung-thuc-chu-ky"
    # The same words with no conversation behind them name no procedure.
    alone = chat(client, "Cần mang giấy tờ gì?")
    assert of(alone, "done")[0]["conversation_id"] != conversation
    assert of(alone, "status")[1]["status"] != "answered"


def test_a_caller_may_send_back_a_long_answer_as_history(client):
    # a steps answer quotes every step and runs past a question's 4,000 characters; the caller keeping
    # the history sends it back whole, and the follow-up keeps its topic
    first = client.post("/api/ask", json={"question": FEE_QUESTION}).json()
    long_answer = first["answer"] + "\n" + "\n".join(c["quote"] for c in first["citations"]) * 20
    assert len(long_answer) > 4000
    history = [{"role": "user", "content": FEE_QUESTION}, {"role": "assistant", "content": long_answer[:15000]}]
    follow_up = client.post("/api/ask", json={"question": "Cần mang giấy tờ gì?", "history": history})
    assert follow_up.status_code == 200
    assert follow_up.json()["procedure"]["id"] == "chung-thuc-chu-ky"
    # a citizen's own turn is still held to a question's length
    too_long = [{"role": "user", "content": "x" * 4001}]
    assert client.post("/api/ask", json={"question": "x", "history": too_long}).status_code == 422


def test_an_unknown_conversation_id_starts_a_new_conversation(client):
    events = chat(client, FEE_QUESTION, "no-such-conversation")
    assert of(events, "done")[0]["conversation_id"] not in {"", "no-such-conversation"}


def test_feedback_on_a_streamed_answer_lands_in_the_store(client, api_app):
    events = chat(client, FEE_QUESTION)
    done = of(events, "done")[0]
    response = client.post("/api/feedback", json={
        "helpful": False, "reason": "incomplete", "comment": "Gọi tôi 0903123456 nhé",
        "conversation_id": done["conversation_id"], "message_id": done["message_id"],
    })
    assert response.status_code == 201
    stored = next(f for f in api_app.state.feedback.list() if f.id == response.json()["id"])
    assert (stored.helpful, stored.reason, stored.question) == (False, "incomplete", FEE_QUESTION)
    assert stored.procedure_id == "chung-thuc-chu-ky" and stored.status == "answered"
    assert "10.000" in stored.answer
    assert "0903123456" not in stored.comment and "[số điện thoại]" in stored.comment


def test_feedback_needs_a_known_answer_or_the_question(client):
    response = client.post("/api/feedback", json={"helpful": True, "message_id": "gone", "conversation_id": "gone"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    bad_reason = client.post("/api/feedback", json={"helpful": False, "reason": "rude", "question": "x"})
    assert bad_reason.status_code == 422


def test_feedback_with_the_question_itself_is_masked(client, api_app):
    response = client.post("/api/feedback", json={"helpful": True, "question": "CCCD 079123456789 làm lại ở đâu?"})
    assert response.status_code == 201
    stored = next(f for f in api_app.state.feedback.list() if f.id == response.json()["id"])
    assert stored.helpful and "079123456789" not in stored.question


def test_procedures_list_filters_and_cards(client, small_assistant):
    listing = client.get("/api/procedures").json()
    assert listing["count"] == len(small_assistant.index.current().procedures) == len(listing["procedures"])
    assert {"chung-thuc-chu-ky", "dang-ky-khai-sinh"} <= {p["id"] for p in listing["procedures"]}
    folded = client.get("/api/procedures", params={"q": "chung thuc"}).json()
    assert {p["id"] for p in folded["procedures"]} == {"chung-thuc-chu-ky", "chung-thuc-ban-sao"}
    card = client.get("/api/procedures/chung-thuc-chu-ky").json()
    assert card["id"] == "chung-thuc-chu-ky" and "10.000" in card["fee"] and card["documents"]
    missing = client.get("/api/procedures/khong-co")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_ward_profile_shows_only_verified_values(client):
    ward = client.get("/api/ward").json()
    assert ward["service_center"] == "Trung tâm Phục vụ hành chính công phường Tân Hưng"
    assert ward["address"] is None and ward["hotline"] is None  # still placeholders in the corpus
    assert "CHƯA XÁC MINH" not in str(ward)


def test_health_and_docs(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["procedures"] > 0
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/chat", "/api/feedback", "/api/procedures", "/api/procedures/{procedure_id}",
            "/api/ward", "/api/admin/ingest", "/api/admin/status", "/healthz"} <= set(paths)


def test_personal_data_is_masked_before_logging_and_in_the_conversation(client, api_app, caplog):
    caplog.set_level(logging.INFO, logger="ward")
    events = chat(client, "Số CCCD của tôi là 079123456789, phí chứng thực chữ ký?")
    conversation = of(events, "done")[0]["conversation_id"]
    assert "079123456789" not in caplog.text
    assert "[số định danh]" in caplog.text
    history = api_app.state.conversations.history(conversation)
    assert history and "079123456789" not in str(history)


def test_widget_script_and_pages_are_served(client):
    script = client.get("/widget.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "__WARD_TEXT__" not in script.text and "customElements.define" in script.text
    assert "innerHTML" not in script.text.split("*/", 1)[1]  # the header comment names it, the code never uses it
    # Relative, so the pages still find their widget behind a proxy prefix such as /phuong-a/.
    demo = client.get("/").text
    assert '<script src="widget.js"' in demo and "__WARD_NAME__" not in demo
    assert client.get("/api/ward").json()["ward_name"] in demo  # each ward's page shows its own name
    kiosk = client.get("/kiosk")
    assert '<script src="widget.js"' in kiosk.text and 'mode="kiosk"' in kiosk.text and "script-src 'self'" in kiosk.headers["content-security-policy"]
