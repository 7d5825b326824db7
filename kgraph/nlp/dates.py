"""Resolve date expressions ("on Friday", "Jul 17", "last month") against a publication date.

Rules (the same as the gold annotation's): a past-tense statement takes the most recent such day (the
publication day included), a future one the next such day (the publication day included); "last X" is
strictly before and "next X" strictly after. A month without a day has month precision, a bare year has
year precision. Vague spans ("recently", "in the coming days") resolve to nothing: a wrong date is worse than
none. A week or weekend named relative to the report ("earlier this week", "last week", "over the weekend") is
its month when the whole span lies in one month, else nothing. Explicit calendar dates go through dateparser.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kgraph.model import DatePrecision

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_VAGUE = re.compile(r"\b(week|weekend|weeks|recent|recently|soon|coming|days|months|years|decade|past|later|"
                    r"earlier|early|late|mid|end|beginning|start|season|quarter|century|time|ago|previous)\b")

Resolved = tuple[str, DatePrecision]
_STEP = {"last": -1, "next": 1, "this": 0}  # "last/next/this week (month, year)": how many from the report
ISO_DATE = r"\d{4}-\d{2}-\d{2}"  # "2025-01-10", as press releases write dates


def _shift_weekday(base: dt.date, weekday: int, direction: str, strict: bool) -> dt.date:
    delta = (base.weekday() - weekday) % 7 if direction == "past" else (weekday - base.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    return base - dt.timedelta(days=delta) if direction == "past" else base + dt.timedelta(days=delta)


def _month_year(base: dt.date, month: int, direction: str) -> int:
    if direction == "past":
        return base.year if month <= base.month else base.year - 1
    return base.year if month >= base.month else base.year + 1


def _add_months(base: dt.date, months: int) -> tuple[int, int]:
    index = base.year * 12 + base.month - 1 + months
    return index // 12, index % 12 + 1


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: dt.date | None, tense: str = "past") -> Resolved | None:
    """Resolve one date expression. ``tense`` is "past" or "future" (the direction of search).

    >>> resolve_date("on Friday", dt.date(2025, 7, 17), "future")
    ('2025-07-18', <DatePrecision.DAY: 'day'>)
    >>> resolve_date("Wednesday", dt.date(2025, 7, 17), "past")
    ('2025-07-16', <DatePrecision.DAY: 'day'>)
    >>> resolve_date("the end of August last year", dt.date(2026, 9, 10), "past")
    ('2025-08', <DatePrecision.MONTH: 'month'>)
    """
    if tense == "nearest" and published is not None:
        # a called-off event: its day may be just before or just after the report; take the nearer one
        options = [r for r in (resolve_date(text, published, "past"), resolve_date(text, published, "future")) if r]
        if len(options) == 2 and options[0][1] is DatePrecision.DAY and options[1][1] is DatePrecision.DAY:
            before, after = (dt.date.fromisoformat(o[0]) for o in options)
            return options[0] if (published - before) < (after - published) else options[1]
        if len(options) == 2 and options[0][1] is DatePrecision.MONTH and options[1][1] is DatePrecision.MONTH:
            # "a summit planned for December has been postponed", said in July: the nearer December
            def months(o: Resolved) -> int:
                return abs(int(o[0][:4]) * 12 + int(o[0][5:7]) - published.year * 12 - published.month)
            return options[0] if months(options[0]) <= months(options[1]) else options[1]
        return options[0] if options else None
    direction = "future" if tense == "future" else "past"
    raw = " ".join(text.replace("\u2019", "'").split()).strip(" ,.;:()")
    low = raw.lower()
    low = re.sub(r"^(on|in|at|from|by|since|until|during|of|for|as of)\s+", "", low)
    low = re.sub(r"\s*'s$", "", low)  # "Monday's talks", "last year's summit": the day, the year
    low = re.sub(r"\b(morning|afternoon|evening|night)\b", "", low).strip()
    # "late Monday", "early on Tuesday": a part of a day is the day
    low = re.sub(r"^(?:late|early|earlier|later)(?: on)?\s+(?=(?:last |next |this )?(?:" + "|".join(WEEKDAYS) + r")\b)",
                 "", low)
    low = re.sub(r"\s*\(.*?\)\s*", " ", low).strip()
    # "2pm today", "10:30 a.m. on Friday", "noon Tuesday": the day the clock time is on
    low = re.sub(r"^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}:\d{2}|noon|midday|midnight)"
                 r"(?:\s+local\s+time)?,?\s+(?:on\s+)?(?=[a-z])", "", low)
    # "28 to 30 October 2026", "between 5 and 7 May": the first day, of the month (and year) given at the end
    low = re.sub(r"^(?:between\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|through|until|and|-|–)\s*\d{1,2}(?:st|nd|rd|th)?"
                 r"\s+(?:of\s+)?((?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?(?:,?\s+\d{4})?)$", r"\1 \2", low)
    if re.fullmatch(ISO_DATE, low):  # "on 2026-03-12" (press releases): not a range
        try:
            return dt.date(*map(int, low.split("-"))).isoformat(), DatePrecision.DAY
        except ValueError:
            return None
    low = re.split(r"\s+(?:to|through|until|-|–)\s+|(?<=\d)[-–](?=\d)", low)[0].strip()  # a range: its start  # "Thursday (Jul 17)" -> "thursday"
    # "mid-July", "early next month", "at the end of August last year": the part of a month is lost, the month kept
    low = re.sub(r"^(?:the |at the )?(?:mid|early|late|end of|beginning of|start of|middle of)[\s-]+(?=(?:"
                 + "|".join(m[:3] for m in MONTHS) + r")|next month|last month|this month)", "", low)
    # "the first week of October", "the second half of May": the month
    low = re.sub(r"^(?:the )?(?:first|second|third|fourth|last|final|closing|opening) (?:week|weeks|half|days|fortnight)"
                 r" of (?=(?:" + "|".join(m[:3] for m in MONTHS) + r"))", "", low)
    # "the second half of the year", "early next year", "late last year", "the first quarter of next year": the year
    part = re.fullmatch(r"(?:the |at the |in the |by the )?(?:(?:first|second|latter|last|final|third|fourth|closing) "
                        r"(?:half|quarter|part|months?)(?: of)?|early|late|mid)[\s-]+(?:(this|next|last|the) year)", low)
    if part:
        low = ("this" if part.group(1) == "the" else part.group(1)) + " year"
    # "at the end of the month", "later in the month": the month of the report
    low = re.sub(r"^(?:the )?(?:(?:end|beginning|start|middle) of|later in|earlier in) the (month|year)$", r"this \1", low)
    if not low:
        return None
    if published is not None:
        if low in ("today", "tonight", "this") or re.fullmatch(
                r"(?:earlier|later) (?:today|in the day|that day|the same day)|the same day|same day|"
                r"earlier in the day|later in the day|later today|earlier today", low):
            return published.isoformat(), DatePrecision.DAY
        if re.fullmatch(r"(?:(?:a )?(?:short |little )?while|moments?|(?:a few |some |several |\w+ )?(?:minutes?|hours?)"
                        r"|an? (?:hour|minute)) ago|just now|right now|now", low):
            return published.isoformat(), DatePrecision.DAY  # a live report: "met a short while ago"
        ago = re.fullmatch(r"(.+?) ago", low)
        days_ago = day_offset(ago.group(1)) if ago else None
        if days_ago:
            # "two days ago", "a week ago": that many days before the report
            return (published - dt.timedelta(days=days_ago)).isoformat(), DatePrecision.DAY
        if low == "the day before yesterday":
            return (published - dt.timedelta(days=2)).isoformat(), DatePrecision.DAY
        if low == "yesterday" or low == "last night":
            return (published - dt.timedelta(days=1)).isoformat(), DatePrecision.DAY
        if low == "tomorrow":
            return (published + dt.timedelta(days=1)).isoformat(), DatePrecision.DAY
        m = re.fullmatch(r"(last|next|this|coming|this coming|past|this past)?\s*(" + "|".join(WEEKDAYS) + r")", low) \
            or re.fullmatch(r"()(" + "|".join(WEEKDAYS) + r") (next|last)", low)  # ("Monday next", "Thursday last")
        if m:
            qualifier, day = m.group(1) or (m.group(3) if m.re.groups == 3 else None), WEEKDAYS.index(m.group(2))
            if qualifier in ("last", "past", "this past"):
                return _shift_weekday(published, day, "past", strict=True).isoformat(), DatePrecision.DAY
            if qualifier in ("next", "coming", "this coming"):
                return _shift_weekday(published, day, "future", strict=True).isoformat(), DatePrecision.DAY
            return _shift_weekday(published, day, direction, strict=False).isoformat(), DatePrecision.DAY
        m = re.fullmatch(r"(" + "|".join(WEEKDAYS) + r") (?:of )?(last|next|this) week|(last|next|this) week(?: on)? ("
                         + "|".join(WEEKDAYS) + r")", low)
        if m:
            # "on Monday next week", "next week on Friday": that weekday of the calendar week named
            day = WEEKDAYS.index(m.group(1) or m.group(4))
            step = 7 * _STEP[m.group(2) or m.group(3)]
            monday = published - dt.timedelta(days=published.weekday())
            return (monday + dt.timedelta(days=step + day)).isoformat(), DatePrecision.DAY
        m = re.fullmatch(r"(last|next|this) (month|year)", low)
        if m:
            step = _STEP[m.group(1)]
            if m.group(2) == "month":
                year, month = _add_months(published, step)
                return f"{year:04d}-{month:02d}", DatePrecision.MONTH
            return f"{published.year + step:04d}", DatePrecision.YEAR
        m = re.fullmatch(r"(?:(?:earlier|later) )?(?:this|the) month|(?:earlier|later) this month", low)
        if m:
            return f"{published.year:04d}-{published.month:02d}", DatePrecision.MONTH
        m = re.fullmatch(r"(?:earlier|later) (this|last|next) year", low)
        if m:
            step = _STEP[m.group(1)]
            return f"{published.year + step:04d}", DatePrecision.YEAR
        m = re.fullmatch(r"([a-z]+) (last|this|next) year", low)
        if m and (m.group(1) in MONTHS or m.group(1) in _MONTH_ABBR):
            month = MONTHS.index(m.group(1)) + 1 if m.group(1) in MONTHS else _MONTH_ABBR[m.group(1)]
            step = _STEP[m.group(2)]
            return f"{published.year + step:04d}-{month:02d}", DatePrecision.MONTH
        m = re.fullmatch(r"(.*\d.*?),? (last|this|next) year", low)
        if m:
            # "Jan. 1 last year", "3 March this year": that day of the year named
            step = _STEP[m.group(2)]
            return _calendar_date(f"{m.group(1)} {published.year + step}", published, direction)
        m = re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)?( of (this|the|last|next) month)?", low)
        if m:
            day = int(m.group(1))
            year, month = published.year, published.month
            if m.group(3) in ("last", "next"):
                year, month = _add_months(published, _STEP[m.group(3)])  # "the 15th of last month"
            elif m.group(2):
                pass  # "the 12th of this month": this month, whichever way the tense points
            elif direction == "past" and day > published.day:
                year, month = _add_months(published, -1)
            elif direction == "future" and day < published.day:
                year, month = _add_months(published, 1)
            try:
                return dt.date(year, month, day).isoformat(), DatePrecision.DAY
            except ValueError:
                return None
    if published is not None:
        week = _week_span(low, published, direction)
        if week is not None:
            first, last = week
            # "earlier this week", "last week", "over the weekend": the month, when the whole span lies in one, or
            # holds at least two thirds of its days ("last week" said on Tuesday 4 February: January)
            days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
            month = max({(d.year, d.month) for d in days}, key=lambda m: sum((d.year, d.month) == m for d in days))
            if 3 * sum((d.year, d.month) == month for d in days) >= 2 * len(days):
                return f"{month[0]:04d}-{month[1]:02d}", DatePrecision.MONTH
            return None
    if _VAGUE.search(low):
        return None
    m = re.fullmatch(r"(?:(last|next|this) )?([a-z]+)(?: (\d{4}))?", low)
    if m and (m.group(2) in MONTHS or m.group(2) in _MONTH_ABBR):
        month = MONTHS.index(m.group(2)) + 1 if m.group(2) in MONTHS else _MONTH_ABBR[m.group(2)]
        if m.group(3):
            year = int(m.group(3))
        elif published is None:
            return None
        elif m.group(1) in ("last", "next") and month == published.month:
            year = published.year + (1 if m.group(1) == "next" else -1)  # "last September", said in September
        else:
            year = _month_year(published, month, "future" if m.group(1) == "next" else "past" if m.group(1) == "last"
                               else direction)
        return f"{year:04d}-{month:02d}", DatePrecision.MONTH
    m = re.fullmatch(r"(\d{4})", low)
    if m and 1900 <= int(m.group(1)) <= 2100:
        return m.group(1), DatePrecision.YEAR
    if not re.search(r"\d", low):
        return None
    return _calendar_date(low, published, direction)


def _week_span(low: str, published: dt.date, direction: str) -> tuple[dt.date, dt.date] | None:
    """The days a week or weekend named relative to the report can be: "earlier this week" (Monday to the day
    before), "last week", "the past week", "next week", "over the weekend" (the last one, or the next one for
    what is planned)."""
    low = {"earlier in the week": "earlier this week", "later in the week": "later this week",
           "this past weekend": "last weekend", "this past week": "the past week"}.get(low, low)
    low = re.sub(r"^(?:the )?(?:end|beginning|start|middle) of (?=(?:this|last|next|the) week\b)", "", low)
    low = re.sub(r"^(?:early|late|mid)[ -](?=(?:next|last) week\b)", "", low)  # "early next week": that week
    m = re.fullmatch(r"(?:(earlier|later) )?(?:(?:over|at|during) )?(this|last|next|the past|the previous|the coming|the)"
                     r" (week|weekend)", low)
    if m is None:
        return None
    part, which, unit = m.groups()
    if unit == "week":
        if which == "the":
            return None  # "the week": which one is not said
        if which == "the past":
            return published - dt.timedelta(days=7), published - dt.timedelta(days=1)
        monday = published - dt.timedelta(days=published.weekday())
        step = {"this": 0, "last": -7, "the previous": -7, "next": 7, "the coming": 7}[which]
        first, last = monday + dt.timedelta(days=step), monday + dt.timedelta(days=step + 6)
        if step == 0 and part == "earlier":
            last = published - dt.timedelta(days=1)
        elif step == 0 and part == "later":
            first = published + dt.timedelta(days=1)
        return (first, last) if first <= last else None
    ahead = (5 - published.weekday()) % 7  # days to the next Saturday (0 on a Saturday)
    if which in ("next", "the coming") or (which in ("this", "the") and direction == "future"):
        saturday = published + dt.timedelta(days=ahead or (7 if which == "next" else 0))
    else:  # "over the weekend", "last weekend": the one before the report (or the report's own)
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return saturday, saturday + dt.timedelta(days=1)


def _calendar_date(low: str, published: dt.date | None, direction: str) -> Resolved | None:
    """Explicit day and month ("Jul 17", "17 July 2025", "July 17th"), through dateparser."""
    if not any(m[:3] in low for m in MONTHS) and not re.search(ISO_DATE, low):
        return None
    import dateparser  # imported lazily: it costs ~0.3 s to load

    settings = {
        "PREFER_DATES_FROM": direction if direction == "future" else "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low)
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; an unparsed date is just no date
        return None
    if parsed is None:
        return None
    value = parsed.date()
    if published is not None and not re.search(r"\b\d{4}\b", low):
        # dateparser's year choice ignores tense for month-day forms; fix it by the rule above.
        # A week of slack around the report: "is paying a visit from April 20" published on April 22 is this
        # April, not next year's; "met on July 20" in a report dated July 17 (a late or wrong tense) too.
        try:
            this_year = value.replace(year=published.year)
        except ValueError:
            return None
        gap = (this_year - published).days
        if direction == "past":
            year = published.year if gap <= 7 else published.year - 1
        else:
            year = published.year if gap >= -7 else published.year + 1
        try:
            value = value.replace(year=year)
        except ValueError:
            return None
    return value.isoformat(), DatePrecision.DAY


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a couple of": 2}


def count_of(word: str) -> int | None:
    """The number a count word or numeral stands for ("three", "12", "a couple of"), None otherwise.

    >>> count_of("Three"), count_of("12"), count_of("several")
    (3, 12, None)
    """
    low = word.lower()
    return int(low) if low.isdigit() else _COUNTS.get(low)


_SAME_DAY = re.compile(r"(?:(?:just|only|shortly|moments?|hours?|minutes?|a few hours|several hours)\b\s*)+")


def month_offset(text: str) -> int | None:
    """Months in a gap between two events ("a month", "two months"): None for anything else.

    >>> month_offset("a month"), month_offset("three months"), month_offset("weeks")
    (1, 3, None)
    """
    match = re.fullmatch(r"(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?",
                         " ".join(text.lower().split()))
    return (count_of(match.group(1)) or {"eleven": 11}.get(match.group(1))) if match else None


def day_offset(text: str) -> int | None:
    """Days in a gap between two events ("a day", "two days", "a week", "hours"): None when the gap is
    not a whole number of days ("weeks", "a month", "years").

    >>> day_offset("a day"), day_offset("two days"), day_offset("a week"), day_offset("hours"), day_offset("months")
    (1, 2, 7, 0, None)
    """
    low = " ".join(text.lower().split())
    if _SAME_DAY.fullmatch(low):
        return 0
    match = re.fullmatch(r"(a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)",
                         low)
    if not match:
        return None
    return count_of(match.group(1)) * (7 if match.group(2).startswith("week") else 1)
