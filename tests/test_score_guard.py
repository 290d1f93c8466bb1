"""The extraction score against hand-made gold: a regression below the floor cannot land."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from thaigovkg.pipeline import build
from thaigovkg.resources import queries_dir

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("organizations", "hierarchy", "abbreviations", "people", "positions", "events", "awards", "projects")


def score(scorer: Path, graph: Path, gold: Path, tmp_path: Path) -> dict:
    out = tmp_path / "score.json"
    subprocess.run([sys.executable, str(scorer), str(graph), "--gold", str(gold), "--queries", str(queries_dir()),
                    "--json", str(out)], check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def test_score_on_the_seeds_stays_above_its_floor(scorer, seed_build, tmp_path):
    _, graph = seed_build
    figures = score(scorer, graph, ROOT / "tests" / "gold" / "seeds", tmp_path)
    assert figures["overall"]["f1"] >= 0.95, figures["overall"]
    low = {table: figures[table]["f1"] for table in TABLES if figures[table]["f1"] < 0.90}
    assert not low, low


# The development set: real award articles from other ministries and years (tests/devset); half of
# it (d32-d61) a random corpus slice annotated before the extractor ran on it, hence the lower floors;
# d62 and d63 are the former blind b35 and b26, moved here after they were studied.
# Measured on the 61 articles: overall 0.872, organizations 0.924, hierarchy 0.926, awards 0.836;
# on the 62 (with d62, 2026-12-06): overall 0.867, organizations 0.919, hierarchy 0.921, awards 0.829;
# on the 63 (with d63, 2026-12-06, src of 40ea387): overall 0.844, organizations 0.907, hierarchy 0.909,
# awards 0.738; with this session's rules: overall 0.855, awards 0.784. The two studied articles hold 61
# awards the rules read only in part, so the awards floor went down with them (0.81 -> 0.76). d64, the
# former blind b18 (2026-12-07), has not been measured: the swap was made without running the extractor.
# Nor had d65 and d66, the former blind b03 and b29 (2026-12-07, exposed in a helper's printed scan), when they
# moved; on the 66, stop 35's and stop 36's final main: overall 0.896, organizations 0.938, hierarchy 0.935,
# awards 0.794.
DEVSET_FLOOR = {"overall": 0.84, "organizations": 0.90, "hierarchy": 0.90, "awards": 0.76}


def test_score_on_the_development_set_stays_above_its_floor(scorer, devset_dir, tmp_path):
    graph = tmp_path / "dev.ttl"
    build([devset_dir / "articles"], graph, validate=False)
    figures = score(scorer, graph, devset_dir / "gold", tmp_path)
    assert figures["overall"]["f1"] >= DEVSET_FLOOR["overall"], figures["overall"]
    low = {table: figures[table]["f1"] for table in DEVSET_FLOOR if table != "overall"
           and figures[table]["f1"] < DEVSET_FLOOR[table]}
    assert not low, low


# The held-out set (tests/holdout): real articles no rule was written for. Its floor only
# guards against regressions (measured 0.849 on 2026-12-06); its figures are what the closing notes
# report as generalisation.
HOLDOUT_FLOOR = {"overall": 0.82}


def test_score_on_the_held_out_set_stays_above_its_floor(scorer, tmp_path):
    holdout = ROOT / "tests" / "holdout"
    graph = tmp_path / "holdout.ttl"
    build([holdout / "articles"], graph, validate=False)
    figures = score(scorer, graph, holdout / "gold", tmp_path)
    assert figures["overall"]["f1"] >= HOLDOUT_FLOOR["overall"], figures["overall"]


# The blind set (tests/blind): 47 real award articles (48 until 2026-12-07) annotated before the extractor ran on
# them and never read for writing rules. Measured on 2026-12-06 (after the swaps of b35 and b26): overall 0.742,
# organizations 0.824, awards 0.569, events 0.521 (before b18 was swapped for b18r on 2026-12-07).
# Stop 33's final main (2026-12-07): overall 0.758, organizations 0.834, awards 0.574, events 0.580.
# Stop 34's final main (2026-12-07): overall 0.770, organizations 0.851, hierarchy 0.887, awards 0.591, events 0.580.
# Afterwards (2026-12-07) b03 and b29 left, exposed in a helper's printed scan; b29r took b29's place and b03's
# stays empty (47 articles). Stop 35's final main on the 47 (2026-12-07): overall 0.774, organizations 0.848,
# hierarchy 0.887, positions 0.813, awards 0.600, events 0.581 (on the 48 before the swap: overall 0.773).
# Stop 36's final main (2026-12-08): overall 0.775, organizations 0.850, the other tables unchanged.
# The floors sit a little below, to catch regressions only.
BLIND_FLOOR = {"overall": 0.72, "organizations": 0.80, "awards": 0.54, "events": 0.49}


def test_score_on_the_blind_set_stays_above_its_floor(scorer, tmp_path):
    blind = ROOT / "tests" / "blind"
    graph = tmp_path / "blind.ttl"
    build([blind / "articles"], graph, validate=False)
    figures = score(scorer, graph, blind / "gold", tmp_path)
    low = {table: figures[table]["f1"] for table in BLIND_FLOOR if figures[table]["f1"] < BLIND_FLOOR[table]}
    assert not low, low
