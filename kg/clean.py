"""Text repair and page-boilerplate removal.

Evidence sentences are later checked to appear character for character (whitespace
folded) in the input, so cleaning never rewrites a well-formed character: it only
repairs real mojibake, normalises line endings, drops control characters, trims lines,
drops whole boilerplate lines or paragraphs, and cuts a dateline prefix or an agency
signature suffix off a paragraph. Every line of the result is therefore a substring of a
line of the repaired input (`repair_text`).

The rules are data: named, compiled patterns grouped by what happens to a match. They
are written from general page structure (navigation widgets, captions, credits, outlet
footers, datelines), never from outlet or actor names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import ftfy
from ftfy.badness import is_bad

__all__ = [
    "END_MARKER_RULES",
    "FOOTER_RULES",
    "LINE_RULES",
    "Repair",
    "Rule",
    "clean_text",
    "footer_rule",
    "html_to_document_fields",
    "line_rule",
    "repair_text",
    "split_title",
    "strip_agency_suffix",
    "strip_boilerplate",
    "strip_dateline",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named boilerplate pattern.

    Attributes:
        name: Short identifier used in tests and debugging ("byline").
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

#: Lines dropped wherever they occur. Only lines up to `_MAX_RULE_LINE` characters are
#: tested: boilerplate lines are short, and it bounds regex work on hostile input.
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
        r"image|photo|video|graphic|gallery|(?:xs|sm|md|lg|xl)(?:\s+(?:xs|sm|md|lg|xl))*)"
        r"\s*:?\s*$",
        "navigation, sharing and layout widgets named by generic web UI words",
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
)

#: A match starts the outlet footer when it sits in the second half of the text: the
#: line and everything after it are dropped. Earlier in the text only the line goes.
END_MARKER_RULES: tuple[Rule, ...] = (
    _rule(
        "reporting_credit",
        r"^(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing)\s+by\s",
        "wire credits that close an article ('Reporting by ...; Editing by ...')",
    ),
    _rule(
        "related",
        r"^(?:related(?:\s+(?:stories|articles|content|coverage|topics|news))?|read more|"
        r"more on this(?: story| topic)?|see also|recommended)\s*(?::|$)",
        "related-links blocks",
    ),
    _rule(
        "copyright",
        r"©|^\(c\)\s|^copyright\b|all rights reserved",
        "copyright notices",
    ),
)

#: A paragraph containing a match is an outlet blurb or legal notice and is dropped.
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
    _rule("follow_us", r"\bfollow us\b", "social-media prompts"),
    _rule("our_content", r"\bour (?:content|website|site|journalism|app)\b", "outlet blurbs"),
    _rule(
        "cookies",
        r"\bcookies?\s+(?:policy|settings|preferences|notice)\b|"
        r"\b(?:use|uses|accept|enable)\s+cookies\b",
        "cookie notices",
    ),
    _rule("terms_of_use", r"\bterms (?:of (?:use|service)|and conditions)\b", "legal notices"),
    _rule("privacy_policy", r"\bprivacy (?:policy|notice|statement)\b", "legal notices"),
    _rule("contact_us", r"\bcontact(?:ing)? us\b", "outlet blurbs"),
    _rule("rights_reserved", r"\ball rights reserved\b", "copyright notices"),
)

# "MOSCOW, June 27 (AGENCY) — " at the start of the first paragraph. An ALL-CAPS place
# is required unless an agency in brackets marks the line as a dateline.
_DATE = (
    r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,5}day|"
    r"\d{4}-\d{2}-\d{2})(?:,?\s\d{4})?"
)
_AGENCY = r"\((?:[A-Z][\w&./-]{1,20}|[A-Z][A-Z&./ -]{1,30})\)"
_DATELINE_PREFIXES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]*){0,3}"  # MOSCOW, NEW YORK, PORT-AU-PRINCE
        r"(?:,\s[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?"  # , Puerto Rico
        r"(?:,\s" + _DATE + r")?"  # , June 27
        r"\s*(?:" + _AGENCY + r")?"  # (AGENCY)
        r"\s*[—–-]{1,2}\s+"
    ),
    re.compile(
        r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"  # Moscow, New York
        r"(?:,\s" + _DATE + r")?\s*" + _AGENCY + r"\s*[—–-]{1,2}\s+"
    ),
)

# " — AGENCY" or " (Agency)" after the last sentence of the article.
_AGENCY_SUFFIX = re.compile(
    r"([.!?…\"”’)])\s+(?:[—–-]{1,2}\s*[A-Z][A-Z0-9&./-]{1,30}|\([A-Z][A-Za-z0-9&./ -]{1,30}\))\s*$"
)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BULLET_START = re.compile(r"^[•·▪►▶*–-]\s")
_MAX_RULE_LINE = 300
_SHORT_WORDS = 3
_TITLE_MAX_WORDS = 15

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
    """Name the `LINE_RULES` or `END_MARKER_RULES` rule that matches a line.

    Args:
        line: One line, surrounding whitespace allowed.

    Returns:
        The rule name, or None when the line is not boilerplate by any line rule.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_RULE_LINE:
        return None
    for rule in (*LINE_RULES, *END_MARKER_RULES):
        if rule.pattern.search(stripped):
            return rule.name
    return None


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
    """Name the `FOOTER_RULES` rule that matches a paragraph, or None."""
    lower = paragraph.lower()
    if not any(hint in lower for hint in _FOOTER_HINTS):
        return None
    for rule in FOOTER_RULES:
        if rule.pattern.search(paragraph):
            return rule.name
    return None


_END_MARKER_NAMES = frozenset(rule.name for rule in END_MARKER_RULES)


def strip_dateline(line: str) -> str:
    """Cut a wire dateline ("MOSCOW, June 27 (AGENCY) — ") off the start of a paragraph.

    The rest must start like a sentence (capital letter, digit or quote), so an
    upper-case acronym followed by a dash and lowercase words is left alone.

    Args:
        line: The first paragraph of an article.

    Returns:
        The paragraph without its dateline, or unchanged.
    """
    for pattern in _DATELINE_PREFIXES:
        match = pattern.match(line)
        if match and match.end() < len(line):
            nxt = line[match.end()]
            if nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘«":
                return line[match.end() :]
    return line


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


def _protected_title_index(lines: list[str]) -> int | None:
    """Index of a short first line that is the headline, shielded from the widget rule.

    A first line of three words or fewer is normally a widget ("Breaking News"), but a
    short headline directly above body text is the title. A run of short lines at the
    top, or a short line above another headline-like line, is navigation instead.
    """
    # The first two non-blank lines, not counting lines that a line rule drops anyway
    # ("Skip to main content"). Stops early: only the top of the text matters.
    found: list[int] = []
    for i, line in enumerate(lines):
        if line and (found or line_rule(line) is None):
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


def _drop_repeated_captions(lines: list[str]) -> list[str | None]:
    """Handle a line immediately repeated (image caption printed twice).

    A repeated line without closing punctuation is a caption: every copy goes (None).
    A repeated sentence keeps one copy, since the text itself is real.
    """
    out: list[str | None] = list(lines)
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[i] and lines[j] == lines[i]:
            j += 1
        if j - i > 1:
            keep = 1 if _ends_sentence(lines[i]) else 0
            for k in range(i + keep, j):
                out[k] = None
        i = j
    return out


def strip_boilerplate(text: str) -> str:
    """Drop page boilerplate from already repaired text (see `repair_text`).

    Args:
        text: Text with ``\\n`` line endings.

    Returns:
        The article text: kept lines trimmed, paragraphs separated as in the input
        (runs of blank lines folded to one), no leading or trailing blank lines.
    """
    stripped = [line.strip() for line in text.split("\n")]
    protected = _protected_title_index(stripped)
    lines = _drop_repeated_captions(stripped)

    # Line rules and the footer cut-off. "Second half" is measured in characters so a
    # credit line near the top (a byline block) never truncates the article. Kept
    # lines keep their index so the protected headline can be recognised later.
    total = sum(len(line) for line in stripped) or 1
    seen = 0
    kept: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        seen += len(stripped[index])
        if line is None:
            continue  # a dropped line leaves no gap: its neighbours stay together
        if not line:
            kept.append((index, ""))
            continue
        name = None if index == protected else line_rule(line)
        if name in _END_MARKER_NAMES and (seen - len(line)) * 2 >= total:
            break
        if not name:
            kept.append((index, line))

    # Paragraph rules over blocks of consecutive non-blank lines.
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for item in kept:
        if item[1]:
            current.append(item)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    out_blocks: list[list[str]] = []
    for block in blocks:
        out: list[str] = []
        for unit in _units(block):
            unit_lines = [line for _, line in unit]
            is_widget = unit[0][0] != protected and all(
                _words(line) <= _SHORT_WORDS and not _ends_sentence(line) for line in unit_lines
            )
            if is_widget or footer_rule(" ".join(unit_lines)):
                continue
            out.extend(unit_lines)
        if out:
            out_blocks.append(out)

    _strip_first_dateline(out_blocks)
    if out_blocks:
        last = out_blocks[-1]
        last[-1] = strip_agency_suffix(last[-1])
    return "\n\n".join("\n".join(block) for block in out_blocks)


def _strip_first_dateline(blocks: list[list[str]]) -> None:
    """Strip a dateline from the first body line, looking past a headline above it."""
    looked = 0
    for block in blocks:
        for i, line in enumerate(block):
            block[i] = strip_dateline(line)
            looked += 1
            if _is_body_like(line) or looked >= 2:
                return


def clean_text(text: str) -> str:
    """Repair text and drop page boilerplate, keeping every real sentence verbatim.

    Args:
        text: Decoded article text, possibly with page furniture around it.

    Returns:
        Cleaned text; each line is a substring of a line of ``repair_text(text).text``.
    """
    return strip_boilerplate(repair_text(text).text)


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


def html_to_document_fields(html: str) -> tuple[str, str, str, str]:
    """Extract the article from an HTML page with trafilatura (no network).

    Args:
        html: The page markup.

    Returns:
        ``(title, text, date, url)``; ``text`` has been through `clean_text` and is ""
        when no article text was found. The title line is not repeated in ``text``.
    """
    import trafilatura  # imported here: it loads lxml and friends, slow for text-only runs

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
        return "", "", "", ""
    title = _metadata_str(getattr(result, "title", None))
    date = _metadata_str(getattr(result, "date", None))
    url = _metadata_str(getattr(result, "url", None))
    raw = getattr(result, "text", None)
    text = clean_text(raw) if isinstance(raw, str) else ""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest.strip("\n")
    else:
        # The page headline (<h1>) usually opens the extracted text even when the
        # <title> differs ("Headline | Outlet"): keep it out of the body either way.
        headline, body = split_title(text)
        if headline:
            title, text = title or headline, body
    return title, text, date, url
