"""Names said as one group (engine/common/text.py `together`)."""

import pytest

from innopath.engine.common.text import together

SEPARATORS = ("; ", "; and ", " and ")


@pytest.mark.parametrize(
    ("names", "said"),
    [
        ([], ""),
        (["original in-house innovation"], "original in-house innovation"),
        (["original", "joint R&D"], "original and joint R&D"),
        # a name that holds " and " would blur "A and B": the list separators keep the boundary
        (["merger and acquisition", "original"], "merger and acquisition; and original"),
        (["A", "B", "C"], "A; B; and C"),
    ],
)
def test_names_are_joined_so_each_boundary_is_clear(names: list[str], said: str) -> None:
    assert together(names, *SEPARATORS) == said


def test_chinese_joins_two_names_with_he() -> None:
    assert together(["原始的自主创新", "跨国并购"], "、", "和", "和") == "原始的自主创新和跨国并购"
