# kadesk: `make run` opens the app on a demo database; `make test` runs every test headless.
# Both set up everything first: Debian packages (scripts/system-deps.sh) and the virtualenv.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DEMO_DIR ?= demo-data
STAMP := $(VENV)/.installed

.PHONY: run test setup translations lint bench installer clean
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

run: setup translations
	@[ -f $(DEMO_DIR)/kadesk.db ] || $(PY) -m kadesk --data-dir $(DEMO_DIR) demo
	$(PY) -m kadesk --data-dir $(DEMO_DIR)

# The tests spread over every core (pytest-xdist; the installer's build and fresh-root
# tests stay on one worker). PYTHONFAULTHANDLER: a native crash names the test, in every
# worker (docs/decisions.md, Testing).
test: setup translations
	QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1 $(PY) -m pytest -n auto --dist loadgroup

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt scripts/system-deps.sh
	PYTHON=$(PYTHON) scripts/system-deps.sh
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Qt Linguist: the .ts sources are committed; the .qm catalogues are built here.
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(PY) scripts/translations.py build

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: setup
	$(PY) -m benchmarks.run --accounts 20000 --contacts 100000 --visits 300000
	$(PY) -m benchmarks.ui --accounts 20000 --contacts 100000 --visits 300000
	$(PY) -m benchmarks.reports --accounts 120 --items 200
	$(PY) -m benchmarks.sync --accounts 20000 --contacts 100000 --visits 300000
	$(PY) -m benchmarks.import_table --accounts 20000

# The bundle and archive for reps' laptops (README: Installing on a laptop); into dist/.
installer: setup
	$(PY) build_installer.py

clean:
	rm -rf $(VENV) $(DEMO_DIR) build dist *.egg-info
