"""The site's code does not patch libraries or lean on their private parts (issue 14).

A maintainer upgrading Django, Wagtail or wagtail-modeltranslation must be able
to trust that nothing in the site replaces a library's method at start-up or at
run time, nor reads a library's private attribute, except in the one override
module, ``astrakhan_portal/core/overrides.py``, where each override says why it
is needed, what it depends on, and what fix to offer upstream (each one has a
test that fails when the library changes under it).

This test reads the site's source (not the tests, not migrations) and fails on:

- an assignment to an attribute of an imported module or class
  (``HomePage.route = ...``, ``setattr(Page, ...)``), or of any object when the
  value is a function (``parent.get_children = lambda: ...``): a patch;
- a ``_private`` attribute of something other than ``self``/``cls``
  (``qs._result_cache``, ``Page._get_path``, ``getattr(page, "_cached_parent_obj")``);
- a ``_private`` method of a library class overridden in a subclass
  (``def _post_clean`` in a form), or a library class's ``_private`` attribute
  read through ``self``.

``ALLOWED`` lists the private names allowed anyway, each with its reason.
"""

import ast
import importlib
import inspect
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUR_PACKAGES = (
    "astrakhan_portal",
    "events",
    "home",
    "monuments",
    "news",
    "partners",
    "projects",
    "standard",
    "universities",
)
OVERRIDES = ROOT / "astrakhan_portal" / "core" / "overrides.py"

ALLOWED = {
    "_meta": "Django's documented model metadata API (Model._meta, Options).",
}


def site_sources():
    """Every module of the site's code: the apps, scripts and settings, without tests and migrations."""
    for package in OUR_PACKAGES + ("scripts",):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).parts
            if "migrations" in parts or "tests" in parts or path.name.startswith("test_"):
                continue
            if path.name in ("testing.py", "conftest.py") or path == OVERRIDES:
                continue
            yield path


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def is_function(value, functions):
    """Whether ``value`` (an expression) is a lambda or a function defined in the module."""
    return isinstance(value, ast.Lambda) or (isinstance(value, ast.Name) and value.id in functions)


def is_call_of(node, name):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def is_ours(module_name):
    return (module_name or "").split(".")[0] in OUR_PACKAGES or not module_name


class Checker(ast.NodeVisitor):
    """Collects the patches and private uses in one module's source."""

    def __init__(self, module=None, own_names=frozenset()):
        self.module = module  # the imported module, to look up classes' bases
        self.own_names = own_names  # private names the site's own code defines or sets
        self.problems = []
        self.imported = set()
        self.functions = set()
        self.classes = []

    def report(self, node, message):
        self.problems.append(f"line {node.lineno}: {message}")

    def visit_Import(self, node):
        for alias in node.names:
            self.imported.add((alias.asname or alias.name).split(".")[0])

    def visit_ImportFrom(self, node):
        for alias in node.names:
            self.imported.add(alias.asname or alias.name)

    def visit_FunctionDef(self, node):
        self.functions.add(node.name)
        if self.classes and is_private(node.name) and node.name not in ALLOWED:
            base = self.library_class_defining(node.name)
            if base is not None:
                self.report(node, f"overrides {base.__module__}.{base.__qualname__}.{node.name}")
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def library_class_defining(self, name):
        """The library class among the current class's bases that defines ``name``, if any."""
        cls = getattr(self.module, self.classes[-1], None) if self.module else None
        if not inspect.isclass(cls):
            return None
        for base in cls.__mro__[1:]:
            if not is_ours(base.__module__) and base.__module__ != "builtins" and name in vars(base):
                return base
        return None

    def check_target(self, target, value):
        if isinstance(target, ast.Attribute):
            root = target.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in self.imported:
                self.report(target, f"assigns to {ast.unparse(target)} (an imported module or class)")
            elif is_function(value, self.functions) and not (
                isinstance(target.value, ast.Name) and target.value.id in ("self", "cls")
            ):
                self.report(target, f"replaces the method {ast.unparse(target)}")

    def visit_Assign(self, node):
        for target in node.targets:
            self.check_target(target, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        self.check_target(node.target, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node):
        self.check_target(node.target, node.value)
        self.generic_visit(node)

    def visit_Delete(self, node):
        for target in node.targets:
            if isinstance(target, ast.Attribute) and not (
                isinstance(target.value, ast.Name) and target.value.id in ("self", "cls")
            ):
                self.report(target, f"deletes {ast.unparse(target)}")
        self.generic_visit(node)

    def visit_Call(self, node):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name in ("setattr", "delattr") and node.args:
            obj = node.args[0]
            if isinstance(obj, ast.Name) and obj.id in self.imported:
                self.report(node, f"{name} on {obj.id} (an imported module or class)")
        if name in ("getattr", "setattr", "hasattr", "delattr") and len(node.args) > 1:
            attr = node.args[1]
            if isinstance(attr, ast.Constant) and isinstance(attr.value, str):
                self.check_private(node, node.args[0], attr.value)
        self.generic_visit(node)

    def visit_Attribute(self, node):
        self.check_private(node, node.value, node.attr)
        self.generic_visit(node)

    def check_private(self, node, owner, attr):
        if not is_private(attr) or attr in ALLOWED:
            return
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            if self.classes and self.library_class_defining(attr) is not None:
                self.report(node, f"uses the library's private {attr} through {owner.id}")
            elif attr not in self.own_names:
                self.report(node, f"uses {attr}, which the site's code never sets (a library's?)")
            return
        self.report(node, f"uses the private attribute {attr} of {ast.unparse(owner)}")


def own_private_names(source):
    """The private names a module defines (methods, class attributes) or sets on ``self``/``cls``."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                names.add(node.attr)
        elif is_call_of(node, "setattr") and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            names.add(node.args[1].value)
    return {name for name in names if isinstance(name, str) and is_private(name)}


def problems_in(source, module=None, own_names=None):
    checker = Checker(module, own_private_names(source) if own_names is None else own_names)
    checker.visit(ast.parse(source))
    return checker.problems


def module_name(path):
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_the_site_patches_no_library_and_reads_no_private_attribute():
    sources = {path: path.read_text() for path in site_sources()}
    own_names = set().union(*(own_private_names(source) for source in sources.values()))
    found = {}
    for path, source in sources.items():
        module = None
        if path.parts[len(ROOT.parts)] != "scripts" and "settings" not in path.parts:
            # Imported to see the classes' bases; not settings modules (importing one would
            # change the lists the running settings share) nor scripts (run on their own).
            module = importlib.import_module(module_name(path))
        problems = problems_in(source, module, own_names)
        if problems:
            found[str(path.relative_to(ROOT))] = problems
    assert not found, "Patches or private uses outside core/overrides.py:\n" + "\n".join(
        f"{path}: {problem}" for path, problems in found.items() for problem in problems
    )


def test_the_check_sees_the_scanned_code():
    paths = {str(path.relative_to(ROOT)) for path in site_sources()}
    assert "astrakhan_portal/core/routing.py" in paths
    assert "astrakhan_portal/initial_content/management/commands/generate_bench_content.py" in paths
    assert "astrakhan_portal/core/overrides.py" not in paths


# Patches this project once had: each must be reported.
PATCHES = {
    "routing at start-up": """
from home.models import HomePage
def route(self, request, path_components):
    pass
HomePage.route = route
""",
    "a setattr on a library class": """
from wagtail.models import Page
setattr(Page, "route", None)
""",
    "a queryset filled by hand": """
def pages(queryset, rows):
    queryset._result_cache = rows
    queryset._prefetch_done = True
""",
    "treebeard's private path helpers": """
from wagtail.models import Page
def path(parent, last):
    return Page._get_path(parent.path, 3, last._get_lastpos_in_path() + 1)
""",
    "a private manager method": """
def insert(model, rows):
    model._base_manager._insert(rows, fields=[])
""",
    "a method replaced on an instance": """
def narrow(parent, narrowed):
    parent.get_children = lambda: narrowed
""",
    "a private attribute read by name": """
def parent_known(page):
    return getattr(page, "_cached_parent_obj", None)
""",
    "a library's private attribute read through self": """
class Page:
    def parent_known(self):
        return getattr(self, "_cached_parent_obj", None)
""",
}


@pytest.mark.parametrize("source", PATCHES.values(), ids=PATCHES.keys())
def test_the_check_fails_on_a_patch(source):
    assert problems_in(source)


def test_the_check_fails_on_an_override_of_a_private_django_method():
    import types

    source = """
from django import forms

class Form(forms.Form):
    def _post_clean(self):
        pass
"""
    module = types.ModuleType("example")
    exec(compile(source, "example", "exec"), module.__dict__)
    problems = problems_in(source, module)
    assert any("_post_clean" in problem for problem in problems)
    assert not problems_in("class Own:\n    def _helper(self):\n        return self._helper\n")
