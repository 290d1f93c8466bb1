"""Changed organisation/people/award rows between main's and the branch's graph of a slice, each with the first
article of the slice writing the row's name and a window around it (to judge). python changed.py SLICE_DIR"""
import csv, re, sys
from pathlib import Path
folder = Path(sys.argv[1])
ids = {l.split("\t")[2].strip(): l.split("\t")[1] for l in open(folder / "ids.txt", encoding="utf-8")}
texts = {f: (folder / "articles" / f).read_text(encoding="utf-8") for f in ids}
flat = {f: re.sub(r"\s+", "", t) for f, t in texts.items()}
out = []
for q in ("organizations", "people", "awards"):
    a = [tuple(r) for r in csv.reader(open(folder / f"main.{q}.csv", encoding="utf-8"))][1:]
    b = [tuple(r) for r in csv.reader(open(folder / f"branch.{q}.csv", encoding="utf-8"))][1:]
    sa, sb = set(a), set(b)
    for change, rows in (("removed", sa - sb), ("added", sb - sa)):
        for row in sorted(rows):
            name = row[0] if q != "awards" else row[2] if len(row) > 2 else row[0]
            probe = re.sub(r"\s+", "", name)
            f = next((f for f, t in flat.items() if probe and probe in t), "")
            window = ""
            if f:
                i = flat[f].find(probe)
                window = flat[f][max(0, i - 60):i + len(probe) + 60]
            out.append({"query": q, "change": change, "row": " | ".join(row), "corpus_id": ids.get(f, ""),
                        "window": window})
w = csv.DictWriter(sys.stdout, ["query", "change", "row", "corpus_id", "window"]); w.writeheader(); w.writerows(out)
