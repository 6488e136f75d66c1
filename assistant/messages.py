"""Every sentence the assistant says in its own voice, in Vietnamese and English, in one place.

The people who own the wording review this file. Quotes from documents are not here: they come from
the corpus. The ward desk's contact comes from the ward profile; a value still marked
`[CHƯA XÁC MINH]` is never shown as a fact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

PLACEHOLDER = "[CHƯA XÁC MINH]"


@dataclass
class WardProfile:
    ward_name: str = "Phường"
    city: str = ""
    service_center: str = "Trung tâm Phục vụ hành chính công của phường"
    address: str = ""
    hotline: str = ""
    email: str = ""
    opening_hours: str = ""
    website: str = ""
    extra: dict = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "WardProfile":
        if not path.exists():
            return cls()
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        known = {k: str(raw[k]) for k in cls.__dataclass_fields__ if k in raw and k != "extra"}
        return cls(**known, extra={k: v for k, v in raw.items() if k not in known})

    def verified(self, name: str) -> str | None:
        value = getattr(self, name, "") or ""
        return None if not value or value.startswith(PLACEHOLDER) else value

    def to_fill(self) -> list[str]:
        """The contact fields a citizen is told at the desk that staff have not filled in yet."""
        return [n for n in ("address", "hotline", "opening_hours") if self.verified(n) is None]

    def public(self) -> dict:
        """The profile as the widget may show it: placeholders become null."""
        names = ("ward_name", "city", "service_center", "address", "hotline", "email", "opening_hours", "website")
        return {n: self.verified(n) for n in names}


def desk_contact(profile: WardProfile, language: str) -> str:
    """How to reach the ward desk, using only verified values."""
    center = profile.verified("service_center") or TEXT["desk_generic"][language]
    parts = [center]
    if profile.verified("address"):
        parts.append(profile.address)
    if profile.verified("hotline"):
        parts.append(("hotline " if language == "en" else "đường dây nóng ") + profile.hotline)
    if profile.verified("opening_hours"):
        parts.append(profile.opening_hours)
    return ", ".join(parts)


TEXT: dict[str, dict[str, str]] = {
    "desk_generic": {
        "vi": "Trung tâm Phục vụ hành chính công của phường",
        "en": "the ward's Public Administrative Service Center",
    },
    "greeting": {
        "vi": "Xin chào! Tôi là trợ lý ảo của {ward}. Tôi trả lời về thủ tục hành chính: giấy tờ cần mang, lệ phí, "
        "thời hạn và nơi nộp, kèm nguồn chính thức. Bạn cần làm thủ tục gì?",
        "en": "Hello! I am the virtual assistant of {ward}. I answer questions about administrative procedures "
        "(papers to bring, fees, time limits, where to file), citing the official sources. What do you need to do?",
    },
    "out_of_scope": {
        "vi": "Xin lỗi, tôi chỉ trả lời về thủ tục hành chính do phường giải quyết. Với câu hỏi khác, "
        "vui lòng liên hệ {desk}.",
        "en": "Sorry, I only answer questions about the administrative procedures a ward handles. For anything "
        "else, please contact {desk}.",
    },
    "injection": {
        "vi": "Tôi không thể làm theo yêu cầu đó. Tôi chỉ trả lời về thủ tục hành chính của phường, dựa trên "
        "văn bản chính thức. Bạn cần hỏi thủ tục gì?",
        "en": "I can't do that. I only answer questions about the ward's administrative procedures, from the "
        "official documents. Which procedure do you need?",
    },
    "harmful": {
        "vi": "Tôi không thể hỗ trợ yêu cầu này vì nó trái pháp luật hoặc có thể gây hại. Nếu bạn cần làm "
        "thủ tục hợp pháp, tôi sẵn lòng hướng dẫn, hoặc bạn có thể hỏi {desk}.",
        "en": "I can't help with this request because it is unlawful or could cause harm. If you need a lawful "
        "procedure, I'm glad to help, or you can ask {desk}.",
    },
    "not_a_question": {
        "vi": "Xin lỗi, tôi không giúp được việc này. Tôi chỉ hướng dẫn các thủ tục hành chính do phường giải quyết "
        "(giấy tờ, lệ phí, thời hạn, nơi nộp). Để tra cứu hồ sơ đã nộp, phản ánh hay hỏi việc khác, vui lòng liên hệ {desk}.",
        "en": "Sorry, I can't help with this. I only explain the administrative procedures a ward handles (papers, "
        "fees, time limits, where to file). To check a filed dossier, give feedback or ask about anything else, please "
        "contact {desk}.",
    },
    "other_authority": {
        "vi": "Thủ tục này không do phường giải quyết, nên tôi không có văn bản để trả lời chính xác. "
        "Vui lòng tra cứu cơ quan có thẩm quyền trên Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn) "
        "hoặc hỏi {desk}.",
        "en": "This procedure is not handled by the ward, so I have no official document to answer it accurately. "
        "Please look up the competent authority on the National Public Service Portal (https://dichvucong.gov.vn) "
        "or ask {desk}.",
    },
    # A referral (corpus/referrals) names who handles the matter and quotes why.
    "referral": {
        # "not in the assistant's documents", not "not done here": some referrals are the ward's own offices
        # (social allowances: Phòng Văn hóa - Xã hội của phường), whose work a citizen must not hear denied.
        "vi": "Tài liệu của trợ lý ảo chưa hướng dẫn việc này. Nơi giải quyết: {who}.\n\n{summary}\n\n"
        "Nếu cần hướng dẫn thêm, vui lòng hỏi {desk}.",
        "en": "The assistant's documents do not cover this. It is handled by: {who}.\n\nFrom the ward's guidance (in Vietnamese): "
        "{summary}\n\nFor more help, please ask {desk}.",
    },
    "complaint": {
        "vi": "Tôi chỉ trả lời về thủ tục hành chính, nên không tiếp nhận được phản ánh, kiến nghị hay khiếu nại về "
        "cán bộ và cách giải quyết. Vui lòng gửi đến {desk}, hoặc qua mục Phản ánh, kiến nghị trên Cổng Dịch vụ công "
        "quốc gia (https://dichvucong.gov.vn).",
        "en": "I only answer questions about administrative procedures, so I can't take feedback or complaints about "
        "officials or how a case was handled. Please send them to {desk}, or through the Feedback section of the "
        "National Public Service Portal (https://dichvucong.gov.vn).",
    },
    "personal_data": {
        "vi": "Tôi không tra cứu hồ sơ hay thông tin cá nhân của ai. Để biết tình trạng hồ sơ, vui lòng "
        "liên hệ {desk} hoặc tra cứu trên Cổng Dịch vụ công quốc gia.",
        "en": "I can't look up anyone's file or personal information. To check a dossier's status, please "
        "contact {desk} or look it up on the National Public Service Portal.",
    },
    "dossier_status": {
        "vi": "Tôi không xem được hồ sơ đã nộp của từng người. Bạn tra cứu tình trạng hồ sơ bằng mã hồ sơ "
        "trên giấy tiếp nhận tại Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn, mục Tra cứu hồ sơ), "
        "hoặc hỏi {desk}.",
        "en": "I can't see anyone's filed dossier. Look up its status with the dossier code on your receipt on "
        "the National Public Service Portal (https://dichvucong.gov.vn, \"Tra cứu hồ sơ\"), or ask {desk}.",
    },
    "political": {
        "vi": "Xin lỗi, tôi không viết nội dung chính trị hay nội dung công kích ai. Tôi chỉ hướng dẫn thủ tục "
        "hành chính của phường; bạn cần làm thủ tục gì?",
        "en": "Sorry, I don't write political content or content attacking anyone. I only explain the ward's "
        "administrative procedures; which one do you need?",
    },
    "abuse": {
        "vi": "Tôi rất tiếc nếu câu trả lời trước chưa giúp được bạn. Bạn cho tôi biết thủ tục cần làm, tôi sẽ "
        "hướng dẫn giấy tờ, lệ phí và nơi nộp; hoặc bạn có thể hỏi {desk}.",
        "en": "I'm sorry if I haven't helped yet. Tell me the procedure you need and I'll give you the papers, "
        "fee and where to file; or you can ask {desk}.",
    },
    "gibberish": {
        "vi": "Xin lỗi, tôi chưa hiểu câu hỏi. Bạn hãy viết lại thủ tục bạn cần, ví dụ: \"Đăng ký khai sinh "
        "cần giấy tờ gì?\"",
        "en": "Sorry, I didn't understand. Please rephrase the procedure you need, for example: \"What do I "
        "need to register a birth?\"",
    },
    "not_found": {
        "vi": "Xin lỗi, tôi chưa tìm thấy thông tin chính thức để trả lời chính xác câu hỏi này. "
        "Vui lòng hỏi trực tiếp {desk}.",
        "en": "Sorry, I could not find official information to answer this accurately. "
        "Please ask {desk} directly.",
    },
    "not_stated_follow_up": {
        "vi": "Hồ sơ thủ tục chính thức không nói riêng về điều bạn vừa hỏi thêm; những gì hồ sơ nêu tôi đã trả lời ở "
        "trên. Vui lòng hỏi trực tiếp {desk}.",
        "en": "The official procedure record says nothing more about what you just asked; all it states is in my "
        "answer above. Please ask {desk} directly.",
    },
    "not_stated_penalty": {
        "vi": "Hồ sơ thủ tục chính thức không nêu mức xử phạt, nên tôi không trả lời con số để tránh sai. "
        "Mức phạt do pháp luật về xử phạt vi phạm hành chính quy định; vui lòng hỏi {desk}.",
        "en": "The official procedure record does not state the fine, so I won't guess a figure. Fines are set by "
        "the law on administrative sanctions; please ask {desk}.",
    },
    "not_stated_amount": {
        "vi": "Hồ sơ thủ tục chính thức không nêu mức tiền được hưởng, nên tôi không trả lời con số để tránh sai. "
        "Mức trợ cấp, hỗ trợ do pháp luật và quyết định của cơ quan có thẩm quyền quy định; vui lòng hỏi {desk}.",
        "en": "The official procedure record does not state the amount one receives, so I won't guess a figure. Benefit "
        "amounts are set by law and by the competent authority's decisions; please ask {desk}.",
    },
    "not_stated_rights": {
        "vi": "Hồ sơ thủ tục chính thức không nêu quyền và nghĩa vụ của các bên, hay một việc, một giấy tờ có hợp pháp, "
        "có giá trị pháp lý hay không, nên tôi không trả lời để tránh sai. "
        "Quyền, nghĩa vụ dân sự do pháp luật (Bộ luật Dân sự, Luật Hôn nhân và gia đình…) quy định và do tòa án "
        "áp dụng khi có tranh chấp; vui lòng hỏi luật sư, trung tâm trợ giúp pháp lý hoặc {desk}.",
        "en": "The official procedure record does not state anyone's rights or duties, nor whether an act or a paper "
        "is lawful or legally valid, so I won't guess. Civil rights "
        "and duties are set by law (the Civil Code, the Law on Marriage and Family…) and applied by the courts in a "
        "dispute; please ask a lawyer, a legal aid centre or {desk}.",
    },
    "no_question": {
        "vi": "Tôi chưa thấy câu hỏi về thủ tục hành chính trong tin nhắn này. Bạn muốn hỏi thủ tục gì (giấy tờ, lệ phí, "
        "thời hạn, nơi nộp)? Nếu cần phản ánh, kiến nghị, vui lòng liên hệ {desk}.",
        "en": "I could not find a question about an administrative procedure in this message. Which procedure would you "
        "like to ask about (papers, fee, time limit, where to file)? For feedback or complaints, please contact {desk}.",
    },
    "no_deadline_stated": {
        "vi": "Hồ sơ thủ tục không nêu thời hạn người dân phải làm thủ tục này; dưới đây là thời hạn cơ quan giải quyết.",
        "en": "The official record sets no deadline for you to file; below is how long the office takes.",
    },
    "aspect_not_stated": {
        "vi": "Tài liệu của thủ tục này không nêu {what}; để biết chính xác, vui lòng hỏi bộ phận một cửa của phường. "
        "Những gì tài liệu có:",
        "en": "The document for this procedure does not state {what}; please ask the ward's one-stop desk. What it "
        "does state:",
    },
    "not_stated": {
        "vi": "Hồ sơ thủ tục không nêu rõ nội dung này; vui lòng hỏi {desk}.",
        "en": "The official record does not state this; please ask {desk}.",
    },
    "which_procedure": {
        "vi": "Bạn muốn hỏi về thủ tục nào? Hãy cho tôi biết tên thủ tục, ví dụ: đăng ký khai sinh, đăng ký tạm trú, "
        "chứng thực bản sao.",
        "en": "Which procedure do you mean? Tell me its name, for example: birth registration, temporary residence "
        "registration, certified copies.",
    },
    "clarify": {
        "vi": "Bạn muốn hỏi thủ tục nào dưới đây?",
        "en": "Which of these procedures do you mean?",
    },
    "error": {
        "vi": "Xin lỗi, hệ thống đang gặp sự cố. Vui lòng thử lại sau hoặc liên hệ {desk}.",
        "en": "Sorry, something went wrong. Please try again later or contact {desk}.",
    },
    "empty_question": {
        "vi": "Bạn hãy nhập câu hỏi về thủ tục cần làm, ví dụ: \"Đăng ký khai sinh cần giấy tờ gì?\"",
        "en": "Please type your question about a procedure, for example: \"What do I need to register a birth?\"",
    },
    "pii_note": {
        "vi": "Lưu ý: không cần nhập số căn cước hay số điện thoại; tôi đã ẩn các số đó.",
        "en": "Note: there is no need to type ID or phone numbers; I have hidden them.",
    },
    "english_quotes": {
        "en": "Quoted in Vietnamese from the official record:",
    },
    "terms": {
        "en": "Terms in the quotes: {terms}.",
    },
    "source_line": {
        "vi": "Nguồn: {sources}.",
        "en": "Sources: {sources}.",
    },
    "more": {
        "vi": "Xem đầy đủ thủ tục trên Cổng Dịch vụ công quốc gia: {url}",
        "en": "Full procedure on the National Public Service Portal: {url}",
    },
}

# Section labels as the answer shows them.
LABELS: dict[str, dict[str, str]] = {
    "documents": {"vi": "Giấy tờ cần chuẩn bị", "en": "Papers to bring"},
    "fee": {"vi": "Phí, lệ phí", "en": "Fee"},
    "time_limit": {"vi": "Thời hạn giải quyết", "en": "Time limit"},
    "agency": {"vi": "Nơi nộp hồ sơ", "en": "Where to go"},
    "channels": {"vi": "Cách nộp", "en": "How to file"},
    "steps": {"vi": "Các bước thực hiện", "en": "Steps"},
    "conditions": {"vi": "Yêu cầu, điều kiện", "en": "Conditions"},
    "applicants": {"vi": "Ai thực hiện", "en": "Who applies"},
    "result": {"vi": "Kết quả nhận được", "en": "What you receive"},
    "legal_basis": {"vi": "Căn cứ pháp lý", "en": "Legal basis"},
    "summary": {"vi": "Thủ tục này dành cho", "en": "When this procedure applies"},
}


def say(key: str, language: str, **values) -> str:
    table = TEXT[key]
    return table.get(language, table.get("vi", "")).format(**values)


def label(section: str, language: str, fallback: str = "") -> str:
    """A part's label; a part a file names its own way keeps its own heading, which an English answer
    says is the document's ("Also in the document (Lưu ý)")."""
    if section.startswith("other:") and language == "en" and fallback:
        return f"Also in the document ({fallback})"
    return LABELS.get(section, {}).get(language) or fallback


# The chat widget's own wording (buttons, hints, starter questions), served inside /widget.js so the
# people who own the wording review it here with everything else.
WIDGET_TEXT: dict[str, dict] = {
    "vi": {
        "title": "Trợ lý thủ tục hành chính",
        "subtitle": "Trả lời từ văn bản chính thức, kèm nguồn",
        "launcher": "Hỏi về thủ tục hành chính",
        "launcher_short": "Hỏi đáp thủ tục",
        "new_chat": "Hỏi từ đầu",
        "close": "Đóng khung trò chuyện",
        "switch_language": "English",
        "switch_language_label": "Switch to English",
        "input_label": "Câu hỏi của bạn",
        "placeholder": "Nhập câu hỏi của bạn…",
        "send": "Gửi",
        "privacy": "Không nhập số căn cước, số điện thoại hay thông tin cá nhân.",
        "starters_title": "Bạn có thể hỏi:",
        "starters": [
            "Phí chứng thực chữ ký là bao nhiêu?",
            "Đăng ký khai sinh cần giấy tờ gì?",
            "Đăng ký tạm trú mất bao lâu?",
            "Xin giấy xác nhận độc thân ở đâu?",
        ],
        "thinking": "Đang tìm trong văn bản chính thức…",
        "you": "Bạn",
        "assistant": "Trợ lý",
        "sources": "Nguồn",
        "open_source": "Mở trang gốc",
        "quote": "Trích văn bản",
        "card_title": "Danh sách cần chuẩn bị",
        "card_documents": "Giấy tờ cần mang",
        "card_fee": "Phí, lệ phí",
        "card_time": "Thời hạn giải quyết",
        "card_where": "Nơi nộp",
        "card_online": "Nộp trực tuyến",
        "card_online_link": "Mở trang nộp hồ sơ trực tuyến",
        "options_title": "Chọn một thủ tục:",
        "helpful_question": "Câu trả lời có hữu ích không?",
        "helpful": "Hữu ích",
        "not_helpful": "Chưa hữu ích",
        "reason_title": "Vì sao chưa hữu ích?",
        "reasons": {
            "wrong": "Thông tin sai",
            "incomplete": "Thiếu thông tin",
            "outdated": "Đã cũ",
            "not_understood": "Khó hiểu",
            "other": "Lý do khác",
        },
        "comment_label": "Góp ý thêm (không bắt buộc)",
        "feedback_send": "Gửi góp ý",
        "feedback_thanks": "Cảm ơn bạn đã góp ý!",
        "desk_button": "Gặp cán bộ phường",
        "desk_title": "Hỏi trực tiếp tại phường",
        "desk_generic": "Vui lòng đến quầy tiếp nhận hồ sơ để được cán bộ hướng dẫn trực tiếp.",
        "desk_hotline": "Đường dây nóng",
        "desk_address": "Địa chỉ",
        "desk_hours": "Giờ làm việc",
        "desk_email": "Thư điện tử",
        "desk_website": "Trang thông tin",
        "error_network": "Không kết nối được máy chủ. Vui lòng thử lại.",
        "error_rate": "Bạn hỏi hơi nhanh. Vui lòng đợi {seconds} giây rồi hỏi tiếp.",
        "error_generic": "Xin lỗi, hệ thống đang gặp sự cố. Vui lòng thử lại sau.",
        "kiosk_title": "Trợ lý ảo thủ tục hành chính",
    },
    "en": {
        "title": "Procedures assistant",
        "subtitle": "Answers from official documents, with sources",
        "launcher": "Ask about administrative procedures",
        "launcher_short": "Ask a question",
        "new_chat": "Start over",
        "close": "Close the chat",
        "switch_language": "Tiếng Việt",
        "switch_language_label": "Chuyển sang tiếng Việt",
        "input_label": "Your question",
        "placeholder": "Type your question…",
        "send": "Send",
        "privacy": "Do not type ID numbers, phone numbers or other personal details.",
        "starters_title": "You can ask:",
        "starters": [
            "How much is the fee to certify a signature?",
            "What papers do I need to register a birth?",
            "How long does temporary residence registration take?",
            "Where do I get a certificate of marital status?",
        ],
        "thinking": "Searching the official documents…",
        "you": "You",
        "assistant": "Assistant",
        "sources": "Sources",
        "open_source": "Open the official page",
        "quote": "Quoted passage",
        "card_title": "Checklist",
        "card_documents": "Papers to bring",
        "card_fee": "Fee",
        "card_time": "Time limit",
        "card_where": "Where to go",
        "card_online": "File online",
        "card_online_link": "Open the online filing page",
        "options_title": "Choose a procedure:",
        "helpful_question": "Was this answer helpful?",
        "helpful": "Helpful",
        "not_helpful": "Not helpful",
        "reason_title": "Why was it not helpful?",
        "reasons": {
            "wrong": "Wrong information",
            "incomplete": "Incomplete",
            "outdated": "Out of date",
            "not_understood": "Hard to understand",
            "other": "Something else",
        },
        "comment_label": "Anything to add (optional)",
        "feedback_send": "Send feedback",
        "feedback_thanks": "Thank you for your feedback!",
        "desk_button": "Talk to the ward desk",
        "desk_title": "Ask the ward in person",
        "desk_generic": "Please go to the reception desk; the staff will guide you in person.",
        "desk_hotline": "Hotline",
        "desk_address": "Address",
        "desk_hours": "Opening hours",
        "desk_email": "E-mail",
        "desk_website": "Website",
        "error_network": "Could not reach the server. Please try again.",
        "error_rate": "You are asking a little fast. Please wait {seconds} seconds.",
        "error_generic": "Sorry, something went wrong. Please try again later.",
        "kiosk_title": "Virtual assistant for administrative procedures",
    },
}
