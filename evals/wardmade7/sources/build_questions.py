"""Writes evals/datasets/wardmade7.jsonl and validates it against the documents.

Only this batch's questions live here; folding, text extraction, the portal names
and every check come from the shared module evals/wardmade_build.py.

Run from /work/main (needs pdftotext from poppler-utils):
    .venv/bin/python -m evals.wardmade7.sources.build_questions
or  .venv/bin/python evals/wardmade7/sources/build_questions.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from evals.wardmade_build import FREE, Case, Proc, Refusal, amount, build_and_check, days  # noqa: E402

DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))
OUT = os.path.join(ROOT, "evals", "datasets", "wardmade7.jsonl")

P1 = "p1-slide-can-cuoc-14-tuoi.pdf"
P2 = "p2-thong-bao-xac-nhan-dien-tich-nha-o.pdf"
P3 = "p3-bang-tinh-ho-tich-bo-sung.pdf"
P4 = "p4-ban-tin-sua-doi-huy-bo-giao-dich.pdf"
D1 = "d1-hoi-dap-dang-ky-lai-ket-hon.docx"
D2 = "d2-thong-bao-gia-han-tam-tru.docx"
D3 = "d3-tra-loi-don-xet-ho-can-ngheo.docx"
D4 = "d4-to-huong-dan-cap-lai-gcn-ho-kinh-doanh.docx"
H1 = "h1-xoa-dang-ky-tam-tru.html"
H2 = "h2-thu-tuc-hoa-giai-co-so.html"
H3 = "h3-bai-dang-khai-sinh-nhan-cha-con.html"
H4 = "h4-cap-ban-sao-tu-so-goc.html"

# Procedures: folded names (the document's own wording first; at least one is a substring of
# the portal ten_thu_tuc) and the record's 1-based line in /work/shared/data/national-procedures.jsonl.
CAN_CUOC_14 = Proc(["cap the can cuoc cho nguoi tu du 14 tuoi tro len", "cap the can cuoc"], 39)
DIEN_TICH = Proc(["xac nhan ve dieu kien dien tich binh quan nha o de dang ky thuong tru",
                  "dien tich binh quan nha o"], 33)
LAI_KET_HON = Proc(["dang ky lai ket hon"], 165)
KS_NHAN_CHA = Proc(["dang ky khai sinh ket hop dang ky nhan cha, me, con", "khai sinh ket hop"], 155)
SUA_GIAO_DICH = Proc(["chung thuc viec sua doi, bo sung, huy bo giao dich", "sua doi, bo sung, huy bo giao dich"], 189)
GIA_HAN_TT = Proc(["gia han tam tru"], 2)
HO_NGHEO = Proc(["cong nhan ho ngheo, ho can ngheo thuong xuyen hang nam", "ho ngheo, ho can ngheo"], 74)
LAI_GCN_HKD = Proc(["cap lai giay chung nhan dang ky ho kinh doanh"], 126)
XOA_TAM_TRU = Proc(["xoa dang ky tam tru"], 10)
TO_TRUONG_HG = Proc(["cong nhan to truong to hoa giai"], 192)
THU_LAO_HG = Proc(["thanh toan thu lao cho hoa giai vien"], 201)
SO_GOC = Proc(["cap ban sao tu so goc"], 188)

CASES = [
    # --- p1: slide deck, cấp thẻ căn cước cho người từ đủ 14 tuổi
    Case("Con tôi vừa đủ 14 tuổi, thường trú ở Long An nhưng cả nhà đang ở trọ tại TP.HCM. Cháu làm căn cước lần đầu "
         "ở công an phường nơi đang ở được không?", CAN_CUOC_14,
         [r"(khong phu thuoc|bat ky (cong an|noi)|ca nuoc|regardless|any (commune|ward|police))"],
         ["where"], P1, ["narrative"]),
    Case("lam can cuoc lan dau cho con 14 tuoi bao lau thi co the", CAN_CUOC_14, [days(7)],
         ["time_limit"], P1, ["no-diacritics"]),
    Case("Can I book an appointment online before taking my 14-year-old daughter to get her first ID card?",
         CAN_CUOC_14, [r"(vneid|cong dich vu cong|dinh danh quoc gia|public service portal)"], ["online"], P1, ["english"]),
    Case("Làm CCCD lần đầu cho học sinh 14 tuổi thì điền mẫu phiếu nào, có phải lấy dấu vân tay không?", CAN_CUOC_14,
         [r"dc02", r"(van tay|fingerprint)"], ["form", "steps"], P1, ["abbreviation"]),

    # --- p2: scanned notice, xác nhận điều kiện diện tích bình quân nhà ở
    Case("Tôi thuê phòng trọ và muốn nhập hộ khẩu vào đó, chủ nhà bảo phải xin phường xác nhận diện tích nhà ở trước. "
         "Xin giấy đó thì khai theo mẫu nào?", DIEN_TICH, [r"(mau (so )?0?2|154/2024)"], ["form", "documents"], P2,
         ["narrative"]),
    Case("xac nhan dien tich nha o de nhap khau mat may ngay", DIEN_TICH, [days(2)], ["time_limit"], P2,
         ["no-diacritics"]),
    Case("Xin UBND phường xác nhận diện tích bình quân nhà ở để đăng ký thường trú có mất phí không?", DIEN_TICH, [FREE],
         ["fee"], P2, ["abbreviation"]),
    Case("Tôi đã nộp hồ sơ đăng ký thường trú ở công an phường rồi, giờ có phải tự lên phường nộp riêng tờ khai xác nhận "
         "diện tích nhà ở nữa không?", DIEN_TICH, [r"(chuyen (ho so|sang|den|cho)|forward|transfer|khong (can|phai) (tu )?(nop|len))"], ["where", "steps"], P2, []),

    # --- p3: spreadsheet print, two-row header (đăng ký lại kết hôn; khai sinh kết hợp nhận cha, mẹ, con)
    Case("Đăng ký lại kết hôn bao lâu thì xong?", LAI_KET_HON, [days(5)], ["time_limit"], P3, []),
    Case("Do both husband and wife have to be present to collect the certificate when re-registering a marriage?",
         LAI_KET_HON, [r"(hai ben|ca hai|hai vo chong|both)"], ["conditions", "steps"], P3, ["english"]),
    Case("khai sinh cho con ket hop nhan cha co mat le phi khong, nha em thuoc ho ngheo", KS_NHAN_CHA,
         [r"(mien|khong (phai )?(nop|dong|mat) (le )?phi)", r"ho ngheo"], ["fee"], P3, ["no-diacritics"]),
    Case("Bé sinh ở nhà nên không có giấy chứng sinh, giờ làm khai sinh kết hợp nhận cha cho bé thì nộp gì thay?",
         KS_NHAN_CHA, [r"(nguoi lam chung|witness)", r"(cam doan|commitment|pledge|declaration)"], ["documents"], P3, []),

    # --- p4: newsletter article, chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch
    Case("Năm ngoái tôi bán xe máy cho người quen, hợp đồng có chứng thực ở phường. Giờ hai bên muốn sửa lại giá trong "
         "hợp đồng thì chứng thực việc sửa đó hết bao nhiêu tiền?", SUA_GIAO_DICH, [amount(30)], ["fee"], P4,
         ["narrative"]),
    Case("huy hop dong da chung thuc o phuong thi mot minh toi di lam duoc khong", SUA_GIAO_DICH,
         [r"((thoa thuan|dong y) bang van ban|written agreement|all (the )?parties)"], ["conditions"], P4, ["no-diacritics"]),
    Case("Di chúc của mẹ tôi chứng thực ở phường cũ, giờ mẹ muốn sửa di chúc thì có bắt buộc quay về đúng phường cũ không?",
         SUA_GIAO_DICH, [r"(bat ky|khong bat buoc|\bany\b)"], ["where"], P4, []),
    Case("What documents do I need to bring to amend a contract that the ward has already certified?", SUA_GIAO_DICH,
         [r"(du thao|draft)", r"((giao dich|hop dong) da (duoc )?chung thuc|certified (contract|transaction)|original)"],
         ["documents"], P4, ["english"]),

    # --- d1: FAQ table, đăng ký lại kết hôn
    Case("Hồi trước vợ chồng tôi đăng ký kết hôn ở quê, giờ cả giấy lẫn sổ ở xã đều thất lạc. Muốn đăng ký lại kết hôn ở "
         "phường đang ở thì cần nộp giấy tờ gì?", LAI_KET_HON,
         [r"to khai", r"(ban sao (giay chung nhan|giay dang ky) ket hon|giay to ca nhan)"], ["documents"], D1, ["narrative"]),
    Case("dang ky lai ket hon co nop online duoc khong", LAI_KET_HON,
         [r"(vneid|cong dich vu cong|dinh danh quoc gia|truc tuyen)"], ["online"], D1, ["no-diacritics"]),
    Case("Nhà tôi thuộc hộ nghèo, đăng ký lại kết hôn có phải đóng lệ phí không?", LAI_KET_HON,
         [r"(mien|khong (phai )?(nop|dong|mat) (le )?phi)", r"ho ngheo"], ["fee"], D1, []),
    Case("We applied online to re-register our marriage and the ward sent us a draft certificate to check. "
         "How long do we have to confirm it?", LAI_KET_HON, [r"(mot ngay|(?<!\d)0?1 ngay|one day|(?<!\d)1 day)"],
         ["time_limit", "online"], D1, ["english"]),

    # --- d2: Thông báo with numbered paragraphs and a fee table by case, gia hạn tạm trú
    Case("Tạm trú của tôi sắp hết hạn, phải đi gia hạn trước bao nhiêu ngày?", GIA_HAN_TT, [days(15)],
         ["time_limit", "conditions"], D2, []),
    Case("gia han tam tru tren vneid het bao nhieu tien", GIA_HAN_TT, [amount(7)], ["fee", "online"], D2,
         ["no-diacritics"]),
    Case("Tôi là chủ nhà trọ, muốn gia hạn tạm trú một lượt cho 10 người thuê theo danh sách, nộp trực tiếp ở công an "
         "phường thì lệ phí tính sao?", GIA_HAN_TT, [amount(10)], ["fee"], D2, ["narrative"]),
    Case("Gia hạn tạm trú mất mấy ngày, khai theo mẫu tờ khai nào?", GIA_HAN_TT, [days(3), r"ct01"],
         ["time_limit", "form"], D2, []),

    # --- d3: letter answering a citizen, công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm
    Case("Nhà tôi mới gặp khó khăn giữa năm, muốn xin xét hộ cận nghèo thì làm giấy theo mẫu nào, nộp cho ai?", HO_NGHEO,
         [r"mau (so )?0?1", r"(chu tich|ubnd|uy ban nhan dan)"], ["form", "where"], D3, []),
    Case("xin xet ho ngheo giua nam co ton tien khong", HO_NGHEO, [FREE], ["fee"], D3, ["no-diacritics"]),
    Case("After the neighbourhood meeting, for how many days is the poor-household review result posted publicly?",
         HO_NGHEO, [days(3)], ["steps"], D3, ["english"]),
    Case("Tôi không đồng ý với kết quả rà soát hộ nghèo đang niêm yết ở khu phố và đã khiếu nại. Phường phải phúc tra "
         "trong bao lâu?", HO_NGHEO, [days(7)], ["time_limit"], D3, ["narrative"]),

    # --- d4: two-column Word leaflet with content-control check boxes, cấp lại GCN đăng ký hộ kinh doanh
    Case("Giấy chứng nhận đăng ký hộ kinh doanh của tôi bị cháy, xin cấp lại mất mấy ngày?", LAI_GCN_HKD, [days(1)],
         ["time_limit"], D4, []),
    Case("cap lai giay phep kinh doanh ho ca the bi mat can giay to gi", LAI_GCN_HKD, [r"((giay|don|van ban) de nghi cap lai|application|request)"],
         ["documents"], D4, ["no-diacritics"]),
    Case("HKD của tôi đăng ký ở phường khác trong thành phố, giờ xin cấp lại giấy chứng nhận ở phường mình đang ở được "
         "không?", LAI_GCN_HKD, [r"(bat ky|\bany\b|trong pham vi thanh pho)"], ["where"], D4, ["abbreviation"]),
    Case("If the ward refuses to reissue my household business registration certificate, do I get the fee back?",
         LAI_GCN_HKD, [r"(khong (duoc )?hoan( tra| lai)?|not (be )?refund|non-?refundable|no refund|not returned)"], ["fee"], D4, ["english"]),

    # --- h1: web page with tabs (hidden panes), xóa đăng ký tạm trú
    Case("Xóa tạm trú mất mấy ngày?", XOA_TAM_TRU, [days(2)], ["time_limit"], H1, []),
    Case("xoa dang ky tam tru khai mau to khai nao", XOA_TAM_TRU, [r"ct01"], ["form"], H1, ["no-diacritics"]),
    Case("Can I cancel my temporary residence registration through the VNeID app?", XOA_TAM_TRU, [r"vneid"],
         ["online"], H1, ["english"]),
    Case("Tôi đã chuyển đi nơi khác, muốn xóa đăng ký tạm trú nhưng thông tin chưa có trên hệ thống thì phải mang giấy tờ "
         "gì chứng minh?", XOA_TAM_TRU, [r"(dieu 29|giay to(, tai lieu)? chung minh|proof)"], ["documents", "conditions"], H1,
         ["narrative"]),

    # --- h2: one page listing two procedures, hòa giải ở cơ sở
    Case("Khu phố vừa bầu xong tổ trưởng tổ hòa giải, phải gửi đề nghị lên phường công nhận trong mấy ngày?",
         TO_TRUONG_HG, [days(5)], ["time_limit"], H2, []),
    Case("cong nhan to truong to hoa giai can nop nhung giay gi", TO_TRUONG_HG,
         [r"bien ban (kiem phieu|(ve )?ket qua bieu quyet)", r"(van ban|giay|don) de nghi"], ["documents"], H2, ["no-diacritics"]),
    Case("Hòa giải viên muốn nhận thù lao thì ai đứng ra lập hồ sơ đề nghị thanh toán?", THU_LAO_HG,
         [r"to truong to hoa giai"], ["steps"], H2, []),
    Case("Hồ sơ thanh toán thù lao hòa giải viên nộp đủ rồi thì bao lâu UBND phường trả tiền, trả qua ai?", THU_LAO_HG,
         [days(5), r"(thong )?qua to hoa giai"], ["time_limit", "steps"], H2, ["abbreviation"]),

    # --- h3: Facebook-style post, đăng ký khai sinh kết hợp nhận cha, mẹ, con
    Case("Vợ chồng em chưa đăng ký kết hôn, giờ làm giấy khai sinh cho bé mà muốn ghi tên bố luôn thì có bắt buộc xét "
         "nghiệm ADN không ạ?", KS_NHAN_CHA, [r"cam doan", r"lam chung"], ["documents", "conditions"], H3,
         ["narrative"]),
    Case("khai sinh cho con kem nhan cha thi may ngay co giay", KS_NHAN_CHA, [days(3)], ["time_limit"], H3,
         ["no-diacritics"]),
    Case("Làm khai sinh kết hợp nhận cha cho con qua VNeID được không?", KS_NHAN_CHA,
         [r"(vneid|cong dich vu cong|truc tuyen|online)"], ["online"], H3, []),
    Case("If unmarried parents cannot agree on the baby's surname when registering the birth together with paternity, "
         "how is it decided?", KS_NHAN_CHA, [r"(tap quan|custom)", r"(cha hoac (cua )?me|father or (the )?mother|either parent)"],
         ["conditions"], H3, ["english"]),

    # --- h4: data tables with sidebar decoys, cấp bản sao từ sổ gốc
    Case("Xin cấp bản sao từ sổ gốc ở phường có mất tiền không?", SO_GOC, [FREE], ["fee"], H4, []),
    Case("Bố tôi mất rồi, tôi là con thì có được xin bản sao từ sổ gốc giấy tờ của bố không, cần mang gì?", SO_GOC,
         [r"(chung minh quan he|giay khai sinh|relationship)", r"(can cuoc|ho chieu|giay to tuy than|id card|passport)"], ["conditions", "documents"], H4, ["narrative"]),
    Case("cap ban sao tu so goc gui qua buu dien thi phai gui kem gi", SO_GOC, [r"(phong bi (co )?dan (san )?tem|stamped envelope)"], ["documents"], H4,
         ["no-diacritics"]),
    Case("Xin bản sao từ sổ gốc ở UBND phường thì bao lâu có?", SO_GOC, [days(1)], ["time_limit"], H4,
         ["abbreviation"]),
]

# Topics no file covers and a ward does not handle. `topics` are folded words that must occur in no document.
REFUSALS = [
    Refusal("Đổi giấy phép lái xe bằng giấy sang thẻ PET thì làm ở đâu, hết bao nhiêu tiền?", ["where", "fee"],
            ["giay phep lai xe"]),
    Refusal("Tôi muốn khởi kiện chủ nhà ra tòa vì không trả tiền cọc thuê nhà, án phí bao nhiêu?", ["fee"],
            ["khoi kien", "an phi"]),
    Refusal("How can my foreign husband extend his e-visa while we live in Ho Chi Minh City?", ["steps", "english"],
            ["visa"]),
    Refusal("thanh lap cong ty tnhh mot thanh vien can nhung giay to gi", ["documents", "no-diacritics"],
            ["cong ty tnhh"]),
    Refusal("Đăng ký quyền tác giả cho bài hát tôi sáng tác thì nộp hồ sơ ở đâu, mất bao lâu?", ["where", "time_limit"],
            ["quyen tac gia"]),
    Refusal("Chồng tôi là người Hàn Quốc, muốn xin nhập quốc tịch Việt Nam thì cần điều kiện gì?", ["conditions"],
            ["quoc tich"]),
]


def main():
    return build_and_check("wardmade7", CASES, REFUSALS, DOCS, OUT, split="test")


if __name__ == "__main__":
    sys.exit(main())
