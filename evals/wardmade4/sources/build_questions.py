"""Writes evals/datasets/wardmade4.jsonl and checks it against the documents.

Checks: every line parses, every regex compiles, every fact regex matches the folded text of the
document the question was written from, and one of the expected procedure names appears in that
document. Text is extracted from the PDF with pdftotext, from the .docx by reading every <w:t> of
word/document.xml paragraph by paragraph (so text-box and table-cell text is included; Word's
automatic list numbers are not text and are not seen), and from the HTML with a tag stripper
(script and style dropped). Folding: NFD, combining marks dropped, đ→d, lowercase, whitespace
collapsed. Run with /work/main/.venv/bin/python from /work/main.
"""
import json
import os
import re
import subprocess
import unicodedata
import zipfile
from html.parser import HTMLParser

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade4.jsonl"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D").lower()


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], False

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip = True

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    parts = []
    for p in root.iter(W + "p"):
        # only the paragraph's own runs: skip text that belongs to a nested text-box paragraph
        own = [t.text or "" for t in p.iter(W + "t")
               if next(t.iterancestors(W + "p")) is p]
        parts.append("".join(own))
    return "\n".join(parts)


def doc_text(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    elif name.endswith(".docx"):
        txt = docx_text(path)
    else:
        p = _Strip()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        txt = " ".join(p.out)
    return re.sub(r"\s+", " ", fold(unicodedata.normalize("NFC", txt)))


P1, P2, P3 = "p1-cai-chinh-ho-tich.pdf", "p2-thong-bao-ho-tich.pdf", "p3-bang-le-phi-cong-an.pdf"
D1, D2, D3 = "d1-dang-ky-lai-khai-sinh.docx", "d2-khai-bao-tam-vang.docx", "d3-bang-phi-ho-tich-chung-thuc.docx"
D4, D5, D6 = "d4-xac-nhan-cu-tru.docx", "d5-giam-ho.docx", "d6-tu-choi-nhan-di-san.docx"
H1, H2, H3 = "h1-cap-lai-can-cuoc.html", "h2-dang-ky-xe-lan-dau.html", "h3-tam-ngung-ho-kinh-doanh.html"

KIND = {".pdf": "doc-pdf", ".docx": "doc-docx", ".html": "doc-html"}

FREE = r"(mien (phi|le phi)|mien|khong (mat |thu |phai nop |phai dong |ton |tinh )?(phi|le phi|tien)|free|no fee|khong mat tien)"
FREE_EN = r"(mien|exempt|free|waive|no fee|khong (mat |thu )?(phi|le phi))"


def days(nn, english=False):
    """'05 ngày' / '5 ngày làm việc'; English also 'five (working) days'."""
    words = {1: "one", 2: "two", 3: "three", 5: "five", 7: "seven"}
    if english:
        return rf"(?<!\d)(0?{nn}|{words[nn]}) (ngay|(working |business )?days?)"
    return rf"(?<!\d)0?{nn} ngay"


def amount(k):
    """k thousand đồng: '50.000', '50,000', '50000'; not inside a longer figure."""
    return rf"(?<!\d){k}[.,]?000(?![.,]?\d)"


LAI_KS = ["dang ky lai khai sinh"]
CAI_CHINH = ["thay doi, cai chinh, bo sung thong tin ho tich", "cai chinh"]
BAN_SAO_TL = ["cap ban sao trich luc ho tich", "ban sao trich luc"]
GIAM_HO = ["dang ky giam ho"]
CHAM_DUT_GH = ["dang ky cham dut giam ho", "cham dut giam ho"]
TAM_VANG = ["khai bao tam vang", "tam vang"]
XN_CU_TRU = ["xac nhan thong tin ve cu tru"]
THUONG_TRU = ["dang ky thuong tru"]
TAM_TRU = ["dang ky tam tru"]
CAP_LAI_CC = ["cap lai the can cuoc"]
DK_XE = ["dang ky, cap bien so xe lan dau", "cap bien so xe"]
TAM_NGUNG = ["tam ngung kinh doanh"]
TU_CHOI_DS = ["chung thuc van ban tu choi nhan di san", "tu choi nhan di san"]
CT_BAN_SAO = ["chung thuc ban sao"]

# (question, procedure, [regex groups], aspect tags, doc, extra tags)
CASES = [
    # --- p1: two-column leaflet, thay đổi, cải chính, bổ sung thông tin hộ tịch
    ("Giấy khai sinh của con em bị ghi sai ngày sinh, muốn cải chính lại thì cần giấy tờ gì ạ?", CAI_CHINH,
     [r"to khai", r"(giay to lam can cu|lam can cu)"], ["documents"], P1, []),
    ("sua ten trong giay khai sinh mat may ngay", CAI_CHINH,
     [r"(?<!\d)(0?1|mot) ngay"], ["time_limit"], P1, ["no-diacritics"]),
    ("Is there a fee to correct a mistake in my birth registration? We are a poor household.", CAI_CHINH,
     [FREE_EN, r"(ho ngheo|poor)"], ["fee"], P1, ["english"]),
    ("Em làm cải chính hộ tịch online, nhận được biểu mẫu trích lục điện tử thì phải xác nhận trong bao lâu?",
     CAI_CHINH, [r"(toi da mot ngay|mot ngay|(?<!\d)0?1 ngay|one day|24 gio)"], ["online", "steps", "time_limit"],
     P1, []),

    # --- p2: Thông báo, numbered prose list of hộ tịch procedures
    ("Đăng ký lại khai sinh mất mấy ngày vậy ạ?", LAI_KS, [days(5)], ["time_limit"], P2, []),
    ("Chấm dứt giám hộ có mất tiền không, bao lâu thì xong?", CHAM_DUT_GH,
     [FREE, days(2)], ["fee", "time_limit"], P2, []),
    ("xin ban sao trich luc khai sinh nop luc 4h chieu thi khi nao lay", BAN_SAO_TL,
     [r"(ngay lam viec tiep theo|15 gio|15h|hom sau|ngay mai)"], ["time_limit"], P2, ["no-diacritics"]),
    ("Tôi có hộ khẩu ở phường khác nhưng làm việc gần phường Long Hòa Đông. Cháu tôi mồ côi, tôi muốn "
     "đăng ký giám hộ cho cháu thì nộp hồ sơ ở phường này được không?", GIAM_HO,
     [r"(lua chon|ho tro nop|dung co quan co tham quyen)"], ["where"], P2, ["narrative"]),

    # --- p3: table with a two-row header (Phí, lệ phí over Trực tiếp | Trực tuyến)
    ("Đăng ký thường trú nộp online thì lệ phí bao nhiêu?", THUONG_TRU, [amount(10)], ["fee", "online"], P3, []),
    ("dang ky tam tru nop truc tiep o cong an phuong bao nhieu tien", TAM_TRU, [amount(15)], ["fee"], P3,
     ["no-diacritics"]),
    ("Cấp lại thẻ căn cước nộp trực tuyến với nộp trực tiếp thì lệ phí có khác nhau không?", CAP_LAI_CC,
     [rf"({amount(70)}|{amount(35)})"], ["fee", "online"], P3, []),
    ("Khai báo tạm vắng thì Công an phường giải quyết trong bao lâu?", TAM_VANG, [days(1)], ["time_limit"],
     P3, []),
    ("dang ky bien so xe lan dau le phi tinh theo quy dinh nao", DK_XE,
     [r"60/2023"], ["fee"], P3, ["no-diacritics"]),

    # --- d1: numbered headings typed as bold paragraphs, a) b) c) items; đăng ký lại khai sinh
    ("Mất bản chính giấy khai sinh, đăng ký lại khai sinh cần mang theo những giấy tờ gì?", LAI_KS,
     [r"to khai", r"ban sao"], ["documents"], D1, []),
    ("Tôi là công chức, đăng ký lại khai sinh thì có phải nộp thêm giấy gì không?", LAI_KS,
     [r"(van ban xac nhan|xac nhan cua thu truong)"], ["documents", "conditions"], D1, []),
    ("dang ky lai khai sinh co mien le phi cho nguoi khuyet tat khong", LAI_KS,
     [r"mien", r"(khuyet tat|hoi dong nhan dan|hdnd)"], ["fee"], D1, ["no-diacritics"]),
    ("My grandmother was born in 1950 and lost her original birth certificate. She only has old school "
     "records and the household book. Can she re-register her birth, and how many days does it take?", LAI_KS,
     [r"(hoc ba|school record|so ho khau|household (book|registration)|ban sao)", days(5, english=True)],
     ["documents", "time_limit"], D1, ["english", "narrative"]),

    # --- d2: Phiếu hướng dẫn with Word automatic numbering; khai báo tạm vắng
    ("Khai báo tạm vắng thì phải ghi những thông tin gì?", TAM_VANG,
     [r"ly do", r"noi den"], ["documents"], D2, []),
    ("con em chua du 18 tuoi thuoc dien phai khai bao tam vang thi ai khai cho chau", TAM_VANG,
     [r"(cha,? me|nguoi giam ho)"], ["conditions"], D2, ["no-diacritics"]),
    ("Có khai báo tạm vắng qua điện thoại hay qua mạng được không?", TAM_VANG,
     [r"dien thoai", r"(dich vu cong|trang thong tin dien tu|ung dung|online|truc tuyen)"], ["where", "online"],
     D2, []),
    ("Người đang bị quản lý, giáo dục tại địa phương muốn đi vắng thì khai báo tạm vắng cần giấy gì?", TAM_VANG,
     [r"(van ban dong y|dong y)"], ["documents", "conditions"], D2, []),

    # --- d3: fee table, rows are procedures and columns are filing modes
    ("Photo công chứng ở phường tính tiền sao ạ?", CT_BAN_SAO,
     [amount(2), rf"({amount(1)}|{amount(200)})"], ["fee"], D3, ["abbreviation"]),
    ("cap ban sao trich luc ho tich nop online mat bao nhieu", BAN_SAO_TL, [amount(8)], ["fee", "online"], D3,
     ["no-diacritics"]),
    ("Phí chứng thực văn bản từ chối nhận di sản nếu gửi hồ sơ qua bưu điện là bao nhiêu?", TU_CHOI_DS,
     [amount(50)], ["fee"], D3, []),
    ("Can I get a certified copy of my diploma online at the ward, and what does it cost per page?", CT_BAN_SAO,
     [r"(khong ap dung|not (available|applicable|offered|possible)|only (in person|directly)|in person|truc tiep)",
      amount(2)], ["online", "fee"], D3, ["english"]),
    ("Đăng ký giám hộ nộp trực tuyến có mất lệ phí không?", GIAM_HO, [FREE], ["fee", "online"], D3, []),

    # --- d4: title in a text box, body starts "Kính gửi"; xác nhận thông tin về cư trú
    ("Xin giấy xác nhận cư trú CT07 có mất phí không?", XN_CU_TRU, [FREE], ["fee"], D4, ["abbreviation"]),
    ("xin xac nhan cu tru tren vneid co can dinh kem to khai ct01 khong", XN_CU_TRU,
     [r"(khong (phai |can )?dinh kem|bieu mau dien tu)"], ["online", "form", "documents"], D4, ["no-diacritics"]),
    ("Nếu thông tin của tôi cần xác minh thì xác nhận thông tin về cư trú mất mấy ngày?", XN_CU_TRU,
     [days(3)], ["time_limit"], D4, []),
    ("Em chuẩn bị nộp hồ sơ xin việc, công ty yêu cầu giấy xác nhận cư trú. Em nộp ở đâu và phải khai "
     "mẫu tờ khai nào ạ?", XN_CU_TRU,
     [r"(cong an|vneid|dich vu cong)", r"ct01"], ["where", "form"], D4, ["narrative"]),

    # --- d5: two procedures under "THỦ TỤC 1: …" / "THỦ TỤC 2: …"
    ("Làm giấy giám hộ cho cháu cần những gì?", GIAM_HO,
     [r"to khai", r"(giam ho duong nhien|van ban cu nguoi giam ho|giay to chung minh)"], ["documents"], D5, []),
    ("dang ky giam ho bao lau co ket qua", GIAM_HO, [days(3)], ["time_limit"], D5, ["no-diacritics"]),
    ("Two relatives both qualify as the legal guardian of my orphaned nephew. What extra paper do we need "
     "to register the guardianship?", GIAM_HO, [r"(thoa thuan|agreement)"], ["documents"], D5, ["english"]),
    ("Chấm dứt giám hộ thì nộp giấy tờ gì và nhận lại giấy gì?", CHAM_DUT_GH,
     [r"(can cu cham dut|bo luat dan su)", r"trich luc (dang ky )?cham dut giam ho"], ["documents"], D5, []),

    # --- d6: công văn whose V/v title sits in the letterhead table cell; chứng thực văn bản từ chối nhận di sản
    ("Chứng thực văn bản từ chối nhận di sản cần mang theo những gì?", TU_CHOI_DS,
     [r"du thao", r"(can cuoc|ho chieu)"], ["documents"], D6, []),
    ("Mẹ tôi già yếu, tay run không ký được. Bà muốn từ chối nhận phần thừa kế của ông ngoại, làm văn bản "
     "từ chối nhận di sản ở phường thì sao?", TU_CHOI_DS, [r"diem chi"], ["conditions"], D6, ["narrative"]),
    ("van ban tu choi nhan di san chung thuc het bao nhieu tien", TU_CHOI_DS, [amount(50)], ["fee"], D6,
     ["no-diacritics"]),
    ("My mother only speaks Khmer. She wants to sign a document refusing her inheritance at the ward. Does she "
     "need an interpreter, and who pays for it?", TU_CHOI_DS,
     [r"(phien dich|interpret)",
      r"(nguoi yeu cau chung thuc tra|requester|applicant|(she|you|your mother) (will |must |has to |have to |needs to |need to )?pay|at (her|your) (own )?(cost|expense))"],
     ["conditions", "fee"], D6, ["english"]),

    # --- h1: ward page, accordion of h3 + div panes, decoy fees in the sidebar; cấp lại thẻ căn cước
    ("Mất thẻ căn cước thì làm lại ở đâu, có phải về nơi thường trú không?", CAP_LAI_CC,
     [r"(bat ky|khong phu thuoc)"], ["where"], H1, []),
    ("lam lai can cuoc bi mat co phai chup hinh lay dau van tay lai khong", CAP_LAI_CC,
     [r"(lan gan nhat|da (duoc )?thu nhan)"], ["conditions", "steps"], H1, ["no-diacritics"]),
    ("Cấp lại CCCD mất bao lâu?", CAP_LAI_CC, [days(7)], ["time_limit"], H1, ["abbreviation"]),
    ("How much is the fee to replace a lost citizen ID card right now?", CAP_LAI_CC,
     [rf"({amount(35)}|{amount(70)})"], ["fee"], H1, ["english"]),

    # --- h2: ward police page whose content is a <dl>; đăng ký, cấp biển số xe lần đầu
    ("Mua xe máy mới đăng ký biển số ở công an phường cần giấy tờ gì?", DK_XE,
     [r"giay khai dang ky xe", r"(nguon goc|chung tu|quyen so huu)"], ["documents", "form"], H2, []),
    ("dang ky xe lan dau bao lau thi co bien so", DK_XE, [r"(cap ngay|ngay sau khi)"], ["time_limit"], H2,
     ["no-diacritics"]),
    ("Đăng ký xe mới xong bao lâu thì nhận được cà vẹt?", DK_XE, [days(2)], ["time_limit"], H2,
     ["abbreviation"]),
    ("Can I fill in the first-time vehicle registration form online, and do I still have to bring the motorbike "
     "to the police station?", DK_XE,
     [r"(cong dich vu cong|dich vu cong|online|portal)", r"(dua xe|kiem tra (thuc te )?xe|bring|inspect)"],
     ["online", "steps"], H2, ["english"]),

    # --- h3: news article announcing the change; tạm ngừng kinh doanh của hộ kinh doanh
    ("Hộ kinh doanh nghỉ bán chừng 10 ngày có phải đăng ký tạm ngừng kinh doanh không?", TAM_NGUNG,
     [r"(?<!\d)15 ngay"], ["conditions"], H3, []),
    ("tam ngung ho kinh doanh phai nop ho so truoc may ngay", TAM_NGUNG, [days(3)], ["time_limit"], H3,
     ["no-diacritics"]),
    ("Tôi bán tạp hóa, hộ kinh doanh đăng ký trụ sở ở phường Long Hòa Đông nhưng giờ tôi ở trọ bên phường "
     "khác trong thành phố. Tôi muốn tạm ngừng kinh doanh 2 tháng để về quê, nộp hồ sơ ở phường đang ở được "
     "không?", TAM_NGUNG, [r"(bat ky|trong pham vi (tinh|thanh pho))"], ["where"], H3, ["narrative"]),
    ("Nộp hồ sơ tạm ngừng kinh doanh hộ kinh doanh xong bao lâu thì có giấy xác nhận?", TAM_NGUNG,
     [days(1)], ["time_limit"], H3, []),
]

REFUSALS = [
    ("Nộp đơn ly hôn đơn phương ở đâu, án phí bao nhiêu?", ["where", "fee"]),
    ("xe toi bi phat nguoi vuot den do thi nop phat o dau", ["where", "no-diacritics"]),
    ("How do I apply for a passport for my 10-year-old child?", ["documents", "english"]),
    ("Muốn xin visa đi Hàn Quốc du lịch thì chuẩn bị hồ sơ gì?", ["documents"]),
    ("Cho hỏi xin cấp mã số thuế cá nhân lần đầu ở đâu?", ["where"]),
]


def main():
    texts = {}
    rows = []
    problems = []
    i = 0
    for q, proc, facts, aspects, doc, extra in CASES:
        i += 1
        if doc not in texts:
            texts[doc] = doc_text(doc)
        t = texts[doc]
        for p in proc:
            if p != fold(p):
                problems.append(f"{i}: procedure not folded: {p}")
        if not any(p in t for p in proc):
            problems.append(f"{i}: no procedure name found in {doc}: {proc}")
        for rx in facts:
            re.compile(rx)
            if not re.search(rx, t):
                problems.append(f"{i}: regex {rx!r} does not match {doc}")
        if q != unicodedata.normalize("NFC", q):
            problems.append(f"{i}: question not NFC")
        ext = os.path.splitext(doc)[1]
        tags = aspects + [KIND[ext]] + extra + ["tune"]
        rows.append({
            "id": f"wardmade4-{i:03d}",
            "question": q,
            "history": [],
            "tags": tags,
            "expect": {"procedure": proc, "facts": [[rx] for rx in facts], "refuse": False},
            "source": "written",
            "source_kind": "written",
        })
    for q, extra in REFUSALS:
        i += 1
        rows.append({
            "id": f"wardmade4-{i:03d}",
            "question": q,
            "history": [],
            "tags": ["refusal"] + extra + ["tune"],
            "expect": {"procedure": [], "facts": [], "refuse": True},
            "source": "written",
            "source_kind": "written",
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            r["question"] = unicodedata.normalize("NFC", r["question"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate
    n_ans = n_ref = 0
    counts = {}
    ids = set()
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["id"] not in ids
            ids.add(r["id"])
            assert "tune" in r["tags"]
            for g in r["expect"]["facts"]:
                assert isinstance(g, list) and len(g) == 1
                re.compile(g[0])
            if r["expect"]["refuse"]:
                n_ref += 1
                assert r["expect"]["procedure"] == [] and r["expect"]["facts"] == []
            else:
                n_ans += 1
                assert r["expect"]["procedure"] and r["expect"]["facts"]
            for tg in r["tags"]:
                counts[tg] = counts.get(tg, 0) + 1
    print(f"wrote {len(rows)} cases ({n_ans} answerable, {n_ref} refusals) to {OUT}")
    print("tags:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    per_doc = {}
    for q, proc, facts, aspects, doc, extra in CASES:
        per_doc[doc] = per_doc.get(doc, 0) + 1
    print("per document:", ", ".join(f"{d.split('.')[0]} {c}" for d, c in sorted(per_doc.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
    else:
        print("no problems: every fact regex and a procedure name match their documents")


if __name__ == "__main__":
    main()
