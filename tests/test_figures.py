import itertools
import re
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from conftest import draw_figures

from pipeline.codebook import Codebook
from pipeline.estimates import PPI
from pipeline.figures import (
    ESTIMATE_WITH_MODEL,
    ESTIMATE_WITHOUT_MODEL,
    MARK_EDGE,
    UNREAD_LABEL,
    UNREAD_SHADE,
    all_read_once,
    codeline,
    estimate_first,
    estimated_shares,
    heatmap,
    level_intervals,
)

PROJECT = Path(__file__).resolve().parents[1]


def draw(summary_tables: dict[str, Path], out: Path) -> list[Path]:
    drawn = draw_figures(summary_tables, out)
    return drawn["figures"] + drawn["codelines"]


def test_every_figure_as_png_svg_and_the_numbers_it_draws(summary_tables: dict[str, Path], tmp_path: Path) -> None:
    files = draw(summary_tables, tmp_path / "figures")
    for path in files:
        assert path.stat().st_size > 0
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in files if p.suffix == ".png")
    assert all(b"<svg" in p.read_bytes()[:2000] for p in files if p.suffix == ".svg")
    heat = pd.read_csv(tmp_path / "figures" / "characteristics_by_group.csv")
    by_group = pd.read_csv(summary_tables["prevalence_by_group"])
    themes = by_group[by_group["code"].isin(heat["code"])]
    assert len(heat) == 6 * 2  # six characteristics by two groups, zeros included
    assert (
        heat.set_index(["group", "code"])["share"].to_dict() == themes.set_index(["group", "code"])["share"].to_dict()
    )
    balance = pd.read_csv(tmp_path / "figures" / "tension_balance.csv")
    counted = pd.read_csv(summary_tables["tension_balance"])
    assert balance[counted.columns].equals(counted)
    # the bars are each pole's share of its group's segments, so that a small group is not dwarfed
    share = by_group.set_index(["code", "group"])["share"]
    for row in balance.to_dict("records"):
        assert row["first_pole_share"] == share[(row["first_pole"], row["group"])]
        assert row["second_pole_share"] == share[(row["second_pole"], row["group"])]
    assert "no interval (no audit sample coded yet)" in (tmp_path / "figures" / "tension_balance.svg").read_text()


def test_the_style_file_is_applied(summary_tables: dict[str, Path], tmp_path: Path) -> None:
    draw(summary_tables, tmp_path / "figures")
    svg = (tmp_path / "figures" / "tension_balance.svg").read_text(encoding="utf-8")
    assert "#0072b2" in svg.lower()  # Okabe-Ito blue for the first pole
    assert "<text" in svg  # svg.fonttype none: labels stay searchable text


def test_same_numbers_same_bytes(summary_tables: dict[str, Path], tmp_path: Path) -> None:
    first = draw(summary_tables, tmp_path / "one")
    second = draw(summary_tables, tmp_path / "two")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_a_codeline_per_workshop_with_its_codes_in_session_order(
    summary_tables: dict[str, Path], tmp_path: Path
) -> None:
    draw(summary_tables, tmp_path / "figures")
    codeline = pd.read_csv(tmp_path / "figures" / "codelines" / "a.csv")
    assert codeline[["position", "code", "source"]].values.tolist() == [
        [1, "mutual_support", "human"],
        [1, "needing_ground_rules", "human"],
        [2, "mutual_support", "model"],
    ]
    assert pd.read_csv(tmp_path / "figures" / "codelines" / "c.csv")["code"].tolist() == ["needing_ground_rules"]


def test_a_figure_or_codeline_whose_numbers_did_not_change_is_not_drawn_again(
    summary_tables: dict[str, Path], tmp_path: Path
) -> None:
    drawn = draw_figures(summary_tables, tmp_path / "first", memo=tmp_path / "memo")
    first = drawn["figures"] + drawn["codelines"]
    kept = sorted(path.name for path in (tmp_path / "memo").iterdir())
    assert len(kept) == len(first)  # png, svg and csv of each figure and of each workshop's codeline
    for path in (tmp_path / "memo").iterdir():  # what a second run copies is the memo, not a new drawing
        path.write_bytes(path.read_bytes() + b" ")
    again = draw_figures(summary_tables, tmp_path / "second", memo=tmp_path / "memo")
    second = again["figures"] + again["codelines"]
    assert all(b.read_bytes() == a.read_bytes() + b" " for a, b in zip(first, second, strict=True))
    assert sorted(path.name for path in (tmp_path / "memo").iterdir()) == kept


def test_codelines_drawn_by_two_processes_are_the_bytes_one_process_draws(
    summary_tables: dict[str, Path], tmp_path: Path
) -> None:
    import functools

    from pipeline.codebook import load_codebook
    from pipeline.figures import Pending, codeline, draw_all

    codebook = load_codebook(PROJECT / "config/codebook.yaml")
    table = pd.read_csv(summary_tables["codelines"])
    rows = {workshop: group for workshop, group in table.groupby("workshop_id")}

    def pending(out: Path) -> list[Pending]:
        drawings: list[Pending] = []
        for n in range(10):  # enough to be split over the processes
            workshop = sorted(rows)[n % len(rows)]
            paths = {suffix: out / f"{workshop}{n}{suffix}" for suffix in (".png", ".svg", ".csv")}
            drawings.append((functools.partial(codeline, rows[workshop], f"{workshop}{n}", 3 + n, codebook), paths, {}))
        return drawings

    style = PROJECT / "config/figures.mplstyle"
    one, two = pending(tmp_path / "one"), pending(tmp_path / "two")
    draw_all(one, style, workers=1)
    draw_all(two, style, workers=2)
    for a, b in zip(one, two, strict=True):
        for suffix in (".png", ".svg", ".csv"):
            assert a[1][suffix].read_bytes() == b[1][suffix].read_bytes(), a[1][suffix].name
    assert "Codeline: workshop a0" in (tmp_path / "two" / "a0.svg").read_text(encoding="utf-8")


def test_before_an_audit_the_prevalence_figure_shows_counts_and_says_so(
    summary_tables: dict[str, Path], tmp_path: Path
) -> None:
    draw(summary_tables, tmp_path / "figures")
    numbers = pd.read_csv(tmp_path / "figures" / "prevalence_estimates.csv")
    assert numbers["lower"].isna().all()
    assert numbers["method"].str.startswith("codes counted: no audit sample yet").all()
    assert "no audit sample yet" in (tmp_path / "figures" / "prevalence_estimates.svg").read_text()
    # the heatmaps' colours are counts, and their colour bars say so
    assert "counted, no interval" in (tmp_path / "figures" / "characteristics_by_group.svg").read_text()


def test_after_an_audit_the_by_group_figure_gives_each_cells_estimate_and_interval(
    summary_tables: dict[str, Path], tmp_path: Path
) -> None:
    estimates = pd.read_csv(summary_tables["prevalence_estimates"])
    in_group = estimates["scope"] == "group"
    estimates.loc[in_group, ["estimate", "lower", "upper", "audited"]] = [0.25, 0.05, 0.7, 20]
    estimates.loc[in_group, "method"] = PPI
    estimates.to_csv(summary_tables["prevalence_estimates"], index=False)
    draw(summary_tables, tmp_path / "figures")
    numbers = pd.read_csv(tmp_path / "figures" / "characteristics_by_group.csv")
    assert (numbers[["estimate", "lower", "upper"]].to_numpy() == [0.25, 0.05, 0.7]).all()
    svg = (tmp_path / "figures" / "characteristics_by_group.svg").read_text()
    # the estimate first, as the colours show it (the colour bar says so), the count under it
    assert "est. 25% (5-70)" in svg
    assert "estimated % of segments" in svg
    assert re.search(r"counted \d+%", svg)
    counted = np.array([[10.0, 50.0]])
    found = pd.DataFrame([{"scope": "group", "level": "g1", "code": "c", "estimate": 0.25, "lower": 0.1, "upper": 0.4}])
    assert estimated_shares(found, ["c"], ["g1", "g2"], "group", counted).tolist() == [[25.0, 50.0]]


def test_after_an_audit_the_tension_and_role_figures_draw_each_estimate_with_its_interval(
    summary_tables: dict[str, Path], tmp_path: Path
) -> None:
    estimates = pd.read_csv(summary_tables["prevalence_estimates"])
    for scope, values in (("group", [0.3, 0.1, 0.6, 25]), ("role", [0.2, 0.04, 0.5, 30])):
        estimates.loc[estimates["scope"] == scope, ["estimate", "lower", "upper", "audited"]] = values
        estimates.loc[estimates["scope"] == scope, "method"] = PPI
    estimates.to_csv(summary_tables["prevalence_estimates"], index=False)
    draw(summary_tables, tmp_path / "figures")
    balance = pd.read_csv(tmp_path / "figures" / "tension_balance.csv")
    for side in ("first", "second"):
        assert (balance[[f"{side}_pole_estimate", f"{side}_pole_lower", f"{side}_pole_upper"]] == [0.3, 0.1, 0.6]).all(
            axis=None
        )
    svg = (tmp_path / "figures" / "tension_balance.svg").read_text()
    assert "estimated, with 95% intervals" in svg
    assert "30%" in svg
    roles = pd.read_csv(tmp_path / "figures" / "themes_by_role.csv")
    assert (roles[["estimate", "lower", "upper", "audited"]] == [0.2, 0.04, 0.5, 30]).all(axis=None)
    assert "est. 20% (4-50)" in (tmp_path / "figures" / "themes_by_role.svg").read_text()
    # a group counted throughout has no interval in the figure's numbers either (the twelfth trial read the art
    # group's 0.051724 three times in tension_balance.csv)
    exact = "every segment here coded by humans: their codes counted, exact"
    estimates.loc[estimates["scope"] == "group", ["lower", "upper", "method"]] = [np.nan, np.nan, exact]
    estimates.to_csv(summary_tables["prevalence_estimates"], index=False)
    draw(summary_tables, tmp_path / "counted")
    balance = pd.read_csv(tmp_path / "counted" / "tension_balance.csv")
    assert (
        balance[["first_pole_lower", "first_pole_upper", "second_pole_lower", "second_pole_upper"]]
        .isna()
        .all(axis=None)
    )
    assert (balance["first_pole_estimate"] == 0.3).all()


def test_percentages_are_coloured_on_a_stepped_scale_and_counts_on_their_own_range() -> None:
    """Scaled to its largest cell, a theme on 12% of segments would look like one on every segment; on 0 to 100,
    every share under 15% was the same dark blue (the issue-21 trial). The top is the first of 10, 15, 20, 25, 30, 40,
    50, 75, 100 that holds every cell: the seventh issue-21 trial's 29% on a scale to 50 left half the scale unused."""
    fig, (shares, counts, most, under_30) = plt.subplots(1, 4)
    heatmap(shares, np.array([[3.0, 12.0]]), ["a theme"], ["g1", "g2"], ".0f", unit="%")
    heatmap(counts, np.array([[3, 12]]), ["a theme"], ["g1", "g2"], "d")
    heatmap(most, np.array([[3.0, 80.0]]), ["a theme"], ["g1", "g2"], ".0f", unit="%")
    heatmap(under_30, np.array([[3.0, 29.0]]), ["a theme"], ["g1", "g2"], ".0f", unit="%")
    assert shares.images[0].get_clim() == (0, 15)
    assert counts.images[0].get_clim() == (0, 12)
    assert most.images[0].get_clim() == (0, 100)
    assert under_30.images[0].get_clim() == (0, 30)
    # the cell texts stay readable: the low share on the dark end in white, the high one (12 of 15) on a light cell
    assert [t.get_color() for t in shares.texts] == ["white", "black"]
    assert [t.get_color() for t in most.texts] == ["white", "black"]
    plt.close(fig)


def test_a_share_counted_on_every_segment_is_drawn_without_an_interval() -> None:
    """A group coded throughout by humans has its count, exact, and no "est. 6% (6-6)" cell: the fourth trial
    read zero-width "95% intervals" there."""
    exact = "every segment here coded by humans: their codes counted, exact"
    found = pd.DataFrame(
        [
            {
                "scope": "group",
                "level": "g1",
                "code": "c",
                "estimate": 0.06,
                "lower": 0.06,
                "upper": 0.06,
                "method": exact,
            },
            {
                "scope": "group",
                "level": "g2",
                "code": "c",
                "estimate": 0.25,
                "lower": 0.1,
                "upper": 0.4,
                "method": "ppi",
            },
        ]
    )
    cells = level_intervals(found, ["c"], ["g1", "g2"])
    assert cells is not None
    assert cells.tolist() == [["6%,\nall read", "est. 25% (10-40)"]]
    shown = estimate_first(cells, np.array([[6.0, 30.0]]))
    assert shown is not None
    assert shown.tolist() == [["6%,\nall read", "est. 25% (10-40)\ncounted 30%"]]
    # with the cell's segments, its count too (the seventh issue-21 trial read "6%, all coded by humans" over "of 15
    # read": 1 of 15 is 7%, and the 6% was 1 of all 16); a column read throughout says "all read" once, in its name
    cells = level_intervals(found.assign(segments=[16, 40]), ["c"], ["g1", "g2"])
    assert cells is not None
    assert cells.tolist() == [["6% (1 of 16),\nall read", "est. 25% (10-40)"]]
    texts, named = all_read_once(cells, ["g1\nn = 16 segments", "g2\nn = 40 segments"])
    assert texts is not None
    assert texts.tolist() == [["6% (1 of 16)", "est. 25% (10-40)"]]
    assert named == ["g1\nn = 16 segments\nevery segment read", "g2\nn = 40 segments"]


def test_the_validity_axis_reaches_the_lowest_alpha_and_its_interval(codebook) -> None:  # type: ignore[no-untyped-def]
    """The seventh trial: a code at alpha -0.55 (interval -0.65 to -0.45) was drawn off an axis that stopped
    at -0.5."""
    from pipeline.figures import coding_validity

    code = codebook.leaf_ids[0]
    agreement = pd.DataFrame(
        {
            "code": [code, "all codes"],
            "comparison": ["model vs consensus", "model vs consensus"],
            "alpha": [-0.55, 0.4],
            "alpha_low": [-0.65, 0.3],
            "alpha_high": [-0.45, 0.5],
        }
    )
    fig, _ = coding_validity({"agreement": agreement}, codebook)
    left, right = fig.axes[0].get_xlim()
    plt.close(fig)
    assert left <= -0.65
    assert right == 1.05
    fig, _ = coding_validity({"agreement": agreement.assign(alpha=0.5, alpha_low=0.2, alpha_high=0.6)}, codebook)
    assert fig.axes[0].get_xlim()[0] == -0.5
    plt.close(fig)


def test_a_share_of_segments_picked_by_overrides_is_not_drawn_as_one(codebook) -> None:  # type: ignore[no-untyped-def]
    """The ninth trial: the demo's brightest cell was 60% from 3 of 5 segments an override alone decided, picked
    where the model erred, in a group of 364. A share is of the coders' reading (the summarise stage's: here 0 of
    the 2 they read), the overrides' counted beside it; where overrides decided every read segment, no share."""
    from pipeline.figures import characteristics_by_group

    themes = [code.id for code in codebook.themes]
    cells = {"men": (3, 0.0, 5, 3, 3), "carers": (2, 0.1, 20, 0, 0), "walkers": (1, float("nan"), 2, 2, 1)}
    rows = [
        {"group": group, "code": code, "segments": 364, "coded_segments": coded, "share": share, "workshops": 1,
         "read_segments": read, "share_of": "segments humans coded", "read_by_override_only": picked,
         "coded_by_override_only": picked_with}
        for group, (coded, share, read, picked, picked_with) in cells.items()
        for code in themes
    ]  # fmt: skip
    fig, data = characteristics_by_group({"prevalence_by_group": pd.DataFrame(rows)}, codebook)
    drawn = [text.get_text() for text in fig.axes[0].texts]
    plt.close(fig)
    drawn = [" ".join(text.split()) for text in drawn]  # as read: the lines a cell is packed into aside
    assert drawn.count("0% of 2 read (+3 by override, 3 with it)") == len(themes)
    assert drawn.count("decided by override: no share") == len(themes)
    assert not any(text.startswith("60%") for text in drawn)
    # carers' every share is of the 20 the coders read, with no override beside it: said once, in the column's name
    assert drawn.count("10%") == len(themes)
    carers = next(label.get_text() for label in fig.axes[0].get_xticklabels())
    assert carers == "carers\nshares of the 20\nthe coders read"
    assert set(data["read_by_override_only"]) == {0, 2, 3}


def test_a_cell_overrides_picked_under_an_estimate_says_so_not_none_coded(codebook: Codebook) -> None:
    """The sixteenth issue-19 trial: a group no coder read, where two 'only' overrides had decided two segments,
    read "est. 16% (12-22) / counted none coded / of 2 read" where the text said "decided by override"."""
    from pipeline.figures import characteristics_by_group

    themes = [code.id for code in codebook.themes]
    rows = [
        {"group": group, "code": code, "segments": 42, "coded_segments": 0, "share": float("nan") if picked else 0.1,
         "workshops": 0, "read_segments": 2 if picked else 20, "share_of": "segments humans coded",
         "read_by_override_only": 2 if picked else 0}
        for group, picked in (("parents", True), ("carers", False))
        for code in themes
    ]  # fmt: skip
    estimates = pd.DataFrame([{"scope": "group", "level": "parents", "code": code, "estimate": 0.16, "lower": 0.12,
                               "upper": 0.22, "method": "prediction-powered"} for code in themes])  # fmt: skip
    fig, _ = characteristics_by_group({"prevalence_by_group": pd.DataFrame(rows), "prevalence_estimates": estimates},
                                      codebook)  # fmt: skip
    drawn = [text.get_text() for text in fig.axes[0].texts]
    plt.close(fig)
    assert [" ".join(text.split()) for text in drawn].count("est. 16% (12-22) no count: decided by overrides") == len(
        themes
    )
    assert not any("none coded" in text or "of 2 read" in text for text in drawn)


def test_a_heatmap_of_shares_on_two_bases_says_so(codebook) -> None:  # type: ignore[no-untyped-def]
    """The eleventh trial: "counted 23%" (of all the group's segments, a code relied on) beside "counted 8%" (of
    those humans coded) with nothing in the image to tell the bases apart; one base needs no such note."""
    from pipeline.figures import TWO_BASES_NOTE, characteristics_by_group

    themes = [code.id for code in codebook.themes]
    rows = [
        {"group": group, "code": code, "segments": 70, "coded_segments": 3, "share": 0.1, "workshops": 2,
         "read_segments": 36, "share_of": "all segments" if code == themes[0] else "segments humans coded"}
        for group in ("art", "walking")
        for code in themes
    ]  # fmt: skip
    for table, noted in ((pd.DataFrame(rows), True), (pd.DataFrame(rows).assign(share_of="all segments"), False)):
        fig, _ = characteristics_by_group({"prevalence_by_group": table}, codebook)
        title = fig.axes[0].get_title()
        plt.close(fig)
        assert (" ".join(TWO_BASES_NOTE.split()) in " ".join(title.split())) is noted  # wrapped to the width


def test_a_codelines_legend_says_both_marks_in_grey_whatever_is_drawn(codebook: Codebook) -> None:
    """Issue 21: the legend's swatch took the first code's colour, and the model's entry vanished from a workshop
    with no model codes."""
    table = pd.DataFrame({"workshop_id": ["a"], "position": [1], "code": ["mutual_support"], "source": ["human"]})
    fig, _ = codeline(table, "a", 3, codebook)
    legend = fig.axes[0].get_legend()
    assert [text.get_text() for text in legend.get_texts()] == ["human or override", "model (a code relied on)",
                                                                 UNREAD_LABEL]  # fmt: skip
    assert {handle.get_markeredgecolor() for handle in legend.legend_handles[:2]} == {MARK_EDGE}
    plt.close(fig)
    # a study that counts no model code anywhere: no model mark to name
    fig, _ = codeline(table, "a", 3, codebook, model_used=False)
    assert [text.get_text() for text in fig.axes[0].get_legend().get_texts()] == ["human or override", UNREAD_LABEL]
    plt.close(fig)


def test_a_codeline_shades_the_stretches_no_coder_read(codebook: Codebook) -> None:
    """The fourteenth issue-19 trial: a blank stretch of a codeline read as talk of nothing, where nobody had read
    it. Segments 3 to 5 and 7 of workshop a no coder read (6 an audit coder or a one-code override touched, which
    is no reading of every code); b's are another workshop's."""
    from matplotlib.colors import to_hex

    from pipeline.summarise import unread_stretches

    segments = pd.DataFrame({"segment_id": [f"a-{n}" for n in range(1, 8)] + ["b-1", "b-2"],
                             "workshop_id": ["a"] * 7 + ["b"] * 2})  # fmt: skip
    stretches = unread_stretches(segments, {"a-1", "a-2", "a-6", "b-2"})
    assert stretches.values.tolist() == [["a", 3, 5, 3], ["a", 7, 7, 1], ["b", 1, 1, 1]]
    assert unread_stretches(segments, None).empty  # who read what is not known: nothing is shaded
    table = pd.DataFrame({"workshop_id": ["a"], "position": [1], "code": ["mutual_support"], "source": ["human"]})
    fig, _ = codeline(table, "a", 7, codebook, stretches)
    ax = fig.axes[0]
    bands = [patch for patch in ax.patches if to_hex(patch.get_facecolor()) == UNREAD_SHADE]
    assert sorted((round(b.get_x(), 1), round(b.get_x() + b.get_width(), 1)) for b in bands) == [(2.5, 5.5),
                                                                                               (6.5, 7.5)]  # fmt: skip
    assert UNREAD_LABEL in [text.get_text() for text in ax.get_legend().get_texts()]
    plt.close(fig)


def test_a_role_overrides_decided_draws_no_share(codebook: Codebook) -> None:
    """The fourteenth issue-19 trial: a role's cell read 100% where overrides alone had decided its segments."""
    from pipeline.figures import themes_by_role

    rows = [
        {"role": role, "code": code.id, "segments": 10, "coded_segments": coded, "share": share, "read_segments": read,
         "share_of": "segments humans coded", "read_by_override_only": picked}
        for code in codebook.leaf_codes
        for role, coded, share, read, picked in (("commissioner", 3, 1.0, 3, 3), ("member", 2, 0.25, 8, 1))
    ]  # fmt: skip
    fig, numbers = themes_by_role({"prevalence_by_role": pd.DataFrame(rows)}, codebook)
    cells = [text.get_text() for text in fig.axes[0].texts]
    plt.close(fig)
    assert [" ".join(cell.split()) for cell in cells].count("decided by override: no share") == len(codebook.leaf_codes)
    assert "100%" not in cells
    assert numbers.loc[numbers["role"] == "commissioner", "share"].isna().all()
    assert (numbers.loc[numbers["role"] == "member", "share"] == 0.25).all()


def test_a_column_says_its_n_once_and_the_co_occurrence_colours_only_the_pairs(codebook: Codebook) -> None:
    """Issue 21: "1 workshop" was written in every cell of a group of one workshop, no role said how many
    segments it rested on, and the co-occurrence diagonal (each code's own count) set the colour scale, so every
    pair looked alike, with labels for rows and ids for columns."""
    from pipeline.figures import characteristics_by_group, cooccurrence, themes_by_role, wrap

    themes = [code.id for code in codebook.themes]
    rows = [
        {"group": group, "code": code, "segments": 364 if group == "men" else 80, "coded_segments": 4,
         "share": 0.2, "workshops": 1, "level_workshops": 1 if group == "men" else 3, "read_segments": 20,
         "share_of": "segments humans coded", "read_by_override_only": 0}
        for group in ("men", "carers")
        for code in themes
    ]  # fmt: skip
    fig, _ = characteristics_by_group({"prevalence_by_group": pd.DataFrame(rows)}, codebook)
    columns = [label.get_text() for label in fig.axes[0].get_xticklabels()]
    drawn = [text.get_text() for text in fig.axes[0].texts]
    plt.close(fig)
    read = "\nshares of the 20\nthe coders read"  # the base of every share in the column, said once there
    assert columns == ["carers\nn = 80 segments\n3 workshops" + read, "men\nn = 364 segments\n1 workshop" + read]
    assert not any("workshop" in text for text in drawn)  # the n is the column's, not every cell's
    assert sum(text.endswith("in 1 of 3") for text in drawn) == len(themes)  # where a group has more than one
    # a share of the segments humans read gives that base, not the column's n (the sixteenth issue-19 trial read
    # "13%" under "n = 64 segments" where it was 3 of 23): in the column's name where every cell has the same one
    # (the seventh issue-21 trial's "of 61 read" in every cell), in the cell where it is not
    assert not any("of 20 read" in text for text in drawn)
    rows[0] = {**rows[0], "read_segments": 19}
    fig, _ = characteristics_by_group({"prevalence_by_group": pd.DataFrame(rows)}, codebook)
    drawn = [" ".join(text.get_text().split()) for text in fig.axes[0].texts]
    columns = [label.get_text() for label in fig.axes[0].get_xticklabels()]
    plt.close(fig)
    assert columns[1].endswith("1 workshop")  # men: 19 for one code, 20 for the rest
    assert sum(text.startswith("20% of 20 read") for text in drawn) == len(themes) - 1
    assert sum(text.startswith("20% of 19 read") for text in drawn) == 1
    roles = pd.DataFrame(rows).rename(columns={"group": "role"}).replace({"men": "member", "carers": "facilitator"})
    roles = roles.merge(pd.DataFrame({"code": list(codebook.leaf_ids)}), how="right", on="code").fillna(
        {"role": "member", "segments": 364, "level_workshops": 1, "coded_segments": 0, "share": 0.0,
         "read_segments": 20, "read_by_override_only": 0, "share_of": "segments humans coded"}
    )  # fmt: skip
    fig, _ = themes_by_role({"prevalence_by_role": roles}, codebook)
    assert any("\nn = 364 segments\n" in label.get_text() for label in fig.axes[0].get_xticklabels())
    plt.close(fig)
    ids = list(codebook.leaf_ids)[:3]
    pairs = pd.DataFrame(
        [{"code": a, "other_code": b, "segments": 50 if a == b else (4 if {a, b} == set(ids[:2]) else 1)}
         for a in ids for b in ids]
    )  # fmt: skip
    small = type(codebook)(**{**codebook.__dict__, "themes": tuple(codebook.code(c) for c in ids), "tensions": ()})
    fig, _ = cooccurrence({"cooccurrence": pairs}, small)
    image = fig.axes[0].images[0].get_array()
    texts = [text.get_text() for text in fig.axes[0].texts]
    columns = [label.get_text() for label in fig.axes[0].get_xticklabels()]
    plt.close(fig)
    assert image[0, 0] == 0  # the diagonal out of the scale
    assert image[0, 1] == 4  # the pairs in it
    assert texts.count("(50)") == 3
    assert columns == [wrap(small.code(code).label, 22) for code in ids]  # labels on both axes, not ids


def test_an_empty_cell_says_so_in_dark_text() -> None:
    """A cell with no share is left white; its "none read" (once "none coded") was written in white on it, and the
    demo's men's group column read as blank (issue 21)."""
    from pipeline.figures import heatmap

    fig, ax = plt.subplots()
    heatmap(ax, np.array([[np.nan, 50.0]]), ["a code"], ["men", "walking"], ".0f", np.array([["", "in 1 of 3"]]), "%")
    texts = {text.get_text(): text.get_color() for text in ax.texts}
    plt.close(fig)
    assert texts == {"none read": "black", "50%\nin 1 of 3": "black"}  # 50 of a 0-50 scale: light, dark text


def figure_tables(summary_tables: dict[str, Path], audited: bool) -> dict[str, pd.DataFrame]:
    """The hand-countable study's tables as the figures stage reads them; with ``audited``, the estimates of an
    audit that read a-3, b-2 and c-1 (b-2 with mutual support), so that intervals are drawn too."""
    from conftest import CODES, SEGMENTS, WORKSHOPS

    from pipeline.estimates import prevalence_estimates

    tables = {path.stem: pd.read_csv(path) for path in summary_tables.values()}
    if audited:
        segments = SEGMENTS.merge(WORKSHOPS[["workshop_id", "group"]], on="workshop_id")
        audit = pd.DataFrame({"segment_id": ["a-3", "b-2", "c-1"], "code": ["", "mutual_support", ""]})
        tables["prevalence_estimates"] = prevalence_estimates(
            segments, pd.DataFrame(), audit, CODES, list(load_leaf_ids()), {"group": "group", "role": "role"},
            pd.Index(["a-1", "a-2", "b-1"]),
        )  # fmt: skip
    return tables


def load_leaf_ids() -> list[str]:
    from pipeline.codebook import load_codebook

    return list(load_codebook(PROJECT / "config" / "codebook.yaml").leaf_ids)


def cell_first_lines(fig: plt.Figure) -> list[str]:
    """A heatmap's cell texts, row by row as drawn, their first line (the share or the estimate)."""
    return [text.get_text().split("\n")[0] for text in fig.axes[0].texts]


def expected_cell(row: dict[str, object], estimates: dict[tuple[str, str], dict[str, object]]) -> str:
    """What a heatmap cell must say first, from its figure's CSV row alone."""
    estimate = estimates.get((str(row["code"]), str(row["level"])))
    if estimate is not None and str(estimate.get("method", "")).startswith("every segment"):
        # of every segment of the cell, all read: its count beside it where the table gives the cell's segments
        share = f"{100 * float(estimate['estimate']):.0f}%"  # type: ignore[arg-type]
        segments = estimate.get("segments")
        if segments is None or segments != segments:
            return share
        return f"{share} ({round(float(estimate['estimate']) * int(segments))} of {int(segments)})"  # type: ignore[arg-type,call-overload]
    if estimate is not None:
        return f"est. {100 * float(row['estimate']):.0f}% ({100 * float(row['lower']):.0f}-{100 * float(row['upper']):.0f})"  # type: ignore[arg-type]  # noqa: E501
    share = float(row["share"])  # type: ignore[arg-type]
    counted = f"{100 * share:.0f}%" if np.isfinite(share) else "none read"
    # once any cell has an estimate, a cell without one says its number is a count
    return f"counted {counted}" if estimates and counted != "none read" else counted


@pytest.mark.parametrize("audited", [False, True])
def test_each_figure_draws_the_numbers_its_csv_gives(
    summary_tables: dict[str, Path], codebook: Codebook, audited: bool
) -> None:
    """Issue 21: a figure's CSV is the reader's way to check it, so what each figure draws (a cell's share or
    estimate, a bar's length, a point's place) is read back from the drawing and compared with its CSV's row."""
    from pipeline.figures import FIGURES, estimates_by_level

    tables = figure_tables(summary_tables, audited)
    for name, scope, codes in (
        ("characteristics_by_group", "group", [code.id for code in codebook.themes]),
        ("themes_by_role", "role", list(codebook.leaf_ids)),
    ):
        fig, numbers = FIGURES[name](tables, codebook)
        # a cell counted with every segment read ends "," where "all read" follows it, not where its column says it
        drawn = [line.removesuffix(",") for line in cell_first_lines(fig)]
        plt.close(fig)
        levels = sorted(numbers[scope].astype(str).unique())
        found = estimates_by_level(tables.get("prevalence_estimates"), scope)
        rows = numbers.astype({scope: str}).set_index(["code", scope])
        expected = [
            expected_cell({**rows.loc[(code, level)].to_dict(), "code": code, "level": level}, found)
            for code in codes
            for level in levels
        ]
        assert drawn == expected, name
    fig, numbers = FIGURES["tension_balance"](tables, codebook)
    measure = "estimate" if audited else "share"
    for ax, tension in zip(fig.axes, codebook.tensions, strict=True):
        rows = numbers[numbers["tension"] == tension.id]
        widths = [patch.get_width() for patch in ax.patches]
        first = np.nan_to_num(rows[f"first_pole_{measure}"].to_numpy(dtype=float)) * -100
        second = np.nan_to_num(rows[f"second_pole_{measure}"].to_numpy(dtype=float)) * 100
        assert np.allclose(widths, [*first, *second]), tension.id
        # each bar's label, its value, past the bar's end and its interval's (on the whisker, "11%" read as struck
        # through: the eighth issue-21 trial)
        labels = [text for text in ax.texts if re.fullmatch(r"\d+%", str(text.get_text()))]
        assert labels, tension.id
        for text in labels:
            side = "first" if text.xy[0] < 0 or (text.xy[0] == 0 and text.get_ha() == "right") else "second"
            row = rows.iloc[int(text.xy[1])]
            reach = [row[f"{side}_pole_{measure}"]] + (
                [row[f"{side}_pole_upper"]] if audited and not row[f"{side}_pole_exact"] else []
            )
            assert abs(text.xy[0]) >= 100 * np.nanmax(np.asarray(reach, dtype=float)) - 1e-9, (tension.id, text)
            assert text.get_text() == f"{100 * row[f'{side}_pole_{measure}']:.0f}%"
    # the axis explains hatched bars only where one is drawn (the ninth issue-21 trial read of them in a figure of none)
    drawn_hatched = any(patch.get_hatch() for ax in fig.axes for patch in ax.patches)
    assert ("hatched" in fig.axes[-1].get_xlabel()) == drawn_hatched
    plt.close(fig)
    fig, numbers = FIGURES["cooccurrence"](tables, codebook)
    ids = list(codebook.leaf_ids)
    pairs = numbers.set_index(["code", "other_code"])["segments"]
    expected = [
        (f"({pairs[(a, b)]})" if a == b else f"{pairs[(a, b)]}") for a in ids for b in ids
    ]  # the diagonal in brackets, written not coloured
    assert [text.get_text() for text in fig.axes[0].texts] == expected
    plt.close(fig)
    fig, numbers = FIGURES["coding_validity"](tables, codebook)
    ordered = [c for c in [*codebook.leaf_ids, "all codes"] if c in set(numbers["code"])]
    containers = {container.get_label(): container for container in fig.axes[0].containers}
    assert set(containers) == set(numbers["comparison"])  # every comparison drawn, and only those
    for comparison, container in containers.items():
        rows = numbers[numbers["comparison"] == comparison].set_index("code").reindex(ordered)
        drawn_alpha = np.asarray(container.lines[0].get_xdata(), dtype=float)
        # a bar and a filled marker where agreement is measurable; an open marker alone where it is not
        want = rows["alpha"].where(rows["measurable"].astype(bool))
        assert np.allclose(drawn_alpha, want.to_numpy(dtype=float), equal_nan=True), comparison
    # where agreement is not measurable, words at the row: one for each such code and comparison
    said = [text.get_text() for text in fig.axes[0].texts if "too few to measure" in text.get_text()]
    too_few = numbers[~numbers["measurable"].astype(bool)]
    assert sorted(said) == sorted(
        f"{row['comparison']}: too few to measure: {int(row['with_code'])} carry the code"
        for row in too_few.to_dict("records")
    )
    plt.close(fig)
    fig, numbers = FIGURES["prevalence_estimates"](tables, codebook)
    marks = {line.get_label(): np.asarray(line.get_xdata(), dtype=float) for line in fig.axes[0].lines}
    intervals = {c.get_label(): np.asarray(c.lines[0].get_xdata(), dtype=float) for c in fig.axes[0].containers}
    assert fig.axes[0].get_xlim()[0] < 0  # a count of none drawn whole, not half under the axis (the ninth trial)
    plt.close(fig)
    counted = numbers.set_index("code").reindex(ids)["counted_share"].to_numpy(dtype=float) * 100
    drawn_counts = np.concatenate([v for k, v in marks.items() if k.startswith("counted,") or k.startswith("codes ")])
    assert sorted(np.nan_to_num(drawn_counts, nan=-1)) == sorted(np.nan_to_num(counted, nan=-1))
    if audited:
        estimate = numbers.set_index("code").reindex(ids)["estimate"].to_numpy(dtype=float) * 100
        method = numbers.set_index("code").reindex(ids)["method"].astype(str)
        # each estimate drawn once, with the marker of how it was made
        for label, made_by in (
            (ESTIMATE_WITH_MODEL, method.str.startswith("prediction-powered")),
            (ESTIMATE_WITHOUT_MODEL, method.str.startswith("audit sample only")),
        ):
            points = intervals.get(label, np.full(len(ids), np.nan))
            assert np.allclose(points, np.where(made_by, estimate, np.nan), equal_nan=True), label


def test_every_figure_reads_in_greyscale(summary_tables: dict[str, Path], codebook: Codebook) -> None:
    """Issue 21: every figure readable in greyscale. A legend's entries differ in marker, fill or place, never in
    colour alone (coding_validity's comparisons were coloured dots), and a heatmap's colours run from dark to light
    (cividis), so that a printed grey still orders the shares."""
    from matplotlib.colors import to_rgb

    from pipeline.figures import FIGURES

    plt.style.use(PROJECT / "config" / "figures.mplstyle")
    tables = figure_tables(summary_tables, audited=True)
    for name, draw_one in FIGURES.items():
        fig, _ = draw_one(tables, codebook)
        for ax in fig.axes:
            if ax.get_legend() is not None:
                # the artists the legend stands for (an error bar's, its data line)
                handles = [getattr(h, "lines", [h])[0] for h in ax.get_legend_handles_labels()[0]]
                shapes = [
                    (h.get_marker(), str(h.get_markerfacecolor()) == "none") if hasattr(h, "get_marker")
                    else (type(h).__name__, str(getattr(h, "get_hatch", lambda: "")()))
                    for h in handles
                ]  # fmt: skip
                assert len(set(shapes)) == len(shapes), (name, shapes)
            for image in ax.images:
                ramp = image.cmap(np.linspace(0, 1, 32))
                grey = [0.2126 * r + 0.7152 * g + 0.0722 * b for r, g, b, _ in ramp]
                assert all(b > a for a, b in itertools.pairwise(grey)), name
        plt.close(fig)
    # the two poles of a tension differ in place (left, right) and in lightness
    from pipeline.figures import FIRST_POLE, SECOND_POLE

    def lightness(colour: str) -> float:
        r, g, b = to_rgb(colour)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    assert abs(lightness(FIRST_POLE) - lightness(SECOND_POLE)) > 0.25


def test_a_long_sessions_codeline_runs_on_in_rows_of_equal_length(codebook: Codebook) -> None:
    """Issue 21: a 364-segment session's codeline was one row 3,226 px wide, its text 3 px once the report fitted
    it to the page; then four rows 23 inches tall, printed at 4 pt. It runs on in rows of equal length, as text
    does, no more rows than an A4 page holds (two of 182 for 16 codes), at most a page wide."""
    from pipeline.figures import CODELINE_ROW, PRINTED_WIDTH_IN

    table = pd.DataFrame({"workshop_id": "a", "position": [1, 150, 364], "code": "mutual_support", "source": "human"})
    fig, _ = codeline(table, "a", 364, codebook)
    spans = [ax.get_xlim() for ax in fig.axes]
    drawn = [len(ax.collections[0].get_offsets()) for ax in fig.axes]  # each row's human marks
    width = fig.get_size_inches()[0]
    plt.close(fig)
    assert len(spans) == 2 < -(-364 // CODELINE_ROW)
    assert {round(high - low) for low, high in spans} == {183}
    assert drawn == [2, 1]  # segments 1 and 150 in the first row, 364 in the second
    assert width <= PRINTED_WIDTH_IN
    fig, _ = codeline(table[table["position"] < 200], "a", 200, codebook)  # rows of at most CODELINE_ROW
    assert [round(high - low) for low, high in (ax.get_xlim() for ax in fig.axes)] == [101, 101]
    plt.close(fig)


def test_the_validity_figure_draws_the_model_beside_the_coders_and_says_too_few_in_words(codebook) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: five comparisons a code piled up at alpha 1.0. The figure draws the model against the consensus
    and all coders together (each pair is in the appendix); agreement from fewer than 10 shared segments carrying the
    code has no marker (an open one at 1.00 read as perfect agreement: the fifth trial), and the row says why."""
    from pipeline.figures import coding_validity

    code, other = codebook.leaf_ids[:2]
    rows = []
    for comparison in ("coder_a vs coder_b", "coder_a vs coder_c", "coder_b vs coder_c", "all human coders",
                       "model vs human consensus"):  # fmt: skip
        rows += [
            {"code": code, "comparison": comparison, "with_code": 4, "alpha": 1.0, "alpha_low": 1.0, "alpha_high": 1.0},
            {"code": other, "comparison": comparison, "with_code": 30, "alpha": 0.8, "alpha_low": 0.7,
             "alpha_high": 0.9},
        ]  # fmt: skip
    fig, numbers = coding_validity({"agreement": pd.DataFrame(rows)}, codebook)
    assert sorted(set(numbers["comparison"])) == ["all human coders", "model vs human consensus"]
    assert numbers.set_index(["code", "comparison"])["measurable"].to_dict() == {
        (code, "all human coders"): False, (other, "all human coders"): True,
        (code, "model vs human consensus"): False, (other, "model vs human consensus"): True,
    }  # fmt: skip
    said = sorted(text.get_text() for text in fig.axes[0].texts)
    assert said == ["all human coders: too few to measure: 4 carry the code",
                    "model vs human consensus: too few to measure: 4 carry the code"]  # fmt: skip
    bars = {container.get_label(): container for container in fig.axes[0].containers}
    for container in bars.values():
        assert np.isnan(np.asarray(container.lines[0].get_xdata(), dtype=float)[0])  # no marker at 1.0
    assert not [line for line in fig.axes[0].lines if line.get_label() == "_too few"]
    plt.close(fig)
    two = pd.DataFrame(rows)
    two = two[two["comparison"].isin(["coder_a vs coder_b", "model vs human consensus"])]
    fig, numbers = coding_validity({"agreement": two}, codebook)
    assert sorted(set(numbers["comparison"])) == ["coder_a vs coder_b", "model vs human consensus"]
    plt.close(fig)


def test_the_validity_figure_says_why_a_row_has_no_marker_inside_its_axes(codebook: Codebook) -> None:
    """The fifth issue-21 trial's study 2: three rows were blank (a code the model never modelled, which the coders'
    shared segments never carried), and the words of the top row printed over the title."""
    from pipeline.figures import coding_validity

    first, second, third = codebook.leaf_ids[:3]
    rows = [
        {"code": first, "comparison": "model vs human consensus", "with_code": 8, "alpha": 0.9, "alpha_low": 0.8,
         "alpha_high": 1.0},
        {"code": first, "comparison": "coder_a vs coder_b", "with_code": 8, "alpha": 1.0, "alpha_low": 1.0,
         "alpha_high": 1.0},
        {"code": second, "comparison": "coder_a vs coder_b", "with_code": 0, "alpha": np.nan, "alpha_low": np.nan,
         "alpha_high": np.nan},
        {"code": third, "comparison": "model vs human consensus", "with_code": 30, "alpha": 0.7, "alpha_low": 0.6,
         "alpha_high": 0.8},
        {"code": third, "comparison": "coder_a vs coder_b", "with_code": 30, "alpha": 0.8, "alpha_low": 0.7,
         "alpha_high": 0.9},
    ]  # fmt: skip
    fig, _ = coding_validity({"agreement": pd.DataFrame(rows)}, codebook)
    ax = fig.axes[0]
    said = sorted(text.get_text() for text in ax.texts)
    assert said == [
        "coder_a vs coder_b: too few to measure: 0 carry the code",
        "coder_a vs coder_b: too few to measure: 8 carry the code",
        "model vs human consensus: not modelled (too few coded examples)",
        "model vs human consensus: too few to measure: 8 carry the code",
    ]
    bottom, top = ax.get_ylim()
    assert all(top < text.get_position()[1] < bottom for text in ax.texts)  # inside the axes, none over the title
    plt.close(fig)


def test_every_figure_prints_its_smallest_text_at_6_points_or_more_on_a4(
    summary_tables: dict[str, Path], codebook: Codebook
) -> None:
    """Issue 21's trial printed the report at A4 and found figure text at 4 to 5 points: the figures were drawn 9 to
    12 inches wide, and the page shrank them. Each figure is measured as the print stylesheet places it (its saved
    box fitted into 186 by 235 mm), for the hand-countable study and for the widest cases the demo has: six groups
    with the longest notes a cell carries, and a 364-segment session's codeline."""
    from pipeline.figures import FIGURES, SMALLEST_PRINTED_PT, characteristics_by_group, printed_text

    tables = figure_tables(summary_tables, audited=True)
    printed = {}
    for name, draw in FIGURES.items():
        fig, _ = draw(tables, codebook)
        printed[name] = printed_text(fig)[1]
        plt.close(fig)
    groups = ["carers' group", "creative arts group", "hearing voices group", "men's group", "network", "walking group"]
    rows = [
        {"group": group, "code": code.id, "segments": 364, "coded_segments": 3, "share": 0.09, "workshops": 2,
         "level_workshops": 3, "read_segments": 22, "share_of": "segments humans coded", "read_by_override_only": 1,
         "coded_by_override_only": 1}
        for group in groups
        for code in codebook.themes
    ]  # fmt: skip
    fig, _ = characteristics_by_group({"prevalence_by_group": pd.DataFrame(rows)}, codebook)
    printed["six groups"] = printed_text(fig)[1]
    plt.close(fig)
    session = pd.DataFrame({"workshop_id": "a", "position": range(1, 365, 7), "code": "mutual_support",
                            "source": "human"})  # fmt: skip
    fig, _ = codeline(session, "a", 364, codebook)
    printed["codeline of 364"] = printed_text(fig)[1]
    plt.close(fig)
    assert {name: size for name, size in printed.items() if size < SMALLEST_PRINTED_PT} == {}


def test_a_title_wrapped_to_its_figure_leaves_no_word_alone_on_a_line() -> None:
    """The eighth issue-21 trial: Figure 3's title, filled greedily, left "group" alone on its second line."""
    from pipeline.figures import balanced

    title = "Characteristics of successful groups: % of segments, by group"
    assert balanced(title, 50) == ["Characteristics of successful", "groups: % of segments, by group"]
    assert balanced(title, 80) == [title]  # what fits stays one line
    assert balanced("", 10) == [""]
    long = "(each cell: the estimated share and its 95% interval where the audit gives one, then the counted share)"
    lines = balanced(long, 50)
    assert len(lines) == 3  # as few as greedy filling takes
    assert max(map(len, lines)) - min(map(len, lines)) <= 6
