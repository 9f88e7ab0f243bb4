import time
import tracemalloc

import pytest

from innopath.engine.common.safeparse import (
    MAX_DEPTH,
    InputRefused,
    json_depth,
    load_untrusted_json,
    load_untrusted_yaml,
    printable,
    shorten,
)

ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _refused(load: object, text: str) -> str:
    started = time.perf_counter()
    tracemalloc.start()
    with pytest.raises(InputRefused) as caught:
        load(text, "p.yaml")  # type: ignore[operator]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - started < 1 and peak < 20_000_000
    return str(caught.value)


def test_an_alias_bomb_is_refused_at_the_first_alias_with_its_line() -> None:
    assert len(ALIAS_BOMB) < 600
    message = _refused(load_untrusted_yaml, ALIAS_BOMB)
    assert "line 2" in message and "aliases" in message


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1000, 30_000])
def test_deep_yaml_nesting_is_refused_before_the_stack_runs_out(depth: int) -> None:
    message = _refused(load_untrusted_yaml, "rd_resources: " + "[" * depth + "]" * depth)
    assert f"more than {MAX_DEPTH} levels" in message


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 30_000])
def test_deep_json_nesting_is_refused(depth: int) -> None:
    message = _refused(load_untrusted_json, '{"rd_resources": ' + "[" * depth + "]" * depth + "}")
    assert f"more than {MAX_DEPTH} levels" in message


@pytest.mark.parametrize("load", [load_untrusted_yaml, load_untrusted_json])
def test_an_integer_of_thousands_of_digits_is_refused_not_a_traceback(load: object) -> None:
    text = '{"cluster_peers": ' + "9" * 5000 + "}"
    assert "5000 digits" in _refused(load, text)


def test_a_duplicate_yaml_key_names_both_lines() -> None:
    message = _refused(load_untrusted_yaml, "rd_resources: 4\ncore_ip: 2\nrd_resources: 1\n")
    assert "'rd_resources' appears twice (lines 1 and 3)" in message


def test_a_duplicate_json_key_names_both_lines() -> None:
    message = _refused(load_untrusted_json, '{\n "rd_resources": 4,\n "rd_resources": 1\n}')
    assert "'rd_resources' appears twice (lines 2 and 3)" in message


def test_a_json_bom_is_read() -> None:
    assert load_untrusted_json('\ufeff{"core_ip": 3}', "p.json") == {"core_ip": 3}


def test_json_depth_skips_brackets_inside_strings() -> None:
    assert json_depth('{"firm_name": "[[[[{{{{\\"]]"}') == 1


def test_a_value_echoed_in_a_message_is_short() -> None:
    assert len(shorten("x" * 10**6)) <= 81
    assert len(str(shorten(10**5000))) < 80
    assert str(shorten(["x"] * 10**5)) == "a list"


def test_printable_strips_control_characters_and_bidi_overrides() -> None:
    assert printable("A\x1b[31mB\x00C\u202eD\tE\nF\x1b]8;;http://x\x07G") == "ABCD E FG"
