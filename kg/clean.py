"""Text repair and page-boilerplate removal that cannot eat reporting.

Evidence sentences are later checked to appear character for character (whitespace
folded) in the input, so cleaning never rewrites a well-formed character: it only
repairs real mojibake, normalises line endings, drops control characters, trims lines,
drops whole lines or paragraphs, and cuts a dateline prefix or an agency signature
suffix off a paragraph. Every line of the result is therefore a substring of a line of
the repaired input (`repair_text`).

Page furniture is recognised by its shape and its place, never by a phrase alone:

- **Line rules** (`LINE_RULES`, `END_MARKER_RULES`) match a whole line of a known
  furniture shape: widget words ("Share", "XS SM MD LG"), image tokens and captions,
  bylines and credits, date stamps, rows of links, "Related:" headings, copyright lines.
- **Block rules** look at a paragraph: a paragraph of short lines is a widget; a short
  paragraph with a footer phrase ("privacy policy", "sign up", "click here", ...) is an
  outlet blurb; the links listed under a "Related:" heading go with it; at the bottom of a
  page, verbless link and headline lists below the last reporting paragraph go.
- **The end cut-off**: a closing credit or copyright line in the second half of the text
  starts the outlet's footer; it and everything after it go.

Nothing that reads as reporting (`reads_as_reporting`) is removed by a line rule, a
footer phrase or an end marker, whatever words it contains: the evidence for reporting
is looked for outside the matched furniture words. Which rules run depends on the form
of the text (`TextForm`): a saved page gets all of them; text that is already the main
text of an article (a JSON record's text field, trafilatura's extraction of an HTML page)
gets no short-line or page-edge rule, and a text of one paragraph is never removed by a
paragraph rule. Every removal is returned as a `Removal` with the rule's name, so the user
can audit the cleaning (``kg build --removed FILE``).

The rules are data: named, compiled patterns and word lists, written from general page
structure and English grammar, never from outlet or actor names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import ftfy
from ftfy.badness import is_bad

from kg.dates import DATE_STAMP, dateline_length
from kg.errors import DependencyError
from kg.model import Removal

__all__ = [
    "BLOCK_RULE_NAMES",
    "END_MARKER_RULES",
    "FOOTER_RULES",
    "LINE_RULES",
    "RELATED_RULE",
    "Cleaned",
    "HtmlArticle",
    "Repair",
    "Rule",
    "TextForm",
    "clean_text",
    "footer_rule",
    "html_to_document_fields",
    "line_rule",
    "reads_as_reporting",
    "removed_share",
    "repair_text",
    "split_title",
    "strip_agency_suffix",
    "strip_boilerplate",
    "strip_dateline",
]

#: ``page``: a whole saved page (a .txt/.md file, standard input), furniture and all.
#: ``main``: text already chosen as an article's main text (a JSON record's text field,
#: trafilatura's extraction of an HTML page).
TextForm = Literal["page", "main"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named boilerplate pattern.

    Attributes:
        name: Short identifier, shown in the removal report ("byline").
        pattern: Compiled pattern; ``search`` is used, so anchor it when needed.
        why: One line on what page element it targets.
    """

    name: str
    pattern: re.Pattern[str]
    why: str


def _rule(name: str, pattern: str, why: str, flags: int = re.IGNORECASE) -> Rule:
    return Rule(name, re.compile(pattern, flags), why)


# Optional list bullet in front of a widget line ("  • 16x9 Image").
_BULLET = r"(?:[•·▪►▶*–-]\s*)?"

# One item of a row of links: up to four words without a separator in them.
_LINK_ITEM = r"\s*(?:[^\s|›»•·>]+\s+){0,3}[^\s|›»•·>]+\s*"

#: Lines dropped wherever they occur, unless they read as reporting. Only lines up to
#: `_MAX_RULE_LINE` characters are tested: furniture lines are short, and it bounds
#: regex work on hostile input.
LINE_RULES: tuple[Rule, ...] = (
    _rule(
        "nav_phrase",
        "^" + _BULLET + r"(?:accessibility links|skip to (?:main |the )?(?:content|navigation|"
        r"main|search|footer)|breaking news|advertisement|sponsored(?: content)?|"
        r"share(?: this)?(?: (?:article|story|page|on \w+|via \w+))?|"
        r"print(?: this)?(?: (?:article|story|page))?|e-?mail(?: this)?(?: (?:article|story))?|"
        r"comments?|\d+ comments?|menu|search|home|sign in|log ?in|log ?out|close|next|"
        r"previous|back to top|top stories|most (?:read|popular|viewed)|more stories|"
        r"watch live|listen(?: to (?:this )?article)?|loading\W*|cookie settings|"
        r"accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|settings)|"
        r"image|photo|video|graphic|gallery|(?:xs|sm|md|lg|xl)(?:\s+(?:xs|sm|md|lg|xl))*)"
        r"\s*:?\s*$",
        "navigation, sharing, cookie and layout widgets named by generic web UI words",
    ),
    _rule(
        "image_size",
        "^" + _BULLET + r"\d{1,4}\s*[x×:]\s*\d{1,4}(?:\s+(?:image|photo|video|picture))?\s*$",
        "image aspect-ratio tokens ('16x9 Image', '4:3')",
    ),
    _rule(
        "caption_prefix",
        r"^(?:(?:photo|image|picture|video|graphic|media)s?\s*"
        r"(?::|by\b|credits?\b|source\b|caption\b)|file\s+photo\b|"
        r"\(\s*(?:photo|image|picture)s?\b[^()]*\)\s*$)",
        "photo captions and credits ('Photo: ...', 'Image source, ...', 'File photo')",
    ),
    _rule(
        "markdown_image",
        r"^!\[[^\]]*\]\([^()\s]*\)\s*$",
        "markdown image embeds",
    ),
    _rule(
        "byline",
        # Names are capitalised words joined by and/&/commas; a sentence starting "By"
        # has lowercase words ("By Wednesday, Russia had ...") so it does not match.
        r"^[Bb]y\s+[A-Z][\w.'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w.'’-]*){0,7}"
        r"(?:\s*[|,/–—-]\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?\s*$",
        "bylines ('By Jane Doe and John Roe, Outlet')",
        flags=0,
    ),
    _rule(
        "byline_caps",
        r"^BY\s+[A-Z][A-Z.'’-]*(?:(?:,\s*|\s+(?:AND|&)\s+|\s+)[A-Z][A-Z.'’-]*){0,7}\s*$",
        "upper-case bylines ('BY JANE DOE')",
        flags=0,
    ),
    _rule(
        "credit",
        r"^(?:written|compiled|produced|edited|translated|photographs?|graphics?)\s+by\s",
        "credit lines that are not at the end of the article ('Written by ...')",
    ),
    _rule(
        "dateline_only",
        # Place (ALL-CAPS, or any capitalised name with an agency) + dash alone on a line.
        r"^(?:[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3}\s*(?:\([^()\n]{1,30}\))?|"
        r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s*\([A-Z][\w&./-]{1,20}\))\s*[—–-]{1,2}\s*$",
        "dateline-only lines ('Moscow (Agency) –', 'WASHINGTON —')",
        flags=0,
    ),
    _rule(
        "date_stamp",
        r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)\s*(?:on\s*)?:?\s*)?"
        + DATE_STAMP
        + r"\s*$",
        "publication date and time stamps alone on a line ('June 27, 2019', 'Updated: ...')",
    ),
    _rule(
        "link_row",
        r"^" + _LINK_ITEM + r"(?:[|›»•·>]" + _LINK_ITEM + r"){2,}$",
        "breadcrumbs and footer link rows ('Home › World › Europe', 'Terms | Privacy | Help')",
    ),
    _rule(
        "no_words",
        r"^[\W_]+$",
        "lines without a letter or digit (separators like '* * *', leftover markup)",
    ),
    _rule(
        "tags",
        r"^(?:tags?|topics?|filed under|categories)\s*:",
        "tag and topic lists",
    ),
)

#: A match that is furniture-shaped and sits in the second half of the text starts the
#: outlet footer: the line and everything after it are dropped (`after_end_marker`).
#: Earlier in the text only the line goes.
END_MARKER_RULES: tuple[Rule, ...] = (
    _rule(
        "reporting_credit",
        r"^(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing)\s+by\s",
        "wire credits that close an article ('Reporting by ...; Editing by ...')",
    ),
    _rule(
        "copyright",
        r"©|^\(c\)\s|^copyright\s*(?:©|\(c\)|\d{4}\b)|all rights reserved",
        "copyright notices",
    ),
)

#: A "Related:" heading: the line goes, and so do the link-shaped paragraphs under it.
RELATED_RULE = _rule(
    "related",
    r"^(?:related(?:\s+(?:stories|articles|content|coverage|topics|news))?|read more|"
    r"more on this(?: story| topic)?|see also|recommended)\s*(?::|$)",
    "related-links headings and the links listed under them",
)

#: A short paragraph that matches one of these and does not read as reporting is an
#: outlet blurb or legal notice and is dropped.
FOOTER_RULES: tuple[Rule, ...] = (
    _rule("click_here", r"\bclick here\b", "calls to action"),
    _rule(
        "subscribe",
        r"\bsubscribe\s+(?:now|today|here|for\b|to\s+(?:our|the)\s+(?:\w+\s+)?"
        r"(?:newsletter|channel|podcast|feed|alerts))|^subscribe\b",
        "subscription prompts",
    ),
    _rule(
        "sign_up",
        r"\bsign[ -]?up\b(?=.{0,40}\b(?:newsletter|e-?mails?|alerts?|updates|free|now|"
        r"here|today|account)\b)",
        "sign-up prompts",
    ),
    _rule(
        "newsletter",
        r"\b(?:our|free|daily|weekly|morning|evening)\s+(?:\w+\s+)?newsletters?\b|"
        r"\bnewsletters?\b.{0,40}\b(?:sign|subscribe|inbox)",
        "newsletter promotions",
    ),
    _rule(
        "cookies",
        r"\bcookies?\s+(?:policy|settings|preferences|notice)\b|"
        r"\b(?:use|uses|accept|enable)\s+cookies\b",
        "cookie notices",
    ),
    _rule("follow_us", r"\bfollow us\b", "social-media prompts"),
    _rule("our_content", r"\bour (?:content|website|site|journalism|app)\b", "outlet blurbs"),
    _rule("terms_of_use", r"\bterms (?:of (?:use|service)|and conditions)\b", "legal notices"),
    _rule("privacy_policy", r"\bprivacy (?:policy|notice|statement)\b", "legal notices"),
    _rule("contact_us", r"\bcontact(?:ing)? us\b", "outlet blurbs"),
    _rule("rights_reserved", r"\ball rights reserved\b", "copyright notices"),
)

#: Names of the rules that work on whole paragraphs or on the page as a whole.
BLOCK_RULE_NAMES: dict[str, str] = {
    "repeated_caption": "a line printed twice in a row without closing punctuation",
    "repeated_sentence": "the second copy of a sentence printed twice in a row",
    "after_end_marker": "what follows a closing credit or copyright line near the end",
    "short_lines": "a paragraph of lines of three words or fewer (pages only)",
    "trailing_links": "verbless link and headline lists below the last reporting paragraph",
    "dateline": "the wire dateline before the first sentence",
    "agency_signature": "the agency signature after the last sentence",
}

# --- does a block read as reporting? ----------------------------------------------------

#: Lowercase words that are finite verbs on their own: auxiliaries, modals and the
#: irregular past and present forms news is written in. Regular past forms are caught by
#: their "-ed" ending, present forms by "-s" after a subject (see `_has_verb`).
_FINITE_VERBS = frozenset(
    """
    am is are was were has have had does did do will would can could may might must shall
    should said says told tells made took gave sent held led left met won lost fell rose hit
    shot struck fought sought brought bought sold kept began begun came went saw seen spoke
    wrote ran paid found became chose drew flew grew knew threw broke stole fled spent built
    meant felt stood withdrew thought caught taught got put set cut quit let beat bit hid rode
    shook stuck swore tore wore woke arose forgave sank sang swam rang drank ate lay laid sat
    hung dug spun bled fed heard understood overtook undertook upheld overthrew forecast
    wants plans says denies faces seeks vows urges warns calls backs remains needs
    """.split()
)
#: Words ending in "-ed" that are not verbs.
_ED_NOT_VERBS = frozenset(
    "hundred indeed speed seed breed greed creed steed embed shed bed".split()
)
#: Words ending in "-s" that are never the verb of a clause.
_S_NOT_VERBS = frozenset(
    "news series species always perhaps whereas towards afterwards sometimes thanks its "
    "this his hers ours yours theirs yes as us".split()
)
_DETERMINERS = frozenset("the a an its his her their our this that each every one".split())
_SUBJECT_PRONOUNS = frozenset("he she it who which that".split())
_PREPOSITIONS = frozenset("of in at on from with near for by under over into across".split())
#: Words a call to action opens with ("Sign up ...", "Click here ...", "Please ...").
_IMPERATIVES = frozenset(
    """
    click tap sign subscribe follow read get download join register log login learn find
    contact visit watch listen see please email e-mail send donate try enter accept manage
    allow continue view check discover explore stay don't don’t do install go receive
    choose select unsubscribe reject save print give become buy create submit comment
    scroll swipe skip upgrade tell
    """.split()
)
#: Verbs that attribute a statement: a blurb in the outlet's voice has none.
_SPEECH_VERBS = frozenset(
    "said says told tells according announced stated reported added claimed insisted "
    "explained wrote".split()
)
_WORD = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
# Quoted speech: "you" and "we" inside quotes are a speaker's, not the page's.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*\"|«[^»]*»|``.*?''")
_READER = re.compile(r"\b[Yy]ou(?:r|rs|rself|['’](?:re|ll|ve|d))?\b")
_OUTLET = re.compile(
    r"\b(?:[Ww]e|[Oo]urs?|us)\b|"
    r"\b[Tt]his (?:site|website|page|app|newsletter|service|article|story|podcast|e-?mail)\b"
)
_QUOTE_OPENERS = "\"'“‘«`"
_MIN_SENTENCE_WORDS = 4
_UNPUNCTUATED_SENTENCE_WORDS = 8


def _has_verb(words: list[str]) -> bool:
    """A cheap finite-verb test: a lowercase auxiliary, irregular form, "-ed" word, or an
    "-s" word right after a name, a subject pronoun or a determiner + noun."""
    for i, word in enumerate(words):
        if not word[0].islower():
            continue
        if word in _FINITE_VERBS or word.endswith(("n't", "n’t")):
            return True
        if len(word) >= 4 and word.endswith("ed") and word not in _ED_NOT_VERBS:
            return True
        if (
            i > 0
            and len(word) >= 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous", "ics"))
            and word not in _S_NOT_VERBS
        ):
            prev = words[i - 1]
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if (
                prev[0].isupper()
                and prev != "I"
                and prev.lower() not in _DETERMINERS
                and not prev.endswith("ing")  # "Fishing boats", "Breaking news"
                and after not in _PREPOSITIONS  # "Oil prices in ...": a noun phrase
            ):
                return True
            if prev in _SUBJECT_PRONOUNS:
                return True
            if i > 1 and words[i - 2].lower() in _DETERMINERS and prev[0].islower():
                return True
    return False


def _has_name(words: list[str]) -> bool:
    """A capitalised word that is not the first of the sentence (a named actor or place)."""
    return any(word[0].isupper() and word != "I" for word in words[1:])


def _calls_to_action(words: list[str], sentence: str) -> bool:
    """The sentence opens like an instruction to the reader ("Sign up", "By using")."""
    if sentence.lstrip(" •·▪►▶*–-")[:1] in _QUOTE_OPENERS:
        return False
    first = words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    if first in _IMPERATIVES:
        return True
    if first == "by" and second.endswith("ing"):
        return True  # "By using this site ...", "By continuing ..."
    if first == "to" and second in _IMPERATIVES:
        return True  # "To find out more, ..."
    return first == "for" and second == "more"  # "For more information ..."


def reads_as_reporting(text: str, *, ignore: tuple[int, int] | None = None) -> bool:
    """Tell whether a line or paragraph reads as news reporting rather than page furniture.

    Decided cheaply from the surface, without a parser. A sentence reads as reporting when
    all of these hold:

    1. it has at least four words, and ends like a sentence (``. ! ? …``, a closing quote
       or bracket allowed) or has eight words or more (a lead cut off mid-sentence);
    2. it is not addressed to the reader: it does not open with a call to action ("Click",
       "Sign up", "Subscribe", "Please", "By using ...", "To find out more ...", "For more
       ...") and, outside quotation marks, has no "you"/"your";
    3. it has a finite verb: a lowercase auxiliary or modal, a common irregular form, a
       word ending in "-ed", or an "-s" form right after a name, a subject pronoun or a
       determiner and a noun ("Facebook plans", "the company says");
    4. it is not in the outlet's voice ("we", "our", "us", "this site" outside quotes),
       unless it also names someone (a capitalised word after the first) or attributes a
       statement ("said", "told", "according to").

    A text reads as reporting when one of its sentences does. Title-case headlines have no
    lowercase verb and do not read as reporting; neither do widgets, link rows, copyright
    lines, calls to action or cookie notices.

    Args:
        text: A line or paragraph (several lines are read as one text).
        ignore: A ``(start, end)`` span of ``text`` holding the furniture words a rule
            matched: they count as words, but the verb and the name of rules 3 and 4 must
            be found outside them ("All rights reserved" is not a verb phrase).

    Returns:
        True when some sentence of ``text`` reads as reporting.
    """
    flat = " ".join(text.split())
    evidence = flat
    if ignore is not None:
        first, last = ignore
        hidden = text[:first] + re.sub(r"\S", "\x00", text[first:last]) + text[last:]
        evidence = " ".join(hidden.split())  # same length and spacing as ``flat``
    # Worked out as the sentences need them: the first sentence of a paragraph usually
    # decides (cleaning asks this of every headline candidate and furniture match).
    masked: str | None = None
    start = 0
    for end, next_start in _sentence_bounds(flat):
        sentence = flat[start:end]
        first, start = start, next_start
        words = _WORD.findall(sentence)
        if len(words) < _MIN_SENTENCE_WORDS:
            continue
        if not (_ends_sentence(sentence) or len(words) >= _UNPUNCTUATED_SENTENCE_WORDS):
            continue
        if masked is None:
            masked = _QUOTED.sub(lambda m: " " * len(m.group()), flat)
        bare = masked[first:end]
        if _calls_to_action(words, sentence) or _READER.search(bare):
            continue
        found = _WORD.findall(evidence[first:end])
        if not _has_verb(found):
            continue
        if _OUTLET.search(bare) and not (
            _has_name(found) or any(w.lower() in _SPEECH_VERBS for w in found)
        ):
            continue
        return True
    return False


def _sentence_bounds(flat: str) -> Iterator[tuple[int, int]]:
    """Where each sentence of ``flat`` ends and the next starts; the last ends the text."""
    for match in _SENTENCE_BREAK.finditer(flat):
        yield match.start(), match.end()
    yield len(flat), len(flat)


# --- datelines, repair ----------------------------------------------------------------

# " — AGENCY" or " (Agency)" after the last sentence of the article.
_AGENCY_SUFFIX = re.compile(
    r"([.!?…\"”’)])\s+(?:[—–-]{1,2}\s*[A-Z][A-Z0-9&./-]{1,30}|\([A-Z][A-Za-z0-9&./ -]{1,30}\))\s*$"
)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BULLET_START = re.compile(r"^[•·▪►▶*–-]\s")
_MAX_RULE_LINE = 300
_SHORT_WORDS = 3
_TITLE_MAX_WORDS = 15
#: A footer phrase removes a paragraph only when it is this short: blurbs are.
_FOOTER_MAX_WORDS = 50

_FTFY_CONFIG = ftfy.TextFixerConfig(
    # Only undo decoding accidents. Everything that would rewrite a well-formed
    # character (quotes, ligatures, widths, entities, normal forms) stays off, because
    # evidence must match the input character for character.
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Line breaks other than "\n" that str.splitlines honours; they become "\n" so that
# every stage agrees on what a line is. \x1c-\x1e are control characters and are dropped.
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Repair:
    """Result of `repair_text`.

    Attributes:
        text: Repaired text with ``\\n`` line endings.
        mojibake: True when ftfy changed the text (an encoding accident was undone).
        controls_removed: Number of control or surrogate characters dropped.
    """

    text: str
    mojibake: bool
    controls_removed: int


# Control characters (Unicode category Cc) other than tab and newline, and lone
# surrogates (Cs), which cannot even be written out as UTF-8.
_DROPPED_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _fix_mojibake(text: str) -> str:
    """Run ftfy's encoding repair on the lines that can need it.

    ftfy costs tens of microseconds per line even when nothing is wrong, which adds up
    to minutes on a file of a million short lines. Its encoding fixes only act on text
    its own ``is_bad`` detector flags, so lines that are ASCII or not flagged are
    passed over unchanged (same result, a fraction of the time).
    """
    if text.isascii() or not is_bad(text):
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if not line.isascii() and is_bad(line):
            fixed: str = ftfy.fix_text(line, config=_FTFY_CONFIG)
            if fixed != line:
                lines[i] = fixed
                changed = True
    return "\n".join(lines) if changed else text


def repair_text(text: str) -> Repair:
    """Undo encoding accidents without touching well-formed characters.

    Normalises line endings to ``\\n``, repairs mojibake with ftfy (encoding fixes
    only), drops control characters other than tab and newline, and drops a leading
    byte-order mark.

    Args:
        text: Decoded input text.

    Returns:
        The repaired text and what was changed.
    """
    fixed = _fix_mojibake(text)
    mojibake = fixed != text
    fixed = _LINE_BREAKS.sub("\n", fixed).removeprefix("\ufeff")
    kept, removed = _DROPPED_CHARS.subn("", fixed)
    return Repair(kept, mojibake, removed)


def _words(line: str) -> int:
    return len(line.split())


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def line_rule(line: str) -> str | None:
    """Name the line rule that removes a line, or None when the line stays.

    A line goes when a `LINE_RULES`, `END_MARKER_RULES` or related-heading pattern
    matches it and the line, without the matched words, does not read as reporting.

    Args:
        line: One line, surrounding whitespace allowed.

    Returns:
        The rule name, or None when the line is not furniture by any line rule.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_RULE_LINE:
        return None
    return _first_rule(_LINE_PLAN, stripped)


# Cheap substring gate in front of FOOTER_RULES: nearly every paragraph contains none
# of these, and plain ``in`` is far faster than a dozen case-insensitive regex scans.
_FOOTER_HINTS = (
    "click",
    "subscri",
    "sign up",
    "sign-up",
    "signup",
    "newsletter",
    "follow us",
    "our ",
    "cookie",
    "terms",
    "privacy",
    "contact",
    "reserved",
)


def footer_rule(paragraph: str) -> str | None:
    """Name the `FOOTER_RULES` rule that removes a paragraph, or None when it stays.

    A paragraph goes when it is short (at most 50 words), contains a footer phrase, and
    without that phrase does not read as reporting: "Read our privacy policy." goes,
    "Facebook said it would rewrite its privacy policy." stays.

    Args:
        paragraph: The paragraph's text (its lines joined by spaces).
    """
    lower = paragraph.lower()
    for hint in _FOOTER_HINTS:  # a loop, not any(): this runs for every paragraph
        if hint in lower:
            break
    else:
        return None
    if _words(paragraph) > _FOOTER_MAX_WORDS:
        return None
    return _first_rule(_FOOTER_PLAN, paragraph)


#: Rules to try in order: name, the pattern's search, and a cheap test that must pass
#: for the pattern to match at all (or None).
_Plan = tuple[
    tuple[str, Callable[[str], "re.Match[str] | None"], Callable[[str], object] | None], ...
]


def _first_rule(plan: _Plan, text: str) -> str | None:
    """The name of the first rule of ``plan`` whose pattern is in ``text`` where the
    text without the match does not read as reporting (`reads_as_reporting`), or None."""
    for name, search, gate in plan:
        if gate is not None and not gate(text):
            continue  # the pattern cannot match: skip the search
        match = search(text)
        if match and not reads_as_reporting(text, ignore=match.span()):
            return name
    return None


_ALL_LINE_RULES = (*LINE_RULES, *END_MARKER_RULES, RELATED_RULE)

_LINK_SEPARATOR = re.compile(r"[|›»•·>]")


def _may_be_copyright(line: str) -> bool:
    # "©", "(c) ", "copyright ..." at the start, or "all rights reserved" (its "rved":
    # only "R", "V", "E", "D" match those letters ignoring case, so lower() finds them).
    return "©" in line or line[:1] in "(cC" or "rved" in line.lower()


#: Cheap tests in front of the line rules whose search scans the whole line (the rest
#: are anchored at its start and fail fast). Each is true of every line its rule's
#: pattern can match, so a line that fails it cannot match and the search is skipped;
#: tests/test_clean.py checks this.
_LINE_GATES: dict[str, Callable[[str], object]] = {
    "link_row": _LINK_SEPARATOR.search,  # a row has separators between its links
    "copyright": _may_be_copyright,
}

#: The line rules in order: name, the pattern's search, and its gate (or None).
_LINE_PLAN: _Plan = tuple(
    (rule.name, rule.pattern.search, _LINE_GATES.get(rule.name)) for rule in _ALL_LINE_RULES
)
_FOOTER_PLAN: _Plan = tuple((rule.name, rule.pattern.search, None) for rule in FOOTER_RULES)
_CUT_MARKERS = frozenset(rule.name for rule in END_MARKER_RULES)


def strip_dateline(line: str) -> str:
    """Cut a wire dateline ("MOSCOW, June 27 (AGENCY) — ") off the start of a paragraph.

    The dateline's shape is `kg.dates.dateline_length`'s, so what is cut here is what
    the document's date and place are read from. The rest must start like a sentence
    (capital letter, digit or quote), so an upper-case acronym followed by a dash and
    lowercase words is left alone.

    Args:
        line: The first paragraph of an article.

    Returns:
        The paragraph without its dateline, or unchanged.
    """
    cut = dateline_length(line)
    return line[cut:] if 0 < cut < len(line) else line


def strip_agency_suffix(line: str) -> str:
    """Cut an agency signature (" — AGENCY", " (Agency)") off the end of the last paragraph.

    Args:
        line: The last paragraph of an article.

    Returns:
        The paragraph without its signature, or unchanged.
    """
    match = _AGENCY_SUFFIX.search(line)
    if match is None:
        return line
    return line[: match.start() + 1]


def _is_title_like(line: str) -> bool:
    """A headline: at most ~15 words and no closing punctuation of a sentence or clause."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return bool(stripped.lstrip("#").strip())
    return _words(stripped) <= _TITLE_MAX_WORDS and not re.search(r"[.,;:]$", stripped)


def _is_body_like(line: str) -> bool:
    return _words(line) > _TITLE_MAX_WORDS or _ends_sentence(line)


def _protected_title_index(lines: list[str], rules: list[str | None]) -> int | None:
    """Index of a short first line that is the headline, shielded from the widget rule.

    A first line of three words or fewer is normally a widget ("Breaking News"), but a
    short headline directly above body text is the title. A run of short lines at the
    top, or a short line above another headline-like line, is navigation instead.
    ``rules`` holds each line's `line_rule`.
    """
    # The first two non-blank lines, not counting lines that a line rule drops anyway
    # ("Skip to main content"). Stops early: only the top of the text matters.
    found: list[int] = []
    for i, line in enumerate(lines):
        if line and (found or rules[i] is None):
            found.append(i)
            if len(found) == 2:
                break
    if len(found) < 2:
        return None
    first, second = found
    head = lines[first]
    if _ends_sentence(head) or _words(head) > _SHORT_WORDS:
        return None
    if second != first + 2:  # a headline is followed by a blank line
        return None
    return first if _is_body_like(lines[second]) else None


def _units(block: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Split a block (lines between blank lines) into paragraphs.

    Text from HTML and most scrapes has one paragraph per line. Hard-wrapped text has
    several short lines per paragraph, most of them not ending a sentence; there a
    paragraph ends at a line that ends a sentence or before a bullet.
    """
    lines = [line for _, line in block]
    wrapped = (
        len(lines) >= 2
        and max(len(line) for line in lines) <= 100
        and sum(not _ends_sentence(line) for line in lines) * 2 >= len(lines)
    )
    if not wrapped:
        return [[item] for item in block]
    units: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for item in block:
        if current and _BULLET_START.match(item[1]):
            units.append(current)
            current = []
        current.append(item)
        if _ends_sentence(item[1]):
            units.append(current)
            current = []
    if current:
        units.append(current)
    return units


# --- the cleaning pass ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Result of `strip_boilerplate`.

    Attributes:
        text: The article text: kept lines trimmed, paragraphs separated as in the input
            (runs of blank lines folded to one), no leading or trailing blank lines.
        removed: Every removed block with the rule that removed it, in reading order.
    """

    text: str
    removed: tuple[Removal, ...] = ()


def removed_share(text: str, removed: tuple[Removal, ...]) -> float:
    """Share of the input's visible characters (whitespace ignored) that were removed.

    Args:
        text: The cleaned text that was kept.
        removed: What was removed from it.

    Returns:
        A number from 0 (nothing removed) to 1 (everything removed).
    """
    gone = sum(_visible(r.text) for r in removed)
    if not gone:
        return 0.0
    return gone / (gone + _visible(text))


def _visible(text: str) -> int:
    """The number of characters of ``text`` that are not whitespace."""
    return len("".join(text.split()))


def _mark_repeats(lines: list[str], verdict: list[str | None]) -> None:
    """Mark a line immediately repeated (an image caption printed twice).

    A repeated line without closing punctuation is a caption: every copy goes. A
    repeated sentence keeps one copy, since the text itself is real.
    """
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[i] and lines[j] == lines[i]:
            j += 1
        if j - i > 1:
            keep = 1 if _ends_sentence(lines[i]) else 0
            for k in range(i + keep, j):
                verdict[k] = "repeated_sentence" if keep else "repeated_caption"
        i = j


def _blocks(lines: list[str], verdict: list[str | None]) -> list[list[tuple[int, str]]]:
    """Blocks of consecutive kept lines; a removed line leaves no gap, a blank line does."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if not line:
            if current:
                blocks.append(current)
                current = []
        elif verdict[index] is None:
            current.append((index, line))
    if current:
        blocks.append(current)
    return blocks


def _is_link_list(lines: list[str]) -> bool:
    """Every line is headline-sized and none ends a sentence: links, headlines, labels."""
    return all(_words(line) <= _TITLE_MAX_WORDS and not _ends_sentence(line) for line in lines)


# The start of a line that can open an outlet footer: a wire credit or a copyright line
# (a copyright sign later in a line is a photo credit inside the article).
_CUT_START = re.compile(
    r"(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}\b)|"
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing)\s+by\s)",
    re.IGNORECASE,
)


def _cut_footer(lines: list[str], verdict: list[str | None]) -> None:
    """Mark everything after a closing credit or copyright line in the second half.

    "Second half" is measured in characters, so a credit line near the top (a byline
    block) never truncates the article. The marker itself was already removed by its
    line rule, which means it does not read as reporting.
    """
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for index, line in enumerate(lines):
        if verdict[index] in _CUT_MARKERS and _CUT_START.match(line) and seen * 2 >= total:
            for later in range(index + 1, len(lines)):
                if lines[later] and verdict[later] is None:
                    verdict[later] = "after_end_marker"
            return
        seen += len(line)


def _headline(units: list[list[tuple[int, str]]]) -> int | None:
    """Index of the headline: a single title-like line right above the first body
    paragraph that reads as reporting (furniture above the headline is not protected)."""
    for k, unit in enumerate(units):
        if len(unit) == 1 and _is_title_like(unit[0][1]):
            continue  # a headline or a furniture line, not the body
        if reads_as_reporting(" ".join(line for _, line in unit)):
            above = units[k - 1] if k else []
            return above[0][0] if len(above) == 1 and _is_title_like(above[0][1]) else None
    return None


def _paragraph_rules(
    lines: list[str],
    verdict: list[str | None],
    paragraph_of: list[int],
    *,
    form: TextForm,
    protected: int | None,
) -> None:
    """Apply the rules that judge a whole paragraph, then the bottom-edge rule (pages)."""
    units = [unit for block in _blocks(lines, verdict) for unit in _units(block)]
    headline = _headline(units)
    serial = 0
    related = False  # inside the list of links under a "Related:" heading
    previous_end = -1
    kept: list[list[str]] = []
    kept_indices: list[list[int]] = []
    for unit in units:
        first = unit[0][0]
        texts = [line for _, line in unit]
        # The nearest removed line above decides: a "Related:" heading opens a list of
        # links, any other furniture closes it.
        above = next((k for k in range(first - 1, previous_end, -1) if lines[k]), None)
        if above is not None:
            related = verdict[above] == RELATED_RULE.name
        joined = " ".join(texts)
        rule: str | None = None
        if first in (protected, headline):
            pass  # the headline stays, whatever words it has ("... Privacy Policy Row")
        elif related and _is_link_list(texts) and not reads_as_reporting(joined):
            rule = RELATED_RULE.name
        elif form == "page" and all(
            _words(t) <= _SHORT_WORDS and not _ends_sentence(t) for t in texts
        ):
            rule = "short_lines"
        else:
            rule = footer_rule(joined)
        if rule is None:
            related = False
            previous_end = unit[-1][0]
            kept.append(texts)
            kept_indices.append([index for index, _ in unit])
            continue
        for index, _ in unit:
            verdict[index] = rule
            paragraph_of[index] = serial
        serial += 1
    if form != "page":
        return
    # The bottom edge of a page: below the last paragraph that reads as reporting, lists
    # of links and headlines (no line ends a sentence, no verb) are page furniture.
    last = next(
        (k for k in range(len(kept) - 1, -1, -1) if reads_as_reporting(" ".join(kept[k]))),
        None,
    )
    if last is None:
        return
    for texts, indices in zip(kept[last + 1 :], kept_indices[last + 1 :], strict=True):
        if _is_link_list(texts) and not _has_verb(_WORD.findall(" ".join(texts))):
            for index in indices:
                verdict[index] = "trailing_links"
                paragraph_of[index] = serial
            serial += 1


def _removals(
    lines: list[str], verdict: list[str | None], paragraph_of: list[int], origin: str
) -> list[tuple[int, Removal]]:
    """One record per run of adjacent lines removed by the same rule (and paragraph)."""
    out: list[tuple[int, Removal]] = []
    run: list[str] = []
    run_key: tuple[str, int] | None = None
    run_start = 0
    for index, line in enumerate(lines):
        rule = verdict[index] if line else None
        key = (rule, paragraph_of[index]) if rule else None
        if run and key != run_key:
            assert run_key is not None
            out.append((run_start, Removal(origin, run_key[0], "\n".join(run))))
            run = []
        if key is not None:
            if not run:
                run_start, run_key = index, key
            run.append(line)
    if run and run_key is not None:
        out.append((run_start, Removal(origin, run_key[0], "\n".join(run))))
    return out


def strip_boilerplate(text: str, *, form: TextForm = "page", origin: str = "") -> Cleaned:
    """Drop page furniture from already repaired text (see `repair_text`).

    Which rules run depends on ``form``:

    ========================================  ========  ========  =====================
    rule                                      page      main      one-paragraph text
    ========================================  ========  ========  =====================
    line rules (widgets, captions, bylines,   yes       yes       yes
    date stamps, link rows, copyright, ...)
    repeated caption / sentence               yes       yes       yes
    end cut-off (``after_end_marker``)        yes       yes       no
    footer phrases on short paragraphs        yes       yes       no
    links under a "Related:" heading          yes       yes       no
    ``short_lines`` (widget paragraphs)       yes       no        no
    ``trailing_links`` (bottom page edge)     yes       no        no
    dateline prefix, agency signature         yes       yes       yes
    ========================================  ========  ========  =====================

    Main text has had its page edges and widgets removed by whoever chose it; its short
    lines are subheadings. A text of one paragraph is the article itself: no paragraph
    rule may remove it, only a line rule that matches the whole line.

    Args:
        text: Text with ``\\n`` line endings.
        form: ``page`` for a saved page, ``main`` for an article's main text.
        origin: Copied into every `Removal` (the file or ``path:line``).

    Returns:
        The kept text and every removal with its rule.
    """
    lines = [line.strip() for line in text.split("\n")]
    verdict: list[str | None] = [None] * len(lines)
    paragraph_of = [-1] * len(lines)  # removed by a paragraph rule: which paragraph
    # Each line's line rule, worked out once: the headline check reads the top lines'.
    rules = [line_rule(line) if line else None for line in lines]
    protected = _protected_title_index(lines, rules)
    single = sum(len(_units(block)) for block in _blocks(lines, verdict)) <= 1
    _mark_repeats(lines, verdict)
    for index, line in enumerate(lines):
        if line and verdict[index] is None and index != protected:
            verdict[index] = rules[index]
    if not single:
        _cut_footer(lines, verdict)
        _paragraph_rules(lines, verdict, paragraph_of, form=form, protected=protected)

    removed = _removals(lines, verdict, paragraph_of, origin)
    kept = _blocks(lines, verdict)
    _cut_dateline_and_signature(kept, removed, origin)
    removed.sort(key=lambda item: item[0])
    return Cleaned(
        text="\n\n".join("\n".join(line for _, line in block) for block in kept),
        removed=tuple(removal for _, removal in removed),
    )


def _cut_dateline_and_signature(
    blocks: list[list[tuple[int, str]]], removed: list[tuple[int, Removal]], origin: str
) -> None:
    """Cut the dateline off the first body line (looking past a headline above it) and
    the agency signature off the last line, recording both."""
    looked = 0
    for block in blocks:
        for position, (index, line) in enumerate(block):
            rest = strip_dateline(line)
            if rest != line:
                block[position] = (index, rest)
                cut = line[: len(line) - len(rest)].strip()
                removed.append((index, Removal(origin, "dateline", cut)))
            looked += 1
            if _is_body_like(line) or looked >= 2:
                break
        else:
            continue
        break
    if blocks:
        index, line = blocks[-1][-1]
        rest = strip_agency_suffix(line)
        if rest != line:
            blocks[-1][-1] = (index, rest)
            removed.append((index, Removal(origin, "agency_signature", line[len(rest) :].strip())))


def clean_text(text: str, *, form: TextForm = "page") -> str:
    """Repair text and drop page furniture, keeping every real sentence verbatim.

    Args:
        text: Decoded article text, possibly with page furniture around it.
        form: ``page`` or ``main`` (see `strip_boilerplate`).

    Returns:
        Cleaned text; each line is a substring of a line of ``repair_text(text).text``.
    """
    return strip_boilerplate(repair_text(text).text, form=form).text


def split_title(text: str) -> tuple[str, str]:
    """Split a headline off cleaned text.

    The first line is the title when it is a markdown heading, or when it has at most
    ~15 words, does not end like a sentence or clause, and body text follows. A first
    line that is only the first line of a hard-wrapped paragraph is not a title.

    Args:
        text: Output of `clean_text`.

    Returns:
        ``(title, body)``; ``("", text)`` when there is no title.
    """
    first, sep, rest = text.partition("\n")
    body = rest.strip("\n")
    if not sep or not body.strip() or not _is_title_like(first):
        return "", text
    if first.startswith("#"):
        return first.lstrip("#").strip(), body
    next_line = body.split("\n", 1)[0]
    directly_followed = not rest.startswith("\n")
    if directly_followed and (
        not next_line[:1].isupper() or (len(first) >= 60 and len(next_line) >= 60)
    ):
        # Hard-wrapped prose: the "headline" is the first line of a paragraph.
        return "", text
    return first, body


def _metadata_str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What `html_to_document_fields` found in a page.

    Attributes:
        title: The headline (the page's ``<h1>`` or metadata title), or "".
        text: Cleaned main text without the headline; "" when none was found.
        date: Publication date from the page metadata, or "".
        url: Canonical URL from the page metadata, or "".
        removed: What cleaning removed from trafilatura's main text.
        main_text: trafilatura's main text before cleaning, where a date line or a
            dateline is read (`kg.dates.find_dateline`).
    """

    title: str
    text: str
    date: str
    url: str
    removed: tuple[Removal, ...] = ()
    main_text: str = ""


def _import_trafilatura() -> Any:
    """Import trafilatura (slow: it loads lxml and friends, so only when HTML comes).

    Raises:
        DependencyError: trafilatura or a library it needs cannot be imported.
    """
    try:
        import trafilatura
    except ImportError as exc:
        reason = " ".join(str(exc).split())
        raise DependencyError(
            f"cannot read HTML: trafilatura or a library it needs is missing ({reason})",
            "reinstall kg with pip, or run: pip install trafilatura lxml_html_clean",
        ) from exc
    return trafilatura


def html_to_document_fields(html: str, *, origin: str = "") -> HtmlArticle:
    """Extract the article from an HTML page with trafilatura (no network).

    trafilatura picks the main text by the page's structure (navigation, sidebars and
    footers go); kg then cleans that text as main text (``form="main"``, see
    `strip_boilerplate`) for the captions, share buttons and credits left inside it.

    Args:
        html: The page markup.
        origin: Copied into every `Removal`.

    Returns:
        The headline, cleaned text, date, URL and what cleaning removed.

    Raises:
        DependencyError: trafilatura cannot be imported.
    """
    trafilatura = _import_trafilatura()
    markup = html
    if not re.search(r"<(?:html|body)\b", markup[:4096], re.IGNORECASE):
        # trafilatura rejects a bare fragment ("<p>x</p>") as not-quite-HTML.
        markup = f"<html><body>{markup}</body></html>"
    try:
        result = trafilatura.bare_extraction(
            markup,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            with_metadata=True,
        )
    except (ValueError, TypeError, RecursionError):
        # lxml/trafilatura can fail on pathological markup; treat as "no text found".
        result = None
    if result is None:
        return HtmlArticle("", "", "", "")
    title = _metadata_str(getattr(result, "title", None))
    date = _metadata_str(getattr(result, "date", None))
    url = _metadata_str(getattr(result, "url", None))
    raw = getattr(result, "text", None)
    main_text = repair_text(raw).text if isinstance(raw, str) else ""
    cleaned = strip_boilerplate(main_text, form="main", origin=origin) if main_text else Cleaned("")
    text = cleaned.text
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest.strip("\n")
    else:
        # The page headline (<h1>) usually opens the extracted text even when the
        # <title> differs ("Headline | Outlet"): keep it out of the body either way.
        headline, body = split_title(text)
        if headline:
            title, text = title or headline, body
    return HtmlArticle(title, text, date, url, cleaned.removed, main_text)
