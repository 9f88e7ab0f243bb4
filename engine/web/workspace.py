"""The workspace: the assessments kept so far, with search; new, duplicate, delete (undo), import, export."""

import json
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from innopath.engine.applications.interview.store import load_answers
from innopath.engine.applications.interview.store import render as render_profile
from innopath.engine.common.errors import ProfileError
from innopath.engine.store.repository import Assessment
from innopath.engine.web.answers import first_paths, outcome_of
from innopath.engine.web.context import config, lang_of, questionnaire, render, rulebase, say, store

router = APIRouter()
PROFILE_SUFFIXES = (".yaml", ".yml", ".json")


def _row(assessment: Assessment) -> dict[str, object]:
    latest = assessment.latest
    outcome = latest.outcome
    return {
        "id": assessment.id,
        "firm": latest.firm_name,
        "date": latest.created_at[:16].replace("T", " "),
        "version": latest.number,
        "lang": assessment.lang,
        "top_path": outcome.top_path if outcome else None,
        "first": first_paths(outcome),
        "top_verdict": outcome.top_verdict if outcome else None,
    }


def workspace_page(request: Request, status_code: int = 200, error: str | None = None) -> Response:
    query = request.query_params.get("q", "").strip()
    lang = lang_of(request)
    deleted = request.query_params.get("deleted")
    return render(
        request,
        "workspace.html.j2",
        status_code,
        rows=[_row(a) for a in store(request).search(query or None)],
        query=query,
        deleted=int(deleted) if deleted and deleted.isdigit() else None,
        paths={p.id: p.name(lang) for p in rulebase().paths},
        error=error,
        compare_max=config(request).compare_max,
    )


@router.get("/")
def workspace(request: Request) -> Response:
    return workspace_page(request)


@router.post("/assessments")
def new(request: Request) -> Response:
    created = store(request).create({}, lang_of(request))
    return RedirectResponse(f"/a/{created.id}/interview", status_code=303)


@router.post("/a/{assessment_id}/duplicate")
def duplicate(request: Request, assessment_id: int) -> Response:
    lang = lang_of(request)
    copy = store(request).duplicate(assessment_id, note=say(lang, "note_duplicate", id=assessment_id))
    return RedirectResponse(f"/a/{copy.id}/interview", status_code=303)


@router.post("/a/{assessment_id}/delete")
def delete(request: Request, assessment_id: int) -> Response:
    store(request).delete(assessment_id)
    return RedirectResponse(f"/?deleted={assessment_id}", status_code=303)


@router.post("/a/{assessment_id}/restore")
def restore(request: Request, assessment_id: int) -> Response:
    store(request).restore(assessment_id)
    return RedirectResponse("/", status_code=303)


@router.post("/import")
async def import_profile(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    """A YAML or JSON profile becomes a new assessment; a bad one is refused with the CLI's message."""
    lang = lang_of(request)
    limit = config(request).max_upload_bytes
    name = Path(file.filename or "profile.yaml").name
    suffix = Path(name).suffix.lower()
    if suffix not in PROFILE_SUFFIXES:
        return workspace_page(request, 400, say(lang, "import_suffix", name=name))
    content = await file.read(limit + 1)
    if len(content) > limit:
        return workspace_page(request, 413, say(lang, "upload_too_big", limit=limit // 1000))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"profile{suffix}"
        path.write_bytes(content)
        try:
            answers = load_answers(path, questionnaire())
        except ProfileError as exc:
            worded = exc.render(lang).replace(str(path), name)
            return workspace_page(request, 400, f"{name}: {worded}")
    created = store(request).create(answers, lang, outcome_of(answers), note=name)
    return RedirectResponse(f"/a/{created.id}/result", status_code=303)


@router.get("/a/{assessment_id}/export.{format}")
def export(request: Request, assessment_id: int, format: str, v: int | None = None) -> Response:
    """The assessment's answers as a profile file `innopath recommend` reads as it is."""
    version = store(request).version(assessment_id, v)
    stem = f"assessment-{assessment_id}-v{version.number}"
    if format == "json":
        body = json.dumps(
            {k: "unknown" if val is None else val for k, val in version.answers.items()},
            ensure_ascii=False,
            indent=2,
        )
        media = "application/json"
    elif format == "yaml":
        body = render_profile(version.answers, questionnaire(), lang_of(request))
        media = "application/yaml"
    else:
        return render(request, "error.html.j2", 404, message=say(lang_of(request), "not_found"))
    return Response(
        body.encode("utf-8"),
        media_type=f"{media}; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{stem}.{format}"'},
    )
