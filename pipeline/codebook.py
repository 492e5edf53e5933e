"""The codebook: themes and tensions with their poles, loaded from YAML and schema-validated.

Nothing else in the package names a theme: every stage takes its codes from here, so a study can
revise the codebook or replace it wholesale.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import load_schema, read_yaml, validate
from pipeline.errors import StudyError

CODEBOOK_SCHEMA = "codebook.schema.yaml"


@dataclass(frozen=True)
class Code:
    """A leaf code: a theme or one pole of a tension."""

    id: str
    label: str
    brief: str = ""
    full: str = ""
    when_to_use: str = ""
    when_not_to_use: str = ""
    example: str = ""
    tension: str | None = None  # the tension id for a pole, None for a theme

    def rules(self) -> str:
        """When to use it and when not, in one line, leaving out what the codebook does not give."""
        parts = [f"When to use: {self.when_to_use}" if self.when_to_use else "",
                 f"When not to use: {self.when_not_to_use}" if self.when_not_to_use else ""]  # fmt: skip
        return " ".join(part for part in parts if part) or "(no rules written for this code)"

    @property
    def missing_guidance(self) -> tuple[str, ...]:
        """The definition and guidance fields this code lacks (a codebook from another tool has few)."""
        return tuple(field for field in GUIDANCE_FIELDS if not getattr(self, field))


@dataclass(frozen=True)
class Tension:
    """A tension a group balances, with exactly two poles."""

    id: str
    label: str
    brief: str
    full: str
    poles: tuple[Code, Code]


@dataclass(frozen=True)
class Codebook:
    """A validated codebook and the fingerprint that ties models and reports to it."""

    id: str
    version: str
    title: str
    source: str
    headings: dict[str, str]
    themes: tuple[Code, ...]
    tensions: tuple[Tension, ...]
    changes: tuple[dict[str, str], ...]
    fingerprint: str

    @property
    def leaf_codes(self) -> tuple[Code, ...]:
        """Every code a segment can carry, themes first, then each tension's poles in order."""
        return self.themes + tuple(pole for tension in self.tensions for pole in tension.poles)

    @property
    def leaf_ids(self) -> tuple[str, ...]:
        return tuple(code.id for code in self.leaf_codes)

    def labels(self) -> dict[str, str]:
        """Each code's label by its id: what a coder may write for a code by mistake."""
        return {code.id: code.label for code in self.leaf_codes}

    def code(self, code_id: str) -> Code:
        for code in self.leaf_codes:
            if code.id == code_id:
                return code
        raise KeyError(code_id)


LEAF_FIELDS = ("id", "label", "brief", "full", "when_to_use", "when_not_to_use", "example")
GUIDANCE_FIELDS = LEAF_FIELDS[2:]
DEFAULT_HEADINGS = {"themes": "Themes", "tensions": "Tensions"}


def _leaf(raw: dict[str, Any], tension: str | None = None) -> Code:
    return Code(**{field: str(raw.get(field, "")).strip() for field in LEAF_FIELDS}, tension=tension)


def fingerprint(raw: Any) -> str:
    """SHA-256 of the codebook's content, independent of YAML layout and comments."""
    canonical = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_codebook(raw: Any, source: Path) -> Codebook:
    """Validate a parsed codebook and build it; errors name the file and the key."""
    if not isinstance(raw, dict):
        raise StudyError(f"{source}: a codebook must be a YAML mapping with themes and tensions")
    validate(
        raw,
        load_schema(CODEBOOK_SCHEMA),
        source,
        "see pipeline/schemas/codebook.schema.yaml and docs/your-own-study.md, 'Revising the codebook'",
    )
    themes = tuple(_leaf(theme) for theme in raw["themes"])
    tensions = tuple(
        Tension(
            id=t["id"],
            label=t["label"].strip(),
            brief=str(t.get("brief", "")).strip(),
            full=str(t.get("full", "")).strip(),
            poles=(_leaf(t["poles"][0], t["id"]), _leaf(t["poles"][1], t["id"])),
        )
        for t in raw.get("tensions", [])
    )
    ids = [c.id for c in themes] + [t.id for t in tensions]
    ids += [pole.id for t in tensions for pole in t.poles]
    seen: set[str] = set()
    for code_id in ids:
        if code_id in seen:
            raise StudyError(f"{source}: code id '{code_id}' is used twice; give every code its own id")
        seen.add(code_id)
    if not themes and not tensions:
        raise StudyError(f"{source}: the codebook has no codes; add themes or tensions")
    return Codebook(
        id=str(raw["id"]),
        version=str(raw["version"]),
        title=str(raw["title"]),
        source=str(raw.get("source", "")).strip(),
        headings=DEFAULT_HEADINGS | dict(raw.get("headings", {})),
        themes=themes,
        tensions=tensions,
        changes=tuple(raw.get("changes", [])),
        fingerprint=fingerprint(raw),
    )


def load_codebook(path: Path) -> Codebook:
    """Read and validate a codebook file."""
    return parse_codebook(read_yaml(path), path)
