"""Document dates and datelines (kg.dates): tables of metadata values and article openings."""

from __future__ import annotations

from datetime import date

import pytest

from kg.dates import (
    DATELINE_LINES,
    Dateline,
    Dating,
    DocDate,
    date_document,
    dateline_length,
    find_dateline,
    first_last,
    interval,
    overlaps,
    parse_bound,
    parse_date,
    precision_of,
    spells,
)

PARSE_TABLE = [
    ("2019-06-27", "2019-06-27", "day"),
    ("  2019-06-27  ", "2019-06-27", "day"),
    # The date as written in its own time zone, not moved to UTC.
    ("2019-06-27T23:30:00-05:00", "2019-06-27", "day"),
    ("2019-06-27 10:00", "2019-06-27", "day"),
    ("Thu, 27 Jun 2019 10:00:00 GMT", "2019-06-27", "day"),
    ("Sat Jun 29 2019 10:00 CEST", "2019-06-29", "day"),
    ("June 27, 2019", "2019-06-27", "day"),
    ("27 June 2019", "2019-06-27", "day"),
    ("2019/06/27", "2019-06-27", "day"),
    ("20190627", "2019-06-27", "day"),
    ("27.06.2019", "2019-06-27", "day"),
    ("13/07/2019", "2019-07-13", "day"),
    ("07/13/2019", "2019-07-13", "day"),
    ("07/07/2019", "2019-07-07", "day"),
    # Day and month could be swapped: only the year is known.
    ("06/07/2019", "2019", "year"),
    ("1561593600", "2019-06-27", "day"),
    ("1561593600.0", "2019-06-27", "day"),
    ("1561593600000", "2019-06-27", "day"),
    ("June 2019", "2019-06", "month"),
    ("2019-06", "2019-06", "month"),
    ("2019", "2019", "year"),
    # No year, no date.
    ("June 27", "", ""),
    ("Thursday", "", ""),
    ("10:00", "", ""),
    ("yesterday", "", ""),
    ("", "", ""),
    ("not a date", "", ""),
    ("2019-02-30", "", ""),
    ("2019-13-01", "", ""),
    ("0001-01-01", "", ""),
    ("99999999999999999999", "", ""),
]


@pytest.mark.parametrize(("value", "iso", "precision"), PARSE_TABLE)
def test_parse_date(value: str, iso: str, precision: str) -> None:
    assert parse_date(value) == DocDate(iso, precision)


DATELINE_TABLE = [
    (
        "MOSCOW, June 27 (Reuters) — Russia said on Wednesday it would leave.",
        Dateline("MOSCOW, June 27 (Reuters) —", "Moscow", 0, 6, 27, "Reuters"),
    ),
    (
        "Russia to withdraw its staff\n\nMoscow (AFP) –\n\n\nRussia is withdrawing its staff.",
        Dateline("Moscow (AFP) –", "Moscow", agency="AFP"),
    ),
    (
        "WASHINGTON — The president spoke on Monday.",
        Dateline("WASHINGTON —", "Washington"),
    ),
    (
        "SAN JUAN, Puerto Rico, June 27 (AP) — A storm hit the island.",
        Dateline("SAN JUAN, Puerto Rico, June 27 (AP) —", "San Juan, Puerto Rico", 0, 6, 27, "AP"),
    ),
    (
        "PORT-AU-PRINCE, Haiti (AP) - Protesters marched.",
        Dateline("PORT-AU-PRINCE, Haiti (AP) -", "Port-au-Prince, Haiti", agency="AP"),
    ),
    (
        "PARIS, 27 June 2019 (AFP) -- The minister resigned.",
        Dateline("PARIS, 27 June 2019 (AFP) --", "Paris", 2019, 6, 27, "AFP"),
    ),
    (
        "LONDON, Tuesday (Reuters) — Shares fell.",
        Dateline("LONDON, Tuesday (Reuters) —", "London", agency="Reuters"),
    ),
    (
        "Stocks slide\nBy Jane Roe\nNEW YORK, Jan. 5 (Reuters) - Stocks fell.",
        Dateline("NEW YORK, Jan. 5 (Reuters) -", "New York", 0, 1, 5, "Reuters"),
    ),
    (
        "RIO DE JANEIRO — Police said.",
        Dateline("RIO DE JANEIRO —", "Rio de Janeiro"),
    ),
    ("March 01, 2008\nThe company won a contract.", Dateline("March 01, 2008", "", 2008, 3, 1)),
    ("Wednesday, 27 June 2019\nText.", Dateline("Wednesday, 27 June 2019", "", 2019, 6, 27)),
    (
        "Headline\nPublished: June 27, 2019 10:32 AM EDT\nText.",
        Dateline("Published: June 27, 2019 10:32 AM EDT", "", 2019, 6, 27),
    ),
    ("2019-06-27\nText.", Dateline("2019-06-27", "", 2019, 6, 27)),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_TABLE)
def test_find_dateline(text: str, expected: Dateline) -> None:
    assert find_dateline(text) == expected


NO_DATELINE = [
    # An organisation or a word in capitals before a dash is not a place.
    "NATO — The alliance met on Monday.",
    "UPDATE — The story has changed.",
    "US — The president said so.",
    # After the dash comes a sentence, not a continuation.
    "MOSCOW - based company said it would sell.",
    "Russia says it is rotating technicians\n\nRussia said it was rotating technicians.",
    "An airplane is seen in Caracas, June 24, 2019\n\nText follows here.",
    "June 27\nA date without a year is no date line.",
    "February 30, 2019\nNo such day.",
    "\n".join(["Line."] * DATELINE_LINES + ["MOSCOW, June 27 (Reuters) — Too far down."]),
    "",
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "prefix"),
    [
        ("HARBOURTOWN, March 3 (XYZ-WIRE) — Norland closed.", "HARBOURTOWN, March 3 (XYZ-WIRE) — "),
        ("OLDTOWN, Sudria, 4 May 2020 – Officials met.", "OLDTOWN, Sudria, 4 May 2020 – "),
        # The shape alone: an unknown place in capitals is cut like a known one.
        ("OLDTOWN — “We will not retreat,” he said.", "OLDTOWN — "),
        ("Harbourtown (XYZ) – Norland closed its port.", "Harbourtown (XYZ) – "),
        ("Moscow (AFP) –", "Moscow (AFP) –"),
        ("NATO — the alliance — said it would respond.", ""),
        ("The minister (pictured) — a veteran — resigned.", ""),
        ("A — The letter was sent.", ""),
        ("Norland closed its port on Monday.", ""),
    ],
)
def test_dateline_length(line: str, prefix: str) -> None:
    assert line[: dateline_length(line)] == prefix


DOCUMENT_TABLE = [
    # A day in the metadata wins; the dateline still gives the place.
    ("2019-06-27", "MOSCOW, June 20 (Reuters) — Text.", Dating("2019-06-27", "day", "Moscow")),
    # The dateline refines a coarser metadata date.
    ("2019", "MOSCOW, June 27 (Reuters) — Text.", Dating("2019-06-27", "day", "Moscow")),
    ("2019-12", "MOSCOW, Jan. 2 (Reuters) — Text.", Dating("2020-01-02", "day", "Moscow")),
    # ... but not one it contradicts.
    ("2018", "MOSCOW, June 27, 2019 (Reuters) — Text.", Dating("2018", "year", "Moscow")),
    # Without metadata, the year comes from the first full date in the text.
    (
        "",
        "MOSCOW, June 27 (Reuters) — A plane landed on June 24, 2019 in Caracas.",
        Dating("2019-06-27", "day", "Moscow"),
    ),
    (
        "",
        "MOSCOW, Jan. 2 (Reuters) — Talks have stalled since December 30, 2018.",
        Dating("2019-01-02", "day", "Moscow"),
    ),
    ("", "MOSCOW, June 27 (Reuters) — No year anywhere.", Dating("", "", "Moscow")),
    ("", "Moscow (AFP) –\n\nRussia is leaving.", Dating("", "", "Moscow")),
    ("", "March 01, 2008\nThe company won.", Dating("2008-03-01", "day", "")),
    ("June 2019", "Text without a dateline.", Dating("2019-06", "month", "")),
    ("garbage", "Text.", Dating()),
    ("", "Text.", Dating()),
]


@pytest.mark.parametrize(("metadata", "text", "expected"), DOCUMENT_TABLE)
def test_date_document(metadata: str, text: str, expected: Dating) -> None:
    assert date_document(metadata, text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019", DocDate("2019", "year")),
        ("2019-06", DocDate("2019-06", "month")),
        ("2019-06-27", DocDate("2019-06-27", "day")),
    ],
)
def test_parse_bound(value: str, expected: DocDate) -> None:
    assert parse_bound(value) == expected


@pytest.mark.parametrize("value", ["2019-6", "June 2019", "2019-02-30", "", "19", "2019-06-27T10"])
def test_parse_bound_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="use YYYY, YYYY-MM or YYYY-MM-DD"):
        parse_bound(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-06-27", (date(2019, 6, 27), date(2019, 6, 27))),
        ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
        ("2019", (date(2019, 1, 1), date(2019, 12, 31))),
        ("", None),
        ("2019-13", None),
    ],
)
def test_interval(value: str, expected: tuple[date, date] | None) -> None:
    assert interval(value) == expected


@pytest.mark.parametrize(
    ("value", "since", "until", "expected"),
    [
        ("2019-06-27", "2019-06", "2019-06", True),
        ("2019-06-27", "2019-06-28", "", False),
        ("2019-06-27", "", "2019-06-26", False),
        ("2019-06-27", "", "", True),
        # A coarse date overlaps the range by the interval it covers.
        ("2019", "2019-06-01", "2019-06-30", True),
        ("2019-06", "2019-06-30", "", True),
        ("2019-06", "2019-07-01", "", False),
        ("2018", "2019", "2019", False),
        ("", "2019", "2019", False),
        ("", "", "", False),
    ],
)
def test_overlaps(value: str, since: str, until: str, expected: bool) -> None:
    assert overlaps(value, since, until) is expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2019-06-27", "2019-06-01", "2019-07-02"], ("2019-06-01", "2019-07-02")),
        (["2019-06-27", "", "2019-06-27"], ("2019-06-27", "2019-06-27")),
        # A year may be any day of it: it is both the earliest and the latest sighting.
        (["2019", "2019-06-27"], ("2019", "2019")),
        # On a tie the more precise date wins.
        (["2019-06", "2019-06-01", "2019-06-30"], ("2019-06-01", "2019-06-30")),
        (["", ""], (None, None)),
        ([], (None, None)),
    ],
)
def test_first_last(values: list[str], expected: tuple[str | None, str | None]) -> None:
    assert first_last(values) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-06-27", "day"), ("2019-06", "month"), ("2019", "year"), ("", ""), ("2019-99", "")],
)
def test_precision_of(value: str, expected: str) -> None:
    assert precision_of(value) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2019-06-27"], [("2019-06-27", "2019-06-28")]),
        # Consecutive days merge; the end is the day after the last one.
        (["2019-06-28", "2019-06-27", "2019-06-27"], [("2019-06-27", "2019-06-29")]),
        (
            ["2019-06-27", "2019-06-29"],
            [("2019-06-27", "2019-06-28"), ("2019-06-29", "2019-06-30")],
        ),
        (["2019-06", "2019-06-15"], [("2019-06-01", "2019-07-01")]),
        (["2019", "", "bad"], [("2019-01-01", "2020-01-01")]),
        ([], []),
    ],
)
def test_spells(values: list[str], expected: list[tuple[str, str]]) -> None:
    assert spells(values) == expected
