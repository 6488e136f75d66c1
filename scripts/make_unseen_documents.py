#!/usr/bin/env python3
"""Render portal records that are NOT in the shipped corpus as the files ward staff would save.

The scenario of `evals/datasets/unseen.jsonl`: staff save ~32 pages of dichvucong.gov.vn on topics the
shipped corpus does not cover (passports and other xuất nhập cảnh papers, vehicle registration, social
insurance, complaints against the police, security-team and fire-fighting benefits, cooperatives, old
public housing) and ingest them into an empty index. This script rebuilds those files from the crawled
portal records (`shared/data/national-procedures.jsonl`):

- an HTML page shaped like the portal's detail page: site header and menu, breadcrumb, the procedure's
  fields as a table, its sections as headings with the portal's tables re-built from the crawl's
  flattened cells (Cách thức thực hiện: Hình thức nộp | Thời hạn giải quyết | Phí, lệ phí | Mô tả;
  Thành phần hồ sơ: Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng; Căn cứ pháp lý), a footer, and a
  `<link rel="canonical">` to the record's `detail_url`;
- about a third are kept as `.html` (as "Save page as"), a third become `.docx` (python-docx, headings
  and tables, as if the page were copied into Word, with the page address pasted at the end), and a
  third become `.pdf`, printed from the HTML by headless Chromium through the page's print stylesheet
  (banner, menu and <h1> hidden, the fields table stacked, the page address printed at the end).

Why the print stylesheet: printed with the browser's own header line and a side-by-side fields table,
the loader took the header line ("01/07/2026 09:15 …") as the procedure's short title and lost the
second line of every wrapped "Tên thủ tục" value, so 7 of the 11 PDFs came out with a cut title.

Run from the repository root with the project's venv (python-docx is a dependency):

    .venv/bin/python scripts/make_unseen_documents.py [--records PATH] [--out evals/unseen/documents]

Chromium must be installed for the PDFs (`apt-get install -y chromium`). The HTML is deterministic;
the DOCX and PDF files carry the time they were written (same content, different bytes).
"""
from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ingest.cells import _balanced_note  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RECORDS = ROOT.parent / "shared" / "data" / "national-procedures.jsonl"
DEFAULT_OUT = ROOT / "evals" / "unseen" / "documents"

# The records (code, output format): the 32 of the first three batches, then the fourth's 20, mixed so that every topic has more than one format.
CHOSEN: list[tuple[str, str]] = [
    # Quản lý xuất nhập cảnh
    ("1.010055", "html"),  # Trình báo mất giấy thông hành (cấp xã)
    ("1.010385", "docx"),  # Trình báo mất hộ chiếu phổ thông
    ("1.011728", "pdf"),   # Trình báo mất thẻ ABTC (cấp xã)
    ("1.014363", "html"),  # Xác nhận, cung cấp thông tin xuất nhập cảnh
    # Khiếu nại, tố cáo đối với Công an cấp xã
    ("1.004327", "docx"),  # Giải quyết tố cáo
    ("1.004335", "pdf"),   # Giải quyết khiếu nại
    # Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở
    ("1.012533", "html"),  # Tuyển chọn Tổ viên Tổ bảo vệ ANTT
    ("1.012537", "pdf"),   # chưa tham gia BHYT, ốm đau/tai nạn/bị thương
    ("1.012538", "docx"),  # chưa tham gia BHXH, tai nạn/chết
    # Phòng cháy, chữa cháy
    ("3.000509", "html"),  # chưa tham gia BHYT, BHXH mà bị tai nạn, bị thương
    ("3.000510", "docx"),  # chưa tham gia BHXH bị chết
    # Đăng ký xe
    ("1.012575", "pdf"),   # Đăng ký xe lần đầu trực tuyến toàn trình (xe trong nước)
    ("1.013067", "html"),  # Đăng ký, cấp biển số xe lần đầu (một phần / trực tiếp)
    ("1.013079", "docx"),  # Đổi chứng nhận đăng ký xe, biển số xe
    ("1.013082", "pdf"),   # Cấp lại chứng nhận đăng ký xe, biển số xe
    ("1.013086", "html"),  # Đăng ký xe tạm thời
    ("1.013123", "docx"),  # Thu hồi giấy chứng nhận đăng ký, biển số xe
    # Bảo hiểm xã hội, bảo hiểm y tế
    ("1.001667", "pdf"),   # Giải quyết hưởng chế độ ốm đau
    ("1.001601", "html"),  # Ủy quyền lĩnh thay
    ("2.000740", "docx"),  # Lĩnh bằng tiền mặt chuyển sang tài khoản
    ("1.002179", "pdf"),   # BHXH tự nguyện; cấp sổ BHXH
    ("1.002051", "html"),  # Đăng ký, điều chỉnh đóng BHXH, BHYT...; cấp sổ BHXH, thẻ BHYT
    ("1.001656", "docx"),  # Thanh toán trực tiếp chi phí KCB BHYT
    ("2.000717", "pdf"),   # Truy lĩnh lương hưu của người đã chết
    ("1.001742", "html"),  # Chuyển hưởng sang địa bàn khác
    ("1.001598", "docx"),  # Dưỡng sức, phục hồi sức khỏe
    # Tổ hợp tác, hợp tác xã
    ("2.002226", "pdf"),   # Thông báo thành lập/thay đổi tổ hợp tác
    ("2.002642", "html"),  # Chấm dứt hoạt động tổ hợp tác
    ("1.005280", "docx"),  # Đăng ký thành lập hợp tác xã
    # Nhà ở cũ thuộc tài sản công
    ("1.012892", "pdf"),   # Cho thuê, chưa có hợp đồng thuê
    ("1.012893", "html"),  # Bán nhà ở cũ
    ("1.012898", "pdf"),   # Cho thuê, ký lại hợp đồng thuê
    # Fourth batch (unseen4): land and land finance, border passes, work accidents and other
    # pension cases, war-volunteer allowances, poverty and agriculture support, cooperative dissolution.
    ("1.011441", "html"),  # Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất (thế chấp)
    ("1.012995", "docx"),  # Ghi nợ tiền sử dụng đất khi được bố trí tái định cư
    ("1.012996", "pdf"),   # Thanh toán, xóa nợ tiền sử dụng đất được ghi nợ
    ("1.115148", "html"),  # Tính hoặc tính lại tiền sử dụng đất (Nghị định 50/2026)
    ("1.003133", "docx"),  # Cấp giấy thông hành biên giới Việt Nam – Trung Quốc (cư dân xã biên giới)
    ("1.012680", "pdf"),   # Cấp giấy thông hành biên giới Việt Nam – Lào (cấp xã)
    ("1.001632", "html"),  # Hưởng chế độ TNLĐ, BNN lần đầu
    ("1.001521", "docx"),  # Hưởng chế độ TNLĐ, BNN do thương tật, bệnh tật tái phát
    ("2.000755", "pdf"),   # Trợ cấp một lần khi ra nước ngoài định cư
    ("2.000809", "html"),  # Hưởng tiếp lương hưu sau khi chấp hành xong hình phạt tù
    ("2.000762", "docx"),  # Trợ cấp hàng tháng theo Quyết định 613/QĐ-TTg
    ("1.001646", "pdf"),   # Nhà giáo nghỉ hưu chưa được phụ cấp thâm niên trong lương hưu
    ("2.000605", "html"),  # Lương hưu, trợ cấp hàng tháng đối với cán bộ xã
    ("1.001710", "docx"),  # Điều chỉnh, hủy quyết định, chấm dứt hưởng BHXH
    ("2.001428", "pdf"),   # Trợ cấp thanh niên xung phong (Hà Tĩnh; the portal titles it by its decision)
    ("1.005412", "html"),  # Phê duyệt đối tượng được hỗ trợ phí bảo hiểm nông nghiệp
    ("1.014737", "docx"),  # Lựa chọn, phê duyệt dự án phát triển sản xuất cộng đồng
    ("6.001435", "pdf"),   # Phê duyệt Đề án hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo
    ("1.004982", "html"),  # Đăng ký giải thể hợp tác xã
    ("1.003434", "docx"),  # Hỗ trợ dự án liên kết (cấp xã)
    # Fifth batch (unseen5): the tổ hợp tác / cooperative neighbours, first land registration, a lost ABTC
    # card, vehicle revocation and imported-vehicle registration fully online, recurring work accidents,
    # the commune's extension plan, an old public flat's lease taken over.
    ("1.012897", "docx"),  # Cho thuê nhà ở cũ thuộc tài sản công đối với trường hợp nhận chuyển quyền thuê n
    ("2.002639", "docx"),  # Đăng ký thay đổi nội dung đăng ký tổ hợp tác
    ("2.002635", "docx"),  # Đề nghị thay đổi tên tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã, chi nhánh, vă
    ("1.001643", "docx"),  # Giải quyết hưởng chế độ TNLĐ, BNN đối với trường hợp đã bị TNLĐ, BNN nay tiếp tụ
    ("2.002640", "docx"),  # Hiệu đính, cập nhật, bổ sung thông tin đăng ký tổ hợp tác
    ("1.003596", "html"),  # Phê duyệt kế hoạch khuyến nông địa phương (cấp xã)
    ("2.002228", "html"),  # Thông báo chấm dứt hoạt động của tổ hợp tác
    ("2.002641", "html"),  # Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trở lại đối với tổ hợp tác, 
    ("1.011727", "html"),  # Trình báo mất thẻ ABTC (thực hiện tại cấp huyện)
    ("1.004901", "pdf"),   # Cấp đổi Giấy chứng nhận đăng ký hợp tác xã, liên hiệp hợp tác xã
    ("2.002638", "pdf"),   # Cấp lại Giấy chứng nhận đăng ký tổ hợp tác/ Giấy chứng nhận đăng ký hợp tác xã/ 
    ("1.012753", "pdf"),   # Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất
    ("1.013066", "pdf"),   # Đăng ký xe lần đầu trực tuyến toàn trình đối với xe nhập khẩu thực hiện tại cấp 
    ("1.013065", "pdf"),   # Thu hồi chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công toàn trình
    # Sixth batch (tenth session): organisations, land, health insurance, border passes
    ("1.014364", "pdf"),   # Giấy thông hành VN-TQ cho cán bộ, công chức
    ("1.012994", "html"),  # Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư
    ("1.012766", "docx"),  # Xóa đăng ký thuê, cho thuê lại QSDĐ trong dự án hạ tầng
    ("3.000360", "pdf"),   # Thu hồi chấp thuận sân tập lái mô tô
    ("3.000381", "html"),  # Thu hồi GP phương tiện giao thông thông minh
    ("1.001798", "docx"),  # Ký hợp đồng KCB BHYT
    ("1.001909", "pdf"),   # Thanh toán chi phí BHYT với cơ sở KCB
    ("1.005277", "html"),  # Đăng ký thay đổi nội dung đăng ký HTX
    ("1.005010", "docx"),  # Chấm dứt hoạt động chi nhánh HTX
    ("2.002636", "pdf"),   # Đề nghị thu hồi GCN đăng ký THT/HTX (giả mạo)
    ("2.002668", "html"),  # Đăng ký nhu cầu hỗ trợ của THT, HTX
    ("1.014736", "docx"),  # Dự án phát triển sản xuất liên kết theo chuỗi giá trị
    ("1.009794", "pdf"),   # Kiểm tra công tác nghiệm thu hoàn thành công trình
    ("2.002123", "docx"),  # Đăng ký hoạt động chi nhánh HTX
    ("1.014284", "html"),  # Giao đất, cho thuê đất lấn biển
]

MODES = ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính")
NO_INFO = "Không có thông tin"


# --- Re-parsing the crawl's flattened tables ------------------------------------------------------

@dataclass
class Channel:
    mode: str
    time: str
    fee: str
    description: str


@dataclass
class Paper:
    name: str
    form: str
    count: str


@dataclass
class PaperGroup:
    caption: str
    papers: list[Paper] = field(default_factory=list)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


# The end of a parenthesised note opening at a position (notes nest): the loaders' own reading.
_balanced = _balanced_note


_ROW = re.compile(r"(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không có thông tin)")
_TIME = re.compile(r"(\d+(?:[.,]\d+)?)(\s?(?:Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút))?")
_FEE = re.compile(r"(Không có thông tin|Miễn phí|Không thu phí|\d[\d.,]*\s?(?:Việt Nam Đồng|VNĐ|Đồng|đồng))")


def parse_channels(text: str) -> list[Channel]:
    """'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp7 NgàyKhông có thông tinNộp…' → rows."""
    text = text.replace("Hình thức nộpThời gianPhí, lệ phíMô tả", "", 1)
    starts = list(_ROW.finditer(text))
    rows = []
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        run = text[match.end():end]
        time = _TIME.match(run)
        time_text = (time.group(1) + (time.group(2) or "")).strip() if time else ""
        rest = run[time.end():] if time else run
        if not time and rest.startswith(NO_INFO):
            time_text, rest = NO_INFO, rest[len(NO_INFO):]
        fee_parts = []
        while True:
            head = _FEE.match(rest)
            if head:
                fee_parts.append(head.group(1))
                rest = rest[head.end():]
            if rest.startswith("("):
                close = _balanced(rest, 0)
                fee_parts.append(" " + rest[:close])
                rest = rest[close:]
            elif not head:
                break
        rows.append(Channel(match.group(1), time_text, "".join(fee_parts).strip(), rest.strip()))
    return rows


_DOC_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"
_COUNT = re.compile(r"(\d+ bản chính(?:,\s?\d+ bản sao)?|\d+ bản sao)")
_EXT = re.compile(r"\.(?:docx?|pdf|xlsx?|rtf)$", re.IGNORECASE)


def split_form(item: str) -> tuple[str, str]:
    """(paper name, form file) where the form's file name is glued to the end of the name."""
    ext = _EXT.search(item)
    if not ext:
        return item, ""
    for i in range(1, ext.start()):
        before, here = item[i - 1], item[i]
        starts_here = (before in ".;)" and here.isalnum()) or (before.islower() and (here.isupper() or here.isdigit()))
        if not starts_here:
            continue
        candidate = item[i:]
        if len(candidate) <= 80 and ", " not in candidate and ". " not in candidate and "; " not in candidate:
            return item[:i], candidate
    return item, ""


def parse_papers(text: str) -> list[PaperGroup]:
    """Groups of papers: the caption before each 'Tên giấy tờ|Mẫu đơn, tờ khai|Số lượng' table."""
    parts = text.split(_DOC_HEADER)
    groups: list[PaperGroup] = []
    caption = parts[0]
    for body in parts[1:]:
        group = PaperGroup(one_line(caption).strip("- "))
        position = 0
        for match in _COUNT.finditer(body):
            name, form = split_form(body[position:match.start()].strip())
            group.papers.append(Paper(name.strip(), form.strip(), match.group(1).replace(",", ", ")))
            position = match.end()
        caption = body[position:]
        groups.append(group)
    tail = one_line(caption)
    if tail:
        if groups:
            groups[-1].papers.append(Paper(tail, "", ""))
        else:
            groups.append(PaperGroup("", [Paper(tail, "", "")]))
    return groups


_CODE = re.compile(
    r"(?:(?<!\d)|(?<=[12][09]\d\d)|(?<=QH\d\d))"  # not inside a number, but glued after a year or 'QH13'
    r"(\d{1,4}/\d{4}/(?:QH\d{2}|QĐ-TTg|[A-ZĐ]+(?:-[A-ZĐ]+)*)|\d{1,4}/QĐ-[A-ZĐ]+)"
)
# Issuers that end a code: what follows them in capitals ('…/TT-BYTBAN HÀNH…', '…/NĐ-CPLUẬT…') is the next name.
_ISSUERS = ("CP", "BCA", "BTC", "BYT", "BHXH", "BLĐTBXH", "BKHĐT", "BVHTTDL", "BQP", "BTP", "BXD", "BNV", "TTg")


def _trim_code(code: str) -> str:
    if re.search(r"QH\d{2}$|TTg$", code):
        return code
    head, sep, last = code.rpartition("-") if "-" in code else code.rpartition("/")
    if last in _ISSUERS:
        return code
    for issuer in sorted(_ISSUERS, key=len, reverse=True):
        if last.startswith(issuer):
            return head + sep + issuer
    return code


def parse_legal(text: str) -> list[tuple[str, str]]:
    """(name, code) rows: the 'Mã văn bản' cell is glued to the end of its name."""
    text = one_line(text.replace("Tên văn bản pháp lýMã văn bản", "", 1))
    rows, position = [], 0
    for match in _CODE.finditer(text):
        code = _trim_code(match.group(1))
        end = match.start() + len(code)
        # 'TT-BCALuật': the capital that starts the next name is not part of the code.
        while end < len(text) and text[end].islower() and code[-1].isupper() and code.rsplit("-", 1)[-1] not in _ISSUERS:
            code, end = code[:-1], end - 1
        before = text[match.start() - 1] if match.start() else " "
        if before.isspace() or before == "(" or match.start() <= position:
            continue  # the code quoted inside a name ("Luật 49/2019/QH14…"), not the code cell
        rows.append((_fix_name(text[position:match.start()]), code))
        position = end
    tail = text[position:].strip()
    if tail:
        glued = re.match(r"(.*?[a-zà-ỹ])((?:Luật|Nghị định|Thông tư) \d{1,4}/\d{4}/\S+)$", tail)
        rows.append((_fix_name(glued.group(1)), glued.group(2)) if glued else (_fix_name(tail), ""))
    return rows


def _fix_name(name: str) -> str:
    name = name.strip()
    if name.startswith("hông tư"):  # the crawl lost the first letter of a few names
        name = "T" + name
    return name


def parse_results(text: str) -> list[tuple[str, str]]:
    """'Tên kết quảMã: KQ.G01.000081Từ khóa…' → (result, code) rows; the portal's widgets dropped."""
    text = re.split(r"Từ khóa", text, maxsplit=1)[0]
    rows, position = [], 0
    for match in re.finditer(r"Mã:\s*([A-Z0-9.\-]*\d)", text):
        rows.append((one_line(text[position:match.start()]), match.group(1)))
        position = match.end()
    tail = one_line(text[position:])
    if tail:
        rows.append((tail, ""))
    return [(name, code) for name, code in rows if name]


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in (text or "").replace("\t", " ").splitlines() if line.strip()]


# --- The page model -------------------------------------------------------------------------------

@dataclass
class Page:
    record: dict
    title: str
    info: list[tuple[str, str]]
    steps: list[str]
    channels: list[Channel]
    papers: list[PaperGroup]
    legal: list[tuple[str, str]]
    agency: str
    conditions: list[str]
    results: list[tuple[str, str]]
    description: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.record["detail_url"]


# The portal page's sections in the order the crawl's raw_text has them. Where a label can also occur
# inside the text before it ("…lập hồ sơ theo quy định tại mục Thành phần hồ sơ"), the marker is the
# first occurrence after the previous section's marker, and "Căn cứ pháp lý" is matched with its
# table header. The structured fields are used when they agree with this split; for the BHXH records
# the crawler cut "Trình tự thực hiện" at the first mention of "Thành phần hồ sơ", so there the split
# of raw_text is used instead.
_MARKS = [("steps", "Trình Tự Thực Hiện", "trinh_tu_thuc_hien"),
          ("channels", "Cách Thức Thực Hiện", "cach_thuc_thuc_hien"),
          ("papers", "Thành phần hồ sơ", "thanh_phan_ho_so"),
          ("legal", "Căn cứ pháp lýTên văn bản pháp lý", "can_cu_phap_ly"),
          ("agency", "Cơ quan thực hiện", "co_quan_thuc_hien"),
          ("conditions", "Yêu cầu, điều kiện thực hiện", "yeu_cau_dieu_kien"),
          ("results", "Kết quả xử lý", "ket_qua_xu_ly")]


def split_raw(raw: str) -> dict[str, str]:
    found, start = [], 0
    for key, mark, _ in _MARKS:
        i = raw.find(mark, start)
        if i < 0:
            return {}
        skip = len("Căn cứ pháp lý") if key == "legal" else len(mark)
        found.append((key, i, i + skip))
        start = i + len(mark)
    out = {}
    for n, (key, i, j) in enumerate(found):
        out[key] = raw[j:found[n + 1][1] if n + 1 < len(found) else len(raw)]
    return out


def sections_of(record: dict) -> tuple[dict[str, str], list[str]]:
    """Each section's text, and the fields replaced by the raw_text split because they disagreed."""
    split = split_raw(record.get("raw_text", ""))
    out, replaced = {}, []
    for key, _, name in _MARKS:
        value = record.get(name) or ""
        raw = split.get(key, "")
        if raw and re.sub(r"\s+", "", raw) != re.sub(r"\s+", "", value):
            value = raw
            replaced.append(name)
        out[key] = value
    return out, replaced


def description_of(results_text: str) -> list[str]:
    """The portal's 'Mô tả' field (after the results and 'Từ khóa'), when it says something."""
    match = re.search(r"Từ khóa.*?Mô tả(.*?)(?:Chọn cơ quan thực hiện|$)", results_text, re.DOTALL)
    lines = lines_of(match.group(1)) if match else []
    return [] if lines == [NO_INFO] else lines


def page_of(record: dict) -> Page:
    title = one_line(record["ten_thu_tuc"])
    info = [
        ("Tên thủ tục", title),
        ("Mã thủ tục", record["ma_thu_tuc"]),
        ("Số quyết định", record["so_quyet_dinh"]),
        ("Cấp thực hiện", record["cap_thuc_hien"]),
        ("Loại thủ tục", record["loai_thu_tuc"]),
        ("Lĩnh vực", record["linh_vuc"]),
        ("Đối tượng thực hiện", record["doi_tuong_thuc_hien"]),
        ("Cơ quan có thẩm quyền", record["co_quan_co_tham_quyen"]),
        ("Địa chỉ tiếp nhận HS", record["dia_chi_tiep_nhan"]),
        ("Cơ quan được ủy quyền", record["co_quan_duoc_uy_quyen"]),
        ("Cơ quan phối hợp", record["co_quan_phoi_hop"]),
        ("Thủ tục hành chính liên quan", record["thu_tuc_lien_quan"]),
    ]
    text, replaced = sections_of(record)
    return Page(record, title, info,
                steps=lines_of(text["steps"]),
                channels=parse_channels(text["channels"]),
                papers=parse_papers(text["papers"]),
                legal=parse_legal(text["legal"]),
                agency=one_line(text["agency"]),
                conditions=lines_of(text["conditions"]),
                results=parse_results(text["results"]),
                description=description_of(text["results"]),
                replaced=replaced)


def slug(text: str, limit: int = 64) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-")


# --- HTML -----------------------------------------------------------------------------------------

CSS = """
@page{size:A4;margin:12mm}
body,input,button{font-family:"DejaVu Sans",sans-serif;font-size:12px;color:#222;margin:0}
.top{background:#b71c1c;color:#fff;padding:8px 24px}
.top .brand{font-weight:bold;font-size:16px}
.menu ul{list-style:none;margin:0;padding:0 24px;background:#f3f3f3;display:flex;gap:18px}
.menu li{padding:6px 0}
.crumb{padding:6px 24px;font-size:12px;color:#555}
main{padding:0 24px 12px}
h1{font-size:18px;color:#b71c1c;margin:10px 0}
h2{font-size:14px;background:#eee;padding:4px 6px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;margin:4px 0}
th,td{border:1px solid #ccc;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#fafafa}
td.label{width:22%;font-weight:bold}
p{margin:3px 0}
p.caption{font-style:italic;margin-top:8px}
footer{border-top:2px solid #b71c1c;padding:8px 24px;font-size:11px;color:#555}
.source{display:none}
@media print{
 header.top,nav,form.search,aside,h1,button{display:none}
 table.info td{display:block;width:auto;border:none;padding:1px 0}
 table.info tr{display:block;border-bottom:1px solid #ccc;padding:2px 0}
 .source{display:block;font-size:10px;margin-top:8px}
}
"""

MENU = ["Trang chủ", "Giới thiệu", "Thông tin và dịch vụ", "Thanh toán trực tuyến", "Phản ánh kiến nghị",
        "Thủ tục hành chính", "Hỗ trợ", "Đăng nhập"]


def e(text: str) -> str:
    return html.escape(text, quote=True)


def _cell_html(text: str) -> str:
    return "<br>".join(e(line) for line in lines_of(text)) if text else ""


def page_html(page: Page) -> str:
    """The saved portal page. Its print stylesheet (used for the PDFs) hides the banner, menu, search,
    breadcrumb and the h1 (the name is in the fields table, whose cells it stacks) and shows the page's
    address at the end, as the portal's print view does."""
    out = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">',
           f'<title>{e(page.title)} - Cổng Dịch vụ công Quốc gia</title>',
           f'<link rel="canonical" href="{e(page.url)}">',
           f'<meta property="og:title" content="{e(page.title)}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<style>{CSS}</style>',
           '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>',
           '</head>', '<body>']
    out += ['<header class="top"><span class="brand">CỔNG DỊCH VỤ CÔNG QUỐC GIA</span> '
            '<span>Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi</span></header>',
            '<nav class="menu"><ul>' + "".join(f'<li><a href="#">{e(m)}</a></li>' for m in MENU) + '</ul></nav>',
            '<form class="search" action="#"><input type="text" placeholder="Nhập từ khóa tìm kiếm"><button>Tìm kiếm</button></form>',
            '<nav class="crumb"><a href="#">Trang chủ</a> › <a href="#">Thủ tục hành chính</a> › Chi tiết thủ tục hành chính</nav>',
            '<main>', f'<h1>{e(page.title)}</h1>', '<table class="info">']
    for label, value in page.info:
        out.append(f'<tr><td class="label">{e(label)}</td><td>{_cell_html(value)}</td></tr>')
    out.append('</table>')

    out.append('<h2>Trình tự thực hiện</h2>')
    out += [f'<p>{e(line)}</p>' for line in page.steps] or [f'<p>{NO_INFO}</p>']

    out.append('<h2>Cách thức thực hiện</h2>')
    out.append('<table class="channels"><thead><tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th>'
               '<th>Phí, lệ phí</th><th>Mô tả</th></tr></thead><tbody>')
    for c in page.channels:
        out.append(f'<tr><td>{e(c.mode)}</td><td>{e(c.time)}</td><td>{_cell_html(c.fee)}</td><td>{_cell_html(c.description)}</td></tr>')
    out.append('</tbody></table>')

    out.append('<h2>Thành phần hồ sơ</h2>')
    for group in page.papers:
        if group.caption:
            out.append(f'<p class="caption"><b>{e(group.caption)}</b></p>')
        out.append('<table class="papers"><thead><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th>'
                   '<th>Số lượng</th></tr></thead><tbody>')
        for p in group.papers:
            form = f'<a href="#">{e(p.form)}</a>' if p.form else ""
            out.append(f'<tr><td>{_cell_html(p.name)}</td><td>{form}</td><td>{e(p.count)}</td></tr>')
        out.append('</tbody></table>')

    out.append('<h2>Căn cứ pháp lý</h2>')
    out.append('<table class="legal"><thead><tr><th>Tên văn bản pháp lý</th><th>Mã văn bản</th></tr></thead><tbody>')
    for name, code in page.legal:
        out.append(f'<tr><td>{e(name)}</td><td>{e(code)}</td></tr>')
    out.append('</tbody></table>')

    out.append('<h2>Cơ quan thực hiện</h2>')
    out.append(f'<p>{e(page.agency or NO_INFO)}</p>')
    out.append('<h2>Yêu cầu, điều kiện thực hiện</h2>')
    out += [f'<p>{e(line)}</p>' for line in page.conditions] or [f'<p>{NO_INFO}</p>']
    out.append('<h2>Kết quả thực hiện</h2>')
    out += [f'<p>{e(name)}' + (f' (Mã: {e(code)})' if code else '') + '</p>' for name, code in page.results] \
        or [f'<p>{NO_INFO}</p>']
    out.append('<h2>Mô tả</h2>')
    out += [f'<p>{e(line)}</p>' for line in page.description] or [f'<p>{NO_INFO}</p>']
    out += ['<p><button type="button">Nộp hồ sơ</button></p>', '</main>',
            '<aside><h3>Thủ tục hành chính cùng lĩnh vực</h3><ul><li><a href="#">Xem thêm</a></li></ul></aside>',
            '<footer><p>Cơ quan chủ quản: Văn phòng Chính phủ. Chịu trách nhiệm chính: Cục Kiểm soát thủ tục hành chính.</p>'
            '<p>Tổng đài hỗ trợ: 18001096 - Email: dichvucong@chinhphu.vn</p>'
            '<p>Ghi rõ nguồn "Cổng Dịch vụ công Quốc gia" khi phát hành lại thông tin từ website này.</p></footer>']
    out.append(f'<p class="source">Nguồn: {e(page.url)}</p>')
    out += ['</body>', '</html>', '']
    return "\n".join(out)


# --- Word -----------------------------------------------------------------------------------------

def write_docx(page: Page, path: Path) -> None:
    """The page's content as if selected in the browser and pasted into Word, the address added below."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    document.add_heading(page.title, level=1)

    def table(header: list[str] | None, rows: list[list[str]]) -> None:
        t = document.add_table(rows=0, cols=len(rows[0]) if rows else len(header or [1]))
        t.style = "Table Grid"
        for row in ([header] if header else []) + rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = "\n".join(lines_of(text))
        document.add_paragraph()

    table(None, [[label, value] for label, value in page.info])
    document.add_heading("Trình tự thực hiện", level=2)
    for line in page.steps or [NO_INFO]:
        document.add_paragraph(line)
    document.add_heading("Cách thức thực hiện", level=2)
    table(["Hình thức nộp", "Thời hạn giải quyết", "Phí, lệ phí", "Mô tả"],
          [[c.mode, c.time, c.fee, c.description] for c in page.channels])
    document.add_heading("Thành phần hồ sơ", level=2)
    for group in page.papers:
        if group.caption:
            document.add_paragraph().add_run(group.caption).bold = True
        table(["Tên giấy tờ", "Mẫu đơn, tờ khai", "Số lượng"], [[p.name, p.form, p.count] for p in group.papers])
    document.add_heading("Căn cứ pháp lý", level=2)
    table(["Tên văn bản pháp lý", "Mã văn bản"], [[name, code] for name, code in page.legal])
    document.add_heading("Cơ quan thực hiện", level=2)
    document.add_paragraph(page.agency or NO_INFO)
    document.add_heading("Yêu cầu, điều kiện thực hiện", level=2)
    for line in page.conditions or [NO_INFO]:
        document.add_paragraph(line)
    document.add_heading("Kết quả thực hiện", level=2)
    for name, code in page.results or [(NO_INFO, "")]:
        document.add_paragraph(name + (f" (Mã: {code})" if code else ""))
    if page.description:
        document.add_heading("Mô tả", level=2)
        for line in page.description:
            document.add_paragraph(line)
    document.add_paragraph(f"Nguồn: {page.url}")
    document.core_properties.title = page.title
    document.core_properties.author = "Bộ phận một cửa"
    document.save(str(path))


# --- PDF ------------------------------------------------------------------------------------------

def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("Chromium is needed for the PDFs: apt-get install -y chromium")


def write_pdf(page: Page, path: Path, workdir: Path) -> None:
    source = workdir / f"{path.stem}.html"
    source.write_text(page_html(page), encoding="utf-8")
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--no-pdf-header-footer",
               f"--print-to-pdf={path}", source.as_uri()]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not path.exists() or path.stat().st_size == 0:
        sys.exit(f"Chromium printed nothing for {path.name}")


# --- Main -----------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", help="codes to render (default: all chosen)")
    parser.add_argument("--dump", type=Path, help="also write the parsed pages as JSON here, to check them")
    args = parser.parse_args()

    records = {}
    for line in args.records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records.setdefault(record["ma_thu_tuc"], record)
    args.out.mkdir(parents=True, exist_ok=True)
    dump = []
    with tempfile.TemporaryDirectory() as tmp:
        for code, fmt in CHOSEN:
            if args.only and code not in args.only:
                continue
            page = page_of(records[code])
            path = args.out / f"{slug(page.title)}-{code.replace('.', '-')}.{fmt}"
            if fmt == "html":
                path.write_text(page_html(page), encoding="utf-8")
            elif fmt == "docx":
                write_docx(page, path)
            else:
                write_pdf(page, path, Path(tmp))
            print(f"{code}  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")
            if page.replaced:
                print(f"    {code}: {', '.join(page.replaced)} taken from raw_text (the field was cut)")
            dump.append({"code": code, "file": path.name, "title": page.title, "url": page.url,
                         "channels": [c.__dict__ for c in page.channels],
                         "papers": [{"caption": g.caption, "papers": [p.__dict__ for p in g.papers]} for g in page.papers],
                         "legal": page.legal, "results": page.results})
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
