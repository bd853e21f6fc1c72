# RefDesk: `make run` opens the app, `make test` runs the whole test suite headless.
# Both create .venv and install what is missing first (on Debian/Ubuntu, also the
# system libraries Qt needs, and only the missing ones).

VENV   ?= .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= py -3
BIN    := $(VENV)/Scripts
else
PYTHON ?= python3
BIN    := $(VENV)/bin
endif
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

.PHONY: run test setup system-deps demo screenshots bench deb lint typecheck format clean

run: setup
	bash .ci/system-deps.sh desktop
	$(PY) main.py

test: setup
	bash .ci/system-deps.sh offscreen
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP)

$(STAMP): pyproject.toml
	bash .ci/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,postgres,dev]"
	touch $(STAMP)

demo: setup
	$(BIN)/refdesk demo

screenshots: setup
	rm -rf .screenshots-data
	$(BIN)/refdesk --data-dir .screenshots-data demo
	$(BIN)/refdesk --data-dir .screenshots-data screenshots resources/screenshots
	rm -rf .screenshots-data

bench: setup
	$(PY) tests/bench/bench_startup.py

# dist/refdesk_VERSION_amd64.deb: the slim bundle under /opt/refdesk, menu entry, icons, man page.
# `sudo bash tests/e2e/deb_fresh.sh` then tries it in a fresh Debian 12 (not part of `make test`).
deb: setup
	bash resources/packaging/deb/build.sh

lint: setup
	$(BIN)/ruff check refdesk tests resources main.py
	$(BIN)/ruff format --check refdesk tests resources main.py

# Types of the Qt-free layers (refdesk/services, refdesk/db: [tool.mypy] in pyproject.toml).
typecheck: setup
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix refdesk tests resources main.py
	$(BIN)/ruff format refdesk tests resources main.py

clean:
	rm -rf $(VENV) build dist *.egg-info
