"""awd24 probes: the award rows read from the lead's composed probes (probes/N1.txt … N8.txt beside this script, or the files given).
PYTHONPATH=src PYTHAINLP_OFFLINE=1 python bench/judged/awd24/probes.py (PYTHONPATH=<main's src> for main)."""
from __future__ import annotations

import glob
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests"))
from test_award_frames import rows  # noqa: E402
from test_extract import extract  # noqa: E402

for path in sys.argv[1:] or sorted(glob.glob(str(Path(__file__).parent / "probes" / "N*.txt"))):
    print("==", path)
    for row in rows(extract(Path(path).read_text(encoding="utf-8"))):
        print("  ", row)
