"""The errors readoutmodel raises.

Every error derives from :class:`ReadoutModelError`, and also from the builtin
that matches what went wrong, so ``except ValueError`` keeps working for
callers that do not know this library. Errors carry the data that explains
them as attributes, not only in their message.
"""

from __future__ import annotations

__all__ = [
    "InputTooLargeError",
    "ParseError",
    "ReadoutModelError",
    "SerializationError",
    "SourceError",
    "TaxonomyError",
    "VocabularyError",
]


class ReadoutModelError(Exception):
    """Base class of every error raised by readoutmodel."""


class ParseError(ReadoutModelError, ValueError):
    """A readout lacks what a strict parse requires.

    ``missing`` names the fields that could not be established
    (``"date"``, ``"participants"``, ...).
    """

    def __init__(self, message: str, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = missing


class InputTooLargeError(ReadoutModelError, ValueError):
    """The text is longer than the parser accepts (``size`` and ``limit`` in characters)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"text of {size:,} characters is longer than the limit of {limit:,};"
            " split it or pass a larger max_chars"
        )
        self.size = size
        self.limit = limit


class SerializationError(ReadoutModelError, ValueError):
    """A dict or JSON document does not describe a readout.

    ``path`` locates the bad field in JSONPath style (``$.participants[1].country``).
    """

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class SourceError(ReadoutModelError, ValueError):
    """An input could not be read as text: ``source`` names it, ``code`` says why.

    ``code`` is one of ``unreadable``, ``binary``, ``undecodable``, ``empty``
    and ``too-large``; ``reason`` is the explanation without the source.
    """

    def __init__(self, message: str, source: str, code: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.code = code
        self.reason = message


class VocabularyError(ReadoutModelError, ValueError):
    """A vocabulary file has a bad entry: ``source`` is the file, ``entry`` the line or key."""

    def __init__(self, message: str, source: str, entry: str | None = None) -> None:
        where = source if entry is None else f"{source}: {entry}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.entry = entry
        self.reason = message


class TaxonomyError(VocabularyError):
    """A topic taxonomy has a bad topic: ``source`` is the file, ``entry`` the topic id."""
