"""Cleaning rules: table-driven rows per rule, the example corpus, and properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import (
    HtmlArticle,
    clean_text,
    footer_rule,
    html_to_document_fields,
    line_rule,
    repair_text,
    split_title,
    strip_agency_suffix,
    strip_dateline,
)
from kg.model import Removal

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "venezuela-2019-06"

# --- line rules ------------------------------------------------------------------------

LINE_ROWS = [
    # (rule expected or None when kept, line)
    ("nav_phrase", "Accessibility links"),
    ("nav_phrase", "Skip to main content"),
    ("nav_phrase", "BREAKING NEWS"),
    ("nav_phrase", "Share"),
    ("nav_phrase", "Share on Twitter"),
    ("nav_phrase", "Print this article"),
    ("nav_phrase", "Comments"),
    ("nav_phrase", "12 comments"),
    ("nav_phrase", "XS"),
    ("nav_phrase", "xs sm md lg"),
    ("nav_phrase", "Advertisement"),
    ("nav_phrase", "  • Image"),
    ("image_size", "  • 16x9 Image"),
    ("image_size", "4:3"),
    ("image_size", "1200×630 photo"),
    ("caption_prefix", "Photo: Soldiers patrol the border at dawn"),
    ("caption_prefix", "Image: a tanker at the quay"),
    ("caption_prefix", "FILE PHOTO: The harbour of the capital"),
    ("caption_prefix", "(Photo by A. Photographer/Agency)"),
    ("caption_prefix", "Image source, Reuters"),
    ("caption_prefix", "Image caption,"),
    ("caption_prefix", "Media caption, The minister spoke on Monday"),
    ("markdown_image", "![A tanker](img/tanker.jpg)"),
    ("byline", "By Jane Doe"),
    ("byline", "By Jane Doe and John Q. Roe, Example Wire"),
    ("byline_caps", "BY JANE DOE"),
    ("credit", "Written by Jane Doe"),
    ("credit", "Compiled by the foreign desk"),
    ("dateline_only", "Harbourtown (XYZ) –"),
    ("dateline_only", "PORT CITY (Wire) -"),
    ("dateline_only", "OLDTOWN —"),
    ("reporting_credit", "With reporting by the Eastern Service"),
    ("reporting_credit", "Reporting by Jane Doe; Editing by John Roe"),
    ("reporting_credit", "Additional reporting by Ann Lee"),
    ("related", "Related:"),
    ("related", "Read more: Ministers meet again"),
    ("copyright", "© 2024 Example Media"),
    ("copyright", "Copyright 2019 Example Media Group."),
    # Kept: real sentences and headlines.
    (None, "He resigned."),
    (None, "By Wednesday, the ministers had agreed on a new round of talks."),
    (None, "Photographs showed tanks near the border."),
    (None, "The ministers will share the cost of the new harbour."),
    (None, "Norland Backs Sudria In Fishing Dispute"),
    (None, "Printing presses were seized, the union said."),
    (None, "Home Office officials declined to comment."),
    (None, "NATO - the alliance said it would respond."),
]


@pytest.mark.parametrize(("rule", "line"), LINE_ROWS)
def test_line_rule(rule: str | None, line: str) -> None:
    assert line_rule(line) == rule


FOOTER_ROWS = [
    ("click_here", "To find out more, click here."),
    ("subscribe", "Subscribe now to get unlimited access."),
    ("sign_up", "Sign up for our morning briefing newsletter."),
    ("newsletter", "Get our free daily newsletter in your inbox."),
    ("follow_us", "Follow us on social media for updates."),
    ("our_content", "You could face fines for sharing or saving our content."),
    ("cookies", "This site uses cookies to improve your experience."),
    ("terms_of_use", "By using this site you agree to the Terms of Use."),
    ("privacy_policy", "Read our Privacy Policy."),
    ("contact_us", "Please note the risks of contacting us."),
    ("rights_reserved", "Example Media 2024. All Rights Reserved."),
    (None, "The two countries agreed to share intelligence on smuggling routes."),
    (None, "The envoy said the country does not subscribe to that view."),
    (None, "Both governments are expected to sign up to the treaty next year."),
    (None, "The ministry followed up with a statement on Monday."),
]


@pytest.mark.parametrize(("rule", "paragraph"), FOOTER_ROWS)
def test_footer_rule(rule: str | None, paragraph: str) -> None:
    assert footer_rule(paragraph) == rule


DATELINE_ROWS = [
    (
        "HARBOURTOWN, March 3 (XYZ-WIRE) — Norland closed its port on Monday.",
        "Norland closed its port on Monday.",
    ),
    ("PORT CITY (Wire) - The talks failed.", "The talks failed."),
    ("OLDTOWN, Sudria, 4 May 2020 – Officials met.", "Officials met."),
    ("OLDTOWN — “We will not retreat,” he said.", "“We will not retreat,” he said."),
    ("Harbourtown (XYZ) – Norland closed its port.", "Norland closed its port."),
    # Kept: not datelines.
    (
        "NATO — the alliance — said it would respond.",
        "NATO — the alliance — said it would respond.",
    ),
    (
        "The minister (pictured) — a veteran — resigned.",
        "The minister (pictured) — a veteran — resigned.",
    ),
    ("Norland closed its port on Monday.", "Norland closed its port on Monday."),
]


@pytest.mark.parametrize(("line", "expected"), DATELINE_ROWS)
def test_strip_dateline(line: str, expected: str) -> None:
    assert strip_dateline(line) == expected


SUFFIX_ROWS = [
    (
        "He would be “ruthless” with the opposition. — XYZ-WIRE",
        "He would be “ruthless” with the opposition.",
    ),
    ("The talks ended on Friday. (Wire)", "The talks ended on Friday."),
    ('He said "no." - AGENCY', 'He said "no."'),
    # Kept.
    ("He thanked the alliance — NATO", "He thanked the alliance — NATO"),
    ("The talks ended on Friday.", "The talks ended on Friday."),
]


@pytest.mark.parametrize(("line", "expected"), SUFFIX_ROWS)
def test_strip_agency_suffix(line: str, expected: str) -> None:
    assert strip_agency_suffix(line) == expected


# --- clean_text as a whole ---------------------------------------------------------------

BODY = "The fisheries ministers met in Geneva on Tuesday to settle the fishing dispute."

CLEAN_ROWS = [
    # (id, input, expected output)
    ("short sentence kept", f"{BODY}\n\nHe resigned.", f"{BODY}\n\nHe resigned."),
    ("nav lines dropped", f"Share\n\nPrint\n\n{BODY}\n\nComments", BODY),
    ("widget block dropped", f"{BODY}\n\nXS\nSM\nMD\nLG", BODY),
    (
        "headline kept above body",
        f"Skip to main content\n\nNorland Backs Sudria\n\n{BODY}",
        f"Norland Backs Sudria\n\n{BODY}",
    ),
    ("short headline kept", f"Maduro Holds Power\n\n{BODY}", f"Maduro Holds Power\n\n{BODY}"),
    (
        "short nav line above a headline dropped",
        f"Latest\n\nNorland Backs Sudria In Dispute\n\n{BODY}",
        f"Norland Backs Sudria In Dispute\n\n{BODY}",
    ),
    (
        "duplicated caption dropped",
        f"Soldiers patrol the harbour at dawn, May 3, 2020\n"
        f"Soldiers patrol the harbour at dawn, May 3, 2020\n\n{BODY}",
        BODY,
    ),
    ("duplicated sentence kept once", f"{BODY}\n{BODY}", BODY),
    (
        "paragraph mentioning share kept",
        f"{BODY}\n\nThe two navies will share patrol duties, the ministry said.",
        f"{BODY}\n\nThe two navies will share patrol duties, the ministry said.",
    ),
    (
        "footer cut after reporting credit",
        f"{BODY}\n\n{BODY[:-1]} again.\n\nWith reporting by the Eastern Service\n\n"
        "Example Wire reports the news in 20 languages.\n\nMore text.",
        f"{BODY}\n\n{BODY[:-1]} again.",
    ),
    (
        "early credit line only dropped",
        f"Written by Jane Doe\n\n{BODY}\n\n{BODY[:-1]} too.",
        f"{BODY}\n\n{BODY[:-1]} too.",
    ),
    (
        "byline dropped",
        f"By Jane Doe and John Roe\n\n{BODY}",
        BODY,
    ),
    (
        "footer paragraph dropped",
        f"{BODY}\n\nTo find out more about our journalism, click here.\n\nHe resigned.",
        f"{BODY}\n\nHe resigned.",
    ),
    (
        "dateline prefix and agency suffix",
        f"OLDTOWN, June 3 (XYZ) — {BODY}\nHe resigned. — XYZ",
        f"{BODY}\nHe resigned.",
    ),
    (
        "dateline-only line under a headline",
        f"Ministers Meet In Geneva Over Fishing\n\nOldtown (XYZ) –\n\n{BODY}",
        f"Ministers Meet In Geneva Over Fishing\n\n{BODY}",
    ),
    (
        "line endings, trailing spaces, blank runs",
        f"{BODY}   \r\n\r\n\r\n\r\nHe resigned.\r",
        f"{BODY}\n\nHe resigned.",
    ),
    ("controls dropped", f"{BODY}\x00\x07", BODY),
    (
        "well-formed characters untouched",
        "“Quoted” — ﬁne… ｗｉｄｅ café ½ it’s done.",
        "“Quoted” — ﬁne… ｗｉｄｅ café ½ it’s done.",
    ),
    (
        "hard-wrapped paragraph kept whole",
        "More than 50 countries led by the United States\nhave backed the opposition\nleader",
        "More than 50 countries led by the United States\nhave backed the opposition\nleader",
    ),
    (
        "mojibake repaired",
        "The minister\u00e2\u20ac\u2122s aides met.",
        "The minister\u2019s aides met.",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [row[1:] for row in CLEAN_ROWS], ids=[row[0] for row in CLEAN_ROWS]
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


TITLE_ROWS = [
    ("Norland Backs Sudria\n\nBody text here.", ("Norland Backs Sudria", "Body text here.")),
    ("Norland Backs Sudria\nBody text here.", ("Norland Backs Sudria", "Body text here.")),
    ("# A Markdown Heading\n\nBody.", ("A Markdown Heading", "Body.")),
    ("He resigned.\n\nBody.", ("", "He resigned.\n\nBody.")),
    ("Only a headline", ("", "Only a headline")),
    (
        "Officials said that the talks in the capital would resume\nonly after the vote.",
        ("", "Officials said that the talks in the capital would resume\nonly after the vote."),
    ),
    (
        "As it happened, the ministers and their deputies and advisers from nine regional "
        "governments met late\n\nBody.",
        (
            "",
            "As it happened, the ministers and their deputies "
            "and advisers from nine regional governments met late\n\nBody.",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_ROWS)
def test_split_title(text: str, expected: tuple[str, str]) -> None:
    assert split_title(text) == expected


# --- the example corpus ------------------------------------------------------------------

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))
GONE = [
    "Accessibility links",
    "Breaking News",
    "16x9 Image",
    "XS",
    "MOSCOW, June 27",
    "Moscow (AFP)",
    "With reporting by",
    "NNN-AGENCIES",
    "click here",
    "our content",
    "undesirable organization",
    "uncensored news",
    "An airplane with the Russian flag",
]
KEPT = {
    "000-rferl.txt": [
        "Russia said it was rotating military technicians out of Venezuela",
        "Russia, meanwhile, is a major backer of Maduro.",
        "Russia has sold hundreds of millions of dollars of weaponry to Venezuela.",
        "More than 50 countries led by the United States have backed Guaido",
    ],
    "001-nnn-agencies.txt": [
        "Russia rotated military technicians out of crisis-hit Venezuela on Wednesday",
        "The two presidents will meet on the sidelines of the Group of 20 summit in Osaka.",
        "warned he would be “ruthless” with the opposition after his government said it "
        "had thwarted a plot to assassinate him.",
    ],
    "003-afp.txt": [
        'Russia is withdrawing its military "technicians" from crisis-stricken Venezuela',
        "Russia denied the report at the time.",
        "which Moscow denied.",
    ],
}
TITLES = {
    "000-rferl.txt": "Russia Says It's Rotating Military Technicians From Venezuela",
    "001-nnn-agencies.txt": "",
    "003-afp.txt": "Russia to withdraw military 'technicians' from Venezuela on Wednesday: embassy",
}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?”\"])\s+", text) if s]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_example_corpus(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    cleaned = clean_text(original)
    title, body = split_title(cleaned)
    assert title == TITLES[path.name]
    assert title not in body or not title
    for gone in GONE:
        assert gone not in cleaned, gone
    for line in cleaned.split("\n"):
        assert line in original, line
    for kept in KEPT[path.name]:
        assert kept in body, kept
    # Every real article sentence survives: the sentences of the original's article
    # part (from its first body line to its last sentence) all appear in the body.
    article_lines = [
        line.strip()
        for line in original.split("\n")
        if len(line.split()) > 15 or line.strip().endswith((".", "”", '"'))
    ]
    article_lines = [line for line in article_lines if not re.search(GONE_RE, line)]
    folded = " ".join(body.split())
    for line in article_lines:
        for sentence in _sentences(strip_dateline(line))[1:-1] or []:
            assert sentence in folded, sentence


GONE_RE = r"click here|our content|undesirable|uncensored|free press"


# --- HTML ---------------------------------------------------------------------------------


def test_html_to_document_fields() -> None:
    html = (
        "<html><head><title>Port Deal | Outlet</title>"
        '<meta property="og:url" content="https://n.example/p">'
        '<meta property="article:published_time" content="2021-03-04"></head><body>'
        "<article><h1>Port Deal Signed After Talks</h1>"
        "<p>OLDTOWN (XYZ) — The port authorities signed a harbour deal on Thursday after "
        "months of difficult negotiations over fees and berths &amp; cranes.</p>"
        "<p>Share</p>"
        "<p>The transport minister praised the agreement as a model for the region.</p>"
        "</article><footer>All rights reserved.</footer></body></html>"
    )
    article = html_to_document_fields(html, origin="p.html")
    assert article.title == "Port Deal Signed After Talks"  # the <h1>, not "<title> | Outlet"
    assert article.date == "2021-03-04"
    assert article.url == "https://n.example/p"
    assert article.text == (
        "The port authorities signed a harbour deal on Thursday after months of difficult "
        "negotiations over fees and berths & cranes.\n"
        "The transport minister praised the agreement as a model for the region."
    )
    assert article.removed == (
        Removal("p.html", "dateline", "OLDTOWN (XYZ) —"),
        Removal("p.html", "nav_phrase", "Share"),
    )
    # The main text before cleaning keeps the dateline for the document's date and place.
    assert "OLDTOWN (XYZ) — The port authorities" in article.main_text


def test_html_fragment_and_garbage() -> None:
    assert html_to_document_fields("<p>He resigned after the vote on Monday.</p>").text == (
        "He resigned after the vote on Monday."
    )
    assert html_to_document_fields("") == HtmlArticle("", "", "", "")
    garbage = html_to_document_fields("<<<>>>\x00")
    assert garbage.main_text.strip() == "<<<>>>"
    assert garbage == HtmlArticle(
        "", "", "", "", (Removal("", "no_words", "<<<>>>"),), garbage.main_text
    )


# --- properties ---------------------------------------------------------------------------

LINEY = st.lists(
    st.sampled_from(
        [
            *"abc XYZ.,—–-:()•\n\r\t\x00\x85\u2028é’“”…ﬁ©",
            "Share",
            "Image",
            "By ",
            "MOSCOW",
            "(AFP)",
            "Read more",
            "\n\n",
            "16x9 ",
            "Ã©",
            "â€™",
        ]
    ),
    max_size=120,
).map("".join)


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(max_size=300), LINEY))
def test_clean_text_lines_come_from_repaired_input(text: str) -> None:
    """Cleaning only drops and trims: each output line is inside the repaired input.

    The reference is ``repair_text(text)`` (line endings normalised, mojibake repaired,
    control characters dropped): those are the only character-level changes allowed.
    """
    repaired = repair_text(text).text
    cleaned = clean_text(text)
    assert cleaned == cleaned.strip()
    for line in cleaned.split("\n"):
        assert line in repaired
    title, _ = split_title(cleaned)
    assert title in repaired


@settings(deadline=None, max_examples=200)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=200)
)
def test_clean_text_of_well_formed_text_is_verbatim(text: str) -> None:
    """Without control characters or mojibake, every output line is in the raw input."""
    if repair_text(text).mojibake:
        return
    for line in clean_text(text).split("\n"):
        assert line in text


# --- line rule gates ---------------------------------------------------------------------

_GATE_PIECES = [
    "©",
    "(c) ",
    "(C)",
    "Copyright 2019",
    "COPYRIGHT ©",
    "copyright",
    "All Rights Reserved",
    "ALL RIGHTS RESERVED.",
    "all rights reſerved",
    "Home",
    " › ",
    " | ",
    "»",
    "•",
    "·",
    ">",
    "World",
    "Terms",
    "Privacy",
    " ",
    "Jane Roe said the talks failed.",
]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_GATE_PIECES) | st.text(max_size=6), max_size=8).map("".join))
def test_a_line_rule_gate_passes_every_line_its_pattern_matches(line: str) -> None:
    from kg.clean import _ALL_LINE_RULES, _LINE_GATES

    for rule in _ALL_LINE_RULES:
        gate = _LINE_GATES.get(rule.name)
        if gate is not None and rule.pattern.search(line):
            assert gate(line), (rule.name, line)


@pytest.mark.parametrize(
    "line",
    [
        "© 2019 Outlet Media",
        "(c) Outlet 2019",
        "Copyright 2019 Outlet",
        "Outlet. ALL RIGHTS RESERVED",
        "Home › World › Europe",
        "Terms | Privacy | Help",
    ],
)
def test_the_gated_rules_still_remove_their_lines(line: str) -> None:
    from kg.clean import _LINE_GATES

    rule = line_rule(line)
    assert rule in _LINE_GATES
