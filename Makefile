# Every target bootstraps itself on a fresh machine that has only Python: uv from PyPI, then
# the locked environment. Nothing downloads a Python interpreter.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
UV := $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
PY := .venv/bin/python
SAMPLE := server/unspoken/sample

.PHONY: demo test bench eval lint scan-enron extension sync

$(UV):
	python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --quiet
	touch $@

sync: .venv/.synced

demo: sync
	$(PY) -m unspoken.cli scan --me sam@northwind-saas.com --mbox $(SAMPLE)/sample.mbox \
	  --ics $(SAMPLE)/sample.ics --as-of 2026-10-30T18:00:00+00:00

test: sync
	$(PY) -m pytest

bench: sync
	$(PY) -m bench

eval: sync
	$(PY) -m tests.signals.evaluate

lint: sync
	.venv/bin/ruff check server tests
	.venv/bin/mypy

scan-enron: sync
	$(PY) -m unspoken.cli scan --eml-dir ../shared/data/enron/lay-k --me kenneth.lay@enron.com \
	  --me klay@enron.com --as-of 2001-12-01T00:00:00+00:00
