# Quick start: `make demo` and `make test` work on a fresh machine with only Python and pip.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench sample clean

$(BIN)/reconcile: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/reconcile  ## reconcile the bundled sample data into reconcile-demo/
	$(BIN)/reconcile demo --out reconcile-demo

test: $(BIN)/reconcile  ## run the whole test suite (and lint)
	$(BIN)/ruff check reconcile tests scripts
	$(BIN)/python -m pytest

sample: $(BIN)/reconcile  ## regenerate data/ and tests/data/sample_expected.csv
	$(BIN)/python scripts/make_sample_data.py

clean:
	rm -rf $(VENV) reconcile-demo .pytest_cache .ruff_cache
