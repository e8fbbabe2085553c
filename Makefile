# Two commands do all set-up: `make run` and `make test`. Both bootstrap .venv themselves, as
# does `make fuzz`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.factbot-run
TEST_STAMP := $(VENV)/.factbot-test
# The versions CI tests and the image ships (deploy/requirements.lock agrees); `make lock`
# makes both again from pyproject.toml.
CONSTRAINTS := constraints.txt

.PHONY: run test fuzz lint typecheck pytest bench clean lock

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit("factbot needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml $(CONSTRAINTS) | $(PY)
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e .
	@touch $@

$(TEST_STAMP): pyproject.toml $(CONSTRAINTS) | $(PY)
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[test]'
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

# Pin every dependency again, newest first: constraints.txt for every extra (what CI and
# `make test` install), then the image's hashed lock within those versions. Run on Linux x86_64
# with Python 3.11, the image's platform, and commit both files.
LOCK_FLAGS := --quiet --no-emit-index-url --no-emit-find-links --unsafe-package factbot
lock: | $(PY)
	$(PY) -m pip install --quiet 'pip-tools>=7.4'
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --all-extras --strip-extras -o $(CONSTRAINTS) pyproject.toml
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --extra store,discord,slack,ops,web --build-deps-for wheel --strip-extras \
	  --generate-hashes -c $(CONSTRAINTS) -o deploy/requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
