# peakmem — build, test, run and benchmark.
# `make help` lists the targets. Every target installs what it needs first (`deps`).

SWIFT        ?= swift
SWIFT_FLAGS  ?=
RELEASE_DIR  := .build/release
APT_PACKAGES := libopenblas-dev libjemalloc-dev pkg-config
SUDO         := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.DEFAULT_GOAL := help
.PHONY: help deps build build-release test run bench clean

help: ## List the targets
	@echo "peakmem — make targets:"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

deps: ## Install the system libraries (OpenBLAS, jemalloc, pkg-config) when missing; idempotent
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
	@command -v python3 >/dev/null && { python3 -c "import numexpr" 2>/dev/null || \
	  { echo "deps: installing numexpr (pip, for the fused-evaluator benchmark)"; python3 -m pip install -q numexpr || \
	    echo "deps: numexpr not installed; the benchmark skips it"; }; } || true

build: deps ## Debug build of everything
	$(SWIFT) build $(SWIFT_FLAGS)

build-release: deps ## Release build (what `run` and `bench` use)
	$(SWIFT) build -c release $(SWIFT_FLAGS)

# Tests run one at a time: the process-wide probes (jemalloc totals, VmRSS) must not see
# other tests allocating in the same process. Ledger tests are exact either way.
test: deps build ## Build and run every test (unit, memory, end-to-end)
	$(SWIFT) test --no-parallel $(SWIFT_FLAGS)

SCALE ?= doc

run: build-release ## Build, print the probes, run the shipped scenarios (SCALE=doc) into reports/
	$(RELEASE_DIR)/peakmem probe
	@mkdir -p reports
	$(RELEASE_DIR)/peakmem run scenarios --scale $(SCALE) --json reports/results.json

bench: build-release ## Benchmarks: engine loops vs memory bandwidth, sampler cost on BLAS
	$(RELEASE_DIR)/peakmem-bench

clean: ## Remove build products
	rm -rf .build
