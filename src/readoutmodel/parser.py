"""parse(): the pipeline from a string to a :class:`~readoutmodel.model.Readout`.

The text is segmented once (chrome, header, body, paragraphs, sentences),
lexed once (every phrase of the vocabulary, every name) and read for mentions
once; then each stage establishes one field of the model: title, scene,
kind, date, participants, initiator, statements, topics. Stages work on
indices and offsets; the model objects are built at the end, once.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

from readoutmodel.cast import Cast
from readoutmodel.exceptions import InputTooLargeError, ParseError
from readoutmodel.extract import date, initiator, kind, participants, statements, title, topics
from readoutmodel.lexer import lex
from readoutmodel.mentions import Mention, find_mentions
from readoutmodel.model import Diagnostic, Participant, Readout, Span, Statement, Topic
from readoutmodel.patterns import Grammar, compile_grammar
from readoutmodel.scene import find_scene
from readoutmodel.text import segment
from readoutmodel.vocab import Taxonomy, Vocabulary

__all__ = ["MAX_CHARS", "parse"]

MAX_CHARS = 10_000_000
"""The longest text :func:`parse` accepts by default, in characters."""

_STRICT_FIELDS = ("date", "participants", "statements")


def parse(
    text: str,
    *,
    vocabulary: Vocabulary | None = None,
    taxonomy: Taxonomy | None = None,
    strict: bool = False,
    max_chars: int = MAX_CHARS,
) -> Readout:
    """Parse a readout.

    ``text`` is the readout as published, page chrome and all; every offset in
    the result points into it. ``vocabulary`` replaces the shipped phrase
    lists, ``taxonomy`` the shipped topics (extend the default with
    ``Taxonomy.default().extend(...)``). Any string parses: what cannot be
    established is ``None`` or empty, with a diagnostic saying why; with
    ``strict=True`` a readout without a date, participants or statements
    raises :class:`~readoutmodel.ParseError` instead. A text longer than
    ``max_chars`` raises :class:`~readoutmodel.InputTooLargeError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    _check_type("vocabulary", vocabulary, Vocabulary)
    _check_type("taxonomy", taxonomy, Taxonomy)
    if not isinstance(max_chars, int) or isinstance(max_chars, bool):
        raise TypeError(f"max_chars must be an int, not {type(max_chars).__name__}")
    if len(text) > max_chars:
        raise InputTooLargeError(len(text), max_chars)
    vocab = vocabulary if vocabulary is not None else Vocabulary.default()
    if taxonomy is not None:
        vocab = vocab.with_taxonomy(taxonomy)
    grammar = compile_grammar(vocab)

    document = segment(text, grammar)
    lexemes = lex(text, grammar, ((line.start, line.end) for line in document.lines))
    mentions = find_mentions(text, lexemes, grammar)
    title_span = title.find(document, lexemes, grammar)
    scene = find_scene(document, lexemes, title_span, grammar.words, mentions)
    engagement = kind.find(document, lexemes, scene, grammar.words)
    when = date.find(document, lexemes, grammar, scene, title_span, engagement)
    year = when.date.year if when.date is not None else None
    cast = participants.find(document, lexemes, mentions, grammar, scene, year)
    asked = initiator.find(document, lexemes, mentions, cast, scene, grammar)
    reading = statements.find(
        document, lexemes, mentions, cast, grammar, scene.sentences, scene.openings
    )
    passages = tuple((d.span, d.speakers) for d in reading.statements)
    raised, per_statement = topics.find(
        document, grammar, mentions, passages, cast.issuer, when.date
    )

    people = _participants(
        text, cast, mentions, reading.references, title_span, document.body, grammar
    )
    labels = _labels(vocab)
    topic_objects = {
        found.id: Topic(
            id=found.id,
            label=labels.get(found.id, found.id),
            mentions=found.mentions,
            raised_by=tuple(people[i] for i in found.raised_by),
        )
        for found in raised
    }
    statement_objects = tuple(
        Statement(
            speakers=tuple(people[i] for i in draft.speakers),
            verb=draft.verb,
            category=draft.category,
            content=draft.content,
            span=draft.span,
            sentences=draft.sentences,
            paragraph=draft.paragraph,
            topics=tuple(topic_objects[t] for t in ids),
        )
        for draft, ids in zip(reading.statements, per_statement, strict=True)
    )
    diagnostics = list(when.diagnostics)
    if document.body is None:
        diagnostics.append(Diagnostic("no-body", "no paragraph of prose was found"))
    if not cast.principals:
        diagnostics.append(Diagnostic("no-participants", "no participant could be identified"))
    for person, principal in zip(people, cast.principals, strict=True):
        if not principal.named:
            diagnostics.append(
                Diagnostic("unnamed-participant", f"a participant is known only as {person.name!r}")
            )
        if principal.country is None:
            diagnostics.append(
                Diagnostic("no-country", f"no country could be established for {person.name!r}")
            )
    if document.body is not None and not statement_objects:
        diagnostics.append(
            Diagnostic("no-statements", "no statement was attributed to a participant")
        )
    readout = Readout(
        text=text,
        title=title.title_text(text, title_span) if title_span else None,
        date=when.date,
        kind=engagement,
        initiator=people[asked] if asked is not None else None,
        participants=people,
        statements=statement_objects,
        topics=tuple(topic_objects.values()),
        body=document.body,
        title_span=title_span,
        date_span=when.span,
        time_of_day=when.time_of_day,
        start_time=when.start_time,
        duration=when.duration,
        issuer=cast.issuer,
        language=vocab.language,
        diagnostics=tuple(diagnostics),
    )
    if strict:
        _check(readout)
    return readout


def _check_type(name: str, value: object, kind: type) -> None:
    if value is not None and not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__} or None, not {type(value).__name__}")


def _check(readout: Readout) -> None:
    missing = tuple(name for name in _STRICT_FIELDS if not getattr(readout, name))
    if missing:
        raise ParseError(f"could not establish: {', '.join(missing)}", missing)


@functools.lru_cache(maxsize=8)
def _labels(vocabulary: Vocabulary) -> dict[str, str]:
    """The topics' labels by id, the first definition of an id winning as in
    :meth:`Taxonomy.get`: looked up once per vocabulary, not per topic of every parse."""
    labels: dict[str, str] = {}
    for definition in vocabulary.taxonomy.topics:
        labels.setdefault(definition.id, definition.label)
    return labels


@functools.lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in ascii_name).split()
    return "-".join(words) or "participant"


def _participants(
    text: str,
    cast: Cast,
    mentions: tuple[Mention, ...],
    references: Iterable[tuple[int, Span]],
    title_span: Span | None,
    body: Span | None,
    grammar: Grammar,
) -> tuple[Participant, ...]:
    """The participants, with their aliases and mention spans."""
    # offsets as plain pairs until the end: a readout has hundreds of mentions
    spans: dict[int, set[tuple[int, int]]] = {i: set() for i in range(len(cast.principals))}
    title_start, title_end = (
        (title_span.start, title_span.end) if title_span is not None else (0, 0)
    )
    body_start, body_end = (body.start, body.end) if body is not None else (0, 0)
    for mention in mentions:
        kind = mention.kind
        if kind == "reference":
            if mention.reference != "role":
                continue
        elif kind != "person" and kind != "office":
            continue
        start = mention.start
        if title_start <= start < title_end or body_start <= start < body_end:
            # "President Biden's" names him as "President Biden"
            end = _before_possessive(text, mention.end) if mention.possessive else mention.end
            for i in cast.resolve(mention, text):
                spans[i].add((start, end))
    made: dict[tuple[int, int], Span] = {}  # the references' spans, to be used as they are
    for i, span in references:
        pair = (span.start, span.end)
        spans[i].add(pair)
        made[pair] = span
    people = []
    ids: set[str] = set()
    for i, principal in enumerate(cast.principals):
        ordered = sorted(spans[i])
        aliases: list[str] = []
        named = False  # whether a mention is the name alone
        for start, end in ordered:
            surface = " ".join(text[start:end].split())
            if surface == principal.name:
                named = True
            elif surface not in aliases:
                aliases.append(surface)
        name = _without_kept_style(principal.name, aliases, grammar.words.kept_styles)
        if name != principal.name:
            # the name without its style may be what a mention says: no alias of its own
            aliases = [alias for alias in aliases if alias != name]
            if named:
                aliases.insert(0, principal.name)  # an alias is what a mention says
        identifier = _slug(name)
        base, n = identifier, 2
        while identifier in ids:
            identifier = f"{base}-{n}"
            n += 1
        ids.add(identifier)
        people.append(
            Participant(
                id=identifier,
                name=name,
                title=principal.title,
                country=principal.country,
                aliases=tuple(aliases),
                mentions=tuple([made[pair] if pair in made else Span(*pair) for pair in ordered]),
            )
        )
    return tuple(people)


def _without_kept_style(name: str, aliases: list[str], styles: tuple[str, ...]) -> str:
    """``name`` without the style it opens with ("Sheikh"), where an alias, a mention as
    written, gives the name without it: the first two words of the rest of the name, not
    after the style ("President Mohamed bin Zayed", "Emir of Qatar Tamim bin Hamad")."""
    if not name.startswith(styles):
        return name
    style, rest = name.split(" ", 1)
    words = rest.split()
    if len(words) < 2:
        return name
    opening = words[:2]
    for alias in aliases:
        written = alias.split()
        for i in range(len(written) - 1):
            if written[i : i + 2] == opening and (i == 0 or written[i - 1] != style):
                return rest
    return name


def _before_possessive(text: str, end: int) -> int:
    """Where the possessive ending that closes ``text[:end]`` starts: "'s", or an
    apostrophe alone ("Hamas'")."""
    return end - 2 if text[end - 2 : end].casefold() in ("'s", "’s") else end - 1
