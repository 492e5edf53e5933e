"""Anonymity gate: stop identifiable text before any coding.

Takes ``segments.parquet``; finds identifiers that survived anonymisation with spaCy's trained
named-entity recogniser (person names) and patterns (email addresses, UK phone numbers, UK
postcodes, NHS numbers with a valid checksum, street addresses, dates of birth, URLs). With no
finding it writes the pass marker and an empty findings table. With findings it writes a masked
report (the identifier itself is never printed, logged or saved) and stops the run.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import StudyError, run_stage
from pipeline.tables import write_csv

FINDING_COLUMNS = ("workshop_id", "segment_id", "line", "kind", "masked_context")
CONTEXT_CHARS = 40
SENTENCE_ENDS = {".", "!", "?", ":", ";", '"', "\u201c", "\n"}
CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
ROLE_WORDS = ("facilitator", "member", "commissioner", "participant", "speaker", "interviewer")

PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "url": re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE),
    "phone": re.compile(r"(?<![\w+])(?:\+44[\s-]?\(?0?\)?[\s-]?|0)\d(?:[\s-]?\d){8,9}\b"),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b"),
    "nhs_number": re.compile(r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b"),
    "street_address": re.compile(
        r"\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}"
        r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Terrace|Place|Gardens|Court|Hill)\b"
    ),
    "date_of_birth": re.compile(
        r"\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth)\s*:?\s*"
        r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class Finding:
    """A possible identifier: where it is and what kind, never the text itself."""

    start: int
    end: int
    kind: str


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number's modulus-11 check digit: weights 10..2 on the first nine digits."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def pattern_findings(text: str) -> list[Finding]:
    found = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            if kind == "nhs_number" and not nhs_checksum_ok(re.sub(r"\D", "", match.group(0))):
                continue
            found.append(Finding(match.start(), match.end(), kind))
    return found


def name_findings(doc: Any, labels: set[str], allowed: re.Pattern[str]) -> list[Finding]:
    """Names from spaCy's entities, and runs of capitalised words the small model can miss.

    A run of two or more title-case words ("Margaret Thornbury", "Royal United") that is not just
    a sentence's first word is reported too: recall matters more than precision at this gate.
    """
    found = []
    for entity in doc.ents:
        if entity.label_ not in labels:
            continue
        # an entity made only of allowed words (pseudonyms, role words, configured names) is safe
        words = [w for w in re.findall(r"[\w'-]+", entity.text) if not allowed.fullmatch(w)]
        if words:
            found.append(Finding(entity.start_char, entity.end_char, f"name ({entity.label_})"))
    run: list[Any] = []
    for token in [*doc, None]:
        if token is not None and token.is_title and not token.is_stop and not allowed.fullmatch(token.text):
            run.append(token)
            continue
        # a sentence's first word is capitalised anyway ("Ask Margaret Thornbury": drop "Ask")
        if run and (run[0].i == 0 or doc[run[0].i - 1].text in SENTENCE_ENDS):
            run = run[1:]
        if len(run) >= 2:
            found.append(Finding(run[0].idx, run[-1].idx + len(run[-1].text), "name (capitalised words)"))
        run = []
    return found


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Overlapping findings become one, keeping the first kind found there."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Finding(last.start, max(last.end, finding.end), last.kind)
        else:
            merged.append(finding)
    return merged


def mask(text: str, findings: Sequence[Finding], focus: Finding, keep: re.Pattern[str]) -> str:
    """Context around one finding with every finding in it replaced by its kind.

    Any other capitalised word that is not a known-safe word is hidden as [?] too: a name the
    detectors missed must not reach the report through the context of one they found.
    """

    def hide_capitalised(piece: str) -> str:
        return CAPITALISED.sub(lambda m: m.group(0) if keep.fullmatch(m.group(0)) else "[?]", piece)

    lo = max(0, focus.start - CONTEXT_CHARS)
    hi = min(len(text), focus.end + CONTEXT_CHARS)
    pieces = []
    cursor = lo
    for finding in findings:
        if finding.end <= lo or finding.start >= hi:
            continue
        pieces.append(hide_capitalised(text[cursor : max(cursor, finding.start)]))
        pieces.append(f"[{finding.kind.split(' ')[0].upper()}]")
        cursor = max(cursor, finding.end)
    pieces.append(hide_capitalised(text[cursor:hi]))
    context = " ".join("".join(pieces).split())
    return ("…" if lo > 0 else "") + context + ("…" if hi < len(text) else "")


def allowed_words(speaker_pattern: str, allow: Sequence[str]) -> re.Pattern[str]:
    """Words never reported: speaker pseudonyms, role words and the configured allow-list."""
    words = [re.escape(w) for w in (*ROLE_WORDS, *allow)]
    return re.compile(rf"(?:{speaker_pattern}|(?i:(?:{'|'.join(words)})s?))")


def safe_context_words(allowed: re.Pattern[str]) -> re.Pattern[str]:
    """Allowed words plus English function words ("The", "We"), which may show in a masked context."""
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = "|".join(sorted(re.escape(w) for w in STOP_WORDS if w.isalpha()))
    return re.compile(rf"(?:{allowed.pattern}|(?i:{stop}))")


def scan(segments: pd.DataFrame, nlp: Any, entity_labels: Sequence[str], allowed: re.Pattern[str]) -> pd.DataFrame:
    """Masked findings for every segment, in segment order."""
    rows = []
    keep = safe_context_words(allowed)
    docs = nlp.pipe(segments["text"].tolist(), batch_size=256)
    for segment, doc in zip(segments.to_dict("records"), docs, strict=True):
        text = str(segment["text"])
        findings = merge(pattern_findings(text) + name_findings(doc, set(entity_labels), allowed))
        for finding in findings:
            rows.append(
                {
                    "workshop_id": segment["workshop_id"],
                    "segment_id": segment["segment_id"],
                    "line": int(segment["line"]) + text.count("\n", 0, finding.start),
                    "kind": finding.kind,
                    "masked_context": mask(text, findings, finding, keep),
                }
            )
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


def load_ner(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model, exclude=["parser", "lemmatizer"])
    except OSError:
        raise StudyError(f"spaCy pipeline '{model}' is not installed; install the project or set spacy_model") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.anonymity", description=__doc__)
    parser.add_argument("--segments", type=Path, required=True)
    parser.add_argument("--spacy-model", required=True)
    parser.add_argument("--speaker-pattern", required=True)
    parser.add_argument("--entity-label", action="append", default=[])
    parser.add_argument("--allow", action="append", default=[], help="a word never reported")
    parser.add_argument("--findings", type=Path, required=True, help="output masked findings (CSV)")
    parser.add_argument("--passed", type=Path, required=True, help="output pass marker")
    args = parser.parse_args(argv)
    segments = pd.read_parquet(args.segments)
    findings = scan(
        segments,
        load_ner(args.spacy_model),
        args.entity_label,
        allowed_words(args.speaker_pattern, args.allow),
    )
    # the report of a failed run must survive Snakemake's clean-up of failed outputs, so it is
    # written beside the declared outputs under a name of its own
    failed_report = args.findings.with_name("findings-to-review.csv")
    if len(findings):
        write_csv(findings, failed_report)
        by_kind = ", ".join(f"{n} {k}" for k, n in findings["kind"].value_counts().sort_index().items())
        first = findings.iloc[0]
        raise StudyError(
            f"anonymity gate: {len(findings)} possible identifier(s) ({by_kind}), first in "
            f"workshop {first['workshop_id']} line {first['line']}; review the masked report "
            f"{failed_report}, anonymise the transcripts (or add safe words to anonymity.allow) and rerun"
        )
    failed_report.unlink(missing_ok=True)
    write_csv(findings, args.findings)
    args.passed.write_text(f"passed: {len(segments)} segments scanned, 0 findings\n", encoding="utf-8")
    print(f"anonymity gate passed: {len(segments)} segments scanned, 0 findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
