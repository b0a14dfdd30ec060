"""A scraped HTML page reduced to the readout's text.

:func:`html_to_text` keeps the headline and the paragraphs, separated by
blank lines, and drops what a reader of the page does not read as the
readout: scripts and styles, navigation, site headers and footers, sidebars,
forms, share buttons, breadcrumbs, cookie banners, hidden elements and figure
captions. Where the page marks its content (``<main>``, else its largest
``<article>``) only that content is kept, headed by the page's ``<h1>`` (or
its ``<title>`` without the site name) when the content has none.

What remains is ordinary readout text; the parser's own page-chrome rules deal
with whatever site furniture is left. The standard library's
:mod:`html.parser` tokenises: it tolerates broken markup, and a readout page
needs nothing more (``docs/design.md`` says why no HTML library is used).
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

__all__ = ["html_to_text"]

# Elements whose content is never the readout.
_SKIPPED_TAGS = frozenset(
    {
        "applet", "aside", "audio", "button", "canvas", "datalist", "dialog", "embed",
        "figcaption", "form", "head", "iframe", "input", "map", "math", "menu", "nav",
        "noscript", "object", "option", "script", "select", "style", "svg", "template",
        "textarea", "title", "video",
    }
)  # fmt: skip
# A header or footer is chrome unless it holds the headline (an article's own header).
_HEADLINE_HOLDERS = frozenset({"header", "footer"})
_SKIPPED_ROLES = frozenset(
    {"banner", "complementary", "contentinfo", "dialog", "menu", "menubar", "navigation", "search"}
)
# Words in a class or id that mark an element as page furniture.
_CHROME_WORDS = frozenset(
    {
        "breadcrumb", "breadcrumbs", "cookie", "cookies", "footer", "menu", "nav", "navbar",
        "navigation", "newsletter", "pagination", "related", "share", "sharing", "sidebar",
        "skip", "social", "subscribe", "toolbar",
    }
)  # fmt: skip
# Elements that end a paragraph where they start and where they end.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "div",
        "dl", "dt", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_VOID_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip
# Start tags that close an open <p>, as in browsers.
_CLOSES_P = frozenset(
    {
        "address", "article", "aside", "blockquote", "div", "dl", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table",
        "ul",
    }
)  # fmt: skip
_SITE_NAME_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")
# A wrapper whose class looks like chrome but which holds more than this share of the
# page's text ("page with-sidebar") is kept.
_WRAPPER_SHARE = 0.5


class _Element:
    """A node of the page: tag, attributes and children (elements and text)."""

    __slots__ = ("attributes", "children", "tag")

    def __init__(self, tag: str, attributes: dict[str, str]) -> None:
        self.tag = tag
        self.attributes = attributes
        self.children: list[_Element | str] = []

    def iter(self) -> Iterator[_Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, _Element):
                yield from child.iter()

    def text_length(self) -> int:
        """How many characters of text are inside, not counting surrounding whitespace."""
        return sum(
            len(child.strip()) if isinstance(child, str) else child.text_length()
            for child in self.children
        )

    def text(self) -> str:
        """The text inside, whitespace collapsed."""
        return " ".join(self._raw_text().split())

    def _raw_text(self) -> str:
        return "".join(c if isinstance(c, str) else c._raw_text() for c in self.children)


def html_to_text(markup: str) -> str:
    """The readout in an HTML page: headline and paragraphs separated by blank lines."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    root = builder.root
    total = max(root.text_length(), 1)
    content = _content(root)
    paragraphs = list(_paragraphs(content, total))
    headline_inside = any(
        element.tag == "h1" for element in content.iter() if not _is_chrome(element, total)
    )
    if not headline_inside:
        headline = next(
            (element.text() for element in _visible(root, total) if element.tag == "h1"), ""
        )
        headline = headline or _without_site_name(_page_title(root))
        if headline and (not paragraphs or paragraphs[0] != headline):
            paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs)


def _content(root: _Element) -> _Element:
    """The element holding the readout: the first ``<main>``, the largest ``<article>``, or all."""
    main = next((element for element in root.iter() if element.tag == "main"), None)
    if main is not None:
        return main
    articles = [element for element in root.iter() if element.tag == "article"]
    if articles:
        return max(articles, key=lambda article: article.text_length())
    return root


def _is_chrome(element: _Element, total: int) -> bool:
    tag, attributes = element.tag, element.attributes
    if tag in _SKIPPED_TAGS:
        return True
    if tag in _HEADLINE_HOLDERS:
        return not any(inner.tag == "h1" for inner in element.iter())
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    style = attributes.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if attributes.get("role", "").lower() in _SKIPPED_ROLES:
        return True
    names = f"{attributes.get('class', '')} {attributes.get('id', '')}".lower()
    if _CHROME_WORDS.isdisjoint(names.replace("-", " ").replace("_", " ").split()):
        return False
    holds_content = any(inner.tag in ("main", "article", "h1") for inner in element.iter())
    return not holds_content and element.text_length() <= _WRAPPER_SHARE * total


def _visible(element: _Element, total: int) -> Iterator[_Element]:
    """The elements of ``element`` that are not chrome, in document order."""
    if _is_chrome(element, total):
        return
    yield element
    for child in element.children:
        if isinstance(child, _Element):
            yield from _visible(child, total)


def _paragraphs(content: _Element, total: int) -> Iterator[str]:
    pieces: list[str] = []

    def flush() -> Iterator[str]:
        text = " ".join("".join(pieces).split())
        pieces.clear()
        if text:
            yield text

    def walk(element: _Element) -> Iterator[str]:
        if _is_chrome(element, total):
            return
        block = element.tag in _BLOCK_TAGS
        if block:
            yield from flush()
        for child in element.children:
            if isinstance(child, str):
                pieces.append(child)
            else:
                yield from walk(child)
        if block:
            yield from flush()

    yield from walk(content)
    yield from flush()


def _page_title(root: _Element) -> str:
    for element in root.iter():
        if element.tag == "svg":
            break
        if element.tag == "title":
            return element.text()
    return ""


def _without_site_name(title: str) -> str:
    """``"Readout of the call | Prime Minister's Office"`` without its last part."""
    for separator in _SITE_NAME_SEPARATORS:
        head, found, _ = title.rpartition(separator)
        if found and head.strip():
            return head.strip()
    return title


class _TreeBuilder(HTMLParser):
    """Builds a tree of :class:`_Element`, repairing markup roughly as browsers do."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#document", {})
        self._open: list[_Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close_to("p", stop_at=("table", "td", "th", "li", "div", "article", "main"))
        elif tag == "li":
            self._close_to("li", stop_at=("ul", "ol", "menu"))
        element = _Element(tag, {name.lower(): value or "" for name, value in attrs})
        self._open[-1].children.append(element)
        if tag not in _VOID_TAGS:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return
        if tag in ("br", "p"):  # browsers read a stray </br> or </p> as an empty element
            self._open[-1].children.append(_Element(tag, {}))

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(data)

    def _close_to(self, tag: str, stop_at: tuple[str, ...]) -> None:
        """Close an open ``tag`` unless an element of ``stop_at`` encloses it first."""
        for depth in range(len(self._open) - 1, 0, -1):
            current = self._open[depth].tag
            if current == tag:
                del self._open[depth:]
                return
            if current in stop_at:
                return
