# Every target creates .venv on first use, so a fresh clone needs only `make run` or `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTHON ?= python3

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

.PHONY: venv run test bench screenshots fuzz bundle translations clean

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/facilitator

# Three workers on the team's two cores (pytest-xdist): the screen tests spend about ten seconds
# waiting on timers, workers and other processes, and a third worker fills that time. Compiled
# modules are kept (an environment may say PYTHONDONTWRITEBYTECODE): a warm run compiles nothing.
test: $(STAMP)
	$(VENV)/bin/lint-imports
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 3

# Property and fuzz suites with many more examples than `make test` (profile in tests/conftest.py).
fuzz: $(STAMP)
	FACILITATOR_HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "fuzz" -p no:cacheprovider

bench: $(STAMP)
	@failed=""; for script in bench/bench_*.py; do echo "== $$script"; $(PY) $$script || failed="$$failed $$script"; done; \
	if [ -n "$$failed" ]; then echo "Missed a target:$$failed"; exit 1; fi

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

# Regenerates the Spanish .ts from every ui/ source (translations already made are kept), then
# the .qm the app loads; likewise facilitator_en.ts, which holds only English plural forms
# ("1 page", "2 pages"). Translate new entries (Qt Linguist: .venv/bin/pyside6-linguist) and run again.
TS := resources/translations/facilitator_es.ts
TS_EN := resources/translations/facilitator_en.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find ui -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(VENV)/bin/pyside6-lupdate -pluralonly -locations none -no-obsolete $$(find ui -name '*.py' | sort) -ts $(TS_EN)
	$(VENV)/bin/pyside6-lrelease $(TS_EN) -qm $(TS_EN:.ts=.qm)

bundle: $(STAMP)
	PY=$(PY) bash build/build_bundle.sh

clean:
	rm -rf $(VENV) .pytest_cache dist build/work
