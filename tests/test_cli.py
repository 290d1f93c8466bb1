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
