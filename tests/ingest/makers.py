"""Real files for the ingest tests: portal pages as PDF (fpdf2), DOCX (python-docx) and HTML, built
from the fictitious portal records in records.jsonl (same flattened shape as the portal crawl)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDS = [json.loads(line) for line in (HERE / "records.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

# Label, record field: the order of a portal page.
FIELDS = [("Mã thủ tục", "ma_thu_tuc"), ("Số quyết định", "so_quyet_dinh"), ("Cấp thực hiện", "cap_thuc_hien"),
          ("Lĩnh vực", "linh_vuc")]
SECTIONS = [("Trình tự thực hiện", "trinh_tu_thuc_hien"), ("Cách thức thực hiện", "cach_thuc_thuc_hien"),
            ("Thành phần hồ sơ", "thanh_phan_ho_so"), ("Đối tượng thực hiện", "doi_tuong_thuc_hien"),
            ("Cơ quan thực hiện", "co_quan_thuc_hien"), ("Yêu cầu, điều kiện thực hiện", "yeu_cau_dieu_kien"),
            ("Kết quả thực hiện", "ket_qua_xu_ly"), ("Căn cứ pháp lý", "can_cu_phap_ly")]


def page_lines(record: dict, extra: list[str] = ()) -> list[tuple[str, str]]:
    """(style, text) lines of a portal page: 'title', 'label' (Label: value), 'heading' or 'body'."""
    lines = [("title", record["ten_thu_tuc"]), ("label", f"Tên thủ tục: {record['ten_thu_tuc']}")]
    lines += [("label", f"{label}: {record[key]}") for label, key in FIELDS]
    lines += [("body", text) for text in extra]
    for heading, key in SECTIONS:
        lines.append(("heading", heading))
        lines += [("body", part) for part in record[key].split("\n")]
    lines.append(("body", f"Nguồn: {record['detail_url']}"))
    return lines


def font_path() -> str:
    """A TrueType font with Vietnamese glyphs: matplotlib's DejaVu if installed, else the system's."""
    try:
        import matplotlib

        candidate = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        if candidate.exists():
            return str(candidate)
    except ImportError:
        pass
    return "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make_pdf(path: Path, pages: list[list[tuple[str, str]]], password: str | None = None,
             algorithm: str = "RC4-128", owner_only: bool = False) -> Path:
    """A real text PDF, one list of lines per page; encrypted with `password` when given (as the
    owner password only, with an empty user password, when `owner_only`: a print-restricted file)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", "", font_path())
    pdf.set_font("dejavu", size=10)
    for lines in pages:
        pdf.add_page()
        for style, text in lines:
            pdf.set_font_size(14 if style in {"title", "heading"} else 10)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(str(path)))
        writer.encrypt(user_password="" if owner_only else password, owner_password=password + "-owner",
                       algorithm=algorithm)
        with open(path, "wb") as handle:
            writer.write(handle)
    return path


def make_scan_pdf(path: Path) -> Path:
    """A PDF with a drawing and no text layer, like a scanned page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))
    return path


def make_docx(path: Path, record: dict, as_table: bool = True, encode=lambda text: text) -> Path:
    """A Word file: title, a two-column table of the page's labels, then headed sections. `encode`
    rewrites every string written (`to_vni` for a file typed with VNI fonts)."""
    import docx

    document = docx.Document()
    document.add_heading(encode(record["ten_thu_tuc"]), level=1)
    if as_table:
        table = document.add_table(rows=0, cols=2)
        for label, key in [("Tên thủ tục", "ten_thu_tuc")] + FIELDS:
            row = table.add_row().cells
            row[0].text, row[1].text = encode(label), encode(record[key])
    for heading, key in SECTIONS:
        document.add_heading(encode(heading), level=2)
        for part in record[key].split("\n"):
            document.add_paragraph(encode(part))
    document.add_paragraph(encode(f"Nguồn: {record['detail_url']}"))
    document.save(str(path))
    return path


# VNI, as typed with the VNI-Times fonts: whole-letter bytes, then one byte for the vowel's marks.
_VNI_LETTER = {"đ": "ñ", "Đ": "Ñ", "ỉ": "æ", "Ỉ": "Æ", "ĩ": "ó", "Ĩ": "Ó", "ị": "ò", "Ị": "Ò", "ỵ": "î", "Ỵ": "Î"}
_VNI_MARK = {("",  "\u0301"): "ù", ("", "\u0300"): "ø", ("", "\u0309"): "û", ("", "\u0303"): "õ", ("", "\u0323"): "ï",
             ("\u0302", ""): "â", ("\u0306", ""): "ê", ("\u0302", "\u0301"): "á", ("\u0302", "\u0300"): "à",
             ("\u0302", "\u0309"): "å", ("\u0302", "\u0303"): "ã", ("\u0302", "\u0323"): "ä", ("\u0306", "\u0301"): "é",
             ("\u0306", "\u0300"): "è", ("\u0306", "\u0309"): "ú", ("\u0306", "\u0303"): "ü", ("\u0306", "\u0323"): "ë"}


def to_vni(text: str) -> str:
    """Unicode Vietnamese as a VNI-font file stores it ("Đăng ký" -> "Ñaêng kyù")."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _VNI_LETTER or ch in "íìÍÌ":
            out.append(_VNI_LETTER.get(ch, ch))
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        if not marks:
            out.append(ch)
            continue
        if "\u031b" in marks:  # horn: ơ and ư are letters of their own in VNI
            base = {"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base]
            marks.remove("\u031b")
        shape = next((m for m in marks if m in "\u0302\u0306"), "")
        tone = next((m for m in marks if m not in "\u0302\u0306"), "")
        mark = _VNI_MARK.get((shape, tone), "") if (shape or tone) else ""
        out.append(base + (mark.upper() if base.isupper() else mark))
    return "".join(out)


def make_html(path: Path, record: dict, injected: str = "") -> Path:
    """A saved portal page with navigation, scripts and a footer around the main content."""
    rows = "".join(f"<tr><td>{label}</td><td>{record[key]}</td></tr>" for label, key in [("Tên thủ tục", "ten_thu_tuc")] + FIELDS)
    sections = "".join(
        f"<h2>{heading}</h2>" + "".join(f"<p>{part}</p>" for part in record[key].split("\n")) for heading, key in SECTIONS
    )
    html = f"""<!doctype html><html><head><title>Cổng Dịch vụ công quốc gia</title>
<link rel="canonical" href="{record['detail_url']}"><style>body {{color: red}}</style>
<script>alert('Phí 999.000 đồng')</script></head><body>
<header><a href="/">Trang chủ</a> Đăng nhập</header>
<nav><ul><li>Thủ tục hành chính</li><li>Phí 888.000 đồng cho mọi thủ tục</li></ul></nav>
<main><h1>{record['ten_thu_tuc']}</h1><table>{rows}</table>{injected}{sections}
<form><input name="q"><button>Nộp hồ sơ</button></form></main>
<aside>Tin nổi bật</aside><footer>Bản quyền thuộc Văn phòng Chính phủ. Hotline 18001096</footer></body></html>"""
    path.write_text(html, encoding="utf-8")
    return path


def pigeon_folder(parent: Path, name: str = "docs") -> Path:
    """A new folder holding one portal page as HTML: the pigeon-keeping procedure of RECORDS[1]."""
    folder = parent / name
    folder.mkdir()
    make_html(folder / "bo-cau.html", RECORDS[1])
    return folder
