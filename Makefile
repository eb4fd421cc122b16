# Quick start: `make demo` and `make test` work on a fresh machine with only Python and pip.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test wheel-check lint bench notebook sample clean

$(BIN)/reconcile: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/reconcile  ## reconcile the bundled sample data into reconcile-demo/
	$(BIN)/reconcile demo --out reconcile-demo

test: $(BIN)/reconcile  ## run the whole test suite (and lint, and the import layers of pyproject.toml)
	$(BIN)/ruff check reconcile tests scripts noxfile.py
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

# What a user installs, checked as a user gets it: the sdist and the wheel built from it, the
# wheel installed (not editable) in a new venv, and the demo run from a folder outside the
# checkout, so a file missing from the package (the sample data) fails here. CI runs it.
WHEEL_DIR := .wheel-check
wheel-check: $(BIN)/reconcile  ## build sdist and wheel, install the wheel in a fresh venv, run the demo
	rm -rf $(WHEEL_DIR)
	$(BIN)/python -m build --outdir $(WHEEL_DIR)/dist . > $(WHEEL_DIR).log 2>&1 || (cat $(WHEEL_DIR).log; exit 1)
	$(PYTHON) -m venv $(WHEEL_DIR)/venv
	$(WHEEL_DIR)/venv/bin/python -m pip install --quiet $(WHEEL_DIR)/dist/*.whl
	mkdir -p $(WHEEL_DIR)/elsewhere
	cd $(WHEEL_DIR)/elsewhere && ../venv/bin/python -m reconcile demo --out demo --quiet
	test -s $(WHEEL_DIR)/elsewhere/demo/reconciliation.xlsx && test -s $(WHEEL_DIR)/elsewhere/demo/reconciliation.csv
	@echo "wheel-check: the installed wheel ran the demo"

bench: $(BIN)/reconcile  ## time every stage at 300, 3,000, 30,000 items; BENCH_ARGS="--sizes 300" for one
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

notebook: $(BIN)/reconcile  ## open the exploration notebook in JupyterLab
	$(BIN)/python -m pip install --quiet -e '.[test,notebook]'
	$(BIN)/jupyter lab notebooks/explore.ipynb

sample: $(BIN)/reconcile  ## regenerate data/ and tests/data/sample_expected.csv
	$(BIN)/python scripts/make_sample_data.py

clean:
	rm -rf $(VENV) reconcile-demo .pytest_cache .ruff_cache $(WHEEL_DIR) $(WHEEL_DIR).log
