"""Bring a Taguette project's coding into the study: its codebook and highlights exports.

    python -m pipeline.taguette --codebook-csv codebook.csv --highlights all_tags.csv \\
        --segments data/processed/segments.parquet --sources data/processed/sources --out data/interim/taguette

Taguette (https://www.taguette.org) exports the codebook as CSV (``tag,parent,description,number of
highlights``; older versions have no ``parent``) and the highlights as CSV (``id,document,tag,content``, one
row per highlight and tag, the content as plain text). A highlight is placed in its workshop (the document's
name, with or without its extension, is the transcript's file stem) by finding its text in the workshop's
normalised source, whitespace aside; every segment it overlaps gets its tag's code. The segments of a
workshop the coder highlighted in but did not code are written as reviewed with no code. Highlights whose
text is not found, or found in several places (placed by the order of the export, which is Taguette's order
in the document), and documents no workshop matches, are listed in ``import_report.csv``.

Writes ``codebook.yaml`` (themes only: Taguette has no tensions; the guidance fields Taguette has no place for
are left out, and the report lists them as warnings), ``coding/<coder>.csv`` and ``import_report.csv``.
"""

from __future__ import annotations

import argparse
import html
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipeline.codebook import parse_codebook
from pipeline.errors import StudyError, run_stage
from pipeline.refi import slug
from pipeline.tables import write_csv, write_text

REPORT_COLUMNS = ["kind", "item", "detail"]
TAG = re.compile(r"<[^>]+>")


def read_export(path: Path, needed: Sequence[str]) -> pd.DataFrame:
    """A Taguette export (CSV or XLSX) with its columns named in lower case, or a one-line error."""
    if not path.is_file():
        raise StudyError(f"{path}: file not found")
    try:
        if path.suffix.lower() == ".xlsx":
            table = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        else:
            table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise StudyError(
            f"{path}: cannot be read as a Taguette export ({type(error).__name__}); export it again"
        ) from None
    table.columns = [str(column).strip().lower() for column in table.columns]
    missing = [column for column in needed if column not in table.columns]
    if missing:
        raise StudyError(
            f"{path}: missing column(s) {', '.join(missing)}; is it Taguette's "
            f"{'codebook' if 'description' in needed else 'highlights'} export?"
        )
    return table


def codebook_from_tags(tags: pd.DataFrame, source: Path) -> dict[str, Any]:
    """A codebook of themes from Taguette's tags: id from the tag's name, label the tag's path, the
    description as the brief and full definition. Guidance fields Taguette lacks are left out."""
    taken: set[str] = set()
    themes = []
    for row in tags.itertuples(index=False):
        name = str(row.tag).strip()
        if not name:
            continue
        description = " ".join(str(getattr(row, "description", "")).split())
        theme = {"id": slug(name, taken), "label": name}
        if description:
            theme |= {"brief": description, "full": description}
        themes.append(theme)
    if not themes:
        raise StudyError(f"{source}: no tags in the codebook export")
    return {
        "id": slug(source.stem, set()),
        "version": "0.1.0",
        "title": f"Imported from Taguette ({source.name})",
        "source": f"Taguette codebook export {source.name}",
        "headings": {"themes": "Themes"},
        "changes": [{"version": "0.1.0", "date": "imported", "note": f"Imported from {source.name}."}],
        "themes": themes,
        "tensions": [],
    }


# curly and straight quotes, and dashes, are one mark for matching: a transcript typed with "I'd" and a highlight
# exported with a curly apostrophe are the same words (the third issue-18 trial's one unplaced highlight); one
# character for one, so offsets hold
SAME_MARKS = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014", "''''\"\"\"--")


def collapsed(text: str, markup: str = "") -> tuple[str, list[int]]:
    """The text with every run of whitespace one space and the characters in ``markup`` left out, and the offset
    in the text of each character kept."""
    kept: list[str] = []
    where: list[int] = []
    previous_space = True
    for index, char in enumerate(text):
        if char in markup:
            continue
        if char.isspace():
            if not previous_space:
                kept.append(" ")
                where.append(index)
            previous_space = True
        else:
            kept.append(char)
            where.append(index)
            previous_space = False
    return "".join(kept), where


def plain(content: str) -> str:
    """A highlight's content as text: any HTML Taguette left in it removed, entities read, whitespace one space,
    in Unicode's composed form as the transcripts are (the seventh trial's "café" with a combining accent)."""
    return unicodedata.normalize("NFC", " ".join(html.unescape(TAG.sub(" ", content)).split()))


def workshop_of(document: str, workshops: Sequence[str]) -> str | None:
    """The workshop a Taguette document is: its name, or its name without an extension, in any case."""
    by_folded = {workshop.casefold(): workshop for workshop in workshops}
    for name in (document, Path(document).stem):
        found = by_folded.get(name.strip().casefold())
        if found:
            return found
    return None


MARKDOWN_MARKS = "*_`"  # emphasis and code marks, which a Markdown view does not show

NOT_PLACED = (
    "document is no workshop of the study",
    "tag not in the codebook export",
    "highlight text not found in the transcript",
)


def place_highlights(
    highlights: pd.DataFrame,
    code_of: dict[str, str],
    segments: pd.DataFrame,
    sources: dict[str, str],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Coding rows (segment_id, code; an empty code for a segment reviewed with no code) and the report."""
    problems: list[dict[str, str]] = []
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    texts: dict[str, tuple[str, list[int]]] = {}
    # a Markdown transcript as Taguette shows it, its emphasis marks not in the text a coder highlights
    rendered: dict[str, tuple[str, list[int]]] = {}
    for name, text in sources.items():
        kept, offsets = collapsed(text)
        texts[name] = (kept.translate(SAME_MARKS), offsets)
        kept, offsets = collapsed(text, MARKDOWN_MARKS)
        rendered[name] = (kept.translate(SAME_MARKS), offsets)
    cursor: dict[str, int] = {}  # where the workshop's last highlight was placed: Taguette exports them in order
    placed: dict[str, int] = {}  # by highlight id
    for number, row in enumerate(highlights.itertuples(index=False), start=2):
        document, tag = str(row.document), str(row.tag).strip()
        where = f"row {number} (highlight {row.id})"
        workshop = workshop_of(document, list(sources))
        if workshop is None:
            problems.append({"kind": "document is no workshop of the study", "item": document, "detail": where})
            continue
        seen.add(workshop)
        if not tag:
            continue  # a highlight with no tag codes nothing; its workshop still counts as reviewed
        if tag not in code_of:
            problems.append({"kind": "tag not in the codebook export", "item": tag, "detail": where})
            continue
        wanted = plain(str(row.content)).translate(SAME_MARKS)
        haystack, offsets = texts[workshop]
        found = [m.start() for m in re.finditer(re.escape(wanted), haystack)] if wanted else []
        if wanted and not found:
            haystack, offsets = rendered[workshop]
            found = [m.start() for m in re.finditer(re.escape(wanted), haystack)]
        if not wanted:
            problems.append({"kind": "highlight text not found in the transcript", "item": workshop,
                             "detail": f"{where}: the highlight is empty"})  # fmt: skip
            continue
        if not found:
            problems.append({"kind": "highlight text not found in the transcript", "item": workshop, "detail": where})
            continue
        if str(row.id) in placed:  # the same highlight under another tag: the same place
            start = placed[str(row.id)]
        elif len(found) > 1:
            after = [start for start in found if start > cursor.get(workshop, -1)]
            start = (after or found)[0]
            problems.append(
                {
                    "kind": "highlight text found in several places; placed by the export's order",
                    "item": workshop,
                    "detail": f"{where}: {len(found)} places",
                }
            )
        else:
            start = found[0]
        cursor[workshop] = placed[str(row.id)] = start
        begin, end = offsets[start], offsets[start + len(wanted) - 1] + 1
        in_workshop = segments[segments["workshop_id"] == workshop]
        hit = in_workshop[(in_workshop["start"] < end) & (in_workshop["end"] > begin)]
        rows += [{"segment_id": segment_id, "code": code_of[tag]} for segment_id in hit["segment_id"]]
        if len(hit) > 1:  # placed, but on more than one segment: a prompt and its answer, say; each is coded
            problems.append(
                {
                    "kind": "highlight spans several segments; each was coded",
                    "item": workshop,
                    "detail": f"{where}: {', '.join(hit['segment_id'])}",
                }
            )
    coded = {row["segment_id"] for row in rows}
    reviewed = segments[segments["workshop_id"].isin(seen) & ~segments["segment_id"].isin(coded)]
    rows += [{"segment_id": segment_id, "code": ""} for segment_id in reviewed["segment_id"]]
    for workshop in sorted(set(sources) - seen):
        problems.append({"kind": "workshop with no highlight: not marked as reviewed", "item": workshop, "detail": ""})
    coding = pd.DataFrame(rows, columns=["segment_id", "code"]).drop_duplicates()
    order = {segment_id: index for index, segment_id in enumerate(segments["segment_id"])}
    coding = coding.sort_values(
        ["segment_id", "code"], key=lambda column: column.map(order) if column.name == "segment_id" else column
    )
    return coding.reset_index(drop=True), pd.DataFrame(problems, columns=REPORT_COLUMNS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.taguette", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--codebook-csv", type=Path, required=True, help="Taguette's codebook export (.csv or .xlsx)")
    parser.add_argument("--highlights", type=Path, required=True, help="Taguette's highlights export (.csv or .xlsx)")
    parser.add_argument("--segments", type=Path, required=True, help="the study's segments (segments.parquet)")
    parser.add_argument("--sources", type=Path, required=True, help="folder of the study's normalised sources")
    parser.add_argument("--coder", default="taguette", help="the coder's name for the coding file (default: taguette)")
    parser.add_argument("--out", type=Path, required=True, help="folder for codebook.yaml, coding/ and the report")
    args = parser.parse_args(argv)
    tags = read_export(args.codebook_csv, ("tag", "description"))
    highlights = read_export(args.highlights, ("id", "document", "tag", "content"))
    raw = codebook_from_tags(tags, args.codebook_csv)
    parse_codebook(yaml.safe_load(yaml.safe_dump(raw)), args.out / "codebook.yaml")  # it must be usable
    code_of = {theme["label"]: theme["id"] for theme in raw["themes"]}
    segments = pd.read_parquet(args.segments, columns=["segment_id", "workshop_id", "start", "end"])
    sources = {path.stem: path.read_text(encoding="utf-8") for path in sorted(args.sources.glob("*.txt"))}
    if not sources:
        raise StudyError(f"{args.sources}: no sources; run the pipeline's ingest first (python -m pipeline run)")
    coding, problems = place_highlights(highlights, code_of, segments, sources)
    args.out.mkdir(parents=True, exist_ok=True)
    write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), args.out / "codebook.yaml")
    coder = slug(args.coder, set())
    write_csv(coding, args.out / "coding" / f"{coder}.csv")
    write_csv(problems, args.out / "import_report.csv")
    coded = coding[coding["code"] != ""]
    # every highlight row is placed, has no tag, or is in the report: the counts add up to the rows read
    not_placed = int(problems["kind"].isin(NOT_PLACED).sum())
    untagged = int((highlights["tag"].astype(str).str.strip() == "").sum())
    ambiguous = int(problems["kind"].str.startswith("highlight text found in several places").sum())
    spanning = int(problems["kind"].str.startswith("highlight spans several segments").sum())
    print(
        f"Taguette import: {len(highlights)} highlight rows: {len(highlights) - not_placed - untagged} placed "
        f"({ambiguous} of them where the text is in several places, by the export's order; {spanning} over more "
        f"than one segment, each coded), {not_placed} not "
        f"placed, {untagged} with no tag; {len(raw['themes'])} codes; {len(coded)} segment codes on "
        f"{coded['segment_id'].nunique()} segments, {int((coding['code'] == '').sum())} segments reviewed with no "
        f"code; {len(problems)} item(s) to look at (see {args.out / 'import_report.csv'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
