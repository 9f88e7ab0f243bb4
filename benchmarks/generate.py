"""Reproducible synthetic firm profiles, valid against rules/profile.yaml, for benchmarks and batch tests.

    uv run python benchmarks/generate.py 10000 /tmp/firms.csv --seed 7

Every value is drawn from the field's allowed answers (`ProfileSpec`); a share of answers is left unknown,
written as an empty cell or the word `unknown`. The same seed gives the same rows.
"""

import argparse
import csv
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from innopath.engine.common.files import atomic_writer
from innopath.engine.knowledge.profile import (
    LEVEL_MAX,
    LEVEL_MIN,
    FieldSpec,
    FieldType,
    ProfileSpec,
    profile_spec,
)

INDUSTRIES = ("home appliances", "integrated circuits", "construction machinery", "pharmaceuticals", "IT")


def _value(spec: FieldSpec, rng: random.Random, index: int) -> Any:
    match spec.type:
        case FieldType.LEVEL:
            return rng.randint(LEVEL_MIN, LEVEL_MAX)
        case FieldType.SHARE:
            return round(rng.uniform(0, 0.2), 3)
        case FieldType.COUNT:
            return rng.randint(0, 40)
        case FieldType.YESNO:
            return rng.random() < 0.5
        case FieldType.CHOICE:
            return rng.choice(spec.choice_values)
        case FieldType.TEXT:
            return f"Firm {index:06d}" if spec.id == "firm_name" else rng.choice(INDUSTRIES)
    raise TypeError(spec.type)


def generate_profiles(
    count: int, seed: int = 7, unknown_rate: float = 0.15, spec: ProfileSpec | None = None
) -> Iterator[dict[str, Any]]:
    """`count` profiles as field id -> answer (None = unknown); the firm name is always given."""
    spec = spec or profile_spec()
    rng = random.Random(seed)
    for index in range(1, count + 1):
        yield {
            f.id: None if f.id != "firm_name" and rng.random() < unknown_rate else _value(f, rng, index)
            for f in spec.fields
        }


def known(profile: dict[str, Any]) -> dict[str, Any]:
    """The profile without its unknown answers, as `parse_profile` takes it."""
    return {k: v for k, v in profile.items() if v is not None}


def _cell(value: Any, rng: random.Random) -> Any:
    """How a person would type the answer in a spreadsheet."""
    if value is None:
        return "unknown" if rng.random() < 0.3 else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def write_rows(
    path: Path, rows: Iterable[dict[str, Any]], seed: int = 7, columns: Sequence[str] | None = None
) -> int:
    """Write profiles as .csv, .jsonl or .xlsx (by suffix), streaming; returns the number written.

    `columns` (CSV and .xlsx) defaults to every profile field in questionnaire order.
    """
    rng = random.Random(seed + 1)
    columns = columns or profile_spec().ids
    written = 0
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with atomic_writer(path) as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for written, row in enumerate(rows, 1):  # noqa: B007
                writer.writerow([_cell(row.get(c), rng) for c in columns])
    elif suffix == ".jsonl":
        with atomic_writer(path) as handle:
            for written, row in enumerate(rows, 1):  # noqa: B007
                record = {c: v if v is not None or rng.random() < 0.5 else "unknown" for c, v in row.items()}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("firms")
        sheet.append(list(columns))
        for written, row in enumerate(rows, 1):  # noqa: B007
            sheet.append([None if row.get(c) is None else _cell(row.get(c), rng) for c in columns])
        with atomic_writer(path, "wb") as handle:
            book.save(handle)
    else:
        raise SystemExit(f"{path}: choose a .csv, .jsonl or .xlsx file name")
    return written


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("count", type=int, help="number of firms")
    parser.add_argument("output", type=Path, help="a .csv, .jsonl or .xlsx file")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--unknown-rate", type=float, default=0.15, help="share of answers left unknown")
    args = parser.parse_args()
    written = write_rows(args.output, generate_profiles(args.count, args.seed, args.unknown_rate), args.seed)
    print(f"{written} profiles -> {args.output}")


if __name__ == "__main__":
    main()


# --- messy spreadsheets: every form a person types, some of them wrong ---

MESSY_FORMS: dict[str, tuple[Any, ...]] = {
    "level": (" 4 ", "４", "4.0", "7", "0", "high", "3 ", "2"),
    "share": ("5%", " 12% ", "0.05", "1.5", "abc", "1e-3", "0.5%", "-0.1", ".25", "1", "５％"),
    "count": ("1001", "-1", " 12", "3.5", "1000", "0", "many"),
    "yesno": ("Yes", "是", "TRUE", "n", "maybe", "无", " no "),
    "unknown": ("UNKNOWN", "未知", "不知道", "  ", " Unknown "),
}
MESSY_NAMES = ("Foo, Inc.", 'The "Best" Co', "=HYPERLINK(1)", "-minus", "  padded  ", "海信集团", "+plus")


def _messy_cell(spec: FieldSpec, value: Any, rng: random.Random) -> Any:
    if spec.type == FieldType.TEXT:
        return rng.choice(MESSY_NAMES) if spec.id == "firm_name" else value
    if rng.random() < 0.3:
        return rng.choice(MESSY_FORMS["unknown"])
    if spec.type == FieldType.CHOICE:
        choice = rng.choice(spec.choices)
        return rng.choice((choice.zh, choice.en, choice.value.upper(), f" {choice.value} ", "lots"))
    return rng.choice(MESSY_FORMS[spec.type.value])


def write_messy_csv(path: Path, count: int, seed: int = 7, messy: float = 0.02) -> int:
    """A CSV of `count` generated firms (15% unknown) where a share `messy` of the cells is typed as people
    type them (labels, "5%", full-width digits, YES, 未知 …) or wrongly (7, "lots", 1.5), with an unknown
    column, blank lines, rows of empty cells, short rows and rows with cells beyond the header.
    """
    spec = profile_spec()
    rng = random.Random(seed)
    columns = [*spec.ids, "industy"]
    with atomic_writer(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for _index, row in enumerate(generate_profiles(count, seed), 1):
            cells = [_cell(row.get(c), rng) for c in spec.ids]
            for i, field in enumerate(spec.fields):
                if rng.random() < (messy * 10 if field.id == "firm_name" else messy):
                    cells[i] = _messy_cell(field, cells[i], rng)
            cells.append(rng.choice(("east", "west", "")))
            roll = rng.random()
            if roll < 0.005:
                handle.write("\r\n" if rng.random() < 0.5 else ",,,\r\n")
            elif roll < 0.01:
                cells = cells[: rng.randint(1, len(cells) - 1)]
            elif roll < 0.015:
                cells = [*cells, "" if rng.random() < 0.5 else "surplus"]
            writer.writerow(cells)
    return count
