# Two commands a newcomer needs:  make run   (set up, then open the app on the seed corpus)
#                                 make test  (set up, then run every test)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := libjs-leaflet libjs-leaflet.markercluster
TEST_APT_PACKAGES := chromium

.PHONY: run test setup system-deps test-system-deps bench lint

run: setup
	$(BIN)/streamlit run app.py

test: setup test-system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Bytecode of our own modules, written once: where PYTHONDONTWRITEBYTECODE is set, every start
# (each `python -m geo`, each app server) would otherwise compile them again, 0.1 s each time.
setup: system-deps $(VENV)/.installed
	$(BIN)/python -m ui.assets
	$(BIN)/python -m compileall -q geo ui

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Debian packages: Leaflet for the offline map, Chromium for the browser tests.
system-deps:
	@if [ ! -f /usr/share/javascript/leaflet/leaflet.markercluster.js ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(APT_PACKAGES); \
		else echo "note: install $(APT_PACKAGES) for an offline map (the app falls back to a CDN)"; fi; \
	fi

test-system-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(TEST_APT_PACKAGES); \
	fi

bench: setup test-system-deps
	$(BIN)/python bench/gazetteer_index.py
	$(BIN)/python bench/evaluate.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/extract_cli.py
	$(BIN)/python bench/hostile_shapes.py
	$(BIN)/python bench/read_pages.py
	$(BIN)/python bench/transliteration.py
	$(BIN)/python bench/layouts.py
	$(BIN)/python bench/app_render.py
	$(BIN)/python bench/concurrent_sessions.py
