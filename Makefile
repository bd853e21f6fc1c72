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

.PHONY: run test setup system-deps demo screenshots bench deb lint typecheck format clean translations

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
	$(BIN)/refdesk --data-dir .screenshots-data --lang de screenshots resources/screenshots/de
	$(BIN)/refdesk --data-dir .screenshots-data --lang es screenshots resources/screenshots/es
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

# The translations (refdesk/i18n.py says which catalogue is which): the window's words from
# refdesk/ui into refdesk/translations/refdesk_LANG.ts (English: its plural forms only), compiled
# to .qm; the Qt-free code's sentences into LANG/LC_MESSAGES/refdesk.po, compiled to .mo.
TR        := refdesk/translations
TR_LANGS  := de es
TR_UI     = $(shell find refdesk/ui -name '*.py' | LC_ALL=C sort)
TR_DOMAIN = $(shell find refdesk -name '*.py' -not -path 'refdesk/ui/*' | LC_ALL=C sort)

translations: setup
	@$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en $(TR_UI) \
		-ts $(foreach l,$(TR_LANGS),$(TR)/refdesk_$(l).ts)
	@$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en -pluralonly $(TR_UI) \
		-ts $(TR)/refdesk_en.ts
	$(BIN)/pyside6-lrelease -silent $(foreach l,en $(TR_LANGS),$(TR)/refdesk_$(l).ts)
	@$(BIN)/pybabel -q extract --no-location --sort-output --project=RefDesk --copyright-holder="the RefDesk authors" -o $(TR)/refdesk.pot $(TR_DOMAIN)
	for l in $(TR_LANGS); do \
		if [ -f $(TR)/$$l/LC_MESSAGES/refdesk.po ]; then \
			$(BIN)/pybabel -q update --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date -D refdesk \
				-i $(TR)/refdesk.pot -d $(TR) -l $$l; \
		else $(BIN)/pybabel -q init -D refdesk -i $(TR)/refdesk.pot -d $(TR) -l $$l; fi; \
	done
	rm $(TR)/refdesk.pot
	$(BIN)/pybabel -q compile -D refdesk -d $(TR)

clean:
	rm -rf $(VENV) build dist *.egg-info
