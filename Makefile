# Quick start: `make demo` and `make test` work on a fresh machine with only Python and pip.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench notebook sample clean

$(BIN)/reconcile: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/reconcile  ## reconcile the bundled sample data into reconcile-demo/
	$(BIN)/reconcile demo --out reconcile-demo

test: $(BIN)/reconcile  ## run the whole test suite (and lint, and the import layers of pyproject.toml)
	$(BIN)/ruff check reconcile tests scripts
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

bench: $(BIN)/reconcile  ## time every stage at 300, 3,000, 30,000 items; BENCH_ARGS="--sizes 300" for one
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

notebook: $(BIN)/reconcile  ## open the exploration notebook in JupyterLab
	$(BIN)/python -m pip install --quiet -e '.[test,notebook]'
	$(BIN)/jupyter lab notebooks/explore.ipynb

sample: $(BIN)/reconcile  ## regenerate data/ and tests/data/sample_expected.csv
	$(BIN)/python scripts/make_sample_data.py

clean:
	rm -rf $(VENV) reconcile-demo .pytest_cache .ruff_cache
