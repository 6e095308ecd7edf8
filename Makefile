# peakmem — build, test, run and benchmark.
# `make help` lists the targets. Every target installs what it needs first (`deps`).

SWIFT        ?= swift
SWIFT_FLAGS  ?=
RELEASE_DIR  := .build/release
APT_PACKAGES := libopenblas-dev libjemalloc-dev libsqlite3-dev pkg-config librsvg2-bin fonts-dejavu-core
PYTHON       ?= python3
# The NumPy engine's packages (--engine numpy|both, make bench); pip installs the missing ones.
PY_PACKAGES  := numpy scipy memray numexpr opt_einsum
PIP_FLAGS    ?=
SUDO         := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.DEFAULT_GOAL := help
.PHONY: help deps build build-release test run report-commit baseline gate bench install uninstall clean

help: ## List the targets
	@echo "peakmem — make targets:"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

deps: ## Install the system packages (OpenBLAS, jemalloc, SQLite, pkg-config; rsvg-convert and DejaVu fonts for the chart tests) when missing; idempotent
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "deps: $(APT_PACKAGES) present"; \
	fi
	@if ! command -v $(PYTHON) >/dev/null; then echo "deps: $(PYTHON) not found: the NumPy engine cannot run"; exit 0; fi; \
	missing=""; for p in $(PY_PACKAGES); do $(PYTHON) -c "import $$p" 2>/dev/null || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "deps: pip installing$$missing"; $(PYTHON) -m pip install --quiet $(PIP_FLAGS) $$missing; \
	else echo "deps: Python packages $(PY_PACKAGES) present"; fi

build: deps ## Debug build of everything
	$(SWIFT) build $(SWIFT_FLAGS)

build-release: deps ## Release build (what `run` and `bench` use)
	$(SWIFT) build -c release $(SWIFT_FLAGS)

# Tests run one at a time: the process-wide probes (jemalloc totals, VmRSS) must not see
# other tests allocating in the same process. Ledger tests are exact either way.
test: deps build ## Build and run every test (unit, memory, end-to-end)
	$(SWIFT) test --no-parallel $(SWIFT_FLAGS)

SCALE     ?= doc
SCENARIOS ?= scenarios
# The binary `run` and `report-commit` use (the release build unless told otherwise).
PEAKMEM   ?= $(RELEASE_DIR)/peakmem

# Extra options of `peakmem run` for `run` and `report-commit`. Runs default to 3 measured
# runs per variant (times worth reading); RUN_FLAGS="--repeat 1" is about 3× faster with
# single-sample times.
RUN_FLAGS ?=

run: build-release ## Build, print the probes, run the shipped scenarios (SCALE=doc) into reports/latest/ (not tracked)
	$(PEAKMEM) probe
	$(PEAKMEM) run $(SCENARIOS) --scale $(SCALE) --out reports/latest $(RUN_FLAGS)

report-commit: build-release ## Rewrite the committed report set in reports/ (REPORT.md, pages, charts, results.json)
	$(PEAKMEM) run $(SCENARIOS) --scale $(SCALE) --out reports $(RUN_FLAGS)

# The CI gate and its baseline use the debug build that `make test` builds (exact figures are
# the same in every build; RSS figures are compared with the build that made the baseline).
GATE_PEAKMEM := .build/debug/peakmem
BASELINE     := reports/baseline.json

baseline: build ## Rewrite reports/baseline.json from a quick-scale run of the shipped scenarios
	$(GATE_PEAKMEM) baseline update --scale quick --baseline $(BASELINE)

gate: build ## The CI gate: every shipped scenario at the baseline's scale against reports/baseline.json
	$(GATE_PEAKMEM) gate --baseline $(BASELINE) --scenarios scenarios --no-progress --junit .build/gate-junit.xml

bench: build-release ## Benchmarks into reports/BENCH.md: engine loops, sampler cost, Swift vs NumPy on every scenario (doc scale)
	@mkdir -p reports
	$(RELEASE_DIR)/peakmem-bench > reports/BENCH.md.tmp && mv reports/BENCH.md.tmp reports/BENCH.md && cat reports/BENCH.md

PREFIX  ?= /usr/local
DESTDIR ?=
MANUAL  := .build/plugins/GenerateManual/outputs/peakmem/peakmem.1

install: build-release ## Install peakmem into $(DESTDIR)$(PREFIX): bin/peakmem, the man page, bash/zsh/fish completions
	$(SWIFT) package $(SWIFT_FLAGS) generate-manual
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_DIR)/peakmem $(DESTDIR)$(PREFIX)/bin/peakmem
	install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/peakmem.1
	$(RELEASE_DIR)/peakmem --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/peakmem
	$(RELEASE_DIR)/peakmem --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_peakmem
	$(RELEASE_DIR)/peakmem --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/peakmem.fish
	@echo "installed $(DESTDIR)$(PREFIX)/bin/peakmem (man peakmem; completions for bash, zsh, fish)"

uninstall: ## Remove what `make install` installed from $(DESTDIR)$(PREFIX)
	rm -f $(DESTDIR)$(PREFIX)/bin/peakmem $(DESTDIR)$(PREFIX)/share/man/man1/peakmem.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/peakmem $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_peakmem \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/peakmem.fish

clean: ## Remove build products
	rm -rf .build
