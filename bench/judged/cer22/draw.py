"""cer22's slices, in ``random.Random(SEED).shuffle`` order of the corpus lines (prog22's draw, this folder's
own files not dropped):

    python bench/judged/cer22/draw.py plain CORPUS SEED SIZE OUT.jsonl    # any article (the random 1,500)
    python bench/judged/cer22/draw.py award CORPUS SEED SIZE OUT.jsonl    # articles that hand out an award (มอบ…รางวัล)

The changed-rows slice "affected" (NOTES.md) was: in seed 22603's order, every article with มอบ…รางวัล on a line
(all of them are in earlier judged folders) or, outside the judged folders, any รางวัล; evaluation articles and this
folder's study and fresh articles dropped (1,227 articles).
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("prog22_draw", HERE.parent / "prog22" / "draw.py")
prog22 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(prog22)
prog22.HERE = HERE          # drop every judged folder's articles but this one's (prog22's included)
dropped, lines = prog22.dropped, prog22.lines
AWARD_HANDED = re.compile(r"มอบ[^\n]{0,40}?รางวัล")


def main() -> None:
    verb, corpus, seed, size, out = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
    ids, urls = dropped()
    kept = []
    for line in lines(corpus, seed):
        record = json.loads(line)
        if record["id"] in ids or record.get("url") in urls or verb == "award" and not AWARD_HANDED.search(record["text"]):
            continue
        kept.append(line)
        if len(kept) == size:
            break
    out.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
