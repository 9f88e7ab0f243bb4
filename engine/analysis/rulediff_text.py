"""`rules diff` for people: the summary counts, then each firm whose results change, at most `WIDTH` terminal
columns, in Chinese or English (reports/labels.yaml `diff`). Rule, path and field ids stay as they are.
"""

from collections.abc import Iterable

from innopath.engine.analysis.rulediff import FIT_TOLERANCE, RuleDiff, describe_parts
from innopath.engine.common.text import Lang, pad, width, wrap
from innopath.reports.labels import labels

WIDTH = 80
LABEL_COLUMNS = 15


def _packed(label: str, items: Iterable[str], sep: str, indent: int = 4) -> list[str]:
    """`label` and the items after it, packed into lines of `WIDTH` columns, breaking inside an item only
    when it is wider than a line by itself (a scenario's long name).
    """
    lead = " " * indent + pad(label, LABEL_COLUMNS)
    blank = " " * width(lead)
    lines = [lead]
    for item in list(items) or ["—"]:
        if lines[-1] not in (lead, blank):
            if width(lines[-1]) + width(sep) + width(item) + 1 > WIDTH:
                lines[-1] += sep.rstrip()
                lines.append(blank)
            else:
                lines[-1] += sep
        if width(lines[-1]) + width(item) > WIDTH:
            first, *rest = wrap(item, WIDTH, lines[-1], blank)
            lines[-1:] = [first, *rest]
        else:
            lines[-1] += item
    return lines


def _verdict(verdict: str, lang: Lang) -> str:
    """A verdict as the reader's language says it (English keeps the id, as tools read it)."""
    return labels().get("verdicts", verdict, lang) if lang == "zh" and verdict != "—" else verdict


def render_text(diff: RuleDiff, lang: Lang = "en") -> str:
    """The diff for people: summary counts first, then each firm that changes."""
    words = labels().group("diff", lang)
    sep = words["item_sep"]
    counts = diff.counts()
    groups = words["group_sep"].join(
        words["group"].format(n=n, name=words.get(g, g)) for g, n in diff.firms.items()
    )
    firing_only = [d.firm for d in diff.differences if not d.results_changed]
    lines = [
        words["before"].format(label=diff.before, version=diff.before_version),
        words["after"].format(label=diff.after, version=diff.after_version),
        *wrap(words["compared"].format(groups=groups, tolerance=FIT_TOLERANCE), WIDTH),
        "",
        words["rules"].format(
            changed=counts["rules_changed"], added=counts["rules_added"], removed=counts["rules_removed"]
        ),
        *wrap(
            words["results"].format(
                n=counts["results_changed"],
                firms=counts["firms"],
                first=counts["first_path_changed"],
                verdicts=counts["verdicts_changed"],
                fits=counts["fits_changed"],
            ),
            WIDTH,
        ),
        words["firing_only"].format(n=counts["firing_only"]),
        *(_packed("", firing_only, sep, 2) if firing_only else []),
        *wrap(words["legend_fired"], WIDTH),
        *wrap(words["legend_edited"], WIDTH),
    ]
    if diff.fields_only_before or diff.fields_only_after:
        lines += [
            words["questionnaires"],
            *_packed(words["only_before"], diff.fields_only_before, sep, 2),
            *_packed(words["only_after"], diff.fields_only_after, sep, 2),
        ]
    if diff.skipped:
        lines.append(words["skipped"].format(n=len(diff.skipped)))
        lines += [line for s in diff.skipped for line in wrap(s, WIDTH, "  ", "    ")]
    if diff.edits:
        lines += ["", words["edits"]]
        for edit in diff.edits:
            kind = words[edit.change]
            detail = describe_parts(edit.parts, words) if edit.parts else edit.detail
            said = words["edit_detail"].format(change=kind, detail=detail) if detail else kind
            lead = f"  {edit.rule:<8} "
            lines += wrap(said, WIDTH, lead, " " * len(lead))
    for change in diff.changed:
        lines += ["", *wrap(change.firm, WIDTH, "", "  ")]
        if change.first:
            lines += _packed(words["first"], [f"{change.first[0]} → {change.first[1]}"], sep)
        if change.verdicts:
            shown = (
                f"{p} {_verdict(a, lang)} → {_verdict(b, lang)}" for p, (a, b) in change.verdicts.items()
            )
            lines += _packed(words["verdicts"], shown, sep)
        if change.fits:
            lines += _packed(
                words["fits"], (f"{p} {a:+.2f} → {b:+.2f}" for p, (a, b) in change.fits.items()), sep
            )
        if change.fired_only_before or change.fired_only_after:
            lines += _packed(words["fired_before"], change.fired_only_before, sep)
            lines += _packed(words["fired_after"], change.fired_only_after, sep)
        else:
            lines += _packed(words["fired"], [words["same_rules"]], sep)
        if change.edited_rules_fired:
            lines += _packed(words["edited_fired"], change.edited_rules_fired, sep)
    return "\n".join(lines)
