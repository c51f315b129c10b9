"""Document dates and datelines, as ISO prefixes with a known precision.

A document's date comes, in order of trust, from its metadata (a JSONL ``date`` or
``published`` field, the date trafilatura finds in an HTML page) and from its text: a
leading date line ("March 01, 2008") or a wire dateline ("MOSCOW, June 27 (Reuters) —").
A dateline rarely states the year; it is taken from the metadata, else from the first
full date written in the article, choosing the year that puts the dateline nearest to
it. A file's modification time is never used: it says when a file was copied, not when
the news happened.

Dates are ISO 8601 prefixes whose length is their precision: ``"2019-06-27"`` (day),
``"2019-06"`` (month), ``"2019"`` (year), or ``""`` (unknown). Comparisons treat a date
as the interval of days it covers, so ``"2019-06"`` overlaps ``"2019-06-27"``.

Every function here is pure: text and metadata in, values out.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Literal

__all__ = [
    "DATE_STAMP",
    "UNDATED",
    "Dateline",
    "Dating",
    "DocDate",
    "Precision",
    "date_document",
    "dateline_length",
    "find_dateline",
    "first_last",
    "interval",
    "overlaps",
    "parse_bound",
    "parse_date",
    "precision_of",
    "spells",
]

Precision = Literal["day", "month", "year", ""]

_PRECISION_BY_LENGTH: dict[int, Precision] = {10: "day", 7: "month", 4: "year", 0: ""}

#: Years accepted as the date of a news document; anything else is a parsing accident.
MIN_YEAR = 1800
MAX_YEAR = 2200

#: Lines at the top of a text searched for a date line or a dateline.
DATELINE_LINES = 6


@dataclass(frozen=True, slots=True)
class DocDate:
    """A date as an ISO prefix and its precision.

    Attributes:
        value: ``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"`` or ``""``.
        precision: ``"day"``, ``"month"``, ``"year"`` or ``""`` (undated).
    """

    value: str = ""
    precision: Precision = ""

    def __bool__(self) -> bool:
        return bool(self.value)


UNDATED = DocDate()


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline or a date line at the top of an article says.

    Attributes:
        text: The dateline as written ("MOSCOW, June 27 (Reuters) —").
        place: The place, in title case when written in capitals ("Moscow"), or "".
        year: Year when written, else 0.
        month: Month (1-12) when written, else 0.
        day: Day of the month when written, else 0.
        agency: The agency in brackets ("Reuters"), or "".
    """

    text: str
    place: str = ""
    year: int = 0
    month: int = 0
    day: int = 0
    agency: str = ""


@dataclass(frozen=True, slots=True)
class Dating:
    """The date and place kg records for one document.

    Attributes:
        date: ISO prefix (see `DocDate`), or "".
        precision: ``"day"``, ``"month"``, ``"year"`` or "".
        place: The dateline's place, or "".
    """

    date: str = ""
    precision: Precision = ""
    place: str = ""


# --------------------------------------------------------------------- metadata

_AMBIGUOUS_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_EPOCH = re.compile(r"^(\d{9,13})(?:\.\d+)?$")
_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# dateutil fills what a string leaves out from a default; parsing with two defaults
# that differ in every field shows which fields the string gave.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


#: A day written at the start of a file's name: "2019-06-27-reuters-talks", "2019_06_27".
_NAME_DATE = re.compile(r"(\d{4})([-_])(\d{2})\2(\d{2})(?![0-9])")


def file_name_date(stem: str) -> str:
    """The day a file's name starts with ("2019-06-27" of "2019-06-27-reuters-talks"),
    as an ISO date, or "" when it starts with none or with no real day ("2019-13-40").

    Args:
        stem: The file's name without its extension.
    """
    found = _NAME_DATE.match(stem)
    if found is None:
        return ""
    year, _, month, day = found.groups()
    date = _checked(int(year), int(month), int(day))
    return date.value if date.precision == "day" else ""


# Kept per string: a corpus repeats its publication dates (every article of a day, a
# date line on every page of an outlet), and dateutil takes tens of microseconds.
@functools.lru_cache(maxsize=4096)
def parse_date(value: str) -> DocDate:
    """Normalise a metadata date to an ISO prefix with its precision.

    Reads ISO 8601 ("2019-06-27T10:00:00Z"), RFC 2822 ("Thu, 27 Jun 2019 10:00:00
    GMT"), written dates ("June 27, 2019", "27 June 2019", "June 2019"), numeric dates
    ("2019/06/27", "27.06.2019"), bare years and Unix timestamps (seconds or
    milliseconds). The date is the one written, in its own time zone. A numeric date
    whose day and month could be swapped ("06/07/2019") keeps only its year.

    Args:
        value: The field as given.

    Returns:
        The date, or `UNDATED` when there is no year or the text is not a date.
    """
    text = " ".join(value.split())
    if not text:
        return UNDATED
    iso = _ISO_PREFIX.match(text)
    if iso:
        return _checked(*(int(g) if g else 0 for g in iso.groups()))
    epoch = _EPOCH.match(text)
    if epoch:
        digits = epoch.group(1)
        seconds = int(digits) / (1000 if len(digits) > 11 else 1)
        moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
        return _checked(moment.year, moment.month, moment.day)
    numeric = _AMBIGUOUS_NUMERIC.match(text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        if first > 12 >= second:
            return _checked(year, second, first)
        if second > 12 >= first or first == second:
            return _checked(year, first, second)
        return _checked(year, 0, 0)
    return _parse_with_dateutil(text)


def _parse_with_dateutil(text: str) -> DocDate:
    from dateutil import parser  # imported here: only metadata in unusual forms needs it

    try:
        a, b = (parser.parse(text, default=d, ignoretz=True) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return UNDATED
    if a.year != b.year:
        return UNDATED
    if a.month != b.month:
        return _checked(a.year, 0, 0)
    if a.day != b.day:
        return _checked(a.year, a.month, 0)
    return _checked(a.year, a.month, a.day)


def _checked(year: int, month: int, day: int) -> DocDate:
    """Build a DocDate from parts (0 = not given), or UNDATED when they are no date."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return UNDATED
    if not month:
        return DocDate(f"{year:04d}", "year")
    if not 1 <= month <= 12:
        return UNDATED
    if not day:
        return DocDate(f"{year:04d}-{month:02d}", "month")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return UNDATED
    return DocDate(f"{year:04d}-{month:02d}-{day:02d}", "day")


# -------------------------------------------------------------------- datelines

_MONTHS = {name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}
#: Month names as written, lower case, with their number: full, abbreviated, and "sept".
MONTH_WORDS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
    **_MONTHS,
    "sept": 9,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A date without a year ("June 27", "27 June"), optionally with one, or ISO.
_YEAR = r"(?:,?\s\d{4})"
_DATE = rf"(?:{_MONTH}\s{_DAY}{_YEAR}?|{_DAY}\s{_MONTH}{_YEAR}?|\d{{4}}-\d{{2}}-\d{{2}})"
_DASH = r"\s*(?:[—–]|--?)"
_AGENCY = r"\((?P<agency>[A-Z][\w&./ -]{0,30}[\w.])\)"
_CAPS_PLACE = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]*){0,3}"
_TITLE_PLACE = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
_REGION = rf",\s(?!{_MONTH}\s|{_WEEKDAY})(?P<region>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){{0,2}})"
_WHEN = rf"(?:,\s(?:(?P<date>{_DATE})|{_WEEKDAY}))?"

_DATELINES = (
    # MOSCOW, June 27 (Reuters) —   SAN JUAN, Puerto Rico (AP) —   WASHINGTON —
    re.compile(rf"^(?P<place>{_CAPS_PLACE})(?:{_REGION})?{_WHEN}\s*(?:{_AGENCY})?{_DASH}(?=\s|$)"),
    # Moscow (AFP) –   Paris, 27 June (AFP) -   (an agency marks mixed-case places)
    re.compile(rf"^(?P<place>{_TITLE_PLACE}){_WHEN}\s*{_AGENCY}{_DASH}(?=\s|$)"),
)
_STAMP_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_FULL = rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"

#: A publication date or time stamp alone on a line ("March 01, 2008", "Published 27
#: June 2019, 14:32 BST", "Updated: 06/27/2019"), case-insensitive; group ``stamp`` is
#: the date. Cleaning removes such lines (rule ``date_stamp``) and `find_dateline`
#: reads them: one pattern for both.
DATE_STAMP = (
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|date)\s*(?:on\s*)?:?\s*)?"
    rf"(?:{_STAMP_WEEKDAY},?\s+)?"
    rf"(?P<stamp>{_FULL}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?"
)
_DATE_STAMP_LINE = re.compile(rf"^{DATE_STAMP}\s*$", re.IGNORECASE)
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s{_DAY},?\s\d{{4}}|{_DAY}\s{_MONTH},?\s\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_LOWER_WORDS = frozenset({"al", "au", "da", "de", "del", "des", "do", "du", "es", "la", "le"})
_LOWER_WORDS |= {"of", "the", "upon", "on", "sur", "van", "von", "y"}


def find_dateline(text: str) -> Dateline | None:
    """Find the dateline or date line at the top of an article.

    Looks at the first `DATELINE_LINES` non-empty lines, before cleaning (a dateline
    is page furniture that cleaning removes). A line is a date line when it holds only a
    date ("March 01, 2008", "Published: 27 June 2019"); it starts with a dateline when it
    opens with a place, optionally a date, optionally an agency in brackets, and a dash
    ("MOSCOW, June 27 (Reuters) —", "Moscow (AFP) –"). A lone upper-case word with only a
    dash ("NATO — ...") is taken for a place only when it is a known place.

    Args:
        text: The article text as read (title and page furniture included).

    Returns:
        The first dateline found, or None.
    """
    seen = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        found = _date_line(line) or _dateline(line)
        if found is not None:
            return found
    return None


def _date_line(line: str) -> Dateline | None:
    match = _DATE_STAMP_LINE.match(line)
    if match is None:
        return None
    found = parse_date(match.group("stamp"))
    if not found:
        return None
    year, month, day = (int(part) for part in [*found.value.split("-"), "0", "0"][:3])
    return Dateline(text=line, year=year, month=month, day=day)


def _match_dateline(line: str) -> re.Match[str] | None:
    for pattern in _DATELINES:
        match = pattern.match(line)
        if match is None:
            continue
        rest = line[match.end() :].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘«"):
            continue
        return match
    return None


def dateline_length(line: str) -> int:
    """Length of the wire dateline that opens ``line``, with the space after it; else 0.

    This is the shape alone ("MOSCOW, June 27 (Reuters) — ", "Moscow (AFP) – "): a
    place, optionally a region and a date, optionally an agency in brackets, a dash, and
    a sentence (or nothing) after it. Cleaning cuts this much off the first paragraph.

    >>> dateline_length("PARIS (AFP) — The minister resigned.")
    13
    """
    match = _match_dateline(line)
    if match is None:
        return 0
    rest = line[match.end() :]
    return len(line) - len(rest.lstrip())


def _dateline(line: str) -> Dateline | None:
    match = _match_dateline(line)
    if match is None:
        return None
    place = match.group("place")
    region = match.groupdict().get("region") or ""
    agency = match.group("agency") or ""
    when = match.group("date") or ""
    if not (agency or when or region or " " in place) and not _known_place(place):
        # A lone word in capitals before a dash is furniture ("UPDATE —") as often as
        # a place: only a known place is kept as one.
        return None
    year, month, day = _date_parts(when) if when else (0, 0, 0)
    return Dateline(
        text=line[: match.end()].strip(),
        place=_place_name(place) + (f", {region}" if region else ""),
        year=year,
        month=month,
        day=day,
        agency=agency.strip(),
    )


def _known_place(name: str) -> bool:
    """A city or a country by name (not by code: "US —" opens a sentence, not a dateline)."""
    from kg import gazetteer  # imported here: its tables are built on first use

    if len(name) < 4:
        return False
    country = gazetteer.lookup_country(name)
    return bool(gazetteer.country_of_city(name)) or (
        country is not None and country.kind in ("name", "capital", "seat")
    )


def _place_name(place: str) -> str:
    """ "PORT-AU-PRINCE" -> "Port-au-Prince"; mixed-case places stay as written."""
    if not place.isupper():
        return place
    words = re.split(r"([ -])", place.lower())
    out = []
    for i, word in enumerate(words):
        if i == 0 or word not in _LOWER_WORDS:
            word = word[:1].upper() + word[1:]
        out.append(word)
    return "".join(out)


def _date_parts(text: str) -> tuple[int, int, int]:
    """("June 27, 2019") -> (2019, 6, 27); a missing year is 0."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        y, m, d = (int(p) for p in text.split("-"))
        return y, m, d
    words = re.findall(r"[A-Za-z]+|\d+", text)
    year = month = day = 0
    for word in words:
        if word.isdigit():
            if len(word) == 4:
                year = int(word)
            else:
                day = int(word)
        elif word.lower()[:3] in _MONTHS:
            month = _MONTHS[word.lower()[:3]]
    return year, month, day


# ------------------------------------------------------------------ one document


def date_document(metadata: str, text: str) -> Dating:
    """Date a document from its metadata date and its text.

    The metadata date wins when it gives the day. A dateline or date line fills in
    what the metadata leaves out: its day and month refine a metadata year or month they
    fall in or near, and a dateline without a year takes it from the metadata, else
    from the first full date in the text (the year that puts the dateline nearest it).
    The dateline's place is kept either way.

    Args:
        metadata: The date field as given (JSONL, HTML metadata), or "".
        text: The article text before cleaning.

    Returns:
        The document's date, its precision and the dateline's place.
    """
    meta = parse_date(metadata)
    line = find_dateline(text)
    if line is None:
        return Dating(meta.value, meta.precision)
    place = line.place
    if meta.precision == "day" or not line.month:
        # A dateline "Moscow (AFP) –" or "LONDON, Tuesday —" says where, not when.
        if meta or not line.year:
            return Dating(meta.value, meta.precision, place)
        found = _checked(line.year, 0, 0)
        return Dating(found.value, found.precision, place)
    if line.year:
        found = _checked(line.year, line.month, line.day)
    else:
        reference = _interval(meta.value) if meta else _first_full_date(text, line.text)
        if reference is None:
            return Dating(meta.value, meta.precision, place)
        found = _nearest_year(line.month, line.day, reference)
    if not found:
        return Dating(meta.value, meta.precision, place)
    if meta and not _near(found.value, meta.value):
        # The text contradicts the metadata: trust the metadata.
        return Dating(meta.value, meta.precision, place)
    return Dating(found.value, found.precision, place)


def _first_full_date(text: str, skip: str) -> tuple[date, date] | None:
    start = text.find(skip) + len(skip) if skip and skip in text else 0
    for match in _FULL_DATE.finditer(text, start):
        year, month, day = _date_parts(match.group(0))
        found = _checked(year, month, day)
        if found:
            return _interval(found.value)
    return None


def _nearest_year(month: int, day: int, reference: tuple[date, date]) -> DocDate:
    best: tuple[int, DocDate] | None = None
    for year in (reference[0].year - 1, reference[0].year, reference[1].year + 1):
        candidate = _checked(year, month, day)
        span = _interval(candidate.value)
        if span is None:
            continue
        gap = max((reference[0] - span[1]).days, (span[0] - reference[1]).days, 0)
        if best is None or gap < best[0]:
            best = (gap, candidate)
    return best[1] if best is not None else UNDATED


def _near(value: str, meta: str, days: int = 31) -> bool:
    a, b = _interval(value), _interval(meta)
    if a is None or b is None:
        return False
    return a[0] <= b[1] + timedelta(days=days) and b[0] <= a[1] + timedelta(days=days)


# ------------------------------------------------------------- ranges and spans


def parse_bound(text: str) -> DocDate:
    """Parse a ``--since``/``--until`` value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Raises:
        ValueError: for any other form, or a date that does not exist.
    """
    match = _ISO_PREFIX.match(text.strip())
    found = _checked(*(int(g) if g else 0 for g in match.groups())) if match else UNDATED
    if not found:
        raise ValueError(f"'{text}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return found


def interval(value: str) -> tuple[date, date] | None:
    """Return the first and last day an ISO prefix covers, or None when undated.

    >>> interval("2019-02")
    (datetime.date(2019, 2, 1), datetime.date(2019, 2, 28))
    """
    return _interval(value)


def _interval(value: str) -> tuple[date, date] | None:
    match = _ISO_PREFIX.match(value)
    if match is None:
        return None
    y, m, d = (int(g) if g else 0 for g in match.groups())
    if not _checked(y, m, d):
        return None
    if d:
        day = date(y, m, d)
        return day, day
    if m:
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    return date(y, 1, 1), date(y, 12, 31)


def overlaps(value: str, since: str = "", until: str = "") -> bool:
    """Whether a date's interval meets the range from ``since`` to ``until`` (inclusive).

    Each bound is an ISO prefix or "" (open); ``since`` counts from its first day and
    ``until`` to its last, so ``overlaps("2019", since="2019-06")`` is true.

    Returns:
        False for an undated value.
    """
    span = _interval(value)
    if span is None:
        return False
    low = _interval(since) if since else None
    high = _interval(until) if until else None
    if low is not None and span[1] < low[0]:
        return False
    return not (high is not None and span[0] > high[1])


def first_last(values: Iterable[str]) -> tuple[str | None, str | None]:
    """The earliest and latest of some ISO-prefix dates, by the intervals they cover.

    ``first`` is the date whose interval starts first, ``last`` the one whose interval
    ends last; on a tie the more precise date wins. Undated values are ignored.

    Returns:
        ``(first, last)``, or ``(None, None)`` when nothing is dated.
    """
    spans = [(span, v) for v in set(values) if (span := _interval(v)) is not None]
    if not spans:
        return None, None
    first = min(spans, key=lambda s: (s[0][0], s[0][1], s[1]))[1]
    last = max(spans, key=lambda s: (s[0][1], s[0][0], s[1]))[1]
    return first, last


def precision_of(value: str) -> Precision:
    """The precision of an ISO prefix (by its length), "" when it is none."""
    return _PRECISION_BY_LENGTH.get(len(value), "") if _interval(value) else ""


def spells(values: Iterable[str]) -> list[tuple[str, str]]:
    """Merge the days some ISO-prefix dates cover into ``(start, end)`` spells.

    ``end`` is the day after the last day covered, so a one-day sighting lasts the whole
    day on a timeline; spells that touch or overlap are merged. Undated values are
    ignored.

    >>> spells(["2019-06-27", "2019-06-28", "2019-08"])
    [('2019-06-27', '2019-06-29'), ('2019-08-01', '2019-09-01')]
    """
    spans = sorted(span for v in set(values) if (span := _interval(v)) is not None)
    merged: list[list[date]] = []
    for start, last in spans:
        end = last + timedelta(days=1)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a.isoformat(), b.isoformat()) for a, b in merged]
