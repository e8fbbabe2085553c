# Two commands do all set-up: `make run` and `make test`. Both bootstrap .venv themselves, as
# does `make fuzz`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.factbot-run
TEST_STAMP := $(VENV)/.factbot-test

.PHONY: run test fuzz lint typecheck pytest bench clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit("factbot needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/factbot run

test: $(TEST_STAMP)
	$(VENV)/bin/ruff check bot adapters tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

# The property tests on new random examples for FUZZ_SECONDS in all (the "fuzz" profile in
# tests/conftest.py); a failure prints its falsifying example and the @example to add.
FUZZ_SECONDS ?= 60
fuzz: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=fuzz FUZZ_SECONDS=$(FUZZ_SECONDS) $(VENV)/bin/pytest -m property

bench: $(TEST_STAMP)
	$(PY) bench/clef.py
	$(PY) bench/article.py
	$(PY) bench/speed.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
