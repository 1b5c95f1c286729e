"""The layout rules of docs/architecture.md, checked on the source code.

A maintainer who adds an import that breaks the layout sees this test fail with
the file, the line and the rule:

- a content app (an app with page types: home, standard, news, events,
  projects, partners…) imports no other content app, except ``partners``
  (the partner countries every content type may point at), and of the
  site-wide apps only ``astrakhan_portal.core``;
- ``astrakhan_portal.core``, the shared building blocks, imports no content app;
- no import cycle between apps.

The code of the running site is read (every .py file of our apps, parsed, with
imports inside functions too); migrations, test modules and test helpers are
left out, since the site never imports them.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from wagtail.models import Page

ROOT = Path(__file__).resolve().parent.parent
CORE = "astrakhan_portal.core"
SHARED_CONTENT_APP = "partners"


def project_apps():
    """{module name: app config} of our own apps (those whose code lives in this repository)."""
    return {
        config.name: config
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(ROOT) and ".venv" not in Path(config.path).parts
    }


def content_apps():
    """Our apps that define page types."""
    return {
        config.name
        for config in project_apps().values()
        if any(issubclass(model, Page) and model is not Page for model in config.get_models())
    }


def app_of(module, app_names):
    """The app a dotted module name belongs to (the longest matching app name), or None."""
    matches = [name for name in app_names if module == name or module.startswith(name + ".")]
    return max(matches, key=len) if matches else None


def site_files(config):
    """The app's .py files that the running site may import."""
    for path in sorted(Path(config.path).rglob("*.py")):
        parts = path.relative_to(config.path).parts
        if "migrations" in parts or "tests" in parts or path.name.startswith("test_"):
            continue
        yield path


def imported_modules(path, package):
    """(line, dotted module) for every import statement of a file, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from .models import X, from .. import y
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            yield node.lineno, module
            # "from package import module" imports package.module.
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


def app_imports():
    """[(importing app, imported app, "file:line")] between different apps of ours."""
    configs = project_apps()
    names = set(configs)
    found = {}
    for name, config in configs.items():
        for path in site_files(config):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            package = module if path.name == "__init__.py" else module.rpartition(".")[0]
            for line, imported in imported_modules(path, package):
                target = app_of(imported, names)
                if target and target != name:
                    found[(name, target, f"{path.relative_to(ROOT)}:{line}")] = None
    return list(found)


def cycles(edges):
    """The groups of apps that import one another, directly or not (Tarjan's algorithm)."""
    graph = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
        graph.setdefault(target, set())
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_rules_see_our_apps_and_their_imports():
    """The checks below would pass vacuously if they saw no apps or no imports."""
    assert {
        "home",
        "standard",
        "news",
        "events",
        "projects",
        "partners",
        "universities",
        "monuments",
    } <= content_apps()
    assert CORE in project_apps()
    assert CORE not in content_apps()
    assert ("news", CORE) in {(source, target) for source, target, _ in app_imports()}


def test_a_content_app_imports_no_other_content_app_but_partners():
    content = content_apps()
    forbidden = [
        f"{where}: {source} imports {target}"
        for source, target, where in app_imports()
        if source in content and target in content and target != SHARED_CONTENT_APP
    ]
    assert not forbidden, "\n".join(forbidden)


def test_a_content_app_imports_none_of_the_site_wide_features():
    """Of our apps a content app imports only ``core`` and ``partners``: the site-wide
    features (navigation, seo, search...) build on the content apps, not the reverse."""
    content = content_apps()
    forbidden = [
        f"{where}: {source} imports {target}"
        for source, target, where in app_imports()
        if source in content and target not in content and target != CORE
    ]
    assert not forbidden, "\n".join(forbidden)


def test_core_imports_no_content_app():
    content = content_apps()
    forbidden = [
        f"{where}: {source} imports {target}"
        for source, target, where in app_imports()
        if source == CORE and target in content
    ]
    assert not forbidden, "\n".join(forbidden)


def test_no_import_cycle_between_apps():
    found = app_imports()
    groups = cycles((source, target) for source, target, _ in found)
    if groups:
        lines = []
        for group in groups:
            lines.append("cycle between " + ", ".join(group) + ":")
            lines += [
                f"  {where}: {source} imports {target}"
                for source, target, where in found
                if source in group and target in group
            ]
        pytest.fail("\n".join(lines))


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ([("a", "b"), ("b", "c")], []),
        ([("a", "b"), ("b", "a")], [["a", "b"]]),
        ([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")], [["a", "b", "c"]]),
    ],
)
def test_the_cycle_finder_finds_indirect_cycles(edges, expected):
    assert cycles(edges) == expected
