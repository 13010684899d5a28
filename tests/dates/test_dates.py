"""Date expressions: spans found in text and resolved against the publication date."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplokg.dates import KINDS, DateExpression, find_date_expressions, resolve_relative
from diplokg.model import PartialDate

TUE_7_OCT = date(2025, 10, 7)  # a Tuesday
SAT_1_NOV = date(2025, 11, 1)  # a Saturday
WED_8_OCT = date(2025, 10, 8)


def only(text: str, published: date | None, *, future: bool = False) -> DateExpression:
    found = find_date_expressions(text, published, future=future)
    assert len(found) == 1, found
    return found[0]


def iso(value: PartialDate | None) -> str | None:
    return value.iso if value is not None else None


# text, published, future, expected span text, date, end date, kind
CASES = [
    # absolute, in the formats news copy uses
    ("on 06 Oct 2025", None, False, "06 Oct 2025", "2025-10-06", None, "absolute"),
    ("held on May 26, 2025, in New Delhi", None, False, "May 26, 2025", "2025-05-26", None, "absolute"),
    ("on 26 May 2025 in Delhi", None, False, "26 May 2025", "2025-05-26", None, "absolute"),
    ("dated 2025-10-06.", None, False, "2025-10-06", "2025-10-06", None, "absolute"),
    ("dated 2025/10/06.", None, False, "2025/10/06", "2025-10-06", None, "absolute"),
    ("signed Sept. 3, 2025 in Hanoi", None, False, "Sept. 3, 2025", "2025-09-03", None, "absolute"),
    ("signed Oct. 12 2024 in Hanoi", None, False, "Oct. 12 2024", "2024-10-12", None, "absolute"),
    ("on 6th October 2025", None, False, "6th October 2025", "2025-10-06", None, "absolute"),
    ("on the 6th of October, 2025", None, False, "6th of October, 2025", "2025-10-06", None, "absolute"),
    ("on October 22nd, 2024", None, False, "October 22nd, 2024", "2024-10-22", None, "absolute"),
    ("on Tuesday, October 7, 2025", None, False, "Tuesday, October 7, 2025", "2025-10-07", None, "absolute"),
    ("on Tue, 7 Oct 2025", None, False, "Tue, 7 Oct 2025", "2025-10-07", None, "absolute"),
    ("ON OCTOBER 7, 2025", None, False, "OCTOBER 7, 2025", "2025-10-07", None, "absolute"),
    ("on october 7, 2025", None, False, "october 7, 2025", "2025-10-07", None, "absolute"),
    ("on 29 February 2024", None, False, "29 February 2024", "2024-02-29", None, "absolute"),
    # relative to the publication date
    ("met in Male on Tuesday", TUE_7_OCT, False, "Tuesday", "2025-10-07", None, "relative"),
    ("met in Kuala Lumpur on Friday", SAT_1_NOV, False, "Friday", "2025-10-31", None, "relative"),
    ("On Monday, he led the side", TUE_7_OCT, False, "Monday", "2025-10-06", None, "relative"),
    ("will on Wednesday hold talks", TUE_7_OCT, True, "Wednesday", "2025-10-08", None, "relative"),
    ("will on Monday hold talks", TUE_7_OCT, True, "Monday", "2025-10-13", None, "relative"),
    ("met last Tuesday", TUE_7_OCT, False, "last Tuesday", "2025-09-30", None, "relative"),
    ("meets next Tuesday", TUE_7_OCT, True, "next Tuesday", "2025-10-14", None, "relative"),
    ("on thursday", TUE_7_OCT, False, "thursday", "2025-10-02", None, "relative"),
    ("visited Maldives today.", TUE_7_OCT, False, "today", "2025-10-07", None, "relative"),
    ("arrived yesterday", TUE_7_OCT, False, "yesterday", "2025-10-06", None, "relative"),
    ("met the day before yesterday", TUE_7_OCT, False, "the day before yesterday", "2025-10-05", None, "relative"),
    ("meet the day after tomorrow", TUE_7_OCT, True, "the day after tomorrow", "2025-10-09", None, "relative"),
    ("Tomorrow the talks begin", TUE_7_OCT, True, "Tomorrow", "2025-10-08", None, "relative"),
    ("met three days ago", TUE_7_OCT, False, "three days ago", "2025-10-04", None, "relative"),
    ("Last week, he noted", WED_8_OCT, False, "Last week", "2025", None, "partial"),
    ("Last week, he noted", date(2025, 10, 15), False, "Last week", "2025-10", None, "partial"),
    ("Last week, he noted", date(2025, 1, 7), False, "Last week", None, None, "unresolved"),
    ("Last week, he noted", date(2025, 1, 3), False, "Last week", "2024-12", None, "partial"),
    ("due next month", TUE_7_OCT, True, "next month", "2025-11", None, "partial"),
    ("due next month", date(2025, 12, 7), True, "next month", "2026-01", None, "partial"),
    ("a rough patch last year", TUE_7_OCT, False, "last year", "2024", None, "partial"),
    ("earlier this year", TUE_7_OCT, False, "this year", "2025", None, "partial"),
    ("visit to India last October, when", date(2025, 1, 7), False, "last October", "2024-10", None, "partial"),
    ("visit to India last October, when", SAT_1_NOV, False, "last October", "2025-10", None, "partial"),
    ("next May, the summit", TUE_7_OCT, True, "next May", "2026-05", None, "partial"),
    # partial
    ("during his visit to India in May 2025, the", None, False, "May 2025", "2025-05", None, "partial"),
    ("adopted in October 2024.", None, False, "October 2024", "2024-10", None, "partial"),
    ("Earlier in September, the minister", TUE_7_OCT, False, "September", "2025-09", None, "partial"),
    ("in November, the minister visited", TUE_7_OCT, False, "November", "2024-11", None, "partial"),
    ("in November, the minister will visit", TUE_7_OCT, True, "November", "2025-11", None, "partial"),
    ("in March, the minister will visit", TUE_7_OCT, True, "March", "2026-03", None, "partial"),
    ("by mid-October", TUE_7_OCT, True, "October", "2025-10", None, "partial"),
    ("convened in 2010 in Hanoi", None, False, "2010", "2010", None, "partial"),
    ("a Dialogue Partner since 1992, has", None, False, "1992", "1992", None, "partial"),
    ("Since 2017, the meetings", None, False, "2017", "2017", None, "partial"),
    ("by mid-2026 the", None, False, "2026", "2026", None, "partial"),
    ("in early 2026 the", None, False, "2026", "2026", None, "partial"),
    # ranges
    ("visit to Male on October 6-7, 2025.", None, False, "October 6-7, 2025", "2025-10-06", "2025-10-07", "range"),
    ("visit on 6–7 October 2025.", None, False, "6–7 October 2025", "2025-10-06", "2025-10-07", "range"),
    ("from 30 September to 2 October 2025", None, False, "30 September to 2 October 2025", "2025-09-30", "2025-10-02", "range"),
    ("from October 30 to November 2, 2025", None, False, "October 30 to November 2, 2025", "2025-10-30", "2025-11-02", "range"),
    ("from 30 Dec to 2 Jan 2026", None, False, "30 Dec to 2 Jan 2026", "2025-12-30", "2026-01-02", "range"),
    ("visiting India from January 8 to 10.", date(2025, 1, 7), False, "January 8 to 10", "2025-01-08", "2025-01-10", "range"),
    ("visiting India from January 8 to 10.", date(2024, 12, 20), True, "January 8 to 10", "2025-01-08", "2025-01-10", "range"),
    ("visiting India from January 8 to 10.", None, False, "January 8 to 10", None, None, "unresolved"),
    ("between 6 and 8 October 2025", None, False, "6 and 8 October 2025", "2025-10-06", "2025-10-08", "range"),
    ("in October-November 2025", None, False, "October-November 2025", "2025-10", "2025-11", "range"),
    ("from 2024 to 2027", None, False, "2024 to 2027", "2024", "2027", "range"),
    # yearless days: the publication year when known
    ("slated for 1 November.", TUE_7_OCT, True, "1 November", "2025-11-01", None, "relative"),
    ("slated for 1 November.", TUE_7_OCT, False, "1 November", "2025-11-01", None, "relative"),
    ("slated for 1 November.", None, True, "1 November", None, None, "unresolved"),
    ("Male, Oct 7 (IANS) Defence Secretary", TUE_7_OCT, False, "Oct 7", "2025-10-07", None, "relative"),
    ("met on December 28", date(2026, 1, 4), False, "December 28", "2025-12-28", None, "relative"),
    ("meets on January 8", date(2025, 12, 20), True, "January 8", "2026-01-08", None, "relative"),
    ("briefed reporters this morning", TUE_7_OCT, False, "this morning", "2025-10-07", None, "relative"),
    ("talks ran late last night", TUE_7_OCT, False, "last night", "2025-10-06", None, "relative"),
    ("in September last year, the", TUE_7_OCT, False, "September last year", "2024-09", None, "partial"),
    ("in October of next year", TUE_7_OCT, True, "October of next year", "2026-10", None, "partial"),
    ("the first week of October", TUE_7_OCT, True, "October", "2025-10", None, "partial"),
    ("the second half of 2025", None, False, "2025", "2025", None, "partial"),
    ("several days ago", TUE_7_OCT, False, "several days ago", None, None, "unresolved"),
    ("signed on\u00a06\u00a0October\u00a02025", None, False, "6\u00a0October\u00a02025", "2025-10-06", None, "absolute"),
    ("signed on 6\nOctober 2025", None, False, "6\nOctober 2025", "2025-10-06", None, "absolute"),
    ("talks by end-October", TUE_7_OCT, True, "October", "2025-10", None, "partial"),
    ("targets set for 2030 and due by 2030.", None, True, "2030", "2030", None, "partial"),
    ("from September 30-October 2, 2025", None, False, "September 30-October 2, 2025", "2025-09-30", "2025-10-02", "range"),
    ("from December 30 to January 2", date(2025, 12, 1), True, "December 30 to January 2", "2025-12-30", "2026-01-02", "range"),
    ("on Jan. 8-10", date(2025, 1, 2), True, "Jan. 8-10", "2025-01-08", "2025-01-10", "range"),
    ("said earlier today", TUE_7_OCT, False, "today", "2025-10-07", None, "relative"),
    # a day of the month with no month: the publication's, or the one next to it by tense
    ("talks held on the 5th, when", TUE_7_OCT, False, "the 5th", "2025-10-05", None, "relative"),
    ("they met on the 20th.", TUE_7_OCT, False, "the 20th", "2025-09-20", None, "relative"),
    ("will meet on the 21st in Hanoi", TUE_7_OCT, True, "the 21st", "2025-10-21", None, "relative"),
    ("will meet on the 2nd.", TUE_7_OCT, True, "the 2nd", "2025-11-02", None, "relative"),
    ("met on Sunday the 5th of this month and", TUE_7_OCT, False, "Sunday the 5th of this month", "2025-10-05", None, "relative"),
    ("talks on the 31st.", date(2025, 12, 1), False, "the 31st", None, None, "unresolved"),
    # "of this month" is the publication's month, whatever the tense
    ("They met on the 20th of this month.", TUE_7_OCT, False, "the 20th of this month", "2025-10-20", None, "relative"),
    ("will meet on the 2nd of this month", TUE_7_OCT, True, "the 2nd of this month", "2025-10-02", None, "relative"),
    # a written weekday picks the month around publication whose day falls on it
    ("met on Tuesday the 12th in Hanoi", TUE_7_OCT, False, "Tuesday the 12th", None, None, "unresolved"),
    ("met on Friday the 12th in Hanoi", TUE_7_OCT, False, "Friday the 12th", "2025-09-12", None, "relative"),
    ("will meet on Wednesday the 12th in Hanoi", TUE_7_OCT, True, "Wednesday the 12th", "2025-11-12", None, "relative"),
    ("met on Sunday the 5th, when", TUE_7_OCT, False, "Sunday the 5th", "2025-10-05", None, "relative"),
    # a month named earlier in the sentence (see test_a_day_after_a_named_month_is_not_the_articles)
    ("the talks may go on; they met on the 3rd in Hanoi.", TUE_7_OCT, False, "the 3rd", "2025-10-03", None, "relative"),
    # ordinals listed: a date only where the list ends the phrase
    ("they met on the 2nd and 3rd in Hanoi", TUE_7_OCT, False, "the 2nd", "2025-10-02", None, "relative"),
    ("met on the 5th.", None, False, "the 5th", None, None, "unresolved"),
    # unknown publication date: still reported, unresolved
    ("in Male on Tuesday", None, False, "Tuesday", None, None, "unresolved"),
    ("will on Wednesday hold talks", None, True, "Wednesday", None, None, "unresolved"),
    ("visited today", None, False, "today", None, None, "unresolved"),
    ("hit a rough patch last year", None, False, "last year", None, None, "unresolved"),
    ("Earlier in September, the minister", None, False, "September", None, None, "unresolved"),
    ("last October, when", None, False, "last October", None, None, "unresolved"),
]


@pytest.mark.parametrize(("text", "published", "future", "span", "start_iso", "end_iso", "kind"), CASES)
def test_expression(text, published, future, span, start_iso, end_iso, kind):
    found = only(text, published, future=future)
    assert found.text == span
    assert text[found.start : found.end] == span
    assert (iso(found.date), iso(found.end_date), found.kind) == (start_iso, end_iso, kind)


NOT_DATES = [
    "For the 2024-2027 cycle, India is co-chairing",
    "the ASEAN-India Plan of Action (2026-2030).",
    "the 80th session of the General Assembly",
    "deployed 85 military personnel and 12 ships",
    "the International Fleet Review 2026, to be hosted in India",
    "Echoing Malaysia's 2025 ASEAN chairmanship theme",
    "the 12th ADMM-Plus and the 6th edition",
    "talks may 12 times fail; troops march 10 km",
    "the scores were 3-1 and 7/10; pay 1,500 rupees",
    "a fiscal 2025-26 budget",
    "grew 2025% in value",
    "Decision 5 and Octave 7",
    "the minister sat 7 hours; wed 3 times",
    "Unit 12\n\nOctober",
    "ties built up in the 1990s",
    "allocated in 2025-26 and FY2025",
    "a two-day visit; the 2+2 dialogue",
    "Black Fridays and Sundays",
    "on the 12th round of talks and on the 5th Dialogue",
    "in the 10th century; on the 3rd-floor terrace",
    "to cooperate on the 5th and 6th generation fighter programmes",
    "the vote on the 2nd, 3rd and 4th amendments",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_date_expressions(text, TUE_7_OCT) == []


def test_several_expressions_in_order_without_overlap():
    text = "Met on October 6-7, 2025 and on Tuesday; the HLCG met on May 26, 2025; adopted in October 2024."
    found = find_date_expressions(text, WED_8_OCT)
    assert [e.text for e in found] == ["October 6-7, 2025", "Tuesday", "May 26, 2025", "October 2024"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_day_after_a_named_month_is_not_the_articles():
    found = find_date_expressions("In July, the two ministers met on the 3rd in Hanoi.", TUE_7_OCT)
    assert [(e.text, iso(e.date), e.kind) for e in found] == [("July", "2025-07", "partial"), ("the 3rd", None, "unresolved")]


def test_a_day_after_the_same_month_named_is_of_that_month():
    # a dateline names the publication's month: "the 5th" read in it agrees
    found = find_date_expressions("HANOI, October 7 (Reuters) - The two ministers met on the 5th in Hanoi.", TUE_7_OCT)
    assert [(e.text, iso(e.date)) for e in found] == [("October 7", "2025-10-07"), ("the 5th", "2025-10-05")]
    # not when the day read falls in another month than the one named ("the 9th" past: September's)
    found = find_date_expressions("HANOI, October 7 (Reuters) - The two ministers met on the 9th in Hanoi.", TUE_7_OCT)
    assert [(e.text, iso(e.date)) for e in found] == [("October 7", "2025-10-07"), ("the 9th", None)]


def test_spans_do_not_cross_paragraph_breaks():
    found = find_date_expressions("Section 5\n\nMay 2025 was busy", None)
    assert [(e.text, iso(e.date)) for e in found] == [("May 2025", "2025-05")]


def test_invalid_calendar_dates_are_not_dates():
    assert find_date_expressions("on 31 February 2025 and on February 30", TUE_7_OCT) == []


def test_datetime_publication_is_accepted():
    assert iso(only("on Friday", datetime(2025, 11, 1, 9, 30)).date) == "2025-10-31"


@pytest.mark.parametrize(
    ("phrase", "published", "future", "expected"),
    [
        ("Tuesday", TUE_7_OCT, False, "2025-10-07"),
        ("Tuesday", TUE_7_OCT, True, "2025-10-07"),
        ("Friday", SAT_1_NOV, False, "2025-10-31"),
        ("Monday", TUE_7_OCT, False, "2025-10-06"),
        ("Wednesday", TUE_7_OCT, True, "2025-10-08"),
        ("Wednesday", TUE_7_OCT, False, "2025-10-01"),
        ("last Tuesday", TUE_7_OCT, False, "2025-09-30"),
        ("next  tuesday", TUE_7_OCT, True, "2025-10-14"),
        ("today", TUE_7_OCT, False, "2025-10-07"),
        ("yesterday", date(2025, 1, 1), False, "2024-12-31"),
        ("the day before yesterday", date(2025, 1, 1), False, "2024-12-30"),
        ("The day after  tomorrow", date(2024, 12, 31), True, "2025-01-02"),
        ("tomorrow", date(2024, 12, 31), True, "2025-01-01"),
        ("last month", date(2025, 1, 15), False, "2024-12"),
        ("this month", TUE_7_OCT, False, "2025-10"),
        ("next year", TUE_7_OCT, True, "2026"),
        ("last October", TUE_7_OCT, False, "2024-10"),
        ("last Oct.", SAT_1_NOV, False, "2025-10"),
        ("this October", TUE_7_OCT, False, "2025-10"),
        ("2 days ago", TUE_7_OCT, False, "2025-10-05"),
        ("six months ago", TUE_7_OCT, False, "2025-04"),
    ],
)
def test_resolve_relative(phrase, published, future, expected):
    assert iso(resolve_relative(phrase, published, future=future)) == expected


@pytest.mark.parametrize("phrase", ["Tuesday", "today", "last year", "last October"])
def test_resolve_relative_without_publication_date(phrase):
    assert resolve_relative(phrase, None, future=False) is None


@pytest.mark.parametrize("phrase", ["someday", "last fortnight", "the day after", ""])
def test_resolve_relative_unknown_phrase(phrase):
    assert resolve_relative(phrase, TUE_7_OCT, future=False) is None


DATEISH = st.sampled_from(
    ["on ", "in ", "since ", "last ", "next ", "May", "may", "Oct.", "October", "Tuesday", "today",
     "6", "31", "2025", "-", "–", " to ", " and ", ", ", "th", "2024-2027", "1st", " ", "(", ")",
     "between ", "ago", "week", "mid-", "/", "10"]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=200), st.lists(DATEISH, max_size=25).map("".join))
PUBLISHED = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, published=PUBLISHED, future=st.booleans())
def test_never_raises_and_spans_are_exact(text, published, future):
    found = find_date_expressions(text, published, future=future)
    for expr in found:
        assert text[expr.start : expr.end] == expr.text
        assert expr.kind in KINDS
        assert (expr.date is None) == (expr.kind == "unresolved")
        if expr.end_date is not None:
            assert expr.kind == "range" and expr.date is not None
            assert expr.end_date.iso >= expr.date.iso
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# --------------------------------------------------------------------------- the seed articles

SEED_HEADER = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})")


def seed_articles(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        header = SEED_HEADER.match(text)
        published = date.fromisoformat(header.group(1)) if header else None
        # The body only: the header's own ISO date must not count as found in the text.
        yield path.stem, text[header.end() :] if header else text, published


def gold_dates(gold: dict) -> set[str]:
    return {item["date"] for key in ("meetings", "events") for item in gold.get(key, []) if item.get("date")}


def test_every_gold_date_is_found_in_its_seed(seeds_dir, gold_dir):
    for stem, text, published in seed_articles(seeds_dir):
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        found = {e.date.iso for e in find_date_expressions(text, published) if e.date is not None}
        assert gold_dates(gold) <= found, stem


def test_seeds_without_publication_date_leave_relative_phrases_unresolved(seeds_dir):
    for stem, text, published in seed_articles(seeds_dir):
        if published is not None:
            continue
        for expr in find_date_expressions(text, None):
            # Only self-contained phrases (a stated year) may resolve without a publication date.
            assert expr.kind == "unresolved" or re.search(r"[0-9]{4}", expr.text), (stem, expr)
