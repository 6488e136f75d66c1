"""Writes evals/datasets/wardmade6.jsonl and checks it against the documents.

Checks: every line parses, every regex compiles, every fact regex matches the
folded text of the document the question was written from (text extracted from
the PDF with pdftotext, from the .docx with python-docx, from the HTML with a tag
stripper), the first procedure name appears in that document, and every
procedure name is a substring of the document text or of the folded portal name
(ten_thu_tuc) of the record the document was written from.
Run with /work/main/.venv/bin/python from /work/main.
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
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade6.jsonl"))
RECORDS = "/work/shared/data/national-procedures.jsonl"


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


def portal_names():
    out = {}
    with open(RECORDS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            out[i] = re.sub(r"\s+", " ", fold(json.loads(line)["ten_thu_tuc"]))
    return out


P1, P2, P3, P4 = ("p1-thong-bao-giay-phep-xay-dung.pdf", "p2-niem-yet-ho-tich.pdf",
                  "p3-to-roi-doi-the-can-cuoc.pdf", "p4-quy-trinh-phan-chia-di-san.pdf")
D1, D2, D3, D4 = ("d1-huong-dan-sao-y-ban-chinh.docx", "d2-phieu-thay-doi-ho-kinh-doanh.docx",
                  "d3-huong-dan-xoa-thuong-tru.docx", "d4-phieu-huong-dan-giam-ho.docx")
H1, H2, H3, H4 = ("h1-hoi-dap-tam-vang.html", "h2-tin-tranh-chap-dat-dai.html",
                  "h3-dang-ky-khai-sinh.html", "h4-cap-lai-the-can-cuoc.html")

KIND = {".pdf": "doc-pdf", ".docx": "doc-docx", ".html": "doc-html"}

FREE = r"(mien (phi|le phi)|mien|khong (mat |thu |phai nop |phai dong |ton )?(phi|le phi|tien)|free|no fee|khong mat tien)"

# procedure names (folded): the document's own wording first, then the portal name where it differs.
# Each tuple: (names, record line in national-procedures.jsonl)
GPXD = (["cap giay phep xay dung", "giay phep xay dung"], 212)
KHAI_SINH = (["dang ky khai sinh"], 159)
CAI_CHINH = (["thay doi, cai chinh, bo sung thong tin ho tich", "cai chinh"], 170)
GIAM_HO = (["dang ky giam ho"], 168)
DOI_CC = (["cap doi the can cuoc", "doi the can cuoc"], 40)
LAI_CC = (["cap lai the can cuoc"], 41)
DI_SAN = (["chung thuc van ban phan chia di san", "phan chia di san"], 200)
BAN_SAO = (["chung thuc ban sao tu ban chinh"], 186)
HKD = (["dang ky thay doi noi dung dang ky ho kinh doanh", "thay doi noi dung dang ky ho kinh doanh"], 129)
XOA_TT = (["xoa dang ky thuong tru"], 4)
TAM_VANG = (["khai bao tam vang"], 5)
TRANH_CHAP = (["giai quyet tranh chap dat dai", "tranh chap dat dai"], 89)

# (question, procedure, [regex groups], aspect tags, doc, extra tags)
CASES = [
    # --- p1: cấp giấy phép xây dựng nhà ở riêng lẻ
    ("Xin giấy phép xây nhà ở phường mất bao lâu?", GPXD, [r"(?<!\d)15 (ngay|days)"], ["time_limit"], P1, []),
    ("xin gpxd nha o rieng le can nop nhung giay to gi", GPXD,
     [r"(don de nghi|application form)", r"(ban ve|drawings?)"], ["documents"], P1, ["no-diacritics", "abbreviation"]),
    ("If I apply for a house building permit online, how many days does the ward take?", GPXD,
     [r"(?<!\d)20 (ngay|days)"], ["time_limit", "online"], P1, ["english"]),
    ("Nhà tôi nằm trong khu đã có quy hoạch phân khu được duyệt nhưng chưa triển khai. Giờ tôi muốn xây nhà mới thì được xây tối đa mấy tầng?",
     GPXD, [r"(?<!\d)(3|ba|three) (tang|floors|storeys|stories)", r"(tang ham|basement)"], ["conditions"], P1, ["narrative"]),

    # --- p2: bảng niêm yết hộ tịch (khai sinh, cải chính, giám hộ)
    ("Làm giấy khai sinh cho con mất mấy ngày vậy?", KHAI_SINH,
     [r"(trong ngay|ngay lam viec tiep theo|same day|within the day)"], ["time_limit"], P2, []),
    ("Nhà tôi là hộ nghèo, giờ muốn cải chính lại ngày sinh bị ghi sai trong giấy khai sinh của con. Có phải đóng lệ phí không?",
     CAI_CHINH, [r"mien", r"ho ngheo"], ["fee"], P2, ["narrative"]),
    ("dang ky giam ho bao lau thi co ket qua", GIAM_HO, [r"(?<!\d)0?3 (ngay|(working )?days)"], ["time_limit"], P2,
     ["no-diacritics"]),
    ("Ông bà nội đi làm khai sinh thay bố mẹ cháu thì giấy ủy quyền có cần chứng thực không?", KHAI_SINH,
     [r"khong (phai|can|bat buoc) (duoc )?chung thuc"], ["documents", "conditions"], P2, []),

    # --- p3: tờ rơi cấp đổi thẻ căn cước
    ("Đổi thẻ căn cước bây giờ mất bao nhiêu tiền?", DOI_CC, [r"(?<!\d)25[.,]?000"], ["fee"], P3, []),
    ("My permanent address is in Da Nang but I live in Ho Chi Minh City. Can I renew my ID card at the ward police here?",
     DOI_CC, [r"(khong phu thuoc|bat ky|ca nuoc|regardless|any (commune|ward|police))"], ["where"], P3, ["english"]),
    ("doi the can cuoc bao lau thi lay duoc", DOI_CC, [r"(?<!\d)0?7 (ngay|(working )?days)"], ["time_limit"], P3,
     ["no-diacritics"]),
    ("Đi đổi CCCD có phải nộp lại thẻ cũ không, cần mang giấy gì?", DOI_CC,
     [r"(the (can cuoc )?cu|thu lai the|old card)", r"(dc02|phieu de nghi)"], ["documents"], P3, ["abbreviation"]),

    # --- p4: sơ đồ quy trình chứng thực văn bản phân chia di sản
    ("Chứng thực văn bản chia thừa kế nhà đất ở phường hết bao nhiêu tiền?", DI_SAN, [r"(?<!\d)50[.,]?000"], ["fee"], P4, []),
    ("chung thuc van ban phan chia di san can chuan bi giay to gi", DI_SAN,
     [r"(du thao|draft)", r"(giay chung nhan|so do|so hong|quyen su dung|quyen so huu)"], ["documents"], P4,
     ["no-diacritics"]),
    ("Mẹ tôi lớn tuổi, mắt kém không đọc được, tay run không ký được. Làm văn bản chia di sản của bố ở phường thì mẹ tôi phải làm sao?",
     DI_SAN, [r"(lam chung|witness)"], ["conditions"], P4, ["narrative"]),
    ("Do all the heirs have to sign the inheritance division document in front of the ward officer?", DI_SAN,
     [r"(truoc mat|in front|in the presence|before the)"], ["conditions", "steps"], P4, ["english"]),

    # --- d1: hướng dẫn chứng thực bản sao từ bản chính
    ("Tôi có một bộ giấy tờ bản chính 5 trang, cần sao y 1 bản. Tính ra hết bao nhiêu tiền?", BAN_SAO,
     [r"(?<!\d)(7[.,]?000|2[.,]?000)"], ["fee"], D1, ["narrative"]),
    ("sao y giay to co bat buoc phai mang ban chinh khong", BAN_SAO,
     [r"ban chinh", r"(chup|photo|vneid)"], ["documents"], D1, ["no-diacritics"]),
    ("Can the ward certify a copy of my university diploma issued abroad if it has not been legalised?", BAN_SAO,
     [r"(bang tot nghiep|diploma)", r"(hop phap hoa lanh su|legali[sz]|consular)"], ["conditions"], D1, ["english"]),
    ("Giấy tờ bản chính bị rách nát, mờ không đọc được chữ thì có sao y được không?", BAN_SAO,
     [r"(cu nat|hu hong|khong (duoc|the) (dung|chung thuc|sao))"], ["conditions"], D1, []),

    # --- d2: phiếu kiểm tra hồ sơ đăng ký thay đổi nội dung hộ kinh doanh
    ("Đổi địa chỉ hộ kinh doanh thì bao lâu có giấy chứng nhận mới?", HKD, [r"(?<!\d)0?3 (ngay|(working )?days)"],
     ["time_limit"], D2, []),
    ("ho kinh doanh doi nganh nghe thi trong bao nhieu ngay phai dang ky thay doi", HKD, [r"(?<!\d)10 (ngay|days)"],
     ["time_limit", "conditions"], D2, ["no-diacritics"]),
    ("Chồng tôi đứng tên chủ hộ kinh doanh vừa mất. Giờ tôi muốn đứng tên thay thì cần giấy tờ gì?", HKD,
     [r"(chung tu|death certificate)"], ["documents"], D2, ["narrative"]),
    ("HKD của tôi chuyển sang chỗ khác làm đổi cơ quan thuế quản lý thì phải làm gì trước?", HKD,
     [r"(co quan thue|tax (authority|office))", r"(truoc|first|before)"], ["steps"], D2, ["abbreviation"]),

    # --- d3: hướng dẫn xóa đăng ký thường trú
    ("Xóa hộ khẩu thường trú mất mấy ngày?", XOA_TT, [r"(?<!\d)0?5 (ngay|(working )?days)"], ["time_limit"], D3, []),
    ("nha co nguoi thuoc dien xoa dang ky thuong tru thi phai nop ho so trong bao lau", XOA_TT,
     [r"(?<!\d)0?7 (ngay|days)"], ["time_limit"], D3, ["no-diacritics"]),
    ("Làm thủ tục xóa đăng ký thường trú thì khai theo mẫu tờ khai nào?", XOA_TT,
     [r"(ct01|to khai thay doi thong tin cu tru)"], ["form", "documents"], D3, []),
    ("Em trai tôi thuộc diện phải xóa thường trú nhưng nhà tôi chưa ai đi làm thủ tục. Như vậy có sao không?", XOA_TT,
     [r"(bien ban|xac minh|thuc hien xoa|tu xoa)"], ["conditions"], D3, ["narrative"]),

    # --- d4: phiếu hướng dẫn đăng ký giám hộ
    ("Ông bà nội muốn làm giám hộ cho cháu mồ côi thì cần giấy tờ gì?", GIAM_HO,
     [r"to khai", r"(giam ho duong nhien|van ban cu|chung minh)"], ["documents"], D4, []),
    ("Có nhiều người cùng đủ điều kiện làm giám hộ đương nhiên thì đăng ký thế nào?", GIAM_HO,
     [r"thoa thuan"], ["conditions", "documents"], D4, []),
    ("dang ky giam ho co lam online duoc khong", GIAM_HO, [r"(truc tuyen|cong dich vu cong|vneid|online)"],
     ["online"], D4, ["no-diacritics"]),
    ("Đăng ký giám hộ ở UBND phường có tốn lệ phí không?", GIAM_HO, [FREE], ["fee"], D4, ["abbreviation"]),

    # --- h1: hỏi đáp khai báo tạm vắng
    ("Khai báo tạm vắng có cần lên công an phường không hay gọi điện được?", TAM_VANG,
     [r"(dien thoai|phone)", r"(truc tuyen|dich vu cong|vneid|ung dung|online|hop thu dien tu|email)"],
     ["where", "online"], H1, []),
    ("khai bao tam vang can ghi nhung noi dung gi", TAM_VANG, [r"(ly do|reason)", r"(noi den|destination)"],
     ["documents"], H1, ["no-diacritics"]),
    ("How long does it take to process a temporary absence declaration?", TAM_VANG,
     [r"(?<!\d)(0?1|one|mot) (ngay|day)"], ["time_limit"], H1, ["english"]),
    ("Con tôi 16 tuổi thì ai là người khai báo tạm vắng cho cháu?", TAM_VANG,
     [r"(cha, me|cha hoac me|cha me|bo me|nguoi giam ho|parent|guardian)"], ["conditions"], H1, []),

    # --- h2: tin bài giải quyết tranh chấp đất đai
    ("Nộp đơn nhờ chủ tịch UBND phường giải quyết tranh chấp đất thì bao lâu được thụ lý?", TRANH_CHAP,
     [r"(?<!\d)0?5 (ngay|(working )?days)"], ["time_limit"], H2, ["abbreviation"]),
    ("giai quyet tranh chap dat dai o phuong co mat phi khong", TRANH_CHAP, [FREE], ["fee"], H2, ["no-diacritics"]),
    ("If I file a land dispute petition in person, how long does the ward chairman have to decide it?", TRANH_CHAP,
     [r"(?<!\d)60 (ngay|days)"], ["time_limit"], H2, ["english"]),
    ("Muốn phường giải quyết tranh chấp ranh đất với nhà bên cạnh thì nộp giấy gì, nộp ở đâu?", TRANH_CHAP,
     [r"don yeu cau", r"(trung tam phuc vu hanh chinh cong|ubnd|uy ban nhan dan)"], ["documents", "where"], H2, []),

    # --- h3: trang thủ tục đăng ký khai sinh
    ("Sinh con xong bao lâu thì phải đi làm giấy khai sinh?", KHAI_SINH, [r"(?<!\d)60 (ngay|days)"], ["time_limit"], H3, []),
    ("Bé nhà em sinh ở nhà, không có giấy chứng sinh thì làm khai sinh sao ạ?", KHAI_SINH,
     [r"(lam chung|witness)", r"(cam doan|commitment|declaration|pledge)"], ["documents", "conditions"], H3, []),
    ("Can I register my baby's birth online instead of going to the ward?", KHAI_SINH,
     [r"(vneid|cong dich vu cong|truc tuyen|online)"], ["online"], H3, ["english"]),
    ("Xin thêm bản sao giấy khai sinh thì bao nhiêu tiền một bản?", KHAI_SINH, [r"(?<!\d)8[.,]?000"], ["fee"], H3, []),

    # --- h4: trang hướng dẫn cấp lại thẻ căn cước
    ("Mất căn cước làm lại hết bao nhiêu tiền?", LAI_CC, [r"(?<!\d)35[.,]?000"], ["fee"], H4, []),
    ("lam lai can cuoc bi mat co phai chup anh lan van tay lai khong", LAI_CC,
     [r"(lan gan nhat|khong (phai|can) (thu nhan|chup|lan)[^.]{0,30}lai|da (duoc )?thu nhan|most recent|previously)"],
     ["conditions", "steps"], H4, ["no-diacritics"]),
    ("Làm lại căn cước do bị mất thì mấy ngày có thẻ?", LAI_CC, [r"(?<!\d)0?7 (ngay|(working )?days)"],
     ["time_limit"], H4, []),
    ("Thẻ căn cước bị gãy, có làm lại online được không?", LAI_CC,
     [r"(vneid|dinh danh|cong dich vu cong|truc tuyen)"], ["online"], H4, []),
]

REFUSALS = [
    ("Xin visa du lịch Nhật Bản cần chuẩn bị hồ sơ gì?", ["documents"]),
    ("Cấp phiếu lý lịch tư pháp số 2 mất mấy ngày?", ["time_limit"]),
    ("Khởi kiện đòi nợ ra tòa thì án phí bao nhiêu?", ["fee"]),
    ("thi bang lai xe oto hang b dang ky o dau", ["where", "no-diacritics"]),
    ("How do I get a work permit for a foreign employee at my company?", ["steps", "english"]),
]


def main():
    texts = {}
    portal = portal_names()
    rows = []
    problems = []
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
        for rx in facts:
            re.compile(rx)
            if not re.search(rx, t):
                problems.append(f"{i}: regex {rx!r} does not match {doc}")
        ext = os.path.splitext(doc)[1]
        tags = aspects + [KIND[ext]] + extra + ["test"]
        rows.append({
            "id": f"wardmade6-{i:03d}",
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
            "id": f"wardmade6-{i:03d}",
            "question": q,
            "history": [],
            "tags": ["refusal"] + extra + ["test"],
            "expect": {"procedure": [], "facts": [], "refuse": True},
            "source": "written",
            "source_kind": "written",
        })
    # refusal questions must not name any procedure covered by the documents
    all_text = " ".join(texts.values())
    for q, _ in REFUSALS:
        fq = fold(q)
        for (names, _line) in (GPXD, KHAI_SINH, CAI_CHINH, GIAM_HO, DOI_CC, LAI_CC, DI_SAN, BAN_SAO, HKD, XOA_TT,
                               TAM_VANG, TRANH_CHAP):
            if any(nm in fq for nm in names):
                problems.append(f"refusal names a covered procedure: {q}")
    for kw in ("visa", "ly lich tu phap", "an phi", "bang lai", "giay phep lao dong", "work permit"):
        if re.search(r"\b" + kw + r"\b", all_text):
            problems.append(f"refusal topic {kw!r} appears in the documents")
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            r["question"] = unicodedata.normalize("NFC", r["question"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate
    n_ans = n_ref = 0
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
        print("all fact regexes match their documents; procedure names check out")


if __name__ == "__main__":
    main()
