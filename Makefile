# Two set-up commands: `make demo` builds the seed graph, `make test` runs the tests.
# Each creates the virtual environment when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHAINLP_OFFLINE := 1

.PHONY: demo test test-slow test-stores test-browser bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/thaigovkg build seeds -o build/graph.ttl
	$(BIN)/thaigovkg validate build/graph.ttl
	$(BIN)/thaigovkg hierarchy build/graph.ttl -o build/hierarchy.html
	$(BIN)/thaigovkg hierarchy build/graph.ttl -o build/hierarchy.svg
	$(BIN)/thaigovkg report build/graph.ttl -o build/report.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

# Headless Chromium tests (-m browser) and the Graphviz test; installs Debian chromium, Thai fonts and
# graphviz when missing (needs root), and websocket-client to drive Chromium over the DevTools protocol.
test-browser: $(STAMP)
	command -v chromium >/dev/null && command -v dot >/dev/null && fc-list :lang=th | grep -q . || \
	  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-thai-tlwg graphviz)
	$(BIN)/python -m pip install --quiet -e '.[test,browser]'
	$(BIN)/python -m pytest -q -m browser
	$(BIN)/python -m pytest -q tests/test_hierarchy.py -k graphviz

# Integration tests against real triple stores (-m stores): Virtuoso from Debian, installed when
# missing (needs root); each test starts its own server from a small config in a temporary folder.
test-stores: $(STAMP)
	command -v virtuoso-t >/dev/null || \
	  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource)
	$(BIN)/python -m pytest -q -m stores

# Speed and memory on the full corpus: the file build (1,000, 10,000 and all articles) and, beside it, the
# store build and three daily updates of it; the corpus replayed once and five times (file and store in one
# build); the named queries in pyoxigraph vs rdflib; the issue's targets checked at the end. About 45 minutes
# on an idle machine; pick parts with BENCH_ARGS='--parts store,daily' (sizes, store, daily, replay, queries,
# and, when asked for, newmm: a plain newmm pass, 9 more minutes, and scale: a 10,000-article slice replayed
# 1x/2x/4x, each phase's time per article, 5-10 minutes). Results: bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf build dist .pytest_cache
