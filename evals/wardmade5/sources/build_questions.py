"""Writes evals/datasets/wardmade5.jsonl and checks it against the documents.

Checks: every line parses, every regex compiles, every fact regex matches the
folded text of the document the question was written from (text extracted from
the PDF with pdftotext, from the .docx with python-docx, from the HTML with a tag
stripper), and one of the procedure names appears in that document.
Run with /work/main/.venv/bin/python from /work/main.
"""
import collections
import json
import os
import re
import subprocess
import unicodedata
from html.parser import HTMLParser

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade5.jsonl"))


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


def doc_text(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    elif name.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        txt = "\n".join(parts)
    else:
        p = _Strip()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        txt = " ".join(p.out)
    return re.sub(r"\s+", " ", fold(unicodedata.normalize("NFC", txt)))


P1, P2, P3, P4 = ("p1-xac-nhan-cu-tru.pdf", "p2-niem-yet-giam-ho-nhan-cha-me-con.pdf",
                  "p3-to-roi-chung-thuc-ban-sao.pdf", "p4-hoi-dap-khai-sinh.pdf")
D1, D2, D3, D4 = ("d1-xac-nhan-tinh-trang-hon-nhan.docx", "d2-tam-ngung-ho-kinh-doanh.docx",
                  "d3-ban-sao-trich-luc.docx", "d4-thong-bao-ho-tich.docx")
H1, H2, H3, H4 = ("h1-hoa-giai-tranh-chap-dat-dai.html", "h2-dang-ky-thuong-tru.html",
                  "h3-faq-dang-ky-ket-hon.html", "h4-dang-ky-lai-khai-tu.html")

KIND = {".pdf": "doc-pdf", ".docx": "doc-docx", ".html": "doc-html"}

FREE = r"(mien (phi|le phi)|mien|khong (mat |thu |phai nop |phai dong |ton )?(phi|le phi|tien)|free|no fee|khong mat tien)"


def amount(a):
    """'10000' -> regex for 10.000 / 10,000 / 10000 not inside a longer number."""
    head, tail = a[:-3], a[-3:]
    return r"(?<!\d)" + head + r"[.,]?" + tail + r"(?![.,]?\d)"


XN_CU_TRU = ["xac nhan thong tin ve cu tru", "xac nhan cu tru"]
GIAM_HO = ["dang ky giam ho", "giam ho"]
NHAN_CMC = ["dang ky nhan cha, me, con", "nhan cha, me, con", "nhan cha me con"]
CT_BAN_SAO = ["chung thuc ban sao tu ban chinh", "chung thuc ban sao"]
KHAI_SINH = ["dang ky khai sinh", "khai sinh"]
TTHN = ["xac nhan tinh trang hon nhan"]
TAM_NGUNG = ["tam ngung kinh doanh", "tam ngung"]
BAN_SAO_TL = ["cap ban sao trich luc ho tich", "ban sao trich luc", "ban sao giay khai sinh"]
HOA_GIAI = ["hoa giai tranh chap dat dai", "hoa giai"]
THUONG_TRU = ["dang ky thuong tru", "thuong tru"]
KET_HON = ["dang ky ket hon", "ket hon"]
LAI_KHAI_TU = ["dang ky lai khai tu", "lai khai tu"]

# (question, procedure, [regex groups], aspect tags, doc, extra tags)
CASES = [
    # --- p1: Xác nhận thông tin về cư trú (Công an phường notice, prose)
    ("Xin giấy xác nhận cư trú ở công an phường mất bao lâu?", XN_CU_TRU,
     [r"(?<!\d)(0?1|mot|one)\s*(ngay|(working |business )?day)"], ["time_limit"], P1, []),
    ("giay xac nhan cu tru co mat tien khong", XN_CU_TRU, [FREE], ["fee"], P1, ["no-diacritics"]),
    ("I need a residence confirmation (CT07) for a job application. What do I have to submit?", XN_CU_TRU,
     [r"(ct01|to khai thay doi thong tin cu tru|declaration)"], ["documents", "form"], P1, ["english", "abbreviation"]),
    ("Làm xác nhận cư trú trên VNeID có phải đính kèm tờ khai CT01 không?", XN_CU_TRU,
     [r"(khong (phai |can )?dinh kem|bieu mau dien tu|mau dien tu)"], ["online", "form"], P1, []),

    # --- p2: Đăng ký giám hộ; Đăng ký nhận cha, mẹ, con (bảng niêm yết)
    ("Đăng ký giám hộ mất mấy ngày, có tốn phí không?", GIAM_HO,
     [r"(?<!\d)0?3 ngay", FREE], ["time_limit", "fee"], P2, []),
    ("Anh trai tôi cần người giám hộ, mà mấy anh em tôi ai cũng đủ điều kiện làm giám hộ đương nhiên. "
     "Đi đăng ký giám hộ thì cần giấy tờ gì?", GIAM_HO,
     [r"to khai", r"thoa thuan"], ["documents"], P2, ["narrative"]),
    ("Thủ tục nhận cha cho con cần giấy tờ gì?", NHAN_CMC,
     [r"to khai", r"(giam dinh|co quan y te|adn|dna)"], ["documents"], P2, []),
    ("nhan cha con ma khong co giay xet nghiem ADN thi lam sao", NHAN_CMC,
     [r"cam doan", r"(hai|2) nguoi lam chung"], ["documents", "conditions"], P2, ["no-diacritics"]),
    ("Đăng ký nhận cha mẹ con có nộp online được không?", NHAN_CMC,
     [r"(vneid|dich vu cong quoc gia|truc tuyen|online)"], ["online"], P2, []),

    # --- p3: Chứng thực bản sao từ bản chính (two-column leaflet)
    ("Photo công chứng 1 trang giấy ở phường hết bao nhiêu tiền?", CT_BAN_SAO,
     [amount("2000")], ["fee"], P3, []),
    ("sao y hop dong 10 trang thi tinh phi the nao", CT_BAN_SAO,
     [amount("2000"), amount("1000")], ["fee"], P3, ["no-diacritics"]),
    ("Can I get a certified copy of my foreign university diploma at the ward if it hasn't been consular legalised?",
     CT_BAN_SAO, [r"(hop phap hoa lanh su|legali[sz])", r"(bang tot nghiep|diploma)"], ["conditions"], P3, ["english"]),
    ("Mình chỉ mang bản chính đi chứng thực bản sao, ko photo sẵn thì có được ko?", CT_BAN_SAO,
     [r"chup"], ["documents", "conditions"], P3, ["abbreviation"]),

    # --- p4: Đăng ký khai sinh (Q&A sheet)
    ("Làm giấy khai sinh cho con cần mang gì?", KHAI_SINH,
     [r"to khai", r"giay chung sinh"], ["documents"], P4, []),
    ("Sinh con được bao lâu thì phải đi làm khai sinh?", KHAI_SINH, [r"(?<!\d)60 ngay"], ["time_limit"], P4, []),
    ("Bà nội đi làm khai sinh cho cháu có cần giấy ủy quyền của bố mẹ bé không?", KHAI_SINH,
     [r"khong (phai |can )?(co )?(van ban )?uy quyen"], ["conditions", "documents"], P4, []),
    ("toi nop ho so khai sinh luc 4h chieu thi bao gio lay duoc", KHAI_SINH,
     [r"(ngay lam viec tiep theo|hom sau|ngay mai)"], ["time_limit"], P4, ["no-diacritics"]),
    ("Can I register my baby's birth online?", KHAI_SINH,
     [r"(vneid|dich vu cong|truc tuyen|online)"], ["online"], P4, ["english"]),

    # --- d1: Cấp Giấy xác nhận tình trạng hôn nhân (bold-paragraph headings)
    ("Xin giấy xác nhận TTHN ở UBND phường mất mấy ngày?", TTHN, [r"(?<!\d)0?3 ngay"], ["time_limit"], D1, ["abbreviation"]),
    ("giay xac nhan tinh trang hon nhan het han xin cap lai co phai nop giay cu khong", TTHN,
     [r"nop lai"], ["documents", "conditions"], D1, ["no-diacritics"]),
    ("Tôi đã ly hôn rồi, xin giấy xác nhận tình trạng hôn nhân thì phải cung cấp thêm gì?", TTHN,
     [r"(ban an|quyet dinh ly hon)"], ["documents"], D1, []),
    ("I lost the single-status certificate I got last year and now need a new one to get married. What do I have to do?",
     TTHN, [r"(ly do|reason)", r"(cam doan|commitment|undertaking|sworn|declar)"], ["conditions", "steps"], D1,
     ["english", "narrative"]),

    # --- d2: Tạm ngừng kinh doanh hộ kinh doanh (label | content table)
    ("Hộ kinh doanh muốn tạm ngừng thì phải nộp hồ sơ trước mấy ngày?", TAM_NGUNG,
     [r"(?<!\d)0?3 ngay lam viec"], ["time_limit"], D2, []),
    ("Quán em định nghỉ sửa chữa khoảng 10 ngày. Vậy có phải đăng ký tạm ngừng kinh doanh không?", TAM_NGUNG,
     [r"(?<!\d)15 ngay"], ["conditions"], D2, ["narrative"]),
    ("ho so tam ngung kinh doanh HKD gom nhung gi", TAM_NGUNG,
     [r"giay de nghi"], ["documents"], D2, ["no-diacritics", "abbreviation"]),
    ("Hộ kinh doanh của tôi đăng ký ở phường khác trong thành phố, nộp hồ sơ tạm ngừng ở đây được không?", TAM_NGUNG,
     [r"(bat ky|trong pham vi thanh pho)"], ["where"], D2, []),
    ("Nhờ người quen đi nộp hồ sơ tạm ngừng kinh doanh thì giấy ủy quyền có cần công chứng không?", TAM_NGUNG,
     [r"khong bat buoc[^.;]{0,20}(cong chung|chung thuc)"], ["conditions", "documents"], D2, []),

    # --- d3: Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh (bulleted papers list)
    ("Xin thêm bản sao giấy khai sinh bao nhiêu tiền một bản?", BAN_SAO_TL, [amount("8000")], ["fee"], D3, []),
    ("lam ban sao trich luc ket hon can giay to gi", BAN_SAO_TL,
     [r"to khai", r"(giay to tuy than|can cuoc|ho chieu)"], ["documents"], D3, ["no-diacritics"]),
    ("Nhờ mẹ đi lấy bản sao giấy khai sinh giúp thì giấy ủy quyền có phải chứng thực không?", BAN_SAO_TL,
     [r"khong phai chung thuc"], ["conditions", "documents"], D3, []),
    ("Gửi hồ sơ xin bản sao trích lục qua bưu điện được không, cần gửi kèm gì?", BAN_SAO_TL,
     [r"ban sao co chung thuc"], ["where", "documents"], D3, []),

    # --- d4: Thông báo (khai sinh, kết hôn, xác nhận tình trạng hôn nhân)
    ("Nộp hồ sơ đăng ký kết hôn xong bao lâu thì có giấy?", KET_HON,
     [r"(?<!\d)(0?1|mot|one)\s*(ngay|day)"], ["time_limit"], D4, []),
    ("giay xac nhan doc than co mat phi khong", TTHN,
     [r"(hoi dong nhan dan|hdnd)"], ["fee"], D4, ["no-diacritics"]),
    ("Đi đăng ký kết hôn mà phường không tra cứu được tình trạng hôn nhân của tôi thì sao?", KET_HON,
     [r"xac minh", r"(?<!\d)0?3 ngay"], ["conditions", "time_limit"], D4, []),
    ("Không có giấy chứng sinh thì làm khai sinh được không?", KHAI_SINH,
     [r"(nguoi lam chung|cam doan)"], ["documents", "conditions"], D4, []),

    # --- h1: Hòa giải tranh chấp đất đai (website article)
    ("Hòa giải tranh chấp đất ở phường có mất phí không?", HOA_GIAI, [FREE], ["fee"], H1, []),
    ("hang xom lan ranh dat nha toi, muon phuong hoa giai thi phai nop nhung gi", HOA_GIAI,
     [r"don yeu cau hoa giai", r"(giay to|tai lieu)[^.;]{0,60}(su dung dat|dat)"], ["documents"], H1,
     ["no-diacritics", "narrative"]),
    ("What happens if my neighbour doesn't show up to the land dispute mediation?", HOA_GIAI,
     [r"(lan thu hai|second|2 lan|hai lan)", r"(khong thanh|unsuccessful|failed|not successful)"],
     ["conditions", "steps"], H1, ["english"]),
    ("Hòa giải tranh chấp đất đai nộp đơn trực tiếp thì mất bao lâu?", HOA_GIAI,
     [r"(?<!\d)40 ngay"], ["time_limit"], H1, []),
    ("Hòa giải thành rồi mà bên kia đổi ý thì sao?", HOA_GIAI,
     [r"(?<!\d)10 ngay", r"(to chuc lai|hop lai)"], ["conditions", "steps"], H1, []),

    # --- h2: Đăng ký thường trú (website table page)
    ("Nhập hộ khẩu nộp online thì lệ phí bao nhiêu?", THUONG_TRU, [amount("10000")], ["fee", "online"], H2, []),
    ("dang ky thuong tru bao lau thi xong", THUONG_TRU, [r"(?<!\d)0?7 ngay"], ["time_limit"], H2, ["no-diacritics"]),
    ("Tôi thuê nhà muốn chuyển hộ khẩu về đây thì hợp đồng thuê có cần công chứng không, còn cần gì nữa?", THUONG_TRU,
     [r"(hop dong|van ban)[^.;]{0,80}(cong chung|chung thuc)", r"dien tich"], ["documents", "conditions"], H2, []),
    ("What does my wife need to register permanent residence at my house?", THUONG_TRU,
     [r"(ct01|to khai|declaration)", r"(quan he nhan than|relationship|giay chung nhan ket hon|marriage)"],
     ["documents"], H2, ["english"]),

    # --- h3: Đăng ký kết hôn (website FAQ)
    ("Đăng ký kết hôn có phải về quê xin giấy độc thân không?", KET_HON,
     [r"(tra cuu|co so du lieu|database)"], ["documents", "conditions"], H3, []),
    ("dang ky ket hon mat bao nhieu tien", KET_HON, [FREE], ["fee"], H3, ["no-diacritics"]),
    ("We want to register our marriage. Can we both fill in one form?", KET_HON,
     [r"(khai chung|mot to khai|one form|single form|joint)"], ["documents", "form"], H3, ["english"]),
    ("Chồng sắp cưới của em đi công tác đúng hôm hẹn trả giấy kết hôn. Em nhận một mình được không?", KET_HON,
     [r"(cung co mat|phai co mat|both)"], ["conditions"], H3, ["narrative"]),

    # --- h4: Đăng ký lại khai tử (website accordion)
    ("Đăng ký lại khai tử cho ông nội cần giấy tờ gì?", LAI_KHAI_TU,
     [r"to khai", r"giay chung tu"], ["documents"], H4, []),
    ("nha toi mat giay chung tu cua ba, gio dang ky lai khai tu ma khong con ban sao thi lam sao", LAI_KHAI_TU,
     [r"(su kien chet|giay to lien quan)"], ["documents", "conditions"], H4, ["no-diacritics", "narrative"]),
    ("Đăng ký lại khai tử bao lâu thì có kết quả?", LAI_KHAI_TU, [r"(?<!\d)0?5 ngay"], ["time_limit"], H4, []),
    ("Nhà em thuộc hộ nghèo, đăng ký lại khai tử có phải đóng lệ phí không?", LAI_KHAI_TU,
     [r"mien", r"ho ngheo"], ["fee"], H4, []),
]

REFUSALS = [
    ("Làm visa đi Hàn Quốc du lịch cần những giấy tờ gì?", ["documents"]),
    ("Xin phiếu lý lịch tư pháp số 2 mất bao lâu?", ["time_limit"]),
    ("How do I apply for a work permit for a foreign employee?", ["steps", "english"]),
    ("thu tuc rut bao hiem xa hoi mot lan can nhung gi", ["documents", "no-diacritics"]),
    ("Đăng ký nhãn hiệu cho bánh tráng nhà làm thì nộp ở đâu?", ["where"]),
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
        ext = os.path.splitext(doc)[1]
        tags = aspects + [KIND[ext]] + extra + ["test"]
        rows.append({
            "id": f"wardmade5-{i:03d}",
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
            "id": f"wardmade5-{i:03d}",
            "question": q,
            "history": [],
            "tags": ["refusal"] + extra + ["test"],
            "expect": {"procedure": [], "facts": [], "refuse": True},
            "source": "written",
            "source_kind": "written",
        })
    # every document must have at least one question
    used = {c[4] for c in CASES}
    for name in sorted(os.listdir(DOCS)):
        if name not in used:
            problems.append(f"no question for {name}")
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            r["question"] = unicodedata.normalize("NFC", r["question"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate
    n_ans = n_ref = 0
    tag_count = collections.Counter()
    ids = set()
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["id"] not in ids
            ids.add(r["id"])
            assert "test" in r["tags"]
            for g in r["expect"]["facts"]:
                assert isinstance(g, list) and len(g) == 1
                re.compile(g[0])
            tag_count.update(r["tags"])
            if r["expect"]["refuse"]:
                n_ref += 1
            else:
                n_ans += 1
    print(f"wrote {len(rows)} cases ({n_ans} answerable, {n_ref} refusals) to {OUT}")
    print("tags:", dict(sorted(tag_count.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
    else:
        print("all fact regexes match their documents")


if __name__ == "__main__":
    main()
