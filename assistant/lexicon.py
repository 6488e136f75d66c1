"""What citizens type and what the documents say: abbreviations, colloquial names, question words.

Keys are folded (see `text.fold`); values are the written Vietnamese the corpus uses. The expansion is
*added* to the question, never substituted, so neither the citizen's words nor the official ones are lost.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .text import ENGLISH_WORDS, fold, has_diacritics, is_vietnamese_syllable, nfc, tokens, words

ABBREVIATIONS: dict[str, str] = {
    "cccd": "căn cước công dân thẻ căn cước",
    "cmnd": "chứng minh nhân dân thẻ căn cước",
    "cc": "căn cước",
    "ubnd": "ủy ban nhân dân",
    "hdnd": "hội đồng nhân dân",
    "gks": "giấy khai sinh",
    "hktt": "hộ khẩu thường trú đăng ký thường trú",
    "dk": "đăng ký",
    "dki": "đăng ký",
    "dky": "đăng ký",
    "ks": "khai sinh",
    "kh": "kết hôn",
    "tthn": "tình trạng hôn nhân",
    "xntthn": "xác nhận tình trạng hôn nhân",
    "kt3": "đăng ký tạm trú",
    "ct01": "tờ khai thay đổi thông tin cư trú CT01",
    "ct07": "xác nhận thông tin về cư trú",
    "gpxd": "giấy phép xây dựng",
    "hkd": "hộ kinh doanh",
    "gcn": "giấy chứng nhận",
    "qsdd": "quyền sử dụng đất",
    "gcnqsdd": "giấy chứng nhận quyền sử dụng đất",
    "dvc": "dịch vụ công",
    "tthc": "thủ tục hành chính",
    "ca": "công an",
    "nlv": "ngày làm việc",
    "bhxh": "bảo hiểm xã hội",
    "gplx": "giấy phép lái xe",
    "csdl": "cơ sở dữ liệu",
    "bhyt": "bảo hiểm y tế",
    "bhtn": "bảo hiểm thất nghiệp",
    "tnld": "tai nạn lao động",
    "bnn": "bệnh nghề nghiệp",
    "dsphsk": "dưỡng sức phục hồi sức khỏe",
    "pccc": "phòng cháy chữa cháy",
    "antt": "an ninh trật tự",
    "htx": "hợp tác xã",
    "xnc": "xuất nhập cảnh",
    "tq": "Trung Quốc",
    "sdt": "số điện thoại",
    # more of what citizens type for the papers and acts of a ward
    "dkkh": "đăng ký kết hôn",
    "dkks": "đăng ký khai sinh",
    "dkkt": "đăng ký khai tử",
    "dktt": "đăng ký tạm trú",
    "gcs": "giấy chứng sinh",
    "gxn": "giấy xác nhận",
    "gxntthn": "giấy xác nhận tình trạng hôn nhân",
    "cmt": "chứng minh nhân dân thẻ căn cước",
    "cmtnd": "chứng minh nhân dân thẻ căn cước",
    "ddcn": "định danh cá nhân",
    "ttpvhcc": "trung tâm phục vụ hành chính công",
    "ncc": "người có công",
    # health insurance, social support and organisations, as their forms and notices abbreviate them
    "kcb": "khám chữa bệnh",
    "pk": "phòng khám",
    "tht": "tổ hợp tác",
    "nct": "người cao tuổi",
    "tcxh": "trợ cấp xã hội",
    "dkkd": "đăng ký kinh doanh",
    "gpkd": "giấy phép kinh doanh",
}

# A form's number ("CT07", "KT3") reaches the lexicon as two tokens, its letters and its digits.
_FORM_NUMBERS = {key: re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", key) for key in ABBREVIATIONS
                 if any(ch.isdigit() for ch in key)}

# Colloquial names, matched as whole folded phrases.
COLLOQUIAL: dict[str, str] = {
    "giay doc than": "giấy xác nhận tình trạng hôn nhân",
    "xac nhan doc than": "giấy xác nhận tình trạng hôn nhân",
    "nhap ho khau": "đăng ký thường trú",
    "nhap khau": "đăng ký thường trú",
    "dang ky ho khau": "đăng ký thường trú",
    "lam ho khau": "đăng ký thường trú",
    "chuyen ho khau": "đăng ký thường trú",
    "chuyen khau": "đăng ký thường trú",
    "cat khau": "xóa đăng ký thường trú",
    # residence registration, as the Law on Residence names both kinds together; not its confirmation, nor a
    # foreigner's (declared, the immigration office's)
    "dang ky cu tru": "đăng ký thường trú, đăng ký tạm trú",
    "xac nhan dang ky cu tru": "",
    "dang ky cu tru cho nguoi nuoc ngoai": "",
    "cat ho khau": "xóa đăng ký thường trú",
    # the post office, as people call the public postal service the records write, sent by
    "qua buu dien": "qua dịch vụ bưu chính",
    # the same, "hộ khẩu" typed short ("hk" alone is also "không", Hồng Kông)
    "nhap hk": "đăng ký thường trú",
    "cat hk": "xóa đăng ký thường trú",
    "tach hk": "tách hộ",
    "cat tam tru": "xóa đăng ký tạm trú",
    "tach khau": "tách hộ",
    # to marry, as people say it: "lấy chồng", "lấy vợ", "lấy nhau", "cưới vợ"
    "lay chong": "kết hôn",
    "lay vo": "kết hôn",
    "lay nhau": "kết hôn",
    "cuoi vo": "kết hôn",
    "cuoi chong": "kết hôn",
    "cuoi nhau": "kết hôn",
    # A foreign country or a foreign spouse means the "có yếu tố nước ngoài" variant of a procedure.
    "han quoc": "có yếu tố nước ngoài",
    # Until July 2025 the district People's Committee registered the civil-status events with a foreign
    # element (Luật Hộ tịch 2014, Article 7): citizens and older pages still call them so.
    "ubnd cap huyen": "có yếu tố nước ngoài",
    "uy ban nhan dan cap huyen": "có yếu tố nước ngoài",
    "trung quoc": "có yếu tố nước ngoài",
    "nhat ban": "có yếu tố nước ngoài",
    "dai loan": "có yếu tố nước ngoài",
    "thai lan": "có yếu tố nước ngoài",
    "viet kieu": "có yếu tố nước ngoài",
    # serving a prison sentence, as people say it (not "đi tù", which folds as "đi tu", to become a monk)
    "ngoi tu": "chấp hành hình phạt tù",
    "phat tu": "chấp hành hình phạt tù",
    "tu giam": "chấp hành hình phạt tù",
    "trai giam": "chấp hành hình phạt tù",
    "dinh cu o nuoc ngoai": "có yếu tố nước ngoài",
    "dinh cu tai nuoc ngoai": "có yếu tố nước ngoài",
    "dinh cu nuoc ngoai": "có yếu tố nước ngoài",
    "quoc tich my": "có yếu tố nước ngoài",
    "nguoi my": "có yếu tố nước ngoài",
    "nuoc my": "có yếu tố nước ngoài",
    "ngoai quoc": "có yếu tố nước ngoài",
    # a child born abroad and not registered there is registered at home as a foreign-element birth
    "sinh o nuoc ngoai": "có yếu tố nước ngoài",
    "sinh ra o nuoc ngoai": "có yếu tố nước ngoài",
    "sinh tai nuoc ngoai": "có yếu tố nước ngoài",
    "sinh ra tai nuoc ngoai": "có yếu tố nước ngoài",
    "quoc tich nuoc ngoai": "có yếu tố nước ngoài",
    "lan dat": "hòa giải tranh chấp đất đai",
    "lan sang dat": "hòa giải tranh chấp đất đai",
    "lan chiem": "hòa giải tranh chấp đất đai",
    "ranh dat": "hòa giải tranh chấp đất đai",
    "photo cong chung": "chứng thực bản sao từ bản chính",
    "cong chung giay to": "chứng thực bản sao từ bản chính",
    "sao y": "chứng thực bản sao từ bản chính",
    "sao y ban chinh": "chứng thực bản sao từ bản chính",
    "cong chung chu ky": "chứng thực chữ ký",
    "so do": "giấy chứng nhận quyền sử dụng đất",
    "so hong": "giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở",
    "lam giay khai sinh": "đăng ký khai sinh",
    "lam khai sinh": "đăng ký khai sinh",
    "khai sinh cho con": "đăng ký khai sinh",
    "lam giay chung tu": "đăng ký khai tử",
    "bao tu": "đăng ký khai tử",
    "lam can cuoc": "cấp thẻ căn cước",
    "lam the can cuoc": "cấp thẻ căn cước",
    "lam can cuoc cong dan": "cấp thẻ căn cước",
    "lam cccd": "cấp thẻ căn cước",
    "mat can cuoc": "cấp lại thẻ căn cước",
    "mat cccd": "cấp lại thẻ căn cước",
    "doi cccd": "cấp đổi thẻ căn cước",
    "giay phep kinh doanh": "đăng ký hộ kinh doanh",
    "xin phep xay nha": "cấp giấy phép xây dựng",
    "xay nha": "giấy phép xây dựng",
    "tam vang": "khai báo tạm vắng",
    # vehicles: "cà vẹt" (carte verte) is the registration certificate; a new bike is registered "lần đầu"
    "ca vet": "chứng nhận đăng ký xe",
    "ca vet xe": "chứng nhận đăng ký xe",
    "giay dang ky xe": "chứng nhận đăng ký xe",
    "bam bien": "cấp biển số xe",
    "bam bien so": "cấp biển số xe",
    "xe moi mua": "đăng ký xe lần đầu",
    "moi mua xe": "đăng ký xe lần đầu",
    "xe may moi": "đăng ký xe lần đầu",
    "xe moi": "đăng ký xe lần đầu",
    # social insurance, as people say it
    "qua the atm": "lĩnh bằng tài khoản cá nhân",
    "qua tai khoan": "lĩnh bằng tài khoản cá nhân",
    "chuyen khoan": "lĩnh bằng tài khoản cá nhân",
    "qua ngan hang": "lĩnh bằng tài khoản cá nhân",
    "duong suc": "dưỡng sức phục hồi sức khỏe DSPHSK",
    "nghi om": "chế độ ốm đau",
    "giai tan": "chấm dứt hoạt động giải thể",
    # the APEC business travel card is "thẻ ABTC" in the portal's words
    "the apec": "thẻ ABTC thẻ đi lại của doanh nhân APEC",
    "the di lai doanh nhan": "thẻ ABTC",
    # a guest staying a night or a few days is notified (lưu trú), not registered (tạm trú)
    "qua dem": "thông báo lưu trú",
    "ngu lai": "thông báo lưu trú",
    "o lai qua dem": "thông báo lưu trú",
    "o nho vai ngay": "thông báo lưu trú",
    "khach den choi": "thông báo lưu trú",
    "ban den choi": "thông báo lưu trú",
    "nguoi than den choi": "thông báo lưu trú",
    # a child born out of wedlock, or whose father is unknown, is registered with the father's part left
    # empty (trẻ chưa xác định được cha)
    "con ngoai gia thu": "trẻ chưa xác định được cha",
    "khong ro cha": "trẻ chưa xác định được cha",
    "khong biet cha": "trẻ chưa xác định được cha",
    # moving in with one's spouse, parents or child is living with a relative (Luật Cư trú, điều 20 khoản 2):
    # registered by proving the kinship
    "ve nha chong": "về ở với người thân quan hệ nhân thân",
    "ve nha vo": "về ở với người thân quan hệ nhân thân",
    "ve o voi chong": "về ở với người thân quan hệ nhân thân",
    "ve o voi vo": "về ở với người thân quan hệ nhân thân",
    "ve o voi cha me": "về ở với người thân quan hệ nhân thân",
    "ve o voi bo me": "về ở với người thân quan hệ nhân thân",
    "ve o voi con": "về ở với người thân quan hệ nhân thân",
    "ho ngheo": "công nhận hộ nghèo",
    "ho can ngheo": "công nhận hộ cận nghèo",
    "dinh danh muc 2": "tài khoản định danh điện tử mức độ 02",
    # building without a permit, and building up
    "khong can xin phep": "miễn giấy phép xây dựng",
    "khong can giay phep": "miễn giấy phép xây dựng",
    "khong phai xin phep": "miễn giấy phép xây dựng",
    "khong phai xin giay phep": "miễn giấy phép xây dựng",
    "xay them tang": "sửa chữa, cải tạo",
    "nang tang": "sửa chữa, cải tạo",
    # paying back what is owed: a debt recorded (ghi nợ) is settled by "thanh toán, xóa nợ"
    "tra no": "thanh toán, xóa nợ",
    "tra het no": "thanh toán, xóa nợ",
    "tra tien no": "thanh toán, xóa nợ",
    "tai khoan dinh danh": "tài khoản định danh điện tử",
    # someone else collecting a benefit for the one entitled: a proxy (ủy quyền lĩnh thay)
    "nhan thay": "ủy quyền lĩnh thay",
    "linh thay": "ủy quyền lĩnh thay",
    "lanh thay": "ủy quyền lĩnh thay",
    "nhan ho": "ủy quyền lĩnh thay",
    "linh ho": "ủy quyền lĩnh thay",
}

# Keys that, folded, are also everyday words of another meaning: "nhận hồ sơ" is no "nhận hộ", "cá nhân
# thay đổi" no "nhận thay", "thông báo từ ngày" no "báo tử", "hồ sơ do" no "sổ đỏ". Typed with diacritics,
# such a key stands for its phrase only as spelled here; typed without them, it may be either, and is read
# as the phrase.
SPELLED_AS: dict[str, tuple[str, ...]] = {
    "so do": ("sổ đỏ",),
    "bao tu": ("báo tử",),
    "nhan thay": ("nhận thay",),
    "nhan ho": ("nhận hộ",),
    "linh ho": ("lĩnh hộ",),
}


# What happened to a paper decides the variant of the procedure, as the law sorts the cases:
# an ID card lost or damaged beyond use is reissued (cấp lại); one whose holder reached 14, 25, 40 or
# 60, or whose details changed or are wrong, is exchanged (cấp đổi); a lost birth or marriage paper
# whose registration still exists is copied from the register (bản sao trích lục), and registered
# again (đăng ký lại) only when the register itself is lost too; a changed or wrong name, date or
# birthplace is a change or correction of civil status (thay đổi, cải chính hộ tịch). Matched on the
# folded question, a few words apart, either order. "Mất" followed by a quantity is "takes"
# ("mất bao lâu", "mất mấy ngày"), not "lost".
# ("căn cước điện tử" is the electronic identity in the VNeID app, no card)
_CARD = (r"(the can cuoc|can cuoc cong dan|can cuoc(?! dien tu)|cccd|the cc"
         r"|(citizen |citizens |vietnamese )?(id|identity|identification|chip based id|chip id) card|chip(-based)? id)")
# The old identity card (CMND) is not a căn cước card: whoever loses one is issued a căn cước card.
_OLD_CARD = r"(cmnd|chung minh nhan dan|chung minh thu)"
_CIVIL_PAPER = (r"(giay khai sinh|gks|ban chinh khai sinh|giay chung nhan ket hon|giay dang ky ket hon|giay ket hon|trich luc"
                r"|birth certificate|marriage certificate|birth extract|civil status extract)")
# A death paper is lost only in so many words: a bare "mất" beside it is the death ("bố mới mất").
_DEATH_PAPER = r"(giay chung tu|giay bao tu|giay khai tu|trich luc khai tu)"
_PAPER_GONE = r"((bi|lam|danh) mat|that lac|khong (con|thay|tim thay|tim duoc))"
# "mất giấy báo tử": the paper right after "mất" is what was lost
_DEATH_PAPER_LOST = rf"\bmat {_DEATH_PAPER}"
# "Bảo mật", "mật khẩu", "tuyệt mật" fold to the same "mat": no loss.
_LOST = r"(lost|lose|losing|stolen|misplaced|((bi |lam |danh )?(?<!bao )(?<!tuyet )(?<!giu )mat(?! (bao|may|het|nhieu|it|tien|phi|thoi gian|lau|cong|ngay|khau|ma))|danh roi|that lac|bi trom|bi cuop|chay mat))"
_DAMAGED = r"(hong|hu hong|hu|rach|gay|gay doi|bong troc|nhoe|mo het|(?<!bam )(?<!an )nut|damaged|broken|torn|cracked|scratched|bent|peeling)"
# (At 14 most people get their first card; the exchange of a card issued before 14 is asked as such.)
_OUTDATED = (r"(het han|qua han|sai thong tin|thay doi thong tin|doi ho ten|sai sot|du (25|40|60) tuoi"
             r"|expired|expires|expiring|misspelled|wrong (information|name|date)|incorrect)")
_GAP = r"(?:(?: ,)? [a-z0-9]+){0,5}(?: ,)? "
_NEW_LOOK = (r"(thay doi (nhan dang|dac diem nhan dang|khuon mat|guong mat|gioi tinh)|phau thuat tham my|tham my|sua mui|nang mui"
             r"|got cam|doi gioi tinh|chuyen doi gioi tinh|xac dinh lai gioi tinh|plastic surgery|cosmetic surgery|sex change)")
# One who cannot come to the office, and an official coming to the home instead.
# A mediation tried and failed ("hòa giải không thành"; not "không thành lập", "không thanh toán").
_FAILED = r"(khong thanh cong|khong thanh(?! (lap|toan|vien|pho))|that bai|bat thanh)"
_MEDIATION_FAILED = rf"hoa giai\b(?: [a-z]+){{0,8}} {_FAILED}"
# What a land quarrel is about: the land, its boundary, a shared path.
_LAND_QUARREL = r"\b(tranh chap (dat|ranh|loi di)|ranh gioi|loi di|thua dat|dat dai|lan (dat|ranh|sang))\b"
# (Who is ill may be the one who died: only one who cannot come to the office, or who lies bedridden, counts.)
_CANNOT_COME = (r"((khong the|khong ai|khong) (len|den|toi|ra|di)( duoc)? (phuong|xa|uy ban|ubnd|tru so)"
                r"|khong (tu )?di (lai )?duoc|nam (mot cho|liet)|bi liet|bai liet|liet (hai |nua )?(chan|nguoi|giuong))")
# ...and the office sending someone to the home to do the registration
_OFFICIAL_COMES = (r"(can bo|phuong|xa|uy ban|ubnd)( co the| co)?( cu nguoi)? (den|toi|xuong) (tan )?(nha|noi)\b(?: [a-z]+){0,2}"
                   r" (lam|dang ky|giai quyet)\b")
_REGISTER_LOST = (r"(so (ho tich|goc|dang ky|luu)|ho so luu|du lieu ho tich)(?: [a-z]+){0,6} (mat|khong con|bi chay|hu hong|that lac|khong luu)"
                  r"|(khong con|mat|chay) (luu )?(so( ho tich| goc| luu)?|ho so luu)\b"
                  # the book at the ward or commune is its civil-status register ("sổ ở xã cũng không còn")
                  # ("sổ ở xã ghi ông tôi mất": "mất" is "died" there, a detail of the register)
                  r"|\bso (o|tai|cua|luu o) (xa|phuong|uy ban|ubnd)( (cung|da|bi|deu|van))* (bi mat|da mat|mat roi|mat het|khong con(?! lien lac)|bi chay|hu hong|that lac)\b"
                  # "hồ sơ từ 1983 không còn lưu trữ tại địa phương": the office keeps no record of it
                  r"|\b(ho so|so sach)(?: [a-z0-9]+){0,6} khong (con luu|(con |duoc )?luu tru)\b"
                  # the office asked for an extract or the original finds no record of it
                  r"|(trich luc|ban chinh|ban goc|so ho tich|du lieu ho tich)\b[^.?!|]{0,60}\b(khong tim thay|khong tra cuu duoc|khong con luu)\b"
                  # in English: "the ward can't find the old record", "the register was destroyed", "no record of it"
                  r"|\b(can ?not|can't|couldn't|could not|cannot|unable to) (find|locate|trace)( [a-z']+){0,2} (record|records|register|registry|file)s?\b"
                  r"|\b(records?|register|registry|registration book)\b( [a-z']+){0,3} (was|were|is|are|has been|have been|got)"
                  r" (lost|destroyed|missing|burn(ed|t)|damaged)\b|\bno (record|trace) of (her|his|my|the|their|our)\b")
# A shop or a stall by its kind, folded ("quán phở", "tiệm tạp hóa", "cửa hàng", a household business).
_SHOP = (r"quan (an|pho|ca phe|cafe|nuoc|nhau|bun|com|hu tieu|chao|lau|oc|banh|tap hoa|karaoke|sua|che)"
         r"|tiem (tap hoa|toc|vang|thuoc|sua|banh|may|net|an|giat|cat toc|hoa)|cua hang|shop|sap (cho|hang)|xe ban"
         r"|ho kinh doanh|hkd")

# What a wrong name, date or place implies, unless the record named is another (`variant_signals`).
CIVIL_STATUS_CORRECTION = "thay đổi cải chính bổ sung thông tin hộ tịch"
# What a surname changed implies (English), unless a birth is being registered.
SURNAME_CHANGED = "thay đổi cải chính hộ tịch họ tên"
# What a story of parents not married implies for a birth not yet registered.
UNMARRIED_PARENTS_BIRTH = "khai sinh kết hợp nhận cha, mẹ, con"

VARIANT_RULES: list[tuple[str, str]] = [
    # one who cannot sign for age, illness or a hand that fails puts a fingerprint instead, as the certification
    # records say; not one away or abroad ("chủ nhà đi vắng không ký được", "lives abroad and cannot sign")
    (r"(tay|run|liet|mu|khiem thi|gia yeu|lon tuoi|om|benh|khong biet chu|tai nan|bi thuong|gay)(?: [a-z]+){0,6}"
     r" (khong (the )?ky (ten )?duoc|khong (the|biet) ky|ky khong duoc)"
     r"|(khong (the )?ky (ten )?duoc|khong (the|biet) ky)(?: [a-z]+){0,4} (vi|do) (tay|run|liet|mu|benh|om|gia|tai nan|bi thuong)"
     r"|(can't|cannot|can not|unable to) sign\b(?: [a-z']+){0,8} (injur|hand|blind|illiterate|paraly|stroke|too old|sick|fingerprint|thumbprint)[a-z]*"
     r"|(injur|hand|blind|illiterate|paraly|stroke|old|sick|read|write)[a-z]*(?: [a-z']+){0,6} (can't|cannot|can not|unable to) sign\b",
     "điểm chỉ"),
    # a party who is absent or will not come ("vắng 1 trong 2 bên", "bên kia không đến", "he won't come"): what
    # the record says of who must be present ("cả hai bên phải có mặt")
    # (a person, not a landlord "đi vắng 1 tháng", a "tạm vắng" declared, nor "không có mặt bằng", "có mất phí"; "tới"
    # folds like "tôi")
    (r"(?<!di )(?<!tam )vang (mat )?(1|mot) trong (2|hai)|(?<!di )(?<!tam )vang mat (1 ben|mot ben|ben|vo|chong)\b"
     r"|khong (the )?co mat(?! bang| tien| phi| hang)|(ben kia|mot ben|1 ben|nguoi kia|anh ay|chi ay|ong ay|ba ay)"
     r" (khong|chang) (chiu |the |muon )?(den|co mat|tham du)\b"
     r"|(he|she|they|my [a-z]+|the other [a-z]+) (won'?t|will not|refuses? to|can'?t|cannot|does ?n'?t|do ?n'?t)"
     r" (come|attend|show up|be (there|present))\b|\b(is|are|was|were|be|being) absent\b"
     r"|without (him|her|them|my [a-z]+|the other [a-z]+) (being )?(present|there|attending)",
     "có mặt"),
    (rf"{_LOST}{_GAP}{_CARD}|{_CARD}{_GAP}{_LOST}|{_CARD}{_GAP}{_DAMAGED}", "cấp lại thẻ căn cước"),
    (rf"{_CARD}{_GAP}{_OUTDATED}|{_OUTDATED}{_GAP}{_CARD}", "cấp đổi thẻ căn cước"),
    # a changed face or sex ("thay đổi nhân dạng", cosmetic surgery, a sex change) is a case of exchange
    (rf"{_NEW_LOOK}\b[^?.!]{{0,60}}\b{_CARD}|{_CARD}\b[^?.!]{{0,60}}\b{_NEW_LOOK}", "cấp đổi thẻ căn cước"),
    (rf"{_LOST}{_GAP}{_OLD_CARD}|{_OLD_CARD}{_GAP}{_LOST}", "cấp thẻ căn cước"),
    # whoever still holds only the old card and asks for a căn cước card is issued a first one
    (rf"{_OLD_CARD}\b[^?]{{0,120}}\b(lam|cap|doi|chuyen|sang|xin)\b(?: [a-z]+){{0,3}} {_CARD}", "cấp thẻ căn cước"),
    # to stop being a guardian, to stop trading, or a guardianship that ends ("kết thúc" is "chấm dứt" in
    # everyday words; a trade "kết thúc" at one address may move to another): the procedure that ends it
    (r"\bthoi (lam |khong lam )?(nguoi )?(giam ho|kinh doanh|buon ban)\b|\bket thuc (viec )?giam ho\b", "chấm dứt"),
    (_REGISTER_LOST, "đăng ký lại"),
    # the registration itself asked for again, by name ("muốn đăng ký lại khai sinh", "làm lại khai tử cho ông",
    # "re-register my birth"): its conditions answer whether it may be, even when only the paper is lost
    # ("làm lại giấy khai sinh" is a new paper, most often a copy from the register)
    (r"\bdang ky lai (viec )?(khai sinh|khai tu|ket hon)|\blam lai (viec )?(khai tu|dang ky (khai sinh|khai tu|ket hon))\b"
     r"|\bre-?regist(er|ering|ration of) (my |his |her |our |their |the |a )?(birth|death|marriage)\b"
     # the registration named first, then asked again ("mất bản chính giấy khai sinh, giờ đăng ký lại thì …")
     # (the act asked again, nothing else after it: "giờ đăng ký lại sổ đỏ sang tên mẹ" re-registers a land title)
     r"|\b(khai sinh|khai tu|ket hon)\b[^.?!]{0,40}\b(muon |gio |can |phai |di )?dang ky lai"
     r"(?=\W*$| (thi|duoc|khong|o|tai|nhu|can|mat|phai|co|la|het|cho (con|be|chau|bo|me|ong|ba|cu))\b)",
     "đăng ký lại"),
    # a pension is its holder's own: a relative receiving it ("muốn con tôi ở Việt Nam nhận lương hưu") does
    # so by proxy
    (r"\b(con|vo|chong|nguoi nha|nguoi than|chau)( cua)?( toi| em| minh)?\b(?: [a-z0-9]+){0,8} (nhan|linh)( khoan)?( tien)?"
     r" luong huu", "ủy quyền lĩnh thay"),
    # (a person's name: the name of a business or a place is changed by its own registration)
    # (folded, "ho" is a surname, họ, unless a household's, passport's or dossier's word follows: hộ kinh
    # doanh, hộ khẩu, hộ gia đình, hộ nghèo, hộ cận nghèo, hộ chiếu, hồ sơ)
    # (a ward, a street renamed is no person's name: "phường đổi tên sau sáp nhập")
    (r"(?<!phuong )(?<!xa )(?<!quan )(?<!huyen )(?<!tinh )(?<!duong )(?<!pho )(?<!ap )(?<!phuong toi )(?<!phuong minh )"
     r"(?<!phuong em )(?<!xa toi )"
     r"(doi|thay doi|sua|cai chinh) (lai )?(ten|ho ten|ho(?! (kinh doanh|khau|gia dinh|ngheo|can ngheo|chieu|so)\b)|ten dem|ten goi)\b(?! (cua )?(ho kinh doanh|hkd|cong ty|doanh nghiep"
     r"|cua hang|hop tac xa|htx|to hop tac|phuong|xa|duong|tinh|quan|huyen|thanh pho|to chuc))|(ghi sai|sai|nham)(?: [a-z]+){0,4} (ten|ho ten|ngay sinh|nam sinh|que quan|noi sinh|dan toc|gioi tinh)"
     # a date or place of birth added or mended on the birth paper ("bổ sung ngày tháng vào giấy khai sinh")
     r"|(bo sung|them|sua|dieu chinh) (lai )?(ngay sinh|nam sinh|ngay thang( nam sinh)?|que quan|noi sinh|gioi tinh)\b(?: [a-z]+){0,4} (giay khai sinh|khai sinh)"
     # in English: a mistake on a civil-status paper ("a spelling mistake in my child's birth certificate",
     # "the birth certificate has the wrong date"), which is corrected, not copied
     r"|\b(mistakes?|errors?|typos?|misspellings?)\b (in|on) (?:[a-z']+ ){0,2}(birth|marriage) (certificate|extract|registration|record|papers?)"
     r"(?! (website|portal|form|system|app|online|page))"
     r"|\b(birth|marriage) (certificate|extract)\b(?: [a-z']+){0,3} (is|was|are|has|had|have|shows|contains|with) (an? |the |some )?"
     r"(misspelled|misspelt|(wrong|incorrect) (name|surname|date|year|gender|sex|birthplace|place|father|mother|nationality|ethnicity)"
     r"|mistakes?|errors?|typos?)\b"
     # "… birth certificate has her middle name spelled wrong"
     r"|\b(birth|marriage) (certificate|extract)\b(?: [a-z']+){0,8} (spelled|spelt|written|recorded|printed|typed|entered)"
     r" (wrong|wrongly|incorrectly)\b|\b(spelled|spelt|written|recorded|printed|typed|entered) (wrong|wrongly|incorrectly)\b"
     r"(?: [a-z']+){0,6} (birth|marriage) (certificate|extract)\b",
     CIVIL_STATUS_CORRECTION),
    (r"(doi|thay doi|xac dinh lai|chuyen|lay theo) (sang |lai |theo )?(dan toc|thanh phan dan toc)", "xác định lại dân tộc"),
    # a child of parents who are not married: the father is recognised with the birth (khai sinh kết
    # hợp nhận cha, mẹ, con); the parents' state holds for the whole letter, across its sentences
    # (the story's numbers in between: "chưa đăng ký kết hôn, bé vừa sinh được 2 tuần … khai sinh")
    (r"(chua|khong) (dang ky )?ket hon\b(?: [a-z0-9]+| \|){0,20} (khai sinh|sinh con|chao doi|sap sinh|mang ho|ho cua cha)"
     r"|(khai sinh|sinh con|chao doi|sap sinh)\b(?: [a-z0-9]+| \|){0,20} (chua|khong) (dang ky )?ket hon", UNMARRIED_PARENTS_BIRTH),
    # more copies of a civil-status paper, asked for ("xin thêm 3 bản sao giấy khai sinh", "get a copy of my
    # birth certificate"), are issued from the register; a photocopy certified is "chứng thực bản sao"
    # (asked for: not one needed for another file, "cần bản sao … để nộp", nor one to certify, "… có chứng thực")
    (r"(?<!chung thuc )(?<!cong chung )(xin|lay|cap|trich)( them)?( [0-9]+| mot| hai| ba| vai| may| nhieu)?"
     r" ban sao (" + _CIVIL_PAPER[1:-1] + r"|" + _DEATH_PAPER[1:-1] + r"|khai sinh|khai tu)(?! (co )?chung thuc)"
     r"|\b(get|obtain|request|order|issue|need)( me| us)? (a|an|another|more|extra|[0-9]+|two|three|some)( more| extra)? cop(y|ies) of"
     r" (my|his|her|our|their|the|a)( [a-z']+){0,2} (birth|marriage|death) (certificate|extract|registration)",
     "cấp bản sao trích lục hộ tịch bản sao giấy khai sinh"),
    # the father added to a child's papers, or a DNA test as the proof, is a recognition of parentage
    (r"(ghi|bo sung|them|dien)( ten| phan khai ve| thong tin)? (cha|bo|me)\b(?: [a-z]+){0,6} (giay khai sinh|khai sinh)"
     # the parent the subject, his or her own name added to the child's paper ("Cha người nước ngoài muốn bổ sung tên
     # vào giấy khai sinh con")
     r"|^\W*(cha|bo|me|ba)\b(?: [a-z]+){0,5} (ghi|bo sung|them|dien) (ten|thong tin)( minh| cua minh)? vao"
     r" (giay khai sinh|khai sinh)( cua)? (con|be|chau)\b"
     r"|\b(xet nghiem|giam dinh) (adn|dna)\b|\bdna (test|testing)\b", "nhận cha, mẹ, con"),
    # a marriage (birth, divorce…) already registered abroad is recorded at home (ghi vào sổ hộ tịch)
    (r"da (dang ky )?(ket hon|khai sinh|ly hon)\b(?: [a-z]+){0,3} (o|tai) (nuoc ngoai|han quoc|nhat ban|dai loan|trung quoc|my|uc|phap|duc|canada)"
     # married abroad, asking to register it at home
     r"|(ket hon|ly hon)\b(?: [a-z]+){0,3} (o|tai) nuoc ngoai\b(?: [a-z]+){0,8} (o|tai|ve) viet nam"
     # "we got married in Korea" (not "get married in Vietnam", which is the marriage itself)
     r"|\bmarried in (?!viet ?nam\b|vn\b|hcmc\b|ho chi minh\b|saigon\b|here\b|the ward\b|this\b|my\b|our\b|a\b|the same\b)[a-z]+",
     "ghi vào sổ hộ tịch việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài"),
    # a wrong detail is mended where it is recorded: in the population database that VNeID and the card show
    # ("vneid ghi sai ngày sinh", "CCCD ghi sai quê quán"), in a contract the ward certified ("hợp đồng chứng thực
    # bị gõ sai tên")
    (r"(vneid|dinh danh dien tu|cccd|can cuoc cong dan|the can cuoc|co so du lieu (quoc gia )?(ve )?dan cu|csdl dan cu)\b(?: [a-z]+){0,4}"
     r" (ghi sai|bi sai|in sai|sai thong tin|sai (ten|ho|ngay|nam|que|noi|gioi|dan toc))\b(?![^.?!]{0,30}\b(mat khau|dang nhap))",
     "điều chỉnh thông tin trong cơ sở dữ liệu quốc gia về dân cư"),
    # on a household business's certificate ("giấy chứng nhận đăng ký hộ kinh doanh bị ghi sai tên", "the certificate for
    # my noodle shop has my name spelled wrong"): the registration office corrects its own error (hiệu đính); not a
    # detail changed since ("sai địa chỉ vì đã chuyển quán", "wrong address because we moved"), which is registered
    (r"(?:(giay chung nhan (dang ky )?(ho kinh doanh|hkd)|giay (phep|dang ky) kinh doanh)\b(?: [a-z]+){0,5}"
     r" (ghi sai|bi sai|in sai|go sai|nhap sai|sai (ten|ho ten|ngay|so)|ghi nham|bi nham)\b"
     r"|\b(business (registration )?(certificate|licen[cs]e)|certificate (for|of) (my|our|the) (family )?([a-z]+ ){0,2}"
     r"(shop|business|stall|store|restaurant|cafe))\b[^.?!]{0,60}\b((spelled|spelt|written|typed|entered|recorded|printed)"
     r" (wrong|wrongly|incorrectly)|(wrong|incorrect|misspelled|misspelt) (name|date|details?|information)|typos?|mistakes?|errors?)\b)"
     r"(?![^.?!]{0,40}\b(vi (da )?(chuyen|doi)|because (we|i) (moved|changed|relocated)))",
     "hiệu đính thông tin đăng ký hộ kinh doanh"),
    (r"(hop dong|giao dich|van ban)\b(?: [a-z]+){0,3} (da )?(duoc )?chung thuc\b(?: [a-z]+){0,6} (ghi sai|go sai|danh sai|bi sai|sai sot|sai|nham)\b",
     "sửa lỗi sai sót trong giao dịch"),
    # in English, a name taken off the residence register ("take their names off our family registration", "her
    # name removed from the residence book") is the permanent residence's removal
    (r"\b(take|taking|took|remove|removing|removed|delete|deleted|strike|struck|cross|crossed) (off )?(his|her|their|my|our|the)?"
     r" ?names? (off|from|out of)\b(?![^.?!]{0,40}\btemporary\b)[^.?!]{0,40}\b(registration|register|residence|household|family book|hukou)\b"
     r"|\bnames? (have to be |has to be |must be |should be |be |been |to be |is |are )?(removed|taken off|deleted|struck off) (from|of)\b[^.?!]{0,40}\b(registration|register"
     r"|(?<!temporary )residence|household|family book)\b(?![^.?!]{0,40}\btemporary)", "xóa đăng ký thường trú"),
    # the head of a household changed in the residence record ("change the head of household to my mother"; a
    # household business's owner is its own registration's)
    (r"\b(change|changing|changed|replace|transfer)( [a-z']+){0,2} head of (the |our |my )?(household|family)\b"
     # ("đợi chủ hộ", waiting for the head, folds alike: the change said in full, or "đổi chủ hộ sang …")
     r"|(thay doi chu ho|(doi|chuyen) chu ho (sang|thanh|cho|la))\b(?! (kinh doanh|hkd|ca the))", "điều chỉnh thông tin cư trú chủ hộ"),
    # a household business moved, or its lines of business changed, registers the change of its content
    # (a residence asked about the new address is the residence's: "… do we need to register temporary residence")
    (r"(?:\b(move|moving|moved|relocate|relocating)( [a-z']+){0,2} (cafe|café|shop|store|stall|restaurant|business)\b[^.?!]{0,40}"
     r"\b(street|address|ward|location|place)\b|\badd(ing)?\b[^.?!]{0,50}\bto (our|my|the)( [a-z']+){0,2} (business licen[cs]e|licen[cs]e"
     r"|business registration)\b|\b(add|adding|change|changing) (a |new |more |our |my )?(business lines?|lines? of business)\b)"
     r"(?!.*\b(temporary|permanent) residence\b)", "đăng ký thay đổi nội dung hộ kinh doanh"),
    # a household business certificate damaged ("got soaked and torn") is issued again
    (r"\b(business|household business) (licen[cs]e|certificate|registration)\b[^.?!]{0,30}\b(soaked|torn|damaged|ruined|destroyed"
     r"|burn(ed|t)|lost|stolen)\b", "cấp lại giấy chứng nhận đăng ký hộ kinh doanh"),
    # in English: a surname changed, or another taken instead ("take his mother's surname instead"), is a change of
    # civil status; a newborn's name chosen at birth ("may he take my family name") is the birth's
    (r"\b(change|changing|changed)( [a-z']+){0,3} (surname|last name|family name)\b"
     r"|\b(take|taking|took|use|using)( [a-z']+){0,3} (surname|last name|family name) instead\b", SURNAME_CHANGED),
    # registering a marriage or a birth "again" (its papers and record lost) is its re-registration
    (r"\bregist(er|ering|ered) (the |our |my |his |her |their )?(birth|marriage|death)s? again\b"
     r"|\bregist(er|ering|ered) again (the |our |my |his |her |their )?(birth|marriage|death)\b", "đăng ký lại"),
    # giving up one's share of an inheritance, signed at the ward, is the certified renunciation
    # (with a death or an inheritance in the message: "give up my share" of a house bought together is no renunciation)
    (r"\b(died|passed away|deceased|inherit\w*)\b.*\b(renunciation|renounce|renouncing|give up|giving up|waive|waiving)\b[^.?!]{0,40}"
     r"\b(share|inheritance)\b|\b(renunciation|renounce|renouncing|give up|giving up|waive|waiving)\b[^.?!]{0,40}\b(share|inheritance)\b"
     r".*\b(died|passed away|deceased|inherit\w*)\b|\b(renunciation|renounce|renouncing) (of )?(the |his |her |my )?inheritance\b",
     "từ chối nhận di sản"),
    # an official coming to the home of one who cannot come in is the mobile registration ("lưu động")
    (r"\b(can'?t|cannot|unable to|too (old|sick|ill|weak) to|bedridden|in hospital)\b.*\b(someone|somebody|an? (official|officer|clerk)"
     r"|the ward|staff)( [a-z']+){0,3} (come|comes|coming|visit|visits)( to)? (the |our |my |his |her |their )?(house|home|place)\b",
     "lưu động"),
    # ...or officials asked to come to the home to register ("when ward officials come to our home to register a death")
    (r"\b(officials?|officers?|staff|the ward)\b( [a-z']+){0,2} (come|comes|coming|visit|visits)( to)? (our|my|the|his|her|their)"
     r" (house|home|place)\b( [a-z']+){0,2} to (register|record)\b", "lưu động"),
    # a child born and registered abroad, now to be recorded at home: "born in Melbourne … record his birth in
    # Vietnam", "đã khai sinh ở Úc, giờ ghi vào sổ hộ tịch ở Việt Nam"
    (r"\b(born|birth (was |is )?registered) (in|abroad|overseas)\b[^.?!|]{0,100}\b(record|recorded|recording|transcribe|register"
     r"|registered|registering)\b[^.?!|]{0,40}\b(in|at) (viet ?nam|vn|hcmc|the ward|here)\b",
     "ghi vào sổ hộ tịch việc hộ tịch khác ở nước ngoài"),
    # merged or renamed provinces, wards: papers stay valid (the guide on not replacing papers)
    (r"(sap nhap|sau sap nhap|hop nhat|doi ten) (tinh|phuong|xa|quan|huyen|don vi hanh chinh)|(tinh|phuong|xa) (moi )?sap nhap"
     # an address still naming the old ward ("địa chỉ trên CCCD là phường cũ"), not "phường cư trú"
     r"|(dia chi|noi cu tru|que quan|noi thuong tru)\b(?: [a-z]+){0,4} (phuong|xa|quan|huyen|tinh) cu(?! (tru|dan|ngu|the))(?![a-z])"
     # the same in English: "my ward was merged", "after the merger of provinces"
     r"|\b(wards?|communes?|provinces?|districts?) (was |were |has been |have been |got )?(merged|renamed|combined|abolished)\b"
     r"|\b(merger|merging|renaming) of (the )?(wards?|communes?|provinces?|districts?)\b",
     "không cần đổi giấy tờ khi phường đổi tên hoặc thay đổi địa giới"),
    # a pension or allowance the holder died before collecting is claimed by the heirs (truy lĩnh)
    (r"(mat|chet|qua doi|tu tran)\b(?: [a-z0-9]+){0,12}(?: ,)? (luong huu|tro cap)\b(?: [a-z0-9]+){0,8} chua (kip |duoc )?(linh|nhan|lanh)"
     r"|(luong huu|tro cap)\b(?: [a-z0-9]+){0,8} chua (kip |duoc )?(linh|nhan|lanh)\b(?: [a-z0-9]+){0,12}(?: ,)? (mat|chet|qua doi|tu tran)",
     "truy lĩnh lương hưu trợ cấp của người hưởng đã chết"),
    # a poor or near-poor household recognised during the year, as its hardship comes, not at the year-end
    # review: the regular recognition (thường xuyên), not the periodic one (định kỳ)
    (r"(ho ngheo|ho can ngheo)\b[^.?!]{0,60}\b(ngay trong nam|giua nam|trong nam nay|bat ky (luc|thoi diem) nao"
     r"|khong (phai )?cho (den )?(dot )?(ra soat|binh xet))"
     r"|(ngay trong nam|giua nam|khong (phai )?cho (den )?(dot )?(ra soat|binh xet))\b[^.?!]{0,60}\b(ho ngheo|ho can ngheo)",
     "công nhận hộ nghèo, hộ cận nghèo thường xuyên"),
    # whether building needs a permit at all is answered by the exemptions (miễn giấy phép xây dựng)
    (r"(co )?(can|phai|bat buoc)( phai)? (xin |lam |co )?(giay )?phep( xay dung)?\b(?: [a-z0-9]+){0,6} (khong|hay khong|chua)"
     r"|(xay|xay dung|sua|sua chua|cai tao)\b(?: [a-z0-9]+){0,8} (co )?(can|phai|bat buoc)( phai)? (xin |lam |co )?(giay )?phep\b"
     # in English: "Do we need a building permit?", "Is a permit required to redo the kitchen?"
     r"|\b(do|does|will|would) (i|we|you|they|he|she) (need|require|have to (get|apply for))( to (get|apply for))? (a |any )?"
     r"(building |construction )?permit\b|\b(is|are) (a |any )?(building |construction )?permits? (needed|required|necessary)\b",
     "miễn giấy phép xây dựng"),
    # a land certificate with wrong details is corrected (đính chính), not issued again
    # (one issued wrongly, "cấp sai", against the rules, is revoked: no misprint)
    # ("sổ hồng nhà tôi cấp lần đầu năm 2019 ghi sai năm sinh"; in English, "a mistake in my name on our red book")
    (r"(so do|so hong|giay chung nhan quyen su dung dat|gcn)\b(?: [a-z0-9]+){0,8} (?<!cap )(sai|nham|sai sot|ghi sai|in sai)"
     r"|\b(mistakes?|errors?|typos?|misspellings?|wrong)\b(?: [a-z']+){0,6} (on|in) (?:[a-z']+ ){0,2}"
     r"(red|pink) books?|(red|pink) books?\b(?: [a-z']+){0,4} (is|was|are|has|had|have|shows|contains|with) (an? |the |some )?"
     r"(misspelled|misspelt|wrong|incorrect|mistakes?|errors?|typos?)\b", "đính chính giấy chứng nhận có sai sót"),
    # a visit of some days is a stay to notify (lưu trú), not a temporary residence to register, which the
    # Law on Residence asks from 30 days on: "vào chơi khoảng 2 tuần", "đến ở vài hôm" (not "mất 3 ngày")
    # (coming to the asker's, not going back home: "về thăm quê"; a number spelled is no "bà", "Nam", "bọn"; "được
    # hai tuần" is how long one has lived somewhere, not how long a visit lasts)
    (r"(o|o nha|o lai|o choi|o chung|o nho|(den|vao|len|xuong|ghe) (o|choi|tham|o choi|o lai))\b(?: [a-z]+){0,6}"
     r" (?<!mat )(?<!het )(?<!trong )(?<!duoc )((vai|may|nhung|mot so|it|mot|hai|muoi|[1-9]|[12]\d) (ngay|hom|dem)"
     r"|(vai|may|mot|hai|[1-4]) tuan|nua thang)\b", "thông báo lưu trú"),
    # in English, a friend or relative staying at the asker's ("my friend is staying at my house tonight");
    # "my American friend" is a foreigner's stay (FOREIGNER_STAYING)
    (r"(my|our|a|his|her) (friends?|guests?|relatives?|cousins?|visitors?|parents|mother|father|mom|mum|dad|sister|brother|aunt|uncle"
     # visitors, not the asker's own household ("my son is staying with me" may live there)
     r"|nephews?|nieces?|in-laws|(mother|father|sister|brother)-in-law|boyfriend|girlfriend|fianc[eé]e?|colleagues?"
     r"|classmates?)\b(?: [a-z]+){0,6}"
     r" (stay|stays|staying|sleep|sleeps|sleeping)\b(?: [a-z]+){0,3} (at|in|with) (my|our|me|us)\b",
     "thông báo lưu trú"),
    # a party who does not come is absent (vắng mặt), as the rules on mediation and signing say it
    (r"(ben kia|nguoi kia|ben con lai|mot ben|hai ben|ben ban|ben mua|nha ben canh|hang xom)\b(?: [a-z]+){0,3}"
     r" (deu )?(khong|chang|khong chiu) (den|toi|co mat|di|ra)\b", "vắng mặt"),
    # a shop or a stall closed for a while ("quán phở nghỉ Tết một tháng", "tiệm tạm nghỉ bán", "my shop will
    # close for a few weeks"): its business suspended (tạm ngừng kinh doanh), not ended
    # (a shop named by its kind: folded, "quán", "tiệm" alone are also "quận", "cơ quan", "tiêm")
    (r"(" + _SHOP + r")\b(?: [a-z]+){0,4} (muon |se |can |dinh |phai )?(tam )?"
     r"(nghi|dong cua|ngung|ngung ban)( ban| kinh doanh)?\b(?: [a-z]+){0,2} (\d+|mot|hai|ba|vai|may|nua|it) (ngay|tuan|thang)"
     r"|(" + _SHOP + r")\b(?: [a-z]+){0,4} (muon |se |can |dinh )?tam nghi( ban| kinh doanh)?"
     # the shop closed by its short name, its time told before or after ("khoảng 2 tháng nên đóng quán")
     # (the time is the closure's own, "khoảng 2 tháng", not how long the shop ran, nor a closure for good)
     r"|(khoang|trong|tam|chung|mat|di|nghi) (\d+|mot|hai|ba|vai|may) (ngay|tuan|thang)\b(?: [a-z]+){0,3} (nen |thi |se |phai )?(tam )?"
     r"(nghi|dong|dong cua|ngung) (ban )?(quan|tiem|cua hang|sap)\b(?! (luon|han|vinh vien))(?![^.?!]{0,30}\bnua\b)"
     r"|(?<!da )(tam )?(nghi|dong|dong cua|ngung) (ban )?(quan|tiem|cua hang|sap)\b(?: [a-z]+){0,3} (\d+|mot|hai|ba|vai|may|nua) (ngay|tuan|thang)\b"
     r"(?! nay)(?![^.?!]{0,30}\bnua\b)"
     r"|(shop|store|restaurant|stall|cafe|business)\b(?: [a-z]+){0,2} (will |is going to |must |has to |to )?(close|shut|pause)\b"
     r"[^.?!]{0,20}\b(few |some |two |three |\d+ )?(days?|weeks?|months?)\b"
     # the verb first: "close our little shop for 2 months"
     r"|\b(close|shut|pause|suspend)( down)? (our|my|the|his|her)( [a-z]+){0,2} (shop|store|restaurant|stall|cafe|business)"
     r" (for|during) (a |the )?(few |some |two |three |\d+ )?(days?|weeks?|months?)\b(?![^.?!]{0,40}\b(for good|permanently|retire))",
     "tạm ngừng kinh doanh hộ kinh doanh"),
    # a shop closed for good ("muốn dẹp hẳn luôn", "nghỉ hẳn, không bán nữa", "close our shop for good"): its business
    # ended. Folded, "dẹp" is "đẹp", "nghỉ luôn" may be for a while: "hẳn", "vĩnh viễn" or "dẹp" a shop say it.
    # (not for a time, nor to open again or elsewhere: "nghỉ luôn 2 tháng", "không bán nữa, Tết mở lại", "chuyển quán")
    (r"(?:(" + _SHOP + r")\b[^.?!]{0,80}\b(?<!tam )(dep|dong cua|nghi|ngung|giai the)( ban| kinh doanh| lam an)? (han|vinh vien)(?![a-z])"
     r"|\bdep (quan|tiem|cua hang|sap)\b(?! (dep|sach|gon))"
     r"|(" + _SHOP + r")\b[^?!]{0,80}\bkhong (ban|kinh doanh|mo cua|buon ban) (nua|tiep)(?![a-z]))"
     r"(?![^.?!]{0,60}\b((\d+|mot|hai|ba|vai|may) (ngay|tuan|thang|bua)|mot thoi gian|het tet|mo lai|ban lai|mo cua lai"
     r"|chuyen (quan|tiem|cua hang|dia diem|sang|qua|den|ve)|cho khac|dia diem moi)\b)"
     r"|\b(close|shut)( down)? (our|my|the|his|her)( [a-z]+){0,2} (shop|store|restaurant|stall|cafe|business) (for good|permanently)\b",
     "chấm dứt hoạt động hộ kinh doanh"),
    # a stolen or lost vehicle has its registration and plate revoked (thu hồi)
    (r"(mat cap|bi trom|bi mat|mat|bi cuop|danh mat)(?: [a-z]+){0,2} (xe may|xe o to|xe oto|o to|xe)\b(?! (dang ky|bien so))"
     r"|\bxe( may| o to)?\b(?: [a-z]+){0,2} (bi )?(mat trom|mat cap|bi trom|bi cuop)", "thu hồi chứng nhận đăng ký xe biển số xe"),
    # the same in English: "change his name", "change our son's surname"
    (r"(change|changing|correct|correcting)(?: (my|his|her|their|our|the|of))?(?: [a-z']+){0,4} (name|surname|family name|given name|last name"
     r"|first name|native place|hometown|place of origin|date of birth|birth date|birthday|ethnicity|gender)\b",
     CIVIL_STATUS_CORRECTION),
    # a pension left unpaid at death is claimed by the heirs (truy lĩnh)
    (r"(mat|chet|qua doi)\b(?: [a-z]+){0,8} (luong huu|tro cap)(?: [a-z]+){0,6} chua (kip )?(linh|nhan)", "truy lĩnh lương hưu của người hưởng đã chết"),
    # a pensioner who moves has the pension paid at the new place (chuyển hưởng sang địa bàn khác)
    (r"(chuyen|doi)\b(?: [a-z]+){0,4} (noi|dia ban|tinh)(?: [a-z]+){0,6} (luong huu|tro cap bhxh)|(luong huu|tro cap bhxh)(?: [a-z]+){0,8} (noi o moi|dia ban khac|tinh khac)"
     r"|pension\b[^.?!]{0,60}\b(new place|another (province|place|city)|move|moving)|\b(move|moving|change)\b[^.?!]{0,60}\bpension",
     "chuyển hưởng sang địa bàn khác"),
    # driving a new vehicle before it has its plate is the temporary registration
    (r"(chua co|chua duoc cap|cho|chua bam) bien so(?: [a-z]+){0,6} (luu thong|di|chay|di duong|ra duong)", "đăng ký xe tạm thời"),
    # someone else receiving one's pension or allowance is an authorisation (ủy quyền lĩnh thay)
    (r"(con|nguoi than|vo|chong|nguoi khac|chau|em)\b(?: [a-z]+){0,6} (nhan|linh)(?: [a-z]+){0,4} (luong huu|tro cap|tien bao hiem)", "ủy quyền lĩnh thay"),
    # buying an old state-owned flat is the state's "bán nhà ở cũ thuộc tài sản công"
    (r"\bmua\b(?: [a-z]+){0,4} (nha|can ho|nha o)(?: [a-z]+){0,3} (cu|tap the|nha nuoc|cong|thuoc so huu nha nuoc)"
     r"|(nha|can ho|nha o)(?: [a-z]+){0,3} (cu|tap the|nha nuoc|thuoc so huu nha nuoc)\b(?: [a-z]+){0,8} mua\b", "bán nhà ở cũ thuộc tài sản công"),
    # a grown-up never registered at birth is registered as one who already has personal papers
    (r"(khai sinh|birth registration|register (my |his |her |the )?birth)\b[^.?!]{0,40}\b(nguoi lon|nguoi truong thanh|da truong thanh"
     r"|adults?|grown-?ups?)\b|\b(nguoi lon|nguoi truong thanh|adults?|(toi|em|minh) (la )?(can bo|cong chuc|vien chuc|quan nhan)"
     r"|can bo( ?,)? cong chuc|cong chuc( ?,)? vien chuc|i'?m an? (civil servant|adult)|i am an? (civil servant|adult))\b[^.?!]{0,40}"
     r"\b(chua (co|duoc) (dang ky )?khai sinh|never registered|(no|without an?|never had an?) birth (certificate|registration))"
     # ...as is anyone with an identity card or passport whose birth was never registered, in either order
     # (never, said so: "chưa bao giờ được làm giấy khai sinh"; a baby's "chưa làm" or a lost paper's "không có" is
     # another case)
     r"|chua (bao gio|tung) (duoc )?(lam|dang ky|co|cap) (giay )?khai sinh\b(?: [a-z]+| \|){0,30}"
     r" (chi co|da co|van co|co) (the )?(can cuoc|cccd|cmnd|chung minh nhan dan|ho chieu)"
     r"|(chi co|da co|van co|co) (the )?(can cuoc|cccd|cmnd|chung minh nhan dan|ho chieu)\b(?: [a-z]+| \|){0,30}"
     r" chua (bao gio|tung) (duoc )?(lam|dang ky|co|cap) (giay )?khai sinh",
     "cho người đã có hồ sơ, giấy tờ cá nhân"),
    # a registration done where people are, by the officials coming to them, is "lưu động"
    (r"\bmobile\b(?: [a-z]+){0,3} registrations?\b", "lưu động"),
    # ...which is what is done for one who cannot come to the office: bedridden, unable to walk
    (r"(khong the|khong) (toi|den|di|ra|len)( duoc)?\b(?: [a-z]+){0,2} (ubnd|uy ban|tru so|co quan|phuong|xa)\b(?: [a-z]+){0,4} (de )?(lam )?(thu tuc )?(dang ky )?(ket hon|khai tu)"
     # (marrying a disabled person is no reason: only one who cannot come)
     r"|(nam liet|liet giuong|bai liet|khong (tu )?di lai duoc)\b(?: [a-z]+){0,12} (dang ky )?(ket hon|khai tu)"
     r"|(ket hon|khai tu)\b(?: [a-z]+){0,12} (nam liet|liet giuong|bai liet|khong (tu )?di lai duoc)", "lưu động"),
    # ...and an official asked to come to the home of one who cannot come ("bà nằm một chỗ … phường có cử người đến
    # nhà làm giấy báo tử không", "bị liệt … cán bộ có thể đến tận nơi làm giấy không")
    (rf"{_CANNOT_COME}[^?!]{{0,160}}{_OFFICIAL_COMES}|{_OFFICIAL_COMES}[^?!]{{0,160}}{_CANNOT_COME}", "lưu động"),
    # a time limit lengthened is an extension ("kéo dài thời hạn giấy phép xây dựng")
    (r"(?<!phuong )\bkeo dai (them )?(thoi han|han)\b(?! (giai quyet|xu ly|tra ket qua|hen|ho so))"
     r"|\b(tam tru|giay phep|the tam tru)(?: [a-z]+){0,2} keo dai them (\d+|mot|hai|ba|vai) (ngay|thang|nam)\b"
     r"|\bkeo dai (tam tru|giay phep( xay dung)?)\b(?: [a-z]+){0,2} them (\d+|mot|hai|ba|vai) (ngay|thang|nam)\b", "gia hạn"),
    # a land dispute the ward's mediation failed to settle goes to its resolution ("hòa giải ở phường không thành,
    # giờ nộp đơn xin chủ tịch phường giải quyết")
    (rf"{_LAND_QUARREL}[^.?!]{{0,100}}{_MEDIATION_FAILED}|{_MEDIATION_FAILED}[^.?!]{{0,100}}{_LAND_QUARREL}",
     "giải quyết tranh chấp đất đai"),
    # land turned into residential land ("chuyển một phần lên đất ở", "lên thổ cư") changes its use: the
    # conversion of its purpose, whatever is to be built on it next
    (r"(?<!da )(?<!duoc )\bchuyen (?:[a-z]+ ){0,3}?(dat|vuon|thua|mot phan|phan dat|nong nghiep)(?: [a-z]+){0,3} (len|sang|thanh)"
     r" (dat o|tho cu|dat tho cu)\b(?![^.,?!]{0,20}\b(roi|tu nam|nam (19|20)\d\d)\b)"
     r"|(?<!da )(?<!duoc )(?<!da chuyen )(?<!duoc chuyen )\b(chuyen )?len (dat )?tho cu\b(?![^.,?!]{0,20}\b(roi|tu nam|nam (19|20)\d\d)\b)",
     "chuyển mục đích sử dụng đất"),
    # English speakers call residence registration "registering (someone) with the (local) police"
    (r"\bregist(?:er|ered|ering)\b(?: [a-z']+){0,3} (?:with|at) (?:the )?(?:local |ward |area )?police\b", "tạm trú"),
    # encroachment and boundary quarrels between neighbours are land disputes, mediated at the ward
    # (unless its resolution, "giải quyết tranh chấp", is what is named)
    (r"\blan (sang|qua|chiem|dat|ranh)|(?<!giai quyet )tranh chap (dat|ranh|loi di)|ranh gioi (dat|thua)"
     # in English, a neighbour and land in one sentence ("my neighbour built his wall on our land"); a neighbour
     # alone is no dispute ("we are buying a house from our neighbour", "my neighbour's dog")
     r"|\bneighbou?rs?\b[^.?!]{0,60}\b(land|plot|lot|boundary|boundaries|encroach\w*|property line)\b"
     r"|\b(land|plot|boundary|boundaries|encroach\w*|property line)\b[^.?!]{0,60}\bneighbou?rs?\b", "hòa giải tranh chấp đất đai"),
]
# Only when the register is not lost too (then it is "đăng ký lại").
_PAPER_LOST = rf"{_LOST}{_GAP}{_CIVIL_PAPER}|{_CIVIL_PAPER}{_GAP}{_LOST}|{_PAPER_GONE}{_GAP}{_DEATH_PAPER}|{_DEATH_PAPER}{_GAP}{_PAPER_GONE}|{_DEATH_PAPER_LOST}"


def _across_commas(pattern: str) -> str:
    """A rule's few-word gaps may step over a comma of the story ("đánh rơi giấy tờ, trong đó có
    căn cước"), and over its numbers where the rule says so (`[a-z0-9]`: "bé vừa sinh được 2 tuần"); its
    fixed phrases may not (see `folded_clauses`)."""
    return (pattern.replace("(?: [a-z]+)", "(?:(?: ,)? [a-z]+)").replace("(?: [a-z0-9]+)", "(?:(?: ,)? [a-z0-9]+)")
            .replace("(?: [a-z]+| \\|)", "(?:(?: ,)? [a-z]+| \\|)").replace("(?: [a-z0-9]+| \\|)", "(?:(?: ,)? [a-z0-9]+| \\|)"))


_VARIANT_PATTERNS = [(re.compile(rf"(?<![a-z])(?:{_across_commas(pattern)})(?![a-z])"), expansion) for pattern, expansion in VARIANT_RULES]
_PAPER_LOST_PATTERN = re.compile(rf"(?<![a-z])(?:{_across_commas(_PAPER_LOST)})(?![a-z])")

# The actions a procedure's name opens with, as the portal names procedures (action + object: "Thu
# hồi giấy chứng nhận đăng ký, biển số xe", "Cấp lại …", "Đổi …"). Procedures on one object differ by
# their action; the action a question asks for picks among them. Folded; longest first when read.
PROCEDURE_ACTIONS = (
    "thu hoi", "cap lai", "cap doi", "doi", "gia han", "xoa", "huy", "dieu chinh", "dinh chinh", "chuyen",
    "tam ngung", "cham dut", "giai the", "dang ky lai", "trinh bao", "xac nhan", "cong nhan", "thong bao",
    "thay doi", "cai chinh", "bo sung", "tach", "nhap", "cap ban sao", "sua doi", "tra lai", "khai bao",
    "hoa giai",
)
_ACTIONS = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, PROCEDURE_ACTIONS), key=len, reverse=True)) + r")(?![a-z])")


def actions_in(folded: str) -> set[str]:
    """The procedure actions a folded text names, each read at its longest ("cấp đổi", not "đổi")."""
    return {m.group(1) for m in _ACTIONS.finditer(folded)}


# An act the story tells as tried and failed ("hòa giải ở phường không thành"): its past, not what is asked.
_FAILED_ACT = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, PROCEDURE_ACTIONS), key=len, reverse=True))
                         + r")(?: [a-z]+){0,4} " + _FAILED + r"(?![a-z])")


def without_failed_acts(folded: str) -> str:
    return _FAILED_ACT.sub(" ", folded)


def leading_action(folded_name: str) -> str | None:
    """The action a folded procedure name opens with, if it opens with one."""
    match = _ACTIONS.match(folded_name)
    return match.group(1) if match else None


def leading_actions(folded_name: str) -> set[str]:
    """Every action of the list a folded name opens with: "thay doi, cai chinh, bo sung thong tin ho
    tich" does all three."""
    found, position = set(), 0
    while (match := _ACTIONS.match(folded_name, position)) is not None:
        found.add(match.group(1))
        joined = re.match(r"\s*(,|va|hoac)\s*", folded_name[match.end():])
        if joined is None:
            break
        position = match.end() + joined.end()
    return found


# English words for the same things, so an English question reaches the keyword index too.
ENGLISH: dict[str, str] = {
    "birth": "khai sinh",
    "marriage": "kết hôn",
    "married": "kết hôn",
    "death": "khai tử",
    "single status": "xác nhận tình trạng hôn nhân",
    "marital status": "xác nhận tình trạng hôn nhân",
    "signature": "chứng thực chữ ký",
    "certified copy": "chứng thực bản sao",
    "certified copies": "chứng thực bản sao",
    # "at my temporary residence" is a place; registering it is the procedure
    "permanent residence": "thường trú",
    "land dispute resolution": "giải quyết tranh chấp đất đai",
    "register permanent residence": "đăng ký thường trú",
    "permanent residence registration": "đăng ký thường trú",
    "residence confirmation": "xác nhận thông tin về cư trú",
    "confirmation of residence": "xác nhận thông tin về cư trú",
    "proof of residence": "xác nhận thông tin về cư trú",
    "residence information": "xác nhận thông tin về cư trú",
    "ward police": "công an phường",
    "register a birth": "đăng ký khai sinh",
    "birth certificate": "giấy khai sinh",
    "death certificate": "đăng ký khai tử",
    "get married": "đăng ký kết hôn",
    "start a business": "đăng ký thành lập hộ kinh doanh",
    "register a household business": "đăng ký thành lập hộ kinh doanh",
    "open a shop": "đăng ký thành lập hộ kinh doanh",
    "lost my id": "cấp lại thẻ căn cước",
    "replacement id": "cấp lại thẻ căn cước",
    "replacement id card": "cấp lại thẻ căn cước",
    "lost id card": "cấp lại thẻ căn cước",
    "replace my id": "cấp đổi thẻ căn cước",
    "overnight": "thông báo lưu trú",
    "guest": "thông báo lưu trú",
    "guests": "thông báo lưu trú",
    "temporary residence": "tạm trú",
    "register temporary residence": "đăng ký tạm trú",
    "temporary residence registration": "đăng ký tạm trú",
    "register for temporary residence": "đăng ký tạm trú",
    "register my temporary residence": "đăng ký tạm trú",
    "passport": "hộ chiếu",
    "visa": "thị thực",
    "driving licence": "giấy phép lái xe",
    "driving license": "giấy phép lái xe",
    "vehicle registration": "chứng nhận đăng ký xe",
    "registration card": "chứng nhận đăng ký xe",
    "motorbike": "xe mô tô xe gắn máy",
    "motorcycle": "xe mô tô xe gắn máy",
    "license plate": "biển số xe",
    "licence plate": "biển số xe",
    "number plate": "biển số xe",
    "social insurance": "bảo hiểm xã hội BHXH",
    "health insurance": "bảo hiểm y tế BHYT",
    "reimburse": "thanh toán trực tiếp chi phí",
    "reimbursed": "thanh toán trực tiếp chi phí",
    "hospital bills": "chi phí khám bệnh, chữa bệnh",
    "medical bills": "chi phí khám bệnh, chữa bệnh",
    "pension": "lương hưu",
    "prison": "hình phạt tù",
    "in jail": "hình phạt tù",
    "imprisonment": "hình phạt tù",
    "imprisoned": "hình phạt tù",
    "sick leave": "chế độ ốm đau",
    "maternity": "thai sản",
    "cooperative": "hợp tác xã",
    # civil status and certification, as English speakers name them
    "notarize": "chứng thực",
    "notarized": "chứng thực",
    "notarization": "chứng thực",
    "notary": "chứng thực",
    "authenticate": "chứng thực",
    "authenticated": "chứng thực",
    "authentication": "chứng thực",
    "identification card": "thẻ căn cước",
    "citizen identification": "căn cước",
    # a paper in a foreign language is certified through its translation (the translator's signature)
    "foreign language document": "bản dịch người dịch",
    "foreign language paper": "bản dịch người dịch",
    "in a foreign language": "bản dịch người dịch",
    "certify": "chứng thực",
    "certified": "chứng thực",
    # ...but "certified" before a person is their accreditation, no paper certified: these phrases
    # expand to nothing and silence the words inside them (`_phrases_in`)
    "certified professional": "",
    "certified doctor": "",
    "certified physician": "",
    "certified nurse": "",
    "certified accountant": "",
    "certified teacher": "",
    "certified trainer": "",
    "certified expert": "",
    "certified therapist": "",
    "certifying": "chứng thực",
    "certification of signature": "chứng thực chữ ký",
    "change my name": "thay đổi cải chính hộ tịch họ tên",
    "change of name": "thay đổi cải chính hộ tịch họ tên",
    "name change": "thay đổi cải chính hộ tịch họ tên",
    "correct my": "cải chính hộ tịch",
    "correction": "cải chính",
    "extract": "trích lục",
    "acknowledge paternity": "nhận cha, mẹ, con",
    # a notice posted for the public to see: the record's "niêm yết"
    "publicly posted": "niêm yết",
    "posted publicly": "niêm yết",
    "public posting": "niêm yết",
    "posted up": "niêm yết",
    "recognize paternity": "nhận cha, mẹ, con",
    "recognise paternity": "nhận cha, mẹ, con",
    # (a recognition of parentage, not of a mediation team's leader)
    "recognition of a child": "nhận cha, mẹ, con",
    "recognition of a father": "nhận cha, mẹ, con",
    "recognition of a mother": "nhận cha, mẹ, con",
    "recognition of parents": "nhận cha, mẹ, con",
    "recognition of parentage": "nhận cha, mẹ, con",
    "recognition of paternity": "nhận cha, mẹ, con",
    # the verb as the procedure's English title writes it: "recognizing father, mother and children"
    "recognizing father": "nhận cha, mẹ, con",
    "recognising father": "nhận cha, mẹ, con",
    "recognize father": "nhận cha, mẹ, con",
    "recognise father": "nhận cha, mẹ, con",
    # "recognised as the father", "be acknowledged as his father": a father's recognition of his child
    "recognised as the father": "nhận cha, mẹ, con",
    "recognised as the dad": "nhận cha, mẹ, con",
    "recognized as the dad": "nhận cha, mẹ, con",
    "acknowledged as the dad": "nhận cha, mẹ, con",
    "recognized as the father": "nhận cha, mẹ, con",
    "acknowledged as the father": "nhận cha, mẹ, con",
    "father's name on the birth certificate": "nhận cha, mẹ, con",
    "add the father": "nhận cha, mẹ, con",
    "unmarried": "chưa kết hôn",
    "not married": "chưa kết hôn",
    "not legally married": "chưa đăng ký kết hôn",
    "out of wedlock": "chưa đăng ký kết hôn",
    "divorced": "ly hôn",
    "certificate of no impediment": "xác nhận tình trạng hôn nhân",
    "single certificate": "xác nhận tình trạng hôn nhân",
    # residence and identity
    "household book": "sổ hộ khẩu",
    "residence certificate": "xác nhận thông tin về cư trú",
    "confirmation of residence information": "xác nhận thông tin về cư trú",
    "electronic identification": "tài khoản định danh điện tử",
    "electronic id": "tài khoản định danh điện tử",
    "e-id": "tài khoản định danh điện tử",
    "vneid account": "tài khoản định danh điện tử",
    "level 2": "mức độ 02",
    "identity card": "thẻ căn cước",
    "split the household": "tách hộ",
    "separate household": "tách hộ",
    # a grown child setting up "his own household" in the residence register, at the same address
    "own household": "tách hộ",
    "household of his own": "tách hộ",
    "household of her own": "tách hộ",
    "household of their own": "tách hộ",
    # a foreigner's temporary residence is declared (khai báo) by the host, not registered
    "declare temporary residence": "khai báo tạm trú",
    "declaring temporary residence": "khai báo tạm trú",
    "declaration of temporary residence": "khai báo tạm trú",
    "temporary residence declaration": "khai báo tạm trú",
    "deregister": "xóa đăng ký",
    "deregistered": "xóa đăng ký",
    "deregistering": "xóa đăng ký",
    "deregistration": "xóa đăng ký",
    # residence details changed in the database (a new householder, a corrected birth date)
    "update residence information": "điều chỉnh thông tin về cư trú",
    "update my residence information": "điều chỉnh thông tin về cư trú",
    "change residence information": "điều chỉnh thông tin về cư trú",
    "correct residence information": "điều chỉnh thông tin về cư trú",
    "move out": "xóa đăng ký thường trú",
    # land and building
    "red book": "giấy chứng nhận quyền sử dụng đất sổ đỏ",
    "pink book": "giấy chứng nhận quyền sử dụng đất sổ hồng",
    "land certificate": "giấy chứng nhận quyền sử dụng đất",
    "renovate": "sửa chữa, cải tạo",
    "renovation": "sửa chữa, cải tạo",
    "repair my house": "sửa chữa, cải tạo",
    "build a house": "giấy phép xây dựng nhà ở riêng lẻ",
    "mediation": "hòa giải",
    "near-poor": "hộ cận nghèo",
    "suspend my business": "tạm ngừng kinh doanh hộ kinh doanh",
    "close my business": "chấm dứt hoạt động hộ kinh doanh",
    "lease": "thuê",
    "voluntary social insurance": "bảo hiểm xã hội tự nguyện BHXH tự nguyện",
    "revoke": "thu hồi",
    "revoked": "thu hồi",
    "revocation": "thu hồi",
    "co-payment": "cùng chi trả",
    "non-co-payment": "không cùng chi trả",
    "translation": "bản dịch người dịch",
    "translations": "bản dịch người dịch",
    "translate": "dịch người dịch",
    "translated": "dịch người dịch",
    "translator": "người dịch",
    "visitor": "thông báo lưu trú",
    "visitors": "thông báo lưu trú",
    "state-owned housing": "nhà ở cũ thuộc tài sản công",
    "state housing": "nhà ở cũ thuộc tài sản công",
    "public housing": "nhà ở cũ thuộc tài sản công",
    "complaint": "khiếu nại",
    "denounce": "tố cáo",
    "re-issue": "cấp lại",
    "reissue": "cấp lại",
    "re-grant": "cấp lại",
    "regrant": "cấp lại",
    "renewal": "cấp đổi",
    "renew": "cấp đổi",
    "household registration": "đăng ký thường trú hộ khẩu",
    "re-issued": "cấp lại",
    "reissued": "cấp lại",
    "re-issuance": "cấp lại",
    # a civil status event "registration" is its registration (đăng ký), as a "re-registration" is
    # "đăng ký lại": without it "registration of marriage" reads as much "đăng ký lại kết hôn"
    "birth registration": "đăng ký khai sinh",
    "registration of birth": "đăng ký khai sinh",
    "registration of a birth": "đăng ký khai sinh",
    "death registration": "đăng ký khai tử",
    "registration of death": "đăng ký khai tử",
    "registration of a death": "đăng ký khai tử",
    "register a death": "đăng ký khai tử",
    "marriage registration": "đăng ký kết hôn",
    "registration of marriage": "đăng ký kết hôn",
    "register a marriage": "đăng ký kết hôn",
    "register our marriage": "đăng ký kết hôn",
    # a child born abroad and not registered there is registered at home as a foreign-element birth
    "born abroad": "có yếu tố nước ngoài",
    "born overseas": "có yếu tố nước ngoài",
    "re-registration": "đăng ký lại",
    "re-register": "đăng ký lại",
    "chip-based id card": "thẻ căn cước",
    "chip id card": "thẻ căn cước",
    "citizen identity card": "thẻ căn cước",
    "civil status register": "ghi vào sổ hộ tịch",
    "civil status book": "ghi vào sổ hộ tịch",
    "record our marriage": "ghi vào sổ hộ tịch việc kết hôn",
    "registered our marriage in": "ghi vào sổ hộ tịch việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
    "inter-country marriage": "kết hôn có yếu tố nước ngoài",
    "marriage abroad": "kết hôn đã được giải quyết tại nước ngoài",
    "married abroad": "kết hôn đã được giải quyết tại nước ngoài",
    "ethnicity": "xác định lại dân tộc",
    "foreigner": "người nước ngoài",
    # a foreign spouse, named by nationality, means the "có yếu tố nước ngoài" variant
    "american": "có yếu tố nước ngoài",
    "korean": "có yếu tố nước ngoài",
    "japanese": "có yếu tố nước ngoài",
    "chinese": "có yếu tố nước ngoài",
    "taiwanese": "có yếu tố nước ngoài",
    "french": "có yếu tố nước ngoài",
    "german": "có yếu tố nước ngoài",
    "british": "có yếu tố nước ngoài",
    "australian": "có yếu tố nước ngoài",
    "canadian": "có yếu tố nước ngoài",
    "foreign spouse": "có yếu tố nước ngoài",
    # a foreign party named by "foreign" and who they are ("a foreign relative died at our home")
    "foreign national": "có yếu tố nước ngoài",
    "foreign citizen": "có yếu tố nước ngoài",
    "foreign relative": "có yếu tố nước ngoài",
    "foreign husband": "có yếu tố nước ngoài",
    "foreign wife": "có yếu tố nước ngoài",
    "foreign father": "có yếu tố nước ngoài",
    "foreign mother": "có yếu tố nước ngoài",
    "foreign parent": "có yếu tố nước ngoài",
    "foreign partner": "có yếu tố nước ngoài",
    "foreign fiance": "có yếu tố nước ngoài",
    "foreign fiancee": "có yếu tố nước ngoài",
    # asked in English, the partner's nationality named is the asker's contrast: "I want to marry a
    # Vietnamese woman", "my Vietnamese wife" (a couple of two citizens would not say it)
    "marry a vietnamese": "có yếu tố nước ngoài",
    "marrying a vietnamese": "có yếu tố nước ngoài",
    "married a vietnamese": "có yếu tố nước ngoài",
    "married to a vietnamese": "có yếu tố nước ngoài",
    "my vietnamese wife": "có yếu tố nước ngoài",
    "my vietnamese husband": "có yếu tố nước ngoài",
    "my vietnamese girlfriend": "có yếu tố nước ngoài",
    "my vietnamese boyfriend": "có yếu tố nước ngoài",
    "my vietnamese fiancee": "có yếu tố nước ngoài",
    "my vietnamese fiance": "có yếu tố nước ngoài",
    "my vietnamese partner": "có yếu tố nước ngoài",
    "foreign element": "có yếu tố nước ngoài",
    "foreign elements": "có yếu tố nước ngoài",
    "border area": "khu vực biên giới",
    "border areas": "khu vực biên giới",
    "border region": "khu vực biên giới",
    "copy": "bản sao",
    "copies": "bản sao",
    "overseas vietnamese": "có yếu tố nước ngoài",
    "foreign guest": "khai báo tạm trú cho người nước ngoài",
    "foreign national": "khai báo tạm trú cho người nước ngoài",
    "temporary absence": "khai báo tạm vắng",
    "id card": "thẻ căn cước",
    "household business": "hộ kinh doanh",
    "business household": "hộ kinh doanh",
    "building permit": "giấy phép xây dựng",
    "construction permit": "giấy phép xây dựng",
    "land use right": "quyền sử dụng đất",
    "land dispute": "tranh chấp đất đai",
    "poor household": "hộ nghèo",
    "guardianship": "giám hộ",
    # ending it: the ward closes a guardianship when the ward comes of age or the guardian changes
    "end the guardianship": "chấm dứt giám hộ",
    "end my guardianship": "chấm dứt giám hộ",
    "end his guardianship": "chấm dứt giám hộ",
    "end her guardianship": "chấm dứt giám hộ",
    "terminate the guardianship": "chấm dứt giám hộ",
    "guardianship ends": "chấm dứt giám hộ",
    "guardianship ended": "chấm dứt giám hộ",
    "guardianship has ended": "chấm dứt giám hộ",
    "end of the guardianship": "chấm dứt giám hộ",
    "end of guardianship": "chấm dứt giám hộ",
    "guardianship supervision": "giám sát việc giám hộ",
    "supervision of guardianship": "giám sát việc giám hộ",
    "supervision of the guardianship": "giám sát việc giám hộ",
    "supervise the guardianship": "giám sát việc giám hộ",
    "adoption": "nuôi con nuôi",
    "paternity": "nhận cha, mẹ, con",
    # more of the words English speakers use for the same procedures and their papers
    "guardian": "giám hộ",
    # a guardian by law (a grandparent, an elder sibling), who only registers: "người giám hộ đương nhiên"
    "natural guardian": "giám hộ đương nhiên",
    "natural guardians": "giám hộ đương nhiên",
    "adopt": "nuôi con nuôi",
    "adopted": "nuôi con nuôi",
    "power of attorney": "ủy quyền",
    "authorization": "ủy quyền",
    "authorisation": "ủy quyền",
    "authorize": "ủy quyền",
    "authorise": "ủy quyền",
    "inheritance": "di sản thừa kế",
    "inherit": "di sản thừa kế",
    "estate": "di sản",
    "heir": "người thừa kế",
    "heirs": "người thừa kế",
    "elderly": "người cao tuổi",
    "disability": "người khuyết tật",
    "disabled": "người khuyết tật",
    "orphan": "trẻ em có hoàn cảnh đặc biệt",
    "funeral": "mai táng phí",
    "social allowance": "trợ cấp xã hội",
    "social assistance": "trợ cấp xã hội",
    "mortgage": "thế chấp biện pháp bảo đảm",
    "expired": "hết hạn",
    "exchange": "cấp đổi",
    "rename": "thay đổi họ tên",
    "extension": "gia hạn",
    "extend": "gia hạn",
    "extended": "gia hạn",
    "suspension": "tạm ngừng",
    "suspend": "tạm ngừng",
    "annulment": "xóa đăng ký",
    "annul": "xóa đăng ký",
    "removal": "xóa đăng ký",
    "remove": "xóa đăng ký",
    "removing": "xóa đăng ký",
    "deletion": "xóa đăng ký",
    "delete": "xóa đăng ký",
    "deleted": "xóa đăng ký",
    "conciliation": "hòa giải",
    "mediate": "hòa giải",
    "reconciliation": "hòa giải",
    "native place": "quê quán",
    "hometown": "quê quán",
    "death certificate copy": "bản sao trích lục khai tử",
    # the wider vocabulary of public services, as English pages about Vietnam word them: police and
    # immigration, vehicles, social and health insurance, labour, land, associations, complaints
    "vehicle": "xe",
    "vehicles": "xe",
    "car": "xe ô tô",
    "motorbike registration": "đăng ký xe",
    "registration certificate": "chứng nhận đăng ký",
    "plate": "biển số",
    "plates": "biển số",
    "temporary registration": "đăng ký tạm thời",
    "exit": "xuất cảnh",
    "entry": "nhập cảnh",
    "immigration": "xuất nhập cảnh",
    "entry and exit": "xuất nhập cảnh",
    "travel document": "giấy thông hành",
    "laissez-passer": "giấy thông hành",
    "lost passport": "trình báo mất hộ chiếu",
    "report the loss": "trình báo mất",
    "report a loss": "trình báo mất",
    "apec card": "thẻ ABTC",
    "unemployment benefit": "trợ cấp thất nghiệp",
    "unemployment benefits": "trợ cấp thất nghiệp",
    "unemployment allowance": "trợ cấp thất nghiệp",
    "sickness benefit": "chế độ ốm đau",
    "sickness benefits": "chế độ ốm đau",
    "sick pay": "chế độ ốm đau",
    "convalescence": "dưỡng sức phục hồi sức khỏe",
    "recuperation": "dưỡng sức phục hồi sức khỏe",
    "rehabilitation": "dưỡng sức phục hồi sức khỏe",
    "occupational accident": "tai nạn lao động",
    "work accident": "tai nạn lao động",
    "labor accident": "tai nạn lao động",
    "labour accident": "tai nạn lao động",
    "occupational disease": "bệnh nghề nghiệp",
    "occupational illness": "bệnh nghề nghiệp",
    "work-related illness": "bệnh nghề nghiệp",
    "accident at work": "tai nạn lao động",
    "workplace accident": "tai nạn lao động",
    "work injury": "tai nạn lao động",
    "injured at work": "tai nạn lao động",
    "hurt at work": "tai nạn lao động",
    # everyday administrative words, as a dictionary gives them
    "allowance": "trợ cấp",
    "near-poor household": "hộ cận nghèo",
    "near poor household": "hộ cận nghèo",
    "house number": "số nhà",
    "demolition": "phá dỡ",
    "demolish": "phá dỡ",
    "dispute": "tranh chấp",
    "rental contract": "hợp đồng thuê nhà",
    "lease contract": "hợp đồng thuê nhà",
    "tenancy agreement": "hợp đồng thuê nhà",
    "survivorship allowance": "tiền tuất",
    "survivor allowance": "tiền tuất",
    "survivor benefit": "tiền tuất",
    "lump sum": "một lần",
    "lump-sum": "một lần",
    "pensioner": "người hưởng lương hưu",
    "arrears": "truy lĩnh",
    "in cash": "bằng tiền mặt",
    "bank account": "tài khoản cá nhân",
    "medical costs": "chi phí khám bệnh, chữa bệnh",
    "medical expenses": "chi phí khám bệnh, chữa bệnh",
    "treatment costs": "chi phí khám bệnh, chữa bệnh",
    "medical examination": "khám bệnh, chữa bệnh",
    "direct payment": "thanh toán trực tiếp",
    "paid directly": "thanh toán trực tiếp",
    "directly paid": "thanh toán trực tiếp",
    "freelancer": "bảo hiểm xã hội tự nguyện",
    "freelancers": "bảo hiểm xã hội tự nguyện",
    "self-employed": "bảo hiểm xã hội tự nguyện",
    "employer": "người sử dụng lao động",
    "employee": "người lao động",
    "employees": "người lao động",
    "fire prevention": "phòng cháy, chữa cháy",
    "firefighting": "phòng cháy, chữa cháy",
    "fire fighting": "phòng cháy, chữa cháy",
    "rescue": "cứu nạn, cứu hộ",
    "security team": "tổ bảo vệ an ninh, trật tự",
    "neighbourhood watch": "tổ bảo vệ an ninh, trật tự",
    "cooperative group": "tổ hợp tác",
    "cooperative groups": "tổ hợp tác",
    "dissolve": "giải thể chấm dứt hoạt động",
    "dissolution": "giải thể chấm dứt hoạt động",
    # the words of organisations', land and insurance pages a ward may ingest, as a dictionary gives them
    "cancel": "hủy xóa",
    "cancellation": "hủy xóa",
    "sublease": "cho thuê lại",
    "subleases": "cho thuê lại",
    "payment": "thanh toán",
    "reimbursement": "thanh toán trực tiếp chi phí",
    "clinic": "phòng khám cơ sở khám bệnh, chữa bệnh",
    "clinics": "phòng khám cơ sở khám bệnh, chữa bệnh",
    "medical treatment": "khám bệnh, chữa bệnh",
    "contract": "hợp đồng",
    "contracts": "hợp đồng",
    "branch": "chi nhánh",
    "branches": "chi nhánh",
    "sickness": "ốm đau",
    "land use rights": "quyền sử dụng đất",
    "project": "dự án",
    "projects": "dự án",
    "subsidy": "hỗ trợ",
    "construction": "xây dựng công trình",
    "acceptance": "nghiệm thu",
    "inspection": "kiểm tra",
    "terminate": "chấm dứt",
    "termination": "chấm dứt",
    "amend": "sửa đổi, bổ sung, thay đổi",  # a legal paper is amended ("sửa đổi, bổ sung"), a detail changed
    "amendment": "sửa đổi, bổ sung, thay đổi",
    "one-time": "một lần",
    "monthly": "hằng tháng",
    "infrastructure": "kết cấu hạ tầng",
    "industrial park": "khu công nghiệp",
    "industrial zone": "khu công nghiệp",
    "reclaimed from the sea": "lấn biển",
    "sea encroachment": "lấn biển",
    "driving range": "sân tập lái",
    "deduct": "khấu trừ",
    "deduction": "khấu trừ",
    "voluntary": "tự nguyện",
    "unemployment": "thất nghiệp",
    "production": "sản xuất",
    "resume": "tiếp tục",
    "farm insurance": "bảo hiểm nông nghiệp",
    "farming extension": "khuyến nông",
    "apec business travel card": "thẻ ABTC",
    "imported": "nhập khẩu",
    "domestically assembled": "sản xuất lắp ráp trong nước",
    "assembled in vietnam": "sản xuất lắp ráp trong nước",
    "exit and entry": "xuất nhập cảnh",
    "relocation": "tái định cư",
    "smart vehicle": "phương tiện giao thông thông minh",
    "released from prison": "chấp hành xong hình phạt tù",
    "commune official": "cán bộ xã",
    "premium": "phí bảo hiểm",
    "proxy": "ủy quyền",
    "complain": "khiếu nại",
    "complaints": "khiếu nại",
    "administrative decision": "quyết định hành chính",
    "accusation": "tố cáo",
    "land use rights certificate": "giấy chứng nhận quyền sử dụng đất",
    "land registration": "đăng ký đất đai",
    "change the land use purpose": "chuyển mục đích sử dụng đất",
    "land use purpose": "mục đích sử dụng đất",
    "rent": "cho thuê",
    "tenant": "thuê",
    "state-owned house": "nhà ở cũ thuộc tài sản công",
    "household head": "chủ hộ",
    "head of household": "chủ hộ",
    "identification number": "số định danh cá nhân",
    "personal identification number": "số định danh cá nhân",
    "biometric": "sinh trắc học",
    "population database": "cơ sở dữ liệu quốc gia về dân cư",
    "national population database": "cơ sở dữ liệu quốc gia về dân cư",
    "poverty": "hộ nghèo",
    "meritorious": "người có công",
    "war invalid": "thương binh",
    "martyr": "liệt sĩ",
}

# A parent acknowledging a child as theirs ("wants to acknowledge our baby"), whoever's the child.
# (recognised by its parents, not by the state: "Does the ward recognize a child born abroad as a citizen?")
ENGLISH.update({f"{verb} {whose} {child}": "nhận cha, mẹ, con"
                for verb, parents in (("acknowledge", ("our", "my", "the", "his", "her", "their")),
                                      ("recognise", ("our", "my", "his", "her", "their")),
                                      ("recognize", ("our", "my", "his", "her", "their")))
                for whose in parents for child in ("baby", "child", "son", "daughter")})

# The wider English vocabulary of Vietnamese public administration, one "english<TAB>tiếng Việt" pair a
# line (assistant/data/english-glossary.tsv): the words of the portal's procedure names and papers
# across its domains, as English speakers write them. The hand-written table above wins a conflict.
GLOSSARY_PATH = Path(__file__).with_name("data") / "english-glossary.tsv"
# Pairs taken from English translations of Vietnamese laws and government pages, each line with its
# source in a third column (assistant/data/english-glossary-outside.tsv): the ways others translate the
# same terms. Ours win a conflict.
OUTSIDE_GLOSSARY_PATH = Path(__file__).with_name("data") / "english-glossary-outside.tsv"


def _read_glossary(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        english, _, rest = line.partition("\t")
        vietnamese = rest.split("\t")[0]  # a third column, if any, is the pair's source
        if english.strip() and vietnamese.strip() and not english.startswith("#"):
            pairs[" ".join(tokens(english))] = nfc(vietnamese.strip())
    return pairs


def _new_words(outside: dict[str, str], ours: dict[str, str]) -> dict[str, str]:
    """The outside pairs for English phrases we word nowhere, in no longer or shorter phrase of ours:
    outside translations fill gaps; they do not reword what our tables already word ("business
    household registration" stays ours, "household business" and all)."""
    padded = [f" {key} " for key in ours]
    return {key: wording for key, wording in outside.items()
            if not any(f" {key} " in other or other in f" {key} " for other in padded)}


ENGLISH = {**_read_glossary(GLOSSARY_PATH), **ENGLISH}
ENGLISH = {**_new_words(_read_glossary(OUTSIDE_GLOSSARY_PATH), ENGLISH), **ENGLISH}

COUNTRIES_PATH = Path(__file__).with_name("data") / "countries.tsv"
FOREIGN_ELEMENT = "có yếu tố nước ngoài"
# "người Anh" is also an elder brother, "người lao động" a worker, "người bị kết án" the passive ("bị"),
# far commoner than a Belgian: those countries only after "quốc tịch" or "nước".
_NOT_AFTER_NGUOI = frozenset({"anh", "lao", "bi"})


_ENGLISH_PERSONS = ("fiance", "fiancee", "wife", "husband", "spouse", "partner", "national", "nationals", "citizen", "citizens",
                    "woman", "man", "girlfriend", "boyfriend", "mother", "father", "parents", "baby", "child", "nationality",
                    "passport", "people", "person", "family", "bride", "groom")


def _read_countries(path: Path) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """A foreign nationality, as Vietnamese writes it ("người Pháp", "quốc tịch Đức", "Singapore")
    and as English does ("France", "French"), worded as the foreign-element variant; and the
    countries' Vietnamese names as written ("Hàn Quốc")."""
    vietnamese: dict[str, str] = {}
    english: dict[str, str] = {}
    written: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, english_names, adjectives = line.split("\t")
        written.append(name.rstrip("*"))
        country = fold(name.rstrip("*"))
        # a Vietnamese settled there ("định cư ở Đức") makes a civil-status matter a foreign one, as
        # "Việt kiều" does
        forms = [f"quoc tich {country}", f"nuoc {country}", f"dinh cu o {country}", f"dinh cu tai {country}"]
        forms += [] if country in _NOT_AFTER_NGUOI else [f"nguoi {country}"]
        forms += [] if name.endswith("*") else [country]
        vietnamese.update(dict.fromkeys(forms, FOREIGN_ELEMENT))
        for word in (" ".join(tokens(w)) for w in f"{english_names},{adjectives}".split(",")):
            # "Thai", "Lao" are Vietnamese syllables ("thai sản", "lao động"): alone, only their country names;
            # before an English word for a person ("my Lao fiancée", "a Thai national"), the nationality.
            if word and not (" " not in word and is_vietnamese_syllable(word)):
                english[word] = FOREIGN_ELEMENT
            elif word:
                english.update(dict.fromkeys((f"{word} {person}" for person in _ENGLISH_PERSONS), FOREIGN_ELEMENT))
    return vietnamese, english, tuple(written)


_COUNTRIES_VI, _COUNTRIES_EN, COUNTRY_NAMES = _read_countries(COUNTRIES_PATH)
# A person of a foreign nationality, folded as Vietnamese writes one ("người mỹ", "người hàn quốc"), and
# "foreign" with the English names and adjectives of those countries ("american", "korean").
_FOREIGN_PEOPLE_VI = "|".join(form for form in _COUNTRIES_VI if form.startswith("nguoi "))
_FOREIGN_EN = "|".join(["foreign", *_COUNTRIES_EN])
# Folded, "bỉ", "anh", "ý" are also "bị", "anh (ấy)", "ý": "hộ chiếu bị mất", "hộ chiếu anh ấy".
_COUNTRIES_FOLDED = "|".join(sorted({fold(name) for name in COUNTRY_NAMES} - {"bi", "anh", "y"}, key=len, reverse=True))
# A foreign passport one travels on or holds describes the person, asks for no passport ("I travel on my US
# passport", "cầm hộ chiếu Mỹ").
FOREIGN_PASSPORT_HELD = (
    r"(?<![a-z])((on|with|holding|hold|using|use|have|has|carry|carrying) (only )?(my|a|an|his|her|their|our) (us|" + _FOREIGN_EN + r") passports?"
    r"|(mang|cam|dung|co|bang) ho chieu (nuoc ngoai|" + _COUNTRIES_FOLDED + r"))(?![a-z])"
    # a passport lost, expired or renewed is asked for, whoever issued it
    r"(?! (bi |da |vua )?(mat|het han|gia han|hong|lost|expired|stolen|renew))"
)
# What a stay is declared or registered as: "khai báo", "tạm trú", "lưu trú", "report my stay", "report him to
# the police" (a person reported, not a theft).
_STAY_WORDS = r"(khai bao|tam tru|luu tru|stay|stays|staying|declare|declaration|(?:report|notify) (?:him|her|them) to)"
# A foreigner who stays or rents here, folded: a foreigner who stays ("người nước ngoài thuê phòng"), a person
# of a foreign nationality or a foreign guest staying with the asker ("bạn tôi người Mỹ đến ở nhà tôi", "my
# foreign friend … stays at my house"), foreigners living here, one on a foreign passport with a stay to
# declare. Not one the asker works for or lives near ("giúp việc cho người nước ngoài"). The residence law
# registers citizens; a foreigner's stay is declared on its own form.
FOREIGNER_STAYING = (
    r"(?<!cho )(?<!voi )(?<!cua )(?<!giup )(?<![a-z])(nguoi|khach|nguoi thue|nguoi o nho)( la)? (nguoi )?nuoc ngoai"
    r" (dang |muon |se )?(o|thue|song|sinh song|lam viec|tam tru|luu tru|den o|o tro)"
    # a person of a foreign nationality who comes to stay at the asker's ("bạn tôi người Mỹ đến ở nhà tôi",
    # "người bạn người Nhật sang Việt Nam du lịch và sẽ ở lại nhà tôi": a few words of the visit between)
    r"|(?<!cho )(?<!voi )(?<!cua )(?<!giup )(?<![a-z])(" + _FOREIGN_PEOPLE_VI + r")(?: [a-z]+){0,6}?( dang| muon| se)?( den| sang| qua| ve)?"
    r" (o lai|o|o nho|o chung|tam tru|luu tru|nghi lai)( tai| o| cung| voi)? (nha|phong|can ho|cho|voi|cung) (toi|em|minh|chung toi|gia dinh)"
    r"|(?<!for )(?<!with )(?<!of )(?<![a-z])foreigners? (living|staying|renting|working|residing)"
    # a foreign guest or friend staying with the asker ("my foreign friend … stays at my house")
    r"|(?<![a-z])(" + _FOREIGN_EN + r") (friends?|guests?|visitors?|boyfriend|girlfriend|partner|fiancee?|relatives?"
    r"|tenants?|lodgers?)\b[^.?!]{0,40}\b(stays?|staying|will stay|comes? to stay|visiting|visits|rents?|renting)\b"
    r"[^.?!]{0,30}\b(with (me|us)|(at|in) (my|our))\b"
    # a landlord letting a home to a foreigner ("I rent my apartment to a Korean guy", "cho người Hàn Quốc
    # thuê phòng")
    r"|(?<![a-z])(rent|rents|renting|let|lets|letting|lease|leasing)( out)? (my|our|a|the|an) (apartment|flat|house"
    r"|room|rooms|place|home|studio)( out)? to (a |an |two |some )?(" + _FOREIGN_EN + r")"
    r"|(?<![a-z])cho (nguoi nuoc ngoai|khach nuoc ngoai|" + _FOREIGN_PEOPLE_VI + r") (o )?thue"
    # a foreigner telling of their own stay ("I'm a Korean factory manager and I rent an apartment …")
    r"|(?<![a-z])(i'?m|i am|we are|we'?re) (a |an )?(" + _FOREIGN_EN + r")\b[^.?!]{0,60}\b(i|we)( [a-z]+){0,2} (rent|renting|live"
    r"|living|stay|staying|moved)\b"
    # a lodging house taking in foreign guests ("I run a small homestay … a French couple is checking in tonight",
    # "khách sạn nhà tôi có khách Hàn Quốc")
    r"|(?<![a-z])(homestays?|hotels?|guesthouses?|guest houses?|hostels?|motels?|nha nghi|khach san)\b[^.?!]{0,80}"
    r"(?<!khong co )(?<!khong nhan )(?<!khong tiep )(?<!no )\b((" + _FOREIGN_EN + r") (couple|guests?|tourists?|visitors?|family|travell?ers?|backpackers?)"
    r"|khach (la )?(" + _FOREIGN_PEOPLE_VI + r"|nguoi nuoc ngoai|nuoc ngoai))"
    # a foreign passport one travels on, with a stay to declare ("I travel on my US passport. Does my aunt
    # need to report my stay?")
    r"|" + FOREIGN_PASSPORT_HELD + r"[^?!]{0,120}\b" + _STAY_WORDS + r"\b"
)
FOREIGNER_STAYS = re.compile(rf"(?:{FOREIGNER_STAYING})(?![a-z])")
# A stay to declare or register, as asked: "khai báo", "tạm trú", "report my stay".
_STAY_DECLARED = re.compile(rf"(?<![a-z]){_STAY_WORDS}(?![a-z])")
FOREIGN_GUEST = "khai báo tạm trú cho người nước ngoài"
# Written as a country is, capitalised and with its own marks ("người Anh", "người Lào", "người Bỉ"), those
# names are nationalities after "người" too: "người anh", "người bị kết án" are not.
_NATIONALITY_AS_WRITTEN = re.compile(r"(?<!\w)[Nn]gười\s+(" + "|".join(
    name for name in COUNTRY_NAMES if fold(name) in _NOT_AFTER_NGUOI) + r")(?!\w)")
# "ở Mỹ", "sang Đức", "bên Úc", capitalised: a place abroad (the names no everyday word after "ở"; an unstarred
# name counts alone); not "ở Mỹ Tho", a town, nor "ba lần" (three times).
# "Bỉ", "Lào" as written are no "bị", "lào"; "Anh" after "ở" may still be a brother addressed.
_PLACE_ABROAD_AS_WRITTEN = re.compile(r"(?<!\w)(?:ở|tại|sang|bên)\s+(" + "|".join(
    name for name in COUNTRY_NAMES if fold(name) != "anh") + r")(?!\w)(?!\s+[A-ZĐ])")
COLLOQUIAL = {**_COUNTRIES_VI, **COLLOQUIAL}
ENGLISH = {**_COUNTRIES_EN, **ENGLISH}


# The papers an English answer quotes in Vietnamese, glossed so a foreign reader knows what to bring.
# Matched on the folded quotes; the gloss follows the quoted name in the answer's "Terms" line.
PAPERS_EN: dict[str, str] = {
    "giấy chứng sinh": "the birth certificate issued by the hospital or clinic where the child was born",
    "giấy báo tử": "the death notice (from the hospital, police or local authority)",
    "tờ khai": "the declaration form to fill in",
    "giấy chứng nhận kết hôn": "marriage certificate",
    "giấy xác nhận tình trạng hôn nhân": "certificate of marital status",
    "giấy khai sinh": "birth certificate (civil registration)",
    "trích lục": "extract from the civil status register",
    "thẻ căn cước": "Vietnamese ID card",
    "căn cước công dân": "citizen ID card (older type)",
    "hộ chiếu": "passport",
    "bản chính": "original",
    "bản sao": "copy",
    "văn bản ủy quyền": "power of attorney",
    "giấy ủy quyền": "power of attorney",
    "hợp đồng thuê nhà": "house lease",
    "giấy chứng nhận quyền sử dụng đất": "land use right certificate",
    "giấy tờ chứng minh chỗ ở hợp pháp": "proof of lawful accommodation (ownership papers or a lease)",
    "giấy đề nghị": "application form",
    "đơn đề nghị": "application form",
    # the heads of the other papers the lists most often open with
    "giấy tờ chứng minh tình trạng hôn nhân": "proof of marital status",
    "giấy xác nhận của tổ chức y tế": "medical certificate from a health facility",
    "mẫu hộ tịch điện tử": "the online civil status form",
    "giấy tờ tùy thân": "identity papers",
    "giấy tờ chứng minh nơi cư trú": "proof of residence",
    "tờ khai thay đổi thông tin cư trú": "residence information change form (CT01)",
    "văn bản đồng ý": "written consent",
    "văn bản xác nhận": "written confirmation",
    "giấy tờ chứng minh": "papers proving it",
    "bản dịch": "translation",
    "bản chụp": "scanned copy or photo",
    "dự thảo": "draft",
    "hợp đồng": "contract",
    "di chúc": "will",
    "biên bản": "minutes (written record)",
    "quyết định": "decision",
    "ảnh": "photo",
    "sổ hộ khẩu": "household registration book (abolished since 2023)",
    "giấy chứng nhận": "certificate",
    "văn bản": "written document",
}

# Chat shorthand (Vietnamese typed on a phone): each stands for one everyday word, whatever the topic.
# Left out: shorthands that are also words or other shorthands ("a" anh / à, "e" em, "v" vậy / với,
# "bn" bao nhiêu / bạn, "hong" không / hồng as in sổ hồng, "dk" đăng ký / được, "kh" kết hôn / không,
# "hk" hộ khẩu / không, "bh" bảo hiểm / bao giờ, "trc" trước / a temporary residence card).
CHAT_SHORTHAND: dict[str, str] = {
    "ko": "không", "k": "không", "hok": "không", "khum": "không", "kg": "không", "dc": "được", "đc": "được",
    "j": "gì", "ntn": "như thế nào", "vs": "với", "mk": "mình", "mik": "mình", "cx": "cũng", "r": "rồi", "z": "vậy",
    "thui": "thôi",
}
# "50 k", "100k" are thousands of đồng, not "không".
_CHAT_SHORTHAND = re.compile(r"(?<![\w.,])(?<!\d )(" + "|".join(sorted(map(re.escape, CHAT_SHORTHAND), key=len, reverse=True))
                             + r")(?![\w])", re.IGNORECASE)


# "bn" of a sum or a span ("lệ phí bn", "mất bn ngày", "bn tiền") is "bao nhiêu", not "bạn".
_HOW_MUCH_SHORTHAND = re.compile(r"(?<![\w])((?:phí|phi|tiền|tien|mất|mat|hết|het|tốn|ton|giá|gia|lâu|lau) )bn(?![\w])"
                                 r"(?!\s*(?:ơi|oi|ạ|à|nhé|nha|nhe|,))"
                                 r"|(?<![\w])bn(?= (?:tiền|tien|ngày|ngay|lâu|lau|tháng|thang|năm|nam|tuổi|tuoi|k|nghìn|nghin)(?![\w]))",
                                 re.IGNORECASE)


def chat_written_out(text: str) -> str:
    """The message with its chat shorthand written out ("can mang j" → "can mang gi"): in the words the
    question rules and the restorer know. Unmarked in a message typed without marks, so that the restorer
    still reads it as such."""
    marked = has_diacritics(text)

    def written_out(match: re.Match) -> str:
        word = CHAT_SHORTHAND[match.group(1).lower()]
        return word if marked else fold(word)
    how_much = "bao nhiêu" if marked else "bao nhieu"
    text = _HOW_MUCH_SHORTHAND.sub(lambda match: f"{match.group(1) or ''}{how_much}", text)
    return _CHAT_SHORTHAND.sub(written_out, text)


# Question words a diacritics restorer cannot learn from procedure documents.
QUESTION_WORDS: dict[str, str] = {
    "bao nhieu": "bao nhiêu",
    "bao lau": "bao lâu",
    "may ngay": "mấy ngày",
    "o dau": "ở đâu",
    "the nao": "thế nào",
    "nhu the nao": "như thế nào",
    "can gi": "cần gì",
    "can nhung gi": "cần những gì",
    "giay to gi": "giấy tờ gì",
    "mang gi": "mang gì",
    "lam sao": "làm sao",
    "duoc khong": "được không",
    "co duoc": "có được",
    "mat bao lau": "mất bao lâu",
    # changing from one way to another ("doi tu linh tien mat sang tai khoan"): "đối" stands before "với"
    "doi tu": "đổi từ",
    "doi sang": "đổi sang",
    # what a procedure costs or takes: "có mất phí không", "mất mấy ngày" ("mat tien" is also a house's
    # "mặt tiền", its street front)
    "mat phi": "mất phí",
    "mat may ngay": "mất mấy ngày",
    "mat thoi gian": "mất thời gian",
    "bao nhieu tien": "bao nhiêu tiền",
    "tien": "tiền",
    "nop": "nộp",
    "lam": "làm",
    "xin": "xin",
    "cho em hoi": "cho em hỏi",
    "cho toi hoi": "cho tôi hỏi",
    "toi": "tôi",
    "em": "em",
    "muon": "muốn",
    "can": "cần",
    "phi": "phí",
    "le phi": "lệ phí",
    "ngay": "ngày",
    "khong": "không",
}


@lru_cache(maxsize=4096)
def expansions_of(text: str) -> tuple[str, ...]:
    """`phrase_expansions` of a question as written. Cached: several stages of one answer ask.

    An abbreviation counts only where it was typed as one, without diacritics (but a Đ): "cả nhà" is
    not "CA" (công an), "hộ kinh doanh" is not "hkd" spelled out."""
    # "ĐKKH": an abbreviation's only mark is often the stroke of its Đ.
    plain = {fold(word) for word in words(text) if not has_diacritics(word.replace("Đ", "D").replace("đ", "d"))}
    found = phrase_expansions(_with_words_apart(_with_english_order(_spelling_fixed(folded_clauses(text)))), abbreviations=plain,
                              misread=written_otherwise(text))
    return tuple(found + [FOREIGN_ELEMENT] if _abroad_as_written(text) and FOREIGN_ELEMENT not in found else found)


def _abroad_as_written(text: str) -> bool:
    """A nationality or a place abroad as the citizen wrote it ("người Lào", "ở Mỹ", "tại Bỉ")."""
    return bool(_NATIONALITY_AS_WRITTEN.search(text) or _PLACE_ABROAD_AS_WRITTEN.search(text))


# "certificate of residence" is the "residence certificate" the lexicon knows: English puts a noun's
# complement after "of" or before it. The other order is added as a clause of its own.
_OF_PHRASE = re.compile(r"(?<![a-z])([a-z]+) of (?:the |a |an |my |your |our |his |her )?((?:[a-z]+ ){0,2}[a-z]+)")
_NOT_A_HEAD = frozenset("one some many most all each any part lots kind type types because instead out".split())


# An English compound's hyphen joins words the lexicon knows apart ("border-area marriage"), a possessive's "'s" is
# no part of its word ("my Lao fiancée's certificate"); "re-register", "people's committee" are phrases as written.
_JOINED_WORDS = re.compile(r"(?<=[a-z])-(?=[a-z])|(?<=[a-z])'s(?![a-z])")


def _with_words_apart(folded: str) -> str:
    """The folded text, plus, as a clause of its own, its words with hyphens and possessives taken apart."""
    apart = _JOINED_WORDS.sub(" ", folded)
    return folded if apart == folded else f"{folded} | {apart}"


def _with_english_order(folded: str) -> str:
    """The folded text, plus "B A" for each "A of B" (B of one to three words) it writes."""
    inverted = []
    for match in _OF_PHRASE.finditer(folded):
        head, complement = match.group(1), match.group(2).split()
        if head in _NOT_A_HEAD:
            continue
        inverted += [" ".join([*complement[:n], head]) for n in range(1, len(complement) + 1)]
    return " | ".join([folded, *inverted]) if inverted else folded


# A long English word of the lexicon typed one letter off ("mariage", "pasport", "foriegner" is two
# off and stays) is that word; Vietnamese syllables and known English words are never corrected.
_MIN_TYPO_LENGTH = 6


@lru_cache(maxsize=1)
def _long_english_keys() -> frozenset[str]:
    return frozenset(k for k in ENGLISH if " " not in k and len(k) >= _MIN_TYPO_LENGTH)


def _spelling_fixed(folded: str) -> str:
    keys = _long_english_keys()
    return " ".join(
        next((k for k in keys if _one_edit_apart(token, k)), token)
        if len(token) >= _MIN_TYPO_LENGTH and token not in keys and token not in ENGLISH_WORDS
        and not is_vietnamese_syllable(token) else token
        for token in folded.split(" "))


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, deleted or replaced turns a into b."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


# Where a sentence ends, and where a comma stands: "Giấy đăng ký xe bị mất, cấp lại mất mấy ngày"
# must not read "mất, cấp" as "mất cắp" (stolen), which it folds to. A number's separator
# ("10.000") ends nothing. Already folded text (with its " | " and " , ") folds to itself.
_SENTENCE_END = re.compile(r"[.;:?!|]+(?=\s|$)|\n")
_COMMA = re.compile(r",+(?=\s|$)")


def folded_clauses(text: str) -> str:
    """The folded words of a text, sentences kept apart by " | " and commas kept as " , ": a phrase
    never reads across either; a story's few-word gap (`VARIANT_RULES`) may cross a comma."""
    sentences = (" , ".join(" ".join(tokens(part)) for part in _COMMA.split(sentence) if tokens(part))
                 for sentence in _SENTENCE_END.split(text))
    return " | ".join(s for s in sentences if s)


def known_phrase_words(text: str) -> set[str]:
    """The folded words of the question that the lexicon recognises (abbreviations, colloquial and
    English phrases): known to us even when no document writes them."""
    folded = " ".join(tokens(text))
    found = {t for t in folded.split() if t in ABBREVIATIONS}
    for phrase, _ in _phrases_in(folded, plurals=False, misread=written_otherwise(text)):
        found.update(phrase.split())
    return found


@lru_cache(maxsize=4096)
def variant_signals(text: str) -> tuple[str, ...]:
    """Only the expansions that tell which variant of a procedure the story is about (a lost card,
    a lost register, a changed name): the part of a letter's story that matters to the answer."""
    folded = folded_clauses(text)
    # Who the story is about, when that picks a variant: a foreigner, a spouse from abroad.
    found = [expansion for _, expansion in _phrases_in(folded, misread=written_otherwise(text)) if "nước ngoài" in expansion]
    found += [FOREIGN_ELEMENT] if _abroad_as_written(text) and FOREIGN_ELEMENT not in found else []
    found += [expansion for pattern, expansion in _VARIANT_PATTERNS if pattern.search(folded)]
    # A foreigner's stay to declare is declared on the foreigners' form (the residence law registers citizens).
    if FOREIGNER_STAYS.search(folded) and _STAY_DECLARED.search(folded):
        found.append(FOREIGN_GUEST)
    if _PAPER_LOST_PATTERN.search(folded) and "đăng ký lại" not in found:
        found.append("cấp bản sao trích lục hộ tịch bản sao giấy khai sinh")
    if set(found) & _RECORDS_CORRECTED_ELSEWHERE and not _CIVIL_PAPER_NAMED.search(folded):
        # A wrong detail is mended where it is recorded: on a land title, in the population database, in a
        # certified contract; a civil-status correction only when a civil-status paper is named.
        found = [expansion for expansion in found if expansion != CIVIL_STATUS_CORRECTION]
    if _BIRTH_BEING_REGISTERED.search(folded):
        # A newborn's name is chosen at the birth's registration, not changed ("… take her mother's surname instead").
        found = [expansion for expansion in found if expansion != SURNAME_CHANGED]
    if _BIRTH_TOLD_REGISTERED.search(folded):
        # The birth with the father's recognition is for a birth not yet registered: "chưa kết hôn, con đã 2 tuổi
        # và đã làm giấy khai sinh" asks something else (the recognition alone, the marriage).
        found = [expansion for expansion in found if expansion != UNMARRIED_PARENTS_BIRTH]
    return tuple(found)


# The records a wrong detail is corrected in, other than the civil-status register, and the civil-status papers.
_RECORDS_CORRECTED_ELSEWHERE = {"đính chính giấy chứng nhận có sai sót", "sửa lỗi sai sót trong giao dịch",
                                "hiệu đính thông tin đăng ký hộ kinh doanh",
                                "điều chỉnh thông tin trong cơ sở dữ liệu quốc gia về dân cư"}
_CIVIL_PAPER_NAMED = re.compile(r"(?<![a-z])(" + _CIVIL_PAPER[1:-1] + r"|khai sinh|ho tich|cai chinh|(doi|thay doi) (ten|ho ten|ho)"
                                r"|birth|marriage extract|civil status)(?![a-z])")
# A birth being registered now ("registering our newborn's birth", "vừa sinh … làm khai sinh").
_BIRTH_BEING_REGISTERED = re.compile(r"(?<![a-z])(newborn|new-born|just gave birth|just been born|gave birth (last|this) (week|month)"
                                     r"|register(ing)? (our|the|his|her|a|my) (baby'?s? |child'?s? |son'?s? |daughter'?s? )?birth"
                                     r"|vua sinh|moi sinh|chuan bi lam khai sinh)(?![a-z])")
# A birth the story tells as registered ("đã làm giấy khai sinh", "đã khai sinh", "khai sinh rồi").
_BIRTH_TOLD_REGISTERED = re.compile(r"(?<![a-z])((da|roi) (lam |dang ky |duoc cap |co )?(giay )?khai sinh|khai sinh roi)(?![a-z])")


def worded_in_place(folded: str) -> list[str]:
    """A short folded phrase with each colloquial name, English phrase or abbreviation in it replaced by
    its official wording, the other words kept: "sang tên sổ đỏ" is "sang tên giấy chứng nhận quyền sử
    dụng đất", an act on the certificate, not the certificate itself."""
    padded = f" {folded} "
    # A phrase inside a longer one found ("card" in "temporary residence card") is worded with it.
    replaced = [(phrase, fold(expansion)) for phrase, expansion in _at_longest(_phrases_in(folded, plurals=False))]
    replaced += [(token, fold(ABBREVIATIONS[token])) for token in folded.split() if token in ABBREVIATIONS]
    worded = []
    for phrase, wording in replaced:
        rest = padded.replace(f" {phrase} ", " ").split()
        # Among English words ("notary office") only the wording is Vietnamese: it stands alone.
        in_place = all(is_vietnamese_syllable(word) for word in rest)
        worded.append(" ".join(padded.replace(f" {phrase} ", f" {wording} ").split()) if in_place else wording)
    return worded


def _phrases_in(folded: str, plurals: bool = True, misread: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The colloquial and English phrases of the lexicon found whole in a folded question (English
    ones also with a plural "s"), with their official wording; not those the question wrote only as
    other words (`misread`, see `written_otherwise`)."""
    padded = f" {folded} "
    found = [(phrase, expansion) for table in (COLLOQUIAL, ENGLISH) for phrase, expansion in table.items()
             if (f" {phrase} " in padded or (plurals and f" {_plural(phrase)} " in padded)) and phrase not in misread]
    silencing = [phrase for phrase, expansion in found if not expansion]
    return [(phrase, expansion) for phrase, expansion in found
            if expansion and not any(f" {phrase} " in f" {other} " for other in silencing)]


def spelled_as_keys(folded_words: list[str]) -> list[tuple[int, int, str]]:
    """Where a text's folded words write a `SPELLED_AS` key: (start, end, key) for each place."""
    places = []
    for key in SPELLED_AS:
        size = len(key.split())
        places += [(i, i + size, key) for i in range(len(folded_words) - size + 1) if " ".join(folded_words[i:i + size]) == key]
    return places


@lru_cache(maxsize=4096)
def written_otherwise(text: str) -> frozenset[str]:
    """The `SPELLED_AS` keys a text writes only with other diacritics ("nhận hồ sơ" for "nhan ho"): its
    folded form holds them, its words do not."""
    written = [word.lower() for word in words(text)]
    spans: dict[str, list[str]] = {}
    for start, end, key in spelled_as_keys([fold(word) for word in written]):
        spans.setdefault(key, []).append(" ".join(written[start:end]))
    return frozenset(key for key, found in spans.items()
                     if not any(_agrees(span, spelling) for span in found for spelling in SPELLED_AS[key]))


def _agrees(written: str, spelling: str) -> bool:
    """Whether words as typed agree with a spelling, word by word: each as spelled, or typed without
    marks ("so đỏ", "sổ do" are "sổ đỏ"; "sơ đồ" is not)."""
    return all(word == spelled or not has_diacritics(word) for word, spelled in zip(written.split(), spelling.split()))


def _plural(phrase: str) -> str:
    """An English phrase with its last noun in the plural: "businesses", "passes", "allowances"."""
    return phrase + ("es" if phrase.endswith(("s", "x", "sh", "ch")) else "s")


def _at_longest(phrases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (phrase, expansion) pairs found, without those inside a longer phrase found."""
    return [(phrase, expansion) for phrase, expansion in phrases
            if not any(other != phrase and f" {phrase} " in f" {other} " for other, _ in phrases)]


def phrase_expansions(folded: str, abbreviations: set[str] | None = None,
                      misread: frozenset[str] = frozenset()) -> list[str]:
    """Official wording for the abbreviations and colloquial names found in a folded question."""
    phrases = _phrases_in(folded, misread=misread)
    found = [expansion for _, expansion in phrases]
    for token in folded.split():
        if token in ABBREVIATIONS and (abbreviations is None or token in abbreviations):
            found.append(ABBREVIATIONS[token])
    padded = f" {folded} "
    found += [ABBREVIATIONS[key] for key, spaced in _FORM_NUMBERS.items() if f" {spaced} " in padded]
    found += [signal for signal in _story_signals(folded, phrases) if signal not in found]
    return found


def story_signals(text: str) -> tuple[str, ...]:
    """`variant_signals` of a story, in Vietnamese or in English: an English letter's story is read in
    the official wording of its phrases ("not married" … "birth certificate": "chưa kết hôn" … "khai
    sinh"), which the domain's rules are written for."""
    folded = folded_clauses(text)
    return _story_signals(folded, _phrases_in(folded, misread=written_otherwise(text)))


def _story_signals(folded: str, phrases: list[tuple[str, str]]) -> tuple[str, ...]:
    """`story_signals` of a folded text, given the phrases of the lexicon it writes."""
    # Each English phrase at its longest, in the order the text writes them: "land dispute resolution"
    # is the resolution of a land dispute, not "a land dispute" and a resolution.
    whole = _at_longest([(phrase, expansion) for phrase, expansion in phrases if phrase in ENGLISH])
    english = " ".join(expansion for _, expansion in sorted(whole, key=lambda p: f" {folded} ".find(f" {p[0]} ")))
    found = list(variant_signals(folded))
    return tuple(found + [signal for signal in (variant_signals(english) if english else ()) if signal not in found])
