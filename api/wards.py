"""Every ward of a city on one app: `/w/<ward>/…` is that ward's copy of every citizen route.

    /w/tan-hung/                 the demo page, with the ward's name      /w/tan-hung/kiosk
    /w/tan-hung/api/ask          /w/tan-hung/api/chat   /w/tan-hung/api/feedback   /w/tan-hung/api/ward
    /w/tan-hung/widget.js        (or the root script with data-ward="tan-hung")
    /w/tan-hung/api/admin/ingest an upload into the ward's overlay; /w/tan-hung/api/admin/status
    /api/wards                   the city's units;   /api/admin/wards   per-ward counts (city admin)

:class:`WardDispatch` strips the prefix and hands the request to the same routes with the ward's
state in place of the app's (`request.app.state` is the ward's): its assistant, settings, uploads
folder, feedback, unanswered questions and admin check. The root paths stay the default ward's,
unchanged. An unknown ward gets 404 in the API's error shape. The console (`/admin`) manages the
shared index and is not served under a ward; ward staff upload through the ward's admin route.

Who may act for a ward (`/w/<ward>/api/admin/*`): the city's `WARD_ADMIN_TOKEN`; the ward's own token
(`ward-assistant ward token <ward>`); or a staff account bound to that ward (or to the whole city),
with HTTP Basic (`curl -u name:password`), checked like a console sign-in (lock-out included).
"""
from __future__ import annotations

import base64
import binascii
import hmac
import logging
import threading
import time
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit, urlunsplit

from fastapi import APIRouter, FastAPI, Request
from starlette.concurrency import run_in_threadpool

from assistant.feedback import FeedbackStore
from assistant.tenancy import City, Registry, UnknownWard

from .city_store import CITY_WIDE, CityStore
from .conversations import ConversationStore
from .errors import APIError
from .security import client_address, send_error
from .unanswered import UnansweredLog

PREFIX = "/w/"
log = logging.getLogger("ward.city")


class CountingFeedback:
    """A ward's feedback store that also counts each rating for the city's per-ward figures."""

    def __init__(self, store: FeedbackStore, stats: CityStore, ward: str) -> None:
        self._store, self._stats, self._ward = store, stats, ward

    def add(self, helpful: bool, *args, **kwargs) -> int:
        feedback_id = self._store.add(helpful, *args, **kwargs)
        self._stats.count(self._ward, "feedback", "helpful" if helpful else "not_helpful")
        return feedback_id

    def __getattr__(self, name):
        return getattr(self._store, name)


class CountingUnanswered:
    def __init__(self, log: UnansweredLog, stats: CityStore, ward: str) -> None:
        self._log, self._stats, self._ward = log, stats, ward

    def add(self, question: str, reason: str, status: str = "not_found") -> None:
        self._log.add(question, reason, status)
        self._stats.count(self._ward, "unanswered", status)

    def __getattr__(self, name):
        return getattr(self._log, name)


class WardConversations:
    """A ward's view of the city's chat memory (one store, one bound for the whole worker): a
    conversation started in one ward is not continued, nor rated, in another."""

    def __init__(self, store: ConversationStore, ward: str) -> None:
        self._store, self._ward = store, ward

    def _mine(self, conversation_id: str | None) -> bool:
        conversation = self._store._items.get(conversation_id) if conversation_id else None
        return conversation is not None and getattr(conversation, "ward", None) == self._ward

    def get_or_create(self, conversation_id: str | None):
        conversation = self._store.get_or_create(conversation_id if self._mine(conversation_id) else None)
        conversation.ward = self._ward
        return conversation

    def record(self, conversation_id: str, question: str, answer):
        return self._store.record(conversation_id, question, answer)

    def find(self, conversation_id: str | None, exchange_id: str | None):
        return self._store.find(conversation_id, exchange_id) if self._mine(conversation_id) else None

    def history(self, conversation_id: str) -> list[dict]:
        return self._store.history(conversation_id) if self._mine(conversation_id) else []


class WardState:
    """What the routes read from `request.app.state`, for one ward. Its SQLite files and chat memory
    are opened on first use, so 168 registered wards cost nothing until citizens use them."""

    def __init__(self, city: "CityServices", slug: str) -> None:
        self._city, self.ward = city, slug
        self.settings = city.ward_settings(slug)
        self.assistant = city.city.assistant(slug)
        self.stats = city.store
        self._lock = threading.Lock()
        self._feedback = self._unanswered = self._conversations = None

    @property
    def ingest_files(self) -> Callable | None:
        if self._city.ingest_ward is None:
            return None
        return lambda settings, paths: self._city.ingest(self.ward, paths)

    @property
    def feedback(self) -> CountingFeedback:
        with self._lock:
            if self._feedback is None:
                self._feedback = CountingFeedback(FeedbackStore.for_data_dir(self.settings.data_dir), self.stats, self.ward)
            return self._feedback

    @property
    def unanswered(self) -> CountingUnanswered:
        with self._lock:
            if self._unanswered is None:
                self._unanswered = CountingUnanswered(UnansweredLog.for_data_dir(self.settings.data_dir), self.stats, self.ward)
            return self._unanswered

    @property
    def conversations(self) -> WardConversations:
        with self._lock:
            if self._conversations is None:
                self._conversations = WardConversations(self._city.conversations, self.ward)
            return self._conversations

    @property
    def city(self) -> "CityServices":
        """The city's routes (`/api/wards`, `/api/admin/wards`) answer under a ward's prefix too."""
        return self._city

    def admin_check(self, request: Request) -> None:
        self._city.authorise(request, self.ward)


class WardAppView:
    """The app as a ward's routes see it: everything the app has, but the ward's `state`."""

    def __init__(self, app: FastAPI, state: WardState) -> None:
        self._app, self.state = app, state

    def __getattr__(self, name):
        return getattr(self._app, name)


class CityServices:
    """The city on one app (`app.state.city`): the registry, the per-worker :class:`City`, the
    per-ward states, the city's store of counts, tokens and staff bindings."""

    def __init__(self, app: FastAPI, registry: Registry, ingest_ward: Callable | None, ward_settings: Callable) -> None:
        state = app.state
        self.app, self.registry = app, registry
        self.settings = state.settings
        base = state.assistant
        self.city = City(base, registry, base.index.store.client, max_loaded=self.settings.max_loaded_overlays,
                         poll_seconds=self.settings.overlay_poll_seconds)
        self.conversations = state.conversations  # the app's store, shared by every ward
        self.store = CityStore.for_data_dir(self.settings.data_dir)
        self.ingest_ward, self._ward_settings = ingest_ward, ward_settings
        self._states: dict[str, WardState] = {}
        self._lock = threading.Lock()
        self._registry_version = _modified(registry.path)
        self._registry_checked = time.monotonic()

    def ward_settings(self, slug: str):
        return self._ward_settings(self.settings, self.registry.get(slug))

    def fresh_registry(self) -> Registry:
        """The registry, read again when wards.yaml has changed (looked at once per
        `overlay_poll_seconds`): a ward added with `ward-assistant ward add`, or an entry corrected in
        the file, is served without a restart (a separate profile file is not watched). An edit that
        does not load, or that moves the default ward (whose pages are the root paths), is logged and
        the wards are served as they were."""
        if time.monotonic() - self._registry_checked < self.settings.overlay_poll_seconds:
            return self.registry
        with self._lock:
            if time.monotonic() - self._registry_checked < self.settings.overlay_poll_seconds:
                return self.registry
            self._registry_checked = time.monotonic()
            version = _modified(self.registry.path)
            if version == self._registry_version:
                return self.registry
            self._registry_version = version
            path = self.registry.path
            try:
                new = Registry.load(path, self.settings.collection, self.settings.ward_profile_path)
            except Exception as exc:  # whatever the edit broke, the city keeps serving
                log.error("%s changed but does not load (%s): serving the wards as they were", path, exc)
                return self.registry
            if new.default != self.registry.default:
                log.error("%s moves the default ward from %r to %r: that takes a restart; serving the wards as "
                          "they were", path, self.registry.default, new.default)
                return self.registry
            changed = {slug for slug, ward in self.registry.wards.items() if new.wards.get(slug) != ward}
            added = set(new.wards) - set(self.registry.wards)
            self.registry = self.city.registry = new
            for slug in changed:
                self._states.pop(slug, None)
            self.city.forget(changed)
            log.info("%s read again: %d wards (%d added, %d changed or removed)", path, len(new.wards), len(added), len(changed))
            return new

    def state(self, slug: str) -> WardState:
        self.fresh_registry()
        found = self._states.get(slug)
        if found is None:
            self.registry.get(slug)  # UnknownWard before anything is built
            with self._lock:
                found = self._states.get(slug) or WardState(self, slug)
                self._states[slug] = found
        return found

    def ingest(self, slug: str, paths: list[Path]):
        report = self.ingest_ward(self.settings, self.registry.get(slug), paths,
                                  embedder=self.city.base.embedder, client=self.city.client)
        self.city.directory.refresh_now()  # this worker answers from the new overlay at once
        return report

    # -- who may act for a ward ---------------------------------------------------------------
    def authorise(self, request: Request, ward: str) -> None:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        given = given.strip()
        if scheme.lower() == "bearer" and given:
            city_token = self.settings.admin_token
            if city_token and hmac.compare_digest(given.encode(), city_token.encode()):
                return
            owner = self.store.token_ward(given)
            if owner == ward:
                return
            if owner is not None:
                raise APIError(403, "forbidden", f"This token is ward {owner!r}'s; it cannot act for ward {ward!r}.")
        elif scheme.lower() == "basic" and given:
            self._staff(given, ward, client_address(request))
            return
        raise APIError(401, "unauthorized", "A valid admin token, or a staff account of this ward, is required.",
                       {"WWW-Authenticate": 'Bearer, Basic realm="ward"'})

    def _staff(self, credentials: str, ward: str, client: str | None = None) -> None:
        from .console.auth import LoginRefused

        console = getattr(self.app.state, "console", None)
        if console is None:
            raise APIError(401, "unauthorized", "Staff accounts need the console; use an admin token.")
        try:
            name, _, password = base64.b64decode(credentials).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise APIError(401, "unauthorized", "Unreadable Basic credentials.") from exc
        try:
            member = console.staff.verify(name, password, client)
        except LoginRefused as exc:
            if exc.reason == "locked":
                raise APIError(429, "rate_limited", "Too many wrong passwords for this name or from this address; try again later.") from exc
            raise APIError(401, "unauthorized", "Wrong name or password.", {"WWW-Authenticate": 'Basic realm="ward"'}) from exc
        bound = self.store.staff_ward(member.name)
        if bound not in (ward, CITY_WIDE):
            raise APIError(403, "forbidden", f"{member.name} is staff of ward {bound or self.registry.default!r}, "
                                             f"not of ward {ward!r}.")

    def console_allows(self, name: str) -> bool:
        """The console manages the shared index: city-wide staff and the default ward's only."""
        return self.store.staff_ward(name) in (None, CITY_WIDE, self.registry.default)


class WardDispatch:
    """ASGI middleware (outermost): `/w/<ward>/rest` → `/rest` with the ward's state; the default
    ward's prefix → the root; an unknown ward → 404 in the API's error shape."""

    def __init__(self, app, services: CityServices) -> None:
        self.app, self.services = app, services

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(PREFIX):
            return await self.app(scope, receive, send)
        slug, slash, rest = scope["path"][len(PREFIX):].partition("/")
        try:
            ward_state = self.services.state(slug)
        except (UnknownWard, ValueError):
            return await send_error(send, 404, "unknown_ward",
                                    f"No ward {slug[:40]!r} in this city; GET /api/wards lists them.")
        if not slash:  # /w/tan-hung → /w/tan-hung/, so the page's relative links stay under the ward
            query = scope.get("query_string", b"").decode("latin-1")
            location = f"{PREFIX}{slug}/" + (f"?{query}" if query else "")
            await send({"type": "http.response.start", "status": 308, "headers": [(b"location", location.encode())]})
            return await send({"type": "http.response.body", "body": b""})
        rest = "/" + rest
        if rest == "/admin" or rest.startswith("/admin/"):
            return await send_error(send, 404, "not_found", "The staff console manages the shared index at /admin; "
                                    f"upload a ward's documents to {PREFIX}{slug}/api/admin/ingest.")
        scope = dict(scope, path=rest, raw_path=rest.encode(), ward=slug)
        if ward_state.assistant is not self.services.city.base:
            scope["app"] = WardAppView(scope["app"], ward_state)
        return await self.app(scope, receive, _redirects_within(slug, dict(scope["headers"]).get(b"host", b""), send))


def _modified(path: Path) -> tuple[int, int] | None:
    """When and how large wards.yaml last was, to tell that it changed; None when it is gone."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _redirects_within(slug: str, host: bytes, send):
    """`send`, with the redirects of a ward's view kept under its prefix: the app sees `/kiosk/` and
    redirects to `/kiosk` (a trailing slash dropped), which is the default ward's page."""
    prefix = f"{PREFIX}{slug}"

    async def send_within(message):
        if message["type"] == "http.response.start" and 300 <= message["status"] < 400:
            message = dict(message, headers=[(name, _within(prefix, host, value) if name.lower() == b"location" else value)
                                             for name, value in message["headers"]])
        await send(message)

    return send_within


def _within(prefix: str, host: bytes, location: bytes) -> bytes:
    """A redirect's location on this server, moved under the ward's prefix; elsewhere, as it was."""
    parts = urlsplit(location.decode("latin-1"))
    if parts.netloc.lower() not in ("", host.decode("latin-1").lower()) or not parts.path.startswith("/") \
            or parts.path.startswith(PREFIX):
        return location  # another host's page, a relative path (already within), or another ward's
    return urlunsplit(parts._replace(path=prefix + parts.path)).encode("latin-1")


router = APIRouter(tags=["city"])


@router.get("/api/wards")
def wards(request: Request) -> dict:
    """The city's units: slug, name and the paths of each ward's page and API."""
    services: CityServices = request.app.state.city
    items = [{"slug": w.slug, "name": w.profile.verified("ward_name"), "default": w.default,
              "page": f"{PREFIX}{w.slug}/", "ask": f"{PREFIX}{w.slug}/api/ask"} for w in services.fresh_registry().wards.values()]
    return {"count": len(items), "default": services.registry.default, "wards": items}


@router.get("/api/admin/wards")
async def ward_counts(request: Request) -> dict:
    """Per ward: questions by status, feedback, unanswered questions (city admin only)."""
    services: CityServices = request.app.state.city
    token = services.settings.admin_token
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if not token or scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise APIError(401, "unauthorized", "The city's admin token is required.", {"WWW-Authenticate": "Bearer"})
    counts = await run_in_threadpool(services.store.counts)
    wards = {}
    for slug in services.fresh_registry().wards:
        mine = counts.get(slug, {})
        questions = mine.get("question", {})
        wards[slug] = {"questions": sum(questions.values()), "statuses": questions,
                       "feedback": mine.get("feedback", {}), "unanswered": sum(mine.get("unanswered", {}).values()),
                       "unanswered_statuses": mine.get("unanswered", {})}
    return {"wards": wards, "loaded_overlays": services.city.loaded_overlays()}


def install_city(app: FastAPI, registry_path: Path, ingest_ward: Callable | None, ward_settings: Callable) -> CityServices:
    """Serve every ward of `registry_path` on this app (see the module's docstring)."""
    state = app.state
    registry = Registry.load(registry_path, state.settings.collection, state.settings.ward_profile_path)
    services = CityServices(app, registry, ingest_ward, ward_settings)
    state.city = services
    state.ward = registry.default or ""
    state.stats = services.store
    # The default ward's own figures count too, under its slug.
    if registry.default:
        state.feedback = CountingFeedback(state.feedback, services.store, registry.default)
        state.unanswered = CountingUnanswered(state.unanswered, services.store, registry.default)
    state.console_allows = services.console_allows
    state.conversations = WardConversations(services.conversations, registry.default or "")
    app.include_router(router)
    app.add_middleware(WardDispatch, services=services)
    return services
