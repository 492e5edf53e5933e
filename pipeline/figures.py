"""Figures: the thematic figures, each as PNG and SVG with a CSV of exactly the numbers it draws.

Takes the summary tables, the codebook and the style file; makes ``reports/figures/<name>.png``,
``.svg`` and ``.csv`` for: the characteristics across groups, the tension balance by group, themes
by stakeholder role, code co-occurrence, and coding validity (model and human agreement).
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import shutil
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only; never a window

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from pipeline.codebook import Codebook, load_codebook
from pipeline.errors import run_stage
from pipeline.estimates import EXACT, PPI, with_exact_bounds, without_exact_bounds
from pipeline.job import fork_is_safe
from pipeline.memo import forget_unused, memo_key
from pipeline.summarise import AUDIT_RATER
from pipeline.tables import atomic, paths_by_stem, read_table, write_csv

Drawing = tuple[Figure, pd.DataFrame]
FIRST_POLE, SECOND_POLE = "#0072B2", "#E69F00"  # Okabe-Ito blue and orange


def wrap(label: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(label, width))


# the tops a heatmap of percentages is coloured up to: 15 and 20 too, as 14% on a scale to 25 left most of Figure 3
# near-black (the third issue-21 trial); 30 and 40, as 29% on a scale to 50 left the seventh's Figure 2 half unused
PERCENT_CAPS = (10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 75.0, 100.0)


CELL_PT = 7.0  # a heatmap cell's text
GROUP_COLUMN_IN, ROLE_COLUMN_IN = 1.05, 1.75  # a by-group and a by-role heatmap's columns: their cells' notes fit
CHAR_EM = 0.58  # DejaVu Sans's mean character width, in ems: how many characters a cell's width holds


def cell_chars(inches: float) -> int:
    """How many characters of a cell's text fit in a column ``inches`` wide, with a little room at each side."""
    return int((inches - 0.1) * 72 / (CELL_PT * CHAR_EM))


def packed(label: str, width: int | None) -> str:
    """A cell's text with its note's lines joined where they fit ``width`` characters; the first line (the share
    or the estimate) stays alone, for the eye, and a bracketed part is kept on one line where it fits. Notes broken
    into short lines made five-line cells and figures too tall to print at a readable size (issue 21: 4 to 5 pt on
    paper)."""
    if not width:
        return label
    first, *rest = label.split("\n")
    groups: list[list[str]] = []
    for line in rest:
        still_open = bool(groups) and " ".join(groups[-1]).count("(") > " ".join(groups[-1]).count(")")
        if still_open:
            groups[-1].append(line)
        else:
            groups.append([line])
    pieces = [part for group in groups for part in ([" ".join(group)] if len(" ".join(group)) <= width else group)]
    lines: list[str] = []
    for piece in pieces:
        if lines and len(lines[-1]) + 1 + len(piece) <= width:
            lines[-1] += " " + piece
        else:
            lines.append(piece)
    return "\n".join([first, *lines])


def fitted_title(fig: Figure, title: str, size: float = 11.0) -> str:
    """The title's lines wrapped to the figure's width: a long note in one line ran past a narrow heatmap (two groups,
    4 inches wide) and widened what the page shrinks to fit, to 5.6-point cell text (the fifth issue-21 trial)."""
    width = int(fig.get_size_inches()[0] * 72 / (size * CHAR_EM))
    return "\n".join(wrapped for line in title.split("\n") for wrapped in balanced(line, width))


def balanced(line: str, width: int) -> list[str]:
    """``line`` wrapped to ``width`` characters in as few lines as that takes, each about as long as the others: filled
    greedily, the eighth issue-21 trial's title left "group" alone on its second line."""
    lines = textwrap.wrap(line, width) or [""]
    for narrower in range(max(1, len(line) // len(lines)), width):
        evened = textwrap.wrap(line, narrower)
        if len(evened) == len(lines):
            return evened
    return lines


def role_column_in(roles: int) -> float:
    """A by-role heatmap's column: ROLE_COLUMN_IN, or narrower so that the figure keeps to the printed width with
    four roles or more (four at 1.75 inches printed at 5.3 points: the fifth trial's study 2); its notes then wrap."""
    return min(ROLE_COLUMN_IN, max(0.9, (PRINTED_WIDTH_IN - 2.4) / max(roles, 1)))


def fit_rows(fig: Figure, rows: int, lines: int) -> None:
    """A heatmap's figure made tall enough for its cells' ``lines`` of 7-point text (the issue-21 trial's Figure 3:
    four lines in a 0.4-inch row ran into the rows above and below)."""
    width, height = fig.get_size_inches()
    needed = rows * (0.125 * lines + 0.1) + 1.8
    if needed > height:
        fig.set_size_inches(width, needed)


def heatmap(
    ax: Axes,
    values: np.ndarray,
    rows: Sequence[str],
    cols: Sequence[str],
    fmt: str,
    notes: np.ndarray | None = None,
    unit: str = "",
    colour_label: str = "",
    colours: np.ndarray | None = None,
    texts: np.ndarray | None = None,
    width: int | None = None,
) -> int:
    """A labelled heatmap with each cell's value written in it, and an optional note under the value. The
    colours are ``values`` unless ``colours`` are given (the estimates, where an audit sample gives them), and
    the colour bar says what they show. Percentages run from 0 to the first of PERCENT_CAPS that holds
    every cell: scaled to the largest cell, a theme on 12% of segments would look as light as one on every segment,
    and on 0 to 100 every cell of shares under 15% was the same dark blue (the issue-21 trial's Figures 2 and 3). A
    cell's note is packed into lines of ``width`` characters (``packed``); returns the most lines a cell has."""
    shade = values if colours is None else colours
    largest = float(np.nanmax(shade)) if shade.size and np.isfinite(shade).any() else 0.0
    top = next(cap for cap in PERCENT_CAPS if largest <= cap) if unit == "%" else None
    image = ax.imshow(shade, aspect="auto", vmin=0, vmax=top)
    # a label already set in lines (a column with its n) is kept as it is
    ax.set_xticks(range(len(cols)), [c if "\n" in c else wrap(c, 16) for c in cols], rotation=0, fontsize=7)
    ax.set_yticks(range(len(rows)), [r if "\n" in r else wrap(r, 22) for r in rows])
    high = top if top is not None else (np.nanmax(shade) if shade.size else 0)
    lines = 1
    for (i, j), value in np.ndenumerate(values):
        # dark text on a light cell, and on an empty one (no colour: the white page), where white text vanished
        colour = "black" if not np.isfinite(shade[i, j]) or shade[i, j] > high * 0.6 else "white"
        # no share where no human read a segment of the cell, for a code counted on human codes alone
        shown = format(value, fmt) + unit if np.isfinite(value) else "none read"
        if texts is not None and texts[i, j]:
            shown = str(texts[i, j])
        note = str(notes[i, j]) if notes is not None else ""
        label = packed(shown + (f"\n{note}" if note else ""), width)
        lines = max(lines, label.count("\n") + 1)
        ax.text(j, i, label, ha="center", va="center", fontsize=CELL_PT, color=colour)
    bar = ax.figure.colorbar(image, ax=ax, shrink=0.8, fraction=0.04, pad=0.02)  # narrow: the page is A4
    bar.set_label(colour_label, fontsize=8)
    if unit != "%" and fmt == ".0f":
        bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no "0.25" on the scale (the sixth trial)
    return lines


def estimated_shares(
    estimates: pd.DataFrame | None, codes: Sequence[str], levels: Sequence[str], scope: str, counted: np.ndarray
) -> np.ndarray | None:
    """Each cell's estimated share (%) where the audit sample gives one, its counted share where it does not;
    None before an audit sample is coded, or where every share with one is a count (a group read throughout): the
    colour bar would call counts estimates (the thirteenth trial's). The colours a reader sees first are then the
    estimates."""
    found = estimates_by_level(estimates, scope)
    if not found or all(exact(row) for row in found.values()):
        return None
    shares = counted.astype(float).copy()
    for i, code in enumerate(codes):
        for j, level in enumerate(levels):
            row = found.get((code, str(level)))
            if row is not None:
                shares[i, j] = 100 * float(row["estimate"])
    return shares


COUNTED_COLOURS = "% of segments coded (counted, no interval)"
# what a by-group or by-role heatmap reads of the summarise stage's table: each cell's count and its base (all the
# level's segments, or those humans read there: share_of, read_segments), and the overrides' own beside it
LEVEL_COLUMNS = (
    "segments", "level_workshops", "coded_segments", "share", "read_segments", "share_of", "read_by_override_only",
    "coded_by_override_only",
)  # fmt: skip
ESTIMATED_COLOURS = "estimated % of segments\n(counted % where none is estimated)"


def characteristics_by_group(tables: dict[str, pd.DataFrame], codebook: Codebook) -> Drawing:
    """Share of each group's segments carrying each characteristic (%): before an audit, the count (a tally
    with no interval: for a code the model is relied on for, over all the group's segments; for the others, over
    the segments humans coded there, "none read" where they read none) and in how many of the group's workshops
    it appears; once an audit is coded, each cell's estimate and 95% interval first, coloured by the estimate,
    with the count under it."""
    themes = [code.id for code in codebook.themes]
    data = tables["prevalence_by_group"]
    # the share's base beside it: all the group's segments, or those humans coded there (share_of, read_segments)
    kept = ["group", "code", "workshops", *LEVEL_COLUMNS]
    data = data[data["code"].isin(themes)][[c for c in kept if c in data.columns]]
    share = data.pivot(index="code", columns="group", values="share").reindex(themes)
    picked, overridden_cells, picked_text = override_cells(data, themes, "group")
    share = share.mask(overridden_cells)
    groups = list(share.columns)
    # columns as narrow as their text allows: the figure is printed at A4 width (PRINTED_WIDTH_IN)
    fig, ax = plt.subplots(figsize=(max(GROUP_COLUMN_IN * len(groups) + 1.9, 5.0), 0.55 * len(themes) + 1.5))
    workshops = data.pivot(index="code", columns="group", values="workshops").reindex(themes)
    # each group's n once, in its column's name; a cell says in how many of the group's workshops the code was
    # found only where the group has more than one (issue 21: "1 workshop" in every cell)
    sizes = column_sizes(data, "group", groups)
    held = [int(sizes.get(group, (0, 0))[1]) for group in groups]
    notes = np.array(
        [[f"in {n} of {held[j]}" if held[j] > 1 else "" for j, n in enumerate(row)] for row in workshops.to_numpy()],
        dtype=object,
    )
    notes, read = with_read_base(
        notes, data, themes, groups, "group", exact_cells(tables.get("prevalence_estimates"), "group")
    )
    estimated = level_intervals(tables.get("prevalence_estimates"), themes, groups)
    counted = share.to_numpy() * 100
    colours = estimated_shares(tables.get("prevalence_estimates"), themes, groups, "group", counted)
    label = COUNTED_COLOURS if colours is None else ESTIMATED_COLOURS
    texts, notes = cell_texts(estimated, counted, overridden_cells, picked_text, notes)
    texts, named = all_read_once(texts, [column_name(group, sizes, read) for group in groups])
    lines = heatmap(ax, counted, [codebook.code(t).label for t in themes], named, ".0f", notes, "%", label, colours,
                    texts, cell_chars(GROUP_COLUMN_IN))  # fmt: skip
    fit_rows(fig, len(themes), lines)
    title = f"{codebook.headings['themes']}: % of segments, by group"
    ax.set_title(fitted_title(fig, title + (ESTIMATED_NOTE if any_estimate(estimated) else "") + bases_note(data)))
    # the numbers behind the notes, in the figure's CSV too; a share the figure does not draw is not in it either
    # (the thirteenth trial found the CSV's 60% where the figure said "no share")
    data = data.assign(share=data["share"].mask(picked.to_numpy()))
    data = with_estimates(data, tables.get("prevalence_estimates"), "group")
    return fig, data.reset_index(drop=True)


def cell_texts(
    estimated: np.ndarray | None,
    counted: np.ndarray,
    overridden: pd.DataFrame,
    picked_text: pd.DataFrame,
    notes: np.ndarray,
) -> tuple[np.ndarray | None, np.ndarray]:
    """Each cell's text (see ``estimate_first``) and note, where overrides alone decided a cell's read segments
    (``override_cells``): no counted share, and no base ("of 2 read") to give it. An estimate from the audit sample
    still stands there, with its interval (the fifteenth issue-19 trial's cells said "no share" over the estimates
    the text gave), and the count under it says the overrides decided it (the sixteenth trial's "counted none
    coded", where the text said "decided by override")."""
    texts = estimate_first(estimated, counted)
    picked = overridden.to_numpy()
    if not picked.any():
        return texts, notes
    texts = np.full(counted.shape, "", dtype=object) if texts is None else texts.astype(object)
    with_estimate = has_estimate(estimated, counted.shape)
    texts[picked & ~with_estimate] = picked_text.to_numpy()[picked & ~with_estimate]
    if estimated is not None:
        texts[picked & with_estimate] = estimated[picked & with_estimate] + "\nno count: decided\nby overrides"
    notes = notes.copy()
    notes[picked] = ""
    return texts, notes


def has_estimate(estimated: np.ndarray | None, shape: tuple[int, ...]) -> np.ndarray:
    """Which cells have an estimate with an interval (see ``level_intervals``): not a count of every segment."""
    if estimated is None:
        return np.zeros(shape, dtype=bool)
    found: np.ndarray = np.vectorize(lambda cell: str(cell).startswith("est. "))(estimated).astype(bool)
    return found


def with_read_base(
    notes: np.ndarray,
    data: pd.DataFrame,
    codes: Sequence[str],
    levels: Sequence[str],
    level: str,
    exact: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
) -> tuple[np.ndarray, dict[str, int]]:
    """Each cell's note with the base of a share counted over the segments humans read ("of 23 read"), where it is
    not the column's n (the sixteenth issue-19 trial read "13%" under "n = 64 segments" where it was 3 of 23), and
    the levels whose every such cell has one base with no override beside it: that base goes once in the column's
    name, not in each cell (the seventh issue-21 trial's four-role figure printed at 5.8 pt, "of 61 read" in all 16
    rows). A cell counted with every segment read (``exact``: (code, level)) is of the column's n, and has no base."""
    if "share_of" not in data or "read_segments" not in data:
        return notes, {}
    found = {
        (str(row[level]), str(row["code"])): (
            int(row["read_segments"]),
            int(row.get("read_by_override_only", 0) or 0),
            int(row.get("coded_by_override_only", 0) or 0),
        )
        for row in data.to_dict("records")
        if row["share_of"] == "segments humans coded"
    }
    out = notes.copy()
    # the levels whose cells with a base all have the same one, and no override's segment beside it
    bases: dict[str, set[tuple[int, int]]] = {}
    for code in codes:
        for name in levels:
            if (str(name), code) in found and (code, str(name)) not in exact:
                read, picked, _ = found[(str(name), code)]
                bases.setdefault(str(name), set()).add((read - picked, picked))
    in_name = {name: read for name, seen in bases.items() if len(seen) == 1 for read, picked in seen if not picked}
    for i, code in enumerate(codes):
        for j, name in enumerate(levels):
            if (code, str(name)) in exact or str(name) in in_name:
                continue
            read, picked, picked_with = found.get((str(name), code), (0, 0, 0))
            # a share of the coders' reading; the overrides' picked segments beside it, in no share (the seventeenth
            # and eighteenth issue-19 trials' "11% of 63 read" held an 'add'), with how many of them carry the code
            # (the nineteenth's "+2 by override" were a 'remove' and an 'only' with no code)
            base = f"of {read - picked} read" + (f"\n(+{picked} by override,\n{picked_with} with it)" if picked else "")
            if read - picked:
                out[i, j] = "\n".join(part for part in (base, str(notes[i, j])) if part)
    return out, {name: read for name, read in in_name.items() if read}


def column_sizes(data: pd.DataFrame, level: str, levels: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Each level's segments and workshops (the n a column of shares rests on), from the prevalence table."""
    if "level_workshops" not in data:
        return {}
    first = data.drop_duplicates(level)
    found = zip(
        first[level].astype(str), first["segments"].astype(int), first["level_workshops"].astype(int), strict=True
    )
    sizes = {name: (int(segments), int(workshops)) for name, segments, workshops in found}
    return {str(v): sizes[str(v)] for v in levels if str(v) in sizes}


def column_name(level: str, sizes: dict[str, tuple[int, int]], read: dict[str, int] | None = None) -> str:
    """A column's name with its n, in lines: "walking", "n = 412 segments", "3 workshops", and where every share in
    the column is of the segments the coders read there, how many ("shares of the 61 the coders read":
    ``with_read_base``)."""
    base = f"\nshares of the {read[level]}\nthe coders read" if read and level in read else ""
    if level not in sizes:
        return wrap(level, 16) + base if base else level
    segments, workshops = sizes[level]
    # in lines no wider than a column at A4 (the parenthesised "(n = 315 segments," ran into the next column)
    return f"{wrap(level, 16)}\nn = {segments} segments\n{workshops} workshop{'s' if workshops != 1 else ''}{base}"


ALL_READ_CELL = ",\nall read"  # a cell counted with every segment of it read (level_intervals)


def all_read_once(texts: np.ndarray | None, named: list[str]) -> tuple[np.ndarray | None, list[str]]:
    """A column whose every cell is counted with every segment read says so once, in its name, not in each cell
    (the seventh issue-21 trial's Figure 2: "all read" sixteen times in each of three columns)."""
    if texts is None:
        return texts, named
    texts = texts.copy()
    named = list(named)
    for j in range(texts.shape[1]):
        if all(str(cell).endswith(ALL_READ_CELL) for cell in texts[:, j]):
            texts[:, j] = [str(cell).removesuffix(ALL_READ_CELL) for cell in texts[:, j]]
            named[j] += "\nevery segment read"
    return texts, named


def exact_cells(estimates: pd.DataFrame | None, scope: str) -> set[tuple[str, str]]:
    """The (code, level) cells of a scope counted with every segment read: exact, of the level's segments."""
    return {key for key, row in estimates_by_level(estimates, scope).items() if exact(row)}


def override_cells(
    data: pd.DataFrame, codes: Sequence[str], scope: str
) -> tuple[pd.Series, pd.DataFrame, pd.DataFrame]:
    """Which cells of a prevalence table (by ``scope``) have no share to draw: a share is of the segments the coders
    read (the summarise stage leaves out an override's, picked where the model erred: the ninth trial's brightest
    cell was 60% from 3 of 5 such segments), so a cell whose read segments overrides alone decided has none (the
    fourteenth trial's 100%). The table's rows, then codes by levels: the cells, and what each says instead."""
    overridden = data.get("read_by_override_only", pd.Series(0, index=data.index))
    # a share is of the coders' reading: no share where overrides alone decided every read segment
    picked = (data["share_of"] == "segments humans coded") & (overridden > 0) & (overridden == data["read_segments"])
    cells = data.assign(picked=picked, text="decided by\noverride:\nno share")
    every = cells.pivot(index="code", columns=scope, values="picked").reindex(list(codes)).fillna(False).astype(bool)
    said = cells.pivot(index="code", columns=scope, values="text").reindex(list(codes)).fillna("")
    return picked, every, said


ESTIMATED_NOTE = (
    "\n(each cell: the estimated share and its 95% interval where the audit gives one, then the counted share)"
)
# where codes are counted on two bases, the figure says which: the eleventh trial read "counted 23%" (of all the
# group's segments) beside "counted 8%" (of those humans coded) with nothing in the image to tell them apart
TWO_BASES_NOTE = "\n(counted: % of all segments for a code the model is relied on for, else % of those humans coded)"


def bases_note(data: pd.DataFrame) -> str:
    """TWO_BASES_NOTE where the figure's counted shares are of two bases, else nothing."""
    return TWO_BASES_NOTE if "share_of" in data and data["share_of"].nunique() > 1 else ""


def any_estimate(cells: np.ndarray | None) -> bool:
    """Whether any cell shows an estimate with its interval (a group counted throughout shows its count)."""
    return cells is not None and any(str(cell).startswith("est.") for cell in cells.ravel())


def estimate_first(estimated: np.ndarray | None, counted: np.ndarray) -> np.ndarray | None:
    """A cell's text with the estimate first, as its colour shows it, and the count under it; None (each
    cell's count as it is) before an audit sample is coded."""
    if estimated is None:
        return None
    counted_text = np.vectorize(lambda v: f"{v:.0f}%" if np.isfinite(v) else "none read")(counted)
    estimate_cells = np.vectorize(lambda text: str(text).startswith("est."))(estimated)
    # a cell the audit gives no estimate (too few audited there) says its count is one, under a title that
    # promises estimates (the seventeenth issue-19 trial's bare "13% of 23 read")
    tally = np.vectorize(lambda text: f"counted {text}\n(no estimate)" if text != "none read" else text)(counted_text)
    return np.where(
        estimate_cells, estimated + "\ncounted " + counted_text, np.where(estimated == "", tally, estimated)
    )


def exact(row: dict[Any, Any]) -> bool:
    """A share counted from the coders' codes on every segment of its cell: exact as a count, with no interval
    for the coders' own errors (its lower and upper bounds are the count itself, not a 95% interval)."""
    return str(row.get("method", "")).startswith(EXACT)


def estimates_by_level(estimates: pd.DataFrame | None, scope: str) -> dict[tuple[str, str], dict[Any, Any]]:
    """The estimates of one scope ("group", "role") that have an interval, by (code, level); empty before an
    audit sample is coded."""
    if estimates is None:
        return {}
    rows = estimates[(estimates["scope"] == scope) & estimates["lower"].notna()]
    return {(str(row["code"]), str(row["level"])): row for row in rows.to_dict("records")}


def level_intervals(
    estimates: pd.DataFrame | None, codes: Sequence[str], levels: Sequence[str], scope: str = "group"
) -> np.ndarray | None:
    """Each code's estimated share by group (or role) with its interval, as text for a heatmap's cells
    ("est. 5% (1-9)"), or None before an audit sample is coded."""
    found = estimates_by_level(estimates, scope)
    if not found:
        return None
    cells = np.full((len(codes), len(levels)), "", dtype=object)
    for i, code in enumerate(codes):
        for j, level in enumerate(levels):
            row = found.get((code, str(level)))
            if row is not None and exact(row):
                # of the level's segments, every one read (the seventh issue-21 trial read "6%, all coded by humans"
                # over "of 15 read", where 1 of 15 is 7%: the 6% was 1 of all 16)
                share = f"{100 * row['estimate']:.0f}%"
                if pd.notna(row.get("segments")):
                    share += f" ({round(float(row['estimate']) * int(row['segments']))} of {int(row['segments'])})"
                cells[i, j] = share + ALL_READ_CELL
            elif row is not None:
                cells[i, j] = f"est. {100 * row['estimate']:.0f}% ({100 * row['lower']:.0f}-{100 * row['upper']:.0f})"
    return cells


def with_estimates(data: pd.DataFrame, estimates: pd.DataFrame | None, scope: str) -> pd.DataFrame:
    """A figure's numbers with the estimate, interval and audited count of each (level, code) cell beside them."""
    if estimates is None or not (estimates["scope"].eq(scope) & estimates["lower"].notna()).any():
        return data  # no audit sample coded yet: nothing to add
    found = estimates[estimates["scope"] == scope].rename(columns={"level": scope}).astype({scope: str})
    # with how each was made: an exact count's lower and upper are the count itself, and the method says so
    # and the counts the report's text gives: audited in all, and of those, the ones no coder decided (the only
    # ones that stand for the unread segments), so the figure's data and the text can be reconciled
    columns = [scope, "code", "estimate", "lower", "upper", "audited", "human_coded", "audited_uncoded", "method"]
    columns = [column for column in columns if column in found.columns]
    merged = data.astype({scope: str}).merge(found[columns], on=[scope, "code"], how="left")
    # a count has no interval: its bounds are left empty in the figure's numbers too
    return without_exact_bounds(merged) if "method" in merged else merged


def toward(sign: int, value: np.ndarray) -> np.ndarray:
    """Bar widths pointing to their pole's side; a zero or a missing value drawn as a hairline on that side, so that
    its label ("0%", "no estimate") is written there and not over the other pole's."""
    widths: np.ndarray = sign * np.maximum(np.nan_to_num(value), 1e-9)
    return widths


def tension_balance(tables: dict[str, pd.DataFrame], codebook: Codebook) -> Drawing:
    """For each tension and group, the share of the group's segments voicing each pole: the first to the left,
    the second to the right; with each one's 95% interval once an audit sample is coded."""
    data = tables["tension_balance"].copy()
    by_group = tables["prevalence_by_group"].astype({"group": str})
    shares = by_group.set_index(["code", "group"])["share"].to_dict()
    # no share where overrides alone decided a cell's read segments, as in Figure 2
    if "read_by_override_only" in by_group and "read_segments" in by_group:
        picked_rows = override_cells(by_group, sorted(set(by_group["code"])), "group")[0]
        picked = set(zip(by_group["code"][picked_rows], by_group["group"][picked_rows], strict=True))
    else:
        picked = set()
    found = estimates_by_level(tables.get("prevalence_estimates"), "group")
    for side in ("first", "second"):
        # shares, not counts: a large group's counts would dwarf a small one's
        keys = list(zip(data[f"{side}_pole"], data["group"].astype(str), strict=True))
        data[f"{side}_pole_share"] = [np.nan if key in picked else float(shares.get(key, 0.0)) for key in keys]
        data[f"{side}_pole_no_share"] = [key in picked for key in keys]
        for column in ("estimate", "lower", "upper") if found else ():
            data[f"{side}_pole_{column}"] = [found.get(key, {}).get(column, np.nan) for key in keys]
        if found:
            data[f"{side}_pole_exact"] = [exact(found.get(key, {})) for key in keys]
            # a group the audit read too little of has no estimate, but its coders' count is drawn, hatched, as
            # Figure 2 gives it (issue 21's trial: the walking group had no bar at all)
            data[f"{side}_pole_counted"] = data[f"{side}_pole_share"].where(data[f"{side}_pole_estimate"].isna())
    measure = "estimate" if found else "share"
    # an audit sample's estimates, not only the exact counts of groups read whole: the axis says which it shows (the
    # third issue-21 trial's, with no audit, read "estimated, with 95% intervals")
    audited = any(not exact(row) for row in found.values())
    reach = [f"{side}_pole_{'upper' if found else 'share'}" for side in ("first", "second")]
    limit = max(0.01, float(np.nanmax(data[reach].to_numpy(dtype=float), initial=0))) * 100
    tensions = list(codebook.tensions)
    any_hatched = False  # whether a bar is drawn hatched, for the axis to explain
    fig, axes = plt.subplots(len(tensions), 1, figsize=(PRINTED_WIDTH_IN, 1.3 * len(tensions) + 1.4), squeeze=False)
    for ax, tension in zip(axes[:, 0], tensions, strict=True):
        rows = data[data["tension"] == tension.id]
        y = np.arange(len(rows))
        for side, sign, colour in (("first", -1, FIRST_POLE), ("second", 1, SECOND_POLE)):
            value = rows[f"{side}_pole_{measure}"].to_numpy(dtype=float) * 100
            ax.barh(y, toward(sign, value), color=colour)
            # a bar's label past its interval's end, where one is drawn: at the bar's end it sat on the whisker, and
            # "11%" read as struck through (the eighth issue-21 trial)
            end = np.nan_to_num(value)
            counted = rows[f"{side}_pole_counted"].to_numpy(dtype=float) * 100 if found else np.full(len(y), np.nan)
            if np.isfinite(counted).any():
                any_hatched = True
                hatched = ax.barh(y, toward(sign, counted), color="white", edgecolor=colour, hatch="////")
                ax.bar_label(hatched, [f"counted {v:.0f}%" if np.isfinite(v) else "" for v in counted], fontsize=7,
                             padding=2)  # fmt: skip
            if found:
                below = value - rows[f"{side}_pole_lower"].to_numpy(dtype=float) * 100
                above = rows[f"{side}_pole_upper"].to_numpy(dtype=float) * 100 - value
                # the interval's arms in the axis's direction: the first pole's bars point left; a share counted
                # from the coders' codes on every segment has no interval, and no bar is drawn for it
                arms = np.vstack([below, above] if sign > 0 else [above, below])
                keep = ~rows[f"{side}_pole_exact"].to_numpy(dtype=bool) & np.isfinite(arms).all(axis=0)
                ax.errorbar(sign * np.nan_to_num(value[keep]), y[keep], xerr=arms[:, keep], fmt="none",
                            ecolor="black", elinewidth=0.8, capsize=2)  # fmt: skip
                upper = rows[f"{side}_pole_upper"].to_numpy(dtype=float) * 100
                end = np.where(keep & np.isfinite(upper), np.fmax(end, upper), end)
            # an audit that read too few of the group's segments gives it no estimate (not "no audit": the
            # seventeenth issue-19 trial's walking group had two audited)
            missing = "no estimate" if audited else "not read"
            decided = rows[f"{side}_pole_no_share"].to_numpy(dtype=bool)
            said = [
                f"{v:.0f}%" if np.isfinite(v) else "" if np.isfinite(c) else "override: no share" if d else missing
                for v, c, d in zip(value, counted, decided, strict=True)
            ]
            for row, (text, at) in enumerate(zip(said, end, strict=True)):
                ax.annotate(text, (sign * at, row), xytext=(2 * sign, 0), textcoords="offset points", fontsize=7,
                            va="center", ha="left" if sign > 0 else "right")  # fmt: skip
        ax.set_yticks(y, rows["group"].tolist())
        ax.set_xlim(-limit * 1.3, limit * 1.3)
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_title(tension.label, fontsize=9, loc="center", pad=16)
        # the poles name the two sides of the axis, where a legend box would hide the bars
        ax.text(0, 1.02, f"\u25c0 {tension.poles[0].label}", transform=ax.transAxes, color=FIRST_POLE, fontsize=8)
        ax.text(
            1,
            1.02,
            f"{tension.poles[1].label} \u25b6",
            transform=ax.transAxes,
            color=SECOND_POLE,
            fontsize=8,
            ha="right",
        )
        # a tick at 2.5% says 2.5%, not 2% (the sixth issue-21 trial's axis read "10% 8% 5% 2% 0%" at even steps)
        ax.xaxis.set_major_formatter(lambda value, _: f"{abs(value):g}%")
    axes[-1, 0].set_xlabel(
        wrap(
            "% of the group's segments voicing each pole: "
            + (
                "estimated, with 95% intervals (no interval: counted, every segment coded by humans"
                # the hatched bars said only where one is drawn (the ninth issue-21 trial read of them in a figure of
                # none)
                + (
                    "; hatched: counted from the coders' codes, where the audit read too few of the group's segments "
                    "to estimate"
                    if any_hatched
                    else ""
                )
                + ")"
                if audited
                # every share counted: with no audit, or one that left nothing to estimate (the seventh issue-21
                # trial's study had 79 audited segments, and this said "no audit sample coded yet")
                else "counted, no interval (solid: every segment of the group coded by humans or read in the audit "
                "sample"
                + ("; hatched: of the segments humans coded, part of the group unread" if any_hatched else "")
                + ")"
                if found
                else "codes counted, no interval (no audit sample coded yet)"
            ),
            100,
        )
    )
    # how often each pole is voiced, not where a group leans: that needs intervals apart (the report's table)
    fig.suptitle(f"{codebook.headings['tensions']}: how often each group voiced each pole", fontweight="bold")
    fig.tight_layout()
    for side in ("first", "second") if found else ():  # a count has no interval: its bounds are left empty here too
        every_segment = data[f"{side}_pole_exact"].astype(bool)
        data[[f"{side}_pole_lower", f"{side}_pole_upper"]] = data[[f"{side}_pole_lower", f"{side}_pole_upper"]].where(
            ~every_segment, np.nan
        )
    return fig, data


def themes_by_role(tables: dict[str, pd.DataFrame], codebook: Codebook) -> Drawing:
    """Share of each stakeholder role's segments carrying each code: the count (a tally with no interval: for
    a code the model is relied on for, over all the role's segments; for the others, over the role's segments
    humans coded, "none read" where they read none), or, once an audit is coded, the estimate and its 95%
    interval first, coloured by the estimate, with the count under it."""
    kept = ["role", "code", *LEVEL_COLUMNS]
    data = tables["prevalence_by_role"][[c for c in kept if c in tables["prevalence_by_role"].columns]]
    share = data.pivot(index="code", columns="role", values="share").reindex(list(codebook.leaf_ids))
    # as by group: no share where overrides decided most of a cell's read segments
    picked, overridden_cells, picked_text = override_cells(data, list(codebook.leaf_ids), "role")
    share = share.mask(overridden_cells)
    roles = list(share.columns)
    column = role_column_in(len(roles))
    fig, ax = plt.subplots(figsize=(column * len(roles) + 2.4, 0.4 * len(codebook.leaf_ids) + 1.5))
    estimated = level_intervals(tables.get("prevalence_estimates"), list(codebook.leaf_ids), roles, "role")
    counted = share.to_numpy() * 100
    colours = estimated_shares(tables.get("prevalence_estimates"), list(codebook.leaf_ids), roles, "role", counted)
    label = COUNTED_COLOURS if colours is None else ESTIMATED_COLOURS
    notes, read = with_read_base(
        np.full(counted.shape, "", dtype=object), data, list(codebook.leaf_ids), roles, "role",
        exact_cells(tables.get("prevalence_estimates"), "role"),
    )  # fmt: skip
    texts, notes = cell_texts(estimated, counted, overridden_cells, picked_text, notes)  # as by group
    # each role's n (issue 21)
    texts, named = all_read_once(texts, [column_name(role, column_sizes(data, "role", roles), read) for role in roles])
    lines = heatmap(ax, counted, [c.label for c in codebook.leaf_codes], named, ".0f", notes, "%", label, colours,
                    texts, cell_chars(column))  # fmt: skip
    fit_rows(fig, len(codebook.leaf_ids), lines)
    title = "Codes by stakeholder role: % of each role's segments"
    ax.set_title(fitted_title(fig, title + (ESTIMATED_NOTE if any_estimate(estimated) else "") + bases_note(data)))
    data = data.assign(share=data["share"].mask(picked.to_numpy()))  # the CSV holds no share the figure does not draw
    return fig, with_estimates(data, tables.get("prevalence_estimates"), "role").reset_index(drop=True)


def cooccurrence(tables: dict[str, pd.DataFrame], codebook: Codebook) -> Drawing:
    """Segments carrying both codes; the diagonal is each code's own count, of every segment the report counts
    for it, an override's segment with the code included (the text gives the coders' count, and the overrides'
    segments beside it, so the diagonal can be larger). Codes counted, with no interval: they describe the coded
    segments, not the study."""
    data = tables["cooccurrence"]
    ids = list(codebook.leaf_ids)
    matrix = data.pivot(index="code", columns="other_code", values="segments").reindex(index=ids, columns=ids)
    values = matrix.to_numpy(dtype=float)
    # the diagonal (each code's own count) is written, not coloured: it would set the scale and every pair would
    # look alike (issue 21); the colours are the pairs'
    pairs = values.copy()
    np.fill_diagonal(pairs, np.nan)
    labels = [wrap(codebook.code(c).label, 22) for c in ids]
    # cells as small as their counts allow, so that 16 codes fit an A4 page at 7-point text (issue 21: 4.5 pt)
    fig, ax = plt.subplots(figsize=(0.3 * len(ids) + 2.4, 0.3 * len(ids) + 2.6))
    texts = np.vectorize(lambda v: "" if not np.isfinite(v) else f"{v:.0f}")(values).astype(object)
    np.fill_diagonal(texts, [f"({v:.0f})" if np.isfinite(v) else "" for v in np.diag(values)])
    heatmap(ax, np.nan_to_num(values), labels, labels, ".0f", colour_label="segments carrying both (counted)",
            colours=np.nan_to_num(pairs), texts=texts)  # fmt: skip
    ax.set_xticks(range(len(ids)), labels, rotation=90, fontsize=7)
    ax.set_yticks(range(len(ids)), labels, fontsize=7)
    ax.set_title(
        "Code co-occurrence: segments carrying both codes\n(in brackets on the diagonal: the code's own count)"
    )
    return fig, data


COMPARISON_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]


def coding_validity(tables: dict[str, pd.DataFrame], codebook: Codebook) -> Drawing:
    """Per code, Krippendorff's alpha of the model with the human consensus, beside the coders' own agreement (all
    coders together where there are three or more, else their pair; each pair of coders is in the appendix), with
    95% intervals that resample segments (the raters share only some); the reliability gate's interval, a separate
    bootstrap, is in the trust table. Where fewer than 10 of the segments the raters share carry the code, too few to
    measure their agreement, the row says so in words, with no marker. A marker with no bar has no interval: every
    resample gave the same value."""
    # (the docstring is the figure's caption in the report.) Each pair of coders drawn as well, five markers a code
    # piled up at alpha 1.0, most of them from a handful of segments (issue 21)
    data = tables["agreement"]
    drawn = validity_comparisons(set(data["comparison"]))
    data = data[data["comparison"].isin(drawn)].reset_index(drop=True)
    carrying = pd.to_numeric(data.get("with_code", pd.Series(np.nan, index=data.index)), errors="coerce")
    data = data.assign(measurable=~(carrying < TOO_FEW_TO_AGREE))
    ids = [c for c in [*codebook.leaf_ids, "all codes"] if c in set(data["code"])]
    labels = [codebook.code(c).label if c in codebook.leaf_ids else "All codes together" for c in ids]
    fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(ids), 1) + 1.8))
    height = 0.8 / max(len(drawn), 1)
    # where agreement cannot be measured, words at the row, not a marker: an open marker at its value (1.00 from
    # four segments) read as perfect agreement (the fifth issue-21 trial)
    unmeasured: list[tuple[float, str]] = []
    for k, comparison in enumerate(drawn):
        rows = data[data["comparison"] == comparison].set_index("code").reindex(ids)
        y = np.arange(len(ids)) + k * height
        alpha = rows["alpha"].to_numpy(dtype=float)
        measurable = rows["measurable"].fillna(True).to_numpy(dtype=bool)
        low, high = rows["alpha_low"].to_numpy(dtype=float), rows["alpha_high"].to_numpy(dtype=float)
        shown = np.where(measurable, alpha, np.nan)
        # a marker of its own per comparison, not a colour alone: the figure prints in greyscale (issue 21)
        marker = COMPARISON_MARKERS[k % len(COMPARISON_MARKERS)]
        ax.errorbar(
            shown, y, xerr=np.nan_to_num(np.vstack([shown - low, high - shown])), fmt=marker, capsize=2,
            label=comparison,
        )  # fmt: skip
        # every row without a marker says why: too few shared segments carry the code, the model never modelled it
        # (too few coded examples), or no value (the fifth trial's study 2 left three rows blank)
        carry = rows["with_code"].to_numpy(dtype=float) if "with_code" in rows else np.full(len(ids), np.nan)
        present = rows["comparison"].notna().to_numpy(dtype=bool)
        for row in range(len(ids)):
            if not present[row]:
                said = "not modelled (too few coded examples)" if comparison == MODEL_COMPARISON else ""
            elif not measurable[row]:
                said = "too few to measure" + ("" if np.isnan(carry[row]) else f": {int(carry[row])} carry the code")
            elif np.isnan(alpha[row]):
                said = "not measured"
            else:
                continue
            if said:
                unmeasured.append((float(y[row]), f"{comparison}: {said}"))
    ax.set_yticks(np.arange(len(ids)) + height * (len(drawn) - 1) / 2, labels)
    # every code's rows inside the axes, top to bottom, whether or not a marker is drawn on them: limits taken from the
    # markers alone left a row of words only above the axes, over the title (the fifth trial's study 2)
    ax.set_ylim(len(ids) - 1 + height * (len(drawn) - 1) + 0.5, -0.5)
    ax.axvline(0, color="grey", linewidth=0.6)
    ax.axvline(0.667, color="grey", linewidth=0.6, linestyle=":")
    # from -0.5, or further left where a code's alpha or its interval lies there (the seventh trial's -0.55 was
    # drawn off the plot)
    lowest = np.nanmin(data[["alpha", "alpha_low"]].to_numpy(dtype=float), initial=0.0)
    left = min(-0.5, np.floor(lowest * 10) / 10 - 0.05)
    ax.set_xlim(left, 1.05)
    for y_at, said in unmeasured:
        # on white, above the 0 and 0.667 lines, so they do not run through the words (the sixth and eighth trials),
        # and in dark grey, not the comparison's colour, which its name already gives: orange printed pale grey in
        # greyscale (the eighth)
        ax.text(left + 0.03, y_at, said, va="center", ha="left", fontsize=8.5, style="italic", color="#333333",
                zorder=5, bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.0})  # fmt: skip
    ax.set_xlabel(
        "Krippendorff's alpha (95% CI resampling segments; the reliability gate's, a separate bootstrap, see\n"
        "'How far to trust these numbers'); dotted: 0.667, the usual floor for tentative conclusions"
    )
    ax.set_title("Coding validity: agreement on each code")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=1)
    return fig, data


def validity_comparisons(present: set[str]) -> list[str]:
    """What Figure 6 draws: the model against the human consensus, and the coders' own agreement: all of them
    together where there are three or more, else their pair (an audit coder's pairs are in the appendix)."""
    pairs = sorted(c for c in present if " vs " in c and c != MODEL_COMPARISON and AUDIT_RATER not in c)
    coders = ["all human coders"] if "all human coders" in present else pairs
    return [c for c in (MODEL_COMPARISON, *coders) if c in present]


MODEL_COMPARISON = "model vs human consensus"
TOO_FEW_TO_AGREE = 10  # shared segments carrying a code below which the coders' agreement on it is not measured


ESTIMATE_WITH_MODEL = "estimate from the coders, model and audit, 95% interval"
ESTIMATE_WITHOUT_MODEL = "estimate from the coders and audit (no model), 95% interval"


def prevalence_estimates(tables: dict[str, pd.DataFrame], codebook: Codebook) -> Drawing:
    """How common each code is. Before an audit sample is coded, its count alone, with no interval (open marks: a
    circle counted of all segments, a triangle of the segments humans coded). Once one is coded, its estimated
    share of all segments with its 95% interval (filled circle: the estimate from the coders, the model and the audit
    sample; filled diamond: from the coders and the audit sample, no model; filled square with no bar: counted
    exactly, every segment coded by humans), beside the count (open)."""
    data = tables["prevalence_estimates"]
    data = data[data["scope"] == "overall"].set_index("code").reindex(list(codebook.leaf_ids))
    ids = list(codebook.leaf_ids)
    fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(ids), 1) + 1.8))
    y = np.arange(len(ids))
    estimate = data["estimate"].to_numpy(dtype=float) * 100
    low, high = data["lower"].to_numpy(dtype=float) * 100, data["upper"].to_numpy(dtype=float) * 100
    counted = data["counted_share"].to_numpy(dtype=float) * 100
    audited = bool(np.isfinite(low).any())
    if audited:
        method = data["method"].astype(str)
        counted_exactly = method.str.startswith(EXACT).to_numpy()
        # which estimates use the model's probabilities is told by the marker, not left to the CSV (the eighteenth
        # issue-19 trial could not tell a model-corrected estimate from one of the audit sample alone); each takes the
        # coders' codes as they are, and estimates only what no one read (the eighth issue-21 trial read "audit sample
        # alone" here against the summary's "the coders' codes and a random audit sample")
        for made_by, marker, label in (
            (method.str.startswith(PPI).to_numpy(), "o", ESTIMATE_WITH_MODEL),
            (method.str.startswith("audit sample only").to_numpy(), "D", ESTIMATE_WITHOUT_MODEL),
        ):
            if made_by.any():
                ax.errorbar(
                    np.where(made_by, estimate, np.nan),
                    y,
                    xerr=np.nan_to_num(np.vstack([estimate - low, high - estimate]) * made_by),
                    fmt=marker,
                    capsize=2,
                    label=label,
                )
        if counted_exactly.any():
            ax.plot(
                estimate[counted_exactly], y[counted_exactly], "s", color="black", label="counted exactly (all coded)"
            )
    # a count is of all segments for a code the model is relied on for, of the segments humans coded otherwise
    of_humans = data["counted_of"].astype(str).eq("segments humans coded").to_numpy() if "counted_of" in data else None
    if of_humans is not None and of_humans.any():
        if not of_humans.all():  # a legend entry only for marks drawn
            ax.plot(counted[~of_humans], y[~of_humans], "o", markerfacecolor="none", label="counted, of all segments")
        ax.plot(counted[of_humans], y[of_humans], "^", markerfacecolor="none",
                label="counted, of the segments humans coded")  # fmt: skip
    else:
        ax.plot(counted, y, "o", markerfacecolor="none", label="codes counted (no interval)")
    ax.set_yticks(y, [wrap(codebook.code(code).label, 40) for code in ids])
    ax.invert_yaxis()
    # a little left of 0, so that a count of none is drawn whole, not half hidden by the axis (the ninth issue-21 trial)
    ax.set_xlim(left=-0.02 * float(np.nanmax(np.r_[high, counted, estimate, 1.0])))
    # before an audit there is no estimate to speak of (the third issue-21 trial read "estimates" beside counts)
    ax.set_xlabel(
        "% of segments (estimates: of all segments; counts: as the legend says, no interval)"
        if audited
        else "% of segments, counted as the legend says (no interval)"
    )
    title = "How common each code is" if audited else "How common each code is: counts only, no audit sample yet"
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=1)  # one column: long labels reached the edge
    fig.tight_layout()
    return fig, data.reset_index()


def code_colours(codebook: Codebook) -> dict[str, str]:
    """Each theme its own colour from the style's cycle; each tension's poles the two pole colours."""
    cycle = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    colours = {code.id: cycle[i % len(cycle)] for i, code in enumerate(codebook.themes)}
    for tension in codebook.tensions:
        colours[tension.poles[0].id], colours[tension.poles[1].id] = FIRST_POLE, SECOND_POLE
    return colours


UNREAD_SHADE = "#e6e6e6"
UNREAD_LABEL = "no coder read it (model codes only)"
MARK_EDGE = "#333333"  # a codeline mark's edge, and its legend's


def codeline(
    table: pd.DataFrame,
    workshop_id: str,
    segments: int,
    codebook: Codebook,
    unread: pd.DataFrame | None = None,
    model_used: bool = True,
) -> Drawing:
    """The codes through one session, segment by segment (like MAXQDA's document portrait):
    filled marks are human codes and overrides, open marks the model's; light grey bands are the stretches no
    coder read, where an empty stretch is unread rather than without a theme. A long session runs on in rows of
    ``CODELINE_ROW`` segments, as text runs on in lines: one row 3,226 px wide shrank to 3 px text in the report
    (issue 21). ``model_used``: whether the study counts a model code anywhere; where it counts none, the legend
    names no model mark (the fifth issue-21 trial read "model (a code relied on)" in a study relying on none)."""
    data = table[table["workshop_id"] == workshop_id].reset_index(drop=True)
    ids = list(codebook.leaf_ids)
    colours = code_colours(codebook)
    # rows of equal length, each at most CODELINE_ROW segments (364 segments: three rows of 122, not two and a stub),
    # and no more rows than an A4 page holds: a longer session packs its segments closer instead, so that the page
    # never shrinks its text (a 364-segment codeline was 23 inches tall and printed at 4 pt: issue 21)
    height = CODELINE_CODE_IN * len(ids) + 0.5
    fitting = max(1, int((PRINTED_HEIGHT_IN - 1.3) // height))
    rows = min(max(1, -(-max(segments, 1) // CODELINE_ROW)), fitting)
    per_row = -(-max(segments, 1) // rows)
    width = min(max(6.0, 0.045 * per_row + 2.3), PRINTED_WIDTH_IN)
    fig, axes = plt.subplots(rows, 1, figsize=(width, height * rows + 1.3), squeeze=False)
    fig.subplots_adjust(hspace=0.3)
    # a mark as wide as a segment's share of the row, at most 28 (square points), at least 9: a long session's
    # marks overlap rather than vanish
    side = (width - 2.2) * 72 / per_row
    size = float(np.clip(0.8 * side**2, 9, 28))
    # the stretches no coder read, behind the marks (the fourteenth issue-19 trial: a blank stretch of a codeline
    # read as one where nobody spoke of anything, when nobody had read it)
    stretches = unread[unread["workshop_id"] == workshop_id] if unread is not None else pd.DataFrame()
    bands = list(stretches.get(["first_position", "last_position"], pd.DataFrame()).itertuples(index=False))
    for row, ax in enumerate(axes[:, 0]):
        first_here, last_here = row * per_row + 1, min((row + 1) * per_row, max(segments, 1))
        for first, last in bands:
            if first <= last_here and last >= first_here:
                low, high = max(float(first), first_here) - 0.5, min(float(last), last_here) + 0.5
                ax.axvspan(low, high, facecolor=UNREAD_SHADE, edgecolor="none", zorder=0)
        here = data[data["position"].between(first_here, last_here)]
        for by_human, marker_fill in ((True, "full"), (False, "none")):
            marks = here[here["source"].isin(["human", "override"]) == by_human]
            # each mark edged in dark grey, as its legend is: in greyscale the open model marks in the code's orange
            # or sky blue turned the grey of the unread band they stand on (the fifth issue-21 trial); the row names
            # the code, the fill's colour only repeats it
            ax.scatter(
                marks["position"],
                [ids.index(code) for code in marks["code"]],
                c=[colours[code] for code in marks["code"]] if marker_fill == "full" else "none",
                edgecolors=MARK_EDGE,
                marker="s",
                s=size,
                linewidths=(1.2 if size >= 16 else 0.7) if marker_fill == "none" else 0.5,
            )
        ax.set_yticks(range(len(ids)), [codebook.code(code).label for code in ids], fontsize=7)
        ax.invert_yaxis()
        # every row the same length, the last too, so that a segment is as wide in each
        ax.set_xlim(first_here - 1, first_here + per_row)
        ax.grid(axis="y", color="#dddddd", linewidth=0.5)
        ax.set_axisbelow(True)  # the code's line behind its marks, not struck through them
    axes[-1, 0].set_xlabel(f"segment, in the order of the session ({segments} segments)")
    axes[0, 0].set_title(f"Codeline: workshop {workshop_id}", pad=24)  # above the legend; the page trims the rest
    # the legend in grey, whichever codes are drawn: its swatch took the first code's colour, and the model's
    # entry vanished from a workshop with no model codes (issue 21), so whether it shows is the study's, not the
    # workshop's; above the first row, clear of the others
    legend_marks = (("#555555", "human or override"), ("none", "model (a code relied on)"))
    marks_said: list[Artist] = [
        Line2D([], [], marker="s", linestyle="", markerfacecolor=fill, markeredgecolor=MARK_EDGE, label=label)
        for fill, label in legend_marks[: 2 if model_used else 1]
    ]
    marks_said.append(Patch(facecolor=UNREAD_SHADE, edgecolor="none", label=UNREAD_LABEL))
    axes[0, 0].legend(handles=marks_said, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3)
    return fig, data


CODELINE_ROW = 125  # segments in a row of a codeline: at A4 width a segment is still a mark of its own
CODELINE_CODE_IN = 0.15  # a codeline's line per code: room for its 7-point label


FIGURES: dict[str, Callable[[dict[str, pd.DataFrame], Codebook], Drawing]] = {
    "characteristics_by_group": characteristics_by_group,
    "tension_balance": tension_balance,
    "themes_by_role": themes_by_role,
    "cooccurrence": cooccurrence,
    "coding_validity": coding_validity,
    "prevalence_estimates": prevalence_estimates,
}


DRAWN_FROM = {"characteristics_by_group": "prevalence_by_group"}  # a figure left out, and the table it draws


def left_out(name: str, codebook: Codebook, groups: int = 2) -> str | None:
    """Why a figure has nothing to draw for this codebook and study (``groups``: how many groups it has), or
    None: the report says so in its place."""
    if name == "tension_balance" and not codebook.tensions:
        return "the codebook has no tensions"
    if name == "characteristics_by_group" and not codebook.themes:
        return "the codebook has no themes"
    if name == "characteristics_by_group" and groups < 2:
        return "the study has one group, so there is nothing to compare"
    return None


def nothing_to_draw(name: str, reason: str, numbers: pd.DataFrame) -> Drawing:
    """A small figure that says why it is empty, with the table's columns and no rows: the stage's outputs
    stay the same files whatever the codebook, and a reader who opens it is told why."""
    fig, ax = plt.subplots(figsize=(6, 1.2))
    ax.axis("off")
    ax.text(0.5, 0.5, f"Nothing to draw: {reason}.", ha="center", va="center")
    ax.set_title(name.replace("_", " "))
    return fig, numbers.iloc[0:0]


# the width the report's A4 print gives a figure (178 mm, measured in its PDF: the page's 186 mm inside its margins,
# less the body's padding), and the height a figure is shrunk to at most
PRINTED_WIDTH_IN, PRINTED_HEIGHT_IN = 178 / 25.4, 235 / 25.4
SMALLEST_PRINTED_PT = 6.0  # text below 6 pt on paper is not read: issue 21's trial printed 4 to 5 pt


def printed_text(fig: Figure) -> tuple[float, float]:
    """How far the report's print shrinks the figure (1 when it fits the A4 page), and its smallest text in points
    once printed: the figure as saved (its tight box) shrunk into the page as the print stylesheet does."""
    fig.canvas.draw()
    box = fig.get_tightbbox()
    scale = min(1.0, PRINTED_WIDTH_IN / box.width, PRINTED_HEIGHT_IN / box.height)
    sizes = [
        float(text.get_fontsize())
        for text in fig.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.get_figure() is not None
    ]
    return scale, scale * min(sizes, default=SMALLEST_PRINTED_PT)


FIGURE_FILES = (".png", ".svg", ".csv")


def save(fig: Figure, numbers: pd.DataFrame, paths: dict[str, Path]) -> None:
    """PNG and SVG without timestamps (so reruns give the same bytes) and the numbers as CSV."""
    with atomic(paths[".png"]) as png, atomic(paths[".svg"]) as svg:
        fig.savefig(png, format="png", metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    write_csv(numbers, paths[".csv"])
    plt.close(fig)


def kept_paths(memo: Path | None, parts: Sequence[bytes | str]) -> dict[str, Path]:
    """Where the memo keeps a drawing of these numbers (by suffix); none without a memo."""
    if memo is None:
        return {}
    key = memo_key(parts)
    return {suffix: memo / f"{key}{suffix}" for suffix in FIGURE_FILES}


def restored(kept: dict[str, Path], paths: dict[str, Path]) -> bool:
    """Copy a kept drawing into place; False (nothing copied) when there is none."""
    if not kept or not all(path.is_file() for path in kept.values()):
        return False
    for suffix, path in kept.items():
        with atomic(paths[suffix]) as partial:
            shutil.copyfile(path, partial)
    return True


def keep_drawn(kept: dict[str, Path], paths: dict[str, Path]) -> None:
    for suffix, path in kept.items():
        with atomic(path) as partial:
            shutil.copyfile(paths[suffix], partial)


# a drawing to save: how to draw it, where to save it (by suffix), where the memo keeps it (by suffix)
Pending = tuple[Callable[[], Drawing], dict[str, Path], dict[str, Path]]
_FORKED: Sequence[Pending] = ()  # what forked workers draw, by index: they inherit it, nothing is pickled


def drawn(fig: Figure, numbers: pd.DataFrame) -> Drawing:
    """A figure already drawn, as a pending drawing (study figures are drawn to know their numbers)."""
    return fig, numbers


def draw_all(pending: Sequence[Pending], style: Path, workers: int) -> None:
    """Draw and save every pending drawing, spread over ``workers`` processes when there are several.

    Saving is most of a drawing's time (PNG and SVG rendering, 0.4 to 1 s each); each drawing is made on
    its own, so the bytes are the same for any number of workers. On Linux the workers are forked from
    this process, which costs nothing and hands them the tables, the style and figures already drawn:
    adding one workshop redraws four study figures and a codeline, and two processes halve that. Where
    forking is not safe (macOS, Windows) joblib's workers start fresh, which pays only for many drawings.
    """
    global _FORKED
    if workers > 1 and len(pending) > 1 and fork_is_safe():
        _FORKED = pending
        try:
            with multiprocessing.get_context("fork").Pool(min(workers, len(pending))) as pool:
                pool.map(draw_forked, range(len(pending)), chunksize=1)
        finally:
            _FORKED = ()
        return
    if workers > 1 and len(pending) >= 4 * workers:
        from joblib import Parallel, delayed
        from joblib.externals.loky import get_reusable_executor

        batches = [pending[i :: workers * 4] for i in range(workers * 4)]
        try:
            Parallel(n_jobs=workers)(delayed(draw_batch)(batch, style) for batch in batches)
        finally:  # joblib keeps its workers for five minutes in case more work comes; none will
            get_reusable_executor().shutdown(wait=True)
        return
    draw_batch(pending, None)


def draw_forked(index: int) -> None:
    draw_batch([_FORKED[index]], None)


def draw_batch(batch: Sequence[Pending], style: Path | None) -> None:
    if style is not None:
        plt.style.use(style)  # a fresh worker process starts with matplotlib's defaults
    for draw, paths, _ in batch:
        fig, numbers = draw()
        save(fig, numbers, paths)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.figures", description=__doc__)
    parser.add_argument("--tables", type=Path, nargs="+", required=True, help="summary tables (CSV)")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument("--style", type=Path, required=True, help="matplotlib style file")
    parser.add_argument("--figures", type=Path, nargs="+", required=True, help="output files <figure>.png/.svg/.csv")
    parser.add_argument("--segments", type=Path, required=True, help="cleared segments (for each session's length)")
    parser.add_argument(
        "--codelines",
        type=Path,
        required=True,
        help="output folder: <workshop>.png/.svg/.csv for each workshop (a folder, not a list of files, so "
        "Snakemake's plan stays small for thousands of workshops)",
    )
    parser.add_argument("--memo", type=Path, help="folder of codelines drawn before, kept by their numbers")
    parser.add_argument("--workers", type=int, default=1, help="processes drawing codelines")
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    needed = ("prevalence_by_group", "prevalence_by_role", "tension_balance", "cooccurrence", "agreement", "codelines",
              "codeline_unread", "prevalence_estimates")  # fmt: skip
    tables = {name: read_table(path) for name, path in paths_by_stem(args.tables, needed, ".csv").items()}
    if "prevalence_estimates" in tables:  # a count's bounds, left empty in the CSV, are the count again
        tables["prevalence_estimates"] = with_exact_bounds(tables["prevalence_estimates"])
    plt.style.use(args.style)
    style = args.style.read_bytes()
    used: set[str] = set()
    pending: list[Pending] = []
    # a figure is saved again only when its numbers, the codebook or the style changed (saving, not
    # drawing, is most of a figure's time); the same for codelines below
    for name, draw in FIGURES.items():
        reason = left_out(name, codebook, tables["prevalence_by_group"]["group"].nunique())
        if reason:  # the numbers' columns from the table the figure would draw
            fig, numbers = nothing_to_draw(name, reason, tables[DRAWN_FROM.get(name, name)])
        else:
            fig, numbers = draw(tables, codebook)
        paths = {suffix: paths_by_stem(args.figures, [name], suffix)[name] for suffix in FIGURE_FILES}
        kept = kept_paths(args.memo, [style, codebook.fingerprint, name, numbers.to_csv(index=False)])
        used |= {path.name for path in kept.values()}
        if restored(kept, paths):
            plt.close(fig)
            continue
        pending.append((functools.partial(drawn, fig, numbers), paths, kept))
    figures_drawn = len(pending)
    lengths = pd.read_parquet(args.segments, columns=["workshop_id"])["workshop_id"].value_counts()
    args.codelines.mkdir(parents=True, exist_ok=True)
    by_workshop = {str(key): rows for key, rows in tables["codelines"].groupby("workshop_id", sort=False)}
    empty = tables["codelines"].iloc[0:0]
    unread = tables["codeline_unread"].astype({"workshop_id": str})
    unread_by_workshop = {str(key): rows for key, rows in unread.groupby("workshop_id", sort=False)}
    model_used = bool(tables["codelines"]["source"].eq("model").any())
    for workshop_id in sorted(lengths.index):
        rows = by_workshop.get(str(workshop_id), empty)
        stretches = unread_by_workshop.get(str(workshop_id), unread.iloc[0:0])
        paths = {suffix: args.codelines / f"{workshop_id}{suffix}" for suffix in FIGURE_FILES}
        # a codeline is redrawn only when its numbers, the codebook or the style changed: adding a
        # workshop to a study of hundreds draws one codeline, not hundreds
        kept = kept_paths(
            args.memo,
            [style, codebook.fingerprint, str(workshop_id), str(lengths[workshop_id]), rows.to_csv(index=False),
             stretches.to_csv(index=False), f"model used: {model_used}"],
        )  # fmt: skip
        used |= {path.name for path in kept.values()}
        if restored(kept, paths):
            continue
        pending.append(
            (
                functools.partial(
                    codeline, rows, str(workshop_id), int(lengths[workshop_id]), codebook, stretches, model_used
                ),
                paths,
                kept,
            )
        )
    draw_all(pending, args.style, args.workers)
    for _, paths, kept in pending:
        keep_drawn(kept, paths)
    if args.memo:
        forget_unused(args.memo, used)
    codelines_drawn = len(pending) - figures_drawn
    print(
        f"wrote {len(FIGURES)} figures ({', '.join(FIGURES)}; {figures_drawn} drawn) and {len(lengths)} "
        f"codelines ({codelines_drawn} drawn, {len(lengths) - codelines_drawn} unchanged since they were last drawn)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
