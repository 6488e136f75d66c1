"""Signing in and out: the sign-in form carries its own CSRF token (double submit, there is no session
yet), every attempt is audited, a locked name is refused even with the right password."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from ..security import client_address
from .auth import LoginRefused
from .web import (LOGIN_COOKIE, SESSION_COOKIE, Refused, audit, back, console_of, form_post, new_login_token, render,
                  secure_cookies)

router = APIRouter(prefix="/admin", include_in_schema=False)


@router.get("/login")
def login_page(request: Request, next: str = "/admin"):
    token = request.cookies.get(LOGIN_COOKIE) or new_login_token()
    response = render(request, "login.html", login_token=token, next=next)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/admin",
                        secure=secure_cookies(request))
    return response


@router.post("/login")
async def login(request: Request):
    form = await request.form()
    name, password = str(form.get("name", "")).strip()[:80], str(form.get("password", ""))
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or form.get("csrf_token") != expected:
        audit(request, name, "sign_in_refused", detail="missing or wrong CSRF token")
        raise Refused("csrf")
    next_page = str(form.get("next", "/admin"))
    if not next_page.startswith("/admin") or next_page.startswith("//"):
        next_page = "/admin"  # never an open redirect
    staff = console_of(request).staff
    try:
        member = await run_in_threadpool(staff.verify, name, password, client_address(request))
    except LoginRefused as exc:
        audit(request, name, "sign_in_failed", detail=exc.reason)
        return render(request, "login.html", status=429 if exc.reason == "locked" else 401,
                      login_token=expected, next=next_page, error=exc.reason, name=name)
    audit(request, member.name, "sign_in", detail=member.role)
    response = back(next_page)
    response.set_cookie(SESSION_COOKIE, staff.start_session(member), httponly=True, samesite="strict",
                        path="/admin", secure=secure_cookies(request))
    return response


@router.post("/logout")
async def logout(request: Request):
    who, _ = await form_post(request)
    console_of(request).staff.end_session(request.cookies.get(SESSION_COOKIE))
    audit(request, who.staff.name, "sign_out")
    response = back("/admin/login")
    response.delete_cookie(SESSION_COOKIE, path="/admin")
    return response
