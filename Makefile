# khabar: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

VENDOR := src/khabar/web/static/vendor

.PHONY: demo test bench install web-assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Front-end libraries and the Persian font, from the npm registry (web/package-lock.json); never committed.
$(VENDOR)/.built: web/package-lock.json scripts/web-assets.sh
	bash scripts/web-assets.sh
	touch $@

web-assets: $(VENDOR)/.built

demo: $(VENV)/.installed
	$(BIN)/khabar analyze samples/articles.jsonl --reference-date 2023-12-10 -o samples/out.jsonl
	$(BIN)/khabar show samples/out.jsonl

test: $(VENV)/.installed web-assets
	bash scripts/chromium-check.sh
	export KHABAR_TEST_POSTGRES=$$(bash scripts/postgres-start.sh) && $(BIN)/python -m pytest

# hazm, the baseline of the half-space benchmark, pins numpy 1.24: it gets an interpreter of its own.
.venv-bench/.installed:
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install -q hazm==0.10.0
	touch $@

# The NER benchmark's cross-validation retrains the BiLSTM-CRF, which needs PyTorch (the train extra).
$(VENV)/.train: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[train]'
	touch $@

bench: $(VENV)/.train .venv-bench/.installed
	$(BIN)/python -m bench --shared $(SHARED)

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(VENDOR) web/node_modules
