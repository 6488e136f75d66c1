# Ward Assistant: the three commands DESIGN.md promises. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-st run test

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

test: install-st
	$(BIN)/python -m pytest -q
