# Quick start: `make run` and `make test` on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.sqlite

.PHONY: setup run test bench screenshots translations clean package package-test

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(PY) -m ui.i18n.build

setup: $(STAMP) translations

$(DEMO_DB): | setup
	$(PY) main.py demo-db --db $(DEMO_DB)

run: setup $(DEMO_DB)
	$(PY) main.py --db $(DEMO_DB)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: setup $(DEMO_DB)
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshots --db $(DEMO_DB) --out screenshots

# The one-folder build in dist/internal-service/ and its .tar.gz (packaging/README.md).
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install -q -e '.[test,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(PY) packaging/build.py

# Runs the built executable with a clean environment; builds nothing (run `make package` first).
package-test: setup
	$(PY) packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist *.egg-info
