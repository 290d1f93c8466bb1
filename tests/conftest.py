"""Shared fixtures: the seed articles, their graph built once, the shared scorer where present."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def devset_dir() -> Path:
    return ROOT / "tests" / "devset"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, seeds_dir):
    """The seed graph, built once for the session: (report, path of the Turtle)."""
    from thaigovkg.pipeline import build

    out = tmp_path_factory.mktemp("seeds") / "graph.ttl"
    return build([seeds_dir], out), out


@pytest.fixture(scope="session")
def scorer() -> Path:
    """The shared scorer; tests that need it skip cleanly where ../shared is absent."""
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py is not here")
    return path


@pytest.fixture
def chromium(tmp_path):
    """Headless Chromium with the network off (browser_driver.Chromium); skips where it is missing."""
    pytest.importorskip("websocket", reason="pip install websocket-client (make test-browser does)")
    from browser_driver import Chromium

    browser = Chromium(tmp_path)
    yield browser
    browser.close()
