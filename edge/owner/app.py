"""The owner page as an ASGI application (Starlette): `edge dashboard` serves it on 127.0.0.1 under a secret path.

    GET  /SECRET/           the page (edge.owner.page), read through edge.owner.view
    POST /SECRET/block      topic=ID|LABEL   blocks it (edge.owner.controls), then 303 back to the page
    POST /SECRET/unblock    topic=ID|LABEL
    GET  /SECRET/forget     the confirmation step
    POST /SECRET/forget     confirm=yes      forgets everything

Other web pages the owner visits must not read or change anything here. So: the secret (128 random bits, new
every run) is in every path, and anything without it is 404; a POST whose Origin or Sec-Fetch-Site says another
site sent it is refused (403), and so is a request whose Host is not 127.0.0.1 or localhost (DNS rebinding); the
page has no script, may not be framed and sends no Referer elsewhere. Bad input is a 4xx with a one-line reason.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from edge.errors import EdgeError, SyncError, UsageError
from edge.owner import controls, page
from edge.owner.view import summary
from edge.web import BodyError, read_body

MAX_FORM_BYTES = 2048
MAX_TOPIC_CHARS = 120
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
FORM_TYPE = "application/x-www-form-urlencoded"
HEADERS = {
    "content-security-policy": page.CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",  # no-referrer would make the browser send `Origin: null` with our own POSTs
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
}
ACCOUNTANT_DEVICES = 100_000  # the population `edge privacy report` assumes by default


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def new_secret() -> str:
    return secrets.token_urlsafe(16)


def create_app(home: Path | None = None, secret: str | None = None, clock: Callable[[], float] = time.time) -> Any:
    """The Starlette application; `secret` (default: a new random one) is the path every request must start with.
    `clock` says what the current epoch is (tests)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, RedirectResponse, Response
    from starlette.routing import Route

    secret = secret or new_secret()
    base = f"/{secret}"

    def html(text: str, status: int = 200) -> Response:
        return HTMLResponse(text, status, headers=HEADERS)

    def see_page(query: str = "") -> Response:
        return RedirectResponse(f"{base}/{query}", 303, headers=HEADERS)

    async def handle(request: Request) -> Response:
        form: dict[str, list[str]] = {}
        known = None  # the page's path, for a link back: only once the request has shown the secret
        try:
            _check_host(request.headers.get("host", ""))
            action = _action(request.url.path, secret)
            known = base
            if request.method == "POST":
                _check_same_origin(request.headers)
                form = await _form(request)
            if action == "" and request.method == "GET":
                notice = _notice(request.query_params.get("did", ""), request.query_params.get("topic", ""))
                state = await run_in_threadpool(summary, home, clock=clock)
                return html(page.render(state, await run_in_threadpool(_guarantee, state), base, notice))
            if action in ("block", "unblock") and request.method == "POST":
                change = controls.block if action == "block" else controls.unblock
                topic_id, _ = await run_in_threadpool(change, _topic(form), home)
                return see_page(f"?did={action}&topic={quote(topic_id)}")
            if action == "forget" and request.method == "GET":
                return html(page.render_confirm_forget(await run_in_threadpool(summary, home, clock=clock), base))
            if action == "forget" and request.method == "POST":
                if form.get("confirm") != ["yes"]:
                    raise Refused(400, "forget needs confirm=yes: use the confirmation button on the forget page")
                await run_in_threadpool(controls.forget, home)
                return see_page("?did=forget")
            if action in ("", "block", "unblock", "forget"):
                raise Refused(405, f"{request.method} is not allowed here")
            raise Refused(404, "no such page here")
        except Refused as refusal:
            return html(page.render_error(refusal.status, refusal.reason, known), refusal.status)
        except UsageError as err:  # an unknown, ambiguous or sensitive topic
            return html(page.render_error(400, str(err), known), 400)
        except SyncError as err:  # the store is busy or damaged
            return html(page.render_error(503, str(err), known), 503)
        except EdgeError as err:
            return html(page.render_error(500, str(err), known), 500)

    return Starlette(routes=[Route("/{path:path}", handle, methods=["GET", "POST"])])


def _check_host(host: str) -> None:
    try:
        name = urlsplit(f"//{host}").hostname
    except ValueError:
        name = None
    if name not in LOCAL_HOSTS:
        raise Refused(403, "this page answers only to 127.0.0.1 or localhost (Host header refused)")


def _action(path: str, secret: str) -> str:
    """What follows the secret ("", "block", ...); Refused 404 without the right secret."""
    first, _, rest = path.removeprefix("/").partition("/")
    if not secrets.compare_digest(first.encode(), secret.encode()):
        raise Refused(404, "not found: open the address `edge dashboard` printed (it changes every run)")
    if path == f"/{first}":
        raise Refused(404, "not found: the page's address ends with a slash")
    return rest


def _check_same_origin(headers: Any) -> None:
    """A browser says who sent a POST (Origin, Sec-Fetch-Site): only this page itself may."""
    origin, site = headers.get("origin"), headers.get("sec-fetch-site")
    if origin is not None and origin != f"http://{headers.get('host', '')}":
        raise Refused(403, "refused: this request came from another web page (Origin differs)")
    if site is not None and site != "same-origin":
        raise Refused(403, f"refused: this request came from another web page (Sec-Fetch-Site: {site[:20]})")


async def _form(request: Any) -> dict[str, list[str]]:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM_TYPE:
        raise Refused(415, f"send the form as {FORM_TYPE}")
    try:
        body = await read_body(request, MAX_FORM_BYTES)
    except BodyError as err:
        raise Refused(err.status, err.reason) from None
    try:
        return parse_qs(body.decode("utf-8"), max_num_fields=4, strict_parsing=bool(body), errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "the form is not valid (UTF-8, at most 4 fields)") from None


def _topic(form: dict[str, list[str]]) -> str:
    values = form.get("topic", [])
    if len(values) != 1 or not values[0].strip():
        raise Refused(400, "give one topic: its name or taxonomy id (e.g. Cats or 424)")
    if len(values[0]) > MAX_TOPIC_CHARS:
        raise Refused(400, f"a topic is at most {MAX_TOPIC_CHARS} characters")
    return values[0]


def _notice(did: str, topic_id: str) -> str:
    """A line about the action just done (from the redirect's query; only known ids are named)."""
    if did == "forget":
        return "Forgot everything. The list of epochs already reported stays, so none is reported twice."
    if did not in ("block", "unblock"):
        return ""
    from edge.tokens.domain import TokenDomain

    domain = TokenDomain.load()
    if topic_id not in domain:
        return ""
    label = domain.label(topic_id)
    if did == "block":
        return f"Blocked {label} ({topic_id}): never recorded or sent again; its counts are deleted."
    return f"Unblocked {label} ({topic_id}): it is recorded again."


def _guarantee(state: dict[str, Any]) -> page.Guarantee:
    from edge.tokens import accounting

    p = state["parameters"]
    r = accounting.cached_report(
        float(p["epsilon"]),
        float(p["p_replace"]),
        int(state["next_upload"]["bits"]),
        int(p["reports_per_epoch"]),
        int(p["epoch_seconds"]),
        ACCOUNTANT_DEVICES,
    )
    return page.Guarantee(
        devices=r.devices,
        delta=r.central_delta_per_epoch,
        local_per_report=r.local_epsilon_per_report,
        local_per_epoch=r.local_epsilon_per_epoch,
        local_per_year=r.local_epsilon_per_year,
        central_per_epoch=r.central_epsilon_per_epoch,
    )
