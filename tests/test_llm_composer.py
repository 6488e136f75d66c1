"""The LLM composer (`WARD_LLM=openai:<model>`) against a fake OpenAI-compatible server over HTTP:
the real LangChain client runs, and the verifier decides what reaches the citizen."""
from __future__ import annotations

from contextlib import ExitStack

import pytest

from assistant.pipeline import Assistant
from tests.fake_openai import FakeFailure, fake_chat_server

FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"


@pytest.fixture
def llm_assistant(small_index, embedder, monkeypatch):
    """A function: given the fake model's reply(body) -> str, an Assistant with WARD_LLM pointed at it."""
    with ExitStack() as servers:
        def build(reply):
            url, received = servers.enter_context(fake_chat_server(reply))
            monkeypatch.setenv("OPENAI_BASE_URL", url)
            monkeypatch.setenv("OPENAI_API_KEY", "test")
            settings, _ = small_index
            llm_settings = settings.model_copy(update={"llm": "openai:fake-model", "llm_timeout_s": 5})
            return Assistant(llm_settings, embedder=embedder), received

        yield build


def test_a_grounded_draft_is_served_with_the_extractive_citations(llm_assistant):
    draft = "Lệ phí chứng thực chữ ký là 10.000 đồng cho mỗi trường hợp [1]."
    assistant, received = llm_assistant(lambda body: draft)
    answer = assistant.ask(FEE_QUESTION)
    assert (answer.status, answer.reason, answer.answer) == ("answered", "answered_llm", draft)
    assert answer.citations and "10.000" in " ".join(c.quote for c in answer.citations)
    system, question = received[0]["messages"][0]["content"], received[0]["messages"][-1]["content"]
    assert "SOURCES" in system and "10.000" in system and "ONLY the numbered sources" in system
    assert question == FEE_QUESTION


def test_a_draft_with_an_invented_amount_falls_back_to_the_quotes(llm_assistant):
    assistant, _ = llm_assistant(lambda body: "Lệ phí là 50.000 đồng [1].")
    answer = assistant.ask(FEE_QUESTION)
    assert answer.reason == "answered_extractive_llm_unverified"
    assert "50.000" not in answer.answer and "10.000" in answer.answer


def test_a_failing_model_server_falls_back_to_the_quotes(llm_assistant):
    def fail(body):
        raise FakeFailure(500)

    assistant, received = llm_assistant(fail)
    answer = assistant.ask(FEE_QUESTION)
    assert answer.status == "answered" and answer.reason == "answered_extractive_llm_failed"
    assert "10.000" in answer.answer and received  # the server was really asked
