"""Exception types of the library. The CLI maps them to messages and exit codes.

Exit codes (documented in the README): 0 success, 1 the data does not meet a check
(validation violations, some inputs skipped), 2 usage or input error.
"""

from __future__ import annotations


class DiplokgError(Exception):
    """Base class: every error the library raises on purpose. ``exit_code`` is what the CLI returns."""

    exit_code: int = 2


class InputError(DiplokgError):
    """A file or value given by the user cannot be read or parsed (missing, empty, malformed)."""


class UsageError(DiplokgError):
    """The request itself is wrong: unknown query name, bad parameter, unsupported format."""


class StoreError(DiplokgError):
    """The store is missing, locked or unreadable."""


class ModelError(DiplokgError):
    """The spaCy model cannot be loaded."""


class QuestionNotUnderstood(UsageError):
    """`kg ask` could not map a question to a query."""
