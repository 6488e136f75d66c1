"""Writes evals/datasets/wardmade9.jsonl (a TUNING set) and checks it against the documents.

The rows are written and checked with the shared module evals/wardmade_build.py
(build_and_check(..., split="tune")): every line parses, ids are unique, the row shape is fixed, every row is tagged
"tune", every regex compiles and every fact group matches the folded text of its document, the procedure-name rules
hold, every document has a question, and refusals name no covered procedure and use topic words found in no document.

Batch-specific checks run in addition:
  * no row is tagged "test";
  * refusal synonyms (below) occur in no document;
  * every fact group and every first procedure name is also found by a plain extractor (pdftotext; python-docx
    body paragraphs + table cells, without text boxes, content controls or footers; an HTML tag stripper), so no
    answer depends on a hidden corner of a file.

Run from /work/main:  .venv/bin/python evals/wardmade9/sources/build_questions.py
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "..")))
from evals import wardmade_build as wb  # noqa: E402

DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade9.jsonl"))
BATCH = "wardmade9"
SPLIT = "tune"

P1 = "p1-slide-khai-sinh-nhan-cha-con.pdf"
P2 = "p2-thong-bao-xac-nhan-dien-tich-nha-o.pdf"
P3 = "p3-bang-tinh-thu-tuc-cu-tru.pdf"
P4 = "p4-ban-tin-dang-ky-lai-ket-hon.pdf"
D1 = "d1-hoi-dap-chung-thuc-chu-ky-nguoi-dich.docx"
D2 = "d2-thong-bao-gia-han-tam-tru.docx"
D3 = "d3-tra-loi-cong-nhan-ho-can-ngheo.docx"
D4 = "d4-to-huong-dan-sua-doi-huy-bo-giao-dich.docx"
H1 = "h1-tich-hop-thong-tin-the-can-cuoc.html"
H2 = "h2-cham-dut-va-cap-lai-ho-kinh-doanh.html"
H3 = "h3-bai-dang-dinh-danh-dien-tu-muc-2.html"
H4 = "h4-cap-ban-sao-tu-so-goc.html"

P = wb.Proc
# procedure names (folded): the document's own wording first, then a shorter form that is in the portal name;
# second argument: 1-based line of the record in /work/shared/data/national-procedures.jsonl
KS_NCMC = P(["dang ky khai sinh ket hop dang ky nhan cha, me, con", "khai sinh ket hop dang ky nhan cha, me, con"], 155)
DIEN_TICH = P(["xac nhan ve dieu kien dien tich binh quan nha o de dang ky thuong tru",
               "xac nhan ve dieu kien dien tich binh quan nha o"], 33)
XOA_TT = P(["xoa dang ky tam tru"], 10)
DC_CT = P(["dieu chinh thong tin ve cu tru trong co so du lieu ve cu tru", "dieu chinh thong tin ve cu tru"], 12)
LAI_KH = P(["dang ky lai ket hon"], 165)
CK_DICH = P(["chung thuc chu ky nguoi dich"], 194)
GH_TT = P(["gia han tam tru"], 2)
HO_NGHEO = P(["cong nhan ho ngheo, ho can ngheo thuong xuyen hang nam", "cong nhan ho ngheo, ho can ngheo"], 74)
SUA_GD = P(["chung thuc viec sua doi, bo sung, huy bo giao dich"], 189)
TICH_HOP = P(["tich hop, cap nhat, dieu chinh thong tin tren the can cuoc"], 38)
CD_HKD = P(["cham dut hoat dong ho kinh doanh"], 93)
CL_HKD = P(["cap lai giay chung nhan dang ky ho kinh doanh"], 126)
DD2 = P(["cap tai khoan dinh danh dien tu muc do 02", "tai khoan dinh danh dien tu muc do 02"], 54)
BS_SG = P(["cap ban sao tu so goc"], 188)

amt = wb.amount


def days(n):
    return [wb.days(n)]


FREE = [wb.FREE, "khong phai nop (bat ky )?(khoan )?(phi|le phi)", "exempt"]

C = wb.Case
CASES = [
    # --- p1: slide deck, đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con (1.000689, shown)
    C("Vợ chồng em sống chung chưa đăng ký kết hôn, bé mới sinh được một tháng. Giờ đi làm khai sinh cho bé mà muốn "
      "ghi tên ba luôn thì mất mấy ngày mới có giấy?", KS_NCMC, [days(3)], ["time_limit"], P1, ["narrative"]),
    C("be sinh o nha khong co giay chung sinh thi lam khai sinh ket hop nhan cha con nop giay gi thay", KS_NCMC,
      [["nguoi lam chung xac nhan ve viec sinh", "van ban (cua )?nguoi lam chung", "giay cam doan ve viec sinh",
        "witness"]], ["documents"], P1, ["no-diacritics"]),
    C("Can we do the combined birth registration and father acknowledgement online instead of going to the ward "
      "office?", KS_NCMC,
      [["cong dich vu cong quoc gia", "ung dung dinh danh quoc gia", "vneid", "national public service portal"]],
      ["online"], P1, ["english"]),
    C("Nhà em thuộc hộ nghèo, làm khai sinh cho con kết hợp nhận cha thì có phải đóng lệ phí không?", KS_NCMC,
      [FREE], ["fee", "conditions"], P1, []),

    # --- p2: scanned-looking UBND notice, xác nhận điều kiện diện tích nhà ở (1.013314, not shown)
    C("Tôi thuê phòng trọ trong phường, muốn nhập hộ khẩu vào chỗ trọ. Công an bảo phải có phường xác nhận diện tích "
      "nhà ở tối thiểu trước. Xin xác nhận đó mất bao lâu?", DIEN_TICH, [days(2)], ["time_limit"], P2, ["narrative"]),
    C("xac nhan dien tich nha o toi thieu de dang ky thuong tru thi dien to khai mau nao", DIEN_TICH,
      [[r"mau so 0?2", r"form (no\.? )?0?2"]], ["form"], P2, ["no-diacritics"]),
    C("Xin giấy xác nhận diện tích nhà ở để đăng ký thường trú có tốn phí không?", DIEN_TICH, [FREE], ["fee"], P2, []),
    C("Tôi nộp hồ sơ đăng ký thường trú ở công an phường luôn thì có phải tự chạy qua UBND xin xác nhận diện tích "
      "riêng không?", DIEN_TICH,
      [["chuyen ho so de nghi xac nhan", "cong an phuong (co trach nhiem )?chuyen", "forward"]], ["where"], P2,
      ["abbreviation"]),

    # --- p3: spreadsheet print, xóa đăng ký tạm trú (1.010028) + điều chỉnh thông tin về cư trú (1.010039), shown
    C("xoa dang ky tam tru mat bao nhieu ngay", XOA_TT, [days(2)], ["time_limit"], P3, ["no-diacritics"]),
    C("Tôi chuyển hẳn về quê, muốn xóa tạm trú ở phường thì phải điền tờ khai gì?", XOA_TT,
      [["ct01", "to khai thay doi thong tin cu tru"]], ["documents", "form"], P3, []),
    C("My name was corrected at the ward's civil registry last month and the change is already in the electronic "
      "civil status database. Do I still have to file a separate request to adjust my residence information?", DC_CT,
      [["khong phai (lam|thuc hien) thu tuc", "not (need|required|necessary)", "no need", "don'?t (need|have)"]],
      ["conditions"], P3, ["english"]),
    C("Nhà tôi đổi chủ hộ, mấy người trong hộ ký giấy đồng ý thì giấy đó có phải đem đi công chứng không? Điều chỉnh "
      "thông tin cư trú vậy có mất phí không?", DC_CT,
      [["khong phai cong chung", r"khong (can|phai|bat buoc) (phai )?cong chung", "not (need|required)"], FREE],
      ["documents", "fee"], P3, ["narrative"]),

    # --- p4: newsletter, đăng ký lại kết hôn (1.004746, not shown)
    C("Ba mẹ tôi cưới năm 1990, giấy kết hôn mất lâu rồi, bản sao cũng không còn. Giờ muốn đăng ký lại kết hôn thì "
      "nộp giấy gì thay cho giấy cũ?", LAI_KH,
      [["ban sao ho so, giay to ca nhan", "giay to ca nhan co (cac )?thong tin"]], ["documents"], P4, ["narrative"]),
    C("dang ky lai ket hon mat may ngay thi co giay", LAI_KH, [days(5)], ["time_limit"], P4, ["no-diacritics"]),
    C("When we collect our re-registered marriage certificate, do both of us have to be there, and how many originals "
      "do we get?", LAI_KH,
      [["hai ben nam, nu phai co mat", "ca hai (vo chong )?(deu )?phai co mat", "both"],
       [r"moi ben nhan 0?1 ban chinh", "one original each", "each (of you|spouse|party)"]],
      ["conditions"], P4, ["english"]),
    C("Nhà tôi thuộc hộ nghèo, đăng ký lại kết hôn có phải nộp lệ phí không?", LAI_KH, [FREE], ["fee", "conditions"],
      P4, []),

    # --- d1: FAQ table, chứng thực chữ ký người dịch (2.000992, not shown)
    C("Chứng thực chữ ký người dịch cho bản dịch học bạ hết bao nhiêu tiền?", CK_DICH, [[amt(10)]], ["fee"], D1, []),
    C("ban dich dai 3 trang thi nguoi dich co phai ky vao tung trang khong", CK_DICH,
      [["tung trang", "every page", "each page"]], ["steps"], D1, ["no-diacritics"]),
    C("My university diploma was issued abroad and has not been consularly legalised. Can I still get the "
      "translator's signature certified on its translation at the ward?", CK_DICH,
      [["tru ho chieu", "except", "exception", "khong can hop phap hoa", "without (consular )?legali[sz]ation",
        "(can|may) (still )?be (translated|certified)"]], ["conditions"], D1, ["english"]),
    C("Giấy tờ gốc cũ nát, mờ hết chữ thì có đem dịch để chứng thực chữ ký người dịch được không?", CK_DICH,
      [["hu hong, cu nat", "cu nat", "khong xac dinh duoc noi dung", "khong duoc dich"]], ["conditions"], D1, []),

    # --- d2: Công an notice with typed numbers and a fee table, gia hạn tạm trú (1.002755, shown)
    C("Tạm trú của em hết hạn ngày 30/4. Em phải đi gia hạn trước ngày đó bao lâu?", GH_TT,
      [[r"(?<![\d.,])15 ngay truoc", r"(?<![\d.,])15 days before", r"(?<![\d.,])15 ngay"]], ["time_limit"], D2,
      ["narrative"]),
    C("gia han tam tru online het bao nhieu tien", GH_TT, [[amt(7)]], ["fee", "online"], D2, ["no-diacritics"]),
    C("Công ty em có 30 công nhân ở ký túc xá cần gia hạn tạm trú, nộp trực tiếp ở công an phường thì mỗi người đóng "
      "bao nhiêu, ngoài tờ khai CT01 ra cần giấy gì nữa?", GH_TT,
      [[amt(10)], ["van ban de nghi gia han", "danh sach"]], ["fee", "documents"], D2, ["narrative", "abbreviation"]),
    C("Con tôi 16 tuổi ở trọ đi học, gia hạn tạm trú cho cháu thì tờ khai phải ghi thêm gì?", GH_TT,
      [["y kien dong y cua cha, me", "cha, me hoac nguoi giam ho", "dong y cua cha me"]], ["documents", "conditions"],
      D2, []),

    # --- d3: reply letter, prose only, công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm (1.011607, not shown)
    C("Xin xét hộ cận nghèo thì viết giấy đề nghị theo mẫu nào?", HO_NGHEO, [[r"mau so 0?1(?!\d)"]], ["form"], D3, []),
    C("lam ho can ngheo co mat phi khong, bao lau thi co ket qua", HO_NGHEO,
      [FREE, [r"(?<![\d.,])15 ngay", r"(?<![\d.,])15 days"]], ["fee", "time_limit"], D3, ["no-diacritics"]),
    C("If I complain about the poor-household review results while they are publicly posted, how long does the "
      "re-check take?", HO_NGHEO,
      [[r"(?<![\d.,])0?7 ngay lam viec", r"(?<![\d.,])(0?7|seven) (working )?days"]], ["time_limit", "steps"], D3,
      ["english"]),
    C("Chồng tôi mất năm ngoái, nhà còn hai mẹ con. Tôi đã nộp giấy xin xét hộ nghèo, vậy kết quả rà soát có được "
      "công bố cho bà con trong khu phố biết không, niêm yết mấy ngày?", HO_NGHEO,
      [["niem yet cong khai", "niem yet", "publicly posted"], [r"(?<![\d.,])0?3 ngay lam viec", r"(0?3|three) (working )?days"]],
      ["steps"], D3, ["narrative"]),

    # --- d4: two-column leaflet with check boxes, chứng thực sửa đổi/hủy bỏ giao dịch (2.000913, shown); decoy box
    C("Hợp đồng mua bán nhà đã chứng thực ở phường, giờ hai bên muốn hủy hợp đồng thì phí chứng thực việc hủy là "
      "bao nhiêu?", SUA_GD, [[amt(30)]], ["fee"], D4, []),
    C("muon huy hop dong da chung thuc ma ben kia khong dong y thi co lam duoc khong", SUA_GD,
      [["thoa thuan bang van ban", "written agreement", "agree(ment)? in writing"]], ["conditions"], D4,
      ["no-diacritics"]),
    C("We had our car sale contract certified at another ward. Can we get an amendment to it certified at this ward "
      "instead?", SUA_GD,
      [["co quan da chung thuc giao dich", "where (it|the contract) was (originally )?certified",
        "same (office|authority|ward)", "other ward"]], ["where"], D4, ["english"]),
    C("Mẹ tôi lớn tuổi, tay run không ký được nữa. Giờ hai bên muốn chứng thực việc hủy hợp đồng tặng cho nhà đã "
      "chứng thực trước đây thì mẹ tôi làm sao?", SUA_GD,
      [["diem chi", "fingerprint", "thumbprint"]], ["conditions", "steps"], D4, ["narrative"]),

    # --- h1: CSS tabs, tích hợp, cập nhật, điều chỉnh thông tin trên thẻ căn cước (1.014060, not shown)
    C("Muốn cập nhật thông tin lên thẻ căn cước thì điền tờ khai mẫu nào?", TICH_HOP,
      [["dc02", "phieu de nghi giai quyet thu tuc ve can cuoc"]], ["form"], H1, []),
    C("tich hop thong tin vao the can cuoc bao lau thi xong", TICH_HOP, [days(7)], ["time_limit"], H1,
      ["no-diacritics"]),
    C("Em thường trú ở Cà Mau, lên đây làm công nhân. Em nhờ công an phường này cập nhật thông tin trên thẻ căn cước "
      "được không?", TICH_HOP,
      [["khong phu thuoc (vao )?noi cu tru", "trong ca nuoc", "bat ky"]], ["where"], H1, ["narrative"]),
    C("Đang làm cấp đổi CCCD, muốn tích hợp thêm thông tin lên thẻ luôn thì cần thêm phiếu gì?", TICH_HOP,
      [["cc01", "phieu thu nhan thong tin can cuoc"]], ["documents", "form"], H1, ["abbreviation"]),

    # --- h2: one page, two procedures, TOC + comparison table (1.001266, 2.000575, shown)
    C("Tiệm tạp hóa nhà tôi nghỉ bán hẳn, đã trả hết nợ. Phải nộp hồ sơ chấm dứt HKD trong bao lâu?", CD_HKD,
      [[r"(?<![\d.,])0?5 ngay lam viec", r"(?<![\d.,])(0?5|five) (working )?days"]], ["time_limit"], H2,
      ["narrative", "abbreviation"]),
    C("giay chung nhan ho kinh doanh bi chay mat, xin cap lai mat may ngay", CL_HKD, [days(1)], ["time_limit"], H2,
      ["no-diacritics"]),
    C("Our family shop was registered by a group of individuals before Decree 168/2025 took effect. What papers do "
      "we need to close the business down?", CD_HKD,
      [["thong bao cham dut hoat dong", "notice of (termination|closure)", "termination notice"],
       ["bien ban hop nhom", "minutes"]], ["documents"], H2, ["english"]),
    C("Hộ kinh doanh của tôi còn nợ thuế thì có chấm dứt hoạt động được không?", CD_HKD,
      [["chua hoan thanh nghia vu thue", "tu choi", "not (yet )?(fulfilled|completed)"]], ["conditions"], H2, []),

    # --- h3: Facebook-style post, cấp tài khoản định danh điện tử mức độ 02 (3.000228, not shown)
    C("Kích hoạt VNeID mức 2 mất mấy ngày vậy ad? Em có thẻ căn cước gắn chip rồi.", DD2, [days(3)], ["time_limit"],
      H3, ["abbreviation"]),
    C("Con em 10 tuổi làm định danh điện tử mức 2 thì đăng ký bằng số điện thoại của ai?", DD2,
      [["so thue bao di dong chinh chu cua (minh|nguoi dai dien|nguoi giam ho|cha me)", "nguoi dai dien",
        "nguoi giam ho", "parent", "guardian"]], ["conditions"], H3, []),
    C("lam dinh danh dien tu muc 2 can mang theo gi", DD2,
      [["the can cuoc", "can cuoc cong dan gan chip"], ["so dien thoai chinh chu", "so thue bao", "tk01"]],
      ["documents"], H3, ["no-diacritics"]),
    C("Thẻ CCCD của tôi hết hạn rồi thì làm định danh mức 2 mất bao lâu?", DD2, [days(7)], ["time_limit"], H3,
      ["abbreviation"]),

    # --- h4: old-style portal page with label | value table, cấp bản sao từ sổ gốc (2.000908, shown)
    C("Xin bản sao từ sổ gốc ở phường có mất tiền không?", BS_SG, [FREE], ["fee"], H4, []),
    C("Cha tôi mất rồi, tôi là con trai, muốn xin cấp bản sao từ sổ gốc giấy tờ của cha thì cần mang theo gì?", BS_SG,
      [["chung minh quan he", "quan he voi nguoi duoc cap ban chinh", "relationship"]], ["documents"], H4,
      ["narrative"]),
    C("xin ban sao tu so goc qua buu dien thi gui kem gi", BS_SG, [["phong bi dan tem", "phong bi", "envelope"]],
      ["documents"], H4, ["no-diacritics"]),
    C("How long does it take to get a copy issued from the original register, and what happens if the register is no "
      "longer kept?", BS_SG,
      [days(1), ["tra loi bang van ban", "in writing", "written (reply|answer|response)"]],
      ["time_limit", "conditions"], H4, ["english"]),
]

# (question, tags, topic words found in the question, extra synonyms) – none of them may occur in any document
REFUSALS = [
    ("Mình mới nghỉ việc, muốn hưởng trợ cấp thất nghiệp thì nộp hồ sơ ở đâu?", ["where"],
     ["tro cap that nghiep"], ["bao hiem that nghiep"]),
    ("How do I apply for a work permit for a foreign employee at my company?", ["documents", "english"],
     ["work permit"], ["giay phep lao dong"]),
    ("xin visa di han quoc du lich can giay to gi", ["documents", "no-diacritics"], ["visa"], ["thi thuc"]),
    ("Bị phạt nguội vi phạm giao thông thì nộp phạt online ở đâu?", ["where", "online"], ["phat nguoi"],
     ["vi pham giao thong"]),
    ("Con tôi 15 tuổi, muốn mở tài khoản ngân hàng để nhận học bổng. Ra ngân hàng cần mang giấy tờ gì?",
     ["documents", "narrative"], ["ngan hang"], ["hoc bong"]),
    ("Chuyển trường cho con từ Đồng Nai về học lớp 6 ở thành phố thì làm thủ tục ở đâu?", ["where"],
     ["chuyen truong"], ["lop 6"]),
]


# ----------------------------------------------------------------------------- plain extractor (no text boxes)
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
        else:
            self.out.append(" ")

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


def plain_text(name):
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
    return wb.norm(txt)


def main():
    refusals = [wb.Refusal(q, list(tags), list(topics)) for q, tags, topics, _syn in REFUSALS]
    rc = wb.build_and_check(BATCH, CASES, refusals, DOCS, OUT, split=SPLIT)
    extra = []
    texts = {f: wb.doc_text(os.path.join(DOCS, f)) for f in sorted(os.listdir(DOCS))}
    for q, _tags, _topics, synonyms in REFUSALS:
        for kw in synonyms:
            if kw != wb.norm(kw):
                extra.append(f"refusal synonym not folded: {kw!r}")
            for f, t in texts.items():
                if re.search(r"\b" + re.escape(kw) + r"\b", t):
                    extra.append(f"refusal synonym {kw!r} appears in {f}")
    with open(OUT, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    for r in rows:
        if "test" in r["tags"]:
            extra.append(f"{r['id']}: tagged 'test' in a tuning batch")
        if r["question"] != unicodedata.normalize("NFC", r["question"]):
            extra.append(f"{r['id']}: question not NFC")
    plain = {}
    for i, c in enumerate(CASES, 1):
        if c.doc not in plain:
            plain[c.doc] = plain_text(c.doc)
        t = plain[c.doc]
        if c.proc.names[0] not in t:
            extra.append(f"case {i}: {c.proc.names[0]!r} only found by the shared extractor in {c.doc}")
        for g in c.facts:
            g = [g] if isinstance(g, str) else g
            if not any(re.search(rx, t) for rx in g):
                extra.append(f"case {i}: {g!r} only matched by the shared extractor in {c.doc}")
    # every document file is NFC text (HTML) and the four kinds are balanced
    for f in texts:
        if f.endswith(".html"):
            with open(os.path.join(DOCS, f), encoding="utf-8") as fh:
                raw = fh.read()
            if raw != unicodedata.normalize("NFC", raw):
                extra.append(f"{f}: HTML source is not NFC")
    if extra:
        print("EXTRA PROBLEMS:")
        for p in extra:
            print("  ", p)
    elif rc == 0:
        print("batch-specific checks: no problems (no 'test' tags; refusal synonyms absent; facts found by the plain "
              "extractor too; HTML is NFC)")
    return 1 if (rc or extra) else 0


if __name__ == "__main__":
    sys.exit(main())
