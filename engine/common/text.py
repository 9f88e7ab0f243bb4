"""Bilingual text, the unit of every reader-visible string in the rule base."""

import unicodedata
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Text(BaseModel):
    """The same statement in Chinese and English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


def together(names: Sequence[str], sep: str, last: str, pair: str) -> str:
    """Names said as one group: `A`, `A and B` (`pair`), `A; B; and C` (`sep`, `last`).

    Two names take the plain `pair` unless one of them already holds it (English path names do: "merger and
    acquisition"), where it would blur the boundary; then they take `last`, as longer lists do.
    """
    if len(names) < 2:
        return "".join(names)
    if len(names) == 2 and not any(pair.strip() and pair in name for name in names):
        return names[0] + pair + names[1]
    return sep.join(names[:-1]) + last + names[-1]


# --- terminal columns and line breaking ---

NO_LINE_START = frozenset("”’，。、；：？！）」』》〉】〕｝］〗〙｠…‥·・—～％‰℃,.;:?!)]}%")
"""Punctuation that never starts a line (kinsoku): closing brackets and marks that belong to the text
before them."""
NO_LINE_END = frozenset("（「『《〈【〔｛［〖〘｟“‘([{§")
"""Opening brackets and quotes (and §), which never end a line: they belong to the text after them."""


def char_width(char: str) -> int:
    """Terminal columns of one character: two for East Asian wide and full-width characters."""
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def width(text: str) -> int:
    """Terminal columns of `text` (a CJK character takes two)."""
    return sum(char_width(c) for c in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` padded with spaces to `columns` terminal columns (aligned right when `right`)."""
    room = " " * max(columns - width(text), 0)
    return room + text if right else text + room


def _latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()


def _may_break_before(text: str, i: int) -> bool:
    """Whether a line may start at `text[i]`: after spaces, or between characters at least one of which is
    wide (CJK has no spaces between words), unless a closing mark would start the line or an opening one
    end it.
    """
    before, char = text[i - 1], text[i]
    if before == "-" and _latin(text, i - 2) and not _latin(text, i - 3):
        return False  # not after a one-letter prefix: x-label stays whole
    if char.isspace():
        return False
    if before.isspace():
        return True
    if char in NO_LINE_START or before in NO_LINE_END:
        return False
    if before in "–—" and not (char.isdigit() and i > 1 and text[i - 2].isdigit()):
        return True  # after a dash, but not inside a range of numbers (1–5)
    if before == "-" and i > 1 and text[i - 2].islower() and char.islower():
        return True  # the hyphen of a compound word (cross-border), not of an id (ORI-01)
    return char_width(before) == 2 or char_width(char) == 2


def line_breaks(text: str, columns: int, first: int | None = None) -> list[int]:
    """The offsets at which `text` (one paragraph) starts a new line so that no line is wider than
    `columns` (the first line: `first`, when given): English breaks at spaces, Chinese between characters,
    and no line starts with closing punctuation (，。、；：？！）」》 …) or ends with an opening bracket. A
    word wider than a whole line is folded.
    """
    breaks: list[int] = []
    start = used = 0
    last: int | None = None
    for i, char in enumerate(text):
        if i > start and _may_break_before(text, i):
            last = i
        cells = char_width(char)
        while (
            not char.isspace()
            and i > start
            and used + cells > (columns if breaks or first is None else first)
        ):
            if last is not None and last > start:
                cut = last
            else:  # a word wider than the line is folded, carrying a character down with a closing mark
                cut = i
                while cut - 1 > start and text[cut] in NO_LINE_START:
                    cut -= 1
            breaks.append(cut)
            start, last = cut, None
            used = width(text[start:i])
        used += cells
    return breaks


def unbreakable(text: str) -> int:
    """The widest piece of `text` that no line break may split (a word, a CJK character with its marks)."""
    pieces = [0, *(i for i in range(1, len(text)) if _may_break_before(text, i)), len(text)]
    return max((width(text[a:b].strip()) for a, b in zip(pieces, pieces[1:], strict=False)), default=0)


def wrap(text: str, columns: int, indent: str = "", subsequent: str | None = None) -> list[str]:
    """`text` as lines of at most `columns` terminal columns, indents included (see `line_breaks`)."""
    subsequent = indent if subsequent is None else subsequent
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lead = subsequent if lines else indent
        room, first = max(columns - width(subsequent), 1), max(columns - width(lead), 1)
        cuts = [0, *line_breaks(paragraph, room, first), len(paragraph)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            lines.append((subsequent if lines else indent) + paragraph[a:b].rstrip())
    return lines
