"""`innopath serve`: the web application on this machine (http://127.0.0.1:8000, data in ./innopath.db)."""

import ipaddress
import os
import secrets
from pathlib import Path
from typing import Annotated

import typer

from innopath.engine.cli.options import LangOption, Language
from innopath.engine.common.errors import InnopathError, say

TOKEN_VARIABLE = "INNOPATH_TOKEN"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _loopback(host: str) -> bool:
    if host in LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_token(token_file: Path | None) -> str | None:
    """The access token: from --token-file, else from INNOPATH_TOKEN; None when neither is given."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InnopathError(
                say("serve_token_unreadable", file=token_file, problem=exc.strerror)
            ) from None
        if len(token) < 16:
            raise InnopathError(say("serve_token_short", file=token_file, most=16))
        return token
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    return token or None


def serve(
    db: Annotated[
        str, typer.Option(help="SQLite file, or a postgresql://user@host/name URL.")
    ] = "innopath.db",
    host: Annotated[
        str, typer.Option(help="The address to listen on; anything but 127.0.0.1 needs a token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
    token_file: Annotated[
        Path | None, typer.Option(help=f"A file holding the access token (or set {TOKEN_VARIABLE}).")
    ] = None,
    lang: LangOption = Language.ZH,
) -> None:
    """Run the web application: workspace, interview, results, what-if, history, cohorts, reports."""
    token = read_token(token_file)
    if not _loopback(host) and token is None:
        example = secrets.token_urlsafe(24)
        raise InnopathError(say("serve_no_token", host=host, variable=TOKEN_VARIABLE, example=example))
    import uvicorn

    from innopath.engine.web.app import create_app
    from innopath.engine.web.context import WebConfig
    from innopath.reports.labels import labels

    app = create_app(WebConfig(db=db, token=token))
    shown = f"[{host}]" if ":" in host else host
    suffix = "/?token=…" if token else "/"
    url = f"http://{shown}:{port}{suffix}"
    typer.echo(labels().get("ui", "serving", lang.value).format(url=url, db=db))
    uvicorn.run(app, host=host, port=port, log_level="warning")
