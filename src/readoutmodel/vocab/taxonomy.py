"""Topic taxonomies: which issues a readout can raise, and the words that name them.

A taxonomy is a TOML file with one table per topic id::

    [taiwan]
    label = "Taiwan"
    description = "Taiwan and the Taiwan Strait."
    terms = ["Taiwan", "Taiwan Strait{,s}", "cross-Strait"]
    exclude = ["Taiwan Affairs Office"]   # optional: phrases that do not raise it
    context = []                          # optional: engagement, affiliation, possession

``terms`` match as whole words, ignoring case, except terms written all in
capitals ("AI", "UN", "DPRK"), which match only as written. A hyphen counts
as a word boundary, so "EU" is found in "China-EU relations". Braces give
alternatives, shell-style: ``"tariff{,s}"`` is "tariff" and "tariffs",
``"{economic,trade} ties"`` is "economic ties" and "trade ties". Where terms
overlap, the longest wins: "economic and trade" raises only the topic that
lists it, not one listing "economic".

``exclude`` lists phrases in which the topic's terms appear without raising it
("world economy", "outbreak of war"); terms of other topics inside them still
count. A word ``*`` in an exclude phrase stands for any one word but those
that end a phrase (prepositions, conjunctions, auxiliaries: the ``stop`` and
``verbal`` topic cues): ``"meet {,*,* *} challenges"`` also excludes "meet
global challenges" and "meet new regional challenges", not "meet to discuss
challenges". Such a phrase opens with a word, not ``*``, and is read where a
term of its topic opens.

``context`` names the grammar that decides whether a mention counts:

- ``engagement``: a mention of the engagement the readout reports ("this
  call", "the meeting", "your visit" during a visit) raises nothing; other
  visits, summits, invitations and plans to meet do;
- ``affiliation``: a mention as someone's affiliation ("permanent members of
  the Security Council", "as an EU member", "the UN's special envoy") raises
  nothing;
- ``possession``: a mention owned by one named party ("Syria's chemical
  weapons", "the Iranian nuclear threat", "the nuclear threat from North
  Korea") raises nothing, as it belongs to that party's own file.

The shipped taxonomy is ``vocab/data/<language>/topics.toml``; users pass their
own to :func:`readoutmodel.parse`, extending it (same ids replaced) or
replacing it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from readoutmodel.exceptions import TaxonomyError

if TYPE_CHECKING:
    from pathlib import Path
from readoutmodel.model import TOPIC_ID_RE

__all__ = ["CONTEXTS", "SLOT", "Taxonomy", "TopicDefinition", "expand"]

CONTEXTS = ("affiliation", "engagement", "possession")
"""The context grammars a topic can ask for (see the module docstring)."""

SLOT = "*"
"""A word of an exclude phrase that stands for any one word (see the module docstring)."""

_KEYS = ("context", "description", "exclude", "label", "terms")
_BRACES = re.compile(r"\{([^{}]*)\}")


def expand(phrase: str) -> tuple[str, ...]:
    """Every spelling of a phrase with ``{a,b}`` alternatives, in order.

    >>> expand("tariff{,s}")
    ('tariff', 'tariffs')
    >>> expand("{economic,trade} {ties,relations}")
    ('economic ties', 'economic relations', 'trade ties', 'trade relations')
    """
    parts = _BRACES.split(phrase)
    if "{" in "".join(parts[::2]) or "}" in "".join(parts[::2]):
        raise ValueError(f"unbalanced or nested braces in {phrase!r}")
    choices = [[part] if i % 2 == 0 else part.split(",") for i, part in enumerate(parts)]
    out: list[str] = []
    for combination in itertools.product(*choices):
        spelling = " ".join("".join(combination).split())
        if spelling and spelling not in out:
            out.append(spelling)
    return tuple(out)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings; one string alone is one item, not its letters."""
    return (items,) if isinstance(items, str) else tuple(items)


def _definitions(items: Iterable[TopicDefinition]) -> tuple[TopicDefinition, ...]:
    return tuple(items)


@attrs.frozen
class TopicDefinition:
    """One topic of a taxonomy: its id, label, terms, exclusions and context grammar."""

    id: str
    label: str
    terms: tuple[str, ...] = attrs.field(converter=_strings)
    description: str = ""
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    context: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def __attrs_post_init__(self) -> None:
        problem = _problem(self)
        if problem is not None:
            raise TaxonomyError(problem, "<python>", str(self.id))


@attrs.frozen(cache_hash=True)
class Taxonomy:
    """An ordered set of topic definitions, at most one per id."""

    topics: tuple[TopicDefinition, ...] = attrs.field(default=(), converter=_definitions)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for topic in self.topics:
            if topic.id in seen:
                raise TaxonomyError("defined twice", "<taxonomy>", topic.id)
            seen.add(topic.id)

    @classmethod
    def default(cls, language: str = "en") -> Taxonomy:
        """The taxonomy shipped with readoutmodel."""
        from readoutmodel.vocab import Vocabulary

        return Vocabulary.default(language).taxonomy

    @classmethod
    def from_toml(cls, path: str | Path) -> Taxonomy:
        """Read a taxonomy file; a bad file raises :class:`TaxonomyError` naming it."""
        from pathlib import Path  # imported on use, as readoutmodel.vocab does

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
        import tomllib

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
        if not data:
            raise TaxonomyError("no topics: a taxonomy needs at least one table", source)
        return cls(tuple(_definition(topic_id, table, source) for topic_id, table in data.items()))

    def extend(self, other: Taxonomy | Iterable[TopicDefinition]) -> Taxonomy:
        """This taxonomy with ``other``'s topics added; a topic whose id exists replaces it."""
        topics = other.topics if isinstance(other, Taxonomy) else tuple(other)
        added = {topic.id: topic for topic in topics}
        kept = tuple(added.pop(topic.id, topic) for topic in self.topics)
        return Taxonomy(kept + tuple(added.values()))

    def without(self, *ids: str) -> Taxonomy:
        """This taxonomy without the topics ``ids``."""
        return Taxonomy(tuple(topic for topic in self.topics if topic.id not in ids))

    @property
    def ids(self) -> tuple[str, ...]:
        """The topic ids, in order."""
        return tuple(topic.id for topic in self.topics)

    def get(self, topic_id: str) -> TopicDefinition | None:
        """The definition with ``topic_id``, or None."""
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def __contains__(self, topic_id: object) -> bool:
        return any(topic.id == topic_id for topic in self.topics)


def _problem(topic: TopicDefinition) -> str | None:
    """What is wrong with a topic definition, if anything."""
    if not isinstance(topic.id, str) or not re.fullmatch(TOPIC_ID_RE, topic.id):
        return "topic ids are lower case letters, digits and underscores, starting with a letter"
    if not isinstance(topic.label, str) or not topic.label.strip():
        return "label must be a non-empty string"
    if not isinstance(topic.description, str):
        return "description must be a string"
    if not topic.terms:
        return "terms must not be empty"
    for key in ("terms", "exclude", "context"):
        for index, item in enumerate(getattr(topic, key)):
            if not isinstance(item, str) or not item.strip():
                return f"{key}[{index}] must be a non-empty string"
            try:
                spellings = expand(item)
            except ValueError as error:
                return f"{key}[{index}]: {error}"
            slotted = [s for s in spellings if SLOT in s.split(" ")]
            if slotted and key != "exclude":
                return f"{key}[{index}]: only an exclude phrase holds a word slot ({SLOT})"
            if any(s.split(" ", 1)[0] == SLOT for s in slotted):
                return f"{key}[{index}]: a phrase opens with a word, not a word slot ({SLOT})"
    for kind in topic.context:
        if kind not in CONTEXTS:
            return f"unknown context {kind!r} (one of {', '.join(CONTEXTS)})"
    return None


def _phrases(value: Any, key: str, topic_id: str, source: str) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise TaxonomyError(f"{key} must be a list of strings", source, topic_id)
    return tuple(" ".join(item.split()) if isinstance(item, str) else item for item in value)


def _definition(topic_id: str, table: Any, source: str) -> TopicDefinition:
    if not isinstance(table, Mapping):
        raise TaxonomyError("a topic is a table with label and terms", source, topic_id)
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise TaxonomyError(
            f"unknown key {unknown[0]!r} (allowed: {', '.join(_KEYS)})", source, topic_id
        )
    if "terms" not in table:
        raise TaxonomyError("terms are missing", source, topic_id)
    label: Any = table.get("label")
    description: Any = table.get("description", "")
    try:
        return TopicDefinition(
            topic_id,
            label.strip() if isinstance(label, str) else label,
            _phrases(table["terms"], "terms", topic_id, source),
            description.strip() if isinstance(description, str) else description,
            _phrases(table.get("exclude", []), "exclude", topic_id, source),
            _phrases(table.get("context", []), "context", topic_id, source),
        )
    except TaxonomyError as error:
        raise TaxonomyError(error.reason, source, topic_id) from None
