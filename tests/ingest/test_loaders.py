"""Each loader on real files generated here, and a clear DocumentError for every kind of bad input."""
import zipfile

import pytest

from assistant.errors import DocumentError
from ingest.loaders import loader_for
from ingest.run import load_file
from ingest.text import decode
from tests.ingest.makers import RECORDS, make_docx, make_html, make_pdf, make_scan_pdf, page_lines, to_vni


def to_cp1258(text):
    """Windows-1258 keeps tone marks as combining characters after a precomposed base letter."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return out


def load(path):
    return loader_for(path)(path, path.name)


def test_pdf_portal_page_keeps_page_numbers_and_parses_the_fee(tmp_path):
    lines = page_lines(RECORDS[0])
    path = make_pdf(tmp_path / "page.pdf", [lines[:8], lines[8:]])
    [procedure] = load(path)
    assert procedure.code == "9.900101"
    assert procedure.fee_summary == "37.000 đồng/cây"
    assert procedure.source_url == RECORDS[0]["detail_url"]
    assert procedure.section("legal_basis").page == 2
    assert procedure.section("steps").page in (1, 2)


def test_a_long_procedure_name_wrapped_over_pdf_lines_is_kept_whole(tmp_path):
    name = ("Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và "
            "trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)")
    lines = [("title", name), ("label", f"Tên thủ tục: {name}"), ("label", "Mã thủ tục: 2.000884"),
             ("body", "Thủ tục chứng thực."),
             ("heading", "Phí, lệ phí"), ("body", "10.000 đồng/trường hợp")]
    [procedure] = load(make_pdf(tmp_path / "long.pdf", [lines]))
    assert procedure.title == name
    assert procedure.summary == "Thủ tục chứng thực."


def test_pdf_with_two_procedures_is_split(tmp_path):
    path = make_pdf(tmp_path / "two.pdf", [page_lines(RECORDS[0]), page_lines(RECORDS[1])])
    procedures = load(path)
    assert [p.code for p in procedures] == ["9.900101", "9.900102"]
    assert procedures[1].section("fee").page == 2
    assert "Hội đồng nhân dân" in procedures[1].fee_summary


def test_docx_headings_and_label_table(tmp_path):
    [procedure] = load(make_docx(tmp_path / "page.docx", RECORDS[1]))
    assert procedure.title == RECORDS[1]["ten_thu_tuc"]
    assert procedure.code == "9.900102" and procedure.field == "Môi trường đô thị"
    assert procedure.section("conditions").text == "- Chuồng nuôi cách nhà bên cạnh ít nhất 5 mét."


def test_papers_written_with_their_count_in_brackets_are_read_whole(tmp_path):
    """Staff write papers as docs/corpus-format.md shows ("… theo mẫu NVH-01 (1 bản chính)."), on one
    line or several; each is one item, its count once, no stray brackets."""
    record = dict(RECORDS[1], thanh_phan_ho_so="Đơn đăng ký sử dụng nhà văn hóa theo mẫu NVH-01 (1 bản chính). "
                                                "Bản sao thẻ căn cước của người đăng ký (1 bản sao).")
    for path in (make_docx(tmp_path / "notice.docx", record),
                 make_pdf(tmp_path / "notice.pdf", [page_lines(record)])):
        [procedure] = load(path)
        assert procedure.section("documents").text.splitlines() == [
            "- Đơn đăng ký sử dụng nhà văn hóa theo mẫu NVH-01 (1 bản chính).",
            "- Bản sao thẻ căn cước của người đăng ký (1 bản sao)."], path.suffix


def test_html_main_content_only(tmp_path):
    [procedure] = load(make_html(tmp_path / "page.html", RECORDS[0]))
    text = procedure.to_json()
    for junk in ("999.000", "888.000", "Trang chủ", "Bản quyền", "Tin nổi bật", "color: red", "<"):
        assert junk not in text
    assert procedure.source_url == RECORDS[0]["detail_url"]
    assert procedure.fee_summary == "37.000 đồng/cây"


def test_text_in_legacy_encodings(tmp_path):
    text = "Tên thủ tục: Đăng ký nuôi chim bồ câu\nPhí, lệ phí: Miễn phí cho người nộp hồ sơ tại phường.\n"
    (tmp_path / "cp1258.txt").write_bytes(to_cp1258(text))
    [procedure] = load(tmp_path / "cp1258.txt")
    assert procedure.title == "Đăng ký nuôi chim bồ câu"
    assert "Miễn phí" in procedure.section("fee").text
    # TCVN3 (ABC): "Phí đăng ký của công dân" typed with the .Vn fonts
    tcvn3 = "Thñ tôc ®¨ng ký cña c«ng d©n vµ phÝ nép hå s¬ t¹i ph­êng".encode("latin-1")
    assert decode(tcvn3) == "Thủ tục đăng ký của công dân và phí nộp hồ sơ tại phường"
    # VNI (VNI-Times fonts): letters followed by mark bytes, as old ward files were typed
    vni = "Thuû tuïc ñaêng kyù cuûa coâng daân vaø leä phí 10.000 ñoàng noäp hoà sô taïi Phöôøng Taân Höng"
    assert decode(vni.encode("cp1252")) == (
        "Thủ tục đăng ký của công dân và lệ phí 10.000 đồng nộp hồ sơ tại Phường Tân Hưng")


def test_word_file_typed_with_vni_fonts_is_read_as_unicode(tmp_path):
    [procedure] = load(make_docx(tmp_path / "vni.docx", RECORDS[0], encode=to_vni))
    assert procedure.title == RECORDS[0]["ten_thu_tuc"]
    assert procedure.fee_summary == "37.000 đồng/cây"
    # and a Unicode file is left exactly as it was
    [plain] = load(make_docx(tmp_path / "plain.docx", RECORDS[0]))
    assert plain.to_json().replace("plain.docx", "vni.docx") == procedure.to_json()


def test_multiple_portal_records_in_jsonl(tmp_path):
    import shutil
    from pathlib import Path

    shutil.copy(Path(__file__).parent / "records.jsonl", tmp_path / "export.jsonl")
    procedures = load(tmp_path / "export.jsonl")
    assert [p.code for p in procedures] == ["9.900101", "9.900102"]


BAD_INPUTS = {
    "empty.pdf": (lambda p: p.write_bytes(b""), "empty"),
    "garbage.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF"), "corrupt"),
    "not-a-pdf.pdf": (lambda p: p.write_text("hello"), "not a PDF"),
    "empty.txt": (lambda p: p.write_bytes(b"  \n"), "empty"),
    "old.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0 an old Word 97 file"), "not a zip"),
    "picture.png": (lambda p: p.write_bytes(b"\x89PNG"), "unsupported file type"),
    "bad.json": (lambda p: p.write_text("{not json"), "not valid JSON"),
    "other.json": (lambda p: p.write_text('{"name": "x"}'), "not a portal record"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(0, 32)) * 20), "not a text file"),
    "mojibake.txt": (lambda p: p.write_bytes(bytes([0xC3, 0x28, 0xA0, 0xFF, 0x81, 0xE9, 0xBF]) * 40), "unreadable text encoding"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_a_clear_error(tmp_path, make_settings, name):
    make, expected = BAD_INPUTS[name]
    path = tmp_path / name
    make(path)
    result = load_file(path, make_settings())
    assert result.procedures == [] and expected in result.error


def test_truncated_encrypted_and_scanned_pdfs(tmp_path, make_settings):
    settings = make_settings()
    full = make_pdf(tmp_path / "full.pdf", [page_lines(RECORDS[0])]).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(full[: len(full) // 2])
    assert "truncated" in load_file(tmp_path / "cut.pdf", settings).error
    make_pdf(tmp_path / "locked.pdf", [page_lines(RECORDS[0])], password="secret")
    assert "encrypted" in load_file(tmp_path / "locked.pdf", settings).error
    make_scan_pdf(tmp_path / "scan.pdf")
    assert "needs OCR" in load_file(tmp_path / "scan.pdf", settings).error


def test_aes_pdfs_open_when_only_printing_is_restricted(tmp_path, make_settings):
    settings = make_settings()
    make_pdf(tmp_path / "restricted.pdf", [page_lines(RECORDS[0])], password="secret", algorithm="AES-256", owner_only=True)
    opened = load_file(tmp_path / "restricted.pdf", settings)
    assert opened.error is None and opened.procedures[0].fee_summary == "37.000 đồng/cây"
    make_pdf(tmp_path / "locked.pdf", [page_lines(RECORDS[0])], password="secret", algorithm="AES-256")
    assert "encrypted with a password" in load_file(tmp_path / "locked.pdf", settings).error


def test_docx_zip_bomb_refused_before_opening(tmp_path, make_settings):
    path = make_docx(tmp_path / "bomb.docx", RECORDS[0])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * 30_000_000)
    result = load_file(path, make_settings())
    assert "zip bomb" in result.error


def test_file_over_the_size_limit(tmp_path, make_settings):
    path = tmp_path / "big.txt"
    path.write_text("Tên thủ tục: Một thủ tục\n" + "x" * 300_000)
    assert "over the 0.1 MB limit" in load_file(path, make_settings(max_file_mb=0.1)).error


def test_recogniser_refuses_a_file_without_text(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><body><nav>Menu</nav><script>x()</script></body></html>")
    with pytest.raises(DocumentError):
        load(path)
