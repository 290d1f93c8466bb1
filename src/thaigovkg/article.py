"""Articles in, normalised once: ``read_article`` for files, ``parse_article`` for text.

``iter_articles`` walks what the command line names (``.txt`` files, folders of
them, JSON Lines corpora, plain or xz-compressed) and yields each article or a
``Rejected`` record saying why one could not be read, so one bad article never
stops a build and none is lost silently.
"""
from __future__ import annotations

import datetime as dt
import json
import lzma
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Article
from .normalize import normalize_text
from .thaidate import find_dates

# the thaigov.go.th closing line: "ที่มา : https://…" ("ที่มา" = source)
_SOURCE_LINE = re.compile(r"ที่มา\s*:?\s*(https?://[^\s<>\"]+)")
# the site's headline prefix "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" (Thai government - Government House news)
_HEADLINE_PREFIX = re.compile(r"^รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-\s*")
_BOILERPLATE = {"digiqole ad", "social sharing", "พิมพ์", "facebook comments", "related post"}
_THAI = re.compile(r"[\u0e01-\u0e4c]")
_CORPUS_SUFFIXES = (".jsonl", ".jsonl.xz", ".ndjson", ".jsonl.gz")


@dataclass(frozen=True)
class Rejected:
    """An article that could not be read: where it was and why."""

    origin: str
    reason: str


def parse_article(text: str, doc_id: str, source_url: str | None = None,
                  published: dt.date | None = None, origin: str = "") -> Article:
    """An Article from raw text: normalised, with headline, source URL and date read from it."""
    text = normalize_text(text)
    if source_url is None:
        found = _SOURCE_LINE.search(text)
        source_url = found.group(1).rstrip(".,)") if found else None
    return Article(doc_id=doc_id, text=text, source_url=source_url,
                   published=published or _dateline(text), headline=_headline(text),
                   origin=origin or doc_id)


def read_article(path: str | Path) -> Article:
    """The article in a UTF-8 ``.txt`` file; its file name is its identifier."""
    path = Path(path)
    raw = path.read_bytes()
    return parse_article(_decode(raw, str(path)), doc_id=path.name, origin=str(path))


def _decode(raw: bytes, origin: str) -> str:
    if b"\x00" in raw:
        raise ValueError(f"{origin}: binary data (NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"{origin}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def _headline(text: str) -> str | None:
    for line in text.split("\n")[:12]:
        line = _HEADLINE_PREFIX.sub("", line.strip())
        if line and line.lower() not in _BOILERPLATE and _THAI.search(line) and not _is_date_line(line):
            return line[:300]
    return None


def _is_date_line(line: str) -> bool:
    dates = find_dates(line)
    return bool(dates) and sum(d.end - d.start for d in dates) >= len(line.strip()) - 2


def _dateline(text: str) -> dt.date | None:
    """The publication date: a date standing alone on one of the first lines."""
    for line in text.split("\n")[:12]:
        if _is_date_line(line):
            for mention in find_dates(line):
                if mention.date:
                    return mention.date
    return None


def is_corpus(path: Path) -> bool:
    return path.name.endswith(_CORPUS_SUFFIXES)


def iter_corpus(path: Path) -> Iterator[Article | Rejected]:
    """Articles of a JSON Lines corpus (objects with id, text, optional url and date), streamed."""
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rb") as stream:
        for number, raw in enumerate(stream, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError("a JSON line must be an object")
                text, doc_id = record.get("text"), record.get("id")
                if not isinstance(doc_id, str) or not doc_id:
                    raise ValueError("no 'id'")
                if not isinstance(text, str):
                    raise ValueError("no 'text'")
                published = None
                if isinstance(record.get("date"), str):
                    try:
                        published = dt.date.fromisoformat(record["date"][:10])
                    except ValueError:
                        published = None
                url = record.get("url") if isinstance(record.get("url"), str) else None
                yield parse_article(text, doc_id=doc_id, source_url=url, published=published, origin=origin)
            except (ValueError, UnicodeDecodeError) as error:
                yield Rejected(origin, f"malformed JSON line: {error}")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejected]:
    """Every article the paths name, in a stable order: files sorted, corpus lines in order."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Rejected(str(path), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix == ".txt" or is_corpus(p)))
            if not files:
                yield Rejected(str(path), "folder holds no .txt articles or .jsonl corpora")
            yield from iter_articles(files)
        elif is_corpus(path):
            yield from iter_corpus(path)
        else:
            try:
                yield read_article(path)
            except (OSError, ValueError) as error:
                yield Rejected(str(path), str(error))


def sentence_at(text: str, start: int, end: int, width: int = 160) -> str:
    """The stretch of text a fact was read from: its line, cut to about ``width`` either side."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, start - width)
    right = min(line_end, end + width)
    if left > line_start:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < line_end:
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return text[left:right].strip()
