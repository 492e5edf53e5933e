"""Bring a Taguette project's coding into the study: its codebook and highlights exports.

    python -m pipeline.taguette --codebook-csv codebook.csv --highlights all_tags.csv \\
        --segments data/processed/segments.parquet --sources data/processed/sources --out data/interim/taguette

Taguette (https://www.taguette.org) exports the codebook as CSV (``tag,parent,description,number of
highlights``; older versions have no ``parent``) and the highlights as CSV (``id,document,tag,content``, one
row per highlight and tag, the content as plain text). A highlight is placed in its workshop (the document's
name, with or without its extension, is the transcript's file stem) by finding its text in the workshop's
normalised source, whitespace aside; every segment it overlaps gets its tag's code. The segments of a
workshop the coder highlighted in but did not code are written as reviewed with no code. A document
named otherwise is given its workshop in a CSV (``--documents``: document,workshop), or is the one workshop whose
id is a word of its name. A highlight whose text differs from the transcript's (anonymised since it was coded:
"Sarah" is now "[NAME]") is placed where at least 80% of its words (of five or more) stand in order. Highlights
whose text is not found, found in several places (placed by the order of the export, which is Taguette's order
in the document) or near-matched, and documents no workshop matches, are listed in ``import_report.csv``; a
highlight row that could not be placed stops the import (nothing but the report written) unless
``--accept-unplaced`` is given.

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

from pipeline.codebook import Codebook, load_codebook, parse_codebook
from pipeline.errors import StudyError, run_stage
from pipeline.imports import code_for, honest_coding, nearest, read_code_map
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


# a caption file's layout inside a highlight: Taguette shows a .vtt or .srt as it is, so a highlight over two cues
# holds the cue's number and time line, which the transcript's text does not (the ninth trial's two unplaced ones)
CAPTION_LAYOUT = re.compile(
    r"(?:\bWEBVTT\b|(?:\b\d+\s+)?\b\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}"
    r"(?:\s+[a-z]+:[^\s]+)*)"
)


def plain(content: str) -> str:
    """A highlight's content as text: any HTML Taguette left in it removed, entities read, a caption file's cue
    numbers and time lines left out, whitespace one space, in Unicode's composed form as the transcripts are (the
    seventh trial's "café" with a combining accent)."""
    text = CAPTION_LAYOUT.sub(" ", html.unescape(TAG.sub(" ", content)))
    return unicodedata.normalize("NFC", " ".join(text.split()))


def workshop_of(
    document: str, workshops: Sequence[str], named: dict[str, str] | None = None
) -> tuple[str | None, bool]:
    """The workshop a Taguette document is, and whether it was found by a word of the name only: the study's map
    (``--documents``), its name or its name without an extension in any case, or else the one workshop whose id is
    a word of the name ("Workshop ws03 (final).odt" is ws03; the eighth issue-18 trial's documents, renamed in
    Taguette, were no workshop)."""
    if named and document.strip() in named:
        return named[document.strip()], False
    by_folded = {workshop.casefold(): workshop for workshop in workshops}
    for name in (document, Path(document).stem):
        found = by_folded.get(name.strip().casefold())
        if found:
            return found, False
    words = {word.casefold() for word in re.findall(r"[^\W_]+(?:[-_][^\W_]+)*", Path(document).stem)}
    words |= {part for word in words for part in re.split(r"[-_]", word)}
    by_word = [workshop for folded, workshop in by_folded.items() if folded in words]
    return (by_word[0], True) if len(by_word) == 1 else (None, False)


def document_map(path: Path | None, workshops: Sequence[str]) -> dict[str, str]:
    """The study's map of Taguette documents to workshops (CSV: document,workshop), checked against the study."""
    if path is None:
        return {}
    table = read_export(path, ("document", "workshop"))
    for number, row in enumerate(table.itertuples(index=False), start=2):
        if str(row.workshop).strip() not in workshops:
            raise StudyError(
                f"{path} row {number}: workshop '{row.workshop}' is not one of the study's ({len(workshops)} in "
                "data/processed/sources); use the transcript's file name without its extension"
            )
    return {str(row.document).strip(): str(row.workshop).strip() for row in table.itertuples(index=False)}


NEAR = 0.8  # the share of a highlight's words that must stand in order in the transcript for a near match
NEAR_WORDS = 5  # a shorter highlight is placed only where its text is found whole: a few words match too much


def word_of(token: str) -> str:
    return re.sub(r"^\W+|\W+$", "", token).casefold()


def near_places(wanted: str, haystack: str) -> list[tuple[int, int, int]]:
    """Where a highlight's words stand in the transcript with a few of them different, as (start, end, words
    the same) in ``haystack``'s offsets: a transcript anonymised after it was coded ("Sarah" is now "[NAME]" or
    "P3"), or a word corrected since (the eighth issue-18 trial's highlights with redacted names were not
    placed). Candidates are where runs of three of its words are found; each is aligned word by word."""
    from difflib import SequenceMatcher

    asked = [word_of(token) for token in wanted.split(" ")]
    if len(asked) < NEAR_WORDS:
        return []
    tokens = list(re.finditer(r"\S+", haystack))
    words = [word_of(token.group(0)) for token in tokens]
    at: dict[tuple[str, ...], list[int]] = {}
    for index in range(len(words) - 2):
        at.setdefault(tuple(words[index : index + 3]), []).append(index)
    starts = {
        found - offset for offset in range(len(asked) - 2) for found in at.get(tuple(asked[offset : offset + 3]), [])
    }
    places: dict[tuple[int, int], int] = {}
    for start in sorted(starts):
        low, high = max(0, start - 3), min(len(words), start + len(asked) + 3)
        blocks = [
            b for b in SequenceMatcher(None, asked, words[low:high], autojunk=False).get_matching_blocks() if b.size
        ]
        same = sum(block.size for block in blocks)
        if blocks and same >= NEAR * len(asked):
            first, last = low + blocks[0].b, low + blocks[-1].b + blocks[-1].size - 1
            # the highlight's own words before and after the first and last that matched are there too
            first, last = (
                max(0, first - blocks[0].a),
                min(len(words) - 1, last + len(asked) - blocks[-1].a - blocks[-1].size),
            )
            places[(tokens[first].start(), tokens[last].end())] = same
    return [(begin, end, same) for (begin, end), same in sorted(places.items())]


MARKDOWN_MARKS = "*_`"  # emphasis and code marks, which a Markdown view does not show

NOT_PLACED = (
    "document is no workshop of the study",
    "tag not in the codebook export",
    "tag is no code of the study's codebook",
    "highlight text not found in the transcript",
)
NEAR_MATCH = "highlight placed where most of its words stand (the text differs: anonymised or corrected since?)"
BY_NAME_WORD = "document matched to the workshop whose name is a word of it"


def place_highlights(
    highlights: pd.DataFrame,
    code_of: dict[str, str],
    segments: pd.DataFrame,
    sources: dict[str, str],
    named: dict[str, str] | None = None,
    study: Codebook | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Coding rows (segment_id, code; an empty code for a segment reviewed with no code) and the report
    (``named``: the study's map of document names to workshops; ``study``: the study's codebook, when the tags are
    its codes, for the code nearest a tag that is none). A tag ``code_of`` maps to "" is one the study leaves out:
    its highlight codes nothing. A segment a highlight of which did not come in, and the uncoded segments of a
    workshop where one could not be placed, are left out (``pipeline.imports.honest_coding``)."""
    problems: list[dict[str, str]] = []
    lost: set[str] = set()  # segments a highlight of which did not come in: the tag is no code
    unplaced: set[str] = set()  # workshops a highlight of which could not be placed at all
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
        workshop, by_word = workshop_of(document, list(sources), named)
        if workshop is None:
            problems.append({"kind": "document is no workshop of the study", "item": document, "detail": where})
            continue
        if by_word and workshop not in seen:
            problems.append({"kind": BY_NAME_WORD, "item": document, "detail": f"{where}: {workshop}"})
        seen.add(workshop)
        if not tag or code_of.get(tag) == "":
            continue  # a highlight with no tag, or one the study leaves out, codes nothing; its workshop is reviewed
        unknown = tag not in code_of
        if unknown and study is not None:
            problems.append(
                {"kind": "tag is no code of the study's codebook", "item": tag, "detail": where + nearest(tag, study)}
            )
        elif unknown:
            problems.append({"kind": "tag not in the codebook export", "item": tag, "detail": where})
        wanted = plain(str(row.content)).translate(SAME_MARKS)
        haystack, offsets = texts[workshop]
        found = [m.start() for m in re.finditer(re.escape(wanted), haystack)] if wanted else []
        if wanted and not found:
            haystack, offsets = rendered[workshop]
            found = [m.start() for m in re.finditer(re.escape(wanted), haystack)]
        if not wanted:
            problems.append({"kind": "highlight text not found in the transcript", "item": workshop,
                             "detail": f"{where}: the highlight is empty"})  # fmt: skip
            unplaced.add(workshop)
            continue
        near: list[tuple[int, int, int]] = []
        if not found:
            haystack, offsets = texts[workshop]
            near = near_places(wanted, haystack)
            if not near:
                problems.append(
                    {"kind": "highlight text not found in the transcript", "item": workshop, "detail": where}
                )
                unplaced.add(workshop)
                continue
        if near:
            later = [place for place in near if place[0] > cursor.get(workshop, -1)]
            start, stop, same = (later or near)[0]
            wanted = haystack[start:stop]  # the transcript's words, for the span below
            detail = f"{where}: {same} of {len(plain(str(row.content)).split())} words the same"
            problems.append(
                {
                    "kind": NEAR_MATCH,
                    "item": workshop,
                    "detail": detail
                    + ("" if len(near) == 1 else f", {len(near)} places; placed by the export's order"),
                }
            )
        elif str(row.id) in placed:  # the same highlight under another tag: the same place
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
        if unknown:  # placed to know which segments lose a code, and those are left out of the coder's file
            lost.update(hit["segment_id"])
            continue
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
    coding, left_out = honest_coding(coding, lost, unplaced, segments)
    problems += [
        {"kind": str(kind), "item": str(item), "detail": str(detail)}
        for kind, item, detail in left_out[["kind", "item", "detail"]].itertuples(index=False)
    ]
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
    parser.add_argument(
        "--documents",
        type=Path,
        help="CSV of document,workshop: the workshop of each Taguette document named otherwise",
    )
    parser.add_argument(
        "--codebook",
        type=Path,
        help="the study's codebook: tags are its codes, by label or id, instead of a codebook made from the tags",
    )
    parser.add_argument(
        "--code-map",
        type=Path,
        help="CSV of name,code: the study's code (id or label) each tag is, or nothing for a tag the study leaves "
        "out (with --codebook)",
    )
    parser.add_argument(
        "--accept-unplaced",
        action="store_true",
        help="write the coding although some highlight rows could not be placed (they are listed in the report; "
        "a segment that lost a code is left out of the coder's file, not written as read)",
    )
    args = parser.parse_args(argv)
    tags = read_export(args.codebook_csv, ("tag", "description"))
    highlights = read_export(args.highlights, ("id", "document", "tag", "content"))
    raw = codebook_from_tags(tags, args.codebook_csv)
    parse_codebook(yaml.safe_load(yaml.safe_dump(raw)), args.out / "codebook.yaml")  # it must be usable
    code_of = {theme["label"]: theme["id"] for theme in raw["themes"]}
    study = load_codebook(args.codebook) if args.codebook else None
    code_map = read_code_map(args.code_map, study)
    if study is not None:
        # the study's own codes (the eleventh issue-18 trial's tags were its labels, and 8 of 16 ids made from them
        # differed from the codebook's): a tag is a code by its label or its id, in any case, or by the code map
        # (the thirteenth trial's "activities", "lobbying"); one that is neither is reported and not placed
        tags_used = {str(tag).strip() for tag in highlights["tag"]} | set(code_of)
        found = {tag: code_for(tag, study, code_map) for tag in sorted(tags_used) if tag}
        code_of = {tag: code for tag, code in found.items() if code is not None}
        raw = {**raw, "themes": [{"id": c.id, "label": c.label} for c in study.leaf_codes]}
    segments = pd.read_parquet(args.segments, columns=["segment_id", "workshop_id", "start", "end"])
    sources = {path.stem: path.read_text(encoding="utf-8") for path in sorted(args.sources.glob("*.txt"))}
    if not sources:
        raise StudyError(f"{args.sources}: no sources; run the pipeline's ingest first (python -m pipeline run)")
    coding, problems = place_highlights(
        highlights, code_of, segments, sources, document_map(args.documents, list(sources)), study
    )
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(problems, args.out / "import_report.csv")
    coded = coding[coding["code"] != ""]
    # every highlight row is placed, has no tag, or is in the report: the counts add up to the rows read
    not_placed = int(problems["kind"].isin(NOT_PLACED).sum())
    untagged = int((highlights["tag"].astype(str).str.strip() == "").sum())
    ambiguous = int(problems["kind"].str.startswith("highlight text found in several places").sum())
    spanning = int(problems["kind"].str.startswith("highlight spans several segments").sum())
    near = int((problems["kind"] == NEAR_MATCH).sum())
    mapped_out = int(highlights["tag"].astype(str).str.strip().map(lambda tag: code_of.get(tag) == "").sum())
    left_out = int(problems["kind"].str.startswith("segment left out").sum())
    print(
        f"Taguette import: {len(highlights)} highlight rows: "
        f"{len(highlights) - not_placed - untagged - mapped_out} placed "
        f"({ambiguous} of them where the text is in several places, by the export's order; {near} where most of "
        f"its words stand, the text differing; {spanning} over more than one segment, each coded), {not_placed} not "
        f"placed, {untagged} with no tag, {mapped_out} of a tag the code map leaves out; {len(raw['themes'])} "
        f"codes; {len(coded)} segment codes on {coded['segment_id'].nunique()} segments, "
        f"{int((coding['code'] == '').sum())} segments reviewed with no code"
        + (f", {left_out} left out (a highlight on each did not come in)" if left_out else "")
        + f"; {len(problems)} item(s) to look at (see {args.out / 'import_report.csv'})"
    )
    if not_placed and not args.accept_unplaced:
        # nothing half-imported: a coder's file without some of their highlights would read as their coding; what to
        # do depends on why (the ninth trial was told to map documents for highlights whose text was not found)
        kinds = problems[problems["kind"].isin(NOT_PLACED)]["kind"].value_counts()
        advice = {
            "document is no workshop of the study": "name each document's workshop in a CSV given with --documents",
            "tag not in the codebook export": "export the codebook again with every tag",
            "tag is no code of the study's codebook": "name the code each such tag is (or nothing, to leave it out) "
            "in a CSV of name,code given with --code-map; the report gives the nearest code",
            "highlight text not found in the transcript": "check the transcript holds the highlighted text (was it "
            "edited after coding?)",
        }
        why = "; ".join(f"{count} {kind}: {advice[str(kind)]}" for kind, count in kinds.items())
        raise StudyError(
            f"{not_placed} highlight row(s) could not be placed and nothing was written but the report (see "
            f"{args.out / 'import_report.csv'}): {why}; or rerun with --accept-unplaced to import the rest and "
            "leave these out"
        )
    if not args.codebook:  # with the study's codebook given, it stays the codebook
        write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), args.out / "codebook.yaml")
    coder = slug(args.coder, set())
    write_csv(coding, args.out / "coding" / f"{coder}.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
