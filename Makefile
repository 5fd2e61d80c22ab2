# Every target bootstraps itself on a fresh machine that has only Python: uv from PyPI, then
# the locked environment. Nothing downloads a Python interpreter.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
UV := $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
PY := .venv/bin/python
SAMPLE := server/unspoken/sample

.PHONY: demo scan-demo backtest-demo test bench eval lint scan-enron extension sync

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
	$(PY) -m unspoken.bench.google
	$(PY) -m unspoken.bench.microsoft
	cd extension && npm run --silent bench

eval: sync
	$(PY) -m tests.signals.evaluate

lint: sync
	.venv/bin/ruff check server tests
	.venv/bin/mypy

scan-enron: sync
	$(PY) -m unspoken.cli scan --eml-dir ../shared/data/enron/lay-k --me kenneth.lay@enron.com \
	  --me klay@enron.com --as-of 2001-12-01T00:00:00+00:00

# The browser extension: node and npm come from Debian when missing, then the locked npm packages.
extension:
	@command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm)
	cd extension && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build
