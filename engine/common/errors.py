"""The one error root: domain code raises these; the CLI prints them and exits with status 2."""


class InnopathError(Exception):
    """An error the user can fix, with a message that says where and what is allowed."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  {line}" for line in self.details)])


class ProfileError(InnopathError):
    """A firm profile that cannot be read or does not validate."""


class RuleBaseError(InnopathError):
    """A rule file that does not load: the message names the file and the rule id."""


class EnvironmentProblem(InnopathError):
    """The installed dependencies cannot run innopath (e.g. experta's frozendict 1.2 pin)."""
