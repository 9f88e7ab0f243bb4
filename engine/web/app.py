"""The web application: FastAPI, pages rendered on the server, scripts and styles served from the package.

Security: with a token configured (any address but 127.0.0.1 requires one), every request must carry it
(the `?token=` of the first visit sets a cookie; scripts may send `Authorization: Bearer`). Every
state-changing request carries the CSRF token of a double-submit cookie. Pages are autoescaped and forbid
scripts from anywhere but this server (Content-Security-Policy).
"""

import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request, Response
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from innopath.engine.common.errors import InnopathError
from innopath.engine.common.resources import reports_dir
from innopath.engine.store.repository import NotFound, Store
from innopath.engine.web.context import (
    CSRF_COOKIE,
    CSRF_FIELD,
    CSRF_HEADER,
    LANG_COOKIE,
    TOKEN_COOKIE,
    WebConfig,
    csrf_token,
    lang_of,
    local_path,
    render,
    say,
)

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "SAMEORIGIN",
}


MULTIPART_MARGIN = 64_000
"""Room above the upload limit for a form's other fields and its multipart framing."""


def oversized(request: Request, limit: int) -> int | None:
    """The status refusing a request body before it is read: 413 when its declared length is past the
    limit, 411 when it declares none (a chunked body would be spooled whole before any handler could count
    it); None when the body may be read.
    """
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    declared = request.headers.get("content-length")
    if declared is None:
        return 411 if request.headers.get("transfer-encoding") else None
    return 413 if not declared.isdigit() or int(declared) > limit + MULTIPART_MARGIN else None


class Forbidden(Exception):
    """A state-changing request without the right CSRF token."""


async def check_csrf(request: Request) -> None:
    """Every POST carries the cookie's CSRF token, in the form or the X-CSRF-Token header."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = request.cookies.get(CSRF_COOKIE)
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not expected or not given or not hmac.compare_digest(expected, given):
        raise Forbidden()


def _token_given(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


def create_app(config: WebConfig, store: Store | None = None) -> FastAPI:
    """The application over `config.db` (or an open `store`)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.store.close()

    app = FastAPI(title="innopath", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.config = config
    app.state.store = store or Store(config.db)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if config.token is not None:
            given = _token_given(request)
            if given is None or not hmac.compare_digest(given.encode(), config.token.encode()):
                return render(request, "error.html.j2", 401, message=say(lang_of(request), "token_required"))
        refused = oversized(request, config.max_upload_bytes)
        if refused is not None:
            limit = config.max_upload_bytes // 1000
            key = "upload_too_big" if refused == 413 else "length_required"
            return render(request, "error.html.j2", refused, message=say(lang_of(request), key, limit=limit))
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        new_csrf = getattr(request.state, "new_csrf", None)
        if new_csrf or not request.cookies.get(CSRF_COOKIE):
            token = new_csrf or csrf_token(request)
            response.set_cookie(CSRF_COOKIE, token, httponly=False, samesite="strict")
        if config.token is not None and request.cookies.get(TOKEN_COOKIE) != config.token:
            response.set_cookie(TOKEN_COOKIE, config.token, httponly=True, samesite="strict")
        asked = request.query_params.get("lang")
        if asked in ("zh", "en") and request.cookies.get(LANG_COOKIE) != asked:
            # a link shared as ?lang=en keeps its reader in English on the pages it leads to
            response.set_cookie(LANG_COOKIE, asked, samesite="lax", max_age=3600 * 24 * 365)
        return response

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html.j2", 403, message=say(lang_of(request), "csrf_failed"))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return render(request, "error.html.j2", 404, message=say(lang_of(request), "not_found"))

    @app.exception_handler(InnopathError)
    async def bad_input(request: Request, exc: InnopathError) -> Response:
        return render(request, "error.html.j2", 400, message=exc.render(lang_of(request)))

    @app.get("/lang/{lang}")
    def switch_language(lang: str, next: str = "/") -> Response:
        response = RedirectResponse(local_path(next), status_code=303)
        if lang in ("zh", "en"):
            response.set_cookie(LANG_COOKIE, lang, samesite="lax", max_age=3600 * 24 * 365)
        return response

    from innopath.engine.web import cohort, history, interview, results, workspace

    for module in (workspace, interview, results, history, cohort):
        app.include_router(module.router, dependencies=[Depends(check_csrf)])
    app.mount("/static", StaticFiles(directory=reports_dir() / "static"), name="static")
    return app
