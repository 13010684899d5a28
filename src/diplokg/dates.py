"""Find date expressions in article text and resolve them against the publication date.

Spans are found with compiled regular expressions (one per surface pattern); every pattern
collects candidates, and the longest non-overlapping candidates win, so "October 6-7, 2025" is
one range rather than two dates, and "last October" beats "October".

Resolution rules (the publication date is the anchor for everything that lacks a year):

- weekdays: past tense -> the same or the previous such day (0-6 days back); future tense ->
  the same or the next such day (0-6 days ahead); "last"/"next" force 1-7 days back/ahead;
- yearless months ("earlier in September"): the publication year, unless the month lies after
  the publication month in past tense (previous year) or before it in future tense (next year);
- yearless days ("1 November", the dateline "Male, Oct 7"): the publication year, unless the
  date is more than a month on the wrong side of publication for the tense (the slack absorbs
  announcements whose tense the caller misreads);
- "last week"/"next week": the month (or year) holding the whole calendar week, else unresolved;
- bare years count only after a cue word ("in 2010", "since 1992"): "Fleet Review 2026",
  "2024-2027 cycle" and "Plan of Action (2026-2030)" are names or spans, not dates.

Without a publication date every expression that needs one is still reported, with kind
"unresolved" and ``date`` None. Absolute dates are built from the captured numbers directly
(no dateparser round-trip: the regex groups already carry day, month and year, and calendar
validation is done by ``datetime.date``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from diplokg.model import PartialDate

__all__ = ["KINDS", "DateExpression", "find_date_expressions", "resolve_relative"]

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


# --------------------------------------------------------------------------- vocabulary

_MONTH_NUMBER = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# Month names that are also ordinary English words: accepted only when capitalised.
_AMBIGUOUS_MONTHS = {"may", "march", "mar"}

_WEEKDAY_NUMBER = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# Abbreviated weekdays ("Tue, 7 Oct") only when capitalised: "sat", "sun" and "wed" are words.
_WEEKDAY_ABBREVIATIONS = r"(?-i:(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\b)"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
}  # fmt: skip

# Whitespace inside a date phrase: spaces, tabs, no-break spaces, at most one line break (a
# wrapped line) but never a paragraph break.
_SP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_SP0 = r"(?:[^\S\n]*\n?[^\S\n]*)"

# Longest alternatives first so that "september" is not cut to "sep".
_FULL_MONTHS = [name for name in _MONTH_NUMBER if len(name) > 4 or name in ("may", "june", "july")]
_SHORT_MONTHS = [name for name in _MONTH_NUMBER if name not in _FULL_MONTHS]
# An abbreviation may carry its full stop ("Sept.", "Oct."); a full name never does (that is the sentence's).
_MONTH = (
    r"\b(?:(?:" + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True)) + r")\b"
    r"|(?:" + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True)) + r")\b\.?)"
)
_WEEKDAY = r"\b(?:" + "|".join(_WEEKDAY_NUMBER) + r")\b"
_WEEKDAY_PREFIX = rf"(?:(?:\b(?:{'|'.join(_WEEKDAY_NUMBER)})\b|{_WEEKDAY_ABBREVIATIONS}\.?),?{_SP})"
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


def _month(name: str) -> int | None:
    """Month number of a matched month token, or None for a lower-case ambiguous word ("may")."""
    bare = name.rstrip(".")
    key = bare.lower()
    if key in _AMBIGUOUS_MONTHS and not bare[:1].isupper():
        return None
    return _MONTH_NUMBER.get(key)


def _day_number(token: str) -> int:
    return int(re.match(r"[0-9]+", token).group())  # type: ignore[union-attr]


# --------------------------------------------------------------------------- date arithmetic


def _as_date(value: date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_day(value: date) -> PartialDate:
    return PartialDate(value.isoformat())


def _iso_month(year: int, month: int) -> PartialDate:
    return PartialDate(f"{_calendar_year(year):04d}-{month:02d}")


def _iso_year(year: int) -> PartialDate:
    return PartialDate(f"{_calendar_year(year):04d}")


def _calendar_year(year: int) -> int:
    # Arithmetic on a publication date at the ends of the calendar can leave it (year 0, 10000).
    if not 1 <= year <= 9999:
        raise OverflowError(f"year {year} is outside the calendar")
    return year


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# A yearless day may sit up to this far on the "wrong" side of publication for its tense.
_YEARLESS_DAY_SLACK = timedelta(days=31)


def _year_for_day(month: int, day: int, published: date, future: bool) -> date | None:
    """The year that puts a yearless (month, day) where the tense expects it around publication."""
    years = (published.year - 1, published.year, published.year + 1)
    candidates = [found for year in years if (found := _safe_date(year, month, day))]
    if not candidates:
        return None
    if future:
        fitting = [d for d in candidates if d >= published - _YEARLESS_DAY_SLACK]
        return min(fitting) if fitting else None
    fitting = [d for d in candidates if d <= published + _YEARLESS_DAY_SLACK]
    return max(fitting) if fitting else None


def _year_for_month(month: int, published: date, future: bool) -> int:
    if future:
        return published.year + 1 if month < published.month else published.year
    return published.year - 1 if month > published.month else published.year


def _week_precision(monday: date) -> PartialDate | None:
    """The coarsest-but-true PartialDate for the calendar week starting ``monday``, if any."""
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _iso_month(monday.year, monday.month)
    if monday.year == sunday.year:
        return _iso_year(monday.year)
    return None


# --------------------------------------------------------------------------- relative words

_RELATIVE_PHRASE = re.compile(
    r"^(?:(?P<mod>last|next|this|coming)\s+)?(?P<unit>[a-z]+)\.?\Z|"
    r"^(?P<count>[0-9]+|[a-z]+)\s+(?P<agounit>day|week|month|year)s?\s+ago\Z",
    re.IGNORECASE,
)


def resolve_relative(weekday_or_word: str, published: date | None, *, future: bool) -> PartialDate | None:
    """Resolve a relative phrase against the publication date, or None if it cannot be.

    Accepts a weekday ("Tuesday", "last Tuesday", "next Friday"), "today", "tonight",
    "yesterday", "tomorrow", "last/this/next week|month|year", a month with "last/next/this"
    ("last October") and "<n> days|weeks|months|years ago". ``future`` is the tense of the
    clause: a bare future-tense "Wednesday" is the same or the next Wednesday.
    """
    published = _as_date(published)
    if published is None:
        return None
    phrase = " ".join(weekday_or_word.split())
    match = _RELATIVE_PHRASE.match(phrase)
    if match is None:
        return None
    try:
        return _resolve_relative_match(match, published, future)
    except OverflowError:  # a publication date at the very ends of the calendar
        return None


def _resolve_relative_match(match: re.Match[str], published: date, future: bool) -> PartialDate | None:
    if match.group("agounit"):
        return _resolve_ago(match.group("count"), match.group("agounit").lower(), published)
    modifier = (match.group("mod") or "").lower()
    unit = match.group("unit").lower()

    if unit in _WEEKDAY_NUMBER:
        return _resolve_weekday(_WEEKDAY_NUMBER[unit], modifier, published, future)
    if not modifier:
        offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
        if unit in offsets:
            return _iso_day(published + timedelta(days=offsets[unit]))
        return None
    step = {"last": -1, "next": 1, "coming": 1, "this": 0}[modifier]
    if unit in ("morning", "afternoon", "evening", "night"):
        # "this morning" is the publication day; "last night" the evening before it.
        return _iso_day(published + timedelta(days=min(step, 0))) if step <= 0 else None
    if unit == "week":
        this_monday = published - timedelta(days=published.weekday())
        return _week_precision(this_monday + timedelta(weeks=step))
    if unit == "month":
        return _iso_month(*_shift_month(published.year, published.month, step))
    if unit == "year":
        return _iso_year(published.year + step)
    month = _month(match.group("unit"))
    if month is not None:
        if step < 0:
            year = published.year if month < published.month else published.year - 1
        elif step > 0:
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year
        return _iso_month(year, month)
    return None


def _resolve_weekday(weekday: int, modifier: str, published: date, future: bool) -> PartialDate:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier == "last":
        return _iso_day(published - timedelta(days=back or 7))
    if modifier in ("next", "coming"):
        return _iso_day(published + timedelta(days=ahead or 7))
    if future:
        return _iso_day(published + timedelta(days=ahead))
    return _iso_day(published - timedelta(days=back))


def _resolve_ago(count_token: str, unit: str, published: date) -> PartialDate | None:
    count = int(count_token) if count_token.isdigit() else _NUMBER_WORDS.get(count_token.lower())
    if count is None:
        return None
    if unit == "day":
        return _iso_day(published - timedelta(days=count))
    if unit == "week":
        # "two weeks ago" names a week, not a day: keep only what the whole week shares.
        then = published - timedelta(weeks=count)
        return _week_precision(then - timedelta(days=then.weekday()))
    if unit == "month":
        return _iso_month(*_shift_month(published.year, published.month, -count))
    return _iso_year(published.year - count)


# --------------------------------------------------------------------------- span patterns

# Each handler gets the match and the context and returns (start, end, date, end_date, kind), or
# None when the match is not a date after all (lower-case "may", 31 February, missing cue, ...).
Candidate = tuple[int, int, PartialDate | None, PartialDate | None, str]


@dataclass(frozen=True)
class _Context:
    text: str
    published: date | None
    future: bool

    def before(self, position: int, width: int = 40) -> str:
        return self.text[max(0, position - width) : position]


def _kind_for(value: PartialDate | None, stated_fully: bool) -> str:
    if value is None:
        return "unresolved"
    if len(value.iso) < 10:
        return "partial"
    return "absolute" if stated_fully else "relative"


def _single_day(m: re.Match[str], ctx: _Context) -> Candidate | None:
    month = _month(m.group("m"))
    if month is None:
        return None
    day = _day_number(m.group("d"))
    year_text = m.group("y")
    if year_text:
        found = _safe_date(int(year_text), month, day)
        if found is None:
            return None
        return m.start(), m.end(), _iso_day(found), None, "absolute"
    if not 1 <= day <= 31 or _safe_date(2000, month, day) is None:  # 2000: leap year, allows 29 Feb
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    found = _year_for_day(month, day, ctx.published, ctx.future)
    value = _iso_day(found) if found else None
    return m.start(), m.end(), value, None, _kind_for(value, False)


def _iso_numeric(m: re.Match[str], ctx: _Context) -> Candidate | None:
    found = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    if found is None:
        return None
    return m.start(), m.end(), _iso_day(found), None, "absolute"


_DAY_BEFORE = re.compile(rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?\Z", re.IGNORECASE)


def _month_year(m: re.Match[str], ctx: _Context) -> Candidate | None:
    month = _month(m.group("m"))
    # "31 February 2025" is a broken day date, not the month February 2025.
    if month is None or _DAY_BEFORE.search(ctx.before(m.start(), 12)):
        return None
    return m.start(), m.end(), _iso_month(int(m.group("y")), month), None, "partial"


def _bare_month(m: re.Match[str], ctx: _Context) -> Candidate | None:
    month = _month(m.group("m"))
    if month is None or not _CUE_BEFORE_BARE.search(ctx.before(m.start())):
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    value = _iso_month(_year_for_month(month, ctx.published, ctx.future), month)
    return m.start(), m.end(), value, None, "partial"


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
    month = _month(m.group("m"))
    if month is None:
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    step = {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
    return m.start(), m.end(), _iso_month(ctx.published.year + step, month), None, "partial"


def _relative(m: re.Match[str], ctx: _Context) -> Candidate | None:
    phrase = m.group(0)
    unit = m.groupdict().get("m")
    if unit is not None and _month(unit) is None:
        return None
    if ctx.published is None:
        return m.start(), m.end(), None, None, "unresolved"
    value = resolve_relative(phrase, ctx.published, future=ctx.future)
    return m.start(), m.end(), value, None, _kind_for(value, False)


def _day_range(m: re.Match[str], ctx: _Context) -> Candidate | None:
    """Ranges of days: "October 6-7, 2025", "6-7 October", "January 8 to 10", "30 Sept - 2 Oct"."""
    sep = m.group("sep").strip().lower()
    if sep == "and" and not _BETWEEN_BEFORE.search(ctx.before(m.start())):
        return None
    month_1 = m.group("m1")
    month_2 = m.group("m2")
    month_1_number = _month(month_1) if month_1 else None
    month_2_number = _month(month_2) if month_2 else None
    if (month_1 and month_1_number is None) or (month_2 and month_2_number is None):
        return None
    month_1_number = month_1_number or month_2_number
    month_2_number = month_2_number or month_1_number
    if month_1_number is None or month_2_number is None:
        return None
    day_1, day_2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
    year_1_text, year_2_text = m.group("y1"), m.group("y2")
    first: date | None
    last: date | None
    if year_1_text or year_2_text:
        year_2 = int(year_2_text or year_1_text)
        year_1 = int(year_1_text) if year_1_text else year_2
        first, last = _safe_date(year_1, month_1_number, day_1), _safe_date(year_2, month_2_number, day_2)
        if first is not None and last is not None and first > last and not year_1_text:
            first = _safe_date(year_2 - 1, month_1_number, day_1)  # "30 Dec - 2 Jan 2026"
    else:
        if _safe_date(2000, month_1_number, day_1) is None or _safe_date(2000, month_2_number, day_2) is None:
            return None
        first = _year_for_day(month_1_number, day_1, ctx.published, ctx.future) if ctx.published else None
        if first is None:
            return m.start(), m.end(), None, None, "unresolved"
        last = _safe_date(first.year, month_2_number, day_2)
        if last is not None and last < first:
            last = _safe_date(first.year + 1, month_2_number, day_2)  # "December 30 to January 2"
    if first is None or last is None or last < first:
        return None
    if first == last:
        return m.start(), m.end(), _iso_day(first), None, _kind_for(_iso_day(first), bool(year_1_text or year_2_text))
    return m.start(), m.end(), _iso_day(first), _iso_day(last), "range"


def _month_range(m: re.Match[str], ctx: _Context) -> Candidate | None:
    """"October-November 2025", "between January and March 2025"."""
    sep = m.group("sep").strip().lower()
    if sep == "and" and not _BETWEEN_BEFORE.search(ctx.before(m.start())):
        return None
    month_1, month_2 = _month(m.group("m1")), _month(m.group("m2"))
    if month_1 is None or month_2 is None:
        return None
    year_2 = int(m.group("y2"))
    year_1 = int(m.group("y1")) if m.group("y1") else (year_2 if month_1 <= month_2 else year_2 - 1)
    if (year_1, month_1) >= (year_2, month_2):
        return None
    return m.start(), m.end(), _iso_month(year_1, month_1), _iso_month(year_2, month_2), "range"


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str], _Context], Candidate | None]]] = [
    # 2025-10-06, 2025/10/06
    (_rx(r"(?<![0-9-])(?P<y>[0-9]{4})(?P<s>[-/])(?P<mo>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9])"), _iso_numeric),
    # [Tuesday,] October 7[, 2025] / Oct. 7th
    (_rx(rf"{_WEEKDAY_PREFIX}?(?P<m>{_MONTH}){_SP0}(?P<d>{_DAY})(?:,?{_SP}(?P<y>{_YEAR}))?(?![0-9:])"), _single_day),
    # [Tuesday,] 7 October[, 2025] / the 6th of October 2025
    (
        _rx(rf"{_WEEKDAY_PREFIX}?(?P<d>{_LEADING_DAY}){_SP}(?:of{_SP})?(?P<m>{_MONTH})(?:,?{_SP}(?P<y>{_YEAR}))?"),
        _single_day,
    ),
    # May 2025, Oct. 2024
    (_rx(rf"(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})"), _month_year),
    # October 6-7, 2025 / January 8 to 10 / October 30 - November 2, 2025
    (
        _rx(
            rf"(?P<m1>{_MONTH}){_SP0}(?P<d1>{_DAY})(?:,?{_SP}(?P<y1>{_YEAR}))?(?P<sep>{_RANGE_SEP})"
            rf"(?:(?P<m2>{_MONTH}){_SP0})?(?P<d2>{_DAY})(?:,?{_SP}(?P<y2>{_YEAR}))?(?![0-9:])"
        ),
        _day_range,
    ),
    # 6-7 October 2025 / 30 September to 2 October
    (
        _rx(
            rf"(?P<d1>{_LEADING_DAY})(?:{_SP}(?P<m1>{_MONTH})(?:,?{_SP}(?P<y1>{_YEAR}))?)?(?P<sep>{_RANGE_SEP})"
            rf"(?P<d2>{_DAY}){_SP}(?:of{_SP})?(?P<m2>{_MONTH})(?:,?{_SP}(?P<y2>{_YEAR}))?"
        ),
        _day_range,
    ),
    # October-November 2025 / between January and March 2025
    (
        _rx(rf"(?P<m1>{_MONTH})(?:{_SP}(?P<y1>{_YEAR}))?(?P<sep>{_RANGE_SEP})(?P<m2>{_MONTH}),?{_SP}(?P<y2>{_YEAR})"),
        _month_range,
    ),
    # from 2024 to 2027 (hyphenated "2024-2027" is a label, not a range: see _YEAR's lookahead)
    (_rx(rf"\b(?P<y1>{_YEAR})(?P<sep>{_SP}(?:to|through|until|till|and){_SP})(?P<y2>{_YEAR})"), _year_range),
    # earlier in September, during October (cue checked by the handler)
    (_rx(rf"\b(?P<m>{_MONTH})(?!{_SP0}[0-9])"), _bare_month),
    # in 2010, since 1992, mid-2025 (cue checked by the handler)
    (_rx(rf"(?<![0-9.,/])(?<![0-9][-–—])\b(?P<y>{_YEAR})\b(?!%)"), _bare_year),
    # last October, next May, this September
    (_rx(rf"\b(?:last|next|this|coming){_SP}(?P<m>{_MONTH})(?!{_SP0}[0-9])"), _relative),
    # (last|next|this) Tuesday
    (_rx(rf"\b(?:(?:last|next|this|coming){_SP})?{_WEEKDAY}"), _relative),
    # today, yesterday, tomorrow, tonight
    (_rx(r"\b(?:today|yesterday|tomorrow|tonight)\b"), _relative),
    # this morning, last night
    (_rx(rf"\b(?:this|last){_SP}(?:morning|afternoon|evening|night)\b"), _relative),
    # September last year, October of next year
    (_rx(rf"(?P<m>{_MONTH}){_SP}(?:of{_SP})?(?P<rel>last|next|this){_SP}year\b"), _month_of_relative_year),
    # last week, this month, next year
    (_rx(rf"\b(?:last|next|this|coming){_SP}(?:week|month|year)\b"), _relative),
    # three days ago, a week ago, 2 months ago
    (_rx(rf"\b(?:[0-9]{{1,3}}|{'|'.join(_NUMBER_WORDS)}){_SP}(?:day|week|month|year)s?{_SP}ago\b"), _relative),
]


# Cheap gate: a text with none of these fragments cannot hold a date, so the patterns are skipped.
_MAY_HOLD_A_DATE = re.compile(
    r"[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|tomorrow|week|month|year|night|"
    r"morning|afternoon|evening|mon|tue|wed|thu|fri|sat|sun",
    re.IGNORECASE,
)


def _candidates(ctx: _Context) -> Iterator[Candidate]:
    if not _MAY_HOLD_A_DATE.search(ctx.text):
        return
    for pattern, handler in _PATTERNS:
        for match in pattern.finditer(ctx.text):
            try:
                found = handler(match, ctx)
            except OverflowError:  # resolving against a publication date at the ends of the calendar
                found = match.start(), match.end(), None, None, "unresolved"
            if found is not None:
                yield found


def find_date_expressions(text: str, published: date | None, *, future: bool = False) -> list[DateExpression]:
    """Every date phrase in ``text``, left to right, resolved against ``published``.

    ``future`` is the tense of the text (a sentence usually): it decides which way yearless and
    weekday-only phrases point from the publication date. Overlapping candidates are settled in
    favour of the longest one.
    """
    published = _as_date(published)
    ctx = _Context(text, published, future)
    chosen: list[Candidate] = []
    for candidate in sorted(_candidates(ctx), key=lambda c: (c[0] - c[1], c[0])):
        start, end = candidate[0], candidate[1]
        if all(end <= other[0] or start >= other[1] for other in chosen):
            chosen.append(candidate)
    chosen.sort(key=lambda c: c[0])
    return [
        DateExpression(start=s, end=e, text=text[s:e], date=d, end_date=ed, kind=k) for s, e, d, ed, k in chosen
    ]
