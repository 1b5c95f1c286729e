# Routine commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install messages migrate content run test test-browser browser-deps lint format makemessages collectstatic clean bench bench-postgres bench-scale

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

messages: install
	$(MANAGE) compile_catalogs

migrate: messages
	$(MANAGE) migrate --noinput

content: migrate
	$(MANAGE) load_initial_content
	$(MANAGE) rebuild_search_entries

run: content
	$(MANAGE) ensure_dev_admin --url http://$(HOST):$(PORT)/admin/
	$(MANAGE) runserver $(HOST):$(PORT)

test: messages
	bash scripts/browser-setup.sh --optional
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Debian's Chromium (installed with apt-get when missing and run as root) and the pinned
# axe-core, for the browser tests; `make test` does this too (see docs/browser-tests.md).
browser-deps:
	bash scripts/browser-setup.sh

test-browser: messages browser-deps
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext's xgettext (developers only; set-up never needs it).
makemessages: install
	$(MANAGE) makemessages --locale ru --locale en --no-obsolete --ignore '.venv/*' --ignore '*/node_modules/*' --ignore 'build/*' --ignore 'scripts/*'
	$(BIN)/python scripts/fill_catalogs.py
	$(MANAGE) compile_catalogs

collectstatic: install
	$(MANAGE) collectstatic --noinput

# Cold renders of every page type under gunicorn with the production settings and no
# cache; fails when a budget is missed (docs/performance.md).
DB ?= sqlite
bench: messages
	$(BIN)/python scripts/bench.py --db $(DB) $(BENCH_ARGS)

bench-postgres:
	$(MAKE) bench DB=postgres

# The same on PostgreSQL before and after generate_bench_content --news 10000 --projects 300,
# plus the news archive, sitemap, feed, search and the editors' save and publish.
bench-scale: messages
	$(BIN)/python scripts/bench.py --scale $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles build .pytest_cache
