"""Cohorts: a CSV or Excel file of firms through `batch`, its results table (filterable) and summary charts,
and the results to download. Uploads are limited in size and rows; bad rows are listed as `batch` lists them.
"""

import csv
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from innopath.engine.applications.batch.readers import open_rows
from innopath.engine.applications.batch.run import run_batch
from innopath.engine.applications.batch.summary import render_summary
from innopath.engine.applications.batch.writers import open_writer
from innopath.engine.common.errors import InnopathError
from innopath.engine.web.context import config, lang_of, render, say, store

router = APIRouter()
COHORT_SUFFIXES = (".csv", ".xlsx", ".jsonl")
DOWNLOADS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def upload_page(request: Request, status_code: int = 200, error: str | None = None) -> Response:
    limits = config(request)
    return render(
        request,
        "cohort_upload.html.j2",
        status_code,
        error=error,
        max_kb=limits.max_upload_bytes // 1000,
        max_rows=limits.max_rows,
    )


@router.get("/cohort")
def cohort_form(request: Request) -> Response:
    return upload_page(request)


def _count_rows(path: Path, limit: int) -> int:
    with open_rows(path) as table:
        count = 0
        for _ in table.rows:
            count += 1
            if count > limit:
                break
    return count


@router.post("/cohort")
async def upload(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    lang = lang_of(request)
    limits = config(request)
    name = Path(file.filename or "firms.csv").name
    suffix = Path(name).suffix.lower()
    if suffix not in COHORT_SUFFIXES:
        return upload_page(request, 400, say(lang, "cohort_suffix", name=name))
    content = await file.read(limits.max_upload_bytes + 1)
    if len(content) > limits.max_upload_bytes:
        return upload_page(request, 413, say(lang, "upload_too_big", limit=limits.max_upload_bytes // 1000))
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"input{suffix}"
        source.write_bytes(content)
        output = Path(folder) / "results.csv"
        try:
            if _count_rows(source, limits.max_rows) > limits.max_rows:
                return upload_page(request, 413, say(lang, "too_many_rows", limit=limits.max_rows))
            summary = run_batch(source, output, workers=1, lang=lang)
        except InnopathError as exc:
            return upload_page(request, 400, exc.render(lang).replace(str(source), name))
        with output.open(encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        shown_source = Path(name)
        payload: dict[str, Any] = {
            "columns": table[0] if table else [],
            "rows": table[1:],
            "summary": {lang_: render_summary(summary, shown_source, lang_) for lang_ in ("zh", "en")},
            "errors": [e.replace(str(source), name) for e in summary.first_errors],
            "warnings": summary.warnings,
            "counts": [summary.rows, summary.succeeded, summary.failed],
        }
    cohort_id = store(request).add_cohort(name, payload)
    return RedirectResponse(f"/cohort/{cohort_id}", status_code=303)


def _filtered(request: Request, payload: dict[str, Any]) -> tuple[list[list[str]], str, str]:
    column = request.query_params.get("column", "")
    needle = request.query_params.get("contains", "").strip()
    rows: list[list[str]] = payload["rows"]
    if column in payload["columns"] and needle:
        index = payload["columns"].index(column)
        rows = [r for r in rows if needle.lower() in r[index].lower()]
    return rows, column, needle


@router.get("/cohort/{cohort_id}")
def cohort(request: Request, cohort_id: int) -> Response:
    source, payload = store(request).cohort(cohort_id)
    rows, column, needle = _filtered(request, payload)
    query = request.url.query
    return render(
        request,
        "cohort.html.j2",
        cohort_id=cohort_id,
        source=source,
        columns=payload["columns"],
        rows=rows,
        column=column,
        contains=needle,
        counts=payload["counts"],
        errors=payload["errors"],
        warnings=payload["warnings"],
        query=f"?{query}" if query else "",
    )


@router.get("/cohort/{cohort_id}/summary")
def cohort_summary(request: Request, cohort_id: int) -> Response:
    """The summary charts of `batch --summary`, as that command writes them."""
    _, payload = store(request).cohort(cohort_id)
    return HTMLResponse(payload["summary"][lang_of(request)])


@router.get("/cohort/{cohort_id}/results.{format}")
def download(request: Request, cohort_id: int, format: str) -> Response:
    if format not in DOWNLOADS:
        return render(request, "error.html.j2", 404, message=say(lang_of(request), "not_found"))
    source, payload = store(request).cohort(cohort_id)
    rows, _, _ = _filtered(request, payload)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"results.{format}"
        with open_writer(target, payload["columns"]) as write:
            for row in rows:
                write(row)
        body = target.read_bytes()
    stem = Path(source).stem or "cohort"
    return Response(
        body,
        media_type=DOWNLOADS[format],
        headers={"content-disposition": f'attachment; filename="{stem}-results.{format}"'},
    )
