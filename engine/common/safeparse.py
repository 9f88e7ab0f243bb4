"""Parsing what users type or upload, with limits checked before the parser can be made to work hard.

A profile or a JSONL row is small: a few dozen `field: answer` pairs. Anything far beyond that is refused
with a message naming the line, before it can exhaust memory, time or the stack: a file over
`MAX_PROFILE_BYTES`, nesting deeper than `MAX_DEPTH`, YAML aliases (an alias bomb expands a few hundred
bytes into gigabytes), duplicate keys (the last would silently win), and integers of more than
`MAX_INT_DIGITS` digits (Python refuses to convert them past 4,300). Any value echoed in a message is cut
to `MAX_ECHO` characters (`shorten`).
"""

import json
import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode

from innopath.engine.common.errors import InnopathError, Phrase, say

MAX_PROFILE_BYTES = 256 * 1024
"""A profile has about 35 short answers; 256 KB is hundreds of times that."""
MAX_DEPTH = 20
"""Nesting of lists and mappings; a profile is flat, so 1 or 2 levels are all it ever needs."""
MAX_INT_DIGITS = 100
MAX_ECHO = 80
"""Characters of a user's value quoted back in a message."""
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters (and bidirectional overrides) that must never reach a terminal or a report."""
ESCAPE_SEQUENCE = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-_])")
"""ANSI CSI and OSC sequences (colours, cursor moves, hyperlinks, window titles), removed whole."""


class InputRefused(InnopathError):
    """Input malformed or beyond a limit: too big, too deep, an alias, a duplicate key, a huge number."""


def printable(text: str) -> str:
    """`text` without control characters (ESC, NUL, ...); tabs and line breaks become spaces."""
    text = ESCAPE_SEQUENCE.sub("", text)
    return CONTROL.sub("", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))


def shorten(value: object, limit: int = MAX_ECHO) -> "str | Phrase":
    """A user's value as a message quotes it: repr, control characters escaped, at most `limit` chars; a
    huge number or a list or mapping is described, never printed whole.
    """
    if isinstance(value, int) and value.bit_length() > 3 * limit:
        return say("echo_digits", n=value.bit_length() * 3 // 10)
    if isinstance(value, str):
        shown = repr(value[:limit]) + ("…" if len(value) > limit else "")
    elif isinstance(value, int | float | bool) or value is None:
        shown = repr(value)
    else:
        kind = type(value).__name__
        return say(f"echo_{kind}") if kind in ("list", "dict") else say("echo_kind", kind=kind[:limit])
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


# --- YAML ---


class _Refused(ComposerError):
    """A limit refused the YAML (not a syntax error); `phrase` says which, in either language."""

    phrase: Phrase


class _RefusedValue(ConstructorError):
    """A limit refused a value (not a syntax error); `phrase` says which, in either language."""

    phrase: Phrase


def _refusal(kind: type[_Refused | _RefusedValue], phrase: Phrase, mark: Any) -> Exception:
    refused = kind(None, None, str(phrase), mark)
    refused.phrase = phrase
    return refused


class _GuardedLoader(yaml.SafeLoader):
    """The pure-Python safe loader (no recursion in its parser), refusing aliases, deep nesting,
    duplicate keys and huge integers as it composes, so none of them can cost more than the refusal.
    """

    depth = 0

    def _refuse(self, problem: Phrase) -> Exception:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        return _refusal(_Refused, problem, event.start_mark)

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            raise self._refuse(say("input_alias"))
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise self._refuse(say("input_nested", depth=MAX_DEPTH))
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in seen:
                    twice = say(
                        "input_appears_twice",
                        name=shorten(key_node.value),
                        lines=say("input_lines", a=seen[key_node.value], b=line),
                    )
                    raise _refusal(_RefusedValue, twice, key_node.start_mark)
                seen[key_node.value] = line
        return super().construct_mapping(node, deep)

    def construct_yaml_int(self, node: ScalarNode) -> int:
        digits = sum(ch.isdigit() for ch in str(node.value))
        if digits > MAX_INT_DIGITS:
            raise _refusal(_RefusedValue, say("input_digits", n=digits), node.start_mark)
        return super().construct_yaml_int(node)


_GuardedLoader.add_constructor("tag:yaml.org,2002:int", _GuardedLoader.construct_yaml_int)


def _check_size(text: str, where: "str | Phrase") -> None:
    if len(text) > MAX_PROFILE_BYTES:
        raise InputRefused(
            say("input_too_long", where=where, size=f"{len(text):,}", most=f"{MAX_PROFILE_BYTES:,}")
        )


def load_untrusted_yaml(text: str, where: "str | Phrase") -> Any:
    """Parse a user's YAML within the limits above; every refusal names `where` and the line.

    Brackets nested far beyond `MAX_DEPTH` are refused by a linear scan first: the scanner would otherwise
    read all of them ahead before the composer could refuse the first level too deep.
    """
    _check_size(text, where)
    if json_depth(text) > 5 * MAX_DEPTH:
        raise InputRefused(say("input_too_deep", where=where, depth=MAX_DEPTH))
    try:
        return yaml.load(text, Loader=_GuardedLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = say("input_line", n=mark.line + 1) if mark is not None else ""
        problem = getattr(exc, "phrase", None) or getattr(exc, "problem", None) or str(exc)
        key = "input_refused" if isinstance(exc, _Refused | _RefusedValue) else "input_yaml"
        raise InputRefused(say(key, where=where, line=line, problem=problem)) from None


# --- JSON ---


def json_depth(text: str) -> int:
    """The deepest nesting of [ and { in JSON text, strings skipped; linear, no recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _line_of(text: str, key: str, occurrence: int) -> int:
    found = [m.start() for m in re.finditer(re.escape(json.dumps(key)) + r"\s*:", text)]
    position = found[occurrence] if occurrence < len(found) else 0
    return text.count("\n", 0, position) + 1


def load_untrusted_json(text: str, where: "str | Phrase") -> Any:
    """Parse a user's JSON within the limits above (size, depth, duplicate keys, number size)."""
    _check_size(text, where)
    text = text.lstrip("\ufeff")
    if json_depth(text) > MAX_DEPTH:
        raise InputRefused(say("input_too_deep", where=where, depth=MAX_DEPTH))

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                lines = say("input_lines", a=_line_of(text, key, 0), b=_line_of(text, key, 1))
                raise InputRefused(say("input_twice", where=where, name=shorten(key), lines=lines))
            result[key] = value
        return result

    def integer(digits: str) -> int:
        if len(digits) > MAX_INT_DIGITS:
            raise InputRefused(say("input_huge_number", where=where, n=len(digits)))
        return int(digits)

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_int=integer)
    except json.JSONDecodeError as exc:
        raise InputRefused(say("input_json", where=where, n=exc.lineno, problem=exc.msg)) from None
