"""Writes evals/datasets/wardmade10.jsonl (a TUNING set) and checks it against the documents.

The rows are written and checked with the shared module evals/wardmade_build.py
(build_and_check(..., split="tune")): every line parses, ids are unique, the row shape is fixed, every row is tagged
"tune", every regex compiles and every fact group matches the folded text of its document, the procedure-name rules
hold, every document has a question, and refusals name no covered procedure and use topic words found in no document.

Batch-specific checks run in addition:
  * no row is tagged "test";
  * refusal synonyms (below) occur in no document;
  * every fact group and every first procedure name is also found by a plain extractor (pdftotext; python-docx
    body paragraphs + table cells, without text boxes, content controls or footers; an HTML tag stripper), so no
    answer depends on a hidden corner of a file;
  * the HTML documents are NFC.

Run from /work/main:  .venv/bin/python evals/wardmade10/sources/build_questions.py
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
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "wardmade10.jsonl"))
BATCH = "wardmade10"
SPLIT = "tune"

P1 = "p1-to-gap-ba-khai-sinh-nguoi-da-co-giay-to.pdf"
P2 = "p2-ban-chup-thong-bao-xoa-thuong-tru.pdf"
P3 = "p3-bang-tthc-khai-thac-dieu-chinh-du-lieu.pdf"
P4 = "p4-huong-dan-gia-han-giay-phep-xay-dung.pdf"
D1 = "d1-zalo-xac-nhan-thong-tin-ho-tich.docx"
D2 = "d2-thu-tra-loi-cap-nhat-ho-kinh-doanh.docx"
D3 = "d3-thong-bao-diem-moi-dang-ky-lai-khai-tu.docx"
D4 = "d4-huong-dan-ho-muc-song-trung-binh.docx"
H1 = "h1-hoi-dap-cham-dut-giam-sat-giam-ho.html"
H2 = "h2-accordion-lien-thong-khai-sinh-bhyt.html"
H3 = "h3-khai-bao-tam-tru-nguoi-nuoc-ngoai-song-ngu.html"
H4 = "h4-phong-van-chung-thuc-chu-ky-nguoi-dich.html"

P = wb.Proc
# procedure names (folded): the document's own wording first, then a shorter form that is in the portal name;
# second argument: 1-based line of the record in /work/shared/data/national-procedures.jsonl
KS_HS = P(["dang ky khai sinh cho nguoi da co ho so, giay to ca nhan"], 166)
XOA_TT = P(["xoa dang ky thuong tru"], 4)
DC_DC = P(["dieu chinh thong tin trong co so du lieu quoc gia ve dan cu theo de nghi cua cong dan",
           "dieu chinh thong tin trong co so du lieu quoc gia ve dan cu"], 23)
KT_DC = P(["khai thac thong tin cong dan trong co so du lieu quoc gia ve dan cu"], 15)
KT_CC = P(["khai thac thong tin cong dan trong co so du lieu can cuoc"], 34)
GH_GPXD = P(["gia han giay phep xay dung"], 214)
XN_HT = P(["xac nhan thong tin ho tich"], 205)
HKD_CN = P(["dang ky cap nhat, bo sung thong tin trong ho so dang ky ho kinh doanh, hieu dinh thong tin dang ky ho kinh "
            "doanh", "cap nhat, bo sung thong tin trong ho so dang ky ho kinh doanh"], 121)
LAI_KT = P(["dang ky lai khai tu"], 173)
MSTB = P(["cong nhan ho lam nong nghiep, lam nghiep, ngu nghiep va diem nghiep co muc song trung binh"], 76)
CD_GS = P(["dang ky cham dut giam sat viec giam ho"], 206)
LT_BHYT = P(["lien thong cac thu tuc hanh chinh ve dang ky khai sinh, cap the bao hiem y te cho tre em duoi 6 tuoi",
             "dang ky khai sinh, cap the bao hiem y te cho tre em duoi 6 tuoi"], 197)
KB_NNN = P(["khai bao tam tru cho nguoi nuoc ngoai tai viet nam bang phieu khai bao tam tru",
            "khai bao tam tru cho nguoi nuoc ngoai"], 1)
CK_DICH = P(["chung thuc chu ky nguoi dich ma nguoi dich khong phai la cong tac vien dich thuat",
             "chung thuc chu ky nguoi dich"], 195)

amt = wb.amount


def days(n):
    return [wb.days(n)]


def wdays(n, word):
    """"N ngày làm việc" only (not bare "N ngày"), and the English forms."""
    return [rf"(?<![\d.,])0?{n} ngay lam viec", rf"(?<![\d.,])(0?{n}|{word}) (working |business )?days"]


FREE = [wb.FREE, "mien le phi", "khong phai nop (bat ky )?(khoan )?(phi|le phi)", "exempt"]

C = wb.Case
CASES = [
    # --- p1: three-panel leaflet, đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân (1.004772, shown)
    C("Tôi 30 tuổi rồi mà chưa bao giờ có giấy khai sinh, chỉ có CCCD với bằng tốt nghiệp cấp 3. Giờ đi làm khai sinh "
      "thì phải nộp những giấy gì?", KS_HS,
      [["van ban cam doan (cua nguoi yeu cau )?ve viec chua (duoc )?dang ky khai sinh", "cam doan", "written (pledge|commitment|declaration)"],
       ["ban sao toan bo ho so, giay to", "hoc ba", "bang tot nghiep", "copies of (all )?(your )?(papers|documents)"]],
      ["documents"], P1, ["narrative", "abbreviation"]),
    C("dang ky khai sinh cho nguoi da co giay to ca nhan mat bao lau", KS_HS, [days(5)], ["time_limit"], P1,
      ["no-diacritics"]),
    C("I'm a civil servant and my birth was never registered. When I register it now at the ward, does my agency "
      "have to provide anything?", KS_HS,
      [["van ban xac nhan cua thu truong co quan", "thu truong co quan, don vi", "head of (your |the )?(agency|office|unit)",
        "confirmation (letter )?from (your |the )?(agency|employer|head)"]], ["documents", "conditions"], P1, ["english"]),
    C("Tôi là người khuyết tật, làm khai sinh cho người đã có hồ sơ, giấy tờ cá nhân thì có phải đóng lệ phí không?",
      KS_HS, [FREE], ["fee", "conditions"], P1, []),

    # --- p2: photocopied Công an notice with stamps and a handwritten note, xóa đăng ký thường trú (1.003197, not shown)
    C("Nhà tôi có người thuộc diện phải xóa đăng ký thường trú thì trong bao lâu gia đình phải đi làm thủ tục?", XOA_TT,
      [[r"(?<![\d.,])0?7 ngay", r"(?<![\d.,])(0?7|seven) days"]], ["time_limit", "deadline"], P2, []),
    C("xoa dang ky thuong tru thi dien to khai mau gi", XOA_TT, [["ct01", "to khai thay doi thong tin cu tru"]],
      ["form"], P2, ["no-diacritics"]),
    C("Xóa đăng ký thường trú nộp ở công an phường thì mấy ngày làm việc mới xong?", XOA_TT, [wdays(5, "five")],
      ["time_limit", "where"], P2, []),
    C("What happens if a household does not file to remove a member's permanent residence registration in time?",
      XOA_TT,
      [["lap bien ban", "xoa dang ky thuong tru doi voi cong dan", "kiem tra, xac minh",
        "(police|they|ward) (will )?(verify|remove|delete|cancel|make a record)"]], ["conditions"], P2, ["english"]),

    # --- p3: landscape table of three procedures with merged cells (1.012564, 1.010101, 1.014056, shown)
    C("Thông tin trên CSDL quốc gia về dân cư của tôi bị sai ngày sinh. Xin điều chỉnh thông tin thì mất mấy ngày, có "
      "mất phí không?", DC_DC, [wdays(2, "two"), FREE], ["time_limit", "fee"], P3, ["abbreviation", "narrative"]),
    C("dieu chinh thong tin trong co so du lieu quoc gia ve dan cu co nop online duoc khong", DC_DC,
      [["cong dich vu cong quoc gia", "cong dich vu cong bo cong an", "ung dung dinh danh quoc gia", "vneid"]],
      ["online"], P3, ["no-diacritics"]),
    C("Ông ngoại tôi đã mất. Tôi muốn khai thác thông tin của ông trong cơ sở dữ liệu căn cước thì phải được ai đồng "
      "ý?", KT_CC,
      [["dong y cua co quan quan ly can cuoc", "co quan quan ly can cuoc", "identity (card )?(management )?(authority|agency)"],
       ["nguoi thua ke", "nguoi dai dien hop phap", "heir", "legal representative"]], ["conditions"], P3, ["narrative"]),
    C("How long does the ward police take to give me my own information from the national population database, and "
      "which form do I fill in?", KT_DC, [wdays(3, "three"), ["dc02", "phieu de nghi giai quyet thu tuc ve can cuoc"]],
      ["time_limit", "form"], P3, ["english"]),

    # --- p4: two-page guide, time and fee in footnotes, gia hạn giấy phép xây dựng (1.013227, not shown); decoy 15/20
    C("Gia hạn giấy phép xây dựng nhà ở tại phường mất mấy ngày?", GH_GPXD, [wdays(5, "five")], ["time_limit"], P4, []),
    C("gia han giay phep xay dung can nop nhung giay to gi", GH_GPXD,
      [[r"mau so 0?2 phu luc (so )?ii", "don de nghi gia han giay phep xay dung"], ["ban chinh giay phep xay dung"]],
      ["documents", "form"], P4, ["no-diacritics"]),
    C("Since 2026 wards handle building permits for houses. Where exactly do I submit a request to extend my permit?",
      GH_GPXD,
      [["trung tam phuc vu hanh chinh cong", "bo phan tiep nhan va tra ket qua", "public administrat\\w* service cent(er|re)",
        "one-stop"]], ["where"], P4, ["english"]),
    C("Gia hạn GPXD có phải đóng lệ phí không, mức bao nhiêu?", GH_GPXD,
      [["hoi dong nhan dan", "hdnd", "people'?s council", "mien phi"]], ["fee"], P4, ["abbreviation"]),

    # --- d1: Zalo group post pasted into Word, xác nhận thông tin hộ tịch (2.002516, not shown)
    C("Xin văn bản xác nhận thông tin hộ tịch ở phường hết bao nhiêu tiền?", XN_HT, [[amt(8)]], ["fee"], D1, []),
    C("nho em gai ruot di nop xac nhan thong tin ho tich thay thi giay uy quyen co can chung thuc khong", XN_HT,
      [["khong can chung thuc", "khong phai chung thuc", "not (need|required)"]], ["documents", "conditions"], D1,
      ["no-diacritics"]),
    C("Nothing in my civil status has changed since my birth was registered. Will the ward still issue me a civil "
      "status information confirmation?", XN_HT,
      [["khong cap van ban xac nhan", "ban sao giay khai sinh", "ban sao trich luc", "copy of (the |your )?birth",
        "extract"]], ["conditions"], D1, ["english"]),
    C("Nhà tôi là hộ nghèo. Tôi nộp hồ sơ xác nhận thông tin hộ tịch online trên VNeID thì có phải đóng lệ phí không, "
      "và khi nhận biểu mẫu điện tử thì phải xác nhận trong bao lâu?", XN_HT, [FREE, days(1)],
      ["fee", "online"], D1, ["narrative", "abbreviation"]),

    # --- d2: reply letter, đăng ký cập nhật, bổ sung thông tin hộ kinh doanh, hiệu đính (1.014034, not shown)
    C("Sau khi sáp nhập phường, địa chỉ trên giấy chứng nhận hộ kinh doanh của tôi vẫn ghi quận cũ. Tôi có bắt buộc phải "
      "đi làm lại giấy không?", HKD_CN,
      [["khong bat buoc", "tiep tuc hoat dong", "not (required|mandatory|obliged)", "no need"]], ["conditions"], D2,
      ["narrative"]),
    C("thong tin ho kinh doanh tren co so du lieu sai so voi ban giay, xin hieu dinh mat may ngay", HKD_CN,
      [wdays(3, "three")], ["time_limit"], D2, ["no-diacritics"]),
    C("To fix my household business details in the registration database, what copies do I attach to the request?",
      HKD_CN, [["ban sao giay chung nhan dang ky ho kinh doanh", "business registration certificate"],
               ["giay chung nhan dang ky thue", "tax registration"]], ["documents"], D2, ["english"]),
    C("Tôi nhờ con gái nộp hồ sơ cập nhật thông tin hộ kinh doanh giùm thì giấy ủy quyền có phải công chứng không? Lệ "
      "phí nộp lúc nào, nếu không được cấp thì có được trả lại không?", HKD_CN,
      [["khong bat buoc phai cong chung", r"khong (can|phai|bat buoc) (phai )?cong chung", "not (need|required)"],
       ["khong duoc hoan tra", "not refund", "non-?refundable"]], ["documents", "fee"], D2, ["narrative"]),

    # --- d3: notice of the July 2025 changes + đăng ký lại khai tử (1.005461, shown)
    C("Giấy chứng tử của ông nội tôi thất lạc hết rồi, giờ đăng ký lại khai tử thì nộp giấy gì thay?", LAI_KT,
      [["ban sao ho so, giay to lien quan", "chung minh su kien chet"]], ["documents"], D3, ["narrative"]),
    C("dang ky lai khai tu mat bao lau", LAI_KT, [days(5)], ["time_limit"], D3, ["no-diacritics"]),
    C("After the July 2025 reform, can I file a death re-registration at a ward where I don't live?", LAI_KT,
      [["ho tro nop ho so truc tuyen", "duoc chon co quan dang ky ho tich noi cu tru", "help(s)? (you )?(to )?(file|submit)"]],
      ["where"], D3, ["english"]),
    C("Đăng ký lại khai tử xong thì nhận được giấy gì? Xin thêm bản sao thì thu phí theo văn bản nào?", LAI_KT,
      [["trich luc khai tu", "death extract"], ["281/2016/tt-btc"]], ["steps", "fee"], D3, []),

    # --- d4: abbreviations + "LƯU Ý" box, công nhận hộ … có mức sống trung bình (1.011609, not shown)
    C("Xin công nhận hộ có mức sống trung bình thì viết giấy đề nghị theo mẫu nào?", MSTB, [[r"mau so 0?1(?!\d)"]],
      ["form"], D4, []),
    C("cong nhan ho lam nong nghiep co muc song trung binh bao lau co quyet dinh, co mat phi khong", MSTB,
      [[r"(?<![\d.,])15 ngay", r"(?<![\d.,])(15|fifteen) days"], FREE], ["time_limit", "fee"], D4, ["no-diacritics"]),
    C("For the average-living-standard review of farming households, how long are the results publicly posted, and how "
      "long does a re-check take if we complain?", MSTB, [wdays(5, "five"), wdays(3, "three")], ["time_limit", "steps"],
      D4, ["english"]),
    C("Nhà tôi trồng rau trong phường, muốn được công nhận hộ mức sống trung bình thì nộp hồ sơ cho ai, gửi bưu điện "
      "được không?", MSTB,
      [["chu tich ubnd phuong", "chu tich uy ban nhan dan", "chair(man|person)"], ["buu dien", "by post", "mail"]],
      ["where"], D4, ["narrative"]),

    # --- h1: FAQ page with questions as headings, đăng ký chấm dứt giám sát việc giám hộ (3.000322, shown)
    C("Chấm dứt giám sát việc giám hộ thì nộp hồ sơ ở phường nào?", CD_GS,
      [["noi da dang ky giam sat viec giam ho", "where (the )?supervision was registered"]], ["where"], H1, []),
    C("dang ky cham dut giam sat viec giam ho bao lau co ket qua", CD_GS, [days(3)], ["time_limit"], H1,
      ["no-diacritics"]),
    C("What documents do I need to end the registered supervision of a guardianship?", CD_GS,
      [["to khai dang ky cham dut giam sat", "declaration form"],
       ["giay to lam can cu cham dut giam sat", "bo luat dan su", "civil code"]], ["documents"], H1, ["english"]),
    C("Tôi thuộc hộ nghèo, nộp trực tiếp hồ sơ chấm dứt giám sát việc giám hộ có phải đóng lệ phí không? Nhờ con trai "
      "đi nộp thay thì giấy ủy quyền có cần chứng thực không?", CD_GS,
      [FREE, ["khong phai chung thuc", "khong can chung thuc", "not (need|required)"]], ["fee", "documents"], H1,
      ["narrative"]),

    # --- h2: accordion (JS, hidden panels), liên thông khai sinh – thẻ BHYT trẻ dưới 6 tuổi (2.001023, shown)
    C("Làm khai sinh kèm thẻ BHYT cho bé dưới 6 tuổi thì tối đa bao lâu có đủ kết quả?", LT_BHYT,
      [[r"(?<![\d.,])15 ngay lam viec", r"(?<![\d.,])(15|fifteen) (working )?days"]], ["time_limit"], H2,
      ["abbreviation"]),
    C("be sinh o nha khong co giay chung sinh thi lam lien thong khai sinh the bao hiem y te nop gi thay", LT_BHYT,
      [["van ban xac nhan cua nguoi lam chung", "giay cam doan ve viec sinh", "witness"]], ["documents", "conditions"],
      H2, ["no-diacritics"]),
    C("If we register our baby's birth and health insurance card together at the ward, when is the birth itself "
      "registered, and how long does social insurance take to issue the card?", LT_BHYT,
      [["ngay trong ngay tiep nhan", "same day", "on the day"], [r"(?<![\d.,])10 ngay", r"(?<![\d.,])(10|ten) days"]],
      ["time_limit", "steps"], H2, ["english"]),
    C("Làm liên thông khai sinh với thẻ bảo hiểm y tế cho con có mất phí không, phải điền những tờ khai gì?", LT_BHYT,
      [FREE, ["to khai tham gia bao hiem y te", "danh sach de nghi cap the bao hiem y te"],
       ["to khai dang ky khai sinh"]], ["fee", "documents"], H2, []),

    # --- h3: bilingual page (English headings beside Vietnamese), khai báo tạm trú cho người nước ngoài (1.000253, shown)
    C("I rent a room in my house to a Korean engineer. When do I have to declare his stay to the ward police?", KB_NNN,
      [["ngay khi nguoi nuoc ngoai den", "as soon as", "immediately", "on arrival"]], ["time_limit", "deadline"], H3, ["english"]),
    C("khai bao tam tru cho nguoi nuoc ngoai dung mau phieu nao", KB_NNN, [["na17"]], ["form"], H3, ["no-diacritics"]),
    C("Nhà trọ tôi có khách nước ngoài đến lúc nửa đêm. Tôi báo trước cho công an phường qua điện thoại được không?",
      KB_NNN, [["thong bao thong tin qua dien thoai", "gui truoc qua fax", "by (fax|tele?phone)"]], ["where"], H3,
      ["narrative"]),
    C("Khai báo tạm trú cho người nước ngoài nộp cho ai, khai xong thì nhận lại gì?", KB_NNN,
      [["truc ban cong an", "duty officer"], ["phieu khai bao tam tru da co xac nhan", "so truc ban", "certified"]],
      ["where", "steps"], H3, []),

    # --- h4: interview article with a decoy fee sidebar, chứng thực chữ ký người dịch không phải CTV (2.001008, shown)
    C("Tôi tự dịch bằng đại học của mình sang tiếng Anh, chứng thực chữ ký người dịch ở phường hết bao nhiêu tiền?",
      CK_DICH, [[amt(10)]], ["fee"], H4, ["narrative"]),
    C("toi dich giup giay to cho mot nguoi ban roi mang ra phuong chung thuc chu ky nguoi dich duoc khong", CK_DICH,
      [["tu dich giay to, van ban cua minh", "khong chung thuc"]], ["conditions"], H4, ["no-diacritics"]),
    C("I translated my own transcript from Japanese myself. Besides my ID, what do I need to show to have my signature "
      "as the translator certified?", CK_DICH,
      [["bang cu nhan ngoai ngu", "bang tot nghiep dai hoc", "(bachelor|university) (degree|diploma)"],
       ["ban dich", "translation"]], ["documents"], H4, ["english"]),
    C("Bản dịch của tôi dài 3 tờ thì khi chứng thực chữ ký người dịch có phải đóng dấu giáp lai không?", CK_DICH,
      [["dong dau giap lai", "giap lai", "seal across"]], ["steps"], H4, []),
]

# (question, tags, topic words found in the question, extra synonyms) – none of them may occur in any document
REFUSALS = [
    ("Giấy phép lái xe ô tô của tôi sắp hết hạn, muốn đổi thì làm ở đâu?", ["where"], ["giay phep lai xe"],
     ["bang lai"]),
    ("I just bought a used motorbike. How do I transfer its registration into my name?", ["documents", "english"],
     ["motorbike"], ["sang ten xe", "dang ky xe"]),
    ("me toi 82 tuoi muon xin tro cap xa hoi hang thang thi nop ho so o dau", ["where", "no-diacritics"],
     ["tro cap xa hoi"], ["bao tro xa hoi"]),
    ("Nộp thuế đất phi nông nghiệp năm nay hạn chót là ngày nào?", ["deadline"], ["thue dat"], ["phi nong nghiep"]),
    ("Nhà hàng xóm hát karaoke tới 12 giờ đêm, ngày nào cũng vậy. Tôi muốn phản ánh thì gửi đơn cho ai?",
     ["where", "narrative"], ["karaoke"], ["tieng on"]),
    ("Tuyển sinh vào lớp 1 năm nay cho con tôi cần chuẩn bị giấy tờ gì?", ["documents"], ["tuyen sinh"], ["lop 1"]),
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
