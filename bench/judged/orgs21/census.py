"""Census of fund names (กองทุน…, ทุนหมุนเวียน…) on the corpus: the name as glued Thai letters after the head,
and the words written right after it (an owner apposed, สังกัด/ของ, or prose). Output: census.tsv
(name, articles, mentions, top words after). Run: python census.py build/corpus.jsonl"""
import collections, json, re, sys
HEAD = re.compile(r"(?:(?<!กอง)(?<!เงิน)ทุนหมุนเวียน|เงินทุนหมุนเวียน|กองทุน)[\u0e01-\u0e4e]{2,90}")
AFTER = re.compile(r"[ \t]+((?:สังกัด|ของ)?[ \t]?[\u0e01-\u0e4e.]+)")
arts, ments, after = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line); text = a["text"]; seen = set()
    for m in HEAD.finditer(text):
        name = m.group(); ments[name] += 1
        if name not in seen:
            seen.add(name); arts[name] += 1
        w = AFTER.match(text, m.end())
        after[name][w.group(1)[:40] if w else "·"] += 1
    n += bool(seen)
with open("census.tsv", "w", encoding="utf-8") as out:
    out.write(f"# {n} articles write a fund head\nname\tarticles\tmentions\tafter\n")
    for name, c in arts.most_common():
        out.write(f"{name}\t{c}\t{ments[name]}\t{'; '.join(f'{w}={k}' for w, k in after[name].most_common(6))}\n")
