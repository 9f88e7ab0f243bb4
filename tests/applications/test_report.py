import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import StrictUndefined, UndefinedError
from markupsafe import escape

from innopath.engine.applications.reporting import builder as builder_module
from innopath.engine.applications.reporting import render as report_module
from innopath.engine.applications.reporting.builder import (
    analysis_of,
    build_view,
    cites,
    display_answer,
    references,
    report_labels,
)
from innopath.engine.applications.reporting.render import (
    ReportError,
    ReportFormat,
    cjk_font,
    format_of,
    render_report,
    write_report,
)
from innopath.engine.common.templating import environment, markdown_escape
from innopath.engine.inference.explain import recommend
from innopath.engine.knowledge.profile import ProfileBase, load_profile, parse_profile
from innopath.engine.knowledge.rulebase import RuleBase
from innopath.reports.labels import labels

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TODAY = date(2024, 5, 17)
HOSTILE = '<script>alert(1)</script> A & B "Ltd"'
SVG_NS = "{http://www.w3.org/2000/svg}"
CJK_FONT = cjk_font()
SYSTEM_SKIP = "PDF test skipped"
"""Skips for want of a system package start with this: conftest.py counts them and says how to run them."""
needs_cjk_font = pytest.mark.skipif(
    CJK_FONT is None,
    reason=f"{'PDF test skipped'}: no CJK font installed (fonts-wqy-microhei or fonts-noto-cjk)",
)


@pytest.fixture(scope="module")
def profiles() -> dict[str, ProfileBase]:
    return {path.stem: load_profile(path) for path in EXAMPLES}


@pytest.fixture(scope="module")
def rendered(profiles: dict[str, ProfileBase]) -> dict[tuple[str, str, str], str]:
    """Every example in both languages as HTML and Markdown, rendered once for the module."""
    out: dict[tuple[str, str, str], str] = {}
    for name, profile in profiles.items():
        for lang in ("zh", "en"):
            for fmt in (ReportFormat.HTML, ReportFormat.MD):
                text = render_report(profile, lang, fmt, today=TODAY)
                assert isinstance(text, str)
                out[(name, lang, fmt.value)] = text
    return out


def shown(text: str, fmt: str = "html") -> str:
    """`text` as the format writes it: HTML-escaped, or Markdown-escaped."""
    return markdown_escape(text) if fmt == "md" else str(escape(text))


def _svg(html: str) -> ET.Element:
    match = re.search(r"<svg\b.*?</svg>", html, flags=re.S)
    assert match, "no inline SVG chart in the HTML report"
    return ET.fromstring(match.group(0))


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip(f"{SYSTEM_SKIP}: pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


# --- content, every example, both languages ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_report_shows_top_path_every_fired_rule_and_the_references(
    example: str,
    fmt: str,
    lang: str,
    profiles: dict[str, ProfileBase],
    rendered: dict[tuple[str, str, str], str],
    rulebase: RuleBase,
) -> None:
    text = rendered[(example, lang, fmt)]
    result = recommend(profiles[example], lang)  # type: ignore[arg-type]
    top = result.paths[0]
    assert shown(top.name, fmt) in text
    assert f"{top.fit:+.2f}" in text
    for rule_id in result.fired:
        assert rule_id in text, f"fired rule {rule_id} missing"
        for cite in cites(rulebase.by_id[rule_id].source):
            assert cite.text in text, f"source {cite.text} of {rule_id} missing"
            assert f"#ref-{cite.paper}" in text
    for ref in references():
        assert ref.zh in text and shown(ref.en, fmt) in text
        assert f"ref-{ref.id}" in text
    assert result.rulebase_version in text
    assert TODAY.isoformat() in text
    for path in result.recommended:
        summary = text.split(f"{'#' * 2} 2." if fmt == "md" else 'id="firm"')[0]
        assert shown(result.path(path).name, fmt) in summary, "a recommended path is missing from the summary"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_html_chart_is_valid_svg_with_six_bars_in_ranking_order(
    example: str, lang: str, profiles: dict[str, ProfileBase], rendered: dict[tuple[str, str, str], str]
) -> None:
    html = rendered[(example, lang, "html")]
    svg = _svg(html)
    bars = [g for g in svg.iter(f"{SVG_NS}g") if g.get("class") == "bar"]
    result = recommend(profiles[example], lang)  # type: ignore[arg-type]
    assert [g.get("data-path") for g in bars] == result.ranking
    for bar, path in zip(bars, result.paths, strict=True):
        fit_bar = next(r for r in bar.iter(f"{SVG_NS}rect") if r.get("class") == "fit-bar")
        assert float(fit_bar.get("width", "0")) == pytest.approx(max(abs(path.fit) * 300, 1.5), abs=0.06)
        x = float(fit_bar.get("x", "0"))
        assert (x < 360) == (path.fit < 0), "a bar for the path is drawn on the wrong side of zero"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_chart_line_crosses_a_path_name(lang: str, rendered: dict[tuple[str, str, str], str]) -> None:
    """Axis, grid and threshold lines stop short of each row's name (English names reach past zero)."""
    svg = _svg(rendered[("hisense-2001", lang, "html")])
    names = [
        float(next(g.iter(f"{SVG_NS}text")).get("y", "0"))
        for g in svg.iter(f"{SVG_NS}g")
        if g.get("class") == "bar"
    ]
    lines = [(float(line.get("y1", "0")), float(line.get("y2", "0"))) for line in svg.iter(f"{SVG_NS}line")]
    assert lines and names
    crossing = [(y1, y2, base) for y1, y2 in lines for base in names if y1 < base and y2 > base - 13]
    assert crossing == []


def test_reference_entries_read_as_sentences(rendered: dict[tuple[str, str, str], str]) -> None:
    """Each part of a reference is a sentence of its own, spaced from the one before (the note ran into
    the date: "it mentions).the case of …")."""
    html = rendered[("hisense-2001", "en", "html")]
    references = html[html.index('<section id="references">') :]
    assert "</span><span" not in references
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", references))
    assert "mentions). The case of manufacturing firms in Wuhan. English title is our translation" in text
    assert "Authors not printed in the text." in text


def test_html_is_self_contained(rendered: dict[tuple[str, str, str], str]) -> None:
    html = rendered[("hisense-2001", "zh", "html")]
    assert "<style>" in html and "@page" in html and "@media print" in html
    for forbidden in ("<script", "<img", "<link", "<iframe", "url(", "@import"):
        assert forbidden not in html
    assert re.findall(r"https?://[^\s\"']+", html) == ["http://www.w3.org/2000/svg"]


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_english_lists_of_paths_split_one_way(
    rendered: dict[tuple[str, str, str], str], profiles: dict[str, ProfileBase], fmt: str
) -> None:
    """Bare path names are joined with semicolons in English, since a name may hold commas and "and"; where
    each name is followed by its fit in parentheses, the parenthesis closes the name and plain "and" reads."""
    recommended = [p for p in recommend(profiles["hisense-2001"], "en").paths if p.verdict == "recommended"]
    assert len(recommended) == 2, "hisense-2001 recommends two paths"
    fits = [f"{p.name} (fit {p.fit:+.2f})" for p in recommended]
    english = rendered[("hisense-2001", "en", fmt)]
    assert shown(f"{fits[0]} and {fits[1]}", fmt) in english
    assert shown(f"{fits[0]}; and", fmt) not in english


def test_markdown_puts_each_list_item_on_its_own_line(rendered: dict[tuple[str, str, str], str]) -> None:
    """Regression: nested why-not items ran together on one line."""
    for (_, _, fmt), text in rendered.items():
        if fmt == "md":
            for line in text.splitlines():
                assert "    - " not in line.strip(), line


def test_unknown_answers_are_shown_as_unknown(rendered: dict[tuple[str, str, str], str]) -> None:
    # hisense-2001 leaves alliance_focus unknown.
    zh = rendered[("hisense-2001", "zh", "html")]
    assert re.search(r'<td class="value unknown">未知</td>', zh)
    en = rendered[("hisense-2001", "en", "md")]
    assert "| What kind of foreign cooperation the firm has in mind | *unknown* |" in en


def test_why_not_and_unknowns_that_would_change_a_path_are_explained(
    rendered: dict[tuple[str, str, str], str], profiles: dict[str, ProfileBase]
) -> None:
    html = rendered[("hisense-2001", "en", "html")]
    result = recommend(profiles["hisense-2001"], "en")
    missing = [m for p in result.paths for m in p.missing]
    assert missing and all(m.rule in html and shown(m.text) in html for m in missing)
    assert "needs ≥ 4 · high; answered 3 · medium" in html
    acme = recommend(profiles["acme-ma"], "en")
    unknowns = [u for p in acme.paths for u in p.unknowns]
    acme_html = rendered[("acme-ma", "en", "html")]
    assert unknowns and all(shown(u.label) in acme_html for u in unknowns)


def test_next_steps_and_combination_come_from_the_rules(
    rendered: dict[tuple[str, str, str], str], profiles: dict[str, ProfileBase]
) -> None:
    combined = 0
    for name, profile in profiles.items():
        result = recommend(profile, "zh")
        html = rendered[(name, "zh", "html")]
        assert result.advice, name
        assert all(shown(advice.text) in html for advice in result.advice), name
        assert all(shown(combo.text) in html for combo in result.combination), name
        combined += bool(result.combination)
    assert combined, "no example proposes a combination, so the check above tested nothing"


def test_no_recommendation_lists_the_questions_to_answer_first() -> None:
    html = render_report(parse_profile({"firm_name": "Blank"}), "en", ReportFormat.HTML, today=TODAY)
    assert isinstance(html, str)
    assert "do not support any path yet" in html
    assert "open questions most likely to change that" in html
    assert "Prepared for Blank" in html


def test_reports_are_deterministic(profiles: dict[str, ProfileBase]) -> None:
    profile = profiles["sanctioned-firm"]
    for fmt in (ReportFormat.HTML, ReportFormat.MD):
        assert render_report(profile, "zh", fmt, today=TODAY) == render_report(
            profile, "zh", fmt, today=TODAY
        )


# --- what would change this advice (the sensitivity analysis) -----------------------------------------

KNIFE_EDGE = {"firm_name": "Knife", "rd_resources": 3, "gov_support": 4}
"""Two answers only, half of whose one-step changes put another path first."""


def _section(text: str, fmt: str) -> str:
    """The report's "what would change this advice" section."""
    if fmt == "md":
        return text.split("\n## 5. ")[1].split("\n## 6. ")[0]
    return text.split('<section id="sensitivity">')[1].split('<section id="roadmap">')[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_sensitivity_section_sits_between_paths_and_roadmap_and_is_in_the_contents(
    fmt: str, lang: str, rendered: dict[tuple[str, str, str], str]
) -> None:
    text = rendered[("hisense-2001", lang, fmt)]
    words = report_labels().group("report", lang)
    heading = (
        f"## 5. {shown(words['sensitivity'], fmt)}"
        if fmt == "md"
        else f"<h2>5. {shown(words['sensitivity'])}</h2>"
    )
    assert text.count(heading) == 1
    paths = text.index(f"4. {shown(words['paths'], fmt)}")
    roadmap = text.index(f"6. {shown(words['roadmap'], fmt)}")
    assert paths < text.index(heading) < roadmap
    for part in ("robustness", "depends_on", "flips", "unknowns_first"):
        assert shown(words[part], fmt) in _section(text, fmt)
    if fmt == "html":
        toc = text.split('<nav class="toc">')[1].split("</nav>")[0]
        assert f'<a href="#sensitivity">{shown(words["sensitivity"])}</a>' in toc
        assert toc.index("#paths") < toc.index("#sensitivity") < toc.index("#roadmap")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_robustness_shown_is_the_analysis_figure(
    example: str, lang: str, profiles: dict[str, ProfileBase], rendered: dict[tuple[str, str, str], str]
) -> None:
    robustness = analysis_of(profiles[example]).robustness
    words = report_labels().group("report", lang)
    for fmt in ("html", "md"):
        section = _section(rendered[(example, lang, fmt)], fmt)
        share = f"{robustness.share * 100:.0f}%"
        assert f"（{share}）" in section or f"({share})" in section
        assert f"{robustness.same_top}" in section and f"{robustness.neighbours}" in section
        assert (shown(words["knife_edge"].split("{")[0], fmt) in section) == robustness.knife_edge


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_smallest_flip_appears_with_its_field_and_value(
    lang: str, profiles: dict[str, ProfileBase], rendered: dict[tuple[str, str, str], str], rulebase: RuleBase
) -> None:
    found = analysis_of(profiles["hisense-2001"])
    assert found.flips, "hisense-2001 has a path one change puts first"
    words = report_labels().group("report", lang)
    levels = {level: text(lang) for level, text in rulebase.spec.levels.items()}
    html = _section(rendered[("hisense-2001", lang, "html")], "html")
    rows = {
        m.group(1): m.group(2) for m in re.finditer(r'<tr data-path="(\w+)">(.*?)</tr>', html, flags=re.S)
    }
    assert set(rows) == {p for p in found.ranking if [p] != found.first}
    for flip in found.flips:
        for change in flip.changes:
            spec = rulebase.spec.field(change.field)
            before = display_answer(spec, change.before, lang, words, levels)
            after = display_answer(spec, change.after, lang, words, levels)
            label = spec.label(lang)
            expected = words["change"].format(label=label, before=before, after=after)
            assert f'data-field="{change.field}">{shown(expected)}</span>' in rows[flip.path]
            assert shown(expected, "md") in _section(rendered[("hisense-2001", lang, "md")], "md")
        assert f"{flip.fit:+.2f}" in rows[flip.path]
    for path in found.no_flip:
        assert shown(words["no_flip"]) in rows[path]


def test_unknowns_to_find_out_first_are_listed(
    profiles: dict[str, ProfileBase], rendered: dict[tuple[str, str, str], str], rulebase: RuleBase
) -> None:
    found = analysis_of(profiles["hisense-2001"])
    html = _section(rendered[("hisense-2001", "en", "html")], "html")
    listed = re.findall(r'<tr data-field="(\w+)">\s*<td>[^<]*</td>\s*<td class="(?:changes-top|muted)', html)
    assert listed == [u.field for u in found.unknowns if u.swing > 0 or u.changes_top][:5]
    assert listed, "hisense-2001 leaves alliance_focus unknown, which moves some fit"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_knife_edge_recommendation_is_flagged(lang: str) -> None:
    profile = parse_profile(KNIFE_EDGE)
    robustness = analysis_of(profile).robustness
    assert robustness.knife_edge and robustness.share < 0.8
    words = report_labels().group("report", lang)
    flag = words["knife_edge"].format(threshold="80%")
    html = render_report(profile, lang, ReportFormat.HTML, today=TODAY)
    md = render_report(profile, lang, ReportFormat.MD, today=TODAY)
    assert isinstance(html, str) and isinstance(md, str)
    assert '<div class="robustness knife-edge">' in html
    assert f"<strong>{shown(flag)}</strong>" in html
    assert f"**{shown(flag, 'md')}**" in md
    assert f"{robustness.share * 100:.0f}%" in _section(md, "md")


def test_the_analysis_runs_once_per_answers_whatever_the_language_or_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    real = builder_module.sensitivity

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(builder_module, "sensitivity", counted)
    profile = parse_profile({"firm_name": "Once", "rd_resources": 2, "gov_support": 5})
    for lang in ("zh", "en"):
        for fmt in (ReportFormat.HTML, ReportFormat.MD):
            render_report(profile, lang, fmt, today=TODAY)
    assert len(calls) == 1
    render_report(profile.with_answers(gov_support=4), "en", ReportFormat.MD, today=TODAY)
    assert len(calls) == 2, "changed answers must be analysed afresh"


# --- escaping ------------------------------------------------------------------------------------------


def test_hostile_firm_name_renders_as_text_in_html() -> None:
    profile = parse_profile({"firm_name": HOSTILE, "industry": "<b>x</b>"})
    html = render_report(profile, "en", ReportFormat.HTML, today=TODAY)
    assert isinstance(html, str)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; A &amp; B &#34;Ltd&#34;" in html
    assert "<script" not in html and "<b>x</b>" not in html
    ET.fromstring(re.search(r"<svg\b.*?</svg>", html, flags=re.S).group(0))  # type: ignore[union-attr]


def test_hostile_firm_name_renders_as_text_in_markdown() -> None:
    profile = parse_profile({"firm_name": HOSTILE + " *b* [l](x) | c"})
    md = render_report(profile, "zh", ReportFormat.MD, today=TODAY)
    assert isinstance(md, str)
    assert r'\<script\>alert(1)\</script\> A & B "Ltd" \*b\* \[l\](x) \| c' in md
    assert not re.search(r"(?<!\\)<script", md)


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_markdown_escape_leaves_no_markup(text: str) -> None:
    escaped = markdown_escape(text)
    assert "\n" not in escaped and "\r" not in escaped
    unescaped = re.sub(r"\\.", "", escaped)
    assert not re.search(r"[<>\[\]|`*]", unescaped)


def test_environment_is_strict_and_escapes_html_only() -> None:
    env = environment()
    assert env is environment()
    assert env.undefined is StrictUndefined
    with pytest.raises(UndefinedError):
        env.get_template("html/_summary.html.j2").render(r=object(), w={})
    assert env.autoescape("report.html.j2") is True  # type: ignore[operator]
    assert env.autoescape("html/chart.svg.j2") is True  # type: ignore[operator]
    assert env.autoescape("report.md.j2") is False  # type: ignore[operator]


# --- formats and files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("r.html", None, ReportFormat.HTML),
        ("r.HTM", None, ReportFormat.HTML),
        ("r.md", None, ReportFormat.MD),
        ("r.pdf", None, ReportFormat.PDF),
        ("r.txt", "md", ReportFormat.MD),
        ("r.html", "pdf", ReportFormat.PDF),
    ],
)
def test_format_follows_suffix_unless_given(name: str, given: str | None, expected: ReportFormat) -> None:
    assert format_of(Path(name), given) is expected


@pytest.mark.parametrize("name", ["report.docx", "report"])
def test_unknown_suffix_is_a_clear_error(name: str) -> None:
    with pytest.raises(ReportError, match=r"\.html, \.md or \.pdf, or say --format html, md, pdf"):
        format_of(Path(name))


def test_write_report_writes_each_format(tmp_path: Path, profiles: dict[str, ProfileBase]) -> None:
    profile = profiles["hisense-1996"]
    html = write_report(profile, tmp_path / "r.html", "en", today=TODAY)
    md = write_report(profile, tmp_path / "r.txt", "en", "md", today=TODAY)
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert md.read_text(encoding="utf-8").startswith("# Advisory report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.txt"]


def test_existing_output_is_kept_when_rendering_fails(
    tmp_path: Path, profiles: dict[str, ProfileBase], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.html"
    target.write_text("previous report", encoding="utf-8")

    def broken(view: object, brief: bool = False) -> str:
        raise RuntimeError("template failed")

    monkeypatch.setattr(report_module, "render_html", broken)
    with pytest.raises(RuntimeError):
        write_report(profiles["hisense-1996"], target, "zh")
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_existing_output_is_replaced_on_success(tmp_path: Path, profiles: dict[str, ProfileBase]) -> None:
    target = tmp_path / "r.md"
    target.write_text("previous report", encoding="utf-8")
    write_report(profiles["hisense-1996"], target, "zh", today=TODAY)
    assert "核心技术获取路径咨询报告" in target.read_text(encoding="utf-8")


def test_pdf_without_cjk_font_names_the_package(
    tmp_path: Path,
    profiles: dict[str, ProfileBase],
    monkeypatch: pytest.MonkeyPatch,
    run_cli: Callable[..., object],
) -> None:
    monkeypatch.setattr(report_module, "cjk_font", lambda: None)
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ReportError, match="fonts-noto-cjk or fonts-wqy-microhei"):
        write_report(profiles["hisense-1996"], target, "en")
    assert target.read_bytes() == b"old"
    result = run_cli("report", str(EXAMPLES[0]), "-o", str(target))
    assert result.code == 2  # type: ignore[attr-defined]
    assert "install one (fonts-noto-cjk or fonts-wqy-microhei)" in result.err  # type: ignore[attr-defined]
    assert "Traceback" not in result.err  # type: ignore[attr-defined]


# --- PDF: really rendered when a CJK font is installed (CI installs fonts-wqy-microhei) -----------------


@needs_cjk_font
def test_chinese_pdf_really_renders_chinese(tmp_path: Path, profiles: dict[str, ProfileBase]) -> None:
    target = write_report(profiles["hisense-2001"], tmp_path / "信芯.pdf", "zh", today=TODAY)
    assert target.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(target)
    result = recommend(profiles["hisense-2001"], "zh")
    squashed = re.sub(r"\s+", "", text)
    assert "核心技术获取路径咨询报告" in squashed
    assert "HisenseASICdesigncentre(信芯)" in squashed
    assert re.sub(r"\s+", "", result.paths[0].name) in squashed
    assert f"{result.paths[0].fit:+.2f}" in text
    assert "大企业集群核心技术的自主创新路径研究" in squashed
    assert "\ufffd" not in text and "□" not in text


@needs_cjk_font
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_every_example_renders_to_pdf(
    example: str, lang: str, tmp_path: Path, profiles: dict[str, ProfileBase]
) -> None:
    target = write_report(profiles[example], tmp_path / "r.pdf", lang, today=TODAY)  # type: ignore[arg-type]
    text = re.sub(r"\s+", "", _pdf_text(target))
    result = recommend(profiles[example], lang)  # type: ignore[arg-type]
    assert re.sub(r"\s+", "", result.paths[0].name) in text
    for rule_id in result.fired:
        assert rule_id in text


@needs_cjk_font
def test_hostile_firm_name_is_text_in_the_pdf(tmp_path: Path) -> None:
    target = write_report(parse_profile({"firm_name": HOSTILE}), tmp_path / "r.pdf", "en", today=TODAY)
    assert HOSTILE.replace(" ", "") in re.sub(r"\s+", "", _pdf_text(target))


# --- the command ---------------------------------------------------------------------------------------


def test_cli_writes_the_report_and_prints_its_path(tmp_path: Path, run_cli: Callable[..., object]) -> None:
    target = tmp_path / "hisense.md"
    result = run_cli(
        "report", str(ROOT / "examples" / "hisense-2001.yaml"), "-o", str(target), "--lang", "en"
    )
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    assert result.out.strip() == str(target)  # type: ignore[attr-defined]
    assert "original in-house innovation" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/r.docx"], "the suffix '.docx' does not tell the report format"),
        (["-o", "{tmp}/missing/r.html"], "does not exist"),
        (["-o", "{tmp}"], "is a folder"),
    ],
)
def test_cli_bad_output_exits_2_with_a_message(
    args: list[str], message: str, tmp_path: Path, run_cli: Callable[..., object]
) -> None:
    result = run_cli("report", str(EXAMPLES[0]), *[a.format(tmp=tmp_path) for a in args])
    assert result.code == 2  # type: ignore[attr-defined]
    assert message in result.err and "Traceback" not in result.err  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_to_write_the_report_over_its_profile(
    tmp_path: Path, run_cli: Callable[..., object]
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("core_ip: 3\n", encoding="utf-8")
    result = run_cli("report", str(profile), "-o", str(profile), "--format", "md")
    assert result.code == 2 and "would replace the input" in result.err  # type: ignore[attr-defined]
    assert profile.read_text(encoding="utf-8") == "core_ip: 3\n"


@pytest.mark.parametrize("count", ["1000000000", "1000000000000000000"])
def test_cli_refuses_an_absurd_count_at_once(
    count: str, tmp_path: Path, run_cli: Callable[..., object]
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text(f"cluster_peers: {count}\n", encoding="utf-8")
    started = time.perf_counter()
    result = run_cli("report", str(profile), "-o", str(tmp_path / "r.html"))
    assert time.perf_counter() - started < 2
    assert result.code == 2 and "cluster_peers" in result.err and "0 to 1000" in result.err  # type: ignore[attr-defined]


def test_cli_bad_profile_exits_2(tmp_path: Path, run_cli: Callable[..., object]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rd_resources: 9\n", encoding="utf-8")
    result = run_cli("report", str(bad), "-o", str(tmp_path / "r.html"))
    assert result.code == 2  # type: ignore[attr-defined]
    assert "rd_resources" in result.err  # type: ignore[attr-defined]
    assert not (tmp_path / "r.html").exists()


def test_cli_in_a_real_process(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "innopath"
    target = tmp_path / "r.html"
    done = subprocess.run(
        [str(script), "report", str(ROOT / "examples" / "haier-1984.yaml"), "-o", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    view = build_view(load_profile(ROOT / "examples" / "haier-1984.yaml"), "zh")
    assert shown(view.paths[0].name) in target.read_text(encoding="utf-8")


# --- the board summary (--brief) -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_brief_has_the_four_parts_and_no_rule_ids(profiles: dict[str, ProfileBase], lang: str) -> None:
    html = render_report(profiles["hisense-2001"], lang, ReportFormat.HTML, today=TODAY, brief=True)
    md = render_report(profiles["hisense-2001"], lang, ReportFormat.MD, today=TODAY, brief=True)
    assert isinstance(html, str) and isinstance(md, str)
    for part in ("brief-recommendation", "brief-reasons", "brief-change", "brief-next"):
        assert f'id="{part}"' in html
    for text in (html, md):
        assert not re.search(r"\b[A-Z]{2,4}-\d{2}\b", text), "rule ids stay in the full report"
        assert "≥" not in text and "≤" not in text, "thresholds stay in the full report"


def _brief_pages(profile: ProfileBase, lang: str, folder: Path) -> int:
    """How many pages the brief of `profile` prints on (skips without poppler's pdfinfo)."""
    pdf = render_report(profile, lang, ReportFormat.PDF, today=TODAY, brief=True)
    assert isinstance(pdf, bytes)
    if shutil.which("pdfinfo") is None:
        pytest.skip(f"{SYSTEM_SKIP}: pdfinfo (poppler-utils) is not installed")
    (folder / "brief.pdf").write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(folder / "brief.pdf")], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)$", info.stdout, flags=re.M)
    assert found, info.stdout
    return int(found.group(1))


@needs_cjk_font
def test_the_brief_pdf_is_two_pages(profiles: dict[str, ProfileBase], tmp_path: Path) -> None:
    assert _brief_pages(profiles["hisense-2001"], "zh", tmp_path) == 2


@pytest.mark.parametrize("format", [ReportFormat.HTML, ReportFormat.MD])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_brief_gives_the_reasons_of_every_path_sharing_first_place(
    tied_first: ProfileBase, sharing_first: list[str], lang: str, format: ReportFormat
) -> None:
    """Not "why original" alone when cluster R&D shares its place: both are named, each with its reasons."""
    text = render_report(tied_first, lang, format, today=TODAY, brief=True)
    assert isinstance(text, str)
    words = report_labels().group("report", lang)
    result = recommend(tied_first, lang)
    leaders = [result.path(p) for p in sharing_first]
    names = f"{leaders[0].name}{words['list_pair']}{leaders[1].name}"
    assert shown(words["brief_reasons_shared"], format.value) in text
    assert shown(words["brief_shared"].format(paths=names), format.value) in text
    for leader in leaders:
        assert len(leader.reasons) >= 2
        assert all(shown(r.text, format.value) in text for r in leader.reasons[:2])
    assert shown(words["brief_reasons"].format(path=leaders[0].name), format.value) not in text


@pytest.mark.parametrize("format", [ReportFormat.HTML, ReportFormat.MD])
def test_the_brief_with_nothing_known_says_once_that_nothing_speaks_for_the_six(format: ReportFormat) -> None:
    text = render_report(parse_profile({"firm_name": "Nobody"}), "en", format, today=TODAY, brief=True)
    assert isinstance(text, str)
    words = report_labels().group("report", "en")
    assert text.count(shown(words["brief_no_reasons_shared"], format.value)) == 1
    assert shown(words["brief_no_reasons"], format.value) not in text


@needs_cjk_font
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_brief_pdf_with_a_shared_first_place_is_two_pages(
    tied_first: ProfileBase, tmp_path: Path, lang: str
) -> None:
    assert _brief_pages(tied_first, lang, tmp_path) == 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_chart_table_ends_before_the_tied_note_and_the_next_section(lang: str) -> None:
    """A line right after a table's last row would become one more row (GFM): the note explaining `=` and
    the next heading each stand after a blank line.
    """
    tied = render_report(parse_profile({"rd_resources": 5, "imitation_barrier": 5}), lang, ReportFormat.MD)
    untied = render_report(load_profile(ROOT / "examples" / "hisense-2001.yaml"), lang, ReportFormat.MD)
    assert isinstance(tied, str) and isinstance(untied, str)
    note = labels().get("ui", "tied_note", lang)
    assert f"|\n\n{shown(note, 'md')}\n\n## 4." in tied
    assert f"`{' |'}\n\n## 4." in untied
