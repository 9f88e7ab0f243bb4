"""Advisory reports: a view rendered as HTML, Markdown or PDF from the templates in `reports/`.

One Jinja environment serves all formats: HTML (and the SVG chart) is autoescaped, and Markdown templates
escape every interpolated value through `finalize`, so a hostile firm name renders as text in both.
"""

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from markupsafe import Markup

from innopath.engine.applications.reporting.builder import build_view
from innopath.engine.applications.reporting.view import ReportView
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.files import write_bytes_atomic, write_text_atomic
from innopath.engine.common.resources import reports_dir
from innopath.engine.common.templating import environment
from innopath.engine.common.text import Lang
from innopath.engine.inference.engine import Engine
from innopath.engine.knowledge.profile import ProfileBase

CJK_PACKAGES = "fonts-noto-cjk or fonts-wqy-microhei"
CJK_FONT_FILES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK", "NotoSerifCJK", "DroidSansFallback")
"""File names of Debian's CJK fonts, looked for when `fc-list` is not installed."""

CSS_UNSAFE = re.compile(r"[^\w -]")
"""Characters a font family name may not bring into the stylesheet, where it is written unquoted."""


class ReportError(InnopathError):
    """A report that cannot be written: unknown format, missing CJK font, unwritable output."""


class ReportFormat(StrEnum):
    HTML = "html"
    MD = "md"
    PDF = "pdf"


SUFFIXES: dict[str, ReportFormat] = {
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".md": ReportFormat.MD,
    ".markdown": ReportFormat.MD,
    ".pdf": ReportFormat.PDF,
}

# --- templates -----------------------------------------------------------------------------------------


def stylesheet() -> Markup:
    """The report's one stylesheet, inlined so that the HTML is a single self-contained file."""
    return Markup((reports_dir() / "templates" / "report.css").read_text(encoding="utf-8"))


# --- fonts and PDF -------------------------------------------------------------------------------------


def cjk_font() -> str | None:
    """The family name of an installed font that covers Chinese, or None.

    Asks fontconfig (`fc-list :lang=zh`), the same library WeasyPrint finds fonts through; without the
    `fc-list` program, looks for Debian's CJK font files.
    """
    if fc_list := shutil.which("fc-list"):
        try:
            out = subprocess.run(
                [fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=30, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        families = {line.split(",")[0].strip() for line in out.splitlines() if line.strip()}
        # Simplified-Chinese faces first (Noto's "SC", WenQuanYi), proportional before monospaced.
        ranked = sorted(families, key=lambda f: (not re.search(r"\bSC\b|WenQuanYi", f), "Mono" in f, f))
        return ranked[0] if ranked else None
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"):
        if folder.is_dir() and any(any(folder.rglob(f"{name}*")) for name in CJK_FONT_FILES):
            return "WenQuanYi Micro Hei"
    return None


def require_cjk_font() -> str:
    """The CJK font PDF output uses; stops with the package to install rather than printing boxes."""
    font = cjk_font()
    if font is None:
        raise ReportError(say("pdf_font", packages=CJK_PACKAGES))
    return font


def render_html(view: ReportView, brief: bool = False) -> str:
    name = "brief.html.j2" if brief else "report.html.j2"
    return environment().get_template(name).render(r=view, w=view.words)


def render_markdown(view: ReportView, brief: bool = False) -> str:
    name = "brief.md.j2" if brief else "report.md.j2"
    return environment().get_template(name).render(r=view, w=view.words)


def render_pdf(view: ReportView, brief: bool = False) -> bytes:
    """The HTML report printed to PDF by WeasyPrint, with Chinese set in an installed CJK font."""
    from weasyprint import HTML  # imported here: it loads Pango, which HTML and Markdown reports do not need

    font = require_cjk_font()
    html = render_html(replace(view, cjk_font=CSS_UNSAFE.sub("", font)), brief)
    return HTML(string=html, base_url=str(reports_dir() / "templates")).write_pdf()  # type: ignore[no-any-return]


# --- writing -------------------------------------------------------------------------------------------


def format_of(output: Path, format: str | None = None) -> ReportFormat:
    """The report format: `format` if given, else the output file's suffix."""
    allowed = ", ".join(f.value for f in ReportFormat)
    if format is not None:
        try:
            return ReportFormat(format.lower().lstrip("."))
        except ValueError:
            raise ReportError(say("report_format", given=repr(format), allowed=allowed)) from None
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportError(say("report_suffix", output=output, suffix=repr(suffix), allowed=allowed))
    return SUFFIXES[suffix]


def render_report(
    profile: ProfileBase,
    lang: Lang,
    format: ReportFormat,
    engine: Engine | None = None,
    today: date | None = None,
    brief: bool = False,
) -> str | bytes:
    """The report for `profile` in `format`: text for HTML and Markdown, bytes for PDF."""
    if format is ReportFormat.PDF:
        require_cjk_font()  # before any work, so a machine without the font fails fast
    view = replace(build_view(profile, lang, engine, today), stylesheet=stylesheet())
    match format:
        case ReportFormat.HTML:
            return render_html(view, brief)
        case ReportFormat.MD:
            return render_markdown(view, brief)
        case ReportFormat.PDF:
            return render_pdf(view, brief)


def write_report(
    profile: ProfileBase,
    output: Path,
    lang: Lang,
    format: str | None = None,
    *,
    engine: Engine | None = None,
    today: date | None = None,
    brief: bool = False,
) -> Path:
    """Render the report for `profile` and write it atomically to `output`; returns `output`.

    The format follows `output`'s suffix unless `format` (html, md, pdf) says otherwise. An existing file
    is replaced only when the new report was rendered and written in full.
    """
    output = Path(output)
    if output.is_dir():
        raise ReportError(say("report_is_folder", output=output, example=output / "report.html"))
    chosen = format_of(output, format)
    if not output.parent.is_dir():
        raise ReportError(say("output_no_folder", target=output, folder=output.parent))
    content = render_report(profile, lang, chosen, engine, today, brief)
    try:
        if isinstance(content, bytes):
            write_bytes_atomic(output, content)
        else:
            write_text_atomic(output, content)
    except OSError as exc:
        raise ReportError(say("report_write", output=output, problem=exc.strerror or exc)) from None
    return output
