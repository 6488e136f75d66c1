"""What every console page shares: who is asking (a session cookie or the admin token), the CSRF
check on every form post, the language, and rendering with autoescaping and strict headers."""
from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..security import client_address
from .auth import Staff
from .texts import LANGUAGES, TEXT, field_label

SESSION_COOKIE = "ward_console"
LOGIN_COOKIE = "ward_console_login"  # the sign-in form's CSRF token (double submit: no session yet)
LANG_COOKIE = "ward_console_lang"
# No script at all: the console is forms and links. Styles inline in the page's <style>.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer",
           "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}

_templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                         autoescape=select_autoescape(default=True, default_for_string=True))


class NotSignedIn(Exception):
    pass


class Refused(Exception):
    """A signed-in request refused (403): a missing CSRF token, or a role that may not do this."""

    def __init__(self, reason: str, status: int = 403) -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


@dataclass(frozen=True)
class Caller:
    staff: Staff
    csrf: str  # empty for the admin token: a bearer header is never sent by a browser on its own
    via_token: bool = False


def caller(request: Request) -> Caller:
    """The signed-in staff member or a script with `WARD_ADMIN_TOKEN`; NotSignedIn otherwise."""
    token = request.app.state.settings.admin_token
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if token and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
        return Caller(Staff("token", "approver"), "", via_token=True)
    session = request.app.state.console.staff.session(request.cookies.get(SESSION_COOKIE))
    if session is None:
        raise NotSignedIn()
    allows = getattr(request.app.state, "console_allows", None)
    if allows is not None and not allows(session.staff.name):  # staff of another ward of the city
        raise Refused("other_ward")
    return Caller(session.staff, session.csrf)


async def form_post(request: Request) -> tuple[Caller, dict]:
    """The caller and the form of a console POST, after the CSRF check."""
    who = caller(request)
    form = await request.form()
    if not who.via_token and not hmac.compare_digest(str(form.get("csrf_token", "")).encode(), who.csrf.encode()):
        audit(request, who.staff.name, "csrf_refused", request.url.path)
        raise Refused("csrf")
    return who, form


def audit(request: Request, actor: str, action: str, target: str = "", detail: str = "") -> None:
    client = client_address(request) or ""
    request.app.state.console.audit.record(actor, action, target, detail, client)


def language(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE, "vi")
    return lang if lang in LANGUAGES else "vi"


def render(request: Request, template: str, status: int = 200, who: Caller | None = None, **context) -> HTMLResponse:
    lang = language(request)
    text = TEXT[lang]

    def t(key: str, **values) -> str:
        return text.get(key, key).format(**values) if values else text.get(key, key)

    page = _templates.get_template(template).render(
        t=t, lang=lang, who=who, csrf=who.csrf if who else "", path=request.url.path, quote=quote,
        switch_language=_same_page(request, "en" if lang == "vi" else "vi"),
        when=lambda at: time.strftime("%Y-%m-%d %H:%M", time.localtime(at)) if at else "",
        field_label=lambda name: field_label(name, lang),
        field_labels=lambda names: ", ".join(dict.fromkeys(field_label(n, lang) for n in names)), **context)
    response = HTMLResponse(page, status_code=status, headers=HEADERS)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="strict", path="/admin")
    return response


def _same_page(request: Request, lang: str) -> str:
    """This page (with its query, e.g. the file shown) in the other language."""
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    return request.url.path + "?" + urlencode({**query, "lang": lang})


def console_of(request: Request):
    return request.app.state.console


def back(path: str, **query) -> RedirectResponse:
    """See other (303): where a form post sends the browser next."""
    return RedirectResponse(path + (f"?{urlencode(query)}" if query else ""), status_code=303)


def new_login_token() -> str:
    return secrets.token_urlsafe(24)


def secure_cookies(request: Request) -> bool:
    """Secure cookies whenever the console is reached over HTTPS (directly or behind a trusted proxy)."""
    return request.url.scheme == "https"
