"""Each module-level name of the library is bound once. The rule modules are long and written by
several hands; a second ``ROUND_NOUNS = ...`` further down silently replaces the first for every
rule that reads it (Python looks module globals up when a function runs), which is how three such
constants once took the wrong value. Functions and classes are covered too (ruff's F811 only sees
a redefinition when the first is unused)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import diplokg

SOURCES = sorted(Path(diplokg.__file__).parent.glob("*.py"))


def _module_level_bindings(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def _bound_twice(source: str) -> list[str]:
    counts = Counter(_module_level_bindings(ast.parse(source)))
    return sorted(name for name, n in counts.items() if n > 1)


def test_the_check_finds_a_constant_bound_twice():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    assert _bound_twice("A = 1\nB = 2\ndef f():\n    A = 3\n") == []


def test_every_library_module_binds_each_name_once():
    assert SOURCES, "no library modules found"
    twice = {path.name: _bound_twice(path.read_text(encoding="utf-8")) for path in SOURCES}
    assert {name: names for name, names in twice.items() if names} == {}
