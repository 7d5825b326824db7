"""The date resolver: relative days against the publication date, explicit dates, vague spans."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from kgraph.model import DatePrecision
from kgraph.nlp.dates import WEEKDAYS, resolve_date

THURSDAY = dt.date(2025, 7, 17)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("on Friday", "future", "2025-07-18"),
        ("Friday", "past", "2025-07-11"),
        ("Wednesday", "past", "2025-07-16"),
        ("Thursday", "past", "2025-07-17"),
        ("Thursday", "future", "2025-07-17"),
        ("last Thursday", "past", "2025-07-10"),
        ("next Thursday", "future", "2025-07-24"),
        ("Thursday (Jul 17)", "past", "2025-07-17"),
        ("yesterday", "past", "2025-07-16"),
        ("the day before yesterday", "past", "2025-07-15"),
        ("this past Sunday", "past", "2025-07-13"),
        ("tomorrow", "future", "2025-07-18"),
        ("Jul 17", "past", "2025-07-17"),
        ("17 July", "past", "2025-07-17"),
        ("July 17th", "past", "2025-07-17"),
        ("Aug 1", "future", "2025-08-01"),
        ("Dec 30", "past", "2024-12-30"),
        ("March 3, 2024", "past", "2024-03-03"),
        ("from Jul 14 to 16", "past", "2025-07-14"),
        ("Jul 14-16", "past", "2025-07-14"),
        ("the 3rd", "past", "2025-07-03"),
        # a weekday of a calendar week named: the week of Monday Jul 14 is "this week"
        ("on Monday next week", "future", "2025-07-21"),
        ("Friday next week", "future", "2025-07-25"),
        ("next week on Friday", "future", "2025-07-25"),
        ("on Tuesday last week", "past", "2025-07-08"),
        ("Wednesday this week", "past", "2025-07-16"),
        # a day of a year named relative to the report
        ("on Jan. 1 last year", "past", "2024-01-01"),
        ("3 March this year", "past", "2025-03-03"),
        ("the 5th of June next year", "future", "2026-06-05"),
    ],
)
def test_dates_resolve_days(text, tense, expected):
    assert resolve_date(text, THURSDAY, tense) == (expected, DatePrecision.DAY)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [("last month", "past", "2025-06"), ("next month", "future", "2025-08"), ("in June", "past", "2025-06"),
     ("in June", "future", "2026-06"), ("June 2024", "past", "2024-06"),
     ("the first week of June", "past", "2025-06"), ("the second half of May", "past", "2025-05"),
     ("at the end of the month", "past", "2025-07"), ("later in the month", "future", "2025-07")],
)
def test_dates_resolve_months(text, tense, expected):
    assert resolve_date(text, THURSDAY, tense) == (expected, DatePrecision.MONTH)


@pytest.mark.parametrize(("text", "expected"), [("earlier this year", "2025"), ("last year", "2024"),
                                              ("in the second half of the year", "2025"), ("early next year", "2026"),
                                              ("late last year", "2024"), ("the first quarter of next year", "2026"),
                                              ("mid-next year", "2026")])
def test_dates_resolve_years(text, expected):
    assert resolve_date(text, THURSDAY, "past") == (expected, DatePrecision.YEAR)


def test_dates_month_of_last_year():
    assert resolve_date("in July last year", THURSDAY, "past") == ("2024-07", DatePrecision.MONTH)


@pytest.mark.parametrize("text", ["recently", "in the coming days", "two years ago", "", "the week", "the year"])
def test_dates_vague_spans_resolve_to_nothing(text):
    assert resolve_date(text, THURSDAY, "past") is None


@pytest.mark.parametrize(
    ("published", "text", "tense", "expected"),
    [(THURSDAY, "earlier this week", "past", "2025-07"), (THURSDAY, "next week", "future", "2025-07"),
     (THURSDAY, "over the weekend", "past", "2025-07"), (THURSDAY, "the past week", "past", "2025-07"),
     # the week of Monday 28 July runs into August; the weekend before Friday 1 August is in July
     (dt.date(2025, 7, 30), "this week", "past", None), (dt.date(2025, 8, 1), "over the weekend", "past", "2025-07"),
     (dt.date(2025, 7, 2), "earlier this week", "past", None), (dt.date(2025, 8, 1), "this weekend", "future", "2025-08"),
     (dt.date(2025, 8, 6), "last week", "past", None), (dt.date(2025, 8, 13), "last week", "past", "2025-08"),
     (dt.date(2025, 8, 4), "earlier this week", "past", None),  # (a Monday: no earlier day this week)
     # a week with two thirds of its days in one month: that month (27 January to 2 February)
     (dt.date(2025, 2, 4), "last week", "past", "2025-01")],
)
def test_dates_a_week_named_relative_to_the_report_is_its_month_when_it_lies_in_one(published, text, tense, expected):
    resolved = resolve_date(text, published, tense)
    assert resolved == ((expected, DatePrecision.MONTH) if expected else None)


def test_dates_an_iso_date_is_a_day_not_a_range():
    assert resolve_date("on 2026-03-12", THURSDAY, "past") == ("2026-03-12", DatePrecision.DAY)
    assert resolve_date("2026-02-30", THURSDAY, "past") is None


def test_dates_relative_day_needs_a_publication_date():
    assert resolve_date("on Friday", None, "past") is None


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.sampled_from(WEEKDAYS),
       st.sampled_from(["past", "future"]))
def test_dates_weekday_within_a_week_in_the_right_direction(published, weekday, tense):
    value, precision = resolve_date(weekday.title(), published, tense)
    day = dt.date.fromisoformat(value)
    assert precision is DatePrecision.DAY
    assert day.strftime("%A").lower() == weekday
    assert abs((day - published).days) <= 6
    assert (day <= published) if tense == "past" else (day >= published)


@pytest.mark.parametrize(("text", "expected"), [("Jul 21", "2025-07-21"), ("Jul 14", "2025-07-14"),
                                               ("Monday", "2025-07-14")])
def test_dates_nearest_takes_the_closer_day(text, expected):
    assert resolve_date(text, THURSDAY, "nearest") == (expected, DatePrecision.DAY)


@pytest.mark.parametrize(("text", "expected"), [("December", "2025-12"), ("in March", "2025-03"), ("May", "2025-05"),
                                                ("in November", "2025-11")])
def test_dates_nearest_takes_the_closer_month(text, expected):
    """'A summit planned for December has been postponed', said in July: this December, not last."""
    assert resolve_date(text, THURSDAY, "nearest") == (expected, DatePrecision.MONTH)


@pytest.mark.parametrize("text", ["earlier in the day", "later the same day", "later today"])
def test_dates_same_day_phrases_are_the_publication_day(text):
    assert resolve_date(text, THURSDAY, "past") == ("2025-07-17", DatePrecision.DAY)


@pytest.mark.parametrize(("text", "tense", "expected"),
                         [("last September", "past", "2024-09"), ("next September", "future", "2026-09"),
                          ("last July", "past", "2024-07"), ("next July", "past", "2026-07"),
                          ("last March", "future", "2025-03"), ("July", "past", "2025-07")])
def test_dates_last_or_next_month_named_in_that_month_is_a_year_away(text, tense, expected):
    published = dt.date(2025, 7, 17)
    if text.endswith("September"):
        published = dt.date(2025, 9, 10)
    assert resolve_date(text, published, tense) == (expected, DatePrecision.MONTH)


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("earlier in the week", "past", ("2025-07", DatePrecision.MONTH)),
    ("this past weekend", "past", ("2025-07", DatePrecision.MONTH)),
    ("the end of last week", "past", ("2025-07", DatePrecision.MONTH)),
    ("Monday next", "future", ("2025-07-21", DatePrecision.DAY)),
    ("Thursday last", "past", ("2025-07-10", DatePrecision.DAY)),
    ("the 12th of this month", "future", ("2025-07-12", DatePrecision.DAY)),
    ("the 25th of this month", "past", ("2025-07-25", DatePrecision.DAY)),
])
def test_dates_more_ways_to_name_a_week_or_a_day(text, tense, expected):
    assert resolve_date(text, THURSDAY, tense) == expected


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("2pm today", "future", ("2025-07-17", DatePrecision.DAY)),
    ("at 10:30 a.m. on Friday", "future", ("2025-07-18", DatePrecision.DAY)),
    ("noon Tuesday", "past", ("2025-07-15", DatePrecision.DAY)),
    ("2pm", "future", None),
])
def test_dates_a_clock_time_on_a_day_is_that_day(text, tense, expected):
    assert resolve_date(text, THURSDAY, tense) == expected
