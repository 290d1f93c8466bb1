"""The command line: every verb explains itself, is in the README, and fails clearly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from thaigovkg.cli import main, parser

ROOT = Path(__file__).resolve().parents[1]
VERBS = sorted(parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("verb", VERBS)
def test_cli_every_verb_has_help(verb, capsys):
    with pytest.raises(SystemExit) as stop:
        main([verb, "--help"])
    assert stop.value.code == 0
    assert len(capsys.readouterr().out) > 80


@pytest.mark.parametrize("verb", VERBS)
def test_cli_every_verb_is_in_the_readme(verb):
    assert f"thaigovkg {verb}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_build_of_nothing_readable_is_an_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "g.ttl")]) == 1
    assert capsys.readouterr().err.startswith("Error: no article could be read")


def test_cli_validate_accepts_the_seed_graph(seed_build, capsys):
    _, graph = seed_build
    assert main(["validate", str(graph)]) == 0
    assert "conforms" in capsys.readouterr().out


@pytest.mark.parametrize("case, rule", [
    ("OrganizationLabel.ttl", "OrganizationLabel"),
    ("OrganizationParent-department.ttl", "OrganizationParent"),
    ("AwardRecipient.ttl", "AwardRecipient"),
    ("CeremonyDate-thai-string.ttl", "CeremonyDate"),
])
def test_cli_validate_rejects_a_broken_graph_naming_the_rule(case, rule, capsys):
    path = ROOT / "tests" / "shapes" / "invalid" / case
    if not path.exists():
        pytest.skip(f"no shape case {case}")
    assert main(["validate", str(path)]) == 1
    assert rule in capsys.readouterr().out


@pytest.mark.parametrize("graph", ["seeds", "AwardRecipient.ttl", "OrganizationParent-department.ttl"])
def test_cli_validate_engines_print_the_same_report(graph, seed_build, capsys):
    path = seed_build[1] if graph == "seeds" else ROOT / "tests" / "shapes" / "invalid" / graph
    codes, reports = [], []
    for engine in ("pyshacl", "fast"):
        codes.append(main(["validate", str(path), "--engine", engine]))
        reports.append(capsys.readouterr().out)
    assert codes[0] == codes[1] == (0 if graph == "seeds" else 1)
    assert reports[0] == reports[1] and reports[0].strip()


def test_cli_validate_takes_the_fast_engine_for_large_files(seed_build, monkeypatch, capsys):
    import thaigovkg.validate as validate

    def no_pyshacl(graph):
        raise ValueError("pyshacl was used")   # main prints it as an error
    monkeypatch.setattr(validate, "validate_graph", no_pyshacl)
    monkeypatch.setattr(validate, "FAST_ABOVE", 0)
    assert main(["validate", str(seed_build[1])]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["validate", str(seed_build[1]), "--engine", "pyshacl"]) == 1
    assert "pyshacl was used" in capsys.readouterr().err


def test_cli_validate_checks_a_store_folder(tmp_path, seeds_dir, capsys):
    store = tmp_path / "store"
    assert main(["build", str(seeds_dir), "--store", str(store), "--no-validate"]) == 0
    capsys.readouterr()
    assert main(["validate", str(store)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_cli_validate_fast_engine_names_an_unreadable_file(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    assert main(["validate", str(bad), "--engine", "fast"]) == 1
    assert capsys.readouterr().err.startswith("Error: cannot read bad.ttl")


def test_cli_validate_of_a_missing_file_is_an_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "none.ttl")]) == 1
    assert capsys.readouterr().err.startswith("Error:")


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_cli_query_prints_named_query_results(fmt, seed_build, capsys):
    _, graph = seed_build
    assert main(["query", str(graph), "awards", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "รางวัลเลิศรัฐ" in out
    if fmt == "json":
        assert json.loads(out)["head"]["vars"][0] == "programme"


def test_cli_query_of_an_unknown_name_is_an_error(seed_build, capsys):
    _, graph = seed_build
    assert main(["query", str(graph), "no-such-query"]) == 1
    assert capsys.readouterr().err.startswith("Error:")


def test_cli_mentions_shows_kinds_and_spans(seeds_dir, capsys):
    assert main(["mentions", str(seeds_dir / "002_eed87c35fc898cd5.txt")]) == 0
    out = capsys.readouterr().out
    assert "org" in out and "person" in out and "กรมการพัฒนาชุมชน" in out


@pytest.mark.parametrize("argv", [["build"], ["query", "--format", "yaml"], ["no-such-verb"], ["build", "x", "--jobs", "two"]])
def test_cli_a_mistake_in_the_arguments_is_an_error_exit_1(argv, capsys):
    """Defect: argparse mistakes exited 2 with 'thaigovkg: error:' where every other error is 'Error: …', exit 1."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "--help" in err and "thaigovkg: error" not in err


def test_cli_build_to_an_existing_folder_is_an_error_and_leaves_nothing(tmp_path, seeds_dir, capsys):
    """Defect: `build seeds -o <existing folder>` ended in a traceback and left a work folder behind."""
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["build", str(seeds_dir), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "folder" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"] and not list(folder.iterdir())


def _corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as stream:
        for path in sorted(seeds_dir.glob("*.txt"))[:3]:
            stream.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    return corpus


def test_cli_mentions_picks_one_article_of_a_corpus_by_id(tmp_path, seeds_dir, capsys):
    """Defect: `mentions` on a .jsonl read the whole corpus as one article, and no article could be picked."""
    corpus = _corpus(tmp_path, seeds_dir)
    second = sorted(seeds_dir.glob("*.txt"))[1]
    assert main(["mentions", str(corpus), "--id", second.stem]) == 0
    from_corpus = capsys.readouterr().out
    assert main(["mentions", str(second)]) == 0
    assert from_corpus == capsys.readouterr().out and from_corpus.count("\n") > 5
    assert main(["mentions", str(corpus)]) == 1
    assert "--id" in capsys.readouterr().err
    assert main(["mentions", str(corpus), "--id", "no-such-id"]) == 1
    assert "no article with id 'no-such-id'" in capsys.readouterr().err


def test_cli_query_list_shows_each_description_whole(capsys):
    """Defect: `query --list` cut each description after its first line."""
    from itertools import takewhile

    from thaigovkg.query import named_queries

    assert main(["query", "--list"]) == 0
    listing = " ".join(capsys.readouterr().out.split())
    for name, path in named_queries().items():
        comments = takewhile(lambda line: line.startswith("#"), path.read_text(encoding="utf-8").splitlines())
        description = " ".join(word for line in comments for word in line.lstrip("#").split())
        assert len(description.split()) > 5 and description in listing, name
    multi_line = named_queries()["awards-per-ministry-year"].read_text(encoding="utf-8").splitlines()
    assert multi_line[1].startswith("#") and " ".join(multi_line[1].lstrip("# ").split()) in listing
