"""cer22's two ceremony samples of the full-corpus graph, in precision.py's seeded order (``sampling.first``,
group ``ceremonies``), evaluation articles' ceremonies (by url) dropped before the draw:

    python bench/judged/cer22/sample.py GRAPH OUT_DIR     # study (seed 22601), fresh (seed 22602, study nodes skipped)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent)); sys.path.insert(0, str(HERE.parent / "awards"))
from sampling import draw, write  # noqa: E402
from precision import CEREMONY_FIELDS, JOIN, Graph, ceremony_row  # noqa: E402
from draw import dropped  # noqa: E402


def main() -> None:
    graph, out = Graph(Path(sys.argv[1])), Path(sys.argv[2])
    _, urls = dropped()
    nodes = graph.nodes("tgk:AwardCeremony")
    taken: set[str] = set()
    for name, seed in (("study", 22601), ("fresh", 22602)):
        rows = []
        for node in sorted(nodes, key=lambda n: draw(seed, "ceremonies", n)):
            if node in taken:
                continue
            row = ceremony_row(graph, node)
            if set(row["url"].split(JOIN)) & urls:
                continue
            taken.add(node)
            row["id"] = f"c{len(rows) + 1:03d}"
            rows.append(row)
            if len(rows) == 60:
                break
        write(out / f"{name}_ceremonies.csv", CEREMONY_FIELDS, rows)


if __name__ == "__main__":
    main()
