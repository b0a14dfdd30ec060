"""Tests of readoutmodel.html: a scraped page reduced to the readout's text."""

from __future__ import annotations

import pytest

import readoutmodel
from readoutmodel.html import html_to_text
from sample_readouts import HTML_PAGE


class TestPage:
    def test_headline_and_paragraphs_kept(self) -> None:
        """A page gives its headline, dateline and paragraphs, separated by blank lines."""
        text = html_to_text(HTML_PAGE)
        assert text.split("\n\n") == [
            "Readout of the Prime Minister’s call with Chancellor Scholz",
            "5 February 2024",
            "The Prime Minister spoke to Chancellor Olaf Scholz of Germany this morning.",
            "The Prime Minister stressed the importance of continued support for Ukraine and the"
            " two leaders agreed to stay in close contact.",
        ]

    @pytest.mark.parametrize(
        "chrome",
        [
            "window.dataLayer",
            "margin",
            "Skip to main content",
            "News",
            "Home",
            "Share on",
            "on the call",
            "Related news",
            "Crown copyright",
        ],
    )
    def test_chrome_removed(self, chrome: str) -> None:
        """Scripts, styles, navigation, breadcrumbs, sharing, captions, asides and footers go."""
        assert chrome not in html_to_text(HTML_PAGE)

    def test_parsed_page(self) -> None:
        """The extracted text parses into a readout naming the Chancellor."""
        readout = readoutmodel.parse(html_to_text(HTML_PAGE))
        assert "Olaf Scholz" in [p.name for p in readout.participants]
        assert readout.title is not None
        assert "Scholz" in readout.title


class TestStructure:
    def test_plain_paragraphs_without_a_page(self) -> None:
        """A fragment without html or body still gives its paragraphs."""
        assert html_to_text("<p>One.</p><p>Two.</p>") == "One.\n\nTwo."

    def test_unclosed_paragraphs(self) -> None:
        """Paragraphs left open are closed by the next, as browsers do."""
        assert html_to_text("<div><p>One.<p>Two.<p>Three.</div>") == "One.\n\nTwo.\n\nThree."

    def test_line_breaks_split_paragraphs(self) -> None:
        """A <br> ends a paragraph, so text laid out with breaks keeps its lines apart."""
        assert html_to_text("<p>First line<br>second line<br/>third</p>") == (
            "First line\n\nsecond line\n\nthird"
        )

    def test_inline_markup_joins_without_spaces(self) -> None:
        """Inline elements do not add or remove spaces inside words and sentences."""
        html = "<p>The <b>U</b>S and <a href='#'>China</a> <em>agreed</em>.</p>"
        assert html_to_text(html) == "The US and China agreed."

    def test_whitespace_collapsed_and_entities_decoded(self) -> None:
        """Runs of whitespace become one space and character references are decoded."""
        html = "<p>  Xi&nbsp;Jinping\n   met   Emmanuel Macron &amp; aides &#8212; today.  </p>"
        assert html_to_text(html) == "Xi Jinping met Emmanuel Macron & aides — today."

    def test_table_layout(self) -> None:
        """Old table-laid pages keep the paragraphs inside their cells."""
        html = "<table><tr><td><p>One.</p><p>Two.</p></td><td>Side</td></tr></table>"
        assert html_to_text(html) == "One.\n\nTwo.\n\nSide"

    def test_stray_end_tags(self) -> None:
        """End tags without a start are ignored and the text survives."""
        assert html_to_text("</div></span><p>Text.</p></section>") == "Text."

    def test_empty_page(self) -> None:
        """A page with no text gives the empty string."""
        assert html_to_text("<html><head><script>x()</script></head><body></body></html>") == ""


class TestContent:
    def test_main_preferred(self) -> None:
        """Where a page has <main>, text outside it is dropped."""
        html = "<body><div>Site banner text</div><main><h1>Title</h1><p>Body.</p></main></body>"
        assert html_to_text(html) == "Title\n\nBody."

    def test_largest_article(self) -> None:
        """Without <main>, the article with the most text is the content."""
        html = (
            "<article><p>Teaser.</p></article>"
            "<article><h1>Readout</h1><p>The leaders spoke at length today.</p></article>"
        )
        assert html_to_text(html) == "Readout\n\nThe leaders spoke at length today."

    def test_headline_outside_content_is_kept(self) -> None:
        """An <h1> placed before <main> still heads the text."""
        html = "<h1>Readout of the call</h1><main><p>The leaders spoke.</p></main>"
        assert html_to_text(html) == "Readout of the call\n\nThe leaders spoke."

    @pytest.mark.parametrize(
        ("title", "headline"),
        [
            (
                "Xi Holds Talks with Macron - Ministry of Foreign Affairs",
                "Xi Holds Talks with Macron",
            ),
            ("Readout of the call | The White House", "Readout of the call"),
            ("Readout of the call", "Readout of the call"),
        ],
    )
    def test_title_without_site_name(self, title: str, headline: str) -> None:
        """With no <h1>, the page title heads the text without the site's name."""
        html = f"<html><head><title>{title}</title></head><body><p>Body.</p></body></html>"
        assert html_to_text(html) == f"{headline}\n\nBody."

    def test_article_header_with_headline_kept(self) -> None:
        """A header holding the <h1> is the article's own, not site chrome."""
        html = "<header>Site</header><article><header><h1>Head</h1></header><p>Body.</p></article>"
        assert html_to_text(html) == "Head\n\nBody."

    @pytest.mark.parametrize(
        "attributes",
        [
            'hidden=""',
            'aria-hidden="true"',
            'style="display: none"',
            'role="navigation"',
            'class="cookie-banner"',
            'id="sidebar"',
            'class="social_links"',
        ],
    )
    def test_hidden_and_chrome_elements(self, attributes: str) -> None:
        """Hidden elements and those whose role, class or id marks them as furniture go."""
        kept = "The two leaders spoke by telephone about trade and security."
        html = f"<p>{kept}</p><div {attributes}><p>Dropped.</p></div>"
        assert html_to_text(html) == kept

    def test_wrapper_with_chrome_like_class_is_kept(self) -> None:
        """A wrapper holding most of the page is kept even if its class mentions a sidebar."""
        html = "<div class='layout with-sidebar'><p>The whole readout is in here.</p></div>"
        assert html_to_text(html) == "The whole readout is in here."
