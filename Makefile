# khabar: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/khabar analyze samples/articles.jsonl -o samples/out.jsonl
	$(BIN)/khabar show samples/out.jsonl

test: $(VENV)/.installed
	export KHABAR_TEST_POSTGRES=$$(bash scripts/postgres-start.sh) && $(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python -m bench --shared $(SHARED)

clean:
	rm -rf $(VENV) build dist src/*.egg-info
