"""The page of `simulate --summary`: how many firms a policy change moves, by group, and which firms.

Rendered by the one Jinja environment (`common/templating.py`) with the advisory report's stylesheet
inlined, so the page is one self-contained file; every word is in the template, in Chinese and English.
"""

from collections.abc import Sequence
from pathlib import Path

from innopath.engine.applications.batch.records import OTHER_GROUP
from innopath.engine.applications.batch.summary import folded_groups
from innopath.engine.applications.simulate import CHANGED_LISTED, Change, SimulationSummary
from innopath.engine.common.errors import InnopathError, say
from innopath.engine.common.files import check_writable, write_text_atomic
from innopath.engine.common.text import Lang
from innopath.engine.knowledge.rulebase import shipped_rulebase


class SummaryTargetError(InnopathError):
    """A summary page that cannot be written where it was asked."""


def check_page_target(target: Path) -> None:
    """Fail before the run, not after it, when the page cannot be written."""
    if target.suffix.lower() not in (".html", ".htm"):
        raise SummaryTargetError(say("batch_summary_html", target=target))
    check_writable(target, "summary")


def render_page(
    summary: SimulationSummary | None,
    source: Path,
    changes: Sequence[Change],
    where: dict[str, object],
    skipped: int,
    by: str | None,
    lang: Lang,
    levers: Sequence[tuple[str, int]] = (),
    firms: int = 0,
) -> str:
    """The HTML page of a simulation (`summary`, when --set was given) and of the levers (when tried)."""
    from innopath.engine.applications.reporting.render import stylesheet
    from innopath.engine.common.templating import environment
    from innopath.reports.labels import labels

    rulebase = shipped_rulebase()
    paths = rulebase.path_ids
    return (
        environment()
        .get_template("simulate_summary.html.j2")
        .render(
            lang=lang,
            stylesheet=stylesheet(),
            source=source.name,
            rulebase_version=rulebase.version,
            changes=[c.describe() for c in changes],
            where=[f"{k}={v}" for k, v in where.items()],
            skipped=skipped,
            by=by,
            firms=summary.firms if summary else firms,
            summary=summary,
            groups=folded_groups(summary.by_group, size=lambda c: c["firms"]) if summary and by else [],
            other_group=OTHER_GROUP,
            transitions=sorted(summary.transitions.items(), key=lambda kv: (-kv[1], kv[0]))
            if summary
            else [],
            listed=CHANGED_LISTED,
            levers=list(levers),
            path_names={p: rulebase.path(p).name(lang) for p in paths},
            verdict_names=labels().group("verdicts", lang),
            field_names={f.id: f.label(lang) for f in rulebase.spec.fields},
            percent=lambda part, whole: f"{100 * part / whole:.1f}%" if whole else "–",
        )
    )


def write_page(target: Path, html: str) -> None:
    write_text_atomic(target, html)
