"""orgs21's fresh scorer on this folder's annotation (found whole, parent right), then the precision of the committees
found: the names opening with คณะ the checkout finds in the fresh articles, against the annotation (required or
optional); the others are printed to judge by hand. Run with PYTHONPATH=<checkout>/src:
python fresh_score.py ARTICLES_DIR LABEL"""
import csv, re, runpy, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
folder, label = sys.argv[1], sys.argv[2]
sys.argv = [sys.argv[0], folder, label, str(HERE / "fresh_annotation.csv"), str(HERE / "fresh_scores.csv")]
scorer = runpy.run_path(str(HERE.parent / "orgs21" / "fresh_score.py"))
key, named, files, rows = scorer["key"], scorer["named"], scorer["files"], scorer["rows"]
annotated = {(r["order"], key(r["name"])) for r in rows}
predicted = sorted({(o, n) for o, f in files.items()
                    for n, _ in named((Path(folder) / "articles" / f).read_text(encoding="utf-8")) if n.startswith("คณะ")})
unmatched = [(o, n) for o, n in predicted if (o, key(n)) not in annotated]
print(f"{label}: committees found {len(predicted)}, in the annotation {len(predicted) - len(unmatched)}; not: {unmatched}")
