"""The anonymity gate's review: a decision per finding, recorded by the finding's fingerprint.

A finding's fingerprint is of the identifier and the words around it (``anonymity.finding_fingerprint``),
so a decision clears that finding in that sentence only: clearing "Rosa" in one sentence leaves every other
Rosa to be reviewed, unlike a study-wide allow-list (which stays, for words that are never people).

The review sheet groups the findings of one identifier (its words case-folded, or a number's digits), so
that an interface word read out 400 times is one row and one decision. The row carries its findings'
fingerprints; reading the filled sheet back gives each of them the row's decision, and a finding that is
new since (another sentence, another workshop) has no decision yet and comes back for review. Nothing in
the sheet shows a finding's text: the examples are masked (``anonymity.mask``), and a group is named by
its kind and a number, never by a hash of its words, which anyone could test a guessed name against.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from pipeline.errors import StudyError
from pipeline.tables import read_sheet, spreadsheet_row, write_csv, write_xlsx

NOT_IDENTIFYING, IDENTIFYING = "not identifying", "identifying"
DECISIONS = (NOT_IDENTIFYING, IDENTIFYING)
SHEET = "findings to review"
SHEET_COLUMNS = ("group", "kind", "findings", "workshops", "where", "masked_examples", "decision", "fingerprints")
READ_BACK_COLUMNS = ("decision", "fingerprints")
EXAMPLES = 3  # masked contexts shown per group: enough to see how the word is used
PLACES_SHOWN = 5  # workshop and line of the first few findings, to open the transcript at
FINGERPRINTS_PER_ROW = 1000  # a spreadsheet cell holds 32,767 characters; 17 per fingerprint
WIDTHS = {"where": 28, "masked_examples": 70, "decision": 16, "fingerprints": 20}


def review_sheet(findings: pd.DataFrame) -> pd.DataFrame:
    """One row per identifier (per ``FINGERPRINTS_PER_ROW`` of its findings), in the order of ``findings``,
    with the decision recorded for them if any (an identifier's findings with different decisions are
    different rows of the same group); ``findings`` has the gate's internal ``identifier_group`` column,
    which is not written."""
    rows = []
    numbers: dict[str, str] = {}  # an identifier's name in the sheet: its kind and a number
    by = ["identifier_group", "decision"] if "decision" in findings else ["identifier_group"]
    for _, of_group in findings.groupby(by, sort=False):
        kind, identifier = str(of_group["kind"].iloc[0]), str(of_group["identifier_group"].iloc[0])
        if identifier not in numbers:
            numbers[identifier] = f"{kind} {sum(name.startswith(kind + ' ') for name in numbers.values()) + 1}"
        for first in range(0, len(of_group), FINGERPRINTS_PER_ROW):
            part = of_group.iloc[first : first + FINGERPRINTS_PER_ROW]
            places = [f"{w} line {n}" for w, n in zip(part["workshop_id"], part["line"], strict=True)]
            more = len(places) - PLACES_SHOWN
            examples = list(dict.fromkeys(part["masked_context"]))[:EXAMPLES]
            rows.append(
                {
                    "group": numbers[identifier],
                    "kind": kind,
                    "findings": len(part),
                    "workshops": part["workshop_id"].nunique(),
                    "where": "; ".join(places[:PLACES_SHOWN]) + (f"; and {more} more" if more > 0 else ""),
                    "masked_examples": "\n".join(examples),
                    "decision": str(part["decision"].iloc[0]) if "decision" in part else "",
                    "fingerprints": " ".join(part["fingerprint"]),
                }
            )
    return pd.DataFrame(rows, columns=list(SHEET_COLUMNS))


def write_review_sheet(sheet: pd.DataFrame, csv_path: Path) -> Path:
    """The review sheet as CSV at ``csv_path`` and as a workbook beside it (a drop-down of decisions,
    wrapped examples); the workbook's path."""
    xlsx_path = csv_path.with_suffix(".xlsx")
    write_csv(sheet, csv_path)
    write_xlsx({SHEET: sheet}, xlsx_path, choices={"decision": DECISIONS}, widths=WIDTHS)
    return xlsx_path


def read_reviews(paths: Sequence[Path]) -> dict[str, str]:
    """Each reviewed finding's decision, by fingerprint, from filled review sheets (CSV or workbook).

    Rows without a decision are skipped (not reviewed yet); an unknown decision, a decided row without
    fingerprints, and one finding given both decisions stop with the file and row.
    """
    decisions: dict[str, str] = {}
    where: dict[str, str] = {}
    for path in paths:
        table = read_sheet(path, SHEET, READ_BACK_COLUMNS)
        for index, (decision, fingerprints) in enumerate(zip(table["decision"], table["fingerprints"], strict=True)):
            decision = " ".join(str(decision).casefold().split())
            if not decision:
                continue
            row = f"{path} row {spreadsheet_row(index)}"
            if decision not in DECISIONS:
                raise StudyError(
                    f"{row}: decision must be '{NOT_IDENTIFYING}' or '{IDENTIFYING}' (or empty: not reviewed yet)"
                )
            if not str(fingerprints).split():
                raise StudyError(f"{row}: a decision without fingerprints; keep the sheet's fingerprints column")
            for fingerprint in str(fingerprints).split():
                if decisions.get(fingerprint, decision) != decision:
                    raise StudyError(
                        f"{row}: decided '{decision}' for a finding {where[fingerprint]} decided otherwise; "
                        "keep one decision per finding"
                    )
                decisions[fingerprint] = decision
                where.setdefault(fingerprint, row)
    return decisions


def with_decisions(findings: pd.DataFrame, decisions: dict[str, str]) -> pd.DataFrame:
    """``findings`` with a ``decision`` column: the reviewer's, or '' for a finding not reviewed yet."""
    return findings.assign(decision=[decisions.get(fingerprint, "") for fingerprint in findings["fingerprint"]])
