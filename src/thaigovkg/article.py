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
from urllib.parse import quote

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
_HTTP = re.compile(r"https?://[^\s/?#]", re.IGNORECASE)
# what a URI keeps as it is (RFC 3986 reserved and unreserved characters, and existing %-escapes)
_URI_SAFE = ":/?#@!$&'()*+,;=-._~%"
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


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
    source_url = clean_url(source_url)
    return Article(doc_id=doc_id, text=text, source_url=source_url,
                   published=published or dateline(text), headline=_headline(text),
                   origin=origin or doc_id)


def clean_url(url: str | None) -> str | None:
    """A web address fit to be an IRI: spaces, quotes, brackets and controls percent-encoded; None if not http(s)."""
    if not url:
        return None
    url = url.strip()
    if not _HTTP.match(url):
        return None
    # control characters and lone surrogates are dropped; every other character an ASCII URI
    # cannot hold is percent-encoded as UTF-8 (non-ASCII too: some code points may not stand in an IRI)
    url = "".join("" if ch < " " or "\x7f" <= ch <= "\x9f" or "\ud800" <= ch <= "\udfff" else ch for ch in url)
    url = _STRAY_PERCENT.sub("%25", quote(url, safe=_URI_SAFE))   # a % not starting an escape is itself escaped
    if not _HTTP.match(url):
        return None
    if not _valid_iri(url):   # e.g. a second '#', or '[' outside the host: escape all but the path's slashes
        scheme, _, rest = url.partition("://")
        host, slash, path = rest.partition("/")
        url = f"{scheme}://{quote(host, safe='.-:@')}{slash}{quote(path, safe='/')}"
    return url if _valid_iri(url) else None


def _valid_iri(url: str) -> bool:
    """Whether an RDF store would take the address as an IRI (Oxigraph checks RFC 3987 strictly)."""
    from pyoxigraph import NamedNode

    try:
        NamedNode(url)
    except ValueError:
        return False
    return True


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


def dateline(text: str) -> dt.date | None:
    """The publication date: a date standing alone on one of the first lines."""
    for line in text.split("\n")[:12]:
        if _is_date_line(line):
            for mention in find_dates(line):
                if mention.date:
                    return mention.date
    return None


def is_corpus(path: Path) -> bool:
    return path.name.endswith(_CORPUS_SUFFIXES)


#: Articles larger than this are rejected with a reason (a press release is 2–150 kB).
MAX_ARTICLE_BYTES = 2_000_000
# the start of an HTML page or fragment: a doctype, <html>, <head> or <body>
_HTML_START = re.compile(rb"<\s*(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|span|br|a|table|tr|td|script|style|meta|li)\b[^>]{0,200}>", re.IGNORECASE)


@dataclass(frozen=True)
class RawArticle:
    """An article not read yet: where it is (a file, or a line of a corpus) and, for a line, its bytes.

    Reading (decoding, normalising) is left to ``load_raw``, so a parallel build can
    do it in its workers while one process only walks the inputs.
    """

    origin: str                   # "path" or "path:line"
    path: str
    line: int | None = None       # 1-based line of a JSON Lines corpus
    data: bytes | None = None     # the raw line of a corpus; None for a .txt file (read by load_raw)


def iter_sources(paths: Iterable[str | Path], position: list[int] | None = None
                 ) -> Iterator[RawArticle | Rejected]:
    """Every article the paths name, unread, in a stable order: files sorted, corpus lines in order.

    ``position``, when given, is kept at the number of bytes of input files read so far
    (compressed bytes for a compressed corpus), for progress bars.
    """
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Rejected(str(path), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix == ".txt" or is_corpus(p)))
            if not files:
                yield Rejected(str(path), "folder holds no .txt articles or .jsonl corpora")
            yield from iter_sources(files, position)
        elif is_corpus(path):
            yield from iter_corpus_lines(path, position)
        else:
            if position is not None:
                position[0] += path.stat().st_size
            yield RawArticle(str(path), str(path))


def open_corpus(path: str | Path, text: bool = False):
    """A JSON Lines corpus opened for reading, plain, .xz or .gz by its suffix (bytes, or text with ``text``)."""
    import gzip

    path = Path(path)
    opener = lzma.open if path.suffix == ".xz" else gzip.open if path.suffix == ".gz" else open
    return opener(path, "rt", encoding="utf-8") if text else opener(path, "rb")


def iter_corpus_lines(path: Path, position: list[int] | None = None) -> Iterator[RawArticle]:
    """The non-blank lines of a JSON Lines corpus (plain, .xz or .gz), unparsed, streamed.

    ``position``, when given, is advanced by the number of (compressed) bytes read,
    for progress bars. A plain corpus may be a pipe (a corpus made on the fly).
    """
    import gzip

    base = position[0] if position is not None else 0
    with open(path, "rb") as compressed:
        compressed_stream = path.suffix in (".xz", ".gz")
        if path.suffix == ".xz":
            stream = lzma.open(compressed, "rb")
        elif path.suffix == ".gz":
            stream = gzip.open(compressed, "rb")
        else:
            stream = compressed
        read = 0
        for number, raw in enumerate(stream, start=1):
            read += len(raw)
            if position is not None:
                position[0] = base + (compressed.tell() if compressed_stream else read)
            if raw.strip():
                yield RawArticle(f"{path}:{number}", str(path), number, raw)


def load_raw(raw: RawArticle) -> Article | Rejected:
    """The article, or why it cannot be: too large, binary, not UTF-8, HTML, malformed JSON, empty."""
    try:
        if raw.data is None:
            size = Path(raw.path).stat().st_size
            if size > MAX_ARTICLE_BYTES:
                return Rejected(raw.origin, _too_large(size))
            data = Path(raw.path).read_bytes()
            text = _decode(data, raw.origin)
            return _checked(parse_article, raw.origin, text, doc_id=Path(raw.path).name, origin=raw.origin)
        if len(raw.data) > MAX_ARTICLE_BYTES:
            return Rejected(raw.origin, _too_large(len(raw.data)))
        return _corpus_record(raw.data, raw.origin)
    except (OSError, ValueError) as error:
        return Rejected(raw.origin, str(error).removeprefix(f"{raw.origin}: "))


def _too_large(size: int) -> str:
    return f"article too large: {size / 1e6:.1f} MB (the limit is {MAX_ARTICLE_BYTES / 1e6:.0f} MB)"


def _checked(parse, where: str, text: str, **fields) -> Article | Rejected:
    """The parsed article, or why its text is no article: empty, an HTML page, broken Unicode."""
    if not text.strip():
        return Rejected(where, "empty article")
    if _HTML_START.search(text[:4000].encode("utf-8", "replace")) or len(_HTML_TAG.findall(text[:20000])) >= 5:
        return Rejected(where, "HTML page, not article text")
    for value in (text, fields.get("doc_id") or "", fields.get("source_url") or ""):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return Rejected(where, "invalid Unicode: lone surrogate code points (e.g. a \\ud800 escape)")
    article = parse_article(text, **fields)
    if not article.text.strip():
        return Rejected(where, "empty article (only invisible or control characters)")
    return article


def _corpus_record(raw: bytes, origin: str) -> Article | Rejected:
    if b"\x00" in raw:
        return Rejected(origin, "binary data (NUL bytes), not an article")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Rejected(origin, f"not UTF-8 text ({error.reason} at byte {error.start})")
    except ValueError as error:
        return Rejected(origin, f"malformed JSON line: {error}")
    if not isinstance(record, dict):
        return Rejected(origin, "malformed JSON line: a JSON line must be an object")
    text, doc_id = record.get("text"), record.get("id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        return Rejected(origin, "malformed JSON line: no 'id'")
    if not isinstance(text, str):
        return Rejected(origin, "malformed JSON line: no 'text'")
    published = None
    if isinstance(record.get("date"), str):
        try:
            published = dt.date.fromisoformat(record["date"][:10])
        except ValueError:
            published = None
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return _checked(parse_article, origin, text, doc_id=doc_id, source_url=url, published=published, origin=origin)


def iter_corpus(path: Path) -> Iterator[Article | Rejected]:
    """Articles of a JSON Lines corpus (objects with id, text, optional url and date), streamed."""
    for raw in iter_corpus_lines(path):
        yield load_raw(raw)


def find_in_corpus(path: str | Path, doc_id: str) -> Article:
    """The article with id ``doc_id`` in a JSON Lines corpus, read as a stream up to it.

    Raises ``ValueError`` when no line has that id, or the line cannot be read as an article.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no corpus '{path}'")
    quoted = json.dumps(doc_id, ensure_ascii=False).encode("utf-8")
    escaped = json.dumps(doc_id).encode("ascii")
    for raw in iter_corpus_lines(path):
        if quoted not in raw.data and escaped not in raw.data:     # only lines that may hold it are parsed
            continue
        try:
            record = json.loads(raw.data)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("id") == doc_id:
            item = load_raw(raw)
            if isinstance(item, Rejected):
                raise ValueError(f"{item.origin}: {item.reason}")
            return item
    raise ValueError(f"no article with id {doc_id!r} in '{path}'")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejected]:
    """Every article the paths name, in a stable order: files sorted, corpus lines in order."""
    for item in iter_sources(paths):
        yield load_raw(item) if isinstance(item, RawArticle) else item


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
