"""The layout holds: no import cycle, no private name borrowed across units, the command line on
the public API only, and modules and functions of a size a reader can hold."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ykcheck

SRC = Path(ykcheck.__file__).resolve().parent
MODULES = sorted(SRC.rglob("*.py"))


def _name(path: Path) -> str:
    parts = ["ykcheck", *path.relative_to(SRC).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(path: Path) -> str:
    name = _name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names taken from it) for every import of ``path`` that runs (those
    under ``if TYPE_CHECKING`` are for annotations only)."""
    found: list[tuple[str, list[str]]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, []) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = _package(path).split(".")
                    base = base[: len(base) - child.level + 1]
                    module = ".".join([*base, child.module] if child.module else base)
                else:
                    module = child.module or ""
                found.append((module, [alias.name for alias in child.names]))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _graph() -> dict[str, set[str]]:
    names = {_name(p) for p in MODULES}
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        edges = set()
        for module, taken in _imports(path):
            for target in [module, *(f"{module}.{t}" for t in taken)]:
                if target in names and target != _name(path):
                    edges.add(target)
        graph[_name(path)] = edges
    return graph


def _unit(module: str) -> str:
    """The unit a module belongs to: its subpackage (ykcheck._io), or itself."""
    parts = module.split(".")
    return ".".join(parts[:2])


def test_the_walk_finds_the_modules():
    """The walk sees every layer, so the tests below check something."""
    graph = _graph()
    assert {"ykcheck._model", "ykcheck._io.load", "ykcheck._extract.scan", "ykcheck._cli"} <= set(
        graph
    )
    assert "ykcheck._model" in graph["ykcheck._evaluate"]


def test_no_import_cycle():
    """No module imports, directly or through others, one that imports it."""
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)


def test_layers_point_one_way():
    """The model reads no text and renders nothing; judging renders nothing; no library module
    imports the command line."""
    graph = _graph()
    assert not graph["ykcheck._model"] & {"ykcheck._phrases", "ykcheck._numbers", "ykcheck._report"}
    for module, edges in graph.items():
        if not module.startswith(("ykcheck._cli", "ykcheck.__main__")):
            assert not any(e.startswith("ykcheck._cli") for e in edges), module
        if module.startswith(("ykcheck._evaluate", "ykcheck._grade", "ykcheck._model")):
            assert not any(e.startswith("ykcheck._render") for e in edges), module


def test_no_private_name_borrowed_across_units():
    """A name with a leading underscore is used only inside its own unit (module or package)."""
    borrowed = []
    for path in MODULES:
        for module, taken in _imports(path):
            if not module.startswith("ykcheck"):
                continue
            if _unit(module) == _unit(_name(path)):
                continue
            borrowed += [f"{_name(path)}: {module}.{t}" for t in taken if t.startswith("_")]
    assert borrowed == []


def test_the_command_line_uses_the_public_api_only():
    """The CLI imports ykcheck itself (and its own modules), and uses only names in __all__."""
    for path in sorted((SRC / "_cli").glob("*.py")):
        for module, _ in _imports(path):
            if module.startswith("ykcheck"):
                assert module == "ykcheck" or module.startswith("ykcheck._cli"), (path, module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {
            node.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "ykcheck"
        }
        if path.name in ("judge.py", "extract.py"):
            assert used, path.name  # the walk sees the calls
        assert used <= set(ykcheck.__all__), (path.name, used - set(ykcheck.__all__))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_stay_small(path):
    """No module over 500 lines, no function over 60."""
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= 500
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            assert node.end_lineno - node.lineno + 1 <= 60, node.name


def test_every_package_is_installed():
    """pyproject.toml lists every package of the source tree: a plain (not editable) install
    leaves out a subpackage it does not list, and the installed command then fails."""
    import tomllib

    with (SRC.parent.parent / "pyproject.toml").open("rb") as f:
        listed = set(tomllib.load(f)["tool"]["setuptools"]["packages"])
    found = {_name(p) for p in SRC.rglob("__init__.py")}
    assert found <= listed, found - listed
