"""Load and validate ``config/config.yaml`` against its JSON Schema, filling defaults."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from pipeline.errors import StudyError, did_you_mean

CONFIG_SCHEMA = "config.schema.yaml"


def load_schema(name: str) -> dict[str, Any]:
    """Read one of the package's JSON Schemas (stored as YAML)."""
    text = resources.files("pipeline.schemas").joinpath(name).read_text(encoding="utf-8")
    schema: dict[str, Any] = yaml.safe_load(text)
    return schema


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; a syntax error becomes a StudyError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StudyError(f"{path}: file not found") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        line, problem = plain_yaml_problem(error)
        opened = unclosed_quote(text, line)
        if opened is not None and opened != line:
            # a quote left open runs on into the next lines, and PyYAML stops further down, where they no longer
            # parse (the second issue-22 trial's "title: \"Peer..." on line 151 was reported as line 152's indent)
            line, problem = opened, "a quote opened on this line is not closed on it; close it, or remove it"
        where = f" line {line}" if line else ""
        raise StudyError(f"{path}{where}: {problem}") from None


KEY_OR_ITEM = re.compile(r"""^\s*(?:-\s+|[^#'"\s][^#'"]*?:\s+)""")


def unclosed_quote(text: str, upto: int | None) -> int | None:
    """The last line at or before line ``upto`` that opens a quote it does not close, or None. A quote opens where a
    value or a flow item starts (after "key: ", "- ", "[", "{" or ","); an apostrophe inside a word does not."""
    found = None
    for number, line in enumerate(text.splitlines()[: upto or None], start=1):
        start = KEY_OR_ITEM.match(line)
        if start is None or line.lstrip().startswith("#"):
            continue
        if opens_unclosed(line[start.end() :]):
            found = number
    return found


def opens_unclosed(value: str) -> bool:
    """Whether a YAML value opens a quoted scalar, at a token's start, that the line does not close."""
    position, at_start = 0, True
    while position < len(value):
        char = value[position]
        if char == "#" and at_start:
            return False  # a comment
        if char in "\"'" and at_start:
            position += 1
            while position < len(value):
                if char == '"' and value[position] == "\\":
                    position += 2
                    continue
                if value[position] == char:
                    if char == "'" and value[position + 1 : position + 2] == "'":
                        position += 2  # '' is a quote inside a single-quoted scalar
                        continue
                    break
                position += 1
            else:
                return True
            position += 1
            at_start = False
            continue
        at_start = char in "[{," or (char == " " and at_start)
        if char in " \t" and position and value[position - 1] in "[{,:":
            at_start = True
        position += 1
    return False


def plain_yaml_problem(error: yaml.YAMLError) -> tuple[int | None, str]:
    """The line a YAML mistake is on and what to do, in words a researcher uses: PyYAML's "expected <block end>, but
    found '<block mapping start>'" is a line indented unlike its neighbours, and a quote left open is reported where
    the file ends, not on the line that opened it (the issue-22 trial's line 24 for line 14)."""
    problem = str(getattr(error, "problem", None) or "")
    context = str(getattr(error, "context", None) or "")
    mark, opened = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    if "quoted scalar" in context and opened is not None:
        return opened.line + 1, "a quote opened on this line is never closed; close it, or remove it"
    if problem.startswith("expected <block end>"):
        return line, "this line is indented unlike the lines above it; the keys of one section must line up"
    if problem.startswith("mapping values are not allowed"):
        return line, (
            "a colon where no key can start: a value with ': ' in it goes in quotes (title: \"What works: a report\"), "
            "and a key's line must line up with the keys beside it"
        )
    if "'\\t'" in problem or "\\t" in problem:
        return line, "a tab: indent with spaces"
    if problem.startswith("could not find expected ':'"):
        return line, "a key without its colon (key: value), or a quote not closed above it"
    return line, f"{problem or 'not valid YAML'}; fix the YAML syntax"


def _with_defaults(validator_class: Any) -> Any:
    """A validator that also writes each property's schema default into the instance."""
    validate_properties = validator_class.VALIDATORS["properties"]

    def set_defaults(validator: Any, properties: Any, instance: Any, schema: Any) -> Iterator[Any]:
        if isinstance(instance, dict):
            for key, subschema in properties.items():
                if "default" in subschema and key not in instance:
                    # copy so one run's filled-in defaults never leak into the schema itself
                    instance[key] = yaml.safe_load(yaml.safe_dump(subschema["default"]))
        yield from validate_properties(validator, properties, instance, schema)

    return jsonschema.validators.extend(validator_class, {"properties": set_defaults})  # type: ignore[no-untyped-call]


def key_name(error: jsonschema.ValidationError) -> str:
    """Dotted path of the key a validation error is about (``train.folds``)."""
    # for an unexpected key the path ends at its parent; jsonschema's message names the key itself
    return ".".join(str(part) for part in error.absolute_path) or "(top level)"


def validate(instance: Any, schema: dict[str, Any], source: Path, fix: str) -> None:
    """Validate, raising a StudyError that names the file, the key and the fix."""
    validator = _with_defaults(jsonschema.Draft202012Validator)(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
    if error is not None:
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):  # a key mistyped
            allowed = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
            unexpected = [str(key) for key in error.instance if key not in allowed]
            if unexpected:
                # in a researcher's words, at its line: jsonschema's "Additional properties are not allowed
                # ('max_segment_char' was unexpected)" was the second issue-22 trial's message
                key = unexpected[0]
                parent = key_name(error)
                where = "at the top level" if parent == "(top level)" else f"under {parent}"
                hint = did_you_mean(key, allowed) or f" (the settings there: {', '.join(allowed)})"
                raise StudyError(
                    f"{source}{key_line(source, key)}: '{key}' is not a setting {where}{hint}; each setting is "
                    "described in the comments of the study's config/config.yaml"
                )
        raise StudyError(f"{source}: key '{key_name(error)}': {error.message}; {fix}")


def key_line(source: Path, key: str) -> str:
    """ " line N" for the first line of ``source`` that sets ``key``, or "" where there is none to find."""
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    pattern = re.compile(rf"^\s*['\"]?{re.escape(key)}['\"]?\s*:")
    return next((f" line {number}" for number, line in enumerate(lines, start=1) if pattern.match(line)), "")


def load_config(path: Path) -> dict[str, Any]:
    """The run settings with every default filled in."""
    config = read_yaml(path)
    if config is None:
        config = {}
    validate(
        config,
        load_schema(CONFIG_SCHEMA),
        path,
        "see pipeline/schemas/config.schema.yaml for the allowed keys and values",
    )
    assert isinstance(config, dict)
    return config
