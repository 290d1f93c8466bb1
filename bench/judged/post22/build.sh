#!/bin/sh
# post22: build a folder of articles with main's code and the branch's, then their post rows (pos21/rows.py) and query rows.
#   sh bench/judged/post22/build.sh ARTICLES OUT   ->  OUT_main.ttl OUT_br.ttl OUT_{main,br}.{posts,people,organizations}.csv
set -e
PY=${PY:-.venv/bin/python}
for v in main br; do
  if [ $v = main ]; then SRC=${MAIN_SRC:?the main checkout's src folder}; else SRC=src; fi
  PYTHONPATH=$SRC PYTHAINLP_OFFLINE=1 $PY -m thaigovkg build "$1" -o "$2_$v.ttl" -j 1 > "$2_$v.log" 2>&1 || true
  grep -h 'SHACL' "$2_$v.log" || true
  PYTHONPATH=src $PY bench/judged/pos21/rows.py "$2_$v.ttl" > "$2_$v.posts.csv"
  for q in people organizations; do
    PYTHONPATH=src PYTHAINLP_OFFLINE=1 $PY -m thaigovkg query "$2_$v.ttl" $q --format csv > "$2_$v.$q.csv"
  done
done
