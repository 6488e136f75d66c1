"""Writes evals/datasets/wardmade3.jsonl and checks it against the documents.

Checks: every line parses, every regex compiles, and every fact regex matches the
folded text of the document the question was written from (text extracted from
the PDF with pdftotext, from the .docx with python-docx, from the HTML with a tag
stripper). Run with /work/main/.venv/bin/python from /work/main.
"""
import json
import os
import re
import subprocess
import unicodedata
from html.parser import HTMLParser

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade3.jsonl"))


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


P1, P2, P3, P4, P5, P6 = ("p1-niem-yet-ho-tich.pdf", "p2-tach-ho.pdf", "p3-chung-thuc-giao-dich.pdf",
                          "p4-le-phi-thuong-tru.pdf", "p5-hoa-giai-dat-dai.pdf", "p6-thong-bao-luu-tru.pdf")
D1, D2, D3 = "d1-niem-yet-cu-tru.docx", "d2-ho-kinh-doanh.docx", "d3-chung-thuc-chu-ky.docx"
H1, H2, H3 = "h1-dang-ky-tam-tru.html", "h2-ra-soat-ho-ngheo.html", "h3-hoi-dap-ket-hon.html"

KIND = {".pdf": "doc-pdf", ".docx": "doc-docx", ".html": "doc-html"}

FREE = r"(mien (phi|le phi)|mien|khong (mat |thu |phai nop |phai dong |ton )?(phi|le phi|tien)|free|no fee|khong mat tien)"

KET_HON = ["dang ky ket hon"]
KHAI_TU = ["dang ky khai tu"]
TTHN = ["xac nhan tinh trang hon nhan"]
THUONG_TRU = ["dang ky thuong tru"]
TAM_TRU = ["dang ky tam tru"]
TACH_HO = ["tach ho"]
LUU_TRU = ["thong bao luu tru"]
CT_CHU_KY = ["chung thuc chu ky"]
CT_GIAO_DICH = ["chung thuc giao dich"]
HKD = ["dang ky thanh lap ho kinh doanh", "ho kinh doanh"]
HOA_GIAI = ["hoa giai tranh chap dat dai"]
HO_NGHEO = ["cong nhan ho ngheo", "ho ngheo"]

# (question, procedure, [regex groups], aspect tags, doc, extra tags)
CASES = [
    # --- Đăng ký kết hôn (p1 row 1, h3)
    ("Đăng ký kết hôn ở phường có mất lệ phí không ạ?", KET_HON, [FREE], ["fee"], P1, []),
    ("How long does it take to register a marriage at the ward?", KET_HON,
     [r"(?<!\d)(0?1|one|mot)\s*(ngay|(working |business )?day)"], ["time_limit"], P1, ["english"]),
    ("lam giay dang ky ket hon can mang nhung giay to gi", KET_HON,
     [r"to khai", r"(giay to tuy than|can cuoc|cccd|ho chieu|identity|id card|passport)"], ["documents"], H3, ["no-diacritics"]),
    ("Hôm nhận giấy chứng nhận kết hôn có cần cả hai vợ chồng cùng có mặt không?", KET_HON,
     [r"(co mat|cung den|both)"], ["conditions"], H3, []),

    # --- Đăng ký khai tử (p1 row 2)
    ("Nhà có người mất thì trong bao lâu phải đi đăng ký khai tử?", KHAI_TU, [r"(?<!\d)15 ngay"], ["time_limit"], P1, []),
    ("dang ky khai tu co mat phi khong", KHAI_TU,
     [FREE, r"(dung han|trong (thoi han )?15 ngay|qua han|tre han)"], ["fee"], P1, ["no-diacritics"]),
    ("Đi đăng ký khai tử cho bố cần nộp những giấy tờ gì?", KHAI_TU,
     [r"giay bao tu", r"to khai"], ["documents"], P1, []),
    ("Em nộp hồ sơ khai tử lúc 4 giờ chiều thì khi nào có kết quả?", KHAI_TU,
     [r"(ngay lam viec tiep theo|ngay hom sau|hom sau|ngay mai|sang mai)"], ["time_limit"], P1, []),

    # --- Cấp Giấy xác nhận tình trạng hôn nhân (p1 row 3)
    ("Xin giấy xác nhận tình trạng hôn nhân mất mấy ngày?", TTHN, [r"(?<!\d)0?3 ngay"], ["time_limit"], P1, []),
    ("giay xac nhan doc than co mien phi cho ho ngheo khong", TTHN,
     [r"mien", r"(ho ngheo|co cong|khuyet tat)"], ["fee"], P1, ["no-diacritics"]),
    ("Cần chuẩn bị những gì để xin cấp Giấy xác nhận tình trạng hôn nhân?", TTHN,
     [r"to khai", r"(giay to tuy than|can cuoc|cccd|ho chieu)"], ["documents"], P1, []),
    ("Giấy xác nhận tình trạng hôn nhân cũ của tôi hết hạn, xin cấp lại có phải nộp lại giấy cũ không?", TTHN,
     [r"(nop lai|giay (xac nhan (tinh trang hon nhan )?)?(cu|da (duoc )?cap))"], ["documents", "conditions"], P1, []),

    # --- Đăng ký thường trú (p4)
    ("Lệ phí đăng ký thường trú nộp trực tiếp ở công an phường là bao nhiêu?", THUONG_TRU,
     [r"(?<!\d)20[.,]?000"], ["fee"], P4, []),
    ("dang ky thuong tru online thi phi bao nhieu", THUONG_TRU, [r"(?<!\d)10[.,]?000"], ["fee"], P4, ["no-diacritics"]),
    ("Nhập hk thường trú mất bao lâu vậy?", THUONG_TRU, [r"(?<!\d)0?7 ngay"], ["time_limit"], P4, []),
    ("Thuê nhà muốn đăng ký thường trú thì cần những giấy tờ gì?", THUONG_TRU,
     [r"(ct01|to khai thay doi thong tin cu tru)",
      r"(hop dong|van ban)[^.;]{0,100}(cong chung|chung thuc)"], ["documents"], P4, []),
    ("Con tôi mới sinh, đăng ký thường trú cho cháu có cần giấy khai sinh không và phải làm trong bao lâu?", THUONG_TRU,
     [r"khong (can|phai|yeu cau)[^.;]{0,40}(xuat trinh )?(giay )?khai sinh", r"(?<!\d)60 ngay"], ["conditions", "time_limit"], P4, []),

    # --- Đăng ký tạm trú (d1, h1)
    ("Đăng ký tạm trú online phí bao nhiêu vậy?", TAM_TRU, [r"(?<!\d)7[.,]?000"], ["fee"], H1, []),
    ("Thủ tục đăng ký tạm trú giải quyết trong mấy ngày?", TAM_TRU, [r"(?<!\d)0?3 ngay"], ["time_limit"], D1, []),
    ("Hợp đồng thuê trọ dùng để đăng ký tạm trú có cần công chứng không?", TAM_TRU,
     [r"khong (bat buoc|can|phai)[^.;]{0,40}(cong chung|chung thuc)"], ["conditions"], H1, []),
    ("What documents do I need to register temporary residence?", TAM_TRU,
     [r"(ct01|to khai|declaration)",
      r"(cho o hop phap|lawful|legal (residence|accommodation|place)|proof of (residence|accommodation|address))"],
     ["documents"], H1, ["english"]),

    # --- Tách hộ (p2)
    ("Tách hộ khẩu thì cần chuẩn bị giấy tờ gì?", TACH_HO,
     [r"(ct01|to khai thay doi thong tin cu tru)", r"(dong y|y kien)"], ["documents"], P2, []),
    ("Lệ phí tách hộ nộp trực tiếp và nộp online là bao nhiêu?", TACH_HO,
     [r"(?<!\d)10[.,]?000", r"(?<!\d)5[.,]?000"], ["fee"], P2, []),
    ("tach ho bao lau thi xong", TACH_HO, [r"(?<!\d)0?5 ngay"], ["time_limit"], P2, ["no-diacritics"]),
    ("Điều kiện để được tách hộ là gì?", TACH_HO, [r"nang luc hanh vi dan su"], ["conditions"], P2, []),

    # --- Thông báo lưu trú (p6, d1)
    ("Có người thân về nhà ở vài hôm thì phải thông báo lưu trú trước mấy giờ?", LUU_TRU,
     [r"(?<!\d)(23 gio|23h|23:00|11 ?pm)"], ["time_limit"], P6, []),
    ("khach den o sau 23h thi bao luu tru luc nao", LUU_TRU, [r"(?<!\d)(0?8 gio|0?8h|08:00|8 ?am)"], ["time_limit"], P6, ["no-diacritics"]),
    ("Ông bà, anh chị em ruột đến ở nhà tôi nhiều lần thì có phải báo lưu trú mỗi lần không?", LUU_TRU,
     [r"(mot lan|1 lan)"], ["conditions"], P6, []),
    ("Có thể thông báo lưu trú qua những cách nào?", LUU_TRU,
     [r"dien thoai", r"(vneid|dich vu cong|truc tuyen|online)"], ["where", "steps"], D1, []),

    # --- Chứng thực chữ ký (d3)
    ("Chứng thực chữ ký ở UBND phường bao nhiêu tiền?", CT_CHU_KY, [r"(?<!\d)10[.,]?000"], ["fee"], D3, []),
    ("chung thuc chu ky can mang theo giay to gi", CT_CHU_KY,
     [r"(can cuoc|cccd|ho chieu|giay to tuy than)", r"(giay to|van ban)[^.;]{0,40}(chung thuc|ky)"], ["documents"], D3, ["no-diacritics"]),
    ("Hợp đồng mua bán có đi chứng thực chữ ký ở phường được không?", CT_CHU_KY,
     [r"khong (duoc|the|thuoc)", r"giao dich"], ["conditions"], D3, []),
    ("I don't speak Vietnamese. Can I get my signature certified at the ward?", CT_CHU_KY,
     [r"(phien dich|interpret)"], ["conditions"], D3, ["english"]),

    # --- Chứng thực giao dịch (p3)
    ("Phí chứng thực hợp đồng mua bán xe ở phường là bao nhiêu?", CT_GIAO_DICH, [r"(?<!\d)50[.,]?000"], ["fee"], P3, []),
    ("Chứng thực hợp đồng tặng cho nhà đất thì cần mang theo giấy tờ gì?", CT_GIAO_DICH,
     [r"du thao", r"(giay chung nhan|so do|so hong|quyen su dung|quyen so huu)"], ["documents"], P3, []),
    ("ba toi khong ky duoc thi chung thuc hop dong the nao", CT_GIAO_DICH, [r"diem chi"], ["conditions", "steps"], P3, ["no-diacritics"]),
    ("Vay vốn ngân hàng để làm nông nghiệp thì chứng thực hợp đồng thế chấp có mất phí không?", CT_GIAO_DICH,
     [r"(khong (phai )?(nop|mat|thu|chiu|ton)|mien)"], ["fee", "conditions"], P3, []),

    # --- Đăng ký thành lập hộ kinh doanh (d2)
    ("Đăng ký hộ kinh doanh bao lâu thì có giấy chứng nhận?", HKD, [r"(?<!\d)0?3 ngay"], ["time_limit"], D2, []),
    ("mo quan an dang ky ho kinh doanh can giay to gi", HKD,
     [r"giay de nghi"], ["documents"], D2, ["no-diacritics"]),
    ("Nếu hồ sơ đăng ký hộ kinh doanh không được cấp thì có được trả lại lệ phí không?", HKD,
     [r"khong (duoc )?(hoan|tra lai)"], ["fee", "conditions"], D2, []),
    ("Tôi ở phường khác trong thành phố, có nộp hồ sơ đăng ký hộ kinh doanh ở đây được không?", HKD,
     [r"(bat ky|bat cu|(trong|cung) (pham vi )?(tinh|thanh pho))"], ["where"], D2, []),

    # --- Hòa giải tranh chấp đất đai (p5)
    ("Hòa giải tranh chấp đất đai ở phường có tốn phí không?", HOA_GIAI, [FREE], ["fee"], P5, []),
    ("hoa giai tranh chap dat dai can nop nhung gi", HOA_GIAI,
     [r"don (yeu cau|de nghi|hoa giai)", r"(giay to|tai lieu)[^.;]{0,60}dat"], ["documents"], P5, ["no-diacritics"]),
    ("Nộp đơn hòa giải tranh chấp đất xong thì sau mấy ngày phường thông báo thụ lý?", HOA_GIAI,
     [r"(?<!\d)0?3 ngay"], ["time_limit"], P5, []),
    ("Một bên không đến buổi hòa giải tranh chấp đất thì sao?", HOA_GIAI,
     [r"(lan thu hai|lan thu 2|hai lan|2 lan)", r"khong thanh"], ["conditions", "steps"], P5, []),

    # --- Công nhận hộ nghèo, hộ cận nghèo (h2)
    ("Muốn được xét công nhận hộ nghèo thì nộp giấy gì và nộp ở đâu?", HO_NGHEO,
     [r"(giay de nghi|mau so 0?1)", r"(ubnd|uy ban nhan dan|chu tich)"], ["documents", "where"], H2, []),
    ("xet ho can ngheo co mat phi khong", HO_NGHEO, [FREE], ["fee"], H2, ["no-diacritics"]),
    ("Kết quả rà soát hộ nghèo được niêm yết công khai trong bao nhiêu ngày?", HO_NGHEO,
     [r"(?<!\d)0?3 ngay"], ["time_limit"], H2, []),
    ("What are the steps to get recognised as a poor household?", HO_NGHEO,
     [r"(ra soat|review|survey|phieu|meeting|hop dan|niem yet|publicly post|public posting)",
      r"(quyet dinh|decision|giay chung nhan|certificate)"], ["steps"], H2, ["english"]),
]

REFUSALS = [
    ("Làm hộ chiếu phổ thông lần đầu cần giấy tờ gì, lệ phí bao nhiêu?", ["documents", "fee"]),
    ("Thủ tục ly hôn thuận tình nộp ở đâu, án phí bao nhiêu ạ?", ["where", "fee"]),
    ("muc phat xe may vuot den do nam 2026 la bao nhieu", ["fee", "no-diacritics"]),
    ("How do I renew my driving licence?", ["steps", "english"]),
    ("Mất bằng tốt nghiệp THPT thì xin cấp lại ở đâu?", ["where"]),
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
        # the first procedure name must be a substring of the document text (its title)
        if not any(p in t for p in proc):
            problems.append(f"{i}: no procedure name found in {doc}: {proc}")
        for rx in facts:
            re.compile(rx)
            if not re.search(rx, t):
                problems.append(f"{i}: regex {rx!r} does not match {doc}")
        ext = os.path.splitext(doc)[1]
        tags = aspects + [KIND[ext]] + extra + ["test"]
        rows.append({
            "id": f"wardmade3-{i:03d}",
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
            "id": f"wardmade3-{i:03d}",
            "question": q,
            "history": [],
            "tags": ["refusal"] + extra + ["test"],
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
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for g in r["expect"]["facts"]:
                assert isinstance(g, list) and len(g) == 1
                re.compile(g[0])
            if r["expect"]["refuse"]:
                n_ref += 1
            else:
                n_ans += 1
    print(f"wrote {len(rows)} cases ({n_ans} answerable, {n_ref} refusals) to {OUT}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
    else:
        print("all fact regexes match their documents")


if __name__ == "__main__":
    main()
