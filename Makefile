# One task runner for people and CI: `make run`, `make test`, `make lint`, `make gate`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
EXTRAS ?= dev,warc,serve,postgres,plot,dask

.PHONY: install run test lint gate bench clean

# The venv is rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error
	# The dashboard's admin1 outlines, split per country (needs the serve extra).
	if $(BIN)/python -c "import fastapi" 2>/dev/null; then $(BIN)/python -m upheaval.web.geo; fi
	$(BIN)/upheaval gazetteer build
	touch $@

install: $(VENV)/.installed

## Run the pipeline on the bundled example reports: leaves $(OUT)/upheaval.db,
## $(OUT)/events.jsonl and prints a summary table.
run: install
	mkdir -p $(OUT)
	$(BIN)/upheaval extract examples/reports.jsonl --db $(OUT)/upheaval.db --out $(OUT)/events.jsonl

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

gate: install
	$(BIN)/upheaval gate

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache
