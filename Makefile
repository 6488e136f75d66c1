# Ward Assistant: the three commands docs/contracts.md promises. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-st run test browser

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# sentence-transformers with the CPU build of torch from this machine's disk (a plain `torch` would
# pull several GB of CUDA wheels); the tests use it to exercise WARD_EMBEDDER=sentence-transformers.
install-st: $(VENV)/.installed-st

$(VENV)/.installed-st: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test,st]'
	touch $@

run: install
	$(BIN)/ward-assistant ingest
	$(BIN)/ward-assistant serve --host $(HOST) --port $(PORT)

# The widget's browser tests drive Debian's Chromium (Playwright cannot download a browser of its
# own offline). Found where it is, installed from Debian when this runs as root, else a clear error.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM

browser:
	@test -x "$(CHROMIUM)" || { \
	  if [ "$(CHROMIUM)" = /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "== installing Chromium from Debian for the browser tests"; \
	    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need Chromium at $(CHROMIUM): run 'sudo apt-get install chromium', or make test CHROMIUM=/path/to/chromium"; \
	    exit 1; \
	  fi; }

test: install-st browser
	$(BIN)/python -m pytest -q
