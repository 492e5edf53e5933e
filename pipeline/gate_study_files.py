"""The anonymity gate's check of the study's own files: what leaves besides the transcripts.

File names (a transcript's stem is its workshop id, a coding file's stem its coder, and both reach the
report and the REFI-QDA export), and every free-text cell of ``workshops.csv``, ``speakers.csv``,
``overrides.csv`` (the rationale, the coder) and the coding files (a note column, say), and every line of the
analysts' memos (``data/raw/memos/*.md``, printed in the report), go through the same
detectors as the transcripts. The pipeline reads these files from ``data/raw`` and cannot redact them, so
in either mode a finding stops the run until it is edited out of the file or reviewed as not identifying;
its report is masked like the transcripts'.

Cells that are codes, segment ids, fingerprints, actions or dates are checked by their stages against
the codebook, the segments and their formats, so they cannot carry free text and are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from pipeline.tables import read_csv_table, spreadsheet_row

# columns another stage validates as a closed form: a code, an id, a fingerprint, add/remove, a date; and
# speakers.csv's speaker, which must be a label of the transcript: the transcript's own check finds a display
# name there, and redact mode replaces it wherever the speaker is shown, which these files' check cannot
STRUCTURED = {"segment_id", "code", "action", "date", "fingerprint", "workshop_id", "speaker"}


def file_cells(path: Path, label: str) -> pd.DataFrame:
    """The free-text cells of one CSV as rows shaped like segments: ``workshop_id`` names the file and the
    column, ``line`` the spreadsheet row; an analysts' memo (.md: it is printed in the report) a row a line."""
    if path.suffix.lower() == ".md":
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        memo = [cell_row(label, number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]
        return pd.DataFrame(memo, columns=list(CELL_COLUMNS))
    table = read_csv_table(path, ())
    rows = []
    for column in table.columns:
        if column.strip().casefold() in STRUCTURED:
            continue
        # a coder's id is read as a coding file's name is (its words split at _ - .): "rev_t19c" in overrides.csv
        # was a "handle" to the seventeenth issue-19 trial where the same id as a file name passed
        coder = column.strip().casefold() == "coder"
        for index, value in enumerate(table[column]):
            text = str(value).strip()
            if coder:
                text = " ".join(text.replace("_", " ").replace("-", " ").split())
            if text:
                rows.append(cell_row(f"{label}, column {column}", spreadsheet_row(index), text))
    return pd.DataFrame(rows, columns=list(CELL_COLUMNS))


CELL_COLUMNS = ("segment_id", "workshop_id", "line", "start", "end", "text")


def cell_row(where: str, line: int, text: str) -> dict[str, object]:
    """One cell as a segment-shaped row; the "~" in its id marks text outside any segment, so findings in
    it carry no segment id."""
    return dict(segment_id=f"{where}~{line}", workshop_id=where, line=line, start=0, end=len(text), text=text)


def study_cells(tables: Sequence[Path], names: Sequence[Path]) -> pd.DataFrame:
    """Every free-text cell of ``tables`` and the stem of every file in ``names``, to be scanned. A file
    name's words are split at _ - . so that ``jo_smith.csv`` reads as a name."""
    frames = [file_cells(path, path.name) for path in tables]
    stems = [
        cell_row("file names", number, " ".join(path.stem.replace("_", " ").replace("-", " ").split()))
        for number, path in enumerate(names, start=1)
    ]
    frames.append(pd.DataFrame(stems, columns=list(CELL_COLUMNS)))
    cells = pd.concat(frames, ignore_index=True)
    return cells[cells["text"].str.len() > 0].reset_index(drop=True)
