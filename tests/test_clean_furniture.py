"""Furniture goes, reporting stays: tables of news sentences that contain furniture words.

Every sentence in `REPORTING` holds words the boilerplate rules look for ("privacy
policy", "sign up", "our website", "Copyright", "Photos by", ...) and must reach the
parser whole in every input form: a one-line JSONL record, a paragraph of a longer JSONL
record, the lead and the closing paragraph of a .txt page, and a paragraph of an HTML
article. `FURNITURE` blocks (navigation, share widgets, cookie banners, newsletter boxes,
copyright lines, related links) must still go, each named in the removal report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.clean import (
    BLOCK_RULE_NAMES,
    END_MARKER_RULES,
    FOOTER_RULES,
    LINE_RULES,
    RELATED_RULE,
    footer_rule,
    line_rule,
    reads_as_reporting,
    strip_boilerplate,
)
from kg.ingest import read_inputs
from tests.input_helpers import docs, problems, removals

HEADLINE = "Ministers Meet Over Fishing Rights"
LEAD = "The fisheries ministers of two coastal states met in Geneva on Tuesday to settle a dispute."
MIDDLE = "Officials said the talks would continue next month in the northern port city."
CLOSING = "Neither side gave details of the proposals put forward during the session."

# --- sentences that must stay --------------------------------------------------------------

#: News sentences with a footer phrase in them (each matches a `FOOTER_RULES` pattern).
FOOTER_WORD_NEWS = [
    "The company said on Monday it would rewrite its privacy policy after regulators in "
    "Brussels opened an inquiry.",
    "Regulators accused the social network of burying its privacy policy behind a dozen menus.",
    "A court in Oslo ruled that the app's privacy statement misled users about tracking.",
    "Investigators said the hackers had copied the privacy notice of a real bank.",
    "Customers can sign up for alerts on the carrier's web site, a spokeswoman said.",
    "The minister urged citizens to sign up for the new emergency alerts by Friday.",
    "Opposition leaders urged voters to sign up now for postal ballots before the deadline.",
    "The health ministry said a fake message urging people to sign up for free vaccines had "
    "reached thousands of phones.",
    "The court ruled that the platform's terms of use did not allow it to sell user data.",
    "Lawyers for the union argued that the terms and conditions had never been shown to "
    "the drivers.",
    "Terms of service published by the ministry ban the sharing of images of military sites.",
    '"Hackers took over our website for six hours," the broadcaster\'s director told reporters.',
    "Our website was defaced overnight, the editor of the regional daily said on Wednesday.",
    "The agency said it would move our content to servers abroad, its chief told lawmakers.",
    "The regulator fined the airline for making customers accept cookies before they could "
    "see prices.",
    "The commission said the retailer's website uses cookies to track visitors without consent.",
    "The publisher sued the archive, arguing that the words all rights reserved on each page "
    "barred copying.",
    "The central bank said the new notes carry the line all rights reserved in tiny print.",
    "The ministry blocked a video in which the opposition leader urged viewers to subscribe "
    "to the channel.",
    "The senator said the company's free newsletter had spread false claims about the vote.",
    "Thousands signed a petition after the paper said it would close its weekly newsletter "
    "on fisheries.",
    'Protesters chanted "Follow us to the palace" as they marched through the capital on Friday.',
    "The embassy asked citizens abroad to contact us by phone, the foreign ministry said, "
    "quoting its own notice.",
    "Police said people who had seen the van should contact us or any station, the regional "
    "force said.",
    '"Click here to claim your refund," read the fake message that police said reached '
    "40,000 phones.",
    "The rebels said in a statement that anyone who wished to follow us would be welcome.",
]

#: News sentences that start like a furniture line (a line-rule pattern matches them).
LINE_WORD_NEWS = [
    "Copyright 2019 was the year the publishers sued, their lawyers told the court.",
    "Copyright © symbols were removed from the leaked files, the investigators said.",
    "Reporting by state media suggested the talks had collapsed, but the ministry denied it.",
    "Editing by the censors removed every mention of the protests, the former editor said.",
    "Writing by hand, the prisoners sent a letter to the president asking for a retrial.",
    "Photos by a local journalist showed soldiers firing at the crowd, the rights group said.",
    "Video by a bystander showed police beating a protester, the family's lawyer said.",
    "Written by the foreign ministry, the memo accused the envoy of leaking secrets.",
    "Edited by hand, the ballots were thrown out by the election commission on Friday.",
    "Compiled by United Nations investigators, the report accuses both armies of war crimes.",
]

REPORTING = FOOTER_WORD_NEWS + LINE_WORD_NEWS


def _page(top: list[str], bottom: list[str], headline: str = HEADLINE) -> str:
    return "\n\n".join([*top, headline, LEAD, MIDDLE, CLOSING, *bottom]) + "\n"


def test_the_rows_contain_furniture_words() -> None:
    """A row that no rule pattern matches would test nothing."""
    for sentence in FOOTER_WORD_NEWS:
        assert any(rule.pattern.search(sentence) for rule in FOOTER_RULES), sentence
    for sentence in LINE_WORD_NEWS:
        patterns = (*LINE_RULES, *END_MARKER_RULES, RELATED_RULE)
        assert any(rule.pattern.search(sentence) for rule in patterns), sentence


@pytest.mark.parametrize("sentence", REPORTING)
def test_reporting_reads_as_reporting(sentence: str) -> None:
    assert reads_as_reporting(sentence)
    assert line_rule(sentence) is None
    assert footer_rule(sentence) is None


def test_one_line_jsonl_records_stay_whole(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [{"id": f"r{n}", "text": sentence} for n, sentence in enumerate(REPORTING)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = list(read_inputs([path]))
    assert problems(out) == []
    assert removals(out) == []
    assert [d.text for d in docs(out)] == REPORTING


@pytest.mark.parametrize("sentence", REPORTING)
def test_paragraph_of_a_jsonl_record_stays(tmp_path: Path, sentence: str) -> None:
    path = tmp_path / "feed.jsonl"
    text = f"{LEAD}\n{sentence}\n{MIDDLE}\n{CLOSING}"
    path.write_text(json.dumps({"title": HEADLINE, "text": text}) + "\n", encoding="utf-8")
    out = list(read_inputs([path]))
    assert removals(out) == []
    assert [d.text for d in docs(out)] == [text]


@pytest.mark.parametrize("sentence", REPORTING)
@pytest.mark.parametrize("place", ["lead", "closing"])
def test_lead_and_closing_paragraph_of_a_page_stay(
    tmp_path: Path, sentence: str, place: str
) -> None:
    body = [sentence, LEAD, MIDDLE, CLOSING] if place == "lead" else [LEAD, MIDDLE, sentence]
    page = "\n\n".join(["Skip to main content", "Share", HEADLINE, *body, "Comments", "XS\nSM"])
    path = tmp_path / "page.txt"
    path.write_text(page + "\n", encoding="utf-8")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.title == HEADLINE
    assert doc.text == "\n\n".join(body)
    assert [r.text for r in removals(out)] == [
        "Skip to main content",
        "Share",
        "Comments",
        "XS\nSM",
    ]


@pytest.mark.parametrize("sentence", REPORTING)
def test_paragraph_of_an_html_article_stays(tmp_path: Path, sentence: str) -> None:
    paragraphs = [LEAD, sentence, MIDDLE, CLOSING]
    page = (
        "<html><head><title>Talks | Example News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        f"<h1>{HEADLINE}</h1>"
        + "".join(f"<p>{p.replace('&', '&amp;')}</p>" for p in paragraphs)
        + "</article><footer><p>All rights reserved.</p></footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.text == "\n".join(paragraphs)
    assert removals(out) == []


#: Headlines with furniture words: the title, not furniture.
HEADLINES = [
    "Regulators Order Social Network To Rewrite Privacy Policy",
    "Court Strikes Down App's Terms Of Use",
    "Ministry urges citizens to sign up for flood alerts",
    "Broadcaster says hackers took over our website",
    "Copyright Row Over National Anthem Reaches Supreme Court",
    "Follow Us Into Exile, Rebel Leader Tells Villagers",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_with_furniture_words_is_the_title(tmp_path: Path, headline: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_page(["Follow us on social media", "Share"], [], headline), "utf-8")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.title == headline
    assert doc.text == "\n\n".join([LEAD, MIDDLE, CLOSING])
    assert [r.text for r in removals(out)] == ["Follow us on social media", "Share"]


# --- furniture that must go -------------------------------------------------------------

#: (what, block, rule expected in the removal report)
FURNITURE = [
    ("navigation list", "Home\nWorld\nPolitics\nBusiness", "nav_phrase short_lines"),
    ("section links", "World\nPolitics\nBusiness\nSport", "short_lines"),
    ("breadcrumb", "Home › World › Europe", "link_row"),
    ("share widget", "Share this article\nShare on Facebook\nShare on X\nEmail", "nav_phrase"),
    ("share buttons", "Facebook\nTwitter\nWhatsApp", "short_lines"),
    (
        "cookie banner",
        "We use cookies to give you the best experience on our site. By continuing to browse "
        "you agree to our cookie policy.",
        "cookies",
    ),
    ("cookie buttons", "Accept all\nReject all\nManage preferences", "nav_phrase"),
    (
        "newsletter box",
        "Sign up for our daily briefing newsletter and get the top stories in your inbox.",
        "sign_up",
    ),
    ("newsletter prompt", "Get our free morning newsletter every weekday.", "newsletter"),
    ("social prompt", "Follow us on social media for the latest updates.", "follow_us"),
    ("call to action", "To find out more about our reporting, click here.", "click_here"),
    ("legal links", "Contact us | Terms of use | Privacy policy | Cookie settings", "link_row"),
    ("support blurb", "Independent journalism needs you. Support our journalism today.", None),
    ("tags", "Tags: fishing, trade, coastal states", "tags"),
    ("date stamp", "Published 27 June 2019, 14:32 BST", "date_stamp"),
    ("separator", "* * *", "no_words"),
    ("byline", "By Jane Roe and John Doe, Example News", "byline"),
]

#: The bottom of a page: a related-links block, a copyright line, outlet blurbs.
RELATED = "Related:\nPort strike enters its third week\nMinisters clash over fishing quotas"
TRAILING = "Most read\nFloods Hit Coastal Towns\nElection Date Set For Spring"
COPYRIGHT = "© 2024 Example Media Group. All rights reserved."
BLURB = "Example Media journalists report the news in 20 languages. We are funded by readers."


@pytest.mark.parametrize(
    ("block", "rule"), [row[1:] for row in FURNITURE], ids=[row[0] for row in FURNITURE]
)
@pytest.mark.parametrize("place", ["top", "bottom"])
def test_furniture_goes_from_a_page(
    tmp_path: Path, block: str, rule: str | None, place: str
) -> None:
    path = tmp_path / "page.txt"
    page = _page([block], []) if place == "top" else _page([], [block])
    path.write_text(page, encoding="utf-8")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.text == "\n\n".join([LEAD, MIDDLE, CLOSING])
    assert "\n".join(r.text for r in removals(out)) == block
    if rule is not None:
        assert {r.rule for r in removals(out)} == set(rule.split())


def test_support_blurb_goes_by_its_voice() -> None:
    # "you" and "our", no verb of reporting: an outlet's appeal, not news.
    assert not reads_as_reporting("Independent journalism needs you. Support our journalism today.")


def test_page_footer_goes_after_a_closing_credit(tmp_path: Path) -> None:
    """After a wire credit near the end, the outlet's footer goes even where it reads like
    news (the outlet describing itself)."""
    path = tmp_path / "page.txt"
    credit = "With reporting by the Eastern Service"
    path.write_text(
        _page([], [credit, "• 16x9 Image", BLURB, "To find out more, click here.", "XS\nSM"]),
        encoding="utf-8",
    )
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.text == "\n\n".join([LEAD, MIDDLE, CLOSING])
    assert [(r.rule, r.text) for r in removals(out)] == [
        ("reporting_credit", credit),
        ("image_size", "• 16x9 Image"),
        ("after_end_marker", BLURB),
        ("after_end_marker", "To find out more, click here."),
        ("nav_phrase", "XS\nSM"),
    ]


def test_related_links_copyright_and_trailing_lists_go(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_page([], [RELATED, TRAILING, COPYRIGHT]), encoding="utf-8")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.text == "\n\n".join([LEAD, MIDDLE, CLOSING])
    assert [(r.rule, r.text) for r in removals(out)] == [
        ("related", "Related:"),
        ("related", "Port strike enters its third week\nMinisters clash over fishing quotas"),
        ("nav_phrase", "Most read"),
        ("trailing_links", "Floods Hit Coastal Towns\nElection Date Set For Spring"),
        ("copyright", COPYRIGHT),
    ]


def test_related_heading_mid_article_takes_only_its_links(tmp_path: Path) -> None:
    """A "Read more:" link inside an article is not its end: the reporting after it stays."""
    path = tmp_path / "page.txt"
    read_more = "Read more: Ministers clash over fishing quotas"
    path.write_text(_page([], [read_more, "Talks resumed on Wednesday, a spokesman said."]))
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.text.endswith(f"{CLOSING}\n\nTalks resumed on Wednesday, a spokesman said.")
    assert [(r.rule, r.text) for r in removals(out)] == [("related", read_more)]


def test_copyright_credit_inside_an_article_does_not_cut_it(tmp_path: Path) -> None:
    """A photo credit with a copyright sign in the second half is not the end marker."""
    path = tmp_path / "page.txt"
    credit = "Fishing boats in the harbour. © Example Agency"
    later = ["The next round of talks is due in May, the ministry said.", CLOSING + " Again."]
    path.write_text("\n\n".join([HEADLINE, LEAD, MIDDLE, CLOSING, credit, *later]) + "\n")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.text == "\n\n".join([LEAD, MIDDLE, CLOSING, *later])
    assert [(r.rule, r.text) for r in removals(out)] == [("copyright", credit)]


def test_html_furniture_inside_the_article_goes(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Talks | Example News</title></head><body>"
        "<div class='cookies'>We use cookies to improve your experience. "
        "<button>Accept all</button></div><article>"
        f"<h1>{HEADLINE}</h1><p>Share</p><p>{LEAD}</p>"
        "<p>Sign up for our daily briefing newsletter and get the top stories in your inbox.</p>"
        f"<p>{MIDDLE}</p><p>Photo: Fishing boats in the harbour at dawn</p><p>{CLOSING}</p>"
        f"<p>{COPYRIGHT}</p></article></body></html>"
    )
    path = tmp_path / "talks.html"
    path.write_text(page, encoding="utf-8")
    out = list(read_inputs([path]))
    (doc,) = docs(out)
    assert doc.title == HEADLINE
    assert doc.text == "\n".join([LEAD, MIDDLE, CLOSING])
    assert [r.rule for r in removals(out)] == [
        "nav_phrase",
        "sign_up",
        "caption_prefix",
        "copyright",
    ]


# --- forms: which rules apply where --------------------------------------------------------


def test_main_text_keeps_short_lines_a_page_drops() -> None:
    text = f"{LEAD}\n\nThe background\n\n{MIDDLE}\n\nWhat comes next\n\n{CLOSING}"
    page = strip_boilerplate(text, form="page")
    main = strip_boilerplate(text, form="main")
    assert [r.rule for r in page.removed] == ["short_lines", "short_lines"]
    assert main.text == text
    assert main.removed == ()


def test_a_one_paragraph_text_is_never_removed_by_a_paragraph_rule() -> None:
    for text in ("NEW PORT, Norland (Wire)", "Harbour City, Sudria;", "Sign up for alerts now."):
        for form in ("page", "main"):
            assert strip_boilerplate(text, form=form).text == text


def test_removals_name_their_origin_and_known_rules() -> None:
    page = _page(["Share", "Home › World › Europe"], [RELATED, TRAILING, COPYRIGHT])
    cleaned = strip_boilerplate(page, origin="news/a.txt")
    known = {
        *(rule.name for rule in (*LINE_RULES, *END_MARKER_RULES, *FOOTER_RULES, RELATED_RULE)),
        *BLOCK_RULE_NAMES,
    }
    assert cleaned.removed
    for removal in cleaned.removed:
        assert removal.origin == "news/a.txt"
        assert removal.rule in known
        assert removal.text in page


def test_loss_of_more_than_a_third_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "thin.txt"
    nav = "\n\n".join(["Home › World › Europe › Fisheries › Talks"] * 6)
    path.write_text(f"{nav}\n\n{LEAD}\n", encoding="utf-8")
    out = list(read_inputs([path]))
    assert problems(out) == [
        f"{path}: 72% of its text removed as page furniture (6 blocks)"
        " (kept the rest; see what went with --removed FILE)"
    ]
    assert [d.text for d in docs(out)] == [LEAD]


# --- reads_as_reporting, row by row -----------------------------------------------------

READS_ROWS = [
    (True, "The minister resigned on Monday."),
    (True, "Russia denied the report."),
    (True, "He said the plan had failed."),
    (True, "Facebook plans to change the rules."),
    (True, "The company says the rules will change."),
    (True, "More than 50 countries led by the regional bloc have backed the deal"),
    (True, '"You will pay for this," the general told the rebel commander.'),
    (True, '"We will not retreat," the minister said.'),
    (False, "He resigned."),
    (False, "Floods Hit Coastal Towns As Rivers Burst Their Banks"),
    (False, "Port strike enters its third week"),
    (False, "Sign up for our newsletter."),
    (False, "By continuing to browse the site, the data is stored."),
    (False, "Please read the rules before you comment."),
    (False, "We use cookies to personalise content and ads."),
    (False, "Our journalists work in 20 countries."),
    (False, "This site uses cookies."),
    (False, "You can unsubscribe at any time."),
    (False, "Example Media Group 2024."),
    (False, "Home | World | Business | Sport"),
]


@pytest.mark.parametrize(("expected", "text"), READS_ROWS)
def test_reads_as_reporting(expected: bool, text: str) -> None:
    assert reads_as_reporting(text) is expected
