"""The batch summary page: how many firms each path suits, by group, and the rows that failed."""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from innopath.engine.applications.batch.records import (
    ALL_GROUP,
    MAX_GROUPS,
    OTHER_GROUP,
    SHARED_TOP,
    BatchError,
    Summary,
)
from innopath.engine.common.errors import say
from innopath.engine.common.files import check_writable, write_text_atomic
from innopath.engine.common.text import Lang
from innopath.engine.knowledge.rulebase import shipped_rulebase


@dataclass(frozen=True)
class Bar:
    """One stacked bar of the chart: a label, its total and its segments (key, rows, start %, width %)."""

    key: str
    total: int
    segments: list[tuple[str, int, float, float]]


def _bar(key: str, counts: Counter[str], order: Sequence[str]) -> Bar:
    total = sum(counts.values())
    segments, start = [], 0.0
    for item in order:
        if counts.get(item):
            width = 100 * counts[item] / total
            segments.append((item, counts[item], round(start, 3), round(width, 3)))
            start += width
    return Bar(key, total, segments)


def folded_groups(
    groups: dict[str, Counter[str]], size: Callable[[Counter[str]], int] = lambda c: sum(c.values())
) -> list[tuple[str, Counter[str]]]:
    """The groups, largest first; beyond `MAX_GROUPS` the smallest are folded into one "other" group."""
    ranked = sorted(groups.items(), key=lambda kv: (-size(kv[1]), kv[0]))
    if len(ranked) <= MAX_GROUPS:
        return ranked
    other: Counter[str] = Counter()
    for _, counts in ranked[MAX_GROUPS - 1 :]:
        other.update(counts)
    return [*ranked[: MAX_GROUPS - 1], (OTHER_GROUP, other)]


def render_summary(summary: Summary, source: Path, lang: Lang) -> str:
    """The HTML summary: rows done and failed, top paths overall and by group (a shared first place as a
    segment of its own, `records.top_key`), each path's verdicts.
    """
    from innopath.reports.labels import labels

    rulebase = shipped_rulebase()
    top_order = [*summary.path_ids, SHARED_TOP, ""]
    overall: Counter[str] = Counter()
    for counts in summary.top_paths.values():
        overall.update(counts)
    verdict_order = ["recommended", "possible", "undetermined", "not_advised"]
    groups = folded_groups(summary.top_paths) if summary.by else []
    from markupsafe import Markup

    from innopath.engine.common.resources import reports_dir
    from innopath.engine.common.templating import environment  # only --summary needs Jinja

    return (
        environment()
        .get_template("batch_summary.html.j2")
        .render(
            lang=lang,
            source=source.name,
            by=summary.by,
            other_group=OTHER_GROUP,
            all_group=ALL_GROUP,
            shared_top=SHARED_TOP,
            rulebase_version=rulebase.version,
            rows=summary.rows,
            succeeded=summary.succeeded,
            failed=summary.failed,
            first_errors=summary.first_errors,
            warnings=summary.warnings,
            path_ids=list(summary.path_ids),
            path_names={p: rulebase.path(p).name(lang) for p in summary.path_ids},
            verdict_order=verdict_order,
            verdict_names=labels().group("verdicts", lang),
            overall=_bar(ALL_GROUP, overall, top_order),
            groups=[_bar(name, counts, top_order) for name, counts in groups],
            verdict_bars=[
                _bar(p, summary.verdicts.get(p, Counter()), verdict_order) for p in summary.path_ids
            ],
            percent=lambda part, whole: f"{100 * part / whole:.1f}%" if whole else "–",
            stylesheet=Markup((reports_dir() / "templates" / "report.css").read_text(encoding="utf-8")),
        )
    )


def write_summary(summary: Summary, source: Path, target: Path, lang: Lang) -> None:
    _format_html(target)
    write_text_atomic(target, render_summary(summary, source, lang))


def _format_html(target: Path) -> None:
    if target.suffix.lower() not in (".html", ".htm"):
        raise BatchError(say("batch_summary_html", target=target))
    check_writable(target, "summary")


def check_summary_target(target: Path) -> None:
    """Fail before the run, not after it, when the summary cannot be written."""
    _format_html(target)
