"""Readouts written for the tests in the styles of real issuers (none is a published text)."""

from __future__ import annotations

CN_CALL = """\
Xi Jinping Speaks with Brazilian President Luiz Inácio Lula da Silva on the Phone

On the evening of June 3, 2024, President Xi Jinping spoke with Brazilian President Luiz Inácio \
Lula da Silva on the phone at request.

Xi Jinping pointed out, China and Brazil are both major developing countries and important \
emerging economies. The two sides should deepen cooperation in trade, agriculture and clean \
energy. China is ready to work with Brazil to uphold multilateralism.

Luiz Inácio Lula da Silva said, Brazil values its comprehensive strategic partnership with China \
and looks forward to closer exchanges between the two peoples.

The two heads of state also exchanged views on the situation in Ukraine.
"""

US_CALL = """\
Readout of President Joe Biden's Call with Prime Minister Anthony Albanese of Australia

March 12, 2024

President Joseph R. Biden, Jr. spoke today with Prime Minister Anthony Albanese of Australia. \
The leaders discussed their shared commitment to a free and open Indo-Pacific. President Biden \
reaffirmed the strength of the alliance and welcomed progress on clean energy supply chains. \
Prime Minister Albanese thanked the President for his leadership on climate change.
"""

UK_CALL = """\
PM call with President Stubb of Finland: 5 February 2024

The Prime Minister spoke to President Alexander Stubb of Finland this afternoon.

The Prime Minister congratulated President Stubb on his election and said he looked forward to \
working closely together as NATO Allies.

The leaders agreed on the importance of continued military support for Ukraine.
"""

RU_CALL = """\
Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev

Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.

Kassym-Jomart Tokayev congratulated Vladimir Putin on his birthday. The presidents discussed \
energy cooperation and transport projects.

The conversation was initiated by the Kazakh side.
"""

IN_MEETING = """\
Prime Minister's meeting with the Chancellor of Germany

October 25, 2024

Prime Minister Narendra Modi met Chancellor Olaf Scholz in New Delhi today. Prime Minister Modi \
welcomed the Chancellor and stressed that the partnership between India and Germany rests on \
shared democratic values. Chancellor Scholz noted the growing trade between the two countries.
"""

SAMPLES = {
    "cn-call": CN_CALL,
    "us-call": US_CALL,
    "uk-call": UK_CALL,
    "ru-call": RU_CALL,
    "in-meeting": IN_MEETING,
}

ODD_TEXTS = (
    "",
    "   \n\n  ",
    "No readout here, only a sentence.",
    "Ελληνικά και 中文 😀 — mixed scripts\u2028with a line separator",
    "\ufeffA text that starts with a byte-order mark character.",
)

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Readout of the Prime Minister's call with Chancellor Scholz | Prime Minister's Office
  </title>
  <script>window.dataLayer = ["<p>not text</p>"];</script>
  <style>p { margin: 0 }</style>
</head>
<body class="page has-navbar">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header"><a href="/">Prime Minister's Office</a>
    <nav><ul><li><a href="/news">News</a><li><a href="/about">About</a></ul></nav>
  </header>
  <div class="breadcrumbs">Home &gt; News &gt; Readouts</div>
  <main id="main">
    <article>
      <header><h1>Readout of the Prime Minister&#8217;s call with Chancellor Scholz</h1>
        <time datetime="2024-02-05">5 February 2024</time></header>
      <p>The Prime Minister spoke to Chancellor Olaf Scholz of Germany this morning.
      <p>The Prime Minister <em>stressed</em> the importance of continued support for
         Ukraine&nbsp;and the two leaders agreed to stay in close contact.</p>
      <div class="share-buttons">Share on social media</div>
      <figure><img src="call.jpg" alt="">
        <figcaption>The Prime Minister on the call.</figcaption></figure>
    </article>
    <aside>Related news: other calls</aside>
  </main>
  <footer><p>© Crown copyright</p></footer>
</body>
</html>
"""
