"""Batch input from real spreadsheets, and inputs built to exhaust the machine."""

import csv
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from innopath.engine.applications.batch import readers
from innopath.engine.applications.batch import run as batch
from innopath.engine.applications.batch.records import BatchError

Run = Callable[..., Any]


def _outcome(tmp_path: Path, source: Path, **options: Any) -> tuple[list[dict[str, str]], list[str]]:
    notes: list[str] = []
    target = tmp_path / "out.csv"
    batch.run_batch(source, target, workers=1, on_warning=notes.append, **options)
    with target.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle)), notes


def _xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _xlsx_with_long_cell(path: Path, length: int) -> Path:
    """A workbook whose second firm's name is `length` characters (openpyxl itself would cut it to 32,767)."""
    _xlsx(path, {"firms": [["firm_name", "core_ip"], ["A", 3], ["LONG", 3], ["B", 2]]})
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b">LONG<", b">" + b"x" * length + b"<")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_gbk_csv_from_excel_is_read_and_the_encoding_said(tmp_path: Path) -> None:
    source = tmp_path / "firms.csv"
    source.write_bytes("企业或项目名称,自有研发资源\n海信,4\n".encode("gbk"))
    rows, notes = _outcome(tmp_path, source)
    assert rows[0]["firm_name"] == "海信" and not rows[0]["error"] and rows[0]["top_verdict"]
    assert any("GB18030" in note for note in notes)


@pytest.mark.parametrize(
    "header",
    [
        "企业或项目名称,自有研发资源",
        'Firm or project name,"  sufficiency of own R&D resources: researchers, labs, funds"',
    ],
)
def test_a_header_in_the_profiles_own_labels_is_accepted(tmp_path: Path, header: str) -> None:
    source = tmp_path / "firms.csv"
    source.write_text(f"{header}\n海信,9\n", encoding="utf-8")
    rows, _ = _outcome(tmp_path, source)
    assert rows[0]["firm_name"] == "海信" and "rd_resources: '9' is not allowed" in rows[0]["error"]


def test_a_title_row_above_the_header_is_skipped_and_said(tmp_path: Path) -> None:
    source = tmp_path / "firms.csv"
    source.write_text("2024 cluster survey,,\nfirm_name,core_ip,rd_resources\nA,3,9\n", encoding="utf-8")
    rows, notes = _outcome(tmp_path, source)
    assert rows[0]["row"] == "3" and "rd_resources: '9'" in rows[0]["error"]
    assert "row 1 above the header (row 2) skipped" in notes


def test_no_column_naming_a_field_stops_the_run_naming_columns_and_closest_fields(tmp_path: Path) -> None:
    source = tmp_path / "firms.csv"
    source.write_text("name,rd_resource\nA,3\n", encoding="utf-8")
    with pytest.raises(BatchError) as caught:
        _outcome(tmp_path, source)
    message = str(caught.value)
    assert "no column names a profile field" in message and "'rd_resource'" in message
    assert "closest fields: " in message and "rd_resources" in message


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"firm_name": "' + "x" * 300_000 + '"}', "longer than"),
        ('{"cluster_peers": ' + "9" * 5000 + "}", "5000 digits"),
        ('{"a": ' + "[" * 5000 + "]" * 5000 + "}", "levels deep"),
        ('{"core_ip": 3, "core_ip": 4}', "appears twice"),
        ('{"firm_name": "' + "x" * 200_000 + '"}', "firm_name: a cell of 200,000 characters"),
    ],
)
def test_a_jsonl_row_beyond_a_limit_is_a_bad_row_and_the_run_goes_on(
    tmp_path: Path, line: str, problem: str
) -> None:
    source = tmp_path / "firms.jsonl"
    source.write_text(
        '{"firm_name": "A", "core_ip": 3}\n' + line + '\n{"firm_name": "B"}\n', encoding="utf-8"
    )
    rows, _ = _outcome(tmp_path, source)
    assert [r["row"] for r in rows] == ["1", "2", "3"]
    assert problem in rows[1]["error"] and not rows[0]["error"] and not rows[2]["error"]
    assert len(rows[1]["error"]) < 300


def test_an_over_long_csv_cell_is_a_bad_row_and_the_run_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "firms.csv"
    source.write_text(f"firm_name,core_ip\nA,3\n{'x' * 200_000},3\nB,2\n", encoding="utf-8")
    rows, _ = _outcome(tmp_path, source)
    assert "field larger than field limit" in rows[1]["error"]
    assert rows[2]["firm_name"] == "B" and not rows[2]["error"]


def test_an_over_long_xlsx_cell_is_a_bad_row_and_the_run_goes_on(tmp_path: Path) -> None:
    source = _xlsx_with_long_cell(tmp_path / "f.xlsx", 200_000)
    rows, _ = _outcome(tmp_path, source)
    assert "a cell of 200,000 characters" in rows[1]["error"] and rows[2]["firm_name"] == "B"


def test_an_xlsx_that_expands_beyond_the_limit_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _xlsx_with_long_cell(tmp_path / "f.xlsx", 100_000)
    monkeypatch.setattr(readers, "MAX_XLSX_PART_BYTES", 50_000)
    monkeypatch.setattr(readers, "load_workbook", None, raising=False)
    with pytest.raises(BatchError, match="expands to"):
        _outcome(tmp_path, source)


def test_other_sheets_are_named_in_a_note_and_sheet_picks_one(tmp_path: Path) -> None:
    source = _xlsx(
        tmp_path / "f.xlsx",
        {"notes": [["firm_name"], ["from notes"]], "firms": [["firm_name", "core_ip"], ["from firms", 3]]},
    )
    rows, notes = _outcome(tmp_path, source)
    assert rows[0]["firm_name"] == "from notes" and any("not read: firms" in n for n in notes)
    rows, _ = _outcome(tmp_path, source, sheet="firms")
    assert rows[0]["firm_name"] == "from firms"
    with pytest.raises(BatchError, match="--sheet other: no such sheet; sheets: notes, firms"):
        _outcome(tmp_path, source, sheet="other")


def test_a_formula_without_a_saved_value_is_unknown_and_said(tmp_path: Path) -> None:
    source = _xlsx(
        tmp_path / "f.xlsx",
        {"firms": [["firm_name", "core_ip", "tech_gap"], ["Acme", "=2+2", 3], ["Beta", 4, "=1+1"]]},
    )  # openpyxl writes formulas without a cached value, as a program-made workbook has them
    rows, notes = _outcome(tmp_path, source)
    assert [r["firm_name"] for r in rows] == ["Acme", "Beta"]
    note = next(n for n in notes if "formula cell(s) have no saved value" in n)
    assert "2 formula cell(s)" in note and "row 2 core_ip" in note and "row 3 tech_gap" in note


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)"])
def test_a_formula_like_firm_name_is_neutralised_in_csv_and_text_in_xlsx(tmp_path: Path, name: str) -> None:
    source = tmp_path / "firms.jsonl"
    source.write_text(json.dumps({"firm_name": name, "core_ip": 3}) + "\n", encoding="utf-8")
    rows, _ = _outcome(tmp_path, source)
    assert rows[0]["firm_name"] == "'" + name
    batch.run_batch(source, tmp_path / "out.xlsx", workers=1)
    cell = load_workbook(tmp_path / "out.xlsx").active.cell(2, 2)
    assert cell.value == name and cell.data_type == "s"
