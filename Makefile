# The two commands README.md gives: `make serve` and `make test`. Everything else is a step of them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
# Warnings are errors in every build made here (the library's option defaults to off for
# projects that add it as a subdirectory).
PRESET := dev
CMAKE_BUILD := $(BUILD)/dev
export WINNET_SOURCE_DIR := $(CURDIR)
export NO_MKDOCS_2_WARNING := 1

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

bootstrap: ## install missing Debian packages and the pinned .venv
	@scripts/bootstrap

# --- C++: library, Catch2 tests, examples ---------------------------------------------------------
cpp: bootstrap ## configure and build the library, tests and examples (CMake preset dev)
	@mkdir -p $(BUILD)
	@cmake --preset $(PRESET) -DPython_EXECUTABLE=$(CURDIR)/$(PY) >$(BUILD)/cmake-configure.log 2>&1 \
	  || { cat $(BUILD)/cmake-configure.log; exit 1; }
	cmake --build --preset $(PRESET)

# --- Python: editable install of winnet into .venv (scikit-build-core) ----------------------------
PY_SOURCES := $(shell find lib bindings cmake scripts/doxyxml.py scripts/gen_docstrings.py site/Doxyfile -type f -not -name '*.pyc') CMakeLists.txt pyproject.toml
$(VENV)/.winnet-editable: $(PY_SOURCES) $(VENV)/.winnet-lock-sha256
	$(PY) -m pip install --no-build-isolation --no-deps --disable-pip-version-check -q -e . \
	  -Ccmake.define.WINNET_WARNINGS_AS_ERRORS=ON
	@touch $@
python: bootstrap $(VENV)/.winnet-editable ## build the bindings into .venv (editable)

# --- Docs: Doxygen XML, Sphinx API reference, MkDocs site -----------------------------------------
docs-xml: bootstrap ## Doxygen XML of the public headers (fails on undocumented members)
	@mkdir -p $(BUILD)/doxygen
	WINNET_DOXYGEN_OUT=$(BUILD)/doxygen doxygen site/Doxyfile

api: docs-xml python ## the C++ and Python API reference (Sphinx + Breathe, -W -n) into build/sphinx
	$(VENV)/bin/sphinx-build -q -W -n --keep-going -b html -d $(BUILD)/sphinx/doctrees site/api $(BUILD)/sphinx/html

site: cpp api ## the whole site into build/site (mkdocs build --strict)
	$(VENV)/bin/mkdocs build --strict --quiet

check-docs: site ## the site's checks: markdownlint, code blocks, examples, regions, links and anchors
	$(PY) scripts/check_docs.py

# Test files are named on the command line: Node 20 reads a folder there, Node 22 only globs.
test-browser: site ## the built site in headless Chromium (node --test, Playwright)
	node --test tests/browser/*.test.mjs

serve: site ## build everything and serve the site on http://127.0.0.1:8000 with live reload
	$(VENV)/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000 --livereload

# --- Notebooks: JupyterLab on the project's venv; the notebooks as a user installs winnet ----------
# The kernel is .venv's Python (with the editable winnet) whatever kernels the machine has: its
# kernelspec is written under build/ and found first through JUPYTER_PATH.
JUPYTER_DIR := $(BUILD)/jupyter
jupyter: python ## JupyterLab (pinned, from .venv) on 127.0.0.1 with docs/notebooks open
	@mkdir -p $(JUPYTER_DIR)/kernels/python3
	@printf '{"argv": ["%s", "-m", "ipykernel_launcher", "-f", "{connection_file}"],\n "display_name": "Python 3 (winnet, .venv)", "language": "python"}\n' \
	  "$(CURDIR)/$(PY)" >$(JUPYTER_DIR)/kernels/python3/kernel.json
	cd docs/notebooks && JUPYTER_PATH=$(CURDIR)/$(JUPYTER_DIR) \
	  $(CURDIR)/$(VENV)/bin/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. \
	  $$([ "$$(id -u)" -ne 0 ] || echo --allow-root) $$(ls *.ipynb)

notebooks: bootstrap ## a fresh venv, winnet installed into it with pip, every notebook run there (nbclient)
	$(PY) scripts/notebooks.py fresh-venv $(if $(NOTEBOOKS_JUNIT),--junit $(NOTEBOOKS_JUNIT))

# --- Tests ----------------------------------------------------------------------------------------
test: bootstrap ## every check: lint, C++ tests, examples (C++ and Python), bindings, stubs, site
	@scripts/run_tests

goldens: cpp python ## rewrite examples/*/*.output from the C++ examples, then check the Python twins
	@for exe in $$(find $(CMAKE_BUILD)/examples -type f -executable | sort); do \
	  topic=$$(basename $$(dirname $$exe)); name=$$(basename $$exe); \
	  $(PY) scripts/check_golden.py --update --golden examples/$$topic/$$name.output -- $$exe; \
	done
	$(PY) -m pytest -q tests/python/test_examples.py

stubs: python ## regenerate the .pyi stubs of winnet._winnet
	$(PY) scripts/gen_stubs.py --write

format: bootstrap ## clang-format and ruff format the sources
	@git ls-files -co --exclude-standard '*.hpp' '*.cpp' | xargs clang-format -i
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

lock: ## recompile requirements/dev.lock from requirements/dev.in (needs the registry)
	$(PY) -m pip install -q pip-tools==7.6.2
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements/dev.lock requirements/dev.in

bench: cpp ## run the benchmarks (proxy sync cost: 10,000 Services x 10 endpoints)
	$(CMAKE_BUILD)/bench/winnet_bench_proxy_sync $(BENCH_ARGS)

clean: ## remove build output (keeps .venv)
	rm -rf $(BUILD) $(VENV)/.winnet-editable

.PHONY: help bootstrap cpp python docs-xml api site check-docs test-browser serve jupyter notebooks test goldens \
  stubs format lock clean
