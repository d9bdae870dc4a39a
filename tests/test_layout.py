"""The layout's rules, checked on the source: imports flow one way and never in a circle.

Every ``import`` and ``from … import`` of ``crawler/``, ``spiders/``, ``pipelines/`` and
``scheduler.py`` counts, those inside functions too (a late import is still a dependency). A
module depends on each project module it names; ``from crawler.x import y`` depends on
``crawler.x.y`` when that is a module, else on ``crawler.x``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOP = ("crawler", "spiders", "pipelines")
#: The shared ground: these may import nothing but one another.
GROUND = {"crawler", "crawler.controls", "crawler.dates", "crawler.errors", "crawler.imports",
          "crawler.items", "crawler.lock", "crawler.regions", "crawler.registry",
          "crawler.settings", "crawler.spreadsheets", "crawler.store", "crawler.urls"}


def project_modules() -> dict[str, Path]:
    modules = {"scheduler": ROOT / "scheduler.py"}
    for top in TOP:
        for path in (ROOT / top).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imports_of(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imports_of(path, name, modules) for name, path in modules.items()}


def test_no_import_cycles(graph: dict[str, set[str]]) -> None:
    # Tarjan's strongly connected components: any component of two or more modules is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == []


def test_only_the_entry_points_import_the_cli(graph: dict[str, set[str]]) -> None:
    offenders = {name: sorted(t for t in targets if t == "crawler.cli" or t.startswith("crawler.cli."))
                 for name, targets in graph.items()
                 if name not in ("crawler.__main__", "scheduler") and not name.startswith("crawler.cli")}
    assert {name: t for name, t in offenders.items() if t} == {}


def test_the_shared_ground_imports_only_the_shared_ground(graph: dict[str, set[str]]) -> None:
    offenders = {name: sorted(graph[name] - GROUND) for name in GROUND if graph[name] - GROUND}
    assert offenders == {}


def test_the_checker_sees_a_cycle(tmp_path: Path) -> None:
    """The walk itself: a made-up pair of modules importing each other is found."""
    (tmp_path / "a.py").write_text("from b import x\n")
    (tmp_path / "b.py").write_text("def f():\n    import a\n")
    modules = {"a": tmp_path / "a.py", "b": tmp_path / "b.py"}
    assert imports_of(modules["a"], "a", modules) == {"b"}
    assert imports_of(modules["b"], "b", modules) == {"a"}


def names_bound_twice(source: str) -> list[str]:
    """The module-level names a module binds twice (``_X = …`` twice, a function defined again):
    two branches that each add a ``_HEARSAY`` merge without a conflict, and the later one silently
    replaces the earlier one's pattern for every caller."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_no_module_binds_a_name_twice() -> None:
    twice = {name: found for name, path in project_modules().items()
             if (found := names_bound_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}, twice


def test_the_checker_sees_a_name_bound_twice() -> None:
    assert names_bound_twice("import re\n_A = re.compile('a')\ndef f():\n    _A = 1\n_A = re.compile('b')\n") == ["_A"]
    assert names_bound_twice("_A = 1\n_B: int = 2\n") == []
