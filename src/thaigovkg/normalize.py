"""Text normalisation: the one form every article is put into before offsets are taken.

``normalize_text`` is applied once, on read; every character offset stored later
(mentions, evidence spans) points into its output. ``match_key`` is a lossy form
used only to compare names (gazetteer look-ups), never to take offsets.

Thai typing slips are fixed with the two pythainlp rules that are safe on ordinary
words (``remove_spaces_before_marks`` and ``remove_repeat_vowels``, which reorders
misplaced tone/vowel marks and drops repeated ones). ``pythainlp.util.normalize``
itself is *not* used: besides those fixes it collapses blank lines, collapses runs
of spaces and strips the text, which would destroy paragraph structure, and it
deletes "dangling" marks after spaces (data loss rather than a fix).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "normalize_text",
    "thai_digits_to_arabic",
    "collapse_spaces",
    "join_thai_words",
    "match_key",
    "ZERO_WIDTH_CHARS",
]

#: Invisible characters dropped everywhere: ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM.
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"  # Thai digits zero .. nine (U+0E50-U+0E59)

# Unicode category Zs (space separators) as of Unicode 14/15; every one becomes " ".
# tests/test_normalize.py checks this list against the running unicodedata.
_SPACE_SEPARATORS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u202f\u205f\u3000"
)

# Characters that never change a name: whitespace is handled separately.
_KEY_PUNCT = ".,\"'\u201c\u201d\u2018\u2019()"  # . , " ' “ ” ‘ ’ ( )

_MAX_ROUNDS = 8  # the fix-up rules converge in one or two rounds in practice


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str | None]:
    """The per-character map of ``normalize_text``: drops, spaces and digits, built once."""
    table: dict[int, str | None] = {}
    # C0 and C1 control characters (and DEL), except tab and line feed: dropped.
    for cp in [*range(0x00, 0x20), *range(0x7F, 0xA0)]:
        if chr(cp) not in "\n\t":
            table[cp] = None
    table[ord("\r")] = "\n"  # a lone CR is a line break (CRLF is handled before)
    for ch in ZERO_WIDTH_CHARS:
        table[ord(ch)] = None
    for ch in _SPACE_SEPARATORS:
        table[ord(ch)] = " "
    table[0x2028] = "\n"  # LINE SEPARATOR
    table[0x2029] = "\n"  # PARAGRAPH SEPARATOR
    for i, ch in enumerate(_THAI_DIGITS):
        table[ord(ch)] = str(i)
    return table


@lru_cache(maxsize=1)
def _thai_fixers() -> tuple[Callable[[str], str], ...]:
    """The pythainlp typo rules that leave correctly spelled words alone.

    Imported lazily: pythainlp pulls in its tokenizer package on import.
    """
    from pythainlp.util.normalize import (
        remove_repeat_vowels,  # reorders marks (เเ→แ, ํา→ำ, tone before vowel) and drops repeats
        remove_spaces_before_marks,  # "พ ุ่ม" → "พุ่ม"
    )

    return (remove_spaces_before_marks, remove_repeat_vowels)


_THAI_MARK = re.compile("[\u0e30-\u0e3a\u0e40-\u0e4e]")  # any Thai vowel, tone mark or sign


def _prepare(text: str) -> str:
    """The character-level rules of one round of ``normalize_text`` (all but the pythainlp fixers)."""
    text = _translate(text.replace("\r\n", "\n"))
    text = unicodedata.normalize("NFC", text)
    return text.replace("\u0e40\u0e40", "\u0e41")  # เเ (two sara e) → แ (sara ae)


def _translate(text: str) -> str:
    """``text.translate(_translation_table())``, faster: most articles hold only a few of the
    characters it maps (NBSP, ZWSP, Thai digits), and ``str.replace`` of each is many times
    quicker than translating every character through a dict."""
    table = _translation_table()
    for char in set(_translated_chars().findall(text)):
        text = text.replace(char, table[ord(char)] or "")
    return text


@lru_cache(maxsize=1)
def _translated_chars() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_translation_table())) + "]")


def _needs_thai_fix(text: str) -> bool:
    return bool(_THAI_MARK.search(text) and _thai_fix_trigger().search(text))


@lru_cache(maxsize=1)
def _thai_fix_trigger() -> re.Pattern[str]:
    """What any of the pythainlp fixers needs to find before it changes anything (a superset of
    their patterns, ten times faster to search than running them): most articles need no fix,
    and skipping the fixers then changes nothing, since each one leaves such a text as it is."""
    from pythainlp import (thai_above_vowels as above, thai_below_vowels as below, thai_consonants as consonants,
                           thai_follow_vowels as follow, thai_tonemarks as tones)
    import importlib

    rules = importlib.import_module("pythainlp.util.normalize")   # the module (its package exports a function)
    return re.compile(
        f"([{rules._NOREPEAT_CHARS}]) *\\1"        # a vowel or sign repeated (remove_repeat_vowels)
        f"|[{tones}\u0e4c][{above}{below}]"          # tone mark before an above/below vowel (reorder)
        f"|[{tones}]{{2}}"                           # two tone marks (the last one is kept)
        f"|\u0e4d|\u0e45|\u0e40\u0e40"                # nikhahit, lakkhangyao, sara e twice
        f"|[{follow}][{tones}]"                      # a following vowel before a tone mark
        f"|[{consonants}] [{rules._DANGLING_CHARS}]"  # a space before a mark (remove_spaces_before_marks)
    )


def normalize_text(text: str) -> str:
    """Return ``text`` in the canonical form that all offsets refer to.

    NFC; BOM and zero-width characters dropped; ``เเ`` → ``แ``; Thai digits → 0-9;
    NBSP and other space separators → " "; CRLF/CR (and U+2028/U+2029) → LF; control
    characters other than LF and tab dropped; misordered or repeated Thai tone and
    vowel marks fixed. Spaces and blank lines are otherwise kept, so paragraphs survive.
    The rules are applied until the text stops changing, which makes the function
    idempotent; it never raises on a ``str``.
    """
    if not text:
        return ""
    for _ in range(_MAX_ROUNDS):
        prepared = _prepare(text)
        if not _needs_thai_fix(prepared):
            # no fixer ran: the next round would find nothing to fix either when the
            # character rules leave ``prepared`` as it is (saves a second trigger search)
            if prepared == text or _prepare(prepared) == prepared:
                return prepared
            text = prepared
            continue
        new = prepared
        for fix in _thai_fixers():
            new = fix(new)
        if new == text:
            break
        text = new
    return text


_DIGIT_TABLE = {ord(ch): str(i) for i, ch in enumerate(_THAI_DIGITS)}


def thai_digits_to_arabic(text: str) -> str:
    """Return ``text`` with Thai digits ๐-๙ replaced by ASCII 0-9 (one for one, offsets kept)."""
    return text.translate(_DIGIT_TABLE)

_SPACES_TABS = re.compile(r"[ \t]+")


def collapse_spaces(text: str) -> str:
    """Return ``text`` with each run of spaces/tabs made one space and the ends stripped.

    Line breaks inside the text are kept; use it on a single field or line.
    """
    return _SPACES_TABS.sub(" ", text).strip()


_SPACE_IN_THAI = re.compile(r"(?<=[\u0e01-\u0e4e])[ \t]+(?=[\u0e01-\u0e4e])")


def join_thai_words(text: str) -> str:
    """``text`` without the spaces between two Thai letters (Latin words keep theirs).

    Thai writes a title without spaces; articles space it at will ("ผู้อำนวยการ ศูนย์…"),
    so a post named in several articles gets one label this way, as it gets one IRI."""
    return _SPACE_IN_THAI.sub("", collapse_spaces(text))


@lru_cache(maxsize=1)
def _key_drop_table() -> dict[int, None]:
    return {ord(ch): None for ch in _KEY_PUNCT + ZERO_WIDTH_CHARS}


_ANY_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)   # names recur across articles
def match_key(text: str) -> str:
    """Return the form used to compare names: no whitespace, no dots, commas, quotes, brackets.

    ``normalize_text`` first, then every whitespace character and . , " ' “ ” ‘ ’ ( )
    and zero-width characters are removed, so gazetteer look-ups treat
    ``สำนักงาน ก.พ.ร.`` and ``สำนักงานก.พ.ร.`` (and ``สำนักงาน กพร``) as the same name.
    Case is kept. The key is for comparison only; never take offsets from it.
    """
    key = text
    # dropping a character can bring two marks together, which composing or the Thai fixes
    # change again: repeat until the key is stable (twice is enough in practice)
    for _ in range(4):
        again = unicodedata.normalize("NFC", _ANY_SPACE.sub("", normalize_text(key)).translate(_key_drop_table()))
        if again == key:
            break
        key = again
    return key
