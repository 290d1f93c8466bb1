"""ntriples.py: sorted files merged on disk in runs, renames applied alike to lines and buffers, buffers as a file."""
from __future__ import annotations

import random

import pytest

from thaigovkg import ntriples
from thaigovkg.ntriples import BytesReader, Renamer, merge_sorted, nodes_of, pack_articles, unpack_articles

EVENT = "https://w3id.org/thaigovkg/id/event/"


@pytest.mark.parametrize("fan_in", [2, 3, 64])
def test_merge_sorted_gives_every_line_once_in_order_whatever_the_runs(tmp_path, monkeypatch, fan_in):
    monkeypatch.setattr(ntriples, "FAN_IN", fan_in)
    rng = random.Random(fan_in)
    files, every = [], set()
    for index in range(11):
        lines = sorted({f"<s{rng.randint(0, 80):03d}> <p> \"{rng.randint(0, 3)}\" .\n".encode() for _ in range(25)})
        every.update(lines)
        files.append(tmp_path / f"chunk-{index}.nt")
        files[-1].write_bytes(b"".join(lines))
    extra = sorted({b"<s000> <p> \"0\" .\n", b"<s999> <q> \"x\" .\n"})
    target = tmp_path / "all.nt"
    count = merge_sorted(files, target, extra, keep=lambda line: not line.startswith(b"<s01"))
    expected = sorted({line for line in every if not line.startswith(b"<s01")} | set(extra))
    assert target.read_bytes().splitlines(keepends=True) == expected and count == len(expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f.name for f in files] + ["all.nt"])   # runs gone


def test_renamer_renames_whole_iris_only_where_a_rename_says():
    renamer = Renamer({EVENT + "aaa": EVENT + "bbb"})
    data = (f"<{EVENT}aaa> <p> <{EVENT}aaab> <g> .\n"          # a longer IRI starting alike is another node
            f"<x> <p> <{EVENT}ccc> .\n"
            f"<x> <q> <{EVENT}aaa> .\n").encode()
    renamed = renamer(data).decode().splitlines()
    assert renamed == [f"<{EVENT}bbb> <p> <{EVENT}aaab> <g> .", f"<x> <p> <{EVENT}ccc> .", f"<x> <q> <{EVENT}bbb> ."]
    assert renamer.touched_lines(data) == [data.splitlines(keepends=True)[0], data.splitlines(keepends=True)[2]]
    assert not Renamer({}) and Renamer({})(data) == data and not Renamer({}).touches(data)
    assert renamer.touches(data) and not renamer.touches(data.splitlines(keepends=True)[1])


def test_nodes_of_are_the_shared_nodes_not_the_articles_own():
    lines = (b'<https://w3id.org/thaigovkg/id/article/1> <https://schema.org/mentions> '
             b'<https://w3id.org/thaigovkg/id/person/a> .\n'
             b'<https://w3id.org/thaigovkg/id/article/1/sentence/2> <https://schema.org/text> "<https://w3id.org/x>" .\n'
             b'<https://w3id.org/thaigovkg/id/org/b> <https://schema.org/name> "b" .\n'
             b'<https://w3id.org/thaigovkg/id/org/b> <https://schema.org/sameAs> <https://www.wikidata.org/entity/Q1> .\n')
    assert nodes_of(lines) == {"https://w3id.org/thaigovkg/id/person/a", "https://w3id.org/thaigovkg/id/org/b"}


def test_pack_articles_gives_back_each_articles_lines_and_nodes():
    import zlib

    one = b'<https://w3id.org/thaigovkg/id/org/b> <https://schema.org/name> "b" .\n'
    [(iri, packed, nodes), (other, empty, none)] = unpack_articles(pack_articles([("a1", one), ("a2", b"")]))
    assert (iri, zlib.decompress(packed), nodes) == ("a1", one, ["https://w3id.org/thaigovkg/id/org/b"])
    assert (other, zlib.decompress(empty), none) == ("a2", b"", [])


def test_bytes_reader_reads_buffers_as_one_file_in_any_sizes():
    parts = [b"abc", b"", b"defgh", b"i" * 100]
    whole = b"".join(parts)
    for size in (1, 2, 7, 64, 1000):
        reader, got = BytesReader(iter(parts)), b""
        while chunk := reader.read(size):
            assert len(chunk) <= size
            got += chunk
        assert got == whole
    assert BytesReader(iter(parts)).read() == whole
