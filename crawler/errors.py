"""Exceptions of kimwatch.

Every error a user can cause derives from :class:`KimwatchError`; the CLI turns it into a
one-paragraph message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class KimwatchError(Exception):
    """Base class of every error kimwatch reports to a user."""


@dataclass
class Problem:
    """One problem in an input file: where it is, which field, what is wrong."""

    where: str  # "line 4", "kims[2]", "row 7"
    field: str | None
    message: str

    def __str__(self) -> str:
        location = f"{self.where}, field {self.field!r}" if self.field else self.where
        return f"{location}: {self.message}"


@dataclass
class InputFileError(KimwatchError):
    """Raised by the registry loader and the importers when a file has problems.

    Lists every problem found (not only the first), so a user fixes the file in one go.
    """

    path: str
    problems: list[Problem] = field(default_factory=list)
    hint: str = ""

    def __str__(self) -> str:
        head = f"{self.path}: {len(self.problems)} problem(s), nothing was stored:"
        lines = [head] + [f"  {p}" for p in self.problems]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class RegistryError(InputFileError):
    """Raised by :mod:`crawler.registry` for a registry file that does not validate."""


class ImportFileError(InputFileError):
    """Raised by :mod:`crawler.imports` for a posts/announcements file that does not validate."""


class StoreError(KimwatchError):
    """Raised by :mod:`crawler.store` when the database cannot be opened or upgraded."""


class ConfigError(KimwatchError):
    """Raised for a bad setting in a config file or environment variable."""


class LockedError(KimwatchError):
    """Raised when another kimwatch process holds the writer lock of the database."""


class ReportError(KimwatchError):
    """Raised by :mod:`crawler.reporting.kpis` and :mod:`crawler.reporting.dump` for a bad report or dump request
    (a date that is not a date, an unknown region, a target outside 0..1, an unusable directory)."""


class ReviewError(KimwatchError):
    """Raised by :mod:`crawler.matching.review` for an amplification id that is malformed or unknown."""
