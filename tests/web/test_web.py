"""Every route of `innopath serve`, through FastAPI's test client: pages, saving, bad input, CSRF, limits,
the token, escaping."""

import html
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from webclient import client, csrf, imported

from innopath.engine.web.app import MULTIPART_MARGIN, create_app
from innopath.engine.web.context import WebConfig

ROOT = Path(__file__).resolve().parents[2]
HISENSE = ROOT / "examples" / "hisense-2001.yaml"


def test_workspace_new_search_duplicate_delete_undo(c: TestClient) -> None:
    assert "还没有评估" in c.get("/").text
    r = c.post("/assessments", data={"csrf": csrf(c)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/a/1/interview"
    hisense = imported(c)
    page = c.get("/?lang=en").text
    assert "Hisense ASIC design centre" in page and "unnamed firm" in page
    assert "信芯" in c.get("/?q=信芯").text and "unnamed firm" not in c.get("/?q=信芯&lang=en").text
    r = c.post(f"/a/{hisense}/duplicate", data={"csrf": csrf(c)}, follow_redirects=False)
    assert r.headers["location"] == "/a/3/interview"
    r = c.post(f"/a/{hisense}/delete", data={"csrf": csrf(c)})
    assert "/a/2/restore" in r.text
    assert c.get(f"/a/{hisense}/result").status_code == 404
    c.post(f"/a/{hisense}/restore", data={"csrf": csrf(c)})
    assert c.get(f"/a/{hisense}/result").status_code == 200


def test_import_refuses_bad_profiles_with_the_cli_message(c: TestClient) -> None:
    r = c.post("/import?lang=en", data={"csrf": csrf(c)}, files={"file": ("bad.yaml", b"rd_resources: 7\n")})
    assert r.status_code == 400 and "rd_resources" in r.text and "integer from 1 to 5" in r.text
    r = c.post("/import?lang=zh", data={"csrf": csrf(c)}, files={"file": ("bad.yaml", b"rd_resources: 7\n")})
    assert r.status_code == 400 and "rd_resources" in r.text and "1 到 5 的整数" in r.text
    r = c.post("/import", data={"csrf": csrf(c)}, files={"file": ("x.txt", b"a: 1")})
    assert r.status_code == 400
    r = c.post("/import", data={"csrf": csrf(c)}, files={"file": ("x.yaml", b"a" * 2_000_001)})
    assert r.status_code == 413


def test_export_round_trips(c: TestClient) -> None:
    a = imported(c)
    yaml_text = c.get(f"/a/{a}/export.yaml").text
    assert "firm_name: Hisense ASIC design centre" in yaml_text
    data = json.loads(c.get(f"/a/{a}/export.json").content)
    assert data["rd_resources"] == 4
    assert c.get(f"/a/{a}/export.exe").status_code == 404


def test_interview_saves_each_answer_skips_and_resumes(c: TestClient) -> None:
    c.post("/assessments", data={"csrf": csrf(c)})
    r = c.get("/a/1/interview")
    assert r.url.path == "/a/1/interview/firm" and "为什么问这一题" in r.text
    r = c.post("/a/1/answer", data={"csrf": csrf(c), "field": "rd_resources", "value": "7", "base": "1"})
    assert r.status_code == 422 and r.json()["error"] == "“7”超出范围：等级只能是 1 到 5。"
    r = c.post(
        "/a/1/answer?lang=en", data={"csrf": csrf(c), "field": "rd_resources", "value": "4", "base": "1"}
    )
    assert r.json()["ok"] and r.json()["version"] == 2
    r = c.post("/a/1/answer", data={"csrf": csrf(c), "field": "rd_intensity", "value": "5", "base": "2"})
    assert r.json()["answers"]["rd_intensity"] == 0.05 and r.json()["note"]
    r = c.post("/a/1/answer", data={"csrf": csrf(c), "field": "nonsense", "value": "1", "base": "3"})
    assert r.status_code == 400
    stale = c.post(
        "/a/1/answer?lang=en",
        data={"csrf": csrf(c), "field": "financial_strength", "value": "u", "base": "1"},
    )
    assert "another page" in stale.json()["stale"]
    assert (
        stale.json()["answers"]["rd_resources"] == 4
        and stale.json()["answers"]["financial_strength"] == "unknown"
    )
    # the section form: a rejected answer is shown next to its field, the others are saved
    first = c.get("/a/1/interview/firm").text
    fields = re.findall(r'<fieldset class="question[^"]*" id="q-(\w+)"', first)
    assert fields
    base = re.search(r'name="base" value="(\d+)"', first).group(1)  # type: ignore[union-attr]
    assert base == str(stale.json()["version"])
    r = c.post(
        "/a/1/interview/firm?lang=en",
        data={"csrf": csrf(c), "base": base, "firm_name": "<b>Acme</b>"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "&lt;b&gt;Acme&lt;/b&gt;" in c.get("/").text and "<b>Acme</b>" not in c.get("/").text


def test_section_form_rejects_bad_values_next_to_the_field(c: TestClient) -> None:
    a = imported(c)
    section = next(f for f in re.findall(r'/interview/(\w+)"', c.get(f"/a/{a}/interview/firm").text))
    page = c.get(f"/a/{a}/interview/{section}").text
    base = re.search(r'name="base" value="(\d+)"', page).group(1)  # type: ignore[union-attr]
    r = c.post(
        f"/a/{a}/interview/resources?lang=en", data={"csrf": csrf(c), "base": base, "rd_intensity": "abc"}
    )
    if r.status_code != 404:
        assert r.status_code == 422 and "is not a share" in r.text
    assert c.get(f"/a/{a}/interview/nosuch").status_code == 404


def test_skip_logic_hides_questions_that_do_not_apply(c: TestClient) -> None:
    from innopath.engine.web.context import questionnaire

    q = questionnaire()
    gated = next(f for f in q.fields if f.id in q.conditions)
    c.post("/assessments", data={"csrf": csrf(c)})
    page = c.get(f"/a/1/interview/{gated.section}").text
    assert f'id="q-{gated.id}"' in page  # unknown gate: asked


def test_result_page_whatif_and_reports(c: TestClient) -> None:
    a = imported(c)
    page = c.get(f"/a/{a}/result").text
    assert 'class="bar"' in page and 'id="paths"' in page and 'id="next_steps"' in page
    en = c.get(f"/a/{a}/result?lang=en").text
    assert "Why not" in en or "why not" in en.lower()
    r = c.post(
        f"/a/{a}/whatif?lang=en", data={"csrf": csrf(c), "base": "1", "rd_resources": "1", "fragment": "1"}
    )
    assert r.status_code == 200 and "How the advice moves" in r.text and 'class="bar"' in r.text
    r = c.post(f"/a/{a}/whatif?lang=en", data={"csrf": csrf(c), "base": "1", "rd_resources": "9"})
    assert r.status_code == 422 and "out of range" in r.text
    assert len(c.get(f"/a/{a}/history").text.split("<tr>")) == 3  # the what-if saved nothing
    r = c.post(f"/a/{a}/whatif", data={"csrf": csrf(c), "base": "1", "rd_resources": "1", "save": "1"})
    assert r.status_code == 200 and "v2" in r.text
    diff = c.get(f"/a/{a}/diff?a=1&b=2&lang=en").text
    assert "How the advice moved" in diff
    md = c.get(f"/a/{a}/report.md?lang=en")
    assert md.headers["content-disposition"].endswith('-en.md"') and md.text.startswith("#")
    html = c.get(f"/a/{a}/report.html")
    assert "<html" in html.text
    assert c.get(f"/a/{a}/report.exe").status_code == 404
    assert c.get(f"/a/{a}/report.%2e%2e%2fetc").status_code == 404
    frag = c.get(f"/a/{a}/sensitivity", headers={"x-requested-with": "fetch"})
    assert frag.status_code == 200 and 'id="sensitivity"' in frag.text and "<html" not in frag.text
    assert "<html" in c.get(f"/a/{a}/sensitivity").text


def test_result_banner_and_summary_count_the_same_questions(c: TestClient, tmp_path: Path) -> None:
    """An unfinished interview: the banner and the summary count the assessed questions that apply (no
    names, nothing skipped), and count a question as answered only when its answer is known."""
    text = (ROOT / "examples" / "acme-ma.yaml").read_text(encoding="utf-8")
    unfinished = tmp_path / "unfinished.yaml"
    unfinished.write_text(re.sub(r"(?m)^rd_resources:.*\n", "", text), encoding="utf-8")
    a = imported(c, unfinished)
    page = c.get(f"/a/{a}/result?lang=en").text
    banner = re.search(r"The interview is not finished \((\d+)/(\d+)\)", page)
    summary = re.search(r"(\d+) of (\d+) questions are unanswered", page)
    assert banner and summary, page
    # 31 assessed questions, 2 skipped (no cluster peers); rd_resources not asked, alliance_focus unknown
    assert (int(banner[1]), int(banner[2])) == (27, 29)
    assert (int(summary[1]), int(summary[2])) == (2, 29)
    zh = c.get(f"/a/{a}/result?lang=zh").text
    assert "问卷尚未答完（27/29）" in zh and "共 29 项问题中有 2 项未回答" in zh


def test_parts_a_result_page_fetches_come_in_its_language(c: TestClient) -> None:
    """A page opened with ?lang=en (no cookie) loads its sensitivity and what-if parts in English too."""
    a = imported(c)
    page = c.get(f"/a/{a}/result?lang=en").text
    src = re.search(r'<section id="sensitivity" data-src="([^"]+)"', page)
    action = re.search(r'<form method="post" action="([^"]+)" class="whatif-form"', page)
    assert src and action
    part = c.get(html.unescape(src[1]), headers={"x-requested-with": "fetch"}).text
    assert "What would change this advice" in part and "什么会改变" not in part
    moved = c.post(
        html.unescape(action[1]), data={"csrf": csrf(c), "base": "1", "rd_resources": "1", "fragment": "1"}
    ).text
    assert "How the advice moves" in moved


def test_compare_counts_unanswered_questions_as_the_result_page_does(c: TestClient) -> None:
    """acme-ma has no cluster peers (two questions skipped) and one unknown answer: 1, not 3."""
    ids = [imported(c), imported(c, ROOT / "examples" / "acme-ma.yaml")]
    page = c.get(f"/compare?ids={ids[0]}&ids={ids[1]}&lang=en").text
    row = re.search(r"<th scope=\"row\">Unanswered questions</th>(.*?)</tr>", page, flags=re.S)
    assert row and re.findall(r"<td>(\d+)</td>", row[1]) == ["1", "1"]
    result = c.get(f"/a/{ids[1]}/result?lang=en").text
    assert "1 of 29 questions is unanswered" in result


def test_pdf_download(c: TestClient) -> None:
    from innopath.engine.applications.reporting.render import cjk_font

    if cjk_font() is None:
        pytest.skip("no CJK font installed (fonts-wqy-microhei)")
    a = imported(c)
    pdf = c.get(f"/a/{a}/report.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_result_of_another_rule_base_offers_to_recompute(c: TestClient) -> None:
    from innopath.engine.store.repository import Outcome

    store = c.app.state.store  # type: ignore[attr-defined]
    created = store.create(
        {"rd_resources": 3},
        "en",
        Outcome("old-rules", json.dumps({"ranking": ["original"]}), "original", "possible"),
    )
    page = c.get(f"/a/{created.id}/result?lang=en").text
    assert "old-rules" in page and "Recompute" in page
    c.post(f"/a/{created.id}/recompute", data={"csrf": csrf(c)})
    assert "Recompute" not in c.get(f"/a/{created.id}/result?lang=en").text


def test_compare(c: TestClient) -> None:
    ids = [
        imported(c, ROOT / "examples" / name)
        for name in ("haier-1984.yaml", "hisense-1996.yaml", "hisense-2001.yaml")
    ]
    r = c.get("/compare?" + "&".join(f"ids={i}" for i in ids))
    assert r.status_code == 200 and all(f"/a/{i}/result" in r.text for i in ids)
    assert c.get("/compare?ids=1").status_code == 400
    assert c.get("/compare?" + "&".join(f"ids={i}" for i in range(1, 8))).status_code == 400


def cohort_csv() -> bytes:
    return "firm_name,rd_resources,financial_strength\n甲,4,3\n乙,9,2\n<script>x</script>,2,2\n".encode()


def test_cohort_upload_table_filter_summary_downloads(c: TestClient) -> None:
    assert c.get("/cohort").status_code == 200
    c.cookies.set("innopath_lang", "en")
    r = c.post("/cohort", data={"csrf": csrf(c)}, files={"file": ("firms.csv", cohort_csv())})
    assert r.status_code == 200 and r.url.path == "/cohort/1"
    assert "row 3: rd_resources" in r.text and "3 rows: 2 assessed, 1 with errors" in r.text
    assert "<script>x</script>" not in r.text and "&lt;script&gt;" in r.text
    filtered = c.get("/cohort/1?column=firm_name&contains=甲").text
    assert filtered.count('<tr class="bad">') == 0 and "乙" not in filtered.split("<tbody>")[1]
    assert "<svg" in c.get("/cohort/1/summary").text or "<div" in c.get("/cohort/1/summary").text
    csv_text = c.get("/cohort/1/results.csv").text
    assert csv_text.splitlines()[0].startswith("row,firm_name") and len(csv_text.splitlines()) == 4
    xlsx = c.get("/cohort/1/results.xlsx?column=firm_name&contains=甲")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 2  # type: ignore[union-attr]
    assert c.get("/cohort/1/results.exe").status_code == 404
    assert c.get("/cohort/99").status_code == 404


def test_cohort_limits(c: TestClient) -> None:
    with client(max_rows=2, max_upload_bytes=200) as small:
        r = small.post(
            "/cohort?lang=en", data={"csrf": csrf(small)}, files={"file": ("firms.csv", cohort_csv())}
        )
        assert r.status_code == 413 and "at most 2" in r.text
        big = b"firm_name\n" + b"x\n" * 200
        r = small.post("/cohort?lang=en", data={"csrf": csrf(small)}, files={"file": ("firms.csv", big)})
        assert r.status_code == 413 and "200" not in r.text.split("limit is")[0][-5:]
    r = c.post("/cohort", data={"csrf": csrf(c)}, files={"file": ("firms.pdf", b"x")})
    assert r.status_code == 400


def test_state_changing_requests_need_the_csrf_token(c: TestClient) -> None:
    assert c.post("/assessments").status_code == 403
    assert c.post("/assessments", data={"csrf": "forged-forged-forged-x"}).status_code == 403
    assert (
        c.post("/assessments", headers={"x-csrf-token": csrf(c)}, follow_redirects=False).status_code == 303
    )
    imported(c)
    for url in (
        "/a/1/delete",
        "/a/1/duplicate",
        "/a/1/whatif",
        "/a/1/answer",
        "/a/1/recompute",
        "/cohort",
        "/import",
    ):
        assert c.post(url, data={"x": "1"}).status_code == 403, url
    assert c.get("/a/1/result").status_code == 200


def test_token_is_required_when_configured() -> None:
    with TestClient(create_app(WebConfig(db="sqlite://", token="s3cret-token-of-16x"))) as c:
        assert c.get("/").status_code == 401
        assert c.get("/?token=wrong").status_code == 401
        assert c.get("/?token=s3cret-token-of-16x").status_code == 200
        assert c.get("/").status_code == 200  # the cookie the first visit set
    with TestClient(create_app(WebConfig(db="sqlite://", token="s3cret-token-of-16x"))) as c:
        assert c.get("/", headers={"authorization": "Bearer s3cret-token-of-16x"}).status_code == 200


def test_language_switch_and_local_redirects(c: TestClient) -> None:
    r = c.get("/lang/en?next=/cohort", follow_redirects=False)
    assert r.headers["location"] == "/cohort" and "innopath_lang=en" in r.headers["set-cookie"]
    assert c.get("/lang/en?next=https://evil.example/", follow_redirects=False).headers["location"] == "/"
    assert c.get("/lang/en?next=//evil.example/", follow_redirects=False).headers["location"] == "/"
    c.cookies.set("innopath_lang", "en")
    assert "Workspace" in c.get("/").text


def test_security_headers_and_static_files(c: TestClient) -> None:
    r = c.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert c.get("/static/web.js").status_code == 200
    assert c.get("/report.css").text.strip()
    assert c.get("/static/../web_labels.yaml").status_code == 404


def test_serve_refuses_other_hosts_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any]
) -> None:
    monkeypatch.delenv("INNOPATH_TOKEN", raising=False)
    result = run_cli("serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db"))
    assert result.code == 2 and "without an access token" in result.err and "Traceback" not in result.err
    short = tmp_path / "token.txt"
    short.write_text("short")
    result = run_cli("serve", "--host", "0.0.0.0", "--token-file", str(short))
    assert result.code == 2 and "at least 16 characters" in result.err


def test_a_body_past_the_limit_is_refused_before_it_is_read(c: TestClient) -> None:
    with client(max_upload_bytes=1_000) as small:
        token = csrf(small)
        big = b"x" * (1_000 + MULTIPART_MARGIN + 1)
        r = small.post(
            "/cohort?lang=en", content=big, headers={"content-type": "text/plain", "x-csrf-token": token}
        )
        assert r.status_code == 413 and "the limit is 1 KB" in r.text

        def chunks() -> Iterator[bytes]:
            yield b"firm_name\n"

        r = small.post("/cohort?lang=en", content=chunks(), headers={"x-csrf-token": token})
        assert r.status_code == 411 and "Content-Length" in r.text


def test_a_link_with_lang_keeps_its_reader_in_that_language(c: TestClient) -> None:
    """A link shared as ?lang=en leads on to pages (the interview, redirects) that carry no ?lang=."""
    assert "还没有评估" in c.get("/").text
    c.get("/?lang=en")
    r = c.post("/assessments", data={"csrf": csrf(c)})
    assert r.status_code == 200 and 'lang="en"' in r.text
    assert '<html lang="en">' in c.get("/").text
    c.get("/?lang=zh")
    assert '<html lang="zh-CN">' in c.get("/").text


def test_the_result_page_does_not_number_the_report_sections_it_shows(c: TestClient) -> None:
    """The page shows some of the report's sections in its own order, so the report's numbers (1, 3, 4, 5 …)
    would skip; the downloaded report keeps them, and the summary points to the roadmap by its name."""
    a = imported(c)
    headings = [
        re.sub(r"<[^>]+>", "", h).strip()
        for page in (c.get(f"/a/{a}/result?lang=en").text, c.get(f"/a/{a}/sensitivity?lang=en").text)
        for h in re.findall(r"<h2>(.*?)</h2>", page, re.S)
    ]
    assert "Summary" in headings and "What would change this advice" in headings, headings
    assert not [h for h in headings if re.match(r"\d+\. ", h)], headings
    report = c.get(f"/a/{a}/report.html?lang=en").text
    assert "<h2>1. Summary</h2>" in report and "(see “Combination and roadmap”)" in html.unescape(report)


def test_no_unfinished_banner_for_a_firm_that_only_left_a_name_or_industry_out(
    c: TestClient, tmp_path: Path
) -> None:
    """The banner counts assessed questions; a missing industry is no reason to say "not finished (31/31)"."""
    text = (ROOT / "examples" / "hisense-2001.yaml").read_text(encoding="utf-8")
    no_industry = tmp_path / "no-industry.yaml"
    no_industry.write_text(re.sub(r"(?m)^industry:.*\n", "", text), encoding="utf-8")
    page = c.get(f"/a/{imported(c, no_industry)}/result?lang=en").text
    assert "The interview is not finished" not in page
