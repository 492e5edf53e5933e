"""The README and the docs pages: every relative link lands, the README stays short, docs/errors.md names real tests.

The site itself is built by `python3 tasks.py test` (`mkdocs build --strict`); these checks need no build, so
a broken link is found in a second, and on GitHub as well as in the site.
"""

from __future__ import annotations

import html
import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

PROJECT = Path(__file__).resolve().parents[1]
DOCS = PROJECT / "docs"
README = PROJECT / "README.md"
PAGES = sorted(DOCS.glob("*.md"))
GENERATED = "codebook.md"  # made from config/codebook.yaml by docs/hooks/codebook.py when the site is built

FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
CODE_SPAN = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[(?:[^\]\n]|\n(?!\n))*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
HTML_ID = re.compile(r"""<a\s+id=["']([^"']+)["']""")


def generated_codebook() -> str:
    """The codebook page as the hook writes it, from the codebook as it is now."""
    spec = importlib.util.spec_from_file_location("codebook_hook", DOCS / "hooks" / "codebook.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    text: str = hook.markdown(yaml.safe_load((PROJECT / "config" / "codebook.yaml").read_text(encoding="utf-8")))
    return text


def prose(markdown: str) -> str:
    """The text with fenced blocks and code spans removed: a path shown as code is not a link."""
    return CODE_SPAN.sub("", FENCE.sub("", markdown))


def slug(heading: str) -> str:
    """The anchor MkDocs gives a heading (Python-Markdown's toc slugify, after the heading is rendered)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = html.unescape(re.sub(r"<[^>]+>", "", text.replace("`", "").replace("*", "")))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def anchors(markdown: str) -> set[str]:
    found: set[str] = set(HTML_ID.findall(markdown))
    for heading in HEADING.findall(FENCE.sub("", markdown)):
        anchor, n = slug(heading), 0
        while (anchor if n == 0 else f"{anchor}_{n}") in found:
            n += 1
        found.add(anchor if n == 0 else f"{anchor}_{n}")
    return found


def links(path: Path) -> list[str]:
    return [
        target
        for target in LINK.findall(prose(path.read_text(encoding="utf-8")))
        if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # https:, mailto: are not files
    ]


def test_the_two_pages_the_site_makes_are_not_committed() -> None:
    assert not (DOCS / GENERATED).exists(), "docs/codebook.md is made at build time; a committed copy would drift"
    assert "## " in generated_codebook()


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: str(p.relative_to(PROJECT)))
def test_every_relative_link_lands_on_a_file_and_an_anchor_there(page: Path) -> None:
    codebook = generated_codebook()
    broken = []
    for target in links(page):
        path, _, anchor = target.partition("#")
        if not path:
            file, text = page, page.read_text(encoding="utf-8")
        else:
            file = (page.parent / path).resolve()
            if file == DOCS / GENERATED:
                text = codebook
            elif file.is_file():
                text = file.read_text(encoding="utf-8") if file.suffix == ".md" else ""
            else:
                broken.append(f"{target}: no such file")
                continue
        if page.parent == DOCS and not (file.is_relative_to(DOCS) or file.parent == PROJECT / "notebooks"):
            broken.append(f"{target}: outside docs/, so not in the site (name it as code instead)")
        if anchor and anchor not in anchors(text):
            broken.append(f"{target}: no heading or anchor '#{anchor}' in {file.name}")
    assert not broken, broken


def test_the_readme_is_short_and_gives_the_two_commands() -> None:
    readme = README.read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) < 8 * 1024
    assert "python3 tasks.py run" in readme
    assert "python3 tasks.py test" in readme
    assert "synthetic" in readme
    for page in ("docs/your-own-study.md", "docs/notebooks.md", "docs/nothing-lost.md"):  # the three ways in
        assert f"]({page}" in readme


def test_every_page_is_in_the_site_navigation() -> None:
    nav = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    assert [p.name for p in PAGES if f": {p.name}\n" not in nav] == []
    assert f": {GENERATED}\n" in nav
    for notebook in sorted((PROJECT / "notebooks").glob("*.ipynb")):
        assert f": notebooks/{notebook.name}\n" in nav


def test_every_test_docs_errors_names_exists() -> None:
    named = set(re.findall(r"`(test_\w+)::(test_\w+)`", (DOCS / "errors.md").read_text(encoding="utf-8")))
    assert len(named) > 50
    missing = [
        f"{module}::{test}"
        for module, test in sorted(named)
        if not re.search(rf"^def {test}\(", (PROJECT / "tests" / f"{module}.py").read_text(encoding="utf-8"), re.M)
    ]
    assert not missing, missing
