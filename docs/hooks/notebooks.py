"""MkDocs hook: the notebooks in `notebooks/` become pages of the site, as they are stored (never run here).

mkdocs-jupyter renders a notebook that is among the site's files; this hook puts them there without copying
them into docs/, and turns a page's link to `../notebooks/<name>.ipynb` (which works on GitHub) into the link
to the rendered page.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

PROJECT = Path(__file__).resolve().parents[2]
FOLDER = "notebooks"
LINK = re.compile(r"\]\(((?:\.\./)+" + FOLDER + r"/[^)#\s]+\.ipynb)(#[^)\s]*)?\)")


@event_priority(50)  # before mkdocs-jupyter's on_files, which turns .ipynb files into pages
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for notebook in sorted((PROJECT / FOLDER).glob("*.ipynb")):
        files.append(
            File(
                f"{FOLDER}/{notebook.name}",
                src_dir=str(PROJECT),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
            )
        )
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    page_dir = posixpath.dirname(page.file.src_uri)
    docs = Path(config.docs_dir).resolve()

    def relink(match: re.Match[str]) -> str:
        target = (docs / page_dir / match.group(1)).resolve()
        if target.parent != PROJECT / FOLDER or not target.is_file():
            return match.group(0)
        site_path = posixpath.relpath(f"{FOLDER}/{target.name}", page_dir or ".")
        return f"]({site_path}{match.group(2) or ''})"

    return LINK.sub(relink, markdown)
