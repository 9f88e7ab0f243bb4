"""What every page needs: the configuration, the store, the language, the words, rendering, the CSRF token.

Pages are rendered server-side by the project's one Jinja environment (`reports/templates/web/`); their
words come from `reports/web_labels.yaml` (group `web`) and the interface's shared labels.
"""

import secrets
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse

from innopath.engine.common.resources import reports_dir
from innopath.engine.common.templating import environment
from innopath.engine.common.text import LANGS, Lang
from innopath.engine.common.yamlio import read_yaml
from innopath.engine.knowledge.questionnaire import Questionnaire, WhyIndex
from innopath.engine.knowledge.rulebase import RuleBase, shipped_rulebase
from innopath.engine.store.repository import Store
from innopath.reports.labels import Labels, labels

LANG_COOKIE = "innopath_lang"
CSRF_COOKIE = "innopath_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
TOKEN_COOKIE = "innopath_token"


@dataclass(frozen=True)
class WebConfig:
    """How the application runs: its database, its access token, its upload limits."""

    db: str = "innopath.db"
    token: str | None = None
    max_upload_bytes: int = 2_000_000
    max_rows: int = 2_000
    compare_max: int = 5


@cache
def web_labels() -> Labels:
    return Labels(read_yaml(reports_dir() / "web_labels.yaml"))


@cache
def questionnaire() -> Questionnaire:
    return Questionnaire(shipped_rulebase().spec)


@cache
def why_index() -> WhyIndex:
    return WhyIndex(shipped_rulebase(), questionnaire())


def rulebase() -> RuleBase:
    return shipped_rulebase()


def store(request: Request) -> Store:
    found: Store = request.app.state.store
    return found


def config(request: Request) -> WebConfig:
    found: WebConfig = request.app.state.config
    return found


def lang_of(request: Request) -> Lang:
    """The page's language: ?lang= first, then the cookie the switch sets, then Chinese."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate in LANGS:
            return candidate
    return "zh"


def csrf_token(request: Request) -> str:
    """The CSRF token of this browser (double-submit: a cookie, echoed in every form and fetch)."""
    token = request.cookies.get(CSRF_COOKIE)
    if not token or len(token) < 20:
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(24)
        request.state.new_csrf = token
    return token


def local_path(target: str | None, fallback: str = "/") -> str:
    """A redirect target that stays on this site (a path, never another host)."""
    if not target:
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return fallback
    return target


def words(lang: Lang) -> dict[str, str]:
    return web_labels().group("web", lang)


def render(request: Request, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """A page (or a fragment, for templates whose name starts with _) of `reports/templates/web/`."""
    lang = lang_of(request)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    html = (
        environment()
        .get_template(f"web/{template}")
        .render(
            lang=lang,
            w=words(lang),
            ui=labels().group("ui", lang),
            verdicts=labels().group("verdicts", lang),
            csrf=csrf_token(request),
            here=here,
            path=request.url.path,
            **values,
        )
    )
    return HTMLResponse(html, status_code=status_code)


def say(lang: Lang, key: str, **values: object) -> str:
    return words(lang)[key].format(**values)
