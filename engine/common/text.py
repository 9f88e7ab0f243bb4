"""Bilingual text, the unit of every reader-visible string in the rule base."""

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
