"""The package's layout holds: small modules, rooms that import only rooms below
them, and no import circle anywhere (at module level or inside a function)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tutor"
# lower numbers are lower rooms; a module may import its own room and those below
RANKS = {"errors": 0, "settings": 0, "text": 1, "storage": 1, "notes": 2, "search": 3, "coaching": 4,
         "dialogue": 5, "engine": 6, "cache": 7, "evaluation": 7, "terminal": 8, "__main__": 9, "__init__": 0}


def modules() -> dict[str, Path]:
    return {".".join(("tutor", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__"): p
            for p in PACKAGE.rglob("*.py")}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m in known and m != name}


def room(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_no_module_is_long():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400}
    assert not long


def test_rooms_import_only_rooms_below_them():
    mods = modules()
    wrong = []
    for name, path in mods.items():
        for other in imports_of(name, path, set(mods)):
            a, b = room(name), room(other)
            if a != b and (RANKS[b] >= RANKS[a] and RANKS[b] > 0):
                wrong.append(f"{name} imports {other}")
    assert not wrong


def test_no_import_circle():
    mods = modules()
    graph = {name: imports_of(name, path, set(mods)) for name, path in mods.items()}
    graph = {n: {m for m in deps if not n.startswith(m + ".")} for n, deps in graph.items()}  # a package's own __init__
    seen: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        seen[node] = 1
        stack.append(node)
        for dep in graph[node]:
            if seen.get(dep) == 1:
                raise AssertionError("import circle: " + " -> ".join(stack[stack.index(dep):] + [dep]))
            if dep not in seen:
                visit(dep)
        stack.pop()
        seen[node] = 2

    for name in graph:
        if name not in seen:
            visit(name)


def test_every_room_says_what_it_holds_and_may_import():
    for folder in (p for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc.lower(), folder.name


def test_top_level_keeps_a_handful_of_modules():
    assert len([p for p in PACKAGE.glob("*.py")]) <= 8
