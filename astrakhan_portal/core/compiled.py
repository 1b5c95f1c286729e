"""The reads every page makes, compiled from the ORM to SQL once per process.

Most of what a small Django query costs is building the queryset and compiling
it to SQL, not the database: the site's row (``core.sites``) cost 2.3 ms of
CPU, of which 0.14 ms was the database's answer. The reads made for every page
(the site, the menu's sections, the page at an address, the page as its own
type, the footer's links) have a fixed shape that differs only in a few values
(a host name, a tree path, a key). :class:`CompiledRead` builds such a
queryset once per process, language and shape with stand-in values, keeps the
SQL Django compiled for it and the positions of the stand-ins among its
parameters, and from then on runs that SQL with the request's values through
Django's own cursor (so the query counts, the statement timeout and the
database's error handling are the same as for any query).

It keeps SQL text only, never data: what a read answers is always the
database's answer of the moment, so nothing here can be stale after a publish.

A read is declared with the function that builds its queryset and the type of
each value it takes::

    SECTIONS = CompiledRead(
        lambda path, depth: plain_rows(Page).filter(path__startswith=path, depth=depth).values("id"),
        path=str, depth=int,
    )
    SECTIONS(path="00010001", depth=3)  # [{"id": 3}, ...]

A value is used as an exact comparison (``field=value``) or, for a string, as
a ``__startswith`` prefix; anything else (a value Django transforms, a list
whose length changes the SQL) is refused when the read is first compiled, so a
read that cannot be compiled safely fails in the tests, not on a visitor. A
``shape`` argument (a model, a set of filters) selects one compiled SQL among
several built by the same function; a value given as None is passed to the
function as None (an optional filter left out) and selects a SQL of its own.
docs/performance.md ("Compiled reads").
"""

import datetime

from django.db import connections
from django.utils.translation import get_language
from modeltranslation.manager import MultilingualQuerySet

# Stand-in values: integers inside every integer column's range (Django treats a
# value outside a column's range as matching nothing), strings and dates no value has.
INT_STAND_IN = 2_000_000_011
STR_STAND_IN = "\x1fportal-stand-in-{}\x1f"
DATE_STAND_IN = datetime.date(1001, 2, 3)


def stand_in(kind, index):
    if kind is int:
        return INT_STAND_IN + index * 7919
    if kind is str:
        return STR_STAND_IN.format(index)
    if kind is datetime.date:
        return DATE_STAND_IN + datetime.timedelta(days=index)
    raise TypeError(f"a compiled read takes int, str or date values, not {kind}")


def as_parameter(value, connection):
    """``value`` as Django hands it to the database driver (a date as text on SQLite)."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return connection.ops.adapt_datefield_value(value)
    return value


ROW_KINDS = ("dicts", "tuples", "objects")


# Compiled statements kept per read (one per language, shape and set of values given):
# a listing's page numbers are shapes, so the number is bounded.
MAX_PLANS = 256


class ReadNotCompilable(ValueError):
    """The read's values do not reach its SQL as plain parameters."""


class CompiledRead:
    """A read of fixed shape whose SQL is compiled once per process, language and shape;
    its values are ``int``, ``str`` or ``datetime.date``."""

    def __init__(self, build, rows="dicts", **value_types):
        if rows not in ROW_KINDS:
            raise ValueError(f"rows is one of {ROW_KINDS}")
        self.build = build
        self.rows = rows
        self.value_types = value_types
        self.plans = {}

    def __call__(self, shape=None, using="default", **values):
        """The rows for ``values``, as the built queryset would answer them: dicts for a
        ``.values()`` read, tuples for ``.values_list()``, model objects for "objects"."""
        if values.keys() != self.value_types.keys():
            raise TypeError(f"expected the values {sorted(self.value_types)}, got {sorted(values)}")
        connection = connections[using]
        absent = tuple(name for name, value in values.items() if value is None)
        key = (using, connection.vendor, get_language(), shape, absent)
        plan = self.plans.get(key)
        if plan is None:
            if len(self.plans) >= MAX_PLANS:  # many shapes (page numbers): start again
                self.plans.clear()
            plan = self.plans[key] = Plan(self.build_with_stand_ins(shape, absent), self.rows, connection)
        return plan.run(connection, values)

    def build_with_stand_ins(self, shape, absent):
        stand_ins = {
            name: stand_in(kind, index)
            for index, (name, kind) in enumerate(self.value_types.items())
            if name not in absent
        }
        arguments = {**dict.fromkeys(absent), **stand_ins}
        queryset = self.build(**arguments) if shape is None else self.build(shape, **arguments)
        return queryset, stand_ins


class Plan:
    """One compiled SQL statement, where its values go, and how its rows are made."""

    def __init__(self, built, kind, connection):
        queryset, stand_ins = built
        query = queryset.query
        if query.select_related:
            raise ReadNotCompilable("a compiled read cannot follow relations (select_related)")
        if (kind == "objects") != query.default_cols:  # a .values() read selects no model
            raise ReadNotCompilable(f"the queryset does not read {kind}")
        if kind != "objects" and isinstance(queryset, MultilingualQuerySet):
            # Its .values() fills untranslated fields from Russian after reading: use plain_rows.
            raise ReadNotCompilable("read columns through core.rows.plain_rows, not a translated manager")
        compiler = queryset.query.get_compiler(connection=connection)
        self.sql, params = compiler.as_sql()
        self.params = list(params)
        self.slots = self.find_slots(
            {name: as_parameter(value, connection) for name, value in stand_ins.items()}
        )
        self.col_count = compiler.col_count
        self.converters = list(
            compiler.get_converters([s[0] for s in compiler.select[: compiler.col_count]]).items()
        )
        self.make_rows = self.row_maker(kind, queryset, compiler)

    def find_slots(self, stand_ins):
        """(position, name, how) of each value's place among the parameters: ``how`` is
        "prefix" for a ``__startswith`` pattern, the type Django wrapped the value in
        (psycopg's ``Int4`` for an integer column on PostgreSQL), or None."""
        slots, used = [], set()
        for position, param in enumerate(self.params):
            for name, stand_in in stand_ins.items():
                if param == stand_in and isinstance(param, type(stand_in)):
                    slots.append((position, name, None if type(param) is type(stand_in) else type(param)))
                elif isinstance(param, str) and isinstance(stand_in, str) and stand_in in param:
                    if param != stand_in + "%":
                        raise ReadNotCompilable(f"{name} reaches the SQL transformed ({param!r})")
                    slots.append((position, name, "prefix"))
                else:
                    continue
                used.add(name)
        for name, stand_in in stand_ins.items():
            if str(stand_in) in self.sql:
                raise ReadNotCompilable(f"{name} is written into the SQL text")
        if used != set(stand_ins):
            raise ReadNotCompilable(f"the values {sorted(set(stand_ins) - used)} do not reach the SQL")
        return slots

    def row_maker(self, kind, queryset, compiler):
        if kind == "dicts":
            query = queryset.query
            names = (
                list(query.selected)
                if query.selected
                else [*query.extra_select, *query.values_select, *query.annotation_select]
            )
            return lambda rows: [dict(zip(names, row, strict=True)) for row in rows]
        if kind == "tuples":
            return lambda rows: [tuple(row) for row in rows]
        klass_info = compiler.klass_info
        model = klass_info["model"]
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        init_list = [column[0].target.attname for column in compiler.select[start:end]]
        annotations = list(compiler.annotation_col_map.items())
        db = queryset.db

        def make(rows):
            objects = []
            for row in rows:
                obj = model.from_db(db, init_list, row[start:end])
                for name, position in annotations:
                    setattr(obj, name, row[position])
                objects.append(obj)
            return objects

        return make

    def run(self, connection, values):
        params = list(self.params)
        for position, name, how in self.slots:
            value = values[name]
            if how == "prefix":
                params[position] = connection.ops.prep_for_like_query(value) + "%"
            else:
                value = as_parameter(value, connection)
                params[position] = value if how is None else how(value)
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters or len(rows) and len(rows[0]) != self.col_count:
            rows = list(self.convert(rows, connection))
        return self.make_rows(rows)

    def convert(self, rows, connection):
        for row in rows:
            row = list(row[: self.col_count])
            for position, (converters, expression) in self.converters:
                value = row[position]
                for converter in converters:
                    value = converter(value, expression, connection)
                row[position] = value
            yield row
