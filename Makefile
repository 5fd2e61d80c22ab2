# Every target bootstraps itself on a fresh machine that has only Python: uv from PyPI, then
# the locked environment. Nothing downloads a Python interpreter.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
UV := $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
PY := .venv/bin/python
SAMPLE := server/unspoken/sample

.PHONY: demo scan-demo backtest-demo test bench eval lint scan-enron extension sync node \
	infra-check docs docs-settings fleet

$(UV):
	python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --quiet
	touch $@

sync: .venv/.synced

# The service on 127.0.0.1 (SQLite, in-process worker) with the sample imported: URL + token.
demo: sync
	$(PY) -m unspoken.cli demo

# The same sample through the command-line engine only (no server).
scan-demo: sync
	$(PY) -m unspoken.cli scan --me sam@northwind-saas.com --mbox $(SAMPLE)/sample.mbox \
	  --ics $(SAMPLE)/sample.ics --as-of 2026-10-30T18:00:00+00:00

# How early the engine would have warned: the sample's three at-risk accounts declared churned
# on its last day, then Kenneth Lay's Enron mailbox (no churn known: every flag is listed).
backtest-demo: sync
	$(PY) -m unspoken.cli backtest --me sam@northwind-saas.com --mbox $(SAMPLE)/sample.mbox \
	  --ics $(SAMPLE)/sample.ics --weeks 26 --churned kestrelfoods.fr:2026-10-30 \
	  --churned willowpartners.com:2026-10-30 --churned northstar-logistics.com:2026-10-30
	$(PY) -m unspoken.cli backtest --eml-dir ../shared/data/enron/lay-k --me kenneth.lay@enron.com \
	  --me klay@enron.com --as-of 2001-12-01T00:00:00+00:00 --weeks 52

# The extension's unit and Chromium end-to-end tests (against the real demo backend), then the
# Python suite (real PostgreSQL and Redis, and SQLite) last, so its summary closes the run.
test: sync extension
	cd extension && npm test
	$(PY) -m pytest

# Every benchmark prints ratios against a baseline measured in the same run (shared machine).
bench: sync extension
	$(PY) -m unspoken.bench
	$(PY) -m unspoken.bench.service
	$(PY) -m unspoken.bench.console
	$(PY) -m unspoken.bench.digest
	$(PY) -m unspoken.bench.google
	$(PY) -m unspoken.bench.microsoft
	$(PY) -m unspoken.bench.sync_cost
	$(PY) -m unspoken.bench.storage
	cd extension && npm run --silent bench

# The fleet simulator (issue 13, README "Scale"): 1,000 mailboxes with 1, 2 and 4 worker
# processes, ~8 min each, so not part of `make bench`; then the plot of the runs. Other sizes:
# make fleet FLEET="--mailboxes 10000 --workers 4 --connect-timeout 2400" (onboarding
# ~25 min on this machine: the steady state starts once every mailbox had its first sync).
FLEET ?= --mailboxes 1000 --workers 1 2 4 --speed 1
fleet: sync
	mkdir -p build && rm -f build/fleet.jsonl
	nice -n 10 $(PY) -m unspoken.bench.fleet $(FLEET) --out build/fleet.jsonl
	$(PY) -m unspoken.bench.fleet --plot build/fleet.jsonl --svg build/fleet.svg

eval: sync
	$(PY) -m tests.signals.evaluate

# The tables of every UNSPOKEN_* setting (README, the guide's settings page), regenerated from
# Settings: run after adding or changing a setting (tests/test_settings_doc.py checks both).
docs-settings: sync
	$(PY) -m unspoken.settings_doc --write README.md
	$(PY) -m unspoken.settings_doc > docs/src/reference/settings.md

lint: sync
	.venv/bin/ruff check server tests
	.venv/bin/mypy

scan-enron: sync
	$(PY) -m unspoken.cli scan --eml-dir ../shared/data/enron/lay-k --me kenneth.lay@enron.com \
	  --me klay@enron.com --as-of 2001-12-01T00:00:00+00:00

# node and npm come from Debian when missing.
node:
	@command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm)

# The browser extension: the locked npm packages, then the build.
extension: node
	cd extension && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

# The deployment checks' tools live in their own environment, pinned with hashes
# (infra/check/requirements.txt), never in the app's lock.
TOOLS := .venv-tools
$(TOOLS)/.synced: infra/check/requirements.txt | $(UV)
	$(UV) venv --quiet --allow-existing --python python3 $(TOOLS)
	VIRTUAL_ENV=$(TOOLS) $(UV) pip install --quiet --require-hashes -r infra/check/requirements.txt
	touch $@

# Deployment files validated without a container engine (a few minutes): the Dockerfile
# (hadolint, checkov), the Helm chart rendered by Helm's own engine and validated against the
# Kubernetes schemas (infra/check/chart.py, checkov), compose against the Compose spec's schema,
# known vulnerabilities in the locked Python environment and the extension, the docs.
infra-check: $(TOOLS)/.synced node
	$(TOOLS)/bin/hadolint infra/Dockerfile
	$(TOOLS)/bin/python infra/check/chart.py
	$(TOOLS)/bin/check-jsonschema --builtin-schema vendor.compose-spec infra/compose.yaml
	$(TOOLS)/bin/python infra/check/compose.py
	$(TOOLS)/bin/checkov --config-file infra/check/checkov.yaml -f infra/Dockerfile --framework dockerfile
	$(TOOLS)/bin/checkov --config-file infra/check/checkov.yaml --framework kubernetes \
	  -d build/infra/rendered/managed-example
	$(TOOLS)/bin/python infra/check/supply_chain.py $(UV)
	$(MAKE) --no-print-directory docs

# The deployment guide (mkdocs-material), built strictly into build/site.
docs: $(TOOLS)/.synced
	NO_MKDOCS_2_WARNING=1 $(TOOLS)/bin/mkdocs build --strict --quiet -f docs/mkdocs.yml
