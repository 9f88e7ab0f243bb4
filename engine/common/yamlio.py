"""Reading YAML safely and fast: the C safe loader where libyaml is present, the pure-Python one otherwise.

Only safe loaders are ever used: profiles and rule files come from users and must not build Python objects.
Parsing the rule base with the pure-Python loader costs about half a second of every start-up.
"""

from pathlib import Path
from typing import Any

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with a safe loader; raises `yaml.YAMLError` (with `problem_mark`) when malformed."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - SafeLoader/CSafeLoader only


def read_yaml(path: Path) -> Any:
    """Parse a UTF-8 YAML file with a safe loader."""
    return load_yaml(path.read_text(encoding="utf-8"))
