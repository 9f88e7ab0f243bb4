"""`rules diff`: what changes, firm by firm, between two rule bases.

Both rule bases are run on the same firms (the feature scenarios' profiles and a seeded random population,
given by the caller). A firm's *results change* when its first path differs, when any path's verdict
differs, or when any path's fit moves by more than `FIT_TOLERANCE`. For each such firm the diff lists the
rules whose firing differs (fired under one rule base and not the other) and the rules that were edited
between the two rule bases and fired for it under either; an edit of a strength changes fits without
changing what fires, so the second list is what points at it.

When the two rule bases ask different questions (their `profile.yaml` differ), the random profiles answer
the union of both questionnaires' fields and each rule base is given the answers its own questionnaire
accepts; the diff says so.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innopath.engine.common.yamlio import read_yaml
from innopath.engine.inference.engine import Engine, Inference
from innopath.engine.knowledge.profile import Answer, ProfileSpec
from innopath.engine.knowledge.rulebase import AnyRule, RuleBase
from innopath.reports.labels import labels

FIT_TOLERANCE = 0.05
"""A fit that moves by this much or less counts as unchanged."""


@dataclass(frozen=True)
class Firm:
    """A profile to compare on: a feature scenario or a member of the random population."""

    name: str
    answers: Mapping[str, Answer]


@dataclass(frozen=True)
class RuleEdit:
    """A rule added, removed or changed between the two rule bases."""

    rule: str
    change: str
    """'added', 'removed' or 'changed'."""
    detail: str = ""
    parts: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)
    """What changed, for wording it in either language: (key, before, after); before and after are empty
    for a change of wording ("because", "label", "source") and for an edit not shown value by value."""

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "change": self.change, "detail": self.detail}


@dataclass(frozen=True)
class FirmDiff:
    """How one firm's results differ; `before` is the rule base diffed against, `after` the current one."""

    firm: str
    first: tuple[str, str] | None
    """The paths holding first place before and after (`a = b` when shared), when they differ."""
    verdicts: dict[str, tuple[str, str]]
    fits: dict[str, tuple[float, float]]
    fired_only_before: list[str]
    fired_only_after: list[str]
    edited_rules_fired: list[str]

    @property
    def results_changed(self) -> bool:
        return bool(self.first or self.verdicts or self.fits)

    def as_dict(self) -> dict[str, Any]:
        return {
            "firm": self.firm,
            "first": list(self.first) if self.first else None,
            "verdicts": {p: list(v) for p, v in self.verdicts.items()},
            "fits": {p: [round(a, 4), round(b, 4)] for p, (a, b) in self.fits.items()},
            "fired_only_before": self.fired_only_before,
            "fired_only_after": self.fired_only_after,
            "edited_rules_fired": self.edited_rules_fired,
        }


@dataclass(frozen=True)
class RuleDiff:
    """The comparison of two rule bases over a set of firms."""

    before: str
    after: str
    before_version: str
    after_version: str
    firms: dict[str, int]
    """group ('scenarios', 'population') -> number of firms compared."""
    edits: list[RuleEdit]
    differences: list[FirmDiff]
    """Firms whose results change or whose fired rules differ, in the order compared."""
    fields_only_before: list[str] = field(default_factory=list)
    fields_only_after: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Scenarios whose profile could not be read, with the reason."""

    @property
    def changed(self) -> list[FirmDiff]:
        return [d for d in self.differences if d.results_changed]

    def counts(self) -> dict[str, int]:
        changed = self.changed
        return {
            "firms": sum(self.firms.values()),
            "results_changed": len(changed),
            "first_path_changed": sum(1 for d in changed if d.first),
            "verdicts_changed": sum(1 for d in changed if d.verdicts),
            "fits_changed": sum(1 for d in changed if d.fits),
            "firing_only": len(self.differences) - len(changed),
            "rules_added": sum(1 for e in self.edits if e.change == "added"),
            "rules_removed": sum(1 for e in self.edits if e.change == "removed"),
            "rules_changed": sum(1 for e in self.edits if e.change == "changed"),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "before_version": self.before_version,
            "after_version": self.after_version,
            "fit_tolerance": FIT_TOLERANCE,
            "firms": self.firms,
            "summary": self.counts(),
            "fields_only_before": self.fields_only_before,
            "fields_only_after": self.fields_only_after,
            "rule_edits": [e.as_dict() for e in self.edits],
            "changed": [d.as_dict() for d in self.changed],
            "firing_only": [d.as_dict() for d in self.differences if not d.results_changed],
            "skipped_scenarios": self.skipped,
        }


def folder_spec(directory: Path, rulebase: RuleBase) -> ProfileSpec:
    """The questionnaire of a rule-base folder: its own profile.yaml, else the one the rule base loaded."""
    path = directory / "profile.yaml"
    return ProfileSpec.model_validate(read_yaml(path)) if path.exists() else rulebase.spec


def union_spec(first: ProfileSpec, second: ProfileSpec) -> ProfileSpec:
    """`first` with the fields only `second` has appended (a field in both is taken from `first`)."""
    extra = [f for f in second.fields if f.id not in first.ids]
    sections = [*first.sections, *(s for s in second.sections if s not in first.sections)]
    return first.model_copy(update={"fields": (*first.fields, *extra), "sections": tuple(sections)})


def accepted(answers: Mapping[str, Answer], spec: ProfileSpec) -> dict[str, Answer]:
    """The answers `spec`'s questionnaire has a field for and accepts."""
    return {k: v for k, v in answers.items() if k in spec.ids and spec.field(k).accepts(v)}


_WORDING = ("because", "label", "source")
_SCALAR = int | float | str | bool | None


def _rule_parts(before: AnyRule, after: AnyRule) -> tuple[tuple[str, str, str], ...]:
    """What differs between two versions of a rule, key by key (see `RuleEdit.parts`)."""
    old, new = before.model_dump(), after.model_dump()
    parts = []
    for key in dict.fromkeys([*old, *new]):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key == "when":
            parts.append((key, str(before.condition), str(after.condition)))
        elif key not in _WORDING and isinstance(a, _SCALAR) and isinstance(b, _SCALAR):
            parts.append((key, str(a), str(b)))
        else:
            parts.append((key, "", ""))
    return tuple(parts)


def describe_parts(parts: Iterable[tuple[str, str, str]], words: Mapping[str, str]) -> str:
    """A rule's edit in words (`diff` labels): `strength 0.5 → 0.9; because`."""
    said = []
    for key, a, b in parts:
        if key == "when":
            said.append(words["part_when"].format(before=a, after=b))
        elif a or b:
            said.append(words["part_value"].format(key=key, before=a, after=b))
        else:
            said.append(words["part_wording" if key in _WORDING else "part_edited"].format(key=key))
    return words["part_sep"].join(said)


def rule_edits(before: RuleBase, after: RuleBase) -> list[RuleEdit]:
    """Rules added, removed or changed from `before` to `after`, by id."""
    edits = []
    for rule_id in sorted(before.by_id.keys() | after.by_id.keys()):
        old, new = before.by_id.get(rule_id), after.by_id.get(rule_id)
        if old is None:
            edits.append(RuleEdit(rule_id, "added"))
        elif new is None:
            edits.append(RuleEdit(rule_id, "removed"))
        elif old.model_dump() != new.model_dump():
            parts = _rule_parts(old, new)
            edits.append(
                RuleEdit(rule_id, "changed", describe_parts(parts, labels().group("diff", "en")), parts)
            )
    return edits


def compare_firm(name: str, before: Inference, after: Inference, edited: set[str]) -> FirmDiff:
    """How `after` differs from `before` for one firm."""
    changed = set(before.first()) != set(after.first())
    first = (" = ".join(before.first()), " = ".join(after.first())) if changed else None
    paths = [p for p in dict.fromkeys([*before.ranking, *after.ranking])]
    verdicts = {
        p: (before.verdicts.get(p, "—"), after.verdicts.get(p, "—"))
        for p in paths
        if before.verdicts.get(p) != after.verdicts.get(p)
    }
    fits = {
        p: (before.fits.get(p, 0.0), after.fits.get(p, 0.0))
        for p in paths
        if abs(before.fits.get(p, 0.0) - after.fits.get(p, 0.0)) > FIT_TOLERANCE + 1e-9
    }
    return FirmDiff(
        firm=name,
        first=first,
        verdicts=verdicts,
        fits=fits,
        fired_only_before=sorted(before.fired - after.fired),
        fired_only_after=sorted(after.fired - before.fired),
        edited_rules_fired=sorted(edited & (before.fired | after.fired)),
    )


def diff_rulebases(
    before: Engine,
    after: Engine,
    groups: Mapping[str, Iterable[Firm]],
    labels: tuple[str, str],
    specs: tuple[ProfileSpec, ProfileSpec] | None = None,
    skipped: Iterable[str] = (),
) -> RuleDiff:
    """Run both engines on every firm of every group and keep the firms that differ.

    `specs` are the two rule bases' questionnaires (default: what each loaded); each engine is given only
    the answers its own questionnaire accepts.
    """
    spec_before, spec_after = specs or (before.rulebase.spec, after.rulebase.spec)
    edits = rule_edits(before.rulebase, after.rulebase)
    edited = {e.rule for e in edits}
    counts: dict[str, int] = {}
    differences = []
    for group, firms in groups.items():
        counts[group] = 0
        for firm in firms:
            counts[group] += 1
            old = before.infer(accepted(firm.answers, spec_before))
            new = after.infer(accepted(firm.answers, spec_after))
            found = compare_firm(firm.name, old, new, edited)
            if found.results_changed or found.fired_only_before or found.fired_only_after:
                differences.append(found)
    return RuleDiff(
        before=labels[0],
        after=labels[1],
        before_version=before.rulebase.version,
        after_version=after.rulebase.version,
        firms=counts,
        edits=edits,
        differences=differences,
        fields_only_before=[f for f in spec_before.ids if f not in spec_after.ids],
        fields_only_after=[f for f in spec_after.ids if f not in spec_before.ids],
        skipped=list(skipped),
    )
