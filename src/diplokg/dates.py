"""Find date expressions in article text and resolve them against the publication date.

Spans are found with compiled regular expressions (one per surface pattern); every pattern
collects candidates, and the longest non-overlapping candidates win, so "October 6-7, 2025" is
one range rather than two dates, and "last October" beats "October". The text a pattern matched
(or a phrase rebuilt from its groups, for ranges) is then read by ``dateparser``, English only,
with settings that forbid guessing: the parts the pattern promises are required, numeric dates
are read strictly year-month-day, and phrases without a year are read against the publication
date (``RELATIVE_BASE``) in the direction of the tense (``PREFER_DATES_FROM``).

Resolution rules (the publication date is the anchor for everything that lacks a year):

- weekdays: past tense -> the same or the previous such day (0-6 days back); future tense ->
  the same or the next such day (0-6 ahead); "last"/"next" force 1-7 days back/ahead;
- yearless months ("earlier in September"): the publication year, unless the month lies after
  the publication month in past tense (previous year) or before it in future tense (next year);
- yearless days ("1 November", the dateline "Male, Oct 7"): the publication year, unless the
  date is more than a month on the wrong side of publication for the tense (the slack absorbs
  announcements whose tense the caller misreads);
- "last week"/"next week": the month (or year) holding the whole calendar week, else unresolved;
- bare years count only after a cue word ("in 2010", "since 1992"): "Fleet Review 2026",
  "2024-2027 cycle" and "Plan of Action (2026-2030)" are names or spans, not dates.

Without a publication date every expression that needs one is still reported, with kind
"unresolved" and ``date`` None; only yearless days may take their year from another date the
article states in full (``year_anchor``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from diplokg.model import PartialDate

__all__ = ["KINDS", "DateExpression", "day_on_weekday", "find_date_expressions", "resolve_relative"]

KINDS = ("absolute", "relative", "partial", "range", "unresolved")


@dataclass(frozen=True)
class DateExpression:
    """A date phrase found in text: ``text == source[start:end]``; ``date`` None when unresolved."""

    start: int
    end: int
    text: str
    date: PartialDate | None
    end_date: PartialDate | None
    kind: str  # "absolute" | "relative" | "partial" | "range" | "unresolved"


# --------------------------------------------------------------------------- vocabulary (spans only)

# Spellings the span patterns accept; dateparser turns them into numbers.
_FULL_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_SHORT_MONTHS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
# Month names that are also ordinary English words: accepted only when capitalised.
_AMBIGUOUS_MONTHS = {"may", "march", "mar"}

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Abbreviated weekdays ("Tue, 7 Oct") only when capitalised: "sat", "sun" and "wed" are words.
_WEEKDAY_ABBREVIATIONS = r"(?-i:(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\b)"

# Counts before "days ago"; "several" and "few" are spans that dateparser cannot resolve.
_COUNT_WORDS = (
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "several", "few",
)  # fmt: skip
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")

# Whitespace inside a date phrase: spaces, tabs, no-break spaces, at most one line break (a
# wrapped line) but never a paragraph break.
_SP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_SP0 = r"(?:[^\S\n]*\n?[^\S\n]*)"

# Longest alternatives first so that "september" is not cut to "sep". An abbreviation may carry
# its full stop ("Sept.", "Oct."); a full name never does (that is the sentence's).
_MONTH = (
    r"\b(?:(?:" + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True)) + r")\b"
    r"|(?:" + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True)) + r")\b\.?)"
)
_WEEKDAY = r"\b(?:" + "|".join(_WEEKDAYS) + r")\b"
_WEEKDAY_PREFIX = rf"(?P<wd>(?:\b(?:{'|'.join(_WEEKDAYS)})\b|{_WEEKDAY_ABBREVIATIONS}\.?),?{_SP})"
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?\b"
# A day that opens a match must not be the tail of a number, a decimal or another date.
_LEADING_DAY = r"(?<![0-9.,/:-])" + _DAY
_YEAR = r"(?:1[89][0-9][0-9]|2[01][0-9][0-9])(?![0-9]|[-–—/][0-9])"
_RANGE_SEP = rf"(?:{_SP0}[-–—]{_SP0}|{_SP}(?:to|through|till|until|and){_SP})"

# Cue words that must precede a bare month or bare year for it to count as a date.
_CUE_BEFORE_BARE = re.compile(
    r"(?:\b(?:in|since|during|by|until|till|from|through|throughout|before|after|early|late|"
    r"mid|year|circa|(?:week|weekend|half|part|quarter|end|beginning|start|middle|month|days|summer|"
    rf"winter|spring|autumn|monsoon)\s+of){_SP}|\b(?:mid|end|early|late)-)\Z",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_FROM_OR_BETWEEN_BEFORE = re.compile(r"\b(?:from|between)\s+\Z", re.IGNORECASE)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _is_month_word(token: str) -> bool:
    """False for a lower-case month name that is an ordinary word ("may", "march")."""
    bare = token.rstrip(".")
    return bare.lower() not in _AMBIGUOUS_MONTHS or bare[:1].isupper()


# --------------------------------------------------------------------------- reading with dateparser

_DAY_MONTH_YEAR = ("day", "month", "year")
_DAY_MONTH = ("day", "month")
_MONTH_ONLY = ("month",)


_ABSOLUTE = ("absolute-time",)
# Never a Unix timestamp or "20251006" read as a date.
_RELATIVE_OR_ABSOLUTE = ("relative-time", "absolute-time")


def _parser(required: tuple[str, ...], parsers: tuple[str, ...] = _ABSOLUTE, **settings: object) -> DateDataParser:
    """A dateparser reader. Only phrases relative to a day ("yesterday", "last week", "3 days ago")
    need its relative-time parser; the others skip it (a third of each reading's time)."""
    return DateDataParser(
        languages=["en"],
        settings={
            "REQUIRE_PARTS": list(required),
            "RETURN_AS_TIMEZONE_AWARE": False,
            # A month without a day stands for its first day; the year choices below rely on it.
            "PREFER_DAY_OF_MONTH": "first",
            "PARSERS": list(parsers),
            **settings,
        },
    )


# Readings that need no publication date: built once.
_FULL_DATE = _parser(_DAY_MONTH_YEAR)
_MONTH_AND_YEAR = _parser(("month", "year"))
_NUMERIC_DATE = _parser(_DAY_MONTH_YEAR, DATE_ORDER="YMD", STRICT_DATE_ORDER="all")  # "2025-13-01" is no date
# Whether a yearless day exists at all ("February 30" does not): read in a leap year.
_DAY_IN_LEAP_YEAR = _parser(_DAY_MONTH, RELATIVE_BASE=datetime(2000, 1, 1))


@lru_cache(maxsize=256)
def _anchored(base: date, prefer: str, required: tuple[str, ...] = (), parsers: tuple[str, ...] = _ABSOLUTE) -> DateDataParser:
    """A parser reading yearless (or, with the relative-time parser, relative) phrases from
    ``base`` (one per article and tense)."""
    return _parser(required, parsers, RELATIVE_BASE=datetime(base.year, base.month, base.day), PREFER_DATES_FROM=prefer)


def _read(parser: DateDataParser, phrase: str) -> tuple[date, str] | None:
    """The date and its period ("day", "week", "month", "year") that ``parser`` reads in ``phrase``."""
    return _read_normalised(parser, " ".join(phrase.split()))


@lru_cache(maxsize=4096)
def _read_normalised(parser: DateDataParser, phrase: str) -> tuple[date, str] | None:
    try:
        data = parser.get_date_data(phrase)
    except (OverflowError, ValueError):  # a publication date at the very ends of the calendar
        return None
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period


# Month names are read from the first of a month: dateparser builds the date with its base's day
# before it corrects the day, so from a base on the 31st "Feb" ends in a search for a leap year.
def _first_of_month(published: date) -> date:
    return published.replace(day=1)


def _first_of_previous_month(published: date) -> date:
    return (published.replace(day=1) - timedelta(days=1)).replace(day=1)


# --------------------------------------------------------------------------- precision


def _as_date(value: date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _iso_day(value: date) -> PartialDate:
    return PartialDate(value.isoformat())


def _iso_month(value: date) -> PartialDate:
    return PartialDate(f"{value.year:04d}-{value.month:02d}")


def _iso_year(year: int) -> PartialDate:
    return PartialDate(f"{year:04d}")


def _week_precision(monday: date) -> PartialDate | None:
    """The coarsest-but-true PartialDate for the calendar week starting ``monday``, if any."""
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _iso_month(monday)
    if monday.year == sunday.year:
        return _iso_year(monday.year)
    return None


def _at_precision(found: tuple[date, str] | None) -> PartialDate | None:
    """A dateparser reading as a PartialDate as precise as the phrase ("two weeks ago": a week)."""
    if found is None:
        return None
    value, period = found
    if period == "day":
        return _iso_day(value)
    if period == "week":
        return _week_precision(value - timedelta(days=value.weekday()))
    if period == "month":
        return _iso_month(value)
    if period == "year":
        return _iso_year(value.year)
    return None


# A yearless day may sit up to this far on the "wrong" side of publication for its tense.
_YEARLESS_DAY_SLACK = timedelta(days=31)


def _yearless_day(phrase: str, published: date, future: bool) -> date | None:
    """The date a yearless day phrase ("1 November") names, seen from publication in the tense:
    the latest such day up to a month after publication (past tense), the earliest from a month
    before it (future tense); only in the years around publication (a 29 February may have none)."""
    # The phrase is read with each candidate year written out, not from a base date: readings
    # of "1 November 2025" are shared by every article, readings anchored on an article's day
    # would not be.
    candidates = _in_years(phrase, (published.year - 1, published.year, published.year + 1))
    if future:
        later = [d for d in candidates if d >= published - _YEARLESS_DAY_SLACK]
        return min(later) if later else None
    earlier = [d for d in candidates if d <= published + _YEARLESS_DAY_SLACK]
    return max(earlier) if earlier else None


def _in_years(phrase: str, years: tuple[int, ...]) -> list[date]:
    """The days a yearless day phrase names in each of ``years`` (none in a year without it)."""
    # Read once, in a leap year, for its month and day: the reading is shared by every article.
    found = _day_of(_read(_DAY_IN_LEAP_YEAR, phrase))
    if found is None:
        return []
    days = []
    for year in years:
        try:
            days.append(found.replace(year=year))
        except ValueError:  # 29 February in a common year, or a year beyond the calendar
            pass
    return days


def _day_nearest(phrase: str, anchor: date) -> date | None:
    """The date a yearless day phrase names in the year that puts it nearest to ``anchor`` (another
    date the article states in full): "May 14" beside "May 12, 2026" is 2026, "January 3" beside
    "December 30, 2025" is 2026."""
    days = _in_years(phrase, (anchor.year - 1, anchor.year, anchor.year + 1))
    return min(days, key=lambda d: abs(d - anchor)) if days else None


def day_on_weekday(phrase: str, years: set[int], weekday: str) -> date | None:
    """The one day a yearless day phrase ("Dec 30") names, among ``years``, that falls on
    ``weekday`` ("wednesday"); None when no year or more than one fits."""
    number = _WEEKDAYS.index(weekday.lower())
    fitting = [d for d in _in_years(phrase, tuple(sorted(years))) if d.weekday() == number]
    return fitting[0] if len(fitting) == 1 else None


def _day_of(found: tuple[date, str] | None) -> date | None:
    return found[0] if found is not None else None


def _yearless_month(phrase: str, published: date, future: bool) -> date | None:
    """The month a yearless month name names: past tense the latest up to the publication month,
    future tense the earliest from it on."""
    if not future:
        return _day_of(_read(_anchored(_first_of_month(published), "past", _MONTH_ONLY), phrase))
    # dateparser's "future" starts after the base month; the publication month itself belongs
    # to the future tense ("in October, the minister will visit", written in October).
    return _day_of(_read(_anchored(_first_of_previous_month(published), "future", _MONTH_ONLY), phrase))


# --------------------------------------------------------------------------- relative words

# "the day before yesterday", "the day after tomorrow": two days from the publication day
_TWO_DAYS_OFF = re.compile(r"^the day (before|after) (?:yesterday|tomorrow)\Z", re.IGNORECASE)
_RELATIVE_PHRASE = re.compile(
    r"^(?:(?P<mod>last|next|this|coming)\s+)?(?P<unit>[a-z]+)\.?\Z|"
    r"^(?P<count>[0-9]+|[a-z]+)\s+(?P<agounit>day|week|month|year)s?\s+ago\Z",
    re.IGNORECASE,
)


def resolve_relative(weekday_or_word: str, published: date | None, *, future: bool) -> PartialDate | None:
    """Resolve a relative phrase against the publication date, or None if it cannot be.

    Accepts a weekday ("Tuesday", "last Tuesday", "next Friday"), "today", "tonight",
    "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow", "last/this/next week|month|year", a month with "last/next/this"
    ("last October") and "<n> days|weeks|months|years ago". ``future`` is the tense of the
    clause: a bare future-tense "Wednesday" is the same or the next Wednesday.
    """
    published = _as_date(published)
    if published is None:
        return None
    phrase = " ".join(weekday_or_word.split())
    if (two_days := _TWO_DAYS_OFF.match(phrase)) is not None:
        return _iso_day(published + timedelta(days=-2 if two_days.group(1).lower() == "before" else 2))
    match = _RELATIVE_PHRASE.match(phrase)
    if match is None:
        return None
    try:
        return _resolve_relative_match(match, published, future)
    except OverflowError:  # a publication date at the very ends of the calendar
        return None


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _weekday_near(published: date, weekday: int, future: bool) -> date:
    """The day of the week ``weekday`` (Monday 0) on or before ``published``, or on or after it
    when ``future``."""
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _resolve_relative_match(match: re.Match[str], published: date, future: bool) -> PartialDate | None:
    from_publication = _anchored(published, "current_period", (), _RELATIVE_OR_ABSOLUTE)
    if match.group("agounit"):
        return _at_precision(_read(from_publication, match.group(0)))
    modifier = (match.group("mod") or "").lower()
    if modifier == "coming":  # dateparser knows "next Tuesday", not "coming Tuesday"
        modifier = "next"
    unit_text = match.group("unit")
    unit = unit_text.lower()

    if unit in _WEEKDAYS:
        if modifier in ("last", "next"):  # 1-7 days back or ahead
            return _at_precision(_read(from_publication, f"{modifier} {unit}"))
        # By the tense: the same day as publication or the one before (a bare "Tuesday" in a
        # report), the same or the next ("will meet on Tuesday", "this Tuesday"). Plain
        # arithmetic: dateparser reads it the same way, anchored on each article's own day, so
        # its readings are never reused and cost a fifth of all extraction.
        return _iso_day(_weekday_near(published, _WEEKDAYS.index(unit), future))
    if not modifier:
        offset = _DAY_WORDS.get(unit)
        return _iso_day(published + timedelta(days=offset)) if offset is not None else None
    if unit in _PARTS_OF_DAY:
        # Only the day is kept: "this morning" is the publication day, "last night" the day
        # before (and "last evening" too); "tomorrow morning" has no modifier here.
        offset = {"this": 0, "last": -1}.get(modifier)
        return _iso_day(published + timedelta(days=offset)) if offset is not None else None
    if unit in ("week", "month", "year"):
        return _at_precision(_read(from_publication, f"{modifier} {unit}"))
    if unit in _FULL_MONTHS or unit in _SHORT_MONTHS:
        if not _is_month_word(unit_text):
            return None
        if modifier == "last":
            # The latest such month before the publication month: dateparser's "past" from the
            # month before publication (from publication it would count the publication month).
            found = _read(_anchored(_first_of_previous_month(published), "past", _MONTH_ONLY), unit_text)
        elif modifier == "next":  # dateparser's "future" already starts after the publication month
            found = _read(_anchored(_first_of_month(published), "future", _MONTH_ONLY), unit_text)
        else:
            found = _read(_anchored(_first_of_month(published), "current_period", _MONTH_ONLY), unit_text)
        return _iso_month(found[0]) if found else None
    return None


# --------------------------------------------------------------------------- span patterns

# Each handler gets the match and the context and returns (start, end, date, end_date, kind), or
# None when the match is not a date after all (lower-case "may", 31 February, missing cue, ...).
Candidate = tuple[int, int, PartialDate | None, PartialDate | None, str]


@dataclass(frozen=True)
class _Context:
    text: str
    published: date | None
    future: bool
    year_anchor: date | None = None  # without publication: a full date of the article, for yearless days

    def before(self, position: int, width: int = 40) -> str:
        return self.text[max(0, position - width) : position]


def _kind_for(value: PartialDate | None, stated_fully: bool) -> str:
    if value is None:
        return "unresolved"
    if len(value.iso) < 10:
        return "partial"
    return "absolute" if stated_fully else "relative"


def _single_day(m: re.Match[str], ctx: _Context) -> Candidate | None:
    if not _is_month_word(m.group("m")):
        return None
    # The weekday is left out: it only describes the date, and dateparser rejects "Thurs,".
    phrase = ctx.text[m.end("wd") if m.group("wd") else m.start() : m.end()].replace("/", " ")  # "May 5/2026"
    if m.group("y"):
        found = _read(_FULL_DATE, phrase)
        return (m.start(), m.end(), _iso_day(found[0]), None, "absolute") if found else None
    if _read(_DAY_IN_LEAP_YEAR, phrase) is None:  # "February 30"
        return None
    if ctx.published is None and ctx.year_anchor is None:
        return m.start(), m.end(), None, None, "unresolved"
    day = _yearless_day(phrase, ctx.published, ctx.future) if ctx.published else _day_nearest(phrase, ctx.year_anchor)
    value = _iso_day(day) if day else None
    return m.start(), m.end(), value, None, _kind_for(value, False)


def _monthless_day(day: int, published: date, future: bool) -> date | None:
    """The publication month's ``day``; in past tense a day after publication is last month's, in
    future tense a day before it next month's. None when that month has no such day."""
    month = _first_of_month(published)
    if future and day < published.day:
        month = (month + timedelta(days=32)).replace(day=1)
    elif not future and day > published.day:
        month = _first_of_previous_month(published)
    try:
        return month.replace(day=day)
    except ValueError:  # "the 31st" of a 30-day month
        return None


def _weekday_day(day: int, weekday: int, published: date, future: bool, months: list[date]) -> date | None:
    """Of ``months`` (first days), the ``day`` that falls on ``weekday`` nearest to ``published``
    in the tense's direction (the day of publication counts for both). None when none does."""
    found = []
    for month in months:
        try:
            found.append(month.replace(day=day))
        except ValueError:
            continue
    found = [d for d in found if d.weekday() == weekday and (d >= published if future else d <= published)]
    return min(found, key=lambda d: abs((d - published).days)) if found else None


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(_FULL_MONTHS) + r")\b", re.IGNORECASE)


def _day_of_month(m: re.Match[str], ctx: _Context) -> Candidate | None:
    start, end = m.start("body"), m.end("body")
    this_month = m.group("month") is not None
    # "In July, they met on the 3rd": the day is of the month named before it, not the article's.
    named = [] if this_month else [_FULL_MONTHS.index(x.group(0).lower()) + 1 for x in _MONTH_NAME.finditer(ctx.text, 0, m.start())
                                   if _is_month_word(x.group(0))]
    if ctx.published is None:
        return start, end, None, None, "unresolved"
    day = int(m.group("d"))
    month = _first_of_month(ctx.published)
    if this_month:  # "the 20th of this month": the publication's month whatever the tense
        found = _day_in(month, day)
    elif m.group("wd"):
        # "on Tuesday the 12th": the month around publication whose 12th is a Tuesday.
        months = [_first_of_previous_month(ctx.published), month, (month + timedelta(days=32)).replace(day=1)]
        found = _weekday_day(day, _WEEKDAYS.index(m.group("wd").lower()), ctx.published, ctx.future, months)
    else:
        found = _monthless_day(day, ctx.published, ctx.future)
    if named and (found is None or any(n != found.month for n in named)):
        # a month named before it that is not the one read ("In July, ... on the 3rd"); the same
        # month ("WARSAW, March 12 (Reuters) - ... met B on the 10th": the dateline's) agrees
        return start, end, None, None, "unresolved"
    value = _iso_day(found) if found else None
    return start, end, value, None, _kind_for(value, False)


def _day_in(month: date, day: int) -> date | None:
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def _iso_numeric(m: re.Match[str], ctx: _Context) -> Candidate | None:
    found = _read(_NUMERIC_DATE, m.group(0))
    return (m.start(), m.end(), _iso_day(found[0]), None, "absolute") if found else None


def _dotted_day_first(m: re.Match[str], ctx: _Context) -> Candidate | None:
    """"25.11.2026": dots between the numbers write day, month, year (the European order)."""
    try:
        value = date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None
    return m.start(), m.end(), _iso_day(value), None, "absolute"


# How near the publication day an ambiguous slashed date must fall for its reading to be taken.
_SLASHED_DATE_WINDOW = timedelta(days=31)


def _slashed_date(m: re.Match[str], ctx: _Context) -> Candidate | None:
    """"14/12/2026" and "12/14/2026": slashes write day and month in either order, by country.

    The order is certain when one number is above 12. Else the reading that falls within a month
    of the publication day is taken when the other does not ("10/03/2026" in an article of
    2026-03-12 is 10 March, not 3 October); when both or neither are near, it stays unread.
    """
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    readings = []
    for day, month in ((first, second), (second, first)):  # day first, then month first
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    readings = sorted(set(readings))
    if len(readings) == 2:
        near = [r for r in readings if ctx.published is not None and abs(r - ctx.published) <= _SLASHED_DATE_WINDOW]
        readings = near if len(near) == 1 else []
    if len(readings) != 1:
        return None
    return m.start(), m.end(), _iso_day(readings[0]), None, "absolute"


_DAY_BEFORE = re.compile(rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?\Z", re.IGNORECASE)


def _month_year(m: re.Match[str], ctx: _Context) -> Candidate | None:
    # "31 February 2025" is a broken day date, not the month February 2025.
    if not _is_month_word(m.group("m")) or _DAY_BEFORE.search(ctx.before(m.start(), 12)):
        return None
    found = _read(_MONTH_AND_YEAR, m.group(0))
    return (m.start(), m.end(), _iso_month(found[0]), None, "partial") if found else None


# "talks are scheduled (planned, set, slated, pencilled in) for June": the month a plan is set for;
# not any "for" ("funds for May exercises")
_SET_FOR_BEFORE_BARE = re.compile(
    r"\b(?:scheduled|rescheduled|planned|set|slated|pencil?led(?:\s+in)?|earmarked|fixed|tabled)"
    r"(?:\s+(?:tentatively|provisionally))?\s+for\s+\Z",
    re.IGNORECASE,
)


def _bare_month(m: re.Match[str], ctx: _Context) -> Candidate | None:
    before = ctx.before(m.start())
    if not _is_month_word(m.group("m")) or not (_CUE_BEFORE_BARE.search(before) or _SET_FOR_BEFORE_BARE.search(before)):
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    month = _yearless_month(m.group("m"), ctx.published, ctx.future)
    value = _iso_month(month) if month else None
    return m.start(), m.end(), value, None, _kind_for(value, False)


# Bare years are four digits the pattern already checked: int() is all the reading they need.
def _bare_year(m: re.Match[str], ctx: _Context) -> Candidate | None:
    if not _CUE_BEFORE_BARE.search(ctx.before(m.start())):
        return None
    return m.start(), m.end(), _iso_year(int(m.group("y"))), None, "partial"


def _year_range(m: re.Match[str], ctx: _Context) -> Candidate | None:
    first, last = int(m.group("y1")), int(m.group("y2"))
    if not _FROM_OR_BETWEEN_BEFORE.search(ctx.before(m.start())) or last <= first:
        return None
    if m.group("sep").strip().lower() == "and" and not _BETWEEN_BEFORE.search(ctx.before(m.start())):
        return None
    return m.start(), m.end(), _iso_year(first), _iso_year(last), "range"


def _month_of_relative_year(m: re.Match[str], ctx: _Context) -> Candidate | None:
    if not _is_month_word(m.group("m")):
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    step = {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
    year = ctx.published.year + step
    found = _read(_MONTH_AND_YEAR, f"{m.group('m')} {year}") if 1 <= year <= 9999 else None
    value = _iso_month(found[0]) if found else None
    return m.start(), m.end(), value, None, _kind_for(value, False)


def _relative(m: re.Match[str], ctx: _Context) -> Candidate | None:
    unit = m.groupdict().get("m")
    if unit is not None and not _is_month_word(unit):
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    value = resolve_relative(m.group(0), ctx.published, future=ctx.future)
    return m.start(), m.end(), value, None, _kind_for(value, False)


def _day_range(m: re.Match[str], ctx: _Context) -> Candidate | None:
    """Ranges of days: "October 6-7, 2025", "6-7 October", "January 8 to 10", "30 Sept - 2 Oct"."""
    sep = m.group("sep").strip().lower()
    if sep == "and" and not _BETWEEN_BEFORE.search(ctx.before(m.start())) and not _next_day_of_one_month(m):
        return None
    month_1 = m.group("m1") or m.group("m2")
    month_2 = m.group("m2") or m.group("m1")
    if not (month_1 and month_2 and _is_month_word(month_1) and _is_month_word(month_2)):
        return None
    # Each end is rebuilt as "<day> <month> [<year>]" for dateparser; a year stated once holds for both.
    day_1, day_2 = f"{m.group('d1')} {month_1}", f"{m.group('d2')} {month_2}"
    year_1_text, year_2_text = m.group("y1"), m.group("y2")
    first: date | None
    last: date | None
    if year_1_text or year_2_text:
        year_2 = int(year_2_text or year_1_text)
        first = _day_of(_read(_FULL_DATE, f"{day_1} {year_1_text or year_2}"))
        last = _day_of(_read(_FULL_DATE, f"{day_2} {year_2}"))
        if first is not None and last is not None and first > last and not year_1_text:
            first = _day_of(_read(_FULL_DATE, f"{day_1} {year_2 - 1}"))  # "30 Dec - 2 Jan 2026"
    else:
        if _read(_DAY_IN_LEAP_YEAR, day_1) is None or _read(_DAY_IN_LEAP_YEAR, day_2) is None:
            return None
        if ctx.published:
            first = _yearless_day(day_1, ctx.published, ctx.future)
        else:
            first = _day_nearest(day_1, ctx.year_anchor) if ctx.year_anchor else None
        if first is None:
            return m.start(), m.end(), None, None, "unresolved"
        last = _day_of(_read(_FULL_DATE, f"{day_2} {first.year}"))
        if last is not None and last < first:
            last = _day_of(_read(_FULL_DATE, f"{day_2} {first.year + 1}"))  # "December 30 to January 2"
    if first is None or last is None or last < first:
        return None
    if first == last:
        return m.start(), m.end(), _iso_day(first), None, _kind_for(_iso_day(first), bool(year_1_text or year_2_text))
    return m.start(), m.end(), _iso_day(first), _iso_day(last), "range"


def _next_day_of_one_month(m: re.Match[str]) -> bool:
    """"held on November 20 and 21": two days in a row of one month are the days of one occasion
    (not "on 6 and 9 October", two dates)."""
    if m.group("m1") and m.group("m2") or m.group("y1"):
        return False
    first, second = (re.match(r"[0-9]+", m.group(g)) for g in ("d1", "d2"))
    return bool(first and second) and int(second.group()) == int(first.group()) + 1


def _month_range(m: re.Match[str], ctx: _Context) -> Candidate | None:
    """"October-November 2025", "between January and March 2025"."""
    sep = m.group("sep").strip().lower()
    if sep == "and" and not _BETWEEN_BEFORE.search(ctx.before(m.start())):
        return None
    if not (_is_month_word(m.group("m1")) and _is_month_word(m.group("m2"))):
        return None
    year_2 = int(m.group("y2"))
    last = _day_of(_read(_MONTH_AND_YEAR, f"{m.group('m2')} {year_2}"))
    first = _day_of(_read(_MONTH_AND_YEAR, f"{m.group('m1')} {m.group('y1') or year_2}"))
    if first is not None and last is not None and first > last and not m.group("y1"):
        first = _day_of(_read(_MONTH_AND_YEAR, f"{m.group('m1')} {year_2 - 1}"))  # "November-January 2026"
    if first is None or last is None or first >= last:
        return None
    return m.start(), m.end(), _iso_month(first), _iso_month(last), "range"


# What every match of a pattern contains: a text without it is not scanned with the pattern
# (most sentences name no month, and the patterns built around a month are most of the work).
_HAS_DIGIT = re.compile(r"[0-9]")
_HAS_MONTH = _rx(_MONTH)
# Words that may follow a day of the month ("on the 12th in Hanoi"), not a noun it numbers.
_ENDS_DAY = "in|at|and|when|as|during|with|after|before|while|for|amid|where|to"
_HAS_WEEKDAY = _rx(_WEEKDAY)
_HAS_AGO = _rx(r"\bago\b")

# (gate, pattern, handler); no gate for the short patterns, which fail fast by themselves.
_PATTERNS: list[tuple[re.Pattern[str] | None, re.Pattern[str], Callable[[re.Match[str], _Context], Candidate | None]]] = [
    # 2025-10-06, 2025/10/06
    (_HAS_DIGIT, _rx(r"(?<![0-9-])(?P<y>[0-9]{4})(?P<s>[-/])(?P<mo>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9])"), _iso_numeric),
    # 25.11.2026 (day first)
    (_HAS_DIGIT, _rx(r"(?<![0-9.])(?P<d>[0-9]{1,2})\.(?P<mo>[0-9]{1,2})\.(?P<y>[0-9]{4})(?![0-9]|\.[0-9])"), _dotted_day_first),
    # 14/12/2026 or 12/14/2026 (the order read from the numbers, else from the publication day)
    (_HAS_DIGIT, _rx(r"(?<![0-9/.])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9]|/[0-9])"), _slashed_date),
    # [Tuesday,] October 7[, 2025] / Oct. 7th / October 7/2025 (some agencies' datelines)
    (_HAS_MONTH, _rx(rf"{_WEEKDAY_PREFIX}?(?P<m>{_MONTH}){_SP0}(?P<d>{_DAY})(?:(?:,?{_SP}|/)(?P<y>{_YEAR}))?(?![0-9:])"), _single_day),
    # [Tuesday,] 7 October[, 2025] / the 6th of October 2025
    (
        _HAS_MONTH,
        _rx(rf"{_WEEKDAY_PREFIX}?(?P<d>{_LEADING_DAY}){_SP}(?:of{_SP})?(?P<m>{_MONTH})(?:,?{_SP}(?P<y>{_YEAR}))?"),
        _single_day,
    ),
    # on the 12th, on Tuesday the 12th: a day of the month the article is written in. Only where
    # the phrase ends (punctuation, or a preposition or conjunction goes on), so "on the 12th
    # round" and "on the 5th Dialogue" are no dates
    (
        _HAS_DIGIT,
        _rx(
            rf"\bon{_SP}(?P<body>(?:(?P<wd>{_WEEKDAY}),?{_SP})?the{_SP}(?P<d>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b"
            rf"(?P<month>{_SP}of{_SP}th(?:is|e){_SP}month\b)?)"
            rf"(?={_SP0}(?:[.,;:)!?\"'’”]|\Z)|{_SP}(?:{_ENDS_DAY})\b)"
            # "on the 5th and 6th generation jets", "on the 2nd, 3rd and 4th amendments": ordinals
            # listed before a noun
            rf"(?!(?:{_SP0},{_SP0}(?:and{_SP})?|{_SP}and{_SP})(?:the{_SP})?[0-9]{{1,2}}(?:st|nd|rd|th)\b"
            rf"(?:(?:{_SP0},{_SP0}(?:and{_SP})?|{_SP}and{_SP})(?:the{_SP})?[0-9]{{1,2}}(?:st|nd|rd|th)\b)*"
            rf"{_SP}(?!(?:{_ENDS_DAY}|of)\b)[a-z])"
        ),
        _day_of_month,
    ),
    # May 2025, Oct. 2024
    (_HAS_MONTH, _rx(rf"(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})"), _month_year),
    # October 6-7, 2025 / January 8 to 10 / October 30 - November 2, 2025
    (
        _HAS_MONTH,
        _rx(
            rf"(?P<m1>{_MONTH}){_SP0}(?P<d1>{_DAY})(?:,?{_SP}(?P<y1>{_YEAR}))?(?P<sep>{_RANGE_SEP})"
            rf"(?:(?P<m2>{_MONTH}){_SP0})?(?P<d2>{_DAY})(?:,?{_SP}(?P<y2>{_YEAR}))?(?![0-9:])"
        ),
        _day_range,
    ),
    # 6-7 October 2025 / 30 September to 2 October
    (
        _HAS_MONTH,
        _rx(
            rf"(?P<d1>{_LEADING_DAY})(?:{_SP}(?P<m1>{_MONTH})(?:,?{_SP}(?P<y1>{_YEAR}))?)?(?P<sep>{_RANGE_SEP})"
            rf"(?P<d2>{_DAY}){_SP}(?:of{_SP})?(?P<m2>{_MONTH})(?:,?{_SP}(?P<y2>{_YEAR}))?"
        ),
        _day_range,
    ),
    # October-November 2025 / between January and March 2025
    (
        _HAS_MONTH,
        _rx(rf"(?P<m1>{_MONTH})(?:{_SP}(?P<y1>{_YEAR}))?(?P<sep>{_RANGE_SEP})(?P<m2>{_MONTH}),?{_SP}(?P<y2>{_YEAR})"),
        _month_range,
    ),
    # from 2024 to 2027 (hyphenated "2024-2027" is a label, not a range: see _YEAR's lookahead)
    (_HAS_DIGIT, _rx(rf"\b(?P<y1>{_YEAR})(?P<sep>{_SP}(?:to|through|until|till|and){_SP})(?P<y2>{_YEAR})"), _year_range),
    # earlier in September, during October (cue checked by the handler)
    (_HAS_MONTH, _rx(rf"\b(?P<m>{_MONTH})(?!{_SP0}[0-9])"), _bare_month),
    # in 2010, since 1992, mid-2025 (cue checked by the handler)
    (_HAS_DIGIT, _rx(rf"(?<![0-9.,/])(?<![0-9][-–—])\b(?P<y>{_YEAR})\b(?!%)"), _bare_year),
    # last October, next May, this September
    (_HAS_MONTH, _rx(rf"\b(?:last|next|this|coming){_SP}(?P<m>{_MONTH})(?!{_SP0}[0-9])"), _relative),
    # (last|next|this) Tuesday
    (_HAS_WEEKDAY, _rx(rf"\b(?:(?:last|next|this|coming){_SP})?{_WEEKDAY}"), _relative),
    # the day before yesterday, the day after tomorrow
    (None, _rx(rf"\bthe{_SP}day{_SP}(?:before{_SP}yesterday|after{_SP}tomorrow)\b"), _relative),
    # today, yesterday, tomorrow, tonight
    (None, _rx(r"\b(?:today|yesterday|tomorrow|tonight)\b"), _relative),
    # this morning, last night
    (None, _rx(rf"\b(?:this|last){_SP}(?:morning|afternoon|evening|night)\b"), _relative),
    # September last year, October of next year
    (_HAS_MONTH, _rx(rf"(?P<m>{_MONTH}){_SP}(?:of{_SP})?(?P<rel>last|next|this){_SP}year\b"), _month_of_relative_year),
    # last week, this month, next year
    (None, _rx(rf"\b(?:last|next|this|coming){_SP}(?:week|month|year)\b"), _relative),
    # three days ago, a week ago, 2 months ago
    (_HAS_AGO, _rx(rf"\b(?:[0-9]{{1,3}}|{'|'.join(_COUNT_WORDS)}){_SP}(?:day|week|month|year)s?{_SP}ago\b"), _relative),
]


def _candidates(ctx: _Context) -> Iterator[Candidate]:
    present: dict[re.Pattern[str], bool] = {}
    for gate, pattern, handler in _PATTERNS:
        if gate is not None:
            if gate not in present:
                present[gate] = gate.search(ctx.text) is not None
            if not present[gate]:
                continue
        for match in pattern.finditer(ctx.text):
            try:
                found = handler(match, ctx)
            except OverflowError:  # resolving against a publication date at the ends of the calendar
                found = match.start(), match.end(), None, None, "unresolved"
            if found is not None:
                yield found


def find_date_expressions(text: str, published: date | None, *, future: bool = False,
                          year_anchor: date | None = None) -> list[DateExpression]:
    """Every date phrase in ``text``, left to right, resolved against ``published``.

    ``future`` is the tense of the text (a sentence usually): it decides which way yearless and
    weekday-only phrases point from the publication date. Overlapping candidates are settled in
    favour of the longest one. Without ``published``, ``year_anchor`` (a date the article states
    in full) gives yearless days their year: the one nearest to it; weekdays and relative words
    stay unresolved, for they need the day of writing.
    """
    published = _as_date(published)
    ctx = _Context(text, published, future, None if published else _as_date(year_anchor))
    chosen: list[Candidate] = []
    for candidate in sorted(_candidates(ctx), key=lambda c: (c[0] - c[1], c[0])):
        start, end = candidate[0], candidate[1]
        if all(end <= other[0] or start >= other[1] for other in chosen):
            chosen.append(candidate)
    chosen.sort(key=lambda c: c[0])
    return [
        DateExpression(start=s, end=e, text=text[s:e], date=d, end_date=ed, kind=k) for s, e, d, ed, k in chosen
    ]


def prepare() -> None:
    """Load dateparser's English data and compile its patterns now (~0.1 s, once per process),
    with one phrase for each kind of reading, rather than while reading the first article."""
    find_date_expressions("on 6 October 2025, on October 6, in May 2025, on Tuesday, last week, 6-7 October 2025", date(2000, 1, 4))
