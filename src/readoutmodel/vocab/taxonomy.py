"""Topic taxonomies: which issues a readout can raise, and the words that name them.

A taxonomy is a TOML file with one table per topic id::

    [taiwan]
    label = "Taiwan"
    description = "Taiwan and the Taiwan Strait."
    terms = ["Taiwan", "Taiwan Strait", "cross-Strait"]
    exclude = ["Taiwan Affairs Office"]   # optional: phrases that do not raise it

``terms`` match as whole words, ignoring case, except short all-capital terms
("AI", "UN") which match only as written. ``exclude`` lists phrases in which a
term appears without raising the topic.

The shipped taxonomy is ``vocab/data/<language>/topics.toml``; users pass their
own to :func:`readoutmodel.parse`, extending it (same ids replaced) or
replacing it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from readoutmodel.exceptions import TaxonomyError
from readoutmodel.model import TOPIC_ID_RE

__all__ = ["Taxonomy", "TopicDefinition"]

_KEYS = {"label", "description", "terms", "exclude"}


@attrs.frozen
class TopicDefinition:
    """One topic of a taxonomy: its id, label, description, terms and exclusions."""

    id: str
    label: str
    terms: tuple[str, ...]
    description: str = ""
    exclude: tuple[str, ...] = ()


@attrs.frozen(cache_hash=True)
class Taxonomy:
    """An ordered set of topic definitions, at most one per id."""

    topics: tuple[TopicDefinition, ...] = ()

    @classmethod
    def default(cls, language: str = "en") -> Taxonomy:
        """The taxonomy shipped with readoutmodel."""
        from readoutmodel.vocab import Vocabulary

        return Vocabulary.default(language).taxonomy

    @classmethod
    def from_toml(cls, path: str | Path) -> Taxonomy:
        """Read a taxonomy file; a bad file raises :class:`TaxonomyError` naming it."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise TaxonomyError(f"cannot read ({error.strerror or error})", str(path)) from None
        except UnicodeDecodeError as error:
            raise TaxonomyError(f"not UTF-8 ({error.reason})", str(path)) from None
        return cls.from_toml_text(text, str(path))

    @classmethod
    def from_toml_text(cls, text: str, source: str = "<string>") -> Taxonomy:
        """Parse taxonomy TOML held in a string; ``source`` names it in errors."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise TaxonomyError(f"invalid TOML ({error})", source) from None
        return cls.from_mapping(data, source)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "<mapping>") -> Taxonomy:
        """Build a taxonomy from ``{id: {"label": ..., "terms": [...]}}``."""
        if not isinstance(data, Mapping):
            raise TaxonomyError("a taxonomy is a table of topics", source)
        return cls(tuple(_definition(topic_id, table, source) for topic_id, table in data.items()))

    def extend(self, other: Taxonomy | Iterable[TopicDefinition]) -> Taxonomy:
        """This taxonomy with ``other``'s topics added; a topic whose id exists replaces it."""
        added = tuple(other.topics if isinstance(other, Taxonomy) else other)
        ids = {topic.id for topic in added}
        replaced = tuple(next(a for a in added if a.id == t.id) if t.id in ids else t for t in self.topics)
        known = {topic.id for topic in self.topics}
        return Taxonomy(replaced + tuple(topic for topic in added if topic.id not in known))

    @property
    def ids(self) -> tuple[str, ...]:
        """The topic ids, in order."""
        return tuple(topic.id for topic in self.topics)

    def get(self, topic_id: str) -> TopicDefinition | None:
        """The definition with ``topic_id``, or None."""
        return next((topic for topic in self.topics if topic.id == topic_id), None)


def _strings(value: Any, key: str, topic_id: str, source: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise TaxonomyError(f"{key} must be a list of non-empty strings", source, topic_id)
    return tuple(item.strip() for item in value)


def _definition(topic_id: str, table: Any, source: str) -> TopicDefinition:
    if not re.fullmatch(TOPIC_ID_RE, topic_id):
        raise TaxonomyError(
            "topic ids are lower case letters, digits and underscores, starting with a letter",
            source,
            topic_id,
        )
    if not isinstance(table, Mapping):
        raise TaxonomyError("a topic is a table with label and terms", source, topic_id)
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise TaxonomyError(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})", source, topic_id)
    label = table.get("label")
    if not isinstance(label, str) or not label.strip():
        raise TaxonomyError("label must be a non-empty string", source, topic_id)
    if "terms" not in table:
        raise TaxonomyError("terms are missing", source, topic_id)
    terms = _strings(table["terms"], "terms", topic_id, source)
    if not terms:
        raise TaxonomyError("terms must not be empty", source, topic_id)
    description = table.get("description", "")
    if not isinstance(description, str):
        raise TaxonomyError("description must be a string", source, topic_id)
    exclude = _strings(table.get("exclude", []), "exclude", topic_id, source)
    return TopicDefinition(topic_id, label.strip(), terms, description.strip(), exclude)
