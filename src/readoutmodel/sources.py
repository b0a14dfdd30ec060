"""Inputs: finding files, reading them, and decoding bytes into a readout's text.

A :class:`Source` is one input, a file or bytes or text held in memory, with
a name for messages and records. :func:`load` turns it into text, or raises
:class:`~readoutmodel.SourceError` with a ``code`` saying why it cannot:
``unreadable`` (the operating system refused), ``binary`` (not text at all),
``undecodable`` (text in no encoding we may assume), ``empty`` (no text), or
``too-large``.

Decoding, in order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); an
HTML page's declared ``charset`` comes next; then UTF-8; then the fallback
encoding (cp1252, which reads Latin-1 text the same way), and using it is
reported as a ``fallback-encoding`` diagnostic, never silently. Line endings
become ``\\n``, as :func:`open` does in text mode. HTML (``.html``/``.htm``,
or a source marked ``html=True``) is reduced to its text by
:func:`readoutmodel.html.html_to_text`; offsets then refer to that text.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath

import attrs

from readoutmodel.exceptions import SourceError
from readoutmodel.model import Diagnostic

__all__ = ["DEFAULT_PATTERNS", "Found", "Loaded", "Source", "load", "walk"]

DEFAULT_PATTERNS = ("*.txt", "*.html", "*.htm")
"""The file names a directory walk picks up unless told otherwise."""

HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
)
_SNIFF_BYTES = 8192
# Bytes that do not occur in text: C0 controls other than tab, newlines, form feed and escape.
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}
_CONTROL_SHARE = 0.1


@attrs.frozen
class Source:
    """One input: a file (``path``) or ``data`` in memory, named ``name`` in messages.

    ``html`` says whether the input is an HTML page; ``None`` decides by the
    file's suffix (``.html``, ``.htm``).
    """

    name: str
    path: Path | None = None
    data: bytes | str | None = None
    html: bool | None = None

    def __attrs_post_init__(self) -> None:
        if (self.path is None) == (self.data is None):
            raise ValueError("a source has either a path or data")

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], html: bool | None = None) -> Source:
        """A file, named by its path as given."""
        return cls(name=os.fspath(path), path=Path(path), html=html)

    @classmethod
    def from_text(cls, text: str, name: str = "<text>", html: bool = False) -> Source:
        """Text already decoded; it is parsed exactly as given (unless it is HTML)."""
        return cls(name=name, data=text, html=html)

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "<bytes>", html: bool = False) -> Source:
        """Bytes to decode like a file's."""
        return cls(name=name, data=bytes(data), html=html)

    @property
    def is_html(self) -> bool:
        """Whether the input is read as an HTML page."""
        if self.html is not None:
            return self.html
        return self.path is not None and self.path.suffix.lower() in HTML_SUFFIXES


@attrs.frozen
class Loaded:
    """A source's text, and notes on how it was read (``fallback-encoding``)."""

    text: str
    notes: tuple[Diagnostic, ...] = ()


@attrs.frozen
class Found:
    """A source found by :func:`walk`, and its path relative to the directory it was found in."""

    source: Source
    relative: PurePath


def walk(
    arguments: Iterable[str],
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    *,
    stdin: Callable[[], bytes] | None = None,
    html: bool | None = None,
) -> Iterator[Found]:
    """The inputs named by command-line ``arguments``, in order.

    A directory stands for the files below it whose names match one of
    ``patterns``, in sorted order, hidden files and directories left out; a
    file stands for itself whatever its name (a missing one too: reading it
    reports the error); ``-`` is standard input, read with ``stdin``.
    """
    for argument in arguments:
        if argument == STDIN and stdin is not None:
            yield Found(Source.from_bytes(stdin(), STDIN, html=bool(html)), PurePath("stdin"))
            continue
        path = Path(argument)
        if not path.is_dir():
            yield Found(Source.from_path(path, html=html), PurePath(path.name))
            continue
        for found in _walk_directory(path, patterns):
            yield Found(Source.from_path(found, html=html), found.relative_to(path))


def _walk_directory(root: Path, patterns: Sequence[str]) -> Iterator[Path]:
    unlistable: list[Path] = []

    def refused(error: OSError) -> None:
        unlistable.append(Path(error.filename))

    for directory, subdirectories, files in os.walk(root, onerror=refused):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        here = Path(directory)
        while unlistable:  # reading a directory that cannot be listed reports why
            yield unlistable.pop()
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                yield here / name
    yield from unlistable


def load(
    source: Source,
    *,
    encoding: str | None = None,
    fallback: str | None = "cp1252",
    max_bytes: int | None = None,
) -> Loaded:
    """The text of ``source``; :class:`~readoutmodel.SourceError` if it has none.

    ``encoding`` decodes every input with that codec and nothing else;
    otherwise the rules of this module apply, ``fallback`` being the encoding
    of last resort (``None``: no fallback, non-UTF-8 input is undecodable).
    Inputs larger than ``max_bytes`` are refused unread.
    """
    data = source.data if source.data is not None else _read(source, max_bytes)
    notes: tuple[Diagnostic, ...] = ()
    if isinstance(data, str):
        text = data
    else:
        if max_bytes is not None and len(data) > max_bytes:
            raise _too_large(source, len(data), max_bytes)
        text, notes = _decode(data, source, encoding, fallback)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if source.is_html:
        # html.parser costs a twentieth of readoutmodel's import time; only pages need it
        from readoutmodel.html import html_to_text

        text = html_to_text(text)
    if not text.strip():
        if not data:
            reason = "empty file"
        elif source.is_html:
            reason = "no text in the page"
        else:
            reason = "only white space"
        raise SourceError(reason, source.name, "empty")
    return Loaded(text, notes)


def _read(source: Source, max_bytes: int | None) -> bytes:
    assert source.path is not None
    try:
        if max_bytes is not None:
            size = source.path.stat().st_size
            if size > max_bytes:
                raise _too_large(source, size, max_bytes)
        return source.path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise SourceError(f"cannot read ({reason})", source.name, "unreadable") from None


def _too_large(source: Source, size: int, limit: int) -> SourceError:
    return SourceError(
        f"{size:,} bytes is more than the limit of {limit:,}", source.name, "too-large"
    )


def _decode(
    data: bytes, source: Source, encoding: str | None, fallback: str | None
) -> tuple[str, tuple[Diagnostic, ...]]:
    if encoding is not None:
        codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        return _strict(data, codec, source, f"not valid {encoding}"), ()
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, source, f"not valid {codec} after its byte-order mark"), ()
    _refuse_binary(data, source)
    declared = _declared_charset(data) if source.is_html else None
    if declared is not None:
        try:
            return data.decode(declared), ()
        except UnicodeDecodeError:
            pass  # a wrong declaration: UTF-8 and the fallback still get their chance
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        problem = f"byte 0x{data[error.start]:02x} at offset {error.start}"
    if fallback is None:
        raise SourceError(f"not valid UTF-8 ({problem})", source.name, "undecodable")
    text = _strict(data, fallback, source, f"neither UTF-8 ({problem}) nor {fallback}")
    note = Diagnostic("fallback-encoding", f"not valid UTF-8 ({problem}); decoded as {fallback}")
    return text, (note,)


def _strict(data: bytes, codec: str, source: Source, problem: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise SourceError(problem, source.name, "undecodable") from None


def _refuse_binary(data: bytes, source: Source) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise SourceError(f"binary file ({what})", source.name, "binary")
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise SourceError(
            "binary file (NUL bytes; UTF-16 text needs a byte-order mark)", source.name, "binary"
        )
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > _CONTROL_SHARE:
        raise SourceError("binary file (control bytes)", source.name, "binary")


def _declared_charset(data: bytes) -> str | None:
    """The ``charset`` an HTML page declares near its start, if Python knows the codec."""
    head = data[:2048].decode("ascii", "replace").lower()
    at = head.find("charset=")
    if at < 0:
        return None
    value = head[at + len("charset=") :].lstrip("\"' ")
    name = ""
    for ch in value:
        if not (ch.isalnum() or ch in "-_:."):
            break
        name += ch
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None  # as in browsers: bytes that reach this far are not UTF-16
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec  # as in browsers
