"""Writes h1–h4 (ward website pages with site chrome) into ../documents.

Run with: python3 evals/wardmade5/sources/make_html.py
"""
import os
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents")

CSS = """
  body { margin: 0; font-family: Roboto, Arial, sans-serif; font-size: 15px; color: #222; line-height: 1.6; background: #f4f6f8; }
  .topbar { background: #8b0000; color: #fde; font-size: 12px; padding: 4px 24px; display: flex; justify-content: space-between; }
  header.site { background: #fff; padding: 10px 24px; display: flex; align-items: center; gap: 14px; border-bottom: 3px solid #c62828; }
  header.site .logo { width: 54px; height: 54px; border-radius: 50%; background: #c62828; color: #ffeb3b; font-weight: bold; display: flex; align-items: center; justify-content: center; }
  header.site .name small { display: block; color: #555; font-size: 12px; }
  header.site .name b { font-size: 21px; color: #b71c1c; }
  nav.menu { background: #c62828; }
  nav.menu ul { list-style: none; margin: 0; padding: 0 16px; display: flex; flex-wrap: wrap; }
  nav.menu a { color: #fff; text-decoration: none; display: block; padding: 9px 13px; font-size: 14px; }
  .crumbs { padding: 8px 24px; font-size: 13px; color: #666; }
  .crumbs a { color: #c62828; text-decoration: none; }
  .wrap { display: flex; gap: 22px; padding: 0 24px 24px 24px; }
  main { flex: 3; background: #fff; padding: 16px 22px; border: 1px solid #e0e0e0; }
  aside { flex: 1; font-size: 14px; }
  aside .box { background: #fff; border: 1px solid #e0e0e0; margin-bottom: 14px; }
  aside .box h3 { margin: 0; background: #c62828; color: #fff; font-size: 14px; padding: 6px 10px; }
  aside .box ul { margin: 0; padding: 6px 10px 8px 24px; }
  aside .box li { margin: 4px 0; }
  aside .box a { color: #333; text-decoration: none; }
  .meta { color: #777; font-size: 13px; margin-bottom: 10px; }
  h1 { font-size: 24px; color: #b71c1c; line-height: 1.3; margin: 4px 0 6px 0; }
  h2 { font-size: 18px; color: #333; margin: 18px 0 6px 0; }
  table.t { border-collapse: collapse; width: 100%; margin: 8px 0 12px 0; }
  table.t th, table.t td { border: 1px solid #bbb; padding: 6px 8px; vertical-align: top; text-align: left; }
  table.t th { background: #fbe9e7; }
  details { border: 1px solid #ddd; margin: 6px 0; background: #fafafa; }
  details summary { cursor: pointer; padding: 8px 12px; font-weight: bold; background: #fbe9e7; }
  details .body { padding: 4px 14px 10px 14px; }
  .faq-q { font-weight: bold; color: #8b0000; margin-top: 16px; }
  .share { margin-top: 18px; font-size: 13px; color: #888; border-top: 1px dashed #ccc; padding-top: 8px; }
  footer { background: #3e2723; color: #ddd; font-size: 13px; padding: 14px 24px; }
  footer a { color: #ffcc80; }
"""

MENU = ["Trang chủ", "Giới thiệu", "Tin tức – Sự kiện", "Thủ tục hành chính", "Hỏi – đáp",
        "Dịch vụ công trực tuyến", "Văn bản", "Liên hệ"]


def page(title, crumbs, body, sidebar):
    menu = "".join(f'<li><a href="#">{m}</a></li>' for m in MENU)
    crumb = " › ".join([f'<a href="#">{c}</a>' for c in crumbs[:-1]] + [crumbs[-1]])
    side = ""
    for head, items in sidebar:
        lis = "".join(f'<li><a href="#">{i}</a></li>' for i in items)
        side += f'<div class="box"><h3>{head}</h3><ul>{lis}</ul></div>'
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Cổng thông tin điện tử phường Hưng Phú Tây</title>
<style>{CSS}</style>
</head>
<body>
<div class="topbar"><span>Thứ Hai, 13/4/2026</span><span>Đường dây nóng: 028 3999 1100 · English</span></div>
<header class="site"><div class="logo">HPT</div><div class="name"><small>ĐẢNG BỘ – HĐND – UBND – UBMTTQ VIỆT NAM</small><b>PHƯỜNG HƯNG PHÚ TÂY</b><small>Thành phố Hồ Chí Minh</small></div></header>
<nav class="menu"><ul>{menu}</ul></nav>
<div class="crumbs">{crumb}</div>
<div class="wrap">
<main>
{body}
<div class="share">Chia sẻ: Facebook · Zalo · In trang · Gửi email | Lượt xem: 1.204</div>
</main>
<aside>{side}</aside>
</div>
<footer>
<b>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HƯNG PHÚ TÂY</b><br>
Cơ quan chủ quản: Ủy ban nhân dân phường Hưng Phú Tây, Thành phố Hồ Chí Minh<br>
Địa chỉ: 45 đường Tân Hòa, phường Hưng Phú Tây · Điện thoại: 028 3999 1100<br>
Ghi rõ nguồn “Cổng thông tin điện tử phường Hưng Phú Tây” khi phát hành lại thông tin từ website này.
</footer>
</body>
</html>
"""
    return unicodedata.normalize("NFC", html)


NEWS = ("Tin mới", [
    "Phường Hưng Phú Tây ra quân “Ngày Chủ nhật xanh” tháng 4",
    "Lịch tiêm chủng mở rộng tháng 4/2026 tại Trạm Y tế phường",
    "Thông báo tạm ngưng cung cấp điện khu phố 3 ngày 18/4",
    "Hội thi “Tìm hiểu pháp luật về đất đai” dành cho hội viên phụ nữ",
    "Phường tổ chức ngày hội việc làm cho thanh niên",
])
TTHC = ("Thủ tục được quan tâm", [
    "Cấp đổi thẻ căn cước",
    "Đăng ký tạm trú",
    "Chứng thực chữ ký",
    "Đăng ký thành lập hộ kinh doanh",
])
LINKS = ("Liên kết", ["Cổng Dịch vụ công quốc gia", "Cổng thông tin điện tử TP. Hồ Chí Minh", "Ứng dụng VNeID"])


# ------------------------------------------------------------------ h1: article (hòa giải tranh chấp đất đai)
H1 = """
<div class="meta">Tin tức – Sự kiện › Pháp luật – Đời sống · 09/4/2026 08:15 · Ban biên tập</div>
<h1>Hòa giải tranh chấp đất đai ở phường: người dân cần biết những gì?</h1>
<p><b>Tranh chấp ranh đất, lối đi chung giữa các hộ liền kề là loại việc phường Hưng Phú Tây nhận nhiều đơn nhất trong quý I/2026. Trước khi khởi kiện, người dân có thể đề nghị Ủy ban nhân dân phường tổ chức hòa giải – thủ tục Hòa giải tranh chấp đất đai (mã 1.012812).</b></p>

<p>Theo Bộ phận Tư pháp phường, khá nhiều người dân vẫn nghĩ phải “có luật sư” hoặc “tốn tiền” mới được hòa giải. Thực tế, thủ tục này <b>không thu phí, lệ phí</b>, và hồ sơ khá đơn giản.</p>

<h2>Hồ sơ nộp gồm những gì?</h2>
<p>Người đề nghị nộp tại Ủy ban nhân dân phường (qua Trung tâm Phục vụ hành chính công) hoặc gửi qua dịch vụ bưu chính:</p>
<ul>
  <li>Đơn yêu cầu hòa giải tranh chấp đất đai (bản chính);</li>
  <li>Các giấy tờ có liên quan đến việc sử dụng đất (bản phô tô hoặc bản có chứng thực).</li>
</ul>

<h2>Phường giải quyết ra sao?</h2>
<p>Trong thời hạn <b>03 ngày làm việc</b> kể từ ngày nhận được đơn, Ủy ban nhân dân phường phải thông báo bằng văn bản cho các bên tranh chấp và Văn phòng đăng ký đất đai (hoặc Chi nhánh) nơi có đất về việc thụ lý đơn; nếu không thụ lý thì thông báo bằng văn bản và nêu rõ lý do.</p>
<p>Sau đó, phường thẩm tra, xác minh nguyên nhân tranh chấp, thu thập giấy tờ về nguồn gốc đất, quá trình sử dụng và hiện trạng sử dụng đất; rồi thành lập <b>Hội đồng hòa giải tranh chấp đất đai</b>. Tùy vụ việc, Hội đồng có thể mời đại diện cộng đồng dân cư, người có uy tín trong dòng họ, người có trình độ pháp lý, công chức Tư pháp - hộ tịch, đại diện Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh, Đoàn Thanh niên… cùng tham gia.</p>
<p>Cuộc họp hòa giải có các bên tranh chấp, thành viên Hội đồng và người có quyền lợi, nghĩa vụ liên quan. <b>Việc hòa giải chỉ được tiến hành khi các bên tranh chấp đều có mặt.</b> Nếu một bên vắng mặt đến lần thứ hai thì được coi là hòa giải không thành.</p>

<h2>Kết quả hòa giải</h2>
<p>Kết quả được lập thành biên bản, có chữ ký của Chủ tịch Hội đồng và các bên tranh chấp (biên bản nhiều trang thì ký vào từng trang), đóng dấu Ủy ban nhân dân phường, gửi ngay cho các bên và lưu tại phường.</p>
<p>Trong thời hạn <b>10 ngày</b> kể từ ngày lập biên bản hòa giải thành, nếu bên nào có ý kiến bằng văn bản khác với nội dung đã thống nhất, Chủ tịch UBND phường tổ chức lại cuộc họp Hội đồng hòa giải để xem xét và lập biên bản hòa giải thành hoặc không thành.</p>
<p>Trường hợp hòa giải không thành, phường hướng dẫn các bên gửi đơn đến cơ quan có thẩm quyền giải quyết tranh chấp tiếp theo.</p>

<h2>Mất bao lâu?</h2>
<p>Theo thông tin công khai trên Cổng Dịch vụ công quốc gia, thời hạn giải quyết là <b>30 ngày</b> đối với hồ sơ gửi qua dịch vụ bưu chính và <b>40 ngày</b> đối với hồ sơ nộp trực tiếp.</p>

<p><i>Căn cứ: Luật Đất đai số 31/2024/QH15 (Điều 235); Nghị định số 102/2024/NĐ-CP; Nghị định số 151/2025/NĐ-CP.</i></p>
"""

# ------------------------------------------------------------------ h2: table page (đăng ký thường trú)
H2 = """
<div class="meta">Thủ tục hành chính › Lĩnh vực Đăng ký, quản lý cư trú · Cập nhật 01/4/2026</div>
<h1>Đăng ký thường trú</h1>
<p>Mã thủ tục: <b>1.004222</b> · Cơ quan thực hiện: <b>Công an phường Hưng Phú Tây</b> · Cấp thực hiện: cấp xã</p>

<h2>Cách thức, thời hạn và lệ phí</h2>
<table class="t">
  <tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th><th>Lệ phí</th><th>Ghi chú</th></tr>
  <tr><td>Trực tiếp tại Công an phường</td><td>07 ngày làm việc</td><td>20.000 đồng/lần đăng ký</td><td rowspan="2">Người thuộc diện được miễn lệ phí theo Điều 4 Thông tư số 75/2022/TT-BTC (sửa đổi, bổ sung bởi Thông tư số 71/2025/TT-BTC) xuất trình giấy tờ chứng minh, trừ khi thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.</td></tr>
  <tr><td>Trực tuyến (Cổng Dịch vụ công, VNeID)</td><td>07 ngày làm việc</td><td>10.000 đồng/lần đăng ký</td></tr>
</table>

<h2>Hồ sơ theo từng trường hợp</h2>
<table class="t">
  <tr><th style="width:30%">Trường hợp</th><th>Giấy tờ cần có</th></tr>
  <tr><td>Nhà thuộc quyền sở hữu của mình</td><td>Tờ khai thay đổi thông tin cư trú (mẫu CT01, Thông tư số 53/2025/TT-BCA); giấy tờ chứng minh chỗ ở hợp pháp – <i>không phải xuất trình nếu cơ quan đăng ký khai thác được thông tin (ví dụ giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà đã có trong Cơ sở dữ liệu quốc gia về đất đai)</i>.</td></tr>
  <tr><td>Về ở với người thân (vợ, chồng, cha, mẹ, con…) tại chỗ ở của người khác</td><td>Tờ khai CT01; thông tin chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình (khai thác từ VNeID hoặc Cơ sở dữ liệu; không khai thác được thì xuất trình giấy tờ như giấy khai sinh, giấy chứng nhận kết hôn). Chỗ ở có nhiều chủ sở hữu thì chỉ cần ý kiến đồng ý của ít nhất một chủ sở hữu.</td></tr>
  <tr><td>Nhà thuê, mượn, ở nhờ</td><td>Tờ khai CT01; <b>hợp đồng, văn bản cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực</b>; thông tin chứng minh đủ diện tích nhà ở bình quân theo quy định của HĐND Thành phố (không khai thác được thì xuất trình giấy tờ thể hiện diện tích hoặc xác nhận của UBND phường theo Mẫu số 02 Nghị định số 154/2024/NĐ-CP).</td></tr>
  <tr><td>Người Việt Nam định cư ở nước ngoài không có hộ chiếu Việt Nam còn giá trị</td><td>Tờ khai thay đổi thông tin về cư trú mẫu CT02 và giấy tờ chứng minh có quốc tịch Việt Nam, văn bản đồng ý của cơ quan quản lý xuất nhập cảnh Bộ Công an.</td></tr>
</table>

<h2>Trình tự thực hiện</h2>
<table class="t">
  <tr><th style="width:12%">Bước</th><th>Nội dung</th></tr>
  <tr><td>1</td><td>Chuẩn bị hồ sơ theo trường hợp ở trên.</td></tr>
  <tr><td>2</td><td>Nộp hồ sơ tại Công an phường hoặc nộp trực tuyến.</td></tr>
  <tr><td>3</td><td>Cán bộ kiểm tra, đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú. Hồ sơ đủ điều kiện: cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04). Không đủ điều kiện: cấp Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu CT06).</td></tr>
  <tr><td>4</td><td>Nộp lệ phí đăng ký thường trú.</td></tr>
  <tr><td>5</td><td>Nhận thông báo kết quả theo ngày hẹn trên Phiếu tiếp nhận.</td></tr>
</table>

<h2>Lưu ý</h2>
<ul>
  <li>Điều kiện: người đăng ký đã được thu thập, cập nhật thông tin vào Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú.</li>
  <li>Trẻ em mới sinh đăng ký thường trú lần đầu <b>không phải xuất trình Giấy khai sinh</b>.</li>
  <li>Trong thời hạn tối đa <b>60 ngày</b> kể từ ngày người chưa thành niên được đăng ký khai sinh phải làm thủ tục đăng ký cư trú cho trẻ.</li>
  <li>Đăng ký vào nhà thuộc sở hữu của mình mà nhà có nhiều chủ sở hữu thì không cần ý kiến đồng ý của những người đồng sở hữu.</li>
</ul>
<p><i>Căn cứ: Luật Cư trú số 68/2020/QH14; Nghị định số 154/2024/NĐ-CP; Thông tư số 55/2021/TT-BCA; Thông tư số 53/2025/TT-BCA; Thông tư số 66/2023/TT-BCA; Thông tư số 75/2022/TT-BTC; Thông tư số 71/2025/TT-BTC.</i></p>
"""

# ------------------------------------------------------------------ h3: FAQ (đăng ký kết hôn)
H3 = """
<div class="meta">Hỏi – đáp › Hộ tịch · 27/3/2026</div>
<h1>Những câu hỏi thường gặp khi đăng ký kết hôn</h1>
<p>Bộ phận Tư pháp - Hộ tịch phường Hưng Phú Tây tổng hợp các câu hỏi người dân hay gửi qua hộp thư góp ý và tại quầy tiếp nhận về thủ tục <b>Đăng ký kết hôn</b> (mã 1.000894).</p>

<p class="faq-q">1. Đăng ký kết hôn nộp ở đâu, có làm online được không?</p>
<p>Hai bạn nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường, nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, hoặc gửi qua bưu chính. Người dân được chọn làm thủ tục tại nơi cư trú; nếu nộp ở phường không phải nơi thường trú, tạm trú của mình, phường sẽ hỗ trợ chuyển hồ sơ trực tuyến đến đúng nơi có thẩm quyền.</p>

<p class="faq-q">2. Cần những giấy tờ gì?</p>
<p>Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên (hai người có thể khai chung một tờ khai), và giấy tờ tùy thân còn giá trị của mỗi bên (thẻ căn cước, căn cước công dân, hộ chiếu…). Nếu gửi qua bưu chính thì gửi kèm bản sao có chứng thực giấy tờ phải xuất trình.</p>

<p class="faq-q">3. Có phải về quê xin giấy xác nhận độc thân không?</p>
<p>Thông thường là không. Cán bộ hộ tịch tra cứu tình trạng hôn nhân của hai bạn trong Cơ sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư. Nếu chưa có thông tin, phường đề nghị Ủy ban nhân dân cấp xã nơi bạn thường trú hoặc nơi đã đăng ký kết hôn trước đây xác minh; nơi đó phải trả lời trong 03 ngày làm việc.</p>

<p class="faq-q">4. Lệ phí bao nhiêu?</p>
<p>Đăng ký kết hôn được <b>miễn lệ phí</b>. Nếu muốn xin thêm bản sao Trích lục kết hôn thì nộp phí bản sao theo Thông tư số 281/2016/TT-BTC.</p>

<p class="faq-q">5. Bao lâu thì nhận được Giấy chứng nhận kết hôn?</p>
<p>01 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ. Nếu cần xác minh mà không trả kết quả đúng hẹn, phường lập Phiếu xin lỗi và hẹn lại ngày trả, có nêu lý do.</p>

<p class="faq-q">6. Ngày nhận giấy, một người đi công tác thì người kia nhận thay được không?</p>
<p>Không. Khi trao Giấy chứng nhận kết hôn, <b>hai bên nam, nữ phải cùng có mặt</b>, xuất trình giấy tờ tùy thân, kiểm tra thông tin, khẳng định sự tự nguyện kết hôn và ký vào Sổ đăng ký kết hôn, Giấy chứng nhận kết hôn. Mỗi bên nhận 01 bản chính.</p>

<p class="faq-q">7. Nộp trực tuyến thì sau khi nộp phải làm gì?</p>
<p>Công chức hộ tịch gửi biểu mẫu Giấy chứng nhận kết hôn điện tử qua thư điện tử hoặc thiết bị số để hai bạn kiểm tra, xác nhận (tối đa một ngày). Nếu xác nhận, hoặc không phản hồi sau một ngày, thông tin được ghi vào Sổ đăng ký kết hôn; sau đó hai bạn vẫn đến phường để ký và nhận giấy.</p>

<p class="faq-q">8. Tôi từng ly hôn ở nước ngoài thì có đăng ký kết hôn ngay được không?</p>
<p>Nếu việc ly hôn ở nước ngoài chưa được ghi chú (không thể hiện trong Cơ sở dữ liệu hộ tịch điện tử), bạn phải làm thủ tục ghi vào sổ hộ tịch việc ly hôn trước, sau đó mới đăng ký kết hôn.</p>

<p><i>Căn cứ: Luật Hôn nhân và gia đình số 52/2014/QH13; Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 120/2025/NĐ-CP; Thông tư số 04/2020/TT-BTP.</i></p>
"""

# ------------------------------------------------------------------ h4: accordion (đăng ký lại khai tử)
H4 = """
<div class="meta">Thủ tục hành chính › Lĩnh vực Hộ tịch · Cập nhật 15/3/2026</div>
<h1>Đăng ký lại khai tử</h1>
<p>Mã thủ tục: <b>1.005461</b> · Cơ quan thực hiện: Ủy ban nhân dân phường Hưng Phú Tây · Đối tượng: công dân Việt Nam. Bấm vào từng mục để xem chi tiết.</p>

<details open>
<summary>Trình tự thực hiện</summary>
<div class="body">
<ol>
  <li>Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường (nộp lệ phí nếu thuộc trường hợp phải nộp; nộp phí bản sao Trích lục khai tử nếu xin bản sao), hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia / ứng dụng VNeID.</li>
  <li>Cán bộ tiếp nhận kiểm tra hồ sơ: đủ, hợp lệ thì viết Phiếu hẹn trả kết quả; chưa đủ thì hướng dẫn bổ sung; không bổ sung được thì có văn bản từ chối.</li>
  <li>Công chức tư pháp - hộ tịch thẩm tra; thấy thông tin khai tử đầy đủ, phù hợp thì ghi vào Sổ đăng ký khai tử. Nộp trực tuyến: người yêu cầu kiểm tra, xác nhận biểu mẫu Trích lục khai tử điện tử (tối đa một ngày).</li>
  <li>Lãnh đạo UBND phường ký Trích lục khai tử; Trung tâm Phục vụ hành chính công trả kết quả.</li>
</ol>
</div>
</details>

<details>
<summary>Cách thức thực hiện</summary>
<div class="body"><p>Trực tiếp; trực tuyến; qua dịch vụ bưu chính.</p></div>
</details>

<details>
<summary>Thành phần hồ sơ</summary>
<div class="body">
<p><b>Giấy tờ phải nộp:</b></p>
<ul>
  <li>Tờ khai đăng ký lại khai tử theo mẫu (nộp trực tiếp hoặc qua bưu chính) – nộp trực tuyến thì khai mẫu hộ tịch điện tử tương tác;</li>
  <li><b>Bản sao Giấy chứng tử</b> trước đây được cấp hợp lệ. Nếu không có bản sao Giấy chứng tử thì nộp bản sao hồ sơ, giấy tờ liên quan có nội dung chứng minh sự kiện chết;</li>
  <li>Văn bản ủy quyền nếu ủy quyền làm thủ tục (người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột thì không phải chứng thực).</li>
</ul>
<p><b>Giấy tờ phải xuất trình:</b> giấy tờ tùy thân còn giá trị; giấy tờ chứng minh nơi cư trú nếu cán bộ không khai thác được thông tin. Gửi qua bưu chính thì kèm bản sao có chứng thực các giấy tờ phải xuất trình.</p>
</div>
</details>

<details>
<summary>Thời hạn giải quyết</summary>
<div class="body"><p>05 ngày làm việc. Trường hợp phải xác minh mà không trả kết quả đúng hẹn, phường lập Phiếu xin lỗi và hẹn lại ngày trả kết quả.</p></div>
</details>

<details>
<summary>Phí, lệ phí</summary>
<div class="body"><p>Lệ phí theo mức do Hội đồng nhân dân Thành phố quyết định. <b>Miễn lệ phí</b> cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật. Phí cấp bản sao Trích lục khai tử (nếu có yêu cầu) theo Thông tư số 281/2016/TT-BTC.</p></div>
</details>

<details>
<summary>Kết quả thực hiện</summary>
<div class="body"><p>Trích lục khai tử.</p></div>
</details>

<details>
<summary>Căn cứ pháp lý</summary>
<div class="body"><p>Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP; Nghị định số 87/2020/NĐ-CP; Nghị định số 07/2025/NĐ-CP; Nghị định số 120/2025/NĐ-CP; Nghị định số 18/2026/NĐ-CP; Thông tư số 04/2020/TT-BTP; Thông tư số 85/2019/TT-BTC; Thông tư số 281/2016/TT-BTC.</p></div>
</details>
"""


def main():
    pages = [
        ("h1-hoa-giai-tranh-chap-dat-dai.html", "Hòa giải tranh chấp đất đai ở phường",
         ["Trang chủ", "Tin tức – Sự kiện", "Pháp luật – Đời sống", "Hòa giải tranh chấp đất đai"], H1,
         [NEWS, TTHC, LINKS]),
        ("h2-dang-ky-thuong-tru.html", "Đăng ký thường trú",
         ["Trang chủ", "Thủ tục hành chính", "Đăng ký, quản lý cư trú", "Đăng ký thường trú"], H2,
         [TTHC, NEWS, LINKS]),
        ("h3-faq-dang-ky-ket-hon.html", "Hỏi – đáp đăng ký kết hôn",
         ["Trang chủ", "Hỏi – đáp", "Hộ tịch", "Đăng ký kết hôn"], H3,
         [("Câu hỏi mới", ["Đăng ký khai sinh cho con khi cha mẹ chưa kết hôn?", "Sao y bằng đại học ở đâu?",
                           "Giấy xác nhận cư trú lấy ở đâu?"]), NEWS, LINKS]),
        ("h4-dang-ky-lai-khai-tu.html", "Đăng ký lại khai tử",
         ["Trang chủ", "Thủ tục hành chính", "Hộ tịch", "Đăng ký lại khai tử"], H4,
         [TTHC, NEWS, LINKS]),
    ]
    for fn, title, crumbs, body, side in pages:
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(page(title, crumbs, body, side))
    print("wrote", len(pages), "pages to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
