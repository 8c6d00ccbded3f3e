"""Errors carry a code, the cause and the fix (spaCy's habit), and never exit the process."""

from __future__ import annotations

from typing import Any, Optional


class AnnalystError(Exception):
    """Base error.  ``code`` is stable (E001...), ``cause`` says what went wrong, ``fix`` what to do."""

    code = "E000"
    http_status = 500

    def __init__(self, cause: str, fix: Optional[str] = None, *, code: Optional[str] = None) -> None:
        self.cause = cause
        self.fix = fix
        if code:
            self.code = code
        super().__init__(f"[{self.code}] {cause}" + (f" Fix: {fix}" if fix else ""))

    def to_json(self) -> dict[str, Any]:
        """The one JSON error shape used by the CLI (--json) and the HTTP API."""
        return {"error": {"code": self.code, "message": self.cause, "fix": self.fix}}


class InputError(AnnalystError):
    """Input that cannot be read at all (missing path, unknown format)."""

    code = "E001"
    http_status = 400


class ModelError(AnnalystError):
    """A model or data file is missing or broken."""

    code = "E002"


class StoreError(AnnalystError):
    """The event store cannot be opened, migrated or written."""

    code = "E003"


class QueryError(AnnalystError):
    """A query filter is malformed (bad date, unknown code)."""

    code = "E004"
    http_status = 400


class NotFoundError(AnnalystError):
    code = "E404"
    http_status = 404
