"""Human coding files: one CSV per coder, ``data/raw/coding/<coder>.csv``.

Each row is ``segment_id, code``; a segment the coder reviewed and left uncoded is a row with an
empty code. The coder is the file's stem. Where several coders coded a segment, the human code is
the consensus: a code counts when at least the configured share of those coders applied it. At 0.5 (the default)
a tie counts as present: of two coders, either one's code counts, so a pair's consensus is the union of their codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.codebook import Codebook
from pipeline.errors import StudyError, StudyErrors, did_you_mean
from pipeline.tables import among, read_csv_table, spreadsheet_row

CODING_COLUMNS = ("coder", "segment_id", "code")
SHOWN = 20  # bad rows named in one run
RESERVED_CODERS = ("model", "human consensus")


def read_coding_file(path: Path, segment_ids: set[str], codebook: Codebook) -> pd.DataFrame:
    """One coder's file, checked row by row against the segments and the codebook."""
    coder = path.stem.strip()
    if not coder or coder.startswith("."):
        raise StudyError(f"{path}: the file name gives no coder name; name it <coder id>.csv, e.g. coder_a.csv")
    if coder in RESERVED_CODERS:
        raise StudyError(f"{path}: '{coder}' is reserved for the classifier; name the file after the human coder")
    table = read_csv_table(path, ("segment_id", "code"))
    leaf_ids = set(codebook.leaf_ids)
    # checked column-wise (a row loop took 0.1 s per coder, in every stage that reads the coding);
    # the first bad row of each kind is reported, as a researcher fixes them top to bottom
    ids, codes = table["segment_id"], table["code"]
    empty = ids == ""
    unknown = ~empty & ~among(ids, segment_ids)
    bad_code = (codes != "") & ~among(codes, leaf_ids)
    # a workshop gone from the study (its transcript removed or renamed) is one line, not a line a row: the second
    # issue-22 trial's removed transcript gave 20 lines and "7 more" for one coder, then the next coder's next run
    known_workshops = {segment.rsplit("-", 2)[0] for segment in segment_ids}
    workshop = ids.str.rsplit("-", n=2).str[0]
    gone = unknown & ~workshop.isin(known_workshops)
    lines = []
    for name, rows in table[gone].groupby(workshop[gone], sort=True):
        lines.append(
            f"{path}: {len(rows)} row(s), from row {spreadsheet_row(int(rows.index[0]))}, code segments of workshop "
            f"'{name}', which is not in the study (its transcript removed or renamed?); delete those rows, or put "
            "the transcript back"
        )
    problems = empty | (unknown & ~gone) | bad_code
    if problems.any() or lines:
        # every bad row at once, a line each (up to SHOWN): the eleventh issue-18 trial needed eight runs for eight
        # renamed codes, one per run
        for index in table.index[problems][:SHOWN]:
            where = f"{path} row {spreadsheet_row(int(str(index)))}"
            if empty[index]:
                lines.append(f"{where}: empty segment_id; every row needs the id of the segment it codes")
            elif unknown[index]:
                lines.append(
                    f"{where}: unknown segment '{ids[index]}'; use an id from "
                    "data/processed/segments.parquet (did the transcript or max_segment_chars change?)"
                )
            else:
                hint = did_you_mean(codes[index], leaf_ids, codebook.labels())
                lines.append(
                    f"{where}: unknown code '{codes[index]}'{hint}; use a theme or tension-pole id from "
                    "config/codebook.yaml"
                )
        more = int(problems.sum()) - min(int(problems.sum()), SHOWN)
        if more > 0:
            lines.append(f"{path}: and {more} more row(s) like these")
        raise StudyErrors([StudyError(line) for line in lines]) if len(lines) > 1 else StudyError(lines[0])
    duplicated = table.duplicated(["segment_id", "code"])
    if duplicated.any():
        index = int(table.index[duplicated][0])
        row = table[duplicated].iloc[0]
        raise StudyError(
            f"{path} row {spreadsheet_row(index)}: segment '{row['segment_id']}' with code "
            f"'{row['code']}' is listed twice; delete the repeated row"
        )
    table.insert(0, "coder", coder)
    return table[list(CODING_COLUMNS)]


def read_coding(paths: Sequence[Path], segment_ids: set[str], codebook: Codebook) -> pd.DataFrame:
    """Every coder's rows: coder, segment_id, code ('' for reviewed with no code)."""
    coders = [path.stem for path in paths]
    if len(set(coders)) != len(coders):
        raise StudyError("two coding files give the same coder name; name each file <coder>.csv once")
    # every file's problems in one run, not one file a run (the second issue-22 trial)
    tables, problems = [], []
    for path in sorted(paths):
        try:
            tables.append(read_coding_file(path, segment_ids, codebook))
        except StudyErrors as errors:
            problems += errors.lines
        except StudyError as error:
            problems.append(str(error))
    if problems:
        raise StudyErrors([StudyError(line) for line in problems]) if len(problems) > 1 else StudyError(problems[0])
    if not tables:
        return pd.DataFrame(columns=list(CODING_COLUMNS))
    return pd.concat(tables, ignore_index=True)


def consensus(coding: pd.DataFrame, share: float) -> tuple[list[str], pd.DataFrame]:
    """Segments reviewed by any coder, and the consensus codes among them.

    Returns the reviewed segment ids (sorted) and a table ``segment_id, code, by`` where ``by``
    lists the coders who applied the code.
    """
    reviewed = sorted(set(coding["segment_id"]))
    if coding.empty:
        return reviewed, pd.DataFrame(columns=["segment_id", "code", "by"])
    coders_per_segment = coding.groupby("segment_id")["coder"].nunique()
    applied = coding[coding["code"] != ""]
    grouped = (
        applied.groupby(["segment_id", "code"])["coder"]
        .agg(lambda coders: ";".join(sorted(set(coders))))
        .reset_index(name="by")
    )
    votes = grouped["by"].str.count(";") + 1
    needed = grouped["segment_id"].map(coders_per_segment) * share
    agreed = grouped[votes >= needed - 1e-9]
    return reviewed, agreed.sort_values(["segment_id", "code"]).reset_index(drop=True)


def findings(codes: pd.DataFrame) -> pd.DataFrame:
    """The final codes a finding may rest on: human codes, overrides, and the model's codes for the codes the
    model has proven itself on (``relied_on``, decided by the code stage from cross-validation). The others
    stay in codes.parquet for the review queue, never in a count, a figure, a table or an export."""
    return codes[codes["relied_on"].astype(bool)].reset_index(drop=True) if "relied_on" in codes else codes


def codes_not_relied_on(reliability: Path | None) -> set[str]:
    """The codes the reliability gate (the code stage's ``reliability.csv``) does not rely on the model for;
    none without the file (a stage run on its own)."""
    if reliability is None:
        return set()
    decided = pd.read_csv(reliability)
    return set(decided.loc[~decided["relied_on"].astype(bool), "code"])


def read_by_coders(coding: pd.DataFrame, share: float) -> set[str]:
    """The segments the coders reviewed, as ``consensus`` takes them (not those an override alone decided)."""
    reviewed, _ = consensus(coding, share)
    return set(reviewed)


@dataclass(frozen=True)
class Decided:
    """What humans decided: ``whole``, the segments read whole (by the coders, or an override deciding all the
    segment's codes, ``only``), and ``by_code``, the segments an override decided one code of (``add``,
    ``remove``): the segment's other codes are still the model's. One definition for every stage: a one-code
    override had counted its whole segment as decided, its model codes for the other codes as known."""

    whole: frozenset[str] = frozenset()
    by_code: dict[str, frozenset[str]] = field(default_factory=dict)
    # of ``whole``, the segments an 'only' override decided and no coder read: picked, as a one-code override's are
    # (the fifteenth issue-19 trial's one 'only' override was "network 100.0% (1 of 1)", and made its workshop read)
    by_override: frozenset[str] = frozenset()

    @property
    def read_by_coders(self) -> frozenset[str]:
        """The segments a coder's file read whole: a sample of the study's, where an override's are picked."""
        return self.whole - self.by_override

    def of(self, code: str) -> set[str]:
        """The segments whose ``code`` a human decided."""
        return set(self.whole | self.by_code.get(code, frozenset()))

    def any_code(self) -> set[str]:
        """The segments a human decided anything about."""
        return set(self.whole).union(*self.by_code.values())


def decided_segments(coding: pd.DataFrame, share: float, overrides: pd.DataFrame | None) -> Decided:
    """What the coders (``coding``, read with the consensus ``share``) and the applied overrides decided
    (``overrides``: the override rows, with ``stale`` as read, or ``status`` as the code stage reports them)."""
    coders = set(read_by_coders(coding, share))
    whole = set(coders)
    by_code: dict[str, set[str]] = {}
    if overrides is not None and len(overrides):
        applied = ~overrides["stale"].astype(bool) if "stale" in overrides else overrides["status"].eq("applied")
        rows = overrides[applied]
        whole |= set(rows.loc[rows["action"] == "only", "segment_id"])
        for row in rows[rows["action"] != "only"].itertuples():
            by_code.setdefault(str(row.code), set()).add(str(row.segment_id))
    return Decided(
        frozenset(whole), {code: frozenset(ids - whole) for code, ids in by_code.items()}, frozenset(whole - coders)
    )
