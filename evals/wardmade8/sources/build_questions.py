"""Writes evals/datasets/wardmade8.jsonl (a TUNING set) and checks it against the documents.

Checks (any failure is listed under PROBLEMS and the exit code is 1):
  * every line parses, ids are unique, every row is tagged "tune" (and none "test");
  * every regex compiles; in every fact group at least one alternative matches the folded text of the
    question's document (folded = NFD, marks dropped, đ→d, lowercase, whitespace collapsed; text taken with
    pdftotext, python-docx paragraphs + table cells, or an HTML tag stripper);
  * the first procedure name occurs in the document; every name occurs in the document or in the folded
    portal name (ten_thu_tuc) of the cited record line; at least one name is a substring of the portal name;
  * refusals name no covered procedure, and their topic words occur in no document.

When the shared module evals/wardmade_build.py (written for wardmade7 onwards) is importable, the rows are
written and checked with its build_and_check(..., split="tune"); the few batch-specific checks below (no
"test" tag, extra refusal synonyms) run in addition. Without it, the local implementation below does it all.

Run from /work/main:  .venv/bin/python evals/wardmade8/sources/build_questions.py
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

import docx

sys.path.insert(0, os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")))
try:
    from evals import wardmade_build as shared  # noqa: E402
except ImportError:  # the shared module is optional
    shared = None

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade8.jsonl"))
RECORDS = "/work/shared/data/national-procedures.jsonl"
BATCH = "wardmade8"
SPLIT = "tune"


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"\s+", " ", s).strip()


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _docx_parts(container, parts):
    for p in container.paragraphs:
        parts.append(p.text)
    for t in container.tables:
        for r in t.rows:
            for c in r.cells:
                _docx_parts(c, parts)


def doc_text(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    elif name.endswith(".docx"):
        parts = []
        _docx_parts(docx.Document(path), parts)
        txt = "\n".join(parts)
    else:
        p = _Strip()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        txt = " ".join(p.out)
    return fold(unicodedata.normalize("NFC", txt))


def portal_names():
    out = {}
    with open(RECORDS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            out[i] = fold(json.loads(line)["ten_thu_tuc"])
    return out


P1, P2, P3, P4 = ("p1-poster-dang-ky-ket-hon.pdf", "p2-bang-thu-tuc-chung-thuc.pdf",
                  "p3-quy-trinh-hoa-giai-dat-dai.pdf", "p4-cong-van-can-cuoc-hoc-sinh.pdf")
D1, D2, D3, D4 = ("d1-hoi-dap-xac-nhan-tinh-trang-hon-nhan.docx", "d2-huong-dan-dang-ky-khai-tu.docx",
                  "d3-bieu-phi-dang-ky-tam-tru.docx", "d4-phieu-kiem-tra-ho-kinh-doanh.docx")
H1, H2, H3, H4 = ("h1-thu-tuc-nhan-cha-me-con.html", "h2-thu-tuc-cu-tru-thuong-gap.html",
                  "h3-tin-giay-phep-sua-chua-nha.html", "h4-bai-dang-lam-can-cuoc-cho-con.html")
KIND = {".pdf": "doc-pdf", ".docx": "doc-docx", ".html": "doc-html"}

# procedure names (folded): the document's own wording first, then a shorter form found in the portal name.
# Each tuple: (names, record line in national-procedures.jsonl)
KET_HON = (["dang ky ket hon"], 157)
XNTTHN = (["cap giay xac nhan tinh trang hon nhan", "xac nhan tinh trang hon nhan"], 171)
CHU_KY = (["chung thuc chu ky trong cac giay to, van ban", "chung thuc chu ky"], 187)
GIAO_DICH = (["chung thuc giao dich lien quan den tai san la dong san", "chung thuc giao dich"], 198)
TU_CHOI = (["chung thuc van ban tu choi nhan di san"], 196)
HOA_GIAI = (["hoa giai tranh chap dat dai"], 80)
CC14 = (["cap the can cuoc cho nguoi tu du 14 tuoi tro len", "cap the can cuoc"], 39)
KHAI_TU = (["dang ky khai tu"], 154)
TAM_TRU = (["dang ky tam tru"], 6)
HKD = (["dang ky thanh lap ho kinh doanh"], 98)
NHAN_CMC = (["dang ky nhan cha, me, con"], 158)
THUONG_TRU = (["dang ky thuong tru"], 7)
TACH_HO = (["tach ho"], 11)
GPXD_SC = (["cap giay phep sua chua, cai tao nha o rieng le", "giay phep xay dung sua chua, cai tao"], 216)
ALL_PROCS = (KET_HON, XNTTHN, CHU_KY, GIAO_DICH, TU_CHOI, HOA_GIAI, CC14, KHAI_TU, TAM_TRU, HKD, NHAN_CMC,
             THUONG_TRU, TACH_HO, GPXD_SC)

FREE = ["mien le phi", "mien phi", "khong (phai )?(nop|thu|mat) (khoan )?(le )?phi", "free", "no fee", "exempt"]


def amt(n):
    """Amount regex: 10.000 / 10,000 / 10000, not preceded by a digit."""
    return rf"(?<!\d)(?<!\d[.,]){n}[.,]?000(?![.,]?\d)"


def days(n):
    return [rf"(?<![\d.,])0?{n} ngay", rf"(?<![\d.,]){n} (working )?days?"]


# (question, procedure, fact groups (each a list of alternatives), aspect tags, doc, shape tags)
CASES = [
    # --- p1: poster đăng ký kết hôn (1.000894)
    ("Đi đăng ký kết hôn ở phường có tốn tiền không?", KET_HON, [FREE], ["fee"], P1, []),
    ("dang ky ket hon bao lau thi lay duoc giay", KET_HON,
     [days(1) + ["trong ngay", "one (working )?day"]], ["time_limit"], P1, ["no-diacritics"]),
    ("My fiancée and I are registering our marriage. Does she have to come with me when we pick up the certificate?",
     KET_HON, [[r"(ca hai|hai ben)[^.]{0,25}co mat", "both"]], ["conditions"], P1, ["english"]),
    ("Hai đứa em hộ khẩu thường trú ở Đồng Nai, lên đây đi làm và ở trọ trong phường. Giờ tụi em muốn đăng ký kết "
     "hôn ngay tại phường mình được không ạ?", KET_HON,
     [["quyen lua chon", "ho tro (ban )?nop ho so truc tuyen", "bat ky", "choose"]], ["where", "conditions"], P1, ["narrative"]),

    # --- p2: bảng danh mục thủ tục chứng thực (2.000884, 2.001035, 2.001016)
    ("Chứng thực chữ ký trên giấy ủy quyền hết bao nhiêu tiền vậy?", CHU_KY, [[amt(10)]], ["fee"], P2, []),
    ("cong chung hop dong mua ban xe may o phuong mat bao nhieu tien", GIAO_DICH, [[amt(50)]], ["fee"], P2,
     ["no-diacritics"]),
    ("My father can't read, can't sign and can't give a fingerprint. Can the ward still certify the house sale "
     "contract he is signing?", GIAO_DICH,
     [[r"(?<!\d)(0?2|hai) nguoi lam chung", "two witnesses", "witness"]], ["conditions"], P2, ["english"]),
    ("Tôi muốn làm văn bản từ chối nhận di sản thừa kế của bố thì cần mang theo những gì?", TU_CHOI,
     [["du thao van ban tu choi", "du thao", "draft"],
      ["giay chung nhan quyen so huu", "giay chung nhan", "giay to tuy than", "certificate", "id card"]], ["documents"], P2, []),

    # --- p3: sơ đồ quy trình hòa giải tranh chấp đất đai (1.012812)
    ("Nộp đơn hòa giải tranh chấp đất ở phường thì bao lâu phường báo có thụ lý hay không?", HOA_GIAI,
     [days(3)], ["time_limit"], P3, []),
    ("hoa giai tranh chap dat o phuong co mat phi khong", HOA_GIAI, [FREE], ["fee"], P3, ["no-diacritics"]),
    ("Nhà tôi với nhà bên cạnh tranh chấp cái lối đi chung. Phường mời hòa giải hai lần mà bên kia đều không tới. "
     "Vậy là sao, giờ tôi phải làm gì tiếp?", HOA_GIAI,
     [["hoa giai khong thanh", "unsuccessful"], ["co quan co tham quyen", "gui don"]], ["conditions", "steps"], P3,
     ["narrative"]),
    ("If I hand in a land dispute mediation request in person, how long does the whole process take?", HOA_GIAI,
     [[r"(?<!\d)40 ngay", r"(?<!\d)40 days"]], ["time_limit"], P3, ["english"]),

    # --- p4: công văn V/v cấp thẻ căn cước cho học sinh (1.014061)
    ("Con tôi vừa đủ 14 tuổi, đi làm căn cước lần đầu thì điền mẫu tờ khai nào?", CC14,
     [["dc02", "phieu de nghi giai quyet thu tuc ve can cuoc"]], ["form", "documents"], P4, []),
    ("lam can cuoc cho con 14 tuoi bao lau thi co the", CC14, [days(7)], ["time_limit"], P4, ["no-diacritics"]),
    ("Does my 14-year-old daughter have to have her iris scanned when she applies for her ID card?", CC14,
     [["mong mat", "iris"]], ["steps", "conditions"], P4, ["english"]),
    ("Hộ khẩu cháu ở Long An, có làm CCCD cho cháu ở công an phường mình được không?", CC14,
     [["khong phu thuoc (vao )?noi cu tru", "bat ky", "ca nuoc", "regardless"]], ["where"], P4, ["abbreviation"]),

    # --- d1: hỏi – đáp giấy xác nhận tình trạng hôn nhân (1.004873)
    ("Xin giấy XNTTHN (giấy độc thân) mất mấy ngày?", XNTTHN, [days(3)], ["time_limit"], D1, ["abbreviation"]),
    ("xin giay xac nhan tinh trang hon nhan de vay ngan hang thi giay ghi the nao, duoc cap may ban", XNTTHN,
     [["muc dich su dung", "muc dich", "purpose"], ["so luong", "so ban", "number of copies"]], ["conditions"], D1, ["no-diacritics"]),
    ("I'm from a poor household. Do I have to pay a fee for a certificate of marital status?", XNTTHN,
     [["mien le phi", "exempt"], ["ho ngheo", "poor household"]], ["fee"], D1, ["english"]),
    ("Năm ngoái em xin giấy xác nhận độc thân để cưới nhưng rồi không cưới, giờ làm mất giấy đó luôn. Nay em muốn "
     "xin lại để đăng ký kết hôn với người khác thì phải làm sao?", XNTTHN,
     [[r"trinh bay (ro )?ly do", "explain"], ["cam doan", "xac minh"]], ["conditions", "documents"], D1,
     ["narrative"]),

    # --- d2: hướng dẫn đăng ký khai tử, chỉ đoạn số in đậm (1.000656)
    ("Ông nội mất thì trong bao nhiêu ngày gia đình phải đi làm giấy khai tử?", KHAI_TU,
     [[r"(?<!\d)15 ngay", r"(?<!\d)15 days"]], ["time_limit"], D2, []),
    ("lam khai tu dung han co mat le phi khong", KHAI_TU, [["mien le phi", "mien", "free"]], ["fee"], D2,
     ["no-diacritics"]),
    ("My grandmother passed away many years ago and we never got a death notice. What can we submit to register "
     "her death now?", KHAI_TU, [["chung minh su kien chet", "chung cu", "evidence", "proof"]], ["documents"], D2,
     ["english"]),
    ("Chiều nay 4 giờ em mới nộp hồ sơ khai tử ở UBND phường thì khi nào lấy được trích lục?", KHAI_TU,
     [["ngay lam viec tiep theo", "next working day"]], ["time_limit"], D2, ["abbreviation", "narrative"]),

    # --- d3: biểu phí đăng ký tạm trú, tiêu đề trong text box (1.004194)
    ("Đăng ký tạm trú online thì tốn bao nhiêu tiền?", TAM_TRU, [[amt(7)]], ["fee", "online"], D3, []),
    ("Công ty em có 20 công nhân ở ký túc xá, muốn đăng ký tạm trú theo danh sách. Nộp trực tiếp ở công an phường "
     "thì mỗi người đóng bao nhiêu?", TAM_TRU, [[amt(10)]], ["fee"], D3, ["narrative"]),
    ("thue phong tro thi hop dong thue co can cong chung moi dang ky tam tru duoc khong", TAM_TRU,
     [["khong bat buoc", "khong (can|phai) cong chung", "not required", "no need"]], ["documents"], D3, ["no-diacritics"]),
    ("Đăng ký tạm trú mấy ngày thì xong?", TAM_TRU, [days(3)], ["time_limit"], D3, []),

    # --- d4: phiếu tự kiểm tra hồ sơ thành lập hộ kinh doanh, ô ☐ (1.001612)
    ("Mở tiệm tạp hóa, đăng ký hộ kinh doanh ở phường bao lâu thì có giấy?", HKD, [days(3)], ["time_limit"], D4, []),
    ("ho so dang ky HKD bi tu choi thi co duoc tra lai le phi khong", HKD,
     [["khong duoc hoan tra", "not refund", "non-refundable"]], ["fee"], D4, ["no-diacritics", "abbreviation"]),
    ("My parents, my sister and I want to open a household business together as a family. Besides the application "
     "form, what extra paper do we need?", HKD,
     [["van ban uy quyen", "giay uy quyen", "authori[sz]ation"], ["cong chung", "chung thuc", "notari", "certif"]], ["documents"], D4,
     ["english"]),
    ("Nhà em ở đây nhưng cửa hàng mở ở phường khác cùng thành phố, có nộp hồ sơ HKD ở phường này được không?", HKD,
     [["bat ky", "any (commune|ward)"]], ["where"], D4, ["abbreviation"]),

    # --- h1: trang thủ tục dạng tab, đăng ký nhận cha, mẹ, con (1.001022)
    ("Làm thủ tục nhận con ở phường mất mấy ngày?", NHAN_CMC, [days(3)], ["time_limit"], H1, []),
    ("khong co giay xet nghiem ADN thi lam thu tuc nhan cha con duoc khong", NHAN_CMC,
     [["cam doan"], [r"(it nhat )?(hai|0?2) nguoi lam chung"]], ["documents", "conditions"], H1,
     ["no-diacritics"]),
    ("Thủ tục nhận cha, mẹ, con có nộp online được không hay bắt buộc lên phường?", NHAN_CMC,
     [["cong dich vu cong quoc gia", "vneid", "ung dung dinh danh"]], ["online"], H1, []),
    ("Anh với vợ sống chung chưa đăng ký kết hôn, có bé 3 tuổi mà giấy khai sinh chỉ có tên mẹ. Giờ anh muốn làm "
     "thủ tục nhận con thì cần chuẩn bị giấy tờ gì?", NHAN_CMC,
     [["to khai"], ["co quan y te", "co quan giam dinh", "cam doan"]], ["documents"], H1, ["narrative"]),

    # --- h2: ba thẻ thủ tục cư trú (1.004222, 1.004194, 1.010038)
    ("Nhập hộ khẩu cho vợ về nhà chồng mất bao lâu?", THUONG_TRU, [days(7)], ["time_limit"], H2, []),
    ("tach ho nop online thi le phi bao nhieu", TACH_HO, [[amt(5)]], ["fee", "online"], H2, ["no-diacritics"]),
    ("Vợ chồng em mới làm khai sinh cho bé được 2 tuần. Giờ đăng ký thường trú cho bé có phải mang giấy khai sinh "
     "không, và hạn chót là khi nào?", THUONG_TRU,
     [["khong yeu cau xuat trinh giay khai sinh", "khong (can|phai|bat buoc) (mang |xuat trinh |nop )?(theo )?giay khai sinh",
       "no birth certificate", "not (need|required)"],
      [r"(?<!\d)60 ngay", r"(?<!\d)60 days"]], ["documents", "time_limit"], H2, ["narrative"]),
    ("I'm renting an apartment. To register permanent residence there, does the lease need to be notarized?",
     THUONG_TRU, [["cong chung hoac chung thuc", "notari"]], ["documents", "conditions"], H2, ["english"]),

    # --- h3: tin bài cấp phép sửa chữa, cải tạo nhà ở riêng lẻ (1.013229)
    ("Xin GPXD sửa nhà ở phường mất bao lâu mới có giấy phép?", GPXD_SC,
     [[r"(?<!\d)15 ngay", r"(?<!\d)15 days"]], ["time_limit"], H3, ["abbreviation"]),
    ("xin giay phep sua chua cai tao nha thi dung mau don nao", GPXD_SC, [[r"mau so 0?1"], ["175/2024"]], ["form"],
     H3, ["no-diacritics"]),
    ("Từ khi nào người dân được xin giấy phép sửa chữa nhà ngay tại phường?", GPXD_SC,
     [["0?1/0?1/2026", "0?1 thang 0?1( nam)? 2026", "january 1"]], ["conditions"], H3, []),
    ("Nhà tôi là nhà phố, hai bên sát vách nhà hàng xóm. Giờ tôi muốn cải tạo lại mặt tiền và thay mái thì hồ sơ "
     "xin phép có phải kèm giấy cam kết gì không?", GPXD_SC,
     [["cam ket bao dam an toan", "safety"]], ["documents"], H3, ["narrative"]),

    # --- h4: bài đăng kiểu Facebook/Zalo, làm căn cước cho con (1.014061) – trùng với p4
    ("Làm căn cước cho con xong có gửi thẻ về nhà qua bưu điện được không?", CC14,
     [["buu chinh", "buu dien", "post"]], ["where"], H4, []),
    ("dat lich lam can cuoc cho con tren vneid duoc khong", CC14,
     [["vneid"], ["dang ky thoi gian", "dat lich"]], ["online"], H4, ["no-diacritics"]),
    ("Thứ mấy thì dẫn con lên công an phường làm căn cước được?", CC14,
     [["thu hai den thu sau", "thu 2 den thu 6", "monday"], ["sang thu bay", "sang thu 7", "saturday"]], ["where"], H4, []),
    ("Con gái tôi 14 tuổi đang học nội trú, tôi định đi làm căn cước giúp cháu cho nhanh. Cháu có cần có mặt không?",
     CC14, [["co mat truc tiep", "in person"], ["van tay", "mong mat", "khuon mat"]], ["conditions"], H4,
     ["narrative"]),
]

# (question, tags, topic words found in the question, synonyms) – none of the words may occur in any document
REFUSALS = [
    ("Mình muốn rút bảo hiểm xã hội một lần thì cần những giấy tờ gì?", ["documents"],
     ["bao hiem xa hoi"], ["bhxh"]),
    ("quyet toan thue thu nhap ca nhan cuoi nam thi nop o dau", ["where", "no-diacritics"],
     ["quyet toan thue", "thue thu nhap"], []),
    ("How do I renew my driving licence that expired last month?", ["steps", "english"],
     ["driving"], ["giay phep lai xe", "bang lai"]),
    ("Đăng ký nhãn hiệu cho sản phẩm bánh tráng nhà làm mất bao lâu?", ["time_limit"], ["nhan hieu"], []),
    ("Hóa đơn tiền điện tháng này tăng gấp đôi, muốn khiếu nại thì gửi cho ai?", ["where"],
     ["tien dien", "hoa don"], []),
    ("Mua vé máy bay cho bé dưới 2 tuổi thì cần mang giấy tờ gì?", ["documents"], ["ve may bay"], ["hang khong"]),
]


def main_shared():
    """Build and check with evals/wardmade_build.py, then run the batch-specific extra checks."""
    procs = {}

    def P(pr):
        key = (tuple(pr[0]), pr[1])
        if key not in procs:
            procs[key] = shared.Proc(pr[0], pr[1])
        return procs[key]

    cases = [shared.Case(q, P(pr), facts, list(asp), doc, list(extra)) for q, pr, facts, asp, doc, extra in CASES]
    refusals = [shared.Refusal(q, list(tags), list(topics)) for q, tags, topics, _syn in REFUSALS]
    rc = shared.build_and_check(BATCH, cases, refusals, DOCS, OUT, split=SPLIT)
    extra = []
    texts = {f: shared.doc_text(os.path.join(DOCS, f)) for f in os.listdir(DOCS)}
    for q, _tags, _topics, synonyms in REFUSALS:
        for kw in synonyms:
            for f, t in texts.items():
                if re.search(r"\b" + re.escape(kw) + r"\b", t):
                    extra.append(f"refusal synonym {kw!r} appears in {f}")
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if "test" in r["tags"]:
                extra.append(f"{r['id']}: tagged 'test' in a tuning batch")
    # the local extractor (paragraphs + table cells, no text boxes) must find the facts too
    for i, (q, (proc, _line), facts, _a, doc, _e) in enumerate(CASES, 1):
        t = doc_text(doc)
        if proc[0] not in t:
            extra.append(f"case {i}: {proc[0]!r} only found by the shared extractor in {doc}")
        for g in facts:
            if not any(re.search(rx, t) for rx in g):
                extra.append(f"case {i}: {g!r} only matched by the shared extractor in {doc}")
    if extra:
        print("EXTRA PROBLEMS:")
        for p in extra:
            print("  ", p)
    elif rc == 0:
        print("batch-specific checks: no problems (no 'test' tags; refusal synonyms absent; facts outside text boxes)")
    return 1 if (rc or extra) else 0


def main():
    texts = {}
    portal = portal_names()
    rows, problems = [], []
    i = 0
    for q, (proc, line), facts, aspects, doc, extra in CASES:
        i += 1
        if doc not in texts:
            texts[doc] = doc_text(doc)
        t = texts[doc]
        for p in proc:
            if p != fold(p):
                problems.append(f"{i}: procedure not folded: {p}")
            if p not in t and p not in portal[line]:
                problems.append(f"{i}: procedure name {p!r} neither in {doc} nor in portal name (line {line})")
        if proc[0] not in t:
            problems.append(f"{i}: first procedure name {proc[0]!r} not found in {doc}")
        if not any(p in portal[line] for p in proc):
            problems.append(f"{i}: no procedure name is a substring of the portal name (line {line})")
        for group in facts:
            ok = False
            for rx in group:
                try:
                    if re.search(rx, t):
                        ok = True
                except re.error as e:
                    problems.append(f"{i}: regex {rx!r} does not compile: {e}")
            if not ok:
                problems.append(f"{i}: no alternative of {group!r} matches {doc}")
        tags = aspects + [KIND[os.path.splitext(doc)[1]]] + extra + [SPLIT]
        rows.append({
            "id": f"{BATCH}-{i:03d}",
            "question": unicodedata.normalize("NFC", q),
            "history": [],
            "tags": tags,
            "expect": {"procedure": proc, "facts": facts, "refuse": False},
            "source": "written",
            "source_kind": "written",
        })
    for doc in (P1, P2, P3, P4, D1, D2, D3, D4, H1, H2, H3, H4):
        if doc not in texts:
            texts[doc] = doc_text(doc)
    all_text = " ".join(texts.values())
    for q, extra, topics, synonyms in REFUSALS:
        i += 1
        fq = fold(q)
        topics = topics + synonyms
        for names, _line in ALL_PROCS:
            if any(nm in fq for nm in names):
                problems.append(f"{i}: refusal names a covered procedure: {q}")
        if not all(kw in fq for kw in topics[:len(topics) - len(synonyms)]):
            problems.append(f"{i}: none of the refusal topic words {topics!r} is in its own question")
        for kw in topics:
            if re.search(r"\b" + re.escape(kw) + r"\b", all_text):
                problems.append(f"{i}: refusal topic {kw!r} appears in the documents")
        rows.append({
            "id": f"{BATCH}-{i:03d}",
            "question": unicodedata.normalize("NFC", q),
            "history": [],
            "tags": ["refusal"] + extra + [SPLIT],
            "expect": {"procedure": [], "facts": [], "refuse": True},
            "source": "written",
            "source_kind": "written",
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and validate the file as written
    ids, counts = set(), {}
    n_ans = n_ref = 0
    with open(OUT, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {ln}: does not parse: {e}")
                continue
            if r["id"] in ids:
                problems.append(f"line {ln}: duplicate id {r['id']}")
            ids.add(r["id"])
            if SPLIT not in r["tags"] or "test" in r["tags"]:
                problems.append(f"line {ln}: must be tagged {SPLIT!r} and not 'test'")
            if r["question"] != unicodedata.normalize("NFC", r["question"]):
                problems.append(f"line {ln}: question not NFC")
            for g in r["expect"]["facts"]:
                if not (isinstance(g, list) and g and all(isinstance(x, str) for x in g)):
                    problems.append(f"line {ln}: fact group is not a non-empty list of strings")
            if r["expect"]["refuse"]:
                n_ref += 1
                if r["expect"]["procedure"] or r["expect"]["facts"]:
                    problems.append(f"line {ln}: refusal with procedure/facts")
            else:
                n_ans += 1
                if not r["expect"]["facts"]:
                    problems.append(f"line {ln}: answerable row without facts")
            for tg in r["tags"]:
                counts[tg] = counts.get(tg, 0) + 1
    print(f"wrote {n_ans + n_ref} cases ({n_ans} answerable, {n_ref} refusals) to {OUT}")
    print("tag counts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("no problems: all fact groups match their documents; procedure names and refusals check out")


if __name__ == "__main__":
    if shared is not None and "--local" not in sys.argv:
        sys.exit(main_shared())
    main()
