"""The interview: the questionnaire of rules/profile.yaml section by section, every answer saved as given.

Without JavaScript a section is one form; with it, each answer is sent as soon as it is chosen
(`POST /a/{id}/answer`) and questions appear or disappear as the `ask_if` skip logic says. Every save is a
new version; a save made from a page showing an older version still lands, and the page is told so.
"""

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from innopath.engine.common.text import Lang
from innopath.engine.knowledge.profile import FieldSpec
from innopath.engine.store.repository import Answers, Version
from innopath.engine.web.answers import parse_form, progress, question, save
from innopath.engine.web.context import lang_of, questionnaire, render, say, store

router = APIRouter()


def section_ids() -> list[str]:
    return [s.id for s in questionnaire().spec.sections]


def section_fields(section: str) -> list[FieldSpec]:
    return [f for f in questionnaire().fields if f.section == section]


def resume_section(answers: Answers) -> str | None:
    upcoming = questionnaire().next_unanswered(answers)
    return upcoming.section if upcoming else None


def section_page(
    request: Request,
    assessment_id: int,
    section: str,
    version: Version,
    *,
    errors: dict[str, str] | None = None,
    typed: dict[str, str] | None = None,
    notice: str | None = None,
    status_code: int = 200,
) -> Response:
    lang: Lang = lang_of(request)
    spec = questionnaire().spec
    ids = section_ids()
    index = ids.index(section)
    questions = []
    for field in section_fields(section):
        shown = question(field, version.answers, lang)
        if errors and field.id in errors:
            shown = replace(shown, error=errors[field.id], value=(typed or {}).get(field.id, ""))
        questions.append(shown)
    answered, total = progress(version.answers)
    return render(
        request,
        "interview.html.j2",
        status_code,
        assessment_id=assessment_id,
        version=version,
        firm=version.firm_name,
        section=section,
        title=spec.sections[index].title(lang),
        number=index + 1,
        sections=[(s.id, s.title(lang)) for s in spec.sections],
        previous=ids[index - 1] if index > 0 else None,
        next=ids[index + 1] if index + 1 < len(ids) else None,
        questions=questions,
        answered=answered,
        total=total,
        notice=notice,
        levels=[(n, t(lang)) for n, t in spec.levels.items()],
    )


@router.get("/a/{assessment_id}/interview")
def resume(request: Request, assessment_id: int) -> Response:
    """Continue where the interview stopped: the section of the first question not yet answered."""
    answers = store(request).get(assessment_id).latest.answers
    section = resume_section(answers)
    target = f"/a/{assessment_id}/interview/{section}" if section else f"/a/{assessment_id}/result"
    return RedirectResponse(target, status_code=303)


@router.get("/a/{assessment_id}/interview/{section}")
def show_section(request: Request, assessment_id: int, section: str) -> Response:
    version = store(request).get(assessment_id).latest
    if section not in section_ids():
        return render(request, "error.html.j2", 404, message=say(lang_of(request), "not_found"))
    return section_page(request, assessment_id, section, version)


@router.post("/a/{assessment_id}/interview/{section}")
async def submit_section(request: Request, assessment_id: int, section: str) -> Response:
    """Save the section's answers; a rejected one is shown next to its field with the CLI's message."""
    lang = lang_of(request)
    if section not in section_ids():
        return render(request, "error.html.j2", 404, message=say(lang, "not_found"))
    form = await request.form()
    base = _base(form.get("base"))
    kept = store(request)
    latest = kept.get(assessment_id).latest
    seen = kept.version(assessment_id, base) if 0 < base <= latest.number else latest
    parsed = parse_form(form, seen.answers, lang, section_fields(section))
    notice = None
    version = latest
    if parsed.changes:
        saved = save(kept, assessment_id, parsed.changes, base)
        version = saved.version
        if saved.stale:
            notice = say(lang, "stale_saved", number=version.number)
    elif base != latest.number:
        notice = say(lang, "stale_view", number=latest.number)
    if parsed.errors:
        return section_page(
            request,
            assessment_id,
            section,
            version,
            errors=parsed.errors,
            typed=parsed.typed,
            notice=notice,
            status_code=422,
        )
    ids = section_ids()
    following = ids[ids.index(section) + 1] if ids.index(section) + 1 < len(ids) else None
    if notice:
        return section_page(request, assessment_id, section, version, notice=notice)
    if form.get("go") == "result" or following is None:
        return RedirectResponse(f"/a/{assessment_id}/result", status_code=303)
    return RedirectResponse(f"/a/{assessment_id}/interview/{following}", status_code=303)


@router.post("/a/{assessment_id}/answer")
def answer(
    request: Request,
    assessment_id: int,
    field: Annotated[str, Form()],
    value: Annotated[str, Form()] = "",
    base: Annotated[int, Form()] = 0,
) -> Response:
    """One answer, saved at once (the page's script sends each answer as it is given)."""
    lang = lang_of(request)
    spec = questionnaire().spec
    if field not in spec.ids:
        return JSONResponse({"ok": False, "error": spec.unknown_name_message(field)}, status_code=400)
    kept = store(request)
    latest = kept.get(assessment_id).latest
    parsed = parse_form({field: value}, latest.answers, lang, [spec.field(field)])
    if parsed.errors:
        return JSONResponse({"ok": False, "error": parsed.errors[field]}, status_code=422)
    version, stale = latest, False
    if parsed.changes:
        saved = save(kept, assessment_id, parsed.changes, base)
        version, stale = saved.version, saved.stale
    answered, total = progress(version.answers)
    return JSONResponse(
        {
            "ok": True,
            "version": version.number,
            "stale": say(lang, "stale_saved", number=version.number) if stale else None,
            "note": parsed.notes.get(field),
            "answered": answered,
            "total": total,
            "applies": [f.id for f in questionnaire().active(version.answers)],
            "answers": {k: ("unknown" if v is None else v) for k, v in version.answers.items()},
        }
    )


def _base(value: object) -> int:
    return int(value) if isinstance(value, str) and value.isdigit() else 0
