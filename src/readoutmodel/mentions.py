"""Mentions: the noun phrases that can refer to participants.

Built from lexemes by a small grammar of how readouts name people:

- ``[honorific] [demonym] office [of COUNTRY] [,] [honorific] NAME [of COUNTRY]``:
  "Chinese President Xi Jinping", "President Donald Trump of the United States
  (US)", "the President of Ukraine, Volodymyr Zelenskyy", "His Majesty King
  Mohammed VI";
- ``[honorific] NAME, office [of COUNTRY]``: "H.E. Donald Trump, President of
  United States of America", "Wang Yi, member of the Political Bureau of the
  CPC Central Committee and foreign minister";
- ``his DEMONYM counterpart[,] NAME``: "his German counterpart Angela Merkel";
- an office alone: "The President", "the Chinese premier", "PM";
- references: "he", "they", "the two leaders", "both Prime Ministers", "Thai
  and New Zealand prime ministers", "the Chinese side", "the Russian leader".

A mention says what the text says about the person (name, office, country);
which participant it refers to is decided later, by :mod:`readoutmodel.cast`.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from readoutmodel.lexer import Lexeme, Lexemes
from readoutmodel.patterns import Entry, Grammar

__all__ = ["Mention", "find_mentions", "joins"]


@attrs.define(eq=False)
class Mention:
    """A phrase that may refer to one or more participants.

    ``kind`` is ``person`` (a name, perhaps with an office), ``office`` (an
    office without a name: "The President"), ``reference`` (a pronoun, a group
    or a role: "He", "the two leaders", "the Chinese side") or ``country``.

    A mention is one phrase at one place of a text, not to be changed once read:
    it is compared and hashed by identity, which is what the cast's cache of whom
    each mention means needs, and a slotted class that is not frozen is the
    cheapest to make and to read, on every parse.
    """

    start: int
    end: int
    kind: str
    name: tuple[int, int] | None = None
    titles: tuple[str, ...] = ()  # runs of offices as written, best first
    offices: tuple[str, ...] = ()  # the canonical offices, best first
    countries: tuple[str, ...] = ()
    reference: str | None = None
    possessive: bool = False
    # an office in the plural: "the two Presidents"; before a name, shared with the names
    # listed after it ("Prime Ministers X and Y"), its title then written in the singular
    plural: bool = False
    determined: bool = False  # "the President", not "President"
    # before a name, the first of offices joined by "and" ("Taoiseach and Chancellor
    # Scholz"): its start, end and office, which may turn out to be another person's
    joined: tuple[int, int, str] | None = None

    def name_text(self, text: str) -> str | None:
        return None if self.name is None else text[self.name[0] : self.name[1]]


@attrs.define
class _Builder:
    """The parts of a person mention as the grammar finds them."""

    start: int
    end: int = 0
    name: tuple[int, int] | None = None
    runs: list[tuple[int, int, str, int, bool]] = attrs.Factory(
        list
    )  # start, end, office, rank, plural
    countries: list[str] = attrs.Factory(list)
    possessive: bool = False
    # a first office alone, if "A and B" turns out to be two people: its run, the index
    # after it and the countries known at that point
    split: tuple[tuple[int, int, str, int, bool], int, tuple[str, ...]] | None = None

    def add_countries(self, codes: tuple[str, ...]) -> None:
        self.countries.extend(code for code in codes if code not in self.countries)


_GROUPS = ("group", "heads", "pair")  # references to several participants
_ROLES = ("role", "group", "heads", "pair")  # references a demonym may qualify: "the Chinese side"
_LINE_BREAK = "\n\n"  # the gap between lexemes on different lines
_NO_ENTRY = Entry("")  # the entry of a lexeme that has none: a name, a quotation mark
_NO_LEXEME = Lexeme(0, 0, "", "")
_HYPHENS = ("-", "\u2013")  # what joins two countries a name is of: "the China-India ..."
_CLOSING = ("", ",", ".", ")", ";", "\n", "\r")  # what closes an apposition
_APPOSITION_GAPS = (",", ", the", ", a", ", an")  # the gap before an apposition, stripped


def starting(
    mentions: tuple[Mention, ...], starts: list[int], start: int, end: int
) -> tuple[Mention, ...]:
    """The mentions that start in ``[start, end)``; ``starts`` are theirs, in text order."""
    return mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


_INITIALS_WORD = re.compile(r"(?:[^\W\d_]\.)+")  # "U.S.", "D.C."


@functools.lru_cache(maxsize=1024)
def joins(gap: str, joining: frozenset[str]) -> bool:
    """Whether a gap joins two items of a list: "and", ",", ", and"."""
    words = [w.casefold() for w in gap.replace(",", " , ").split()]
    if words == [","]:
        return True
    if words[:1] == [","]:
        words = words[1:]
    return len(words) == 1 and words[0] in joining


@functools.lru_cache(maxsize=1024)
def _is_role(grammar: Grammar, office: str) -> bool:
    """Whether an office is a role whoever holds it ("Head of State")."""
    entry = grammar.lookup(office)
    return entry is not None and entry.reference == "role"


_STYLES = 4  # the most styles that stand in a row before a name
# the most offices and modifiers in one run ("Member of the Political Bureau ... and
# Foreign Minister"): a longer run was read again from each of its words
_OFFICES = 8
_CLAUSE_MARKS = ".,;:!?"  # what ends a word at the end of a clause or sentence
_SENTENCE_ENDS = ".!?"  # what ends a sentence in a gap after a word


_BRACKET = 80  # the longest portfolio in brackets after a name: "(Trade, Industry and ...)"
_INITIALS = 5  # the longest initials in brackets: "(RoK)", "(USA)", "(NPC)"
_LOWER_PORTFOLIO = 6  # the most words of a portfolio in lower case: "for national security"
_WORD_LENGTH = 12  # the characters read for each of them
_FIELDS = 4  # the most fields listed before an office: "Energy and Natural Resources Minister"


def _rank(run: tuple[int, int, str, int, bool]) -> int:
    return run[3]


class _Reader:
    """Reads mentions off a sequence of lexemes.

    What each lexeme can be, and the gap before it, are looked up once into lists
    indexed like the lexemes: ``entries[j]`` (a blank entry for a lexeme without one,
    so that ``entries[j].honorific`` needs no test for None), ``is_office[j]``,
    ``gaps[j]`` (the text between lexeme ``j - 1`` and lexeme ``j``; a line break when
    they stand on different lines, or when a sentence ends with initials between them
    ("... with the U.S. The two leaders"), which no grammar rule crosses), ``spaced[j]`` (that
    gap is spacing within a line, a line wrapped by hand included). Two sentinels at
    the end let the grammar look ahead without bounds checks: a line break, and
    nothing a lexeme can be.
    """

    def __init__(self, text: str, lexemes: tuple[Lexeme, ...], grammar: Grammar) -> None:
        self.text = text
        self.items = lexemes
        self.size = len(lexemes)
        self.grammar = grammar
        self.words = grammar.words
        self.ranks = grammar.title_ranks
        # One pass over the lexemes for every column rather than a comprehension each:
        # the columns are made for every lexeme of every text.
        entries: list[Entry] = []
        is_name: list[bool] = []
        is_office: list[bool] = []
        opens: list[bool] = []
        gaps: list[str] = []
        spaced: list[bool] = []
        # the first lexeme's gap is read after the last one, as the text wraps around
        _, before_end, _, _, _, before_line = lexemes[-1] if lexemes else _NO_LEXEME
        after_initials = grammar.words.after_initials
        for start, end, kind, written, entry, line in lexemes:
            name = kind == "name"
            is_name.append(name)
            if entry is None:
                entries.append(_NO_ENTRY)
                is_office.append(False)
                opens.append(name)
            else:
                # what can open a mention: a name, an office, a style, a country or a
                # reference
                office = entry.title is not None or entry.modifier
                entries.append(entry)
                is_office.append(office)
                opens.append(
                    name
                    or office
                    or entry.honorific
                    or bool(entry.countries)
                    or entry.reference is not None
                )
            if line == before_line and not (
                text[before_end - 1] == "."
                and written.partition(" ")[0].casefold() in after_initials
            ):
                gap = text[before_end:start]
                gaps.append(gap)
                # most gaps are one space, which needs no stripping
                spaced.append(gap == " " or (not gap.strip() and _LINE_BREAK not in gap))
            else:
                gaps.append(_LINE_BREAK)
                spaced.append(False)
            before_end = end
            before_line = line
        # the two sentinels
        entries += (_NO_ENTRY, _NO_ENTRY)
        is_name += (False, False)
        is_office += (False, False)
        gaps += (_LINE_BREAK, _LINE_BREAK)
        spaced += (False, False)
        self.entries = entries
        self.is_name = is_name
        self.is_office = is_office
        self.opens = opens
        self.gaps = gaps
        self.spaced = spaced

    # -- predicates on lexemes ------------------------------------------------------

    def at(self, i: int) -> Lexeme | None:
        return self.items[i] if 0 <= i < self.size else None

    def joins_next(self, j: int) -> bool:
        """Whether the gap before lexeme ``j`` is a joining word, an article after it
        aside: " and ", " and the "."""
        words = self.gaps[j].casefold().split()
        if len(words) == 2 and words[1] in self.words.articles:
            words.pop()
        return len(words) == 1 and words[0] in self.words.joining

    def joint(self, gap: str) -> bool:
        """Whether a gap joins two items of a list: "and", ",", ", and"."""
        return gap != " " and joins(gap, self.words.joining)

    def dashed(self, gap: str) -> bool:
        """Whether a gap is a dash set off by spaces, which joins one person's offices."""
        return gap[:1] == " " and gap[-1:] == " " and gap.strip() in self.words.office_dashes

    def of(self, gap: str) -> bool:
        """Whether a gap is the "of" between an office and its country (in capitals too,
        in a headline: "PRESIDENT OF TURKIYE"; with the article a country's name opens
        with: "of The Gambia")."""
        words = tuple(gap.split())
        return words in self.words.of or tuple(gap.casefold().split()) in self.words.of

    def determined(self, start: int) -> bool:
        # a comparison rather than max(): this runs for every mention
        low = start - 6 if start > 6 else 0
        if not self.text.endswith(self.words.determiners, low, start):
            return False  # one test for them all, as most starts have none
        return self.det_start(start) < start

    def det_start(self, start: int) -> int:
        """``start`` moved back over a determiner before it ("the President"), a word of
        its own ("Other leaders" has none)."""
        low = start - 6 if start > 6 else 0
        text = self.text
        if not text.endswith(self.words.determiners, low, start):
            return start  # one test for them all, as most starts have none
        for determiner in self.words.determiners:
            if text.endswith(determiner, low, start):
                at = start - len(determiner)
                if at == 0 or not text[at - 1].isalnum():
                    return at
        return start

    def owning_country(self, i: int) -> tuple[int, str] | None:
        """Where a country or its capital that owns lexeme ``i`` starts, and its code:
        "Iran's" or "Tehran's" right before it."""
        if i < 2 or self.items[i - 1].kind != "possessive" or not self.spaced[i]:
            return None
        owner = self.items[i - 2]
        if self.gaps[i - 1]:
            return None  # an ending set apart from the word before is no owner's
        codes = self.entries[i - 2].countries
        code = codes[0] if len(codes) == 1 else self.capital(i - 2)
        return None if code is None else (owner.start, code)

    def person_owns(self, i: int) -> bool:
        """Whether a person's name owns lexeme ``i``: "Vladimir Putin's" right before it."""
        return (
            i >= 2
            and self.spaced[i]
            and self.possessive(i - 1)
            and self.is_name[i - 2]
            and self.capital(i - 2) is None
        )

    def capital(self, i: int) -> str | None:
        if not self.is_name[i]:
            return None
        return self.grammar.capitals.get(self.items[i].text.casefold())

    def possessive(self, j: int) -> bool:
        """Whether a possessive ending stands right at ``j`` ("Biden's")."""
        return j < self.size and not self.gaps[j] and self.items[j].kind == "possessive"

    # -- the grammar ----------------------------------------------------------------

    def read(self) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        opens = self.opens
        size = self.size
        mention_at = self.mention
        while i < size:
            if not opens[i]:
                i += 1
                continue
            found = mention_at(i)
            if found is None:
                i += 1
                continue
            mention, i = found
            if (
                mention.kind == "office"
                and not mention.determined
                and mentions
                and mentions[-1].kind == "office"
                and mentions[-1].determined
                and self.joint(self.text[mentions[-1].end : mention.start])
            ):
                # "The President and Prime Minister": one article for both offices
                mention = attrs.evolve(mention, determined=True)
            mentions.append(mention)
        return mentions

    def mention(self, i: int) -> tuple[Mention, int] | None:
        lx = self.items[i]
        entry = self.entries[i]
        if entry.reference and not entry.title:
            found = self.reference_at(i)
            if found:
                return found
        name = self.is_name[i]
        if name and lx.text in self.grammar.calendar:
            return None
        if (
            (name or entry.countries)
            and self.entries[i + 2].reference == "role"
            and self.possessive(i + 1)
        ):
            # "Iran's top diplomat": the role of the country, not a person named Iran
            found = self.reference_at(i + 2)
            if found is not None and found[0].start == lx.start:
                return found
        last = i
        if name and not self.spaced[i + 1] and self.joint(self.gaps[i + 1]) and self.is_body(i):
            # the fields of a portfolio listed before its office: "Energy and Natural
            # Resources Minister X"
            while (
                last + 1 < self.size
                and self.joint(self.gaps[last + 1])
                and self.is_body(last + 1)
                and last - i < _FIELDS
            ):
                last += 1
        # its initials after the body: "National Intelligence Organization (MIT) Director X"
        initialled = (
            name and self.is_body(last) and self.bracketed(last + 1) and self.is_office[last + 2]
        )
        if initialled:
            last += 1
        if (
            name
            and self.is_office[last + 1]
            and (self.spaced[last + 1] or initialled)
            and (self.is_body(last) or self.initials(last))
        ):
            # "the Commission President": the office of a body, named by no one; a body's
            # initials only before a name ("NSC Coordinator X", not "ASEAN Foreign Ministers")
            found = self.person(last + 1)
            if found is not None and (self.is_body(last) or found[0].kind == "person"):
                mention, after = found
                start = self.det_start(lx.start)
                return attrs.evolve(mention, start=start, determined=start < lx.start), after
        if (
            name
            and self.is_office[i + 1]
            and self.spaced[i + 1]
            and self.is_name[i + 2]
            and self.spaced[i + 2]
        ):
            return None  # "Trump Envoy Greenblatt": the first name only qualifies the office
        if name or entry.honorific or self.is_office[i] or entry.countries:
            found = self.person(i)
            if found is None and entry.honorific and lx.text[:1].isupper() and " " in lx.text:
                # "His Highness and the South African President ...": a style for a person
                return Mention(
                    lx.start, lx.end, "reference", reference="role", determined=True
                ), i + 1
            return found
        return None

    def reference_at(self, i: int) -> tuple[Mention, int] | None:
        lx = self.items[i]
        kind = self.entries[i].reference
        nxt = i + 1
        if kind in _GROUPS and self.is_office[nxt] and self.spaced[nxt]:
            entry = self.items[nxt].entry
            if entry is not None and entry.plural and entry.title is not None:
                end = self.items[nxt].end
                return (
                    Mention(
                        lx.start,
                        end,
                        "reference",
                        offices=(entry.title,),
                        reference="group",
                        plural=True,
                    ),
                    nxt + 1,
                )
        grouped = kind == "group" or kind == "heads"
        if (
            (grouped or kind == "engagement")
            and not self.counted(lx, grouped)
            and not (kind == "engagement" and self.groups_own(i))
        ):
            return None
        if kind == "pair" and self.counts_a_noun(lx):
            return None  # "the two peoples", "both countries": what is counted is no one
        if kind == "role" and self.person_owns(i) and lx.text.casefold() == "counterpart":
            # "Vladimir Putin's counterpart": the other of the one who owns it
            return Mention(lx.start, lx.end, "reference", reference="other"), i + 1
        if kind == "role":
            owner = self.owning_country(i)
            if owner is not None:
                # "Iran's top diplomat", "Tehran's top diplomat": the role of that country
                start, code = owner
                return Mention(
                    start, lx.end, "reference", countries=(code,), reference="role", determined=True
                ), i + 1
            if not self.determined(lx.start):
                return None
            start = self.det_start(lx.start)
            if self.of(self.gaps[nxt]) and len(self.entries[nxt].countries) == 1:
                # "the Government of Japan": the role of that country
                return Mention(
                    start,
                    self.items[nxt].end,
                    "reference",
                    countries=self.entries[nxt].countries,
                    reference="role",
                    determined=True,
                ), nxt + 1
            return Mention(start, lx.end, "reference", reference="role", determined=True), i + 1
        start = lx.start if kind in ("he", "she", "they") else self.det_start(lx.start)
        if kind == "other" and lx.text.casefold().endswith("counterpart"):
            # "her counterpart Sergey Lavrov", "his counterpart of Brazil, Lula", "from the
            # United Kingdom, X"
            countries: tuple[str, ...] = ()
            origin = tuple(self.gaps[nxt].casefold().split()) in self.words.origin
            if (self.of(self.gaps[nxt]) or origin) and self.entries[nxt].countries:
                countries = self.entries[nxt].countries
                nxt += 1
            if self.spaced[nxt] or self.gaps[nxt].strip() == ",":
                inner = self.person(nxt)
                if inner is not None and inner[0].kind == "person":
                    mention, after = inner
                    return attrs.evolve(
                        mention,
                        start=start,
                        reference="counterpart",
                        countries=mention.countries or countries,
                    ), after
        return Mention(start, lx.end, "reference", reference=kind), i + 1

    def counts_a_noun(self, lx: Lexeme) -> bool:
        """Whether a bare count of two ("the two", "both") is followed by the plural noun it
        counts, a word the lexicon does not know ("the two peoples"); not a verb or an
        adverb ("The two discussed", "Both also agreed")."""
        if lx.text.casefold() not in self.words.bare_pairs:
            return False
        after = self.text[lx.end : lx.end + 24]
        if not after.startswith(" "):
            return False
        word = after.split(None, 1)[0] if after.split() else ""
        return (
            word.isalpha()
            and word.islower()
            and word.endswith(self.words.plural_endings)
            and self.grammar.lookup(word) is None
            and not self.grammar.adverb(word)
        )

    def groups_own(self, i: int) -> bool:
        """Whether lexeme ``i`` is owned by a group or a pair of people right before it:
        "The leaders' discussion", "the two ministers' talks"."""
        return (
            i >= 2
            and self.spaced[i]
            and self.items[i - 1].kind == "possessive"
            and not self.gaps[i - 1]
            and self.entries[i - 2].reference in _GROUPS
        )

    def counted(self, lx: Lexeme, named: bool = False) -> bool:
        """Whether a group's or the engagement's phrase counts as one where it stands:
        opened by a determiner or a quantifier ("the leaders", "both sides", "the talks"),
        or, where ``named`` allows it, after one and the group's name ("The Quad leaders";
        not "the Istanbul talks", other talks), anywhere; bare ("Leaders agreed", "Talks
        focused on") only where a sentence starts, as "Other leaders", "G7 leaders" and
        "held talks" do not."""
        if lx.text.split(None, 1)[0].casefold() in self.words.counting:
            return True
        before = self.text[max(0, lx.start - 3) : lx.start].rstrip()
        if not before or before[-1] in '.!?:\n"“”':
            return True
        # a determiner before the name of the group: "The Quad leaders", "the G7 leaders"
        words = self.text[max(0, lx.start - 24) : lx.start].split()
        return (
            named
            and len(words) >= 2
            and words[-1][:1].isupper()
            and words[-1].isalnum()
            and words[-2].casefold() in self.words.counting
        )

    def person(self, i: int) -> tuple[Mention, int] | None:
        # the columns as locals: this runs for every name, office, style and country
        items, entries, spaced = self.items, self.entries, self.spaced
        if self.is_name[i] and items[i].entry is None:
            found = self.plain_name(i)
            if found is not None:
                return found
        start = items[i].start
        j = i
        # styles in a row, four at most ("His Excellency Mr."): a run of them is read again
        # from each of its styles, which without a bound is quadratic
        while entries[j].honorific and (j == i or spaced[j]) and j - i < _STYLES:
            j += 1
        if j > i and self.joins_next(j):
            # "His Highness and President X", "His Majesty and the Prime Minister": the style
            # is someone's of its own
            return None
        if j > i and self.gaps[j][:1] in _SENTENCE_ENDS:
            return None  # "... as a Senator. President X": a style that ends a sentence
        # demonyms and countries before an office or a role: "Thai and New Zealand", "U.S."
        k = j
        codes: list[str] = []
        while entries[k].countries and (
            (k == j and (k == i or spaced[k])) or (k > j and self.joint(self.gaps[k]))
        ):
            codes.extend(entries[k].countries)
            k += 1
        after = self.after_demonym(k) if codes else j
        if after is None:  # countries before nothing they qualify: a mention of their own
            if j == i:
                end = items[k - 1].end
                return Mention(start, end, "country", countries=tuple(codes)), k
            return None
        j = after
        b = _Builder(start)
        if codes:
            b.add_countries(tuple(codes))
            role = self.entries[j].reference
            if role == "role" or (role in _GROUPS and self.items[j].text.endswith("s")):
                return self.role(b, j)
        if not codes and self.given(j) and self.fathered(j + 1):
            # "Sheikh Sultan bin Muhammad Al Qasimi": an office that is a given name before
            # a father's name opens the name, with a style that names keep ("Sheikh")
            kept = j > i and f"{items[j - 1].text} " in self.words.kept_styles
            b.name = (items[j - 1 if kept else j].start, items[j + 1].end)
            b.end = items[j + 1].end
            j = self.after_name(b, i, j + 2)
            return self.finish(b, "person"), j
        # runs of offices: "State Councilor and Foreign Minister", "Prime Minister of Israel"
        if self.is_office[j]:
            j = self.runs(b, j)
        # its country's initials in brackets after an office, before the name: "Foreign
        # Minister of the Republic of Korea (RoK) Cho Hyun"; or the office again, glossed in
        # brackets: "Raksha Mantri (Defence Minister) Rajnath Singh"
        bracketed = (
            bool(b.runs)
            and self.gaps[j] == " ("
            and (self.bracketed(j) or (self.is_office[j] and self.gaps[j + 1] == ") "))
            and self.is_name[j + 1]
        )
        if bracketed:
            b.end = self.items[j].end
            j += 1
        # an office in the plural is no one person's before a comma: "the summit of CIS
        # heads of state, Vladimir Putin had ..."
        comma = bool(b.runs) and j < self.size and self.gaps[j].strip() == "," and not b.runs[-1][4]
        honorifics = j
        while (
            self.entries[j].honorific
            and (self.spaced[j] or (j == honorifics and comma))
            and j - honorifics < _STYLES
        ):
            j += 1  # "the President of the Spanish Government, H.E. Mr. Pedro Sanchez"
        if comma and j == honorifics and self.courtesy(j):
            j += 1  # "the Minister of Foreign Affairs, Ambassador Yusuf Tuggar"
        if b.runs and self.given(j):
            # "Defense Minister Amir Peretz": an office that is a given name opens the name
            b.name = (self.items[j].start, self.items[j + 1].end)
            b.end = self.items[j + 1].end
            j = self.after_name(b, i, j + 2)
            return self.finish(b, "person"), j
        if (
            b.runs
            and self.entries[j].reference in ("he", "she")
            and self.items[j].text[:1].isupper()
            and self.spaced[j]
        ):
            # "Vice Premier He Lifeng", "Vice Premier He noted": after an office, "He" is
            # a name or opens one
            last = j + 1 if self.is_name[j + 1] and self.spaced[j + 1] else j
            b.name = (self.items[j].start, self.items[last].end)
            b.end = self.items[last].end
            j = self.after_name(b, i, last + 1)
            return self.finish(b, "person"), j
        if b.runs and self.is_name[j] and not self.spaced[j] and self.opened(j):
            # "General Secretary To Lam": after an office, a capitalised small word opens a name
            name = self.items[j]
            b.name = (self.items[j - 1].end + 1, name.end)
            b.end = name.end
            j = self.after_name(b, i, j + 1)
            return self.finish(b, "person"), j
        if j > i and self.given_name(j):
            # "Minister of Defense Israel Katz": after an office or a style, a country
            # opens a name
            b.name = (self.items[j].start, self.items[j + 1].end)
            b.start = min(b.start, b.name[0])
            b.end = self.items[j + 1].end
            j = self.after_name(b, i, j + 2)
            return self.finish(b, "person"), j
        if self.is_name[j] and (
            j == i or self.spaced[j] or bracketed or (comma and j == honorifics)
        ):
            name = self.items[j]
            b.name = (self.led(j) if j == i else name.start, name.end)
            b.start = min(b.start, b.name[0])
            b.end = name.end
            if j > i and self.surname(j + 1):
                b.name = (name.start, self.items[j + 1].end)  # "Luís Montenegro"
                b.end = self.items[j + 1].end
                j += 1
            j = self.after_name(b, i, j + 1)
            return self.finish(b, "person"), j
        if b.runs:
            # styles after the office that open no name are a mention of their own:
            # "Welcoming the President, His Majesty said ..."
            j = honorifics
            if b.split is not None:
                # "The Prime Minister and President": two people, not one office
                run, nxt, countries = b.split
                b.runs = [run]
                b.end = run[1]
                b.countries = list(countries)
                return self.finish(b, "office"), nxt
            if self.possessive(j):
                b.possessive = True
                b.end = self.items[j].end
                j += 1
            return self.finish(b, "office"), j
        return None

    def bracketed(self, j: int) -> bool:
        """Whether lexeme ``j`` is initials in brackets with a lexeme right after them:
        "(RoK) Cho Hyun", "(NPC) Standing Committee"."""
        if j + 1 >= self.size or self.gaps[j] != " (" or self.gaps[j + 1] != ") ":
            return False
        written = self.items[j].text
        return (
            len(written) <= _INITIALS
            and written[:1].isupper()
            and written[-1:].isupper()
            and written.isalpha()
        )

    def plain_name(self, i: int) -> tuple[Mention, int] | None:
        """The commonest mention, a name with no office or style before it: "Xi Jinping",
        "Biden's". None when an apposition may follow it, which :meth:`person` reads.

        The same mention as :meth:`person` finds, made without a builder: most names
        in a readout stand alone.
        """
        nxt = i + 1
        if not self.spaced[nxt] and (
            self.gaps[nxt].strip() in _APPOSITION_GAPS or self.gaps[nxt] == " ("
        ):
            return None
        lx = self.items[i]
        start = self.led(i)
        name = (start, lx.end)
        determined = self.determined(start)
        if self.possessive(nxt):
            end = self.items[nxt].end
            return Mention(
                start, end, "person", name=name, possessive=True, determined=determined
            ), nxt + 1
        return Mention(start, lx.end, "person", name=name, determined=determined), nxt

    def led(self, i: int) -> int:
        """Where the name ``i`` starts: a capitalised small word before it opens it when a
        word in lower case stands before that ("talks with To Lam"), as only a name
        writes such a word with a capital in the middle of a sentence."""
        start = self.items[i].start
        gap = self.gaps[i]
        if len(gap) < 4 or gap[-1] != " " or gap[-2] == " ":
            return start  # most names follow a single space, or a longer gap of words
        head, _, word = gap[:-1].rpartition(" ")
        if word not in self.words.name_openers:
            return start
        before = head[-1:] if head else self.items[i - 1].text[-1:] if i > 0 else ""
        return start - len(word) - 1 if before.islower() else start

    def surname(self, j: int) -> bool:
        """Whether the country right after a name that follows an office or a style is
        its surname: "Prime Minister Luís Montenegro" (a country's name, one word, not its
        demonym, and nothing of a name or an office after it)."""
        if not self.country_word(j) or self.gaps[j] != " ":
            return False
        after = j + 1
        return after >= self.size or not (
            self.spaced[after]
            and (self.is_name[after] or self.is_office[after] or self.entries[after].countries)
        )

    def country_word(self, j: int) -> bool:
        """Whether ``j`` is a country's name of one word in title case, not its demonym,
        which a person's name may hold: "Luís Montenegro", "Israel Katz"."""
        if not self.entries[j].countries:
            return False  # most lexemes are none
        lx = self.items[j]
        return (
            lx.entry is not None
            and not lx.entry.demonym
            and " " not in lx.text
            and lx.text[:1].isupper()
            and not lx.text.isupper()
        )

    def given_name(self, j: int) -> bool:
        """Whether the country ``j``, after an office or a style, is the given name of the
        name after it: "Minister of Defense Israel Katz" (a country's name, one word, not
        its demonym, and a name of no entry right after it)."""
        if not self.spaced[j] or j + 1 >= self.size or not self.country_word(j):
            return False
        following = self.items[j + 1]
        return self.gaps[j + 1] == " " and self.is_name[j + 1] and following.entry is None

    def after_name(self, b: _Builder, i: int, j: int) -> int:
        """What may follow a name: its country ("President Uhuru Kenyatta of Kenya", but
        not "Establishment of China"), a royal formula, a possessive, an apposition."""
        if j >= self.size:
            return j  # the name ends the text
        if b.runs or j - 1 > i:
            j = self.name_country(b, j)
        if self.gaps[j] == " (":
            j = self.portfolio_bracket(b, j)  # "Ministers A (Trade), B (Defence)"
        if (
            self.gaps[j].strip() == ","
            and self.items[j].text in self.words.post_nominals
            and self.gaps[j + 1].lstrip()[:1] in (",", "")
        ):
            b.end = self.items[j].end  # letters set off by commas: "X, GCFR, and Y"
            j += 1
        if (
            self.entries[j].honorific
            and self.gaps[j].strip() == ","
            and (self.gaps[j + 1] == _LINE_BREAK or self.gaps[j + 1].strip() == ",")
        ):
            # "King Mohammed VI, May God Assist Him, ...": a formula set off by commas; not
            # "held in Abu Dhabi, His Highness stressed", a style opening the subject
            j += 1
        if self.possessive(j):
            b.possessive = True
            b.end = self.items[j].end
            return j + 1
        # after plain spacing, the commonest gap, no apposition can follow
        return j if self.spaced[j] else self.apposition(b, j)

    def after_demonym(self, k: int) -> int | None:
        """Where the office or role after a run of demonyms starts, if one follows."""
        if k >= self.size:
            return None
        gap = self.gaps[k]
        spaced = self.spaced[k]
        if not gap and self.items[k].kind == "possessive":
            # "Japan's Prime Minister X": the office of the country that owns it
            return k + 1 if self.is_office[k + 1] and self.spaced[k + 1] else None
        if not (self.is_office[k] or self.is_name[k]):
            # the commonest case, a country standing alone: only a role can follow, or a
            # style and a name ("US Senator Tammy Duckworth")
            if spaced and self.entries[k].reference in _ROLES:
                return k
            styled = self.entries[k].honorific and self.is_name[k + 1] and self.spaced[k + 1]
            return k if spaced and styled else None
        if spaced and (self.is_office[k] or self.entries[k].reference in _ROLES):
            return k
        # an organisation between: "Chinese Communist Party (CCP) Politburo Member",
        # "European Commission President-elect"
        m = k
        while self.is_name[m] and m - k < 3 and (m == k or self.spaced[m]):
            m += 1
        if m > k and self.is_office[m] and self.spaced[m] and spaced:
            return m
        m = k
        while self.is_name[m] and not self.is_office[m] and m - k < 4:
            m += 1
        if self.is_office[m] and m > k:
            between = self.text[self.items[k - 1].end : self.items[m].start]
            words = between.split()
            # within one clause: "... the Ukraine Recovery Conference. President X" is not
            # one mention
            if (
                0 < len(words) <= 5
                and "\n" not in between
                and all(
                    (w[:1].isupper() and w[-1] not in _CLAUSE_MARKS)
                    or (w[:1] == "(" and w[-1:] == ")")
                    for w in words
                )
            ):
                return m
        if not self.is_office[k]:
            return None
        words = gap.split()
        if 0 < len(words) <= 4 and all(
            w[:1].isupper() or (w.startswith("(") and w.endswith(")")) for w in words
        ):
            return k
        return None

    def role(self, b: _Builder, j: int) -> tuple[Mention, int]:
        """A demonym and a role: "the Chinese side", "his German counterpart[,] Angela Merkel"."""
        role = self.items[j]
        start = self.det_start(b.start)
        nxt = j + 1
        if role.text.casefold() == "counterpart" and (
            self.spaced[nxt] or self.gaps[nxt].strip() == ","
        ):
            inner = self.person(nxt)
            if inner is not None and inner[0].kind == "person":
                mention, after = inner
                countries = tuple(dict.fromkeys((*b.countries, *mention.countries)))
                counterpart = attrs.evolve(
                    mention, start=start, countries=countries, reference="counterpart"
                )
                return counterpart, after
        plural = role.text.casefold() != role.text.casefold().rstrip("s")  # "the EU leaders"
        return (
            Mention(
                start,
                role.end,
                "reference",
                countries=tuple(b.countries),
                reference="role",
                plural=plural,
            ),
            j + 1,
        )

    def runs(self, b: _Builder, j: int) -> int:
        """Offices joined by "and" or commas, each perhaps "of COUNTRY"."""
        while self.is_office[j] and len(b.runs) < _OFFICES:
            run_start = self.items[j].start
            run_index = j
            offices: list[str] = []
            plural = False
            # a country that opens the next office ("... and PRC Foreign Minister"): where it
            # stands and its codes
            qualifier: tuple[int, tuple[str, ...]] | None = None
            while self.is_office[j]:
                if j - run_index >= _OFFICES:
                    break  # "Former Former ...", "President and President and ...": no office
                entry = self.items[j].entry
                assert entry is not None
                if entry.title is not None:
                    offices.append(entry.title)
                    plural = entry.plural
                nxt = j + 1
                # plain spacing, the commonest gap, joins nothing
                joint = (
                    not self.spaced[nxt]
                    and nxt < self.size
                    and (self.joint(self.gaps[nxt]) or self.dashed(self.gaps[nxt]))
                )
                if (
                    joint
                    and (self.determined(run_start) or self.determined(b.start))
                    and not (self.is_office[nxt] and self.named_after_offices(nxt))
                ):
                    # "The Prime Minister and President Zelenskyy": two people; not "The
                    # Tanaiste and Minister for Foreign Affairs, X,", one person's offices
                    break
                if (
                    joint
                    and self.is_office[nxt]
                    and self.entries[nxt].title in offices
                    and self.spaced[nxt + 1]
                    and self.is_name[nxt + 1]
                ):
                    break  # "EAM and FM Wadephul": one office twice is two people's
                codes = self.qualified_office(b, nxt) if joint and b.split is None else ()
                if codes:
                    # the office after it opens a run of its own; one such join to a
                    # mention, as a person's offices are joined so at most once
                    qualifier = (nxt, codes)
                    break
                if (
                    self.is_office[nxt]
                    and (self.spaced[nxt] or joint)
                    and not self.given(nxt)
                    and not (joint and plural)  # "heads of state, President X": not one's
                ):
                    if joint:
                        self.split(b, run_start, self.items[j].end, offices, plural, nxt)
                    j = nxt
                    continue
                break
            run_end = self.items[j].end
            j += 1
            if qualifier is not None:
                # "Director of the Office of the ... Commission and PRC Foreign Minister":
                # offices of one person, unless no name follows (see _Builder.split)
                self.split(b, run_start, run_end, offices, plural, qualifier[0])
                self.add_runs(b, run_start, run_end, offices, plural)
                b.add_countries(qualifier[1])
                b.end = max(b.end, run_end)
                j = qualifier[0] + 1
                continue
            dependent = self.dependent(j)
            if dependent is not None:
                # "Diplomatic Advisor to the French President", "Special Envoy of the
                # President": whom the person advises or stands for is no office of theirs,
                # but their country, and the name after it is theirs
                j, codes = dependent
                b.add_countries(codes)
                b.end = max(b.end, self.items[j].end)
                j += 1
            # after plain spacing the office has no portfolio, no country and no body
            # ("President Xi Jinping"): the commonest end of a run
            spaced = self.spaced[j]
            portfolio = (
                None
                if spaced or j >= self.size
                else self.portfolio(j, self.text[run_start:run_end])
            )
            if portfolio is not None:
                j, run_end = portfolio
            elif not spaced and j < self.size and self.gaps[j].strip() == ",":
                # the fields listed after an office that ends with one, a name set off
                # after them: "Minister of Foreign Affairs, European Union and Cooperation, X"
                listed = self.listed_body(j - 1, named=True) if self.ends_like_body(j - 1) else None
                if listed is not None:
                    j, run_end = listed + 1, self.items[listed].end
            self.add_runs(b, run_start, run_end, offices, plural)
            b.end = max(b.end, run_end)
            if spaced or j >= self.size:
                break
            if dependent is not None and self.is_office[j] and self.joint(self.gaps[j]):
                continue  # "Special Envoy of President X and Foreign Minister Y": Y's offices
            if portfolio is not None and self.joint(self.gaps[j]):
                if self.is_office[j]:
                    continue  # "Member of the Political Bureau of the CPC Central Committee and"
                codes = self.qualified_office(b, j)
                if codes:
                    # "Minister of National Defence and Canadian Deputy Prime Minister"
                    b.add_countries(codes)
                    j += 1
                    continue
            # "of the Federal Government of Somalia": the country's government, whose
            # country is the office's; the name follows
            governed = self.government_of(j)
            if governed is not None:
                entry = self.items[governed].entry
                assert entry is not None
                b.add_countries(entry.countries)
                b.end = self.items[governed].end
                j = governed + 1
                break
            # "of COUNTRY" after the office
            if self.of(self.gaps[j]):
                if self.entries[j].countries:
                    entry = self.items[j].entry
                    assert entry is not None
                    b.add_countries(entry.countries)
                    b.end = self.items[j].end
                    if self.ends_like_body(j) and not self.regional(j):
                        # "President of the European Commission": a body, in the title; not
                        # a state ("of the Republic of South Africa")
                        b.runs = [
                            (s, b.end if s == run_start else e, office, rank, plural)
                            for s, e, office, rank, plural in b.runs
                        ]
                    j += 1
                    bracketed = (
                        j + 1 < self.size
                        and self.gaps[j] == " ("
                        and self.items[j].text.isupper()
                        and self.gaps[j + 1] == ") "
                        and self.ends_like_body(j + 1)
                    )
                    if bracketed:
                        j += 1  # "of China (CPC) Central Committee": the initials, then
                    owned = (
                        j + 1 < self.size
                        and self.items[j].kind == "possessive"
                        and not self.gaps[j]
                        and self.spaced[j + 1]
                        and self.is_body(j + 1)
                    )
                    if owned:
                        j += 1  # "of Vietnam's National Assembly": the country's body
                    listed = (
                        self.listed_body(j)
                        if j < self.size and self.spaced[j] and not self.ends_like_body(j)
                        else None
                    )
                    if listed is not None:
                        # "of the UK Foreign, Commonwealth and Development Office": its last
                        # name ends it
                        j = listed
                    if (
                        j < self.size
                        and (bracketed or owned or self.spaced[j] or listed is not None)
                        and self.ends_like_body(j)
                    ):
                        # "of the Communist Party of Vietnam Central Committee", "of the
                        # Chinese Government": the body goes on after its country, and a
                        # name is yet to come
                        b.end = self.items[j].end
                        j += 1
                        # and what the office is for: "Special Representative of the
                        # Chinese Government on Eurasian Affairs"
                        found = (
                            None
                            if j >= self.size or self.spaced[j]
                            else self.portfolio(j, self.text[run_start : b.end])
                        )
                        if found is not None:
                            j, b.end = found
                    if (
                        j < self.size
                        and self.spaced[j]
                        and self.entries[j].reference == "role"
                        and self.text[self.items[j].end : self.items[j].end + 1] == ","
                    ):
                        b.end = self.items[j].end  # "President of the Spanish Government,"
                        j += 1
                    if (
                        self.is_office[j]
                        and self.joint(self.gaps[j])
                        and not (
                            self.gaps[j].strip() == ","
                            and self.is_name[j + 1]
                            and self.spaced[j + 1]
                        )
                    ):
                        # "Minister of X, Y and Z"; not "at the request of the President of
                        # Mexico, Prime Minister Justin Trudeau spoke", another's office
                        continue
                    codes = (
                        self.qualified_office(b, j)
                        if self.joint(self.gaps[j]) and not self.determined(b.start)
                        else ()
                    )
                    if codes:
                        # "General Secretary of the Communist Party of Vietnam Central
                        # Committee and Vietnamese President X": the same person's offices
                        b.add_countries(codes)
                        j += 1
                        continue
                    served = self.served(j, run_start, b.end)
                    if served is not None and self.is_office[served[0]]:
                        # "Special Representative of India on the ... Question and National
                        # Security Advisor X": the same person's offices
                        j, b.end = served
                        continue
                    if served is not None:
                        # "Assistant to the President of the United States for National
                        # Security Affairs X": the title stays without the country, so
                        # without what follows it
                        j, b.end = served
                        break
                    posted = self.posted(j)
                    if posted is not None:
                        # "Ambassador of Mexico to China X": the title stays without the
                        # holder's country, so without the one it serves either
                        b.end = self.items[posted].end
                        j = posted + 1
                    break
                capital = self.capital(j)
                if capital is not None:
                    b.add_countries((capital,))
                    b.end = self.items[j].end
                    j += 1
                    if self.is_office[j] and self.joint(self.gaps[j]):
                        continue  # "Crown Prince of Abu Dhabi and Deputy Supreme Commander"
                    break  # not an office on the next line
            posted = self.posted(j)
            if posted is not None:
                # the countries the office serves are in the title ("Ambassador to China",
                # "Special Envoy for Ukraine and Russia")
                end = b.end = self.items[posted].end
                b.runs = [
                    (s, end if s == run_start else e, office, rank, plural)
                    for s, e, office, rank, plural in b.runs
                ]
                j = posted + 1
                break
            # "of the Spanish Government", "of the CPC Central Committee," and another office
            k = self.organisation(j)
            if k is None:
                break
            j = k
        return j

    def served(self, j: int, run_start: int, end: int) -> tuple[int, int] | None:
        """What an office ending at ``end`` is for after its country, when a name or
        another office of the holder follows it: "for National Security Affairs" after
        "... of the United States", "on the China-India Boundary Question and"; the index
        of the name or office and where the field ends, or None."""
        if j >= self.size or self.spaced[j]:
            return None
        found = self.portfolio(j, self.text[run_start:end])
        if found is None:
            return None
        k = found[0]
        named = self.spaced[k] and self.is_name[k]
        return found if named or (self.is_office[k] and self.joint(self.gaps[k])) else None

    def posted(self, j: int) -> int | None:
        """Where the last of the countries an office is posted to or serves stands, from
        lexeme ``j``, with a full name after them: "Special Envoy for Syria X", "Special
        Envoy for Ukraine and Russia X", "Ambassador to China X" (not "welcomed the
        Foreign Minister to NATO Headquarters"); None when none does. They are not the
        holder's."""
        if (
            j + 1 >= self.size
            or tuple(self.gaps[j].split()) not in self.words.posted
            or not self.entries[j].countries
        ):
            return None
        last = j
        while (
            self.joint(self.gaps[last + 1])
            and self.entries[last + 1].countries
            and last + 1 - j < _OFFICES
        ):
            last += 1
        following = last + 1
        named = (
            following < self.size
            and (self.spaced[following] or self.apposed(following))
            and self.is_name[following]
            and " " in self.items[following].text
        )
        return last if named else None

    def apposed(self, j: int) -> bool:
        """Whether lexeme ``j`` stands in an apposition set off by a comma and closed where
        a clause ends: "Ambassador to Ukraine, Natalka Cmoc." (not "..., Wang Yi said")."""
        return self.gaps[j].strip() == "," and self.gaps[j + 1][:1] in (*_CLAUSE_MARKS, "\n")

    def dependent(self, j: int) -> tuple[int, tuple[str, ...]] | None:
        """The office an office serves, when lexeme ``j`` opens it ("to the French
        President", "of the President"): where that office stands and the countries of
        the demonym before it; None when no such office follows."""
        if j >= self.size or self.spaced[j] or not (self.servable(j) or self.servable(j + 1)):
            return None
        gap = tuple(self.gaps[j].split())
        serving = " ".join(gap).casefold() in self.words.serving
        if not serving and gap not in self.words.of:
            return None
        codes: tuple[str, ...] = ()
        entry = self.entries[j]
        if entry.demonym and self.spaced[j + 1]:
            codes = entry.countries  # "the French President"
            j += 1
            entry = self.entries[j]
        if not self.servable(j) or entry.plural:
            return None
        if not self.is_office[j]:
            # a leader named by a role, the name after it the server's: "press secretary of
            # the Belarusian leader X"; not "of the Chinese Government on Eurasian Affairs"
            named = j + 1 < self.size and self.spaced[j + 1] and self.is_name[j + 1]
            return (j, codes) if serving and named else None
        if serving:
            return j, codes
        # "Special Envoy of President X": the office served has a name of its own, which
        # is not the person's
        if j + 1 < self.size and self.spaced[j + 1] and self.is_name[j + 1]:
            return j + 1, codes
        return None

    def servable(self, j: int) -> bool:
        """Whether lexeme ``j`` is an office or a role that another office may serve: "of
        the President", "of the Belarusian leader"."""
        entry = self.entries[j]
        return (self.is_office[j] and entry.title is not None) or entry.reference == "role"

    def split(
        self, b: _Builder, start: int, end: int, offices: list[str], plural: bool, following: int
    ) -> None:
        """Where a run of offices joined by "and" splits into two people when no name
        follows it: its last office so far, and where reading goes on (the first join
        decides)."""
        if b.split is None and offices:
            run = (start, end, offices[-1], self.ranks.get(offices[-1], 999), plural)
            b.split = (run, following, tuple(b.countries))

    def add_runs(self, b: _Builder, start: int, end: int, offices: list[str], plural: bool) -> None:
        """One run per office a stretch joins: "Prime Minister and Minister of Foreign
        Affairs" holds both offices, written once."""
        for office in dict.fromkeys(reversed(offices)):
            b.runs.append((start, end, office, self.ranks.get(office, 999), plural))

    def qualified_office(self, b: _Builder, j: int) -> tuple[str, ...]:
        """The countries of ``j`` when it qualifies the office right after it and names no
        other country than the one the office before it has ("... and PRC Foreign
        Minister" goes on with the same person's offices); () when not."""
        codes = self.entries[j].countries
        if (
            codes
            and self.spaced[j + 1]
            and self.is_office[j + 1]
            and (not b.countries or not set(codes).isdisjoint(b.countries))
        ):
            return codes
        return ()

    def portfolio(self, j: int, office: str) -> tuple[int, int] | None:
        """After an office, what it is "of" or "for": "of National Defence", "for Foreign
        Affairs and Trade", "of the Arab League"; the index after it and where it ends."""
        joined = " of " in office or " for " in office
        end = None
        while j < self.size:
            gap = self.gaps[j]
            linked = tuple(gap.split()) in self.words.of_for or self.body_between(gap)
            if not (linked or (joined and self.joint(gap))):
                break
            # a modifier may open it, or a word that is also a style: "of the State
            # Administration Council", "of General Intelligence"
            k = j
            while (
                (self.is_modifier(k) or self.entries[k].honorific)
                and k + 1 < self.size
                and self.spaced[k + 1]
            ):
                k += 1
            # a people the listed field is of: "..., African Cooperation and Moroccan
            # Expatriates"; or that a field is "on" or "for": "on Afghan Affairs", "for
            # European Integration" (after "of" it is the holder's: "Commander of the
            # Sudanese Armed Forces", "Commander of U.S. Central Command")
            if (
                self.entries[k].demonym
                and self.spaced[k + 1]
                and self.is_name[k + 1]
                and (not linked or (self.field_of(gap) and self.ends_like_body(k + 1)))
            ):
                k += 1
            k = self.paired(k)
            if not self.is_name[k]:
                # a people opening a list of fields: "for European and Euro-Atlantic
                # Integration"
                last = self.listed_body(k) if self.entries[k].demonym else None
                if last is None:
                    break
                k = last
            # a possessive within the name of a body: "National People's Congress"; not a
            # plural's apostrophe, as in "Workers' Party of Korea", which countries.tsv
            # would read as the Republic's
            while (
                k + 2 < self.size
                and self.items[k + 1].kind == "possessive"
                and self.items[k + 1].text.endswith(("s", "S"))
                and not self.gaps[k + 1]
                and self.spaced[k + 2]
                and self.is_name[k + 2]
            ):
                k += 2
            written = self.items[k].text
            # a state is what an office is "of" ("President of the Republic"), never "for"
            # ("thanked the Crown Prince for the Kingdom's support")
            body = (
                self.ends_like_body(k)
                # a body's initials: "Director General of the IAEA"
                or (written.isupper() and written.isalpha() and len(written) > 2)
                or (
                    tuple(gap.split()) in self.words.of
                    and " " not in written
                    and written.casefold() in self.words.states
                )
            )
            if not body:
                # a list of fields that the last one ends like a body: "for Europe and
                # Foreign Affairs", "for Foreign, Commonwealth and Development Affairs",
                # "for Europe, North America and Overseas Territories"
                last = self.listed_body(k)
                if last is not None:
                    body, k = True, last
            if not body and not (linked and self.named_after(k + 1)):
                break  # "President of the Republic, Emmanuel Macron": any body, then a name
            if body and self.bracketed(k + 1) and self.is_body(k + 2):
                k += 2  # its initials between its parts: "Congress (NPC) Standing Committee"
            end = self.items[k].end
            joined = True
            j = k + 1
        return None if end is None else (j, end)

    def field_of(self, gap: str) -> bool:
        """Whether ``gap`` is a word other than "of", with no article, that joins an office
        to its portfolio: the "for" of "Minister for European Affairs"."""
        words = tuple(gap.split())
        return len(words) == 1 and words in self.words.of_for and words not in self.words.of

    def paired(self, j: int) -> int:
        """The name after countries joined by hyphens at ``j``, which they qualify: the
        "Boundary Question" of "the China-India Boundary Question"; ``j`` itself when no
        such pair stands there."""
        k = j
        while self.entries[k].countries and self.gaps[k + 1] in _HYPHENS:
            k += 1
        if k == j or not self.entries[k].countries or not self.spaced[k + 1]:
            return j
        return k + 1

    def body_between(self, gap: str) -> bool:
        """Whether a gap is a body the lexicon reads as no name, between two "of"s: " of
        the Office of the " in "Director of the Office of the Central Commission"."""
        words = gap.split()
        small = self.words.organisation  # "of", "the" ...
        if len(words) < 3 or (words[0],) not in self.words.of or words[-1] not in small:
            return False
        inner = [w for w in words[1:-1] if w not in small]
        return (
            bool(inner)
            and all(w[:1].isupper() for w in inner)
            and self.grammar.ends_like_body(inner[-1])
        )

    def listed_body(self, j: int, named: bool = False) -> int | None:
        """The name that ends like a body at the end of a list of names opening at ``j``
        ("Europe and Foreign Affairs"), at most four long; None if there is none. With
        ``named``, the list may hold countries and a name is set off after its last one:
        "Minister of Foreign Affairs, European Union and Cooperation, X"."""
        k = j
        while k + 1 < self.size and k < j + 3 and self.joint(self.gaps[k + 1]):
            k += 1
            if self.entries[k].demonym and self.spaced[k + 1] and self.is_name[k + 1]:
                k += 1  # a people the field is of: "Foreign and European Affairs"
            if not (self.is_name[k] or (named and self.entries[k].countries)):
                return None
            if self.ends_like_body(k) and (not named or self.named_after(k + 1)):
                return k
        return None

    def opened(self, j: int) -> bool:
        """Whether the gap before name ``j`` is one capitalised small word that the
        lexer left out of the name and that opens names: " To " in "General Secretary To
        Lam", not " In " in "UAE President In Abu Dhabi"."""
        gap = self.gaps[j]
        return (
            len(gap) > 2
            and gap[0] == " "
            and gap[-1] == " "
            and gap[1:-1] in self.words.name_openers
        )

    def given(self, j: int) -> bool:
        """Whether lexeme ``j``, after an office, is an office that is also a given name,
        opening the name after it: "Amir" in "Defense Minister Amir Peretz"."""
        return (
            self.spaced[j]
            and self.items[j].text in self.words.given_offices
            and self.is_name[j + 1]
            and self.spaced[j + 1]
        )

    def fathered(self, j: int) -> bool:
        """Whether the name at ``j`` opens with a father's name: "bin Muhammad Al Qasimi"."""
        return self.items[j].text.split(None, 1)[0].casefold() in self.words.patronymics

    def office_end(self, j: int) -> int:
        """The lexeme after the office at ``j`` and what it is for or of: its portfolio
        ("Minister for Foreign Affairs and Trade") or its country ("Prime Minister of
        Saudi Arabia")."""
        after = j + 1
        if after >= self.size or self.spaced[after]:
            return after
        if self.of(self.gaps[after]) and self.entries[after].countries:
            return after + 1
        found = self.portfolio(after, self.items[j].text)
        return after if found is None else found[0]

    def named_after_offices(self, j: int) -> bool:
        """Whether a comma and a name follow the office at ``j`` and the offices joined to
        it: "... and Minister for Foreign Affairs and Minister for Defence, X"."""
        k = self.office_end(j)
        for _ in range(_OFFICES):
            if k >= self.size or not (self.is_office[k] and self.joint(self.gaps[k])):
                break
            k = self.office_end(k)
        return self.named_after(k)

    def named_after(self, j: int) -> bool:
        """Whether a comma and a name (perhaps after a style) stand at ``j``."""
        if j >= self.size or self.gaps[j].strip() != ",":
            return False
        if self.courtesy(j):
            return True
        while self.entries[j].honorific and j + 1 < self.size:
            j += 1
        return self.is_name[j]

    def list_opens(self, start: int) -> bool:
        """Whether a sentence, an item of a list or a passive's agent opens at ``start``:
        after a stop, a comma or a semicolon, or "by"."""
        before = self.text[max(0, start - 8) : start].rstrip()
        return before[-1:] in ("", ",", ".", ";", ":") or f" {before} ".casefold().endswith(
            self.words.agent
        )

    def courtesy(self, j: int) -> bool:
        """Whether lexeme ``j`` is an office written as a courtesy before a name right after
        it: the "Ambassador" of "the Minister of Foreign Affairs, Ambassador Yusuf Tuggar"."""
        return (
            self.items[j].text in self.words.courtesy_offices
            and self.spaced[j + 1]
            and self.is_name[j + 1]
        )

    def ends_like_body(self, j: int) -> bool:
        """Whether lexeme ``j`` ends with the word of a body or portfolio: "Central
        Committee", "European Commission", "Foreign Affairs"."""
        return self.grammar.ends_like_body(self.items[j].text)

    def initials(self, j: int) -> bool:
        """Whether lexeme ``j`` is a name written as initials: "NSC", "CIA"."""
        written = self.items[j].text
        return (
            self.is_name[j]
            and 1 < len(written) <= _INITIALS
            and written.isalpha()
            and written.isupper()
        )

    def regional(self, j: int) -> bool:
        """Whether lexeme ``j`` ends with the name of a region: "South Africa"."""
        return self.items[j].text.rsplit(None, 1)[-1].casefold() in self.words.regions

    def is_body(self, j: int) -> bool:
        """Whether lexeme ``j`` is a name that ends like a body: "Central Committee"."""
        return self.is_name[j] and self.ends_like_body(j)

    def is_modifier(self, i: int) -> bool:
        entry = self.items[i].entry if 0 <= i < self.size else None
        return entry is not None and entry.modifier and entry.title is None

    def government_of(self, j: int) -> int | None:
        """The index of the country in "of the [Federal|Interim] Government of COUNTRY" at
        ``j``, after an office, when a name follows it; None when it does not stand there."""
        if j >= self.size or not self.of(self.gaps[j]):
            return None
        k = j
        while self.is_modifier(k) and k - j < _STYLES and self.spaced[k + 1]:
            k += 1
        if self.entries[k].reference != "role" or not self.of(self.gaps[k + 1]):
            return None
        country = k + 1
        if not self.entries[country].countries or not self.is_name[country + 1]:
            return None
        return country if self.spaced[country + 1] else None

    def organisation(self, j: int) -> int | None:
        """After an office: skip "of the <Org>" up to another office joined by "and" or ","."""
        if j >= self.size or not self.gaps[j].lstrip().startswith("of "):
            return None
        start = self.items[j - 1].end
        for k in range(j, min(j + 6, self.size)):
            between = self.text[start : self.items[k].start]
            words = between.replace(",", " , ").split()
            if len(words) > 12 or "\n" in between:
                return None
            if any(w[-1:] == "." and not _INITIALS_WORD.fullmatch(w) for w in words):
                # "of West African States (ECOWAS). The Vice President and": a sentence
                # ends, not "of the U.S. Department"
                return None
            if (
                self.is_office[k]
                and words[-1:] in (["and"], [","])
                and all(
                    w[:1].isupper()
                    or w in self.words.organisation
                    or w in (",", "&")
                    or w.startswith("(")
                    for w in words
                )
            ):
                for m in range(j, k):
                    entry = self.items[m].entry
                    if entry is not None and entry.countries and entry.demonym:
                        return None
                return k
        return None

    def portfolio_bracket(self, b: _Builder, j: int) -> int:
        """After a name, the portfolio it holds in brackets, of capitalised words
        and the words that join them alone, one ending like a portfolio: "Ministers Ronald
        Lamola (International Relations and Cooperation), Parks Tau (Trade, Industry and
        Competition)"; the lexeme after it, or ``j``."""
        opening = self.items[j].start - 1
        close = self.text.find(")", opening, opening + _BRACKET)
        if close < 0:
            return j
        inside = self.text[opening + 1 : close].replace(",", " ").split()
        if not inside or not any(self.grammar.ends_like_body(w) for w in inside):
            return j
        if any(not w[:1].isupper() and w.casefold() not in self.words.joining for w in inside):
            return j
        b.end = close + 1
        while j < self.size and self.items[j].end <= close + 1:
            j += 1
        return j

    def name_country(self, b: _Builder, j: int) -> int:
        """ "of the United States (US)", "of Kenya" after a name, or after a titled name
        "of the Bank of Japan"; not a country that owns what follows ("assured President
        Ramaphosa of Türkiye's support")."""
        if self.entries[j].countries and self.of(self.gaps[j]) and not self.possessive(j + 1):
            entry = self.items[j].entry
            assert entry is not None
            b.add_countries(entry.countries)
            b.end = self.items[j].end
            j += 1
            following = self.text[b.end : b.end + 8]
            if following.startswith(" (") and ")" in following:
                close = self.text.index(")", b.end)
                while j < self.size and self.items[j].end <= close + 1:
                    j += 1
                b.end = close + 1
        elif b.runs and self.of(self.gaps[j]):
            # "Governor X of the Bank of Japan": the office's body, of its country
            k = j
            while (
                k + 2 < self.size
                and self.items[k + 1].kind == "possessive"
                and self.is_name[k + 2]
                and self.spaced[k + 2]
            ):
                k += 2  # "of the People's Bank of China"
            if (
                self.is_body(k)
                and self.of(self.gaps[k + 1])
                and self.entries[k + 1].countries
                and not self.possessive(k + 2)
            ):
                entry = self.items[k + 1].entry
                assert entry is not None
                b.add_countries(entry.countries)
                b.end = self.items[k + 1].end
                j = k + 2
        return j

    def apposition(self, b: _Builder, j: int) -> int:
        """ ", President of United States of America" after a name; not after a place
        ("received, in Rabat, the President of Senegal, Mr. X")."""
        if j >= self.size or self.gaps[j].strip() not in _APPOSITION_GAPS:
            return j
        before = self.text[max(0, b.start - 8) : b.start].split()
        if before and before[-1].casefold() in self.words.locative:
            return j
        k = j
        if self.visiting(k):
            k += 1  # ", the visiting Japanese foreign minister,"
        while self.entries[k].honorific:
            k += 1
        # "China's President": the country's possessive before the office
        owned = (
            k + 2 < self.size
            and self.items[k + 1].kind == "possessive"
            and self.items[k + 1].start == self.items[k].end
        )
        office = k + 2 if owned else k + 1
        if not self.is_office[k] and not (
            self.entries[k].countries and self.is_office[office] and self.spaced[office]
        ):
            return j
        saved = (list(b.runs), b.end, list(b.countries))
        if self.entries[k].countries:
            entry = self.items[k].entry
            assert entry is not None
            b.add_countries(entry.countries)
            k = office
        titled = bool(saved[0])
        unsplit = b.split
        k = self.runs(b, k)
        named = k
        while named < self.size and self.entries[named].honorific and self.spaced[named]:
            named += 1  # "... and National Security Advisor Dr. X"
        if (
            b.split is not None
            and unsplit is None
            and "," in self.gaps[b.split[1]]
            and named < self.size
            and self.spaced[named]
            and self.is_name[named]
            and self.list_opens(b.start)
        ):
            # "A, Vice Minister of Finance, and Vice Governor of the Central Bank B" opening
            # a sentence, an item of a list or the agent of a passive ("attended by"): the
            # offices before the comma are A's, the rest B's
            run, following, countries = b.split
            b.runs = [*saved[0], run]
            b.end = run[1]
            b.countries = list(countries)
            b.split = None
            return following
        if self.closed(b.end):
            # the initials of its country or body are the apposition's: "(ROK)", "(IMF)"
            b.end = self.after_initials(b.end)
            while k < self.size and self.items[k].end <= b.end:
                k += 1
            if (titled or self.gaps[j].strip() != ",") and self.named_after(k):
                # "At the invitation of X, the President of Ghana, H.E. Mr. Y, paid ...",
                # "... Prime Minister X, Prime Minister of Mauritius, Dr. Y": the office is
                # the name's after it
                b.runs, b.end, b.countries = saved
                return j
            return k
        portfolio = self.lower_portfolio(b.end)
        if portfolio is not None and (
            self.items[j].text[:1].islower() or (b.runs and self.text[b.runs[-1][0]].islower())
        ):
            # a news agency's office in lower case, its portfolio too: ", assistant to the
            # U.S. president for national security affairs,", ", the U.S. special
            # presidential envoy for climate,"
            b.end = portfolio
            while k < self.size and self.items[k].end <= b.end:
                k += 1
            return k
        if k < self.size and self.spaced[k] and self.is_name[k] and self.is_office[k - 1]:
            # "In Tokyo, President George W. Bush met ...": the office is the next name's
            b.runs, b.end, b.countries = saved
            return j
        if titled:
            # after "Chancellor Angela Merkel", ", the President of France Emmanuel Macron"
            # is another person, not an organisation
            b.runs, b.end, b.countries = saved
            return j
        # the words of an organisation may close it: "... Supreme Commander of the UAE
        # Armed Forces,", "... President of the State Affairs of the DPRK."
        end = self.clause_end(b.end)
        words = self.text[b.end : end].split()
        organisation = self.words.organisation
        if 0 < len(words) <= 12 and all(
            w[:1].isupper() or w.casefold() in organisation or (w[:1] == "(" and w[-1:] == ")")
            for w in self.before_office(words)
        ):
            # a country the body deals with is not the holder's: "Chair of the Delegation
            # for Relations with the People's Republic of China"
            lowered = self.text[b.end : end].casefold()
            partner = min(
                (b.end + at for at in map(lowered.find, self.words.partners) if at >= 0),
                default=end,
            )
            while k < self.size and self.items[k].end <= end:
                entry = self.items[k].entry
                if entry is not None and entry.countries and self.items[k].start < partner:
                    b.add_countries(entry.countries)
                k += 1
            b.end = end
            return k
        b.runs, b.end, b.countries = saved
        return j

    def visiting(self, j: int) -> bool:
        """Whether lexeme ``j`` is a word that makes the holder of the office after it a
        guest (Closed.guest_words): "the visiting Japanese foreign minister"."""
        return self.items[j].text in self.words.guest_words and self.spaced[j + 1]

    def lower_portfolio(self, end: int) -> int | None:
        """Where a portfolio in lower case after an office ending at ``end`` ends, at the
        comma that closes the apposition: " for national security affairs,"; None if none
        stands there."""
        window = self.text[end : end + _WORD_LENGTH * _LOWER_PORTFOLIO]
        comma = window.find(",")
        words = window[:comma].split()
        if (
            comma < 0
            or not 2 <= len(words) <= _LOWER_PORTFOLIO
            or (words[0],) not in self.words.of_for
            or not all(w.isalpha() and w.islower() for w in words[1:])
        ):
            return None
        return end + comma

    def before_office(self, words: list[str]) -> list[str]:
        """The words of an organisation after an office, without a second office of the
        same person that closes them: "... Central Committee and Vietnamese president",
        "... Central Committee and president of Laos"."""
        joining = self.words.joining
        k = next((k for k in range(len(words) - 2, -1, -1) if words[k] in joining), None)
        if k is None:
            return words
        office = words[k + 1 :]
        of = {phrase[0] for phrase in self.words.of}
        at = next((i for i, word in enumerate(office) if word in of), None)
        if at is not None:
            # "of Laos": the country of the second office
            if not all(w[:1].isupper() for w in office[at + 1 :]):
                return words
            office = office[:at]
        # "Vietnamese", "State" before the office
        for size in range(min(len(office), 3), 0, -1):
            entry = self.grammar.lookup(" ".join(office[-size:]))
            if entry is not None and entry.title is not None:
                if all(w[:1].isupper() for w in office[:-size]):
                    return words[:k]
                break
        return words

    def clause_end(self, start: int) -> int:
        """Where the clause going on at ``start`` ends: a comma, a full stop, the line."""
        ends = [
            i for i in (self.text.find(mark, start) for mark in (",", ";", ". ", "\n")) if i >= 0
        ]
        if self.text.endswith(".") and not ends:
            ends.append(len(self.text) - 1)
        return min(ends, default=len(self.text))

    def closed(self, end: int) -> bool:
        """Whether an apposition ends at ``end``: a comma, a full stop, a bracket or the line,
        after the initials of its country in brackets too ("... of the Republic of Korea
        (ROK).")."""
        end = self.after_initials(end)
        return self.text[end : end + 1] in _CLOSING or self.dated(end)

    def dated(self, end: int) -> bool:
        """Whether the clause goes on after ``end`` with when alone: " today.", " on
        Monday,", " on 4 May 2024."."""
        text = self.text
        if not text.startswith(" ", end):
            return False
        position = end + 1
        word = text[position : position + _WORD_LENGTH].split(" ", 1)[0]
        if word in self.words.adjuncts:
            position += len(word) + 1
        m = self.grammar.dates.match(text, position)
        return m is not None and text[m.end() : m.end() + 1] in _CLOSING

    def after_initials(self, end: int) -> int:
        """Where initials in brackets right after ``end`` end (" (ROK)"), or ``end``."""
        text = self.text
        if text.startswith(" (", end):
            close = text.find(")", end + 2, end + 3 + _INITIALS)
            if close > 0 and text[end + 2 : close].isalpha():
                return close + 1
        return end

    def finish(self, b: _Builder, kind: str) -> Mention:
        determined = self.determined(b.start)
        start = self.det_start(b.start) if kind == "office" and determined else b.start
        titles: tuple[str, ...] = ()
        offices: tuple[str, ...] = ()
        role = plural = False
        if len(b.runs) == 1:  # the common case, without sorting
            run_start, run_end, office, _, plural = b.runs[0]
            # "Prime Ministers Narendra Modi and ...": each name holds the office singly
            titles = (office if plural and kind == "person" else self.text[run_start:run_end],)
            offices = (office,)
            role = _is_role(self.grammar, office)
        elif b.runs:
            runs = sorted(b.runs, key=_rank)
            titles = tuple([self.text[run[0] : run[1]] for run in runs])
            offices = tuple([run[2] for run in runs])
            plural = b.runs[-1][4]
            role = any(_is_role(self.grammar, office) for office in offices)
        return Mention(
            start,
            max(b.end, start),
            kind,
            name=b.name,
            titles=titles,
            offices=offices,
            countries=tuple(b.countries),
            reference="role" if role else None,
            possessive=b.possessive,
            plural=plural,
            determined=determined,
            joined=b.split[0][:3] if b.split is not None and kind == "person" else None,
        )


def find_mentions(text: str, lexemes: Lexemes, grammar: Grammar) -> tuple[Mention, ...]:
    """Every mention among ``lexemes``, in text order."""
    return tuple(_Reader(text, lexemes.items, grammar).read())
