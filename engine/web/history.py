"""History and comparison: every version of an assessment, what changed between two and how the advice
moved; up to five assessments side by side.
"""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from innopath.engine.analysis.whatif import compare as compare_profiles
from innopath.engine.analysis.whatif import whatif
from innopath.engine.store.repository import Version
from innopath.engine.web.answers import first_paths, profile_of, show
from innopath.engine.web.context import config, lang_of, questionnaire, render, rulebase, say, store

router = APIRouter()


def changed_fields(before: Version | None, after: Version) -> list[str]:
    old = before.answers if before else {}
    ids = [f.id for f in questionnaire().fields]
    return [f for f in ids if (f in old) != (f in after.answers) or old.get(f) != after.answers.get(f)]


@router.get("/a/{assessment_id}/history")
def history(request: Request, assessment_id: int) -> Response:
    versions = store(request).history(assessment_id)
    rows = [
        (v, len(changed_fields(versions[i - 1] if i else None, v)), first_paths(v.outcome))
        for i, v in enumerate(versions)
    ]
    lang = lang_of(request)
    return render(
        request,
        "history.html.j2",
        assessment_id=assessment_id,
        rows=list(reversed(rows)),
        firm=versions[-1].firm_name,
        paths={p.id: p.name(lang) for p in rulebase().paths},
    )


@router.get("/a/{assessment_id}/diff")
def diff(request: Request, assessment_id: int, a: int, b: int) -> Response:
    """What changed from version `a` to version `b`, and how each path's fit and verdict moved."""
    lang = lang_of(request)
    kept = store(request)
    before, after = kept.version(assessment_id, a), kept.version(assessment_id, b)
    spec = questionnaire().spec
    unknown = say(lang, "unasked")
    rows = []
    changes = {}
    for field_id in changed_fields(before, after):
        field = spec.field(field_id)
        rows.append(
            (
                field.label(lang),
                show(field, before.answers.get(field_id), lang) if field_id in before.answers else unknown,
                show(field, after.answers.get(field_id), lang) if field_id in after.answers else unknown,
            )
        )
        changes[field_id] = after.answers.get(field_id)
    delta = whatif(profile_of(before.answers), changes, lang=lang) if changes else None
    return render(
        request,
        "diff.html.j2",
        assessment_id=assessment_id,
        a=before,
        b=after,
        rows=rows,
        delta=delta,
        firm=after.firm_name,
    )


@router.get("/compare")
def compare(request: Request) -> Response:
    """Up to five assessments side by side: fits, verdicts, first path, combination."""
    lang = lang_of(request)
    limit = config(request).compare_max
    ids = [int(x) for x in request.query_params.getlist("ids") if x.isdigit()]
    ids = list(dict.fromkeys(ids))
    if not 2 <= len(ids) <= limit:
        return render(request, "error.html.j2", 400, message=say(lang, "compare_count", max=limit))
    kept = store(request)
    unnamed = say(lang, "unnamed")
    profiles = []
    unanswered = []  # as the result page counts them: assessed questions that apply, answer not known
    for assessment_id in ids:
        latest = kept.get(assessment_id).latest
        profiles.append((f"#{assessment_id} {latest.firm_name or unnamed}", profile_of(latest.answers)))
        known, total = questionnaire().known(latest.answers)
        unanswered.append(total - known)
    found = compare_profiles(profiles, lang=lang)
    return render(request, "compare.html.j2", result=found, ids=ids, unanswered=unanswered)
