"""What the rule loader says is wrong with a rule base: every problem a phrase of reports/errors.yaml that
names the file and the rule id, worded in Chinese or English where it is shown.

The schema's own complaints (pydantic's) are worded by their type (`schema_problems`); the checks that need
the whole rule base — ids, paths, factors, facts produced and used, facts that depend on themselves — are
`cross_check`.
"""

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from innopath.engine.common.errors import Joined, Phrase, say
from innopath.engine.common.text import Text
from innopath.engine.knowledge.conditions import FactTest, VerdictTest, leaves
from innopath.engine.knowledge.ruletypes import AnyRule, AssessRule, CombineRule, EvidenceRule

SCHEMA_TYPES = frozenset(
    {
        "missing", "extra_forbidden", "string_type", "int_type", "int_parsing", "int_from_float",
        "float_type", "float_parsing", "bool_type", "bool_parsing", "dict_type", "list_type", "tuple_type",
        "model_type", "greater_than", "less_than", "greater_than_equal", "less_than_equal", "too_short",
        "string_pattern_mismatch", "union_tag_invalid", "union_tag_not_found",
    }
)  # fmt: skip
"""pydantic error types worded in reports/errors.yaml (`schema_<type>`); any other is quoted as pydantic
words it."""


def rule_at(file: str, rule_id: object) -> Phrase:
    """Where a problem is: the file and the rule id ("original.yaml: rule ORI-01")."""
    return say("rule_at", file=file, rule=rule_id)


def alternatives(values: list[str]) -> "Phrase | str":
    """'a', 'b' or 'c' (pydantic's way of listing what is expected), in either language."""
    if len(values) < 2:
        return "".join(values)
    return say("alternatives", head=Joined(tuple(values[:-1])), last=values[-1])


def pydantic_problem(error: Mapping[str, Any]) -> "Phrase | str":
    """One of pydantic's complaints in words of reports/errors.yaml (`schema_<type>`), by its error type."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "value_error" and isinstance(ctx.get("error"), ValueError):
        reason = ctx["error"].args[0] if ctx["error"].args else ""
        if isinstance(reason, Phrase):
            return say("schema_value_error", problem=reason)
    if kind == "literal_error":
        return say("schema_literal_error", expected=alternatives(re.findall(r"'[^']*'", ctx["expected"])))
    if kind in SCHEMA_TYPES:
        return say(f"schema_{kind}", **{k: v for k, v in ctx.items() if isinstance(v, str | int | float)})
    return say("schema_other", msg=error["msg"])


def schema_problems(exc: ValidationError, where: "Phrase | str") -> list[Phrase]:
    """Pydantic's complaints about one rule, each naming the rule and the key."""
    problems = []
    for error in exc.errors():
        loc = ".".join(str(p) for p in error["loc"] if not isinstance(p, int) or len(error["loc"]) == 1)
        problem = pydantic_problem(error)
        if loc:
            problems.append(say("rule_problem", where=where, loc=loc, problem=problem))
        else:
            problems.append(say("rule_problem_here", where=where, problem=problem))
    return problems


def _check_adds_to(rule: EvidenceRule, rules: list[AnyRule]) -> list[Phrase]:
    by_id = {r.id: r for r in rules}
    errors = []
    for other_id in rule.adds_to:
        other = by_id.get(other_id)
        if not (
            isinstance(other, EvidenceRule)
            and (other.path, other.direction, other.factor) == (rule.path, rule.direction, rule.factor)
        ):
            errors.append(
                say(
                    "rule_adds_to",
                    where=rule_at(rule.file, rule.id),
                    other=repr(other_id),
                    direction=say(f"dir_{rule.direction}"),
                    path=rule.path,
                    factor=rule.factor,
                )
            )
    return errors


def _check_combination(rule: CombineRule) -> list[Phrase]:
    """A combination must test the verdict of every path it names: it may not sequence a firm into a path
    the same run rejects.
    """
    tested = {leaf.path for leaf in leaves(rule.condition) if isinstance(leaf, VerdictTest)}
    return [
        say("rule_combination_untested", where=rule_at(rule.file, rule.id), path=repr(p))
        for p in rule.paths
        if p not in tested
    ]


def cross_check(rules: list[AnyRule], path_ids: set[str], factors: Mapping[str, Text]) -> list[Phrase]:
    """Checks that need the whole rule base: ids, paths, factors, facts produced and used."""
    errors: list[Phrase] = []
    counts = Counter(r.id for r in rules)
    for rule_id, n in sorted(counts.items()):
        if n > 1:
            files = sorted({r.file for r in rules if r.id == rule_id})
            errors.append(say("rule_duplicate", files=", ".join(files), rule=rule_id, n=n))
    producers = Counter(r.fact for r in rules if isinstance(r, AssessRule))
    for rule in rules:
        where = rule_at(rule.file, rule.id)
        named = [rule.bears_on] if rule.bears_on else []
        named += list(rule.paths) if isinstance(rule, CombineRule) else []
        named += [leaf.path for leaf in leaves(rule.condition) if isinstance(leaf, VerdictTest)]
        errors += [
            say("rule_unknown_path", where=where, path=repr(p), allowed=", ".join(sorted(path_ids)))
            for p in named
            if p not in path_ids
        ]
        for leaf in leaves(rule.condition):
            if isinstance(leaf, FactTest) and leaf.fact not in producers:
                errors.append(say("rule_fact_not_produced", where=where, fact=repr(leaf.fact)))
        if isinstance(rule, EvidenceRule):
            errors += _check_adds_to(rule, rules)
            if rule.factor not in factors:
                allowed = ", ".join(sorted(factors))
                errors.append(
                    say("rule_unknown_factor", where=where, factor=repr(rule.factor), allowed=allowed)
                )
        if isinstance(rule, CombineRule):
            errors += _check_combination(rule)
        if isinstance(rule, AssessRule) and producers[rule.fact] > 1:
            errors.append(say("rule_fact_twice", where=where, fact=repr(rule.fact)))
    return errors + _fact_cycles(rules)


def _fact_cycles(rules: list[AnyRule]) -> list[Phrase]:
    """Derived facts that depend on themselves (a -> b -> a): the engine and the explanation would loop."""
    makers = {r.fact: r for r in rules if isinstance(r, AssessRule)}
    uses = {
        fact: sorted(
            {leaf.fact for leaf in leaves(r.condition) if isinstance(leaf, FactTest)} & makers.keys()
        )
        for fact, r in makers.items()
    }
    errors: list[Phrase] = []
    finished: set[str] = set()
    for start in sorted(uses):
        trail: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            fact, index = stack.pop()
            if index == 0:
                if fact in trail:
                    cycle = [*trail[trail.index(fact) :], fact]
                    rule_ids = ", ".join(makers[f].id for f in cycle[:-1])
                    errors.append(
                        say(
                            "rule_fact_cycle",
                            file=makers[fact].file,
                            cycle=" -> ".join(cycle),
                            rules=rule_ids,
                        )
                    )
                    continue
                if fact in finished:
                    continue
                trail.append(fact)
            if index < len(uses[fact]):
                stack += [(fact, index + 1), (uses[fact][index], 0)]
            else:
                finished.add(trail.pop())
    return errors
