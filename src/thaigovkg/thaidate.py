"""Thai dates and Buddhist Era years → Python dates (later written as xsd:date).

Thai news writes dates as ``วันพุธที่ 18 กันยายน 2567``, ``18 ก.ย. 67``,
``26/7/67`` or ``เมื่อวันที่ 29 สิงหาคมที่ผ่านมา`` (no year), in Thai or Arabic
digits, often without spaces. ``find_dates`` finds them with character offsets into
the text it is given (normalised or not), ``find_years`` finds programme-year
phrases such as ``ประจำปีงบประมาณ พ.ศ. 2567``.

Year rules, used everywhere: a 4-digit year ≥ 2400 is Buddhist Era (BE); one
between 1900 and 2200 is Common Era (CE) and is converted (+543); a 2-digit year is
BE 25xx. An explicit ``พ.ศ.`` or ``ค.ศ.`` overrides the range rule. BE−543 = CE is
used throughout (the pre-1941 April new year is ignored).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "THAI_MONTHS",
    "THAI_MONTH_ABBRS",
    "THAI_WEEKDAYS",
    "DateMention",
    "be_to_ce",
    "ce_to_be",
    "expand_year",
    "find_dates",
    "find_years",
    "parse_thai_date",
]

BE_OFFSET = 543

#: Full Thai month names, January first.
THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
#: Standard abbreviations, January first.
THAI_MONTH_ABBRS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
#: Thai weekday names, Monday first (as ``datetime.date.weekday()``).
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")

# Common misspellings seen in news copy.
_THAI_MONTH_VARIANTS = {
    "กรกฏาคม": 7,  # ฏ (pa-tak) typed for ฎ (cho-chada)
    "กุมภาพันธ": 2,  # thanthakhat forgotten
}
_WEEKDAY_VARIANTS = {"พฤหัส": "พฤหัสบดี", "พฤหัสฯ": "พฤหัสบดี"}  # short forms of Thursday

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_EN_ABBRS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7,
             "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_TABLE = {ord(ch): str(i) for i, ch in enumerate(_THAI_DIGITS)}

# --- regex building blocks ---------------------------------------------------------
D = "[0-9๐-๙]"  # one digit, Arabic or Thai
SP = r"[^\S\r\n]*"  # optional horizontal whitespace (Thai often writes none)
_NOT_DIGIT_BEFORE = "(?<![0-9๐-๙])"


def _dc(ranges: str) -> str:
    """A character class for ASCII digit ``ranges`` (e.g. "4-9") plus the same Thai digits."""
    thai = "".join(
        f"{_THAI_DIGITS[int(p[0])]}-{_THAI_DIGITS[int(p[2])]}" if len(p) == 3 else _THAI_DIGITS[int(p)]
        for p in re.findall(r"\d-\d|\d", ranges)
    )
    return f"[{ranges}{thai}]"


# A 4-digit year the range rule accepts without an era word:
# 19xx-21xx or 2200 (CE), 24xx-29xx or 3000-9999 (BE).
_YEAR4 = (
    f"(?:{_dc('1')}{_dc('9')}{D}{D}|{_dc('2')}{_dc('01')}{D}{D}|{_dc('2')}{_dc('2')}{_dc('0')}{_dc('0')}"
    f"|{_dc('2')}{_dc('4-9')}{D}{D}|{_dc('3-9')}{D}{D}{D})"
)
# พ.ศ. (Buddhist Era) / ค.ศ. (Common Era), dots and the inner space optional.
_ERA = rf"(?:พ\.?{SP}ศ\.?|ค\.?{SP}ศ\.?)"
# A year must not run on into more digits, a time (14.00, 14:00) or a thousands group.
_YEAR_END = rf"(?!{D}|[.:,]{D}|{SP}(?:น\.|นาฬิกา))"


def _abbr_pattern(abbr: str) -> str:
    """Regex for a dotted abbreviation such as ``ก.ย.``: dots and the inner space optional."""
    first, second = abbr.rstrip(".").split(".")
    # Not followed by a Thai consonant (กยศ is a fund, not September), nor by another
    # "X." (ก.พ.ร., ก.ค.ศ., ส.ค.ส. are bodies and cards), unless that is พ.ศ./ค.ศ.
    return (
        rf"{first}(?:\.{SP})?{second}"
        rf"(?!(?!พ\.?{SP}ศ|ค\.?{SP}ศ)[ก-ฮ]|\.(?!พ\.{SP}ศ|ค\.{SP}ศ)[ก-ฮ]\.)\.?"
    )


@lru_cache(maxsize=1)
def _month_lookup() -> dict[str, int]:
    """Month number by key (month word with dots, spaces removed; English as written)."""
    table: dict[str, int] = {}
    for i, name in enumerate(THAI_MONTHS, 1):
        table[name] = i
    table.update(_THAI_MONTH_VARIANTS)
    for i, abbr in enumerate(THAI_MONTH_ABBRS, 1):
        table[abbr.replace(".", "")] = i
    for i, name in enumerate(_EN_MONTHS, 1):
        table[name.lower()] = i
    for abbr, i in _EN_ABBRS.items():
        table[abbr.lower()] = i
    return table


def _month_number(word: str) -> int:
    key = re.sub(r"[.\s]", "", word)
    table = _month_lookup()
    return table.get(key) or table[key.lower()]


@lru_cache(maxsize=1)
def _date_regex() -> re.Pattern[str]:
    """The one pattern behind ``find_dates``, compiled on first use."""
    thai_full = "|".join(sorted([*THAI_MONTHS, *_THAI_MONTH_VARIANTS], key=len, reverse=True))
    thai_abbr = "|".join(_abbr_pattern(a) for a in THAI_MONTH_ABBRS)
    thai_month = f"(?:{thai_full}|{thai_abbr})"
    en_names = sorted([*_EN_MONTHS, *_EN_ABBRS], key=len, reverse=True)
    en_month = "(?:" + "|".join(alt for n in en_names for alt in (n, n.upper())) + r")(?![A-Za-z])\.?"
    weekday = "|".join(sorted([*THAI_WEEKDAYS, *_WEEKDAY_VARIANTS], key=len, reverse=True))
    day = f"{_NOT_DIGIT_BEFORE}(?<![.:,/]){_dc('0-3')}?{D}"
    ordinal = "(?:st|nd|rd|th)?"

    # Optional lead-in kept in the span: วันพุธที่ (weekday, ที่ optional) or วันที่.
    prefix = rf"(?:วัน(?P<weekday>{weekday}){SP}(?:ที่)?{SP}|วันที่{SP})?"
    # Thai: day, month, then optionally [ปี] [พ.ศ./ค.ศ.] year.
    thai = (
        rf"(?P<day>{day}){SP}(?P<month>{thai_month})"
        rf"(?:{SP}(?:ปี{SP})?(?P<era>{_ERA}){SP}(?P<year_era>{D}{{4}}|{D}{{2}}){_YEAR_END}"
        rf"|{SP}(?:ปี{SP})?(?P<year>{_YEAR4}|{D}{{2}}){_YEAR_END})?"
    )
    # d/m/y, BE or CE by the range rule.
    slash = (
        rf"(?<![0-9๐-๙/])(?P<s_day>{D}{{1,2}})/(?P<s_month>{D}{{1,2}})/"
        rf"(?P<s_year>{D}{{4}}|{D}{{2}})(?![0-9๐-๙]|/{D})"
    )
    # English: 18 September 2024 / 18th Sept. 2024.
    en_dmy = (
        rf"(?P<e_day>{day}){ordinal}{SP}(?:of{SP})?(?P<e_month>{en_month})"
        rf"(?:,?{SP}(?P<e_year>{_YEAR4}){_YEAR_END})?"
    )
    # English: September 18, 2024 / Sept. 18th 2024.
    en_mdy = (
        rf"(?<![A-Za-z])(?P<f_month>{en_month}){SP}(?P<f_day>{D}{{1,2}}){ordinal}(?![0-9๐-๙A-Za-z])"
        rf"(?:,?{SP}(?P<f_year>{_YEAR4}){_YEAR_END})?"
    )
    core = f"(?:{thai}|{slash}|{en_dmy}|{en_mdy})"
    # วันนี้ (26 ก.ค. 67): the relative word binds a date in brackets and starts the span.
    rel_pre = rf"(?:(?P<rel_pre>วันนี้|เมื่อวานนี้|เมื่อวาน|พรุ่งนี้){SP}\({SP})?"
    # ... ที่ผ่านมา (just past) / ที่จะถึงนี้, ที่จะถึง (coming) / นี้ (this coming).
    rel_post = rf"(?:{SP}(?P<rel_post>ที่ผ่านมา|ที่จะถึงนี้|ที่จะถึง|นี้))?"
    # a date opens with a digit, a month in Latin letters, วัน…, เมื่อวาน… or พรุ่งนี้: looked for first, the optional
    # words and the lookbehinds are tried only there, not at every letter (a scan seven times faster)
    opens = rf"(?=[0-9๐-๙A-Za-zวเพ])"
    return re.compile(rf"{opens}{rel_pre}{prefix}{core}(?(rel_pre){SP}\)|{rel_post})")


def _int(digits: str) -> int:
    return int(digits.translate(_DIGIT_TABLE))


def be_to_ce(year_be: int) -> int:
    """Return the Common Era year for Buddhist Era ``year_be`` (BE − 543)."""
    return year_be - BE_OFFSET


def ce_to_be(year_ce: int) -> int:
    """Return the Buddhist Era year for Common Era ``year_ce`` (CE + 543)."""
    return year_ce + BE_OFFSET


def _year_to_be(digits: str, era: str | None = None) -> int | None:
    """BE year for ``digits`` as written, after an optional พ.ศ./ค.ศ.; None if the rules reject it."""
    value = _int(digits)
    kind = None
    if era:
        kind = "CE" if era.lstrip().startswith("ค") else "BE"
    if len(digits) == 2:
        return ce_to_be(2000 + value) if kind == "CE" else 2500 + value
    if len(digits) != 4:
        return None
    if kind == "BE":
        return value
    if kind == "CE":
        return ce_to_be(value)
    if value >= 2400:
        return value
    if 1900 <= value <= 2200:
        return ce_to_be(value)
    return None


_EXPAND_RE = re.compile(
    rf"(?:(?:ประจำ)?ปี(?:งบประมาณ|การศึกษา)?{SP})?(?:(?P<era>{_ERA}){SP})?(?P<year>{D}{{4}}|{D}{{2}})"
)


def expand_year(text_or_int: int | str | None) -> int | None:
    """Return a year as the article writes it as a Buddhist Era int, or None where there is none.

    ``2567`` → 2567; ``67``, ``"ปี 67"``, ``"พ.ศ. 67"`` → 2567 (two-digit years are
    BE 25xx); ``2024`` or ``"ค.ศ. 2024"`` → 2567 (CE between 1900 and 2200). Ints
    below 100 count as two-digit years; other ints outside the rules give None.
    Strings that are not just a year phrase are searched with ``find_years``.
    """
    if isinstance(text_or_int, bool) or text_or_int is None:
        return None
    if isinstance(text_or_int, int):
        n = text_or_int
        if 0 <= n <= 99:
            return 2500 + n
        if 1900 <= n <= 2200:
            return ce_to_be(n)
        if 2400 <= n <= 9999:
            return n
        return None
    if not isinstance(text_or_int, str):
        return None
    text = text_or_int.strip()
    m = _EXPAND_RE.fullmatch(text)
    if m:
        return _year_to_be(m["year"], m["era"])
    years = find_years(text)
    return years[0][2] if years else None


@dataclass(frozen=True)
class DateMention:
    """A date written in a text; ``text == source[start:end]``.

    ``year_be`` is None when the text gives no year; ``date`` is None then, and
    also when the date does not exist (31 กุมภาพันธ์). ``weekday`` is the Thai
    weekday name as written before the date (short forms expanded: พฤหัส →
    พฤหัสบดี), not checked against the date. ``relative`` is the relative word
    bound to the date: วันนี้/เมื่อวาน/พรุ่งนี้ before a bracketed date, or
    ที่ผ่านมา/ที่จะถึง/ที่จะถึงนี้/นี้ after it.
    """

    start: int
    end: int
    text: str
    day: int
    month: int
    year_be: int | None
    weekday: str | None
    date: _dt.date | None
    relative: str | None


def _make_date(year_be: int | None, month: int, day: int) -> _dt.date | None:
    if year_be is None:
        return None
    try:
        return _dt.date(be_to_ce(year_be), month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Return every date mention in ``text``, in text order, with offsets into ``text``.

    A number followed by a month name (Thai full or abbreviated, English), or a
    d/m/y slash date, is required: times (14.00 น.) and counts (13 รางวัล) are not
    dates. Thai digits are read whether or not the text was normalised.
    """
    found: list[DateMention] = []
    for m in _date_regex().finditer(text):
        if m["day"] is not None:
            day, month = _int(m["day"]), _month_number(m["month"])
            if m["year_era"] is not None:
                year_be = _year_to_be(m["year_era"], m["era"])
            elif m["year"] is not None:
                year_be = _year_to_be(m["year"])
            else:
                year_be = None
        elif m["s_day"] is not None:
            day, month = _int(m["s_day"]), _int(m["s_month"])
            year_be = _year_to_be(m["s_year"])
            if year_be is None or not 1 <= month <= 12:
                continue
        elif m["e_day"] is not None:
            day, month = _int(m["e_day"]), _month_number(m["e_month"])
            year_be = _year_to_be(m["e_year"]) if m["e_year"] else None
        else:
            day, month = _int(m["f_day"]), _month_number(m["f_month"])
            year_be = _year_to_be(m["f_year"]) if m["f_year"] else None
        if not 1 <= day <= 31:
            continue
        weekday = m["weekday"]
        if weekday is not None:
            weekday = _WEEKDAY_VARIANTS.get(weekday, weekday)
        found.append(
            DateMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                day=day,
                month=month,
                year_be=year_be,
                weekday=weekday,
                date=_make_date(year_be, month, day),
                relative=m["rel_pre"] or m["rel_post"],
            )
        )
    return found


def parse_thai_date(text: str) -> _dt.date | None:
    """Return the first complete (existing, with a year) date in ``text``, or None."""
    for mention in find_dates(text):
        if mention.date is not None:
            return mention.date
    return None


@lru_cache(maxsize=1)
def _year_regex() -> re.Pattern[str]:
    """The pattern behind ``find_years``, compiled on first use."""
    # Counts after the number mean a duration or quantity, not a year (ปี 10 เดือน).
    units = "ครั้ง|คน|ราย|ปี|เดือน|วัน|ชั่วโมง|ชม\\.|นาที|แห่ง|บาท|ล้าน|โครงการ|%|เปอร์เซ็นต์"
    return re.compile(
        # every phrase starts with ป, พ or ค: saying so first lets the engine skip other positions fast
        r"(?=[ปพค])"
        # not "45 ปี 10": ปี right after a number is an age or duration
        rf"{_NOT_DIGIT_BEFORE}(?<![0-9๐-๙]\s)"
        # ประจำปี / ปี / ปีงบประมาณ (fiscal year) / ปีการศึกษา (academic year), then optional era
        rf"(?:(?:ประจำ)?ปี(?:งบประมาณ|การศึกษา)?(?:{SP}(?P<era1>{_ERA}))?|(?P<era2>พ\.{SP}ศ\.?|ค\.{SP}ศ\.?))"
        rf"{SP}(?P<year>{D}{{4}}|{D}{{2}}){_YEAR_END}(?!{SP}(?:{units}))"
    )


def find_years(text: str) -> list[tuple[int, int, int]]:
    """Return ``(start, end, year_be)`` for each programme-year phrase, in text order.

    Phrases: ``ประจำปี 2567``, ``ปี 2567``, ``ปี 64``, ``ปีงบประมาณ 2567``,
    ``ประจำปีงบประมาณ พ.ศ. 2567``, ``พ.ศ. 2567``, ``ประจำปี พ.ศ.2567``; the span
    covers the keyword and the number. Years inside full dates are reported too
    (``18 กันยายน พ.ศ. 2567`` gives ``พ.ศ. 2567``).
    """
    out: list[tuple[int, int, int]] = []
    for m in _year_regex().finditer(text):
        year_be = _year_to_be(m["year"], m["era1"] or m["era2"])
        if year_be is not None:
            out.append((m.start(), m.end(), year_be))
    return out
