"""The result page (ranking, fit chart, reasons, why not, unknowns, combination, next steps), what-if in
place, the sensitivity analysis loaded after the page, and the advisory report as `innopath report` makes it.
"""

import json
from dataclasses import replace

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from innopath.engine.analysis.whatif import whatif
from innopath.engine.applications.reporting.builder import result_view
from innopath.engine.applications.reporting.render import ReportFormat, render_report, stylesheet
from innopath.engine.common.text import Lang
from innopath.engine.store.repository import Answers, Version
from innopath.engine.web.answers import (
    outcome_of,
    parse_form,
    profile_of,
    question,
    recommendation,
    save,
)
from innopath.engine.web.context import lang_of, questionnaire, render, rulebase, say, store

router = APIRouter()
MEDIA = {
    ReportFormat.HTML: "text/html; charset=utf-8",
    ReportFormat.MD: "text/markdown; charset=utf-8",
    ReportFormat.PDF: "application/pdf",
}


def _version(request: Request, assessment_id: int) -> Version:
    number = request.query_params.get("v")
    return store(request).version(assessment_id, int(number) if number and number.isdigit() else None)


def whatif_questions(answers: Answers, lang: Lang) -> list[object]:
    """Every question that applies, as the what-if form shows it (no help or why: the interview has them)."""
    return [question(f, answers, lang, with_why=False) for f in questionnaire().active(answers)]


def result_page(
    request: Request,
    assessment_id: int,
    version: Version,
    *,
    shown: Answers | None = None,
    changes: Answers | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    """The result of `version`, or of `shown` (what-if answers, not saved) when given."""
    lang = lang_of(request)
    answers = shown if shown is not None else version.answers
    current = rulebase().version
    outcome = version.outcome
    stale = outcome is not None and outcome.rulebase_version != current
    view = None
    delta = None
    if not stale:
        result = recommendation(answers, lang)
        view = replace(result_view(profile_of(answers), result, lang), stylesheet=Markup(""))
        if changes:
            delta = whatif(profile_of(version.answers), changes, lang=lang)
    stored = json.loads(outcome.result) if stale and outcome else None
    answered, total = questionnaire().known(answers)
    # the banner counts the assessed questions, so only an unasked one of those makes the interview unfinished
    unfinished = any(f.id not in version.answers for f in questionnaire().assessed(version.answers))
    latest = store(request).get(assessment_id).latest
    return render(
        request,
        "result.html.j2",
        status_code,
        assessment_id=assessment_id,
        version=version,
        latest=latest.number,
        r=view,
        rw=view.words if view else {},
        stale=stale,
        stored=stored,
        stored_version=outcome.rulebase_version if outcome else None,
        current_version=current,
        questions=whatif_questions(answers, lang),
        errors=errors or {},
        changes=changes or {},
        delta=delta,
        answered=answered,
        total=total,
        unfinished=unfinished,
        formats=[f.value for f in ReportFormat],
    )


@router.get("/a/{assessment_id}/result")
def result(request: Request, assessment_id: int) -> Response:
    return result_page(request, assessment_id, _version(request, assessment_id))


@router.post("/a/{assessment_id}/whatif")
async def what_if(request: Request, assessment_id: int) -> Response:
    """The result with some answers changed, nothing saved; `save=1` keeps them as a new version."""
    lang = lang_of(request)
    form = await request.form()
    base = form.get("base")
    number = int(base) if isinstance(base, str) and base.isdigit() else None
    kept = store(request)
    version = kept.version(assessment_id, number)
    parsed = parse_form(form, version.answers, lang, list(questionnaire().fields))
    if form.get("save") and parsed.changes and not parsed.errors:
        save(kept, assessment_id, parsed.changes, version.number, note=say(lang, "note_whatif"))
        return RedirectResponse(f"/a/{assessment_id}/result", status_code=303)
    shown = questionnaire().prune({**version.answers, **parsed.changes})
    changes = {k: v for k, v in parsed.changes.items() if k in shown}
    if form.get("fragment"):
        return whatif_fragment(request, assessment_id, version, shown, changes, parsed.errors)
    status = 422 if parsed.errors else 200
    return result_page(
        request,
        assessment_id,
        version,
        shown=shown,
        changes=changes,
        errors=parsed.errors,
        status_code=status,
    )


def whatif_fragment(
    request: Request,
    assessment_id: int,
    version: Version,
    shown: Answers,
    changes: Answers,
    errors: dict[str, str],
) -> Response:
    """What the page's script swaps in after a what-if change: the chart and the fits before and after."""
    lang = lang_of(request)
    view = result_view(profile_of(shown), recommendation(shown, lang), lang)
    delta = whatif(profile_of(version.answers), changes, lang=lang) if changes else None
    return render(
        request,
        "_whatif.html.j2",
        422 if errors else 200,
        r=view,
        rw=view.words,
        delta=delta,
        errors=errors,
        assessment_id=assessment_id,
        version=version,
        changes=changes,
    )


@router.post("/a/{assessment_id}/recompute")
def recompute(request: Request, assessment_id: int) -> Response:
    """A result computed with another rule base, computed again with this one (a new version)."""
    kept = store(request)
    latest = kept.get(assessment_id).latest
    kept.save(
        assessment_id, {}, latest.number, outcome_of=outcome_of, note=say(lang_of(request), "note_recompute")
    )
    return RedirectResponse(f"/a/{assessment_id}/result", status_code=303)


@router.get("/a/{assessment_id}/sensitivity")
def sensitivity(request: Request, assessment_id: int) -> Response:
    """What would change the advice (seconds of work: the result page loads it afterwards)."""
    lang = lang_of(request)
    version = _version(request, assessment_id)
    profile = profile_of(version.answers)
    view = result_view(profile, recommendation(version.answers, lang), lang, with_analysis=True)
    fragment = request.headers.get("x-requested-with") == "fetch"
    return render(
        request,
        "_sensitivity.html.j2" if fragment else "sensitivity.html.j2",
        r=view,
        w_report=view.words,
        assessment_id=assessment_id,
        version=version,
    )


@router.get("/a/{assessment_id}/report.{format}")
def report(request: Request, assessment_id: int, format: str) -> Response:
    """The advisory report, exactly as `innopath report` renders it, for the stored answers only."""
    lang = lang_of(request)
    try:
        chosen = ReportFormat(format)
    except ValueError:
        return render(request, "error.html.j2", 404, message=say(lang, "not_found"))
    version = _version(request, assessment_id)
    content = render_report(profile_of(version.answers), lang, chosen)
    body = content.encode("utf-8") if isinstance(content, str) else content
    name = f"innopath-{assessment_id}-v{version.number}-{lang}.{chosen.value}"
    return Response(
        body, media_type=MEDIA[chosen], headers={"content-disposition": f'attachment; filename="{name}"'}
    )


@router.get("/report.css")
def report_css() -> Response:
    """The report's stylesheet, which the result page shares with the HTML report."""
    return Response(str(stylesheet()), media_type="text/css; charset=utf-8")
