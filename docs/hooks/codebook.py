"""MkDocs hook: the Codebook page, made from config/codebook.yaml each time the site is built.

The page is never a file in the repository, so it cannot drift from the codebook: a table per kind of code
(the characteristics, then each tension with its two poles), with every field the YAML gives.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

PROJECT = Path(__file__).resolve().parents[2]
CODEBOOK = PROJECT / "config" / "codebook.yaml"
PAGE = "codebook.md"
COLUMNS = [("full", "definition"), ("when_to_use", "use when"), ("when_not_to_use", "not when"), ("example", "example")]


def cell(text: object) -> str:
    """One table cell: escaped as the transcripts are, on one line, a pipe kept as text."""
    return " ".join(html.escape(str(text)).split()).replace("|", "&#124;")


def table(codes: list[dict[str, Any]]) -> list[str]:
    """A row per code: its label and id (with an anchor to link to), its brief, then every field the codebook has."""
    columns = [(key, name) for key, name in COLUMNS if any(code.get(key) for code in codes)]
    lines = [
        "| code | " + " | ".join(name for _, name in columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    for code in codes:
        label = f'<a id="{code["id"]}"></a>**{cell(code["label"])}**<br>`{code["id"]}`'
        if code.get("brief"):
            label += f"<br>{cell(code['brief'])}"
        lines.append(f"| {label} | " + " | ".join(cell(code.get(key, "")) for key, _ in columns) + " |")
    return lines


def markdown(codebook: dict[str, Any]) -> str:
    headings = codebook.get("headings") or {}
    lines = [
        f"# Codebook: {cell(codebook['title'])}",
        "",
        f"Made from `config/codebook.yaml` (id `{codebook['id']}`, version {cell(codebook['version'])}) when this",
        "site was built: edit the YAML, never this page. A segment is coded with a theme or with a tension's pole,",
        "never with the tension itself. The same rules are on the coding workbook's second sheet and in the",
        "report's methods; [Your own study](your-own-study.md#revising-the-codebook) says how to revise them.",
        "",
    ]
    if codebook.get("source"):
        lines += [f"Source: {cell(codebook['source'])}", ""]
    lines += [f"## {cell(headings.get('themes', 'Themes'))}", "", *table(codebook.get("themes", [])), ""]
    tensions = codebook.get("tensions", [])
    if tensions:
        lines += [f"## {cell(headings.get('tensions', 'Tensions'))}", ""]
        for tension in tensions:
            lines += [f"### {cell(tension['label'])}", "", f"`{tension['id']}`: the tension, not codable itself."]
            lines += [cell(tension[key]) for key in ("brief", "full") if tension.get(key)]
            lines += ["", *table(tension["poles"]), ""]
    if codebook.get("changes"):
        lines += ["## Changes", "", "| version | date | what changed |", "|---|---|---|"]
        lines += [f"| {cell(c['version'])} | {cell(c['date'])} | {cell(c['note'])} |" for c in codebook["changes"]]
        lines.append("")
    return "\n".join(lines)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    codebook = yaml.safe_load(CODEBOOK.read_text(encoding="utf-8"))
    files.append(File.generated(config, PAGE, content=markdown(codebook)))
    return files


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    server.watch(str(CODEBOOK))
    return server
