"""The package's import graph, read with ``ast``: no import cycle, no classifier module or classifier stage over
450 lines, and the classifier's four stages importing neither each other nor the runner.

Every import counts, at module level or inside a function (a deferred import is still a dependency). Run as a
script, it prints every module's size and imports, the cycles and the stages that import another stage:
``python tests/test_house.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
LIMIT = 450
CLASSIFIER_STAGES = ("pipeline.train", "pipeline.evaluate", "pipeline.code", "pipeline.review")
RUNNER = ("pipeline.job", "pipeline.__main__")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, known: set[str]) -> set[str]:
    """The package's modules that the file imports (``from pipeline.x import y`` is ``pipeline.x.y`` when that
    is a module, else ``pipeline.x``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module in known:
            for alias in node.names:
                found.add(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known else node.module)
    found.discard(module_name(path))
    return found


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports(path, known) - {"pipeline"} for name, path in found.items()}


def sizes() -> dict[str, int]:
    return {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), or of one that imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in edges.get(node, ()):
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def stages() -> set[str]:
    """The stages: the runner's list (``pipeline.job.STAGES``) and ``pipeline.evaluate``, which runs on its own."""
    from pipeline.job import STAGES

    return {f"pipeline.{stage}" for stage in STAGES} | {"pipeline.evaluate"}


def classifier_modules() -> list[str]:
    return [name for name in modules() if name == "pipeline.classifier" or name.startswith("pipeline.classifier.")]


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_the_classifier_and_its_stages_are_under_the_limit() -> None:
    lengths = sizes()
    over = {name: lengths[name] for name in [*classifier_modules(), *CLASSIFIER_STAGES] if lengths[name] > LIMIT}
    assert over == {}


def test_the_classifier_stages_import_no_stage_of_theirs_and_no_runner() -> None:
    edges = graph()
    for stage in CLASSIFIER_STAGES:
        assert not edges[stage] & {*CLASSIFIER_STAGES, *RUNNER}, stage
    # and the classifier imports no stage at all: it is what the stages share
    for name in classifier_modules():
        assert not edges[name] & (stages() | set(RUNNER)), name


def main() -> None:
    edges, lengths, named = graph(), sizes(), stages()
    print(f"{len(edges)} modules, {sum(lengths.values())} lines; over {LIMIT} lines:")
    for name, length in sorted(lengths.items(), key=lambda item: -item[1]):
        if length > LIMIT:
            print(f"  {length:5d}  {name}")
    print("classifier package and its stages:")
    for name in [*classifier_modules(), *CLASSIFIER_STAGES]:
        inside = sorted(target.removeprefix("pipeline.") for target in edges[name])
        print(f"  {lengths[name]:5d}  {name}: {', '.join(inside) or '-'}")
    print("cycles:", cycles(edges) or "none")
    print("stages importing another stage or the runner:")
    for name in sorted(named):
        others = sorted(edges[name] & ((named | set(RUNNER)) - {name}))
        if others:
            print(f"  {name} -> {', '.join(others)}")


if __name__ == "__main__":
    main()
