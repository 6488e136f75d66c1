"""Files a ward clerk would upload to the console, built for real: a text PDF (fpdf2) of the portal
page of *Chứng thực chữ ký* with a new fee, and a corrupt PDF."""
from __future__ import annotations

from pathlib import Path

from tests.ingest.makers import make_pdf

OLD_FEE = "10.000"
NEW_FEE = "20.000"
FEE_QUESTION = "Phí chứng thực chữ ký là bao nhiêu?"
TITLE = ("Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp "
         "người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)")


def signature_fee_pdf(path: Path, fee: str = NEW_FEE) -> Path:
    """The portal page of procedure 2.000884 as a ward would print it, after a fee decision."""
    lines = [
        ("title", TITLE), ("label", f"Tên thủ tục: {TITLE}"), ("label", "Mã thủ tục: 2.000884"),
        ("label", "Số quyết định: 858/QĐ-BTP"), ("label", "Cấp thực hiện: Cấp xã"), ("label", "Lĩnh vực: Chứng thực"),
        ("heading", "Trình tự thực hiện"),
        ("body", "Người yêu cầu mang giấy tờ tùy thân và giấy tờ cần chứng thực chữ ký đến nơi chứng thực."),
        ("body", "Người yêu cầu ký trước mặt người thực hiện chứng thực."),
        ("heading", "Thành phần hồ sơ"),
        ("body", "Giấy tờ tùy thân còn giá trị: căn cước hoặc hộ chiếu, bản chính để xuất trình."),
        ("body", "Giấy tờ, văn bản sẽ ký và yêu cầu chứng thực chữ ký, bản chính."),
        ("heading", "Thời hạn giải quyết"),
        ("body", "Trong ngày tiếp nhận yêu cầu."),
        ("heading", "Phí, lệ phí"),
        ("body", f"Phí chứng thực chữ ký là {fee} đồng cho mỗi trường hợp."),
        ("heading", "Cơ quan thực hiện"),
        ("body", "Ủy ban nhân dân cấp xã (Trung tâm Phục vụ hành chính công cấp xã)."),
        ("body", "Nguồn: https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e2e-7359-b42f-d5dc8d74741b"),
    ]
    return make_pdf(path, [lines])


def corrupt_pdf(path: Path) -> Path:
    """A PDF header and end marker around garbage: what a broken download looks like."""
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf body\n%%EOF\n")
    return path


CONSOLE_CORPUS = ["procedures/chung-thuc/chung-thuc-chu-ky.md", "procedures/ho-tich/dang-ky-khai-sinh.md"]
APPROVER, EDITOR, PASSWORD = "an.nguyen", "binh.tran", "mat-khau-du-dai-1"


def console_app(root: Path, embedding_cache: Path, embedder, golden_sets: list[Path] | None = None):
    """A writable index of two real procedures (vectors from the shipped seed), the API over it with the
    console installed, and two staff accounts: (app, settings)."""
    import shutil

    from api.app import create_app
    from api.console.routes import install
    from assistant.cache import EmbeddingCache
    from assistant.pipeline import Assistant
    from assistant.settings import Settings
    from cli.server import console_services
    from ingest.run import SEED_DIR, ingest
    from tests.api.conftest import ADMIN_TOKEN, CORPUS

    corpus = root / "corpus"
    for relative in CONSOLE_CORPUS:
        (corpus / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / relative, corpus / relative)
    shutil.copy(CORPUS / "ward-profile.yaml", corpus / "ward-profile.yaml")
    cache = EmbeddingCache(embedding_cache, embedder.name)
    cache.import_seed(CORPUS / SEED_DIR / f"{embedder.name.split(':')[0]}.npz")
    cache.close()
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, embedding_cache=embedding_cache,
                        admin_token=ADMIN_TOKEN, rate_limit_per_minute=10_000)
    report = ingest(settings, [corpus], embedder=embedder)
    assert not report.failed, report.summary()
    app = create_app(settings, assistant=Assistant(settings, embedder=embedder))
    install(app, console_services(settings, embedder=embedder, golden_sets=golden_sets))
    app.state.console.staff.add(APPROVER, "approver", PASSWORD)
    app.state.console.staff.add(EDITOR, "editor", PASSWORD)
    return app, settings


def signature_cases(target: Path) -> Path:
    """The shipped dev set's questions about *Chứng thực chữ ký*: a quick gate for the HTTP tests
    (the browser test runs the whole shipped set)."""
    import json

    from cli.server import SHIPPED_GOLDEN_SETS

    lines = [line for line in SHIPPED_GOLDEN_SETS[0].read_text(encoding="utf-8").splitlines()
             if line.strip() and "chu ky" in json.dumps(json.loads(line)["expect"]["procedure"])]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target
