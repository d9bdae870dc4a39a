# kimwatch: `make demo` and `make test` work on a fresh machine with Python 3.11, 3.12 or 3.13 and make.
# PYTHON: the first of python3.11, python3.12, python3.13 on the PATH, else python3 when it is 3.11 or newer.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13; do command -v $$p >/dev/null 2>&1 && { echo $$p; exit 0; }; done; \
	python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && echo python3 || echo python3.11)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DEMO_STAMP := $(VENV)/.installed-demo

.PHONY: demo test lint bench clean install install-test

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 or newer is needed ($(PYTHON) not found); set PYTHON=/path/to/python3"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed ($(PYTHON) is older); set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# kimwatch and what it needs to run (a server): no test tools
$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $(STAMP)

# plus the test and lint tools (pytest, ruff, mypy, datasette, playwright)
$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(TEST_STAMP)

# plus Datasette, which the demo's dump is browsed with
$(DEMO_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[datasette]'
	@touch $(DEMO_STAMP)

install: $(STAMP)

install-test: $(TEST_STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/kimwatch --db data/demo.db demo

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check crawler spiders pipelines scheduler.py tests bench
	$(BIN)/mypy crawler

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py $(EVAL)

clean:
	rm -rf $(VENV) build *.egg-info data/*.db data/*.db-wal data/*.db-shm
