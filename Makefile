# Routine commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install messages migrate content run test test-browser browser-deps html-checker-deps test-html lint format makemessages collectstatic clean bench bench-postgres bench-proxy bench-scale stack

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

# The suite in two pytest-xdist workers, each with its own test database, then the tests
# that start servers, Chromium or the HTML checker (some on fixed ports) in one process.
# PYTEST_WORKERS= runs the first part in one process too.
PYTEST_WORKERS ?= -n 2
SERVER_TESTS := tests/browser tests/html tests/stack astrakhan_portal/operations/tests/test_servers.py
test: messages
	bash scripts/browser-setup.sh --optional
	$(BIN)/python -m pytest $(PYTEST_WORKERS) $(addprefix --ignore=,$(SERVER_TESTS)) $(PYTEST_ARGS)
	$(BIN)/python -m pytest $(SERVER_TESTS) $(PYTEST_ARGS)

# Debian's Chromium (installed with apt-get when missing and run as root) and the pinned
# axe-core, for the browser tests; `make test` does this too (see docs/browser-tests.md).
browser-deps:
	bash scripts/browser-setup.sh

test-browser: messages browser-deps
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

# The W3C Nu HTML checker (Java + vnu-jar pinned in tests/html) and the test that
# validates every public page type in both languages with it; `make test` runs it too.
html-checker-deps:
	bash scripts/html-checker-setup.sh

test-html: messages html-checker-deps
	$(BIN)/python -m pytest tests/html $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# For translators and developers only (set-up never needs it): GNU gettext's xgettext and
# msgmerge (Debian: apt-get install gettext). Adds new strings to locale/*/django.po
# untranslated, keeps every translation, marks a translation whose message changed as
# fuzzy for review, and drops strings no longer used. The .po files are the only place
# translations live; the catalog tests fail until every new Russian string is translated.
makemessages: install
	@command -v msgmerge >/dev/null || { echo "makemessages needs GNU gettext (apt-get install gettext)"; exit 1; }
	$(MANAGE) makemessages --locale ru --locale en --extension html,txt,py,jinja --no-obsolete --ignore '.venv/*' --ignore '*/node_modules/*' --ignore 'build/*' --ignore 'scripts/*'
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

# The proxy cache against a static file through gunicorn, and publish-to-fresh times
# (needs PostgreSQL and Redis; installs Varnish and wrk when missing).
bench-proxy: messages
	$(BIN)/python scripts/bench_proxy.py $(BENCH_PROXY_ARGS)

# The same on PostgreSQL before and after generate_bench_content --news 10000 --projects 300,
# plus the news archive, sitemap, feed, search and the editors' save and publish.
bench-scale: messages
	$(BIN)/python scripts/bench.py --scale $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles build .pytest_cache

# The production topology on this machine: Varnish on http://127.0.0.1:8080/ in front of
# two gunicorn servers (production settings), PostgreSQL and Redis (docs/operations.md).
stack: messages
	$(BIN)/python scripts/stack.py
