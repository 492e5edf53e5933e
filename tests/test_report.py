import html
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import CODES, SEGMENTS, WORKSHOPS, draw_figures

from pipeline.code import reliability
from pipeline.codebook import Codebook, load_codebook
from pipeline.figures import FIGURES
from pipeline.report import context, render

PROJECT = Path(__file__).resolve().parents[1]
HOSTILE = "I said <script>window.__hostile = true</script> & walked <b>out</b> of the room, which was warm."
TEXTS = {
    "a-1": "Everyone here looks out for each other; when I was low they rang me every single day, honestly.",
    "a-2": "The model thinks this one is about support between members, helping each other through.",
    "a-3": "Mm.",
    "b-1": "The forms! Twelve pages of paperwork to join a walking group, and people just left.",
    "b-2": HOSTILE,
    "c-1": "We have to have rules about safety, we cannot just wing it with people in crisis.",
}
CARD = {
    "model_id": "tfidf-logreg@abc",
    "codes": ["mutual_support"],
    "not_modelled": {"leadership": 0},
    "training": {"segments": 3, "workshops": 5, "coders": ["ana", "bo"]},
    "cross_validation": {
        "folds": 2,
        "scheme": "grouped by workshop",
        "micro_f1": 0.5,
        "macro_f1": 0.45,
        "micro_f1_low": 0.31,
        "micro_f1_high": 0.62,
        "macro_f1_low": 0.2,
        "macro_f1_high": 0.58,
    },
    "calibration": {"method": "Platt scaling per code", "ece_uncalibrated": 0.0438, "ece": 0.0042},
    "intervals": "95% percentile bootstrap, 1000 resamples of whole workshops",
    "limits": ["A limit."],
}


@pytest.fixture
def report(summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path) -> str:
    return build_report(summary_tables, codebook, tmp_path)


def words_of(page: str) -> str:
    """A page's text as a reader sees it: tags out, entities read, whitespace one space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())


def build_report(
    summary_tables: dict[str, Path],
    codebook: Codebook,
    tmp_path: Path,
    trust: dict[str, Any] | None = None,
    human_reviewed: set[str] | None = None,
    audited: set[str] | None = None,
    workshops: pd.DataFrame = WORKSHOPS,
    memos: dict[str, Any] | None = None,
    codes: pd.DataFrame | None = None,
    gate: str = "",
    authors: str = "",
    **more: Any,
) -> str:
    drawn = draw_figures(summary_tables, tmp_path / "figures")
    pngs = {path.stem: path for path in drawn["figures"] if path.suffix == ".png"}
    codelines = {path.stem: path for path in drawn["codelines"] if path.suffix == ".png"}
    segments = SEGMENTS.assign(text=SEGMENTS["segment_id"].map(TEXTS))
    codes = CODES.assign(probability=[None, None, 0.91, None, 0.77, 0.66]) if codes is None else codes
    tables = {
        name: pd.read_csv(summary_tables[name])
        for name in ("code_counts", "prevalence_by_group", "tension_balance", "agreement", "framework_matrix")
    }
    metrics = pd.DataFrame(
        [
            {
                "code": "mutual_support",
                "human_positive": 2,
                "threshold": 0.3,
                "precision": 1.0,
                "recall": 0.5,
                "f1": 0.67,
                "kappa": 0.5,
                "alpha": 0.48,
            }
            | {f"{name}_low": 0.1 for name in ("precision", "recall", "f1", "kappa", "alpha")}
            | {f"{name}_high": 0.9 for name in ("precision", "recall", "f1", "kappa", "alpha")}
        ]
    )
    inputs = [PROJECT / "config/codebook.yaml"]
    overrides = pd.DataFrame(
        [
            {
                "segment_id": "b-1",
                "code": "avoiding_bureaucracy",
                "action": "add",
                "coder": "ana",
                "date": "2026-01-02",
                "rationale": "Forms <em>are</em> the complaint.",
                "fingerprint": "0",
                "row": "2",
                "status": "applied",
            }
        ]
    )
    values = context(
        segments,
        codes,
        workshops,
        codebook,
        tables,
        CARD,
        metrics,
        pngs,
        codelines,
        inputs,
        overrides,
        "Evaluation <test>",
        3,
        trust=trust,
        human_reviewed=human_reviewed,
        audited=audited,
        **more,
    )
    values["memos"] = memos or {}
    values["gate"] = gate
    values["authors"] = authors
    return render(values)


def test_a_code_not_relied_on_is_a_share_of_the_segments_humans_coded(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """Its count is of human codes only, so dividing it by all six segments (two never read) would understate
    it; a relied-on code stays a share of all segments."""
    metrics = pd.DataFrame([{"code": c, "human_positive": 2, "alpha": a, "alpha_low": a, "alpha_high": a}
                            for c, a in (("mutual_support", 0.1), ("avoiding_bureaucracy", 0.9))])  # fmt: skip
    decided = reliability(metrics, codebook, 0.667, "lower", CARD, 6).assign(human_coded_segments=4)
    rows = {row["code"]: row for row in decided.fillna({"why": "", "to_rely_on": ""}).to_dict("records")}
    estimate = {"code": "mutual_support", "estimate": 0.4, "lower": 0.2, "upper": 0.6, "counted_share": 0.33,
                "audited": 4, "segments": 6, "method": "prediction-powered (model on every segment, corrected by "
                "the audit sample)", "human_coded": 0, "audited_uncoded": 4}  # fmt: skip
    trust = {"reliability": rows, "relied": 1, "codes": len(rows), "overall": {"mutual_support": estimate},
             "by_level": [], "drawn": 4, "audited": 4}  # fmt: skip
    report = build_report(summary_tables, codebook, tmp_path, trust)
    text = html.unescape(re.sub(r"<[^>]+>", "", report))
    counts = pd.read_csv(summary_tables["code_counts"]).set_index("code")["segments"]
    assert (
        f"{counts['mutual_support']} segments ({counts['mutual_support'] / 4:.1%} of the 4 segments humans coded; a "
        "tally, with no interval: the estimate below has one)" in text
    )
    assert (
        f"{counts['avoiding_bureaucracy']} segments ({counts['avoiding_bureaucracy'] / 6:.1%} of all; a tally" in text
    )
    # the code's own section (the summary above names each code too)
    section = html.unescape(
        re.sub(r"<[^>]+>", "", report.split('id="code-mutual_support"')[1].split('class="code"')[0])
    )
    assert "each a share of the segments humans coded in the group" in section
    # a model-based estimate beside "not relied on" says why it may use the model
    assert "the model's probabilities enter this estimate although its codes are not relied on" in text
    # the header splits the segments by who decided them (a-1 and b-1 by a human; a-2, b-2 and c-1 by the model
    # alone; a-3 by nobody) and says what an uncoded segment may mean
    header = " ".join(text.split())
    assert "Coders read 2 of them whole." in header
    assert "Of the 4 segments no coder decided, 3 carry the model's codes for the codes it is relied on for" in header
    assert "how many segments carry no code is not a finding" in header
    # a group whose workshops no human coded says so beside the framework matrix
    assert "In network, 0 of 1 workshops coded: for the codes the model is not relied on for" in header
    # a relied-on code's finding says so beside its numbers (the eighth and ninth trials found no word of it)
    relied = pd.read_csv(summary_tables["code_counts"]).set_index("code").loc["avoiding_bureaucracy"]
    assert (
        "The model's codes for this code are relied on (the lower end of alpha's 95% interval 0.90 reaches "
        f"0.667): {relied['model']} of the {relied['segments']} segments counted carry it from the model alone"
        in header
    )


def test_segments_only_the_audit_coder_read_are_read_not_unread(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The commissioners' workshop (c) went uncoded, but the audit coder read its one turn: the report must not
    say no human read it, and says its estimates rest on the audited turns (the fourth trial read "no human read
    a turn of commissioner" beside estimates built from them)."""
    text = html.unescape(
        re.sub(r"<[^>]+>", "", build_report(summary_tables, codebook, tmp_path, audited={"c-1", "a-3"}))
    )
    said = " ".join(text.split())
    assert "an audit coder alone read 2 more, whose codes enter the estimates, not the counts" in said
    assert "No coder coded a turn of commissioner, and the audit coder read 1" in said
    assert "No human read" not in said


def test_each_code_section_links_to_its_coded_retrieval_page(report: str, codebook: Codebook) -> None:
    """The issue-21 reader trial found no way from a theme to its segments: each code's section links to its page."""
    for code in codebook.leaf_ids:
        assert f'<a href="codes/{code}.html">coded retrieval, {html.escape(codebook.code(code).label)}</a>' in report


def test_transcript_text_is_escaped_never_markup(report: str) -> None:
    assert "<script>" not in report
    assert html.escape(HOSTILE, quote=False).replace("'", "&#39;") in report
    assert "<b>out</b>" not in report
    assert "Evaluation &lt;test&gt;" in report
    assert "Forms &lt;em&gt;are&lt;/em&gt; the complaint." in report


def test_every_theme_and_tension_pole_is_reported_with_its_count(report: str, codebook: Codebook) -> None:
    for code in codebook.leaf_codes:
        assert f'id="code-{code.id}"' in report
        assert html.escape(code.label) in report
    for tension in codebook.tensions:
        assert html.escape(tension.label) in report
    section = report.split('id="code-avoiding_bureaucracy"')[1].split("</div>")[0]
    assert re.search(r"<strong>2</strong> segments", section)
    assert "1 override, 1 model" in section


def test_the_tension_table_gives_each_groups_balance_not_nan(report: str) -> None:
    """The tenth trial: read back from CSV an empty note was NaN, and every balance in the HTML read "nan"."""
    table = report.split('id="tension-rules_vs_bureaucracy"')[1].split("</table>")[0]
    walking = re.search(r"<tr><td>walking</td>.*?</tr>", table, re.DOTALL)
    assert walking is not None
    assert "nan" not in table
    assert "(from 3 coded segment(s): too few to show a lean)" in walking.group(0)


def test_figures_are_embedded_so_the_file_works_offline(report: str) -> None:
    assert report.count('src="data:image/png;base64,') == len(FIGURES) + 3  # and a codeline for each workshop
    assert "http://" not in report.replace("http://www.w3.org", "")
    assert "https://" not in report


def test_appendix_fingerprints_inputs_and_versions(report: str) -> None:
    import hashlib

    digest = hashlib.sha256((PROJECT / "config/codebook.yaml").read_bytes()).hexdigest()
    assert digest in report
    assert "scikit-learn" in report
    assert "Project commit" in report


def test_a_study_in_a_folder_of_its_own_names_the_tools_commit_and_how_to_rebuild_it(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ninth issue-18 trial ran its study with --project: the appendix said the commit was "unknown (not a git
    checkout)" and to rebuild "from the project folder", which gave "workflow not found"."""
    study = tmp_path / "my-study"
    study.mkdir()
    monkeypatch.chdir(study)
    report = build_report(summary_tables, codebook, tmp_path)
    assert "Tool commit: <code>" in report
    assert "Tool commit: <code>unknown (not a git checkout)" not in report or not (PROJECT / ".git").exists()
    assert "python -m pipeline run --project ../my-study" in report


def test_framework_matrix_has_a_row_per_code_and_a_column_per_group(report: str, codebook: Codebook) -> None:
    section = report.split('id="framework"')[1].split('id="codelines"')[0]
    assert section.count("<tr>") == 1 + len(codebook.leaf_codes)
    assert "<th>network</th><th>walking</th>" in section


CHROMIUM = Path("/usr/bin/chromium")
ARTEFACTS = PROJECT / "test-artefacts"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_report_renders_in_a_real_browser_with_every_image_and_no_console_error(report: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "evaluation_report.html"
    page_file.write_text(report, encoding="utf-8")
    messages: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            # no sandbox as root in CI; no background traffic on a machine with no network
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: messages.append(f"page error: {error}"))
        page.goto(page_file.as_uri())
        images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
        script_ran = page.evaluate("window.__hostile === true")
        headings = page.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.textContent)")
        ARTEFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / "report.png"), full_page=True)
        pdf = page.pdf(path=str(ARTEFACTS / "report.pdf"), format="A4")
        # as printed on A4 (210 mm less the margins, at 96 px an inch): no table or figure runs off the page (issue
        # 21: the framework matrix was 1,099 px wide against the page's 794, its right-hand groups cut off)
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 703, "height": 1000})
        overflowing = page.evaluate(
            "Array.from(document.querySelectorAll('table, figure img')).filter(e => e.getBoundingClientRect().right"
            " > document.documentElement.clientWidth + 1).map(e => e.className || e.tagName)"
        )
        page.pdf(path=str(ARTEFACTS / "report-print.pdf"), format="A4")
        # the coded retrieval pages beside it open offline, with no error, and link back
        from pipeline.report import code_pages

        for name, text in code_pages(CODES, SEGMENTS.assign(text=SEGMENTS["segment_id"].map(TEXTS)), WORKSHOPS,
                                     load_codebook(PROJECT / "config/codebook.yaml")).items():  # fmt: skip
            (tmp_path / "codes").mkdir(exist_ok=True)
            (tmp_path / "codes" / name).write_text(text, encoding="utf-8")
        for name in ("index.html", "mutual_support.html"):
            page.goto((tmp_path / "codes" / name).as_uri())
            assert page.evaluate("document.querySelectorAll('a[href^=\"../evaluation_report.html\"]').length") >= 1
        pages_hostile = page.evaluate("window.__hostile === true")
        browser.close()
    assert pages_hostile is False
    assert overflowing == []
    assert len(images) == len(FIGURES) + 3
    assert all(complete and width > 0 for complete, width in images)
    assert messages == []
    assert script_ran is False  # the transcript's <script> stayed text
    assert "Reproducibility appendix" in headings
    assert "Appendix: agreement on each code" in headings  # the per-code table, 64 rows and more, out of the text
    assert pdf.startswith(b"%PDF")
    assert pdf.count(b"/Type /Page") > 3


def test_transcripts_are_fingerprinted_from_what_ingest_read(tmp_path: Path) -> None:
    from pipeline.report import transcript_fingerprints

    report = tmp_path / "ingest_report.csv"
    report.write_text("workshop_id,file,turns,sha256\nw1,w1.docx,3,abc123\nw2,w2.txt,1,def456\n", encoding="utf-8")
    assert transcript_fingerprints(report) == [
        ("data/raw/transcripts/w1.docx", "abc123"),
        ("data/raw/transcripts/w2.txt", "def456"),
    ]
    assert transcript_fingerprints(None) == []


def test_a_study_of_many_workshops_embeds_some_codelines_and_points_to_the_rest(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.report

    monkeypatch.setattr(pipeline.report, "CODELINES_IN_REPORT", 2)
    report = build_report(summary_tables, codebook, tmp_path)
    assert report.count('<figure id="codeline-') == 2
    assert "The codelines of the other 1 workshops are in <code>reports/figures/codelines/</code>" in report


def test_classifier_metrics_show_intervals_and_calibration(report: str) -> None:
    text = re.sub(r"<[^>]+>", "", report)
    assert "0.044 before, 0.004 after" in text
    assert "0.67 (0.10\u20130.90)" in text  # the F1 of mutual_support with its interval
    assert "resamples of whole workshops" in text
    # the study-wide figures with theirs; calibration error said to be a description with no interval
    assert "micro F1 0.50 (0.31\u20130.62), macro F1 0.45 (0.20\u20130.58)" in text
    assert "a description of these folds with no interval" in text


def test_with_too_few_workshops_no_bootstrap_interval_is_printed(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two coded workshops give three distinct resamples: the report prints no interval from them, and says why."""
    monkeypatch.setitem(CARD, "training", CARD["training"] | {"workshops": 2})
    text = re.sub(r"<[^>]+>", "", build_report(summary_tables, codebook, tmp_path))
    assert "0.67 (no interval: too few workshops)" in text
    assert "0.10 \u2013 0.90" not in text
    assert "2 coded workshops give too few\ndistinct resamples" in text


PPI_METHOD = "prediction-powered (model on every segment, corrected by the audit sample)"


def estimate_row(scope: str, level: str, code: str, estimate: float, lower: float, upper: float) -> dict[str, object]:
    return {"scope": scope, "level": level, "code": code, "estimate": estimate, "lower": lower, "upper": upper}


def test_a_comparison_is_stated_only_where_the_intervals_do_not_overlap() -> None:
    from pipeline.report import level_estimates

    rows = [
        estimate_row("group", "arts", "mutual_support", 0.30, 0.20, 0.40),
        estimate_row("group", "walking", "mutual_support", 0.05, 0.01, 0.10),
        estimate_row("group", "carers", "mutual_support", 0.15, 0.05, 0.25),
        estimate_row("group", "men", "mutual_support", 0.0, float("nan"), float("nan")),  # no audited segment
    ]
    found = level_estimates(rows, "mutual_support", "group")
    assert [row["level"] for row in found["rows"]] == ["arts", "walking", "carers"]
    assert found["differ"] == [("arts", "walking")]  # carers overlaps both
    assert not found["all_overlap"]
    found = level_estimates(rows[1:], "mutual_support", "group")
    assert found["differ"] == []
    assert found["all_overlap"]


def test_a_group_leans_to_a_pole_only_where_the_poles_intervals_do_not_overlap(codebook: Codebook) -> None:
    from pipeline.report import pole_leanings

    tension = codebook.tensions[0]
    first, second = (pole.id for pole in tension.poles)
    rows = [
        estimate_row("group", "arts", first, 0.30, 0.20, 0.40),
        estimate_row("group", "arts", second, 0.05, 0.01, 0.10),
        estimate_row("group", "walking", first, 0.10, 0.02, 0.20),
        estimate_row("group", "walking", second, 0.15, 0.05, 0.25),
        estimate_row("group", "men", first, 0.0, float("nan"), float("nan")),
        estimate_row("group", "men", second, 0.0, float("nan"), float("nan")),
        estimate_row("role", "member", first, 0.30, 0.20, 0.40),
    ]
    leanings = pole_leanings(rows, tension)
    assert set(leanings) == {"arts", "walking"}  # men's group has no audited segment: nothing is said
    assert leanings["arts"]["leans"] == tension.poles[0].label
    assert leanings["walking"]["leans"] == ""
    assert leanings["arts"]["second"]["upper"] == 0.10


def test_each_tension_is_compared_by_stakeholder_role_too(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The issue-21 reader trial found the tensions compared by group only. By role: members' poles with
    intervals that do not overlap lean; a role with no interval gives its counts and says the data do not say."""
    from pipeline.report import poles_by_level

    tension = codebook.tensions[0]
    first, second = (pole.id for pole in tension.poles)
    rows = [
        estimate_row("role", "member", first, 0.30, 0.20, 0.40) | {"method": PPI_METHOD, "counted_share": 0.25},
        estimate_row("role", "member", second, 0.05, 0.01, 0.10) | {"method": PPI_METHOD, "counted_share": 0.04},
        estimate_row("role", "facilitator", first, float("nan"), float("nan"), float("nan"))
        | {"method": "codes counted: too few audited segments here", "counted_share": 0.125},
        estimate_row("role", "facilitator", second, float("nan"), float("nan"), float("nan"))
        | {"method": "codes counted: too few audited segments here", "counted_share": 0.0},
        estimate_row("group", "walking", first, 0.10, 0.02, 0.20) | {"method": PPI_METHOD, "counted_share": 0.1},
    ]
    rows = [
        {"segments": 40, "audited": 20, "human_coded": 0, "audited_uncoded": 20, "counted_of": "all segments",
         "decided_by_override": 0, "decided_by_override_with_code": 0, "counted": 0} | row
        for row in rows
    ]  # fmt: skip
    by_role = {entry["level"]: entry for entry in poles_by_level(rows, tension, "role")}
    assert set(by_role) == {"facilitator", "member"}
    assert by_role["member"]["leans"] == tension.poles[0].label
    assert by_role["facilitator"]["tally"]
    assert by_role["facilitator"]["leans"] == ""
    trust = {"reliability": {}, "relied": 0, "codes": 16, "overall": {}, "by_level": rows, "drawn": 40, "audited": 40}
    page = build_report(summary_tables, codebook, tmp_path, trust)
    said = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert ", counted wholly or mostly from the coders' codes, are compared" not in said  # of nobody
    table = said.split(f"stakeholder role {tension.poles[0].label} {tension.poles[1].label} the role leans to")[1]
    assert table.strip().startswith(
        f"facilitator 12.5% (counted, no interval) 0.0% (counted, no interval) the data do not say: too few audited"
        f" segments there for an interval member 30.0% (20.0% to 40.0%) 5.0% (1.0% to 10.0%) {tension.poles[0].label}"
    )


def test_the_report_says_which_workshops_no_human_coded(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """a-3 reviewed with no code, a-1 coded, b-1 overridden; c has only a model code: the data table counts
    each workshop's human-decided segments, and the report warns that c's zeros may mean an unread workshop."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", build_report(summary_tables, codebook, tmp_path, None, {"a-3"})))
    table = re.sub(r"\s+", " ", text)
    assert "a walking members 3 2" in table  # a-1 (a human code) and a-3 (reviewed, no code)
    assert "b walking members 2 1" in table  # b-1 (an override)
    assert "c network commissioners 1 0" in table
    assert "No coder read any segment of c: there, a code counts only where the model is relied on" in table
    assert "No coder coded a turn of commissioner, and no audit coder read one: for the codes the model" in table


def test_the_coders_agreement_beside_the_models_comes_from_every_pair_or_the_one_there_is() -> None:
    from pipeline.report import coders_agreement

    def table(*comparisons: str) -> pd.DataFrame:
        return pd.DataFrame({"code": ["c"] * len(comparisons), "comparison": comparisons, "alpha": 0.8})

    assert coders_agreement(table("ana vs bo (audit)", "model vs human consensus"))["comparison"].tolist() == [
        "ana vs bo (audit)"
    ]
    three = table("ana vs bo", "ana vs cy", "bo vs cy", "all human coders")
    assert coders_agreement(three)["comparison"].tolist() == ["all human coders"]
    assert coders_agreement(table("model vs human consensus")).empty


def test_a_share_counted_from_the_coders_codes_ranks_nothing(codebook: Codebook) -> None:
    """A group coded throughout by humans has an exact count but no width for the coders' own errors: it is
    compared with no group, and no tension leaning rests on it."""
    from pipeline.report import level_estimates, pole_leanings

    exact = "every segment here coded by humans: their codes counted, exact"
    rows = [
        estimate_row("group", "voices", "mutual_support", 0.07, 0.07, 0.07) | {"method": exact},
        estimate_row("group", "walking", "mutual_support", 0.032, 0.019, 0.059) | {"method": "prediction-powered"},
    ]
    found = level_estimates(rows, "mutual_support", "group")
    assert found["differ"] == []
    assert found["exact_left_out"]
    assert found["left_out"] == ["voices"]  # named, so "the intervals overlap" is said of the others only
    # mostly coded is compared with none either: 6 of 19 coded would be compared, 15 of 19 not
    mostly = [
        estimate_row("role", "commissioner", "mutual_support", 0.19, 0.15, 0.35) | {"segments": 19, "human_coded": 15},
        estimate_row("role", "member", "mutual_support", 0.03, 0.02, 0.08) | {"segments": 80, "human_coded": 10},
    ]
    assert level_estimates(mostly, "mutual_support", "role")["differ"] == []
    mostly[0]["human_coded"] = 6
    assert level_estimates(mostly, "mutual_support", "role")["differ"] == [("commissioner", "member")]
    tension = codebook.tensions[0]
    poles = [
        estimate_row("group", "voices", tension.poles[0].id, 0.04, 0.04, 0.04) | {"method": exact},
        estimate_row("group", "voices", tension.poles[1].id, 0.06, 0.06, 0.06) | {"method": exact},
    ]
    leaning = pole_leanings(poles, tension)["voices"]
    assert leaning["leans"] == ""
    assert leaning["exact"]


def test_every_level_is_said_with_its_base_and_people_interval_or_not() -> None:
    """The thirteenth trial: with no audit sample, only the roles read throughout were named by code (members and
    facilitators were left out), and "commissioner 33.3%" came with no word of its 9 segments from 2 people."""
    from pipeline.report import level_estimates

    exact = "every segment here coded by humans: their codes counted, exact"
    rows = [
        estimate_row("role", "commissioner", "mutual_support", 0.333, 0.333, 0.333)
        | {"method": exact, "segments": 9, "human_coded": 9, "counted_share": 0.333},
        estimate_row("role", "member", "mutual_support", 0.066, float("nan"), float("nan"))
        | {"method": "codes counted: no audit sample yet, no interval", "segments": 1156, "human_coded": 821,
           "counted_share": 54 / 821, "counted_of": "segments humans coded"},
    ]  # fmt: skip
    found = level_estimates(rows, "mutual_support", "role", {"commissioner": 2, "member": 46})
    assert [(row["level"], row["people"]) for row in found["rows"]] == [("commissioner", 2)]
    assert [(t["level"], t["coded"], t["base"], t["people"]) for t in found["tallies"]] == [("member", 54, 821, 46)]


def test_no_number_shows_an_interval_it_does_not_have(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The fourth trial's findings: a share counted from the coders' codes on every segment printed as
    "3.0% (3.0% to 3.0%)" under a 95%-interval header, a coders' alpha of "1.00 (1.00 to 1.00)" from three shared
    segments, estimates said to use the model when every one rested on the audit alone, and an interval that
    treats the coders' codes as correct with no word of it."""
    agreement = pd.read_csv(summary_tables["agreement"])
    row = (agreement["comparison"] == "ana vs bo") & (agreement["code"] == "mutual_support")
    agreement.loc[row, ["alpha", "alpha_low", "alpha_high", "with_code"]] = 1.0
    agreement.to_csv(summary_tables["agreement"], index=False)
    tension = codebook.tensions[0]
    exact = "every segment here coded by humans: their codes counted, exact"
    by_level = [
        estimate_row("group", "walking", pole.id, share, share, share) | {"method": exact}
        for pole, share in zip(tension.poles, (0.03, 0.05), strict=True)
    ] + [estimate_row("group", "walking", "mutual_support", 0.04, 0.04, 0.04) | {"method": exact}]
    estimate = {"code": "mutual_support", "estimate": 0.047, "lower": 0.047, "upper": 0.079, "counted_share": 0.04,
                "audited": 15, "segments": 6, "method": "audit sample only (beta-binomial interval): too few audited",
                "human_coded": 4, "audited_uncoded": 2}  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {"mutual_support": estimate},
             "by_level": by_level, "drawn": 4, "audited": 4, "model_used": 0,
             "reading": {"audited_uncoded": 2, "unread": 0, "other_codes": []}, "segments": 6,
             "widest": 1.6}  # fmt: skip
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    assert "3.0% (counted: every segment here coded by humans, no interval)" in said
    # a line of counts is not called an estimate (the ninth trial's demo: "Estimated by group ... (counted: ...)")
    assert "Counted (every segment read, so no estimate) by group: walking 4.0% (counted:" in said
    assert "3.0% (3.0% to 3.0%)" not in said
    # the seventh trial: a perfect alpha from one segment, and what the audit bought; the thirteenth: "not
    # measurable", in the trust table and in the coding validity table alike, not "every resample gave the same"
    assert "1.00 (not measurable: only 1 double-coded segment carries the code, too few to show agreement)" in said
    assert "1.00 (not measurable: only 1 segment carries the code)" in said
    assert "1.00 (no interval: every resample gave the same value)" not in said
    assert "2 of the audited segments had also been decided by a coder or an override: they measure" in said
    assert "The 2 no coder decided count as read, and stand for the 0 segments nobody has read" in said
    assert "The widest overall interval spans 1.6 percentage points" in said
    assert "an estimate for a role with few people is less certain than its interval says" in said
    # the thirteenth trial: a plain summary, and what the numbers describe
    assert "In short: no code's model codes are used: every count rests on human codes and overrides." in said
    assert re.search(r"Every number describes these \d+ segments, from \d+ workshops? and \d+ speakers?", said)
    assert "No estimated share uses the model: each rests on the audit sample alone" in said
    # before any audit there is no estimate to say anything of (the demo's report said none used the model)
    before = build_report(summary_tables, codebook, tmp_path / "before", trust | {"audited": 0})
    assert "No estimated share uses the model" not in before
    assert "No audit sample has been coded yet" in before
    assert "The interval treats the coders' codes as correct: their own errors are not in it" in said


def test_a_relied_on_codes_count_short_of_what_the_audit_found_says_so(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The tenth trial: a relied-on code counted at 4.2% beside its estimate of 5.3% (4.8% to 7.9%), the audit
    having found it where the model did not; the audit check warned only where the model coded three or more."""
    metrics = pd.DataFrame([{"code": "avoiding_bureaucracy", "human_positive": 2, "alpha": 0.9, "alpha_low": 0.9,
                             "alpha_high": 0.9}])  # fmt: skip
    decided = reliability(metrics, codebook, 0.667, "lower", CARD, 6).assign(human_coded_segments=4)
    rows = {row["code"]: row for row in decided.fillna({"why": "", "to_rely_on": ""}).to_dict("records")}
    estimate = {"code": "avoiding_bureaucracy", "estimate": 0.5, "lower": 0.4, "upper": 0.7, "counted_share": 0.33,
                "audited": 4, "segments": 6, "method": "prediction-powered (model on every segment, corrected by "
                "the audit sample)", "human_coded": 2, "audited_uncoded": 2}  # fmt: skip
    trust = {"reliability": rows, "relied": 1, "codes": len(rows), "overall": {"avoiding_bureaucracy": estimate},
             "by_level": [], "drawn": 4, "audited": 4,
             "audit_check": {"avoiding_bureaucracy": {"audited": 2, "model": 0, "agreed": 0, "missed": 1}}}  # fmt: skip
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    assert "The count (33.3%) is below the estimate's interval: the model leaves this code off segments" in said
    assert "the model put it on 0 and the audit coder agreed on 0; the audit coder put it on 1 more" in said
    assert "The model misses this code: the audit coder found it on as many audited segments" in said
    # where the count is the interval's lower end, as the CSV rounds it to six places (the eleventh trial), no such word
    inside = trust | {"overall": {"avoiding_bureaucracy": estimate | {"lower": 0.333333}}, "audit_check": {}}
    said = words_of(build_report(summary_tables, codebook, tmp_path / "in", inside))
    assert "is below the estimate's interval" not in said
    # a count above its interval: the model over-applies the code (the twelfth trial's 19.8% against 10.1% to 17.6%)
    above = trust | {"overall": {"avoiding_bureaucracy": estimate | {"estimate": 0.15, "lower": 0.1, "upper": 0.2}}}
    said = words_of(build_report(summary_tables, codebook, tmp_path / "up", above))
    assert "The count (33.3%) is above the estimate's interval: the model puts this code on segments" in said
    assert "These tallies carry the model's codes, which the audit sample contradicts for this code" in said


def test_a_share_of_a_code_the_coders_disagree_on_says_so(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The eighth trial: "2.5% (1.9% to 4.9%)" for a code the coders agree on at alpha 0.39, with no word of it
    beside the number; and the rule the code stage applied, not the default's, in the trust section."""
    agreement = pd.read_csv(summary_tables["agreement"])
    row = (agreement["comparison"] == "ana vs bo") & (agreement["code"] == "mutual_support")
    agreement.loc[row, ["alpha", "alpha_low", "alpha_high", "with_code"]] = [0.39, -0.02, 1.0, 12]
    agreement.to_csv(summary_tables["agreement"], index=False)
    estimate = {"code": "mutual_support", "estimate": 0.025, "lower": 0.019, "upper": 0.049, "counted_share": 0.02,
                "audited": 15, "segments": 60, "method": "audit sample only (beta-binomial interval): too few audited",
                "human_coded": 40, "audited_uncoded": 10, "counted_of": "segments humans coded"}  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {"mutual_support": estimate}, "by_level": [],
             "drawn": 15, "audited": 15, "model_used": 0, "judged_on": "Krippendorff's alpha itself",
             "min_alpha": 0.8}  # fmt: skip
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    assert "The coders themselves agree on this code at alpha 0.39 only, below the 0.8 the model must reach" in said
    assert "The bar: Krippendorff's alpha itself at least 0.8 (the setting is reliability in the config;" in said
    assert "lowest level for tentative conclusions" not in said


def test_a_pair_of_coders_who_disagree_is_not_hidden_by_all_coders_pooled(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The eleventh trial: all coders pooled (the audit coder agreeing with the first on 62 segments) gave 0.68 and
    no caution, while the double-coding pair stood at 0.36; and a count equal to the estimate's lower end (rounded to
    six places in the CSV) was said to lie below it."""
    agreement = pd.read_csv(summary_tables["agreement"])
    pair = (agreement["comparison"] == "ana vs bo") & (agreement["code"] == "mutual_support")
    agreement.loc[pair, ["alpha", "alpha_low", "alpha_high", "with_code", "segments"]] = [0.36, 0.1, 0.6, 5, 30]
    pooled = agreement[pair].assign(comparison="all human coders", raters="ana;bo;cy", alpha=0.8, alpha_low=0.7,
                                    alpha_high=0.9)  # fmt: skip
    pd.concat([agreement, pooled]).to_csv(summary_tables["agreement"], index=False)
    estimate = {"code": "mutual_support", "estimate": 0.4, "lower": 0.333333, "upper": 0.6, "counted_share": 1 / 3,
                "audited": 4, "segments": 6, "method": "prediction-powered (model on every segment, corrected by "
                "the audit sample)", "human_coded": 2, "audited_uncoded": 2}  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {"mutual_support": estimate}, "by_level": [],
             "drawn": 4, "audited": 4}  # fmt: skip
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    # five carrying it: no agreement can be shown from so few, as the coding validity table says (the fourteenth
    # trial), without first stating it as a level of agreement (the fifteenth's "at alpha 0.66 only, a value that is
    # not measurable"), and the caution stays
    assert (
        "Two coders (ana vs bo) cannot be shown to agree on this code: of their 30 shared segments only 5 carry it, "
        "too few to measure agreement (their alpha, 0.36, says little)" in said
    )
    assert "a value that is not measurable" not in said
    assert "ana vs bo: 0.36" in said  # beside the pooled 0.80 in the trust table


def test_a_pooled_caution_names_the_worst_pair_and_an_uncoded_pole_gives_no_balance(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The twelfth trial: "the coders agree at alpha 0.36 only" (all pooled) where the double-coding pair stood at
    -0.01; and a tension's "1.00" lean where its other pole no coder ever used, though the audit found it."""
    agreement = pd.read_csv(summary_tables["agreement"])
    pair = (agreement["comparison"] == "ana vs bo") & (agreement["code"] == "mutual_support")
    agreement.loc[pair, ["alpha", "alpha_low", "alpha_high", "with_code", "segments"]] = [-0.01, -0.2, 0.3, 5, 30]
    pooled = agreement[pair].assign(comparison="all human coders", raters="ana;bo;cy", alpha=0.36, alpha_low=0.1,
                                    alpha_high=0.6, with_code=40)  # fmt: skip
    pd.concat([agreement, pooled]).to_csv(summary_tables["agreement"], index=False)
    row = {"audited": 4, "segments": 6, "method": "audit sample only (beta-binomial interval)", "human_coded": 2,
           "audited_uncoded": 2, "counted_share": 0.0}  # fmt: skip
    overall = {
        "mutual_support": row | {"code": "mutual_support", "estimate": 0.4, "lower": 0.3, "upper": 0.6},
        "accountability": row | {"code": "accountability", "estimate": 0.15, "lower": 0.07, "upper": 0.26},
    }
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": overall, "by_level": [], "drawn": 4,
             "audited": 4}  # fmt: skip
    page = build_report(summary_tables, codebook, tmp_path, trust)
    said = words_of(page)
    assert "agree on this code at alpha 0.36 only (all together; ana vs bo at -0.01)" in said
    table = page.split('id="tension-leadership_vs_accountability"')[1].split("</table>")[0]
    assert "no balance: Accountability was coded on no segment of the study, though the audit sample found it" in (
        html.unescape(table)
    )


def test_a_code_no_coder_used_but_the_audit_found_is_pointed_out(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The eleventh trial: "0 segments ... No quote" for a code the audit found on 2 segments (estimate 2.0%)."""
    estimate = {"code": "positive_shared_identity", "estimate": 0.02, "lower": 0.008, "upper": 0.053,
                "counted_share": 0.0, "audited": 4, "segments": 6,
                "method": "audit sample only (beta-binomial interval)", "human_coded": 2,
                "audited_uncoded": 2}  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {"positive_shared_identity": estimate},
             "by_level": [], "drawn": 4, "audited": 4}  # fmt: skip
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    assert "The coders used it on no segment, but the audit sample found it (the estimate above)" in said


def test_a_study_without_groups_is_not_told_it_has_one_group(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """workshops.csv without a group column (a usability study): the issue-18 trial read "6 workshops, 1 groups"
    and a "Counted by group: all workshops" line under every theme."""
    single = WORKSHOPS.assign(group="all workshops")
    said = words_of(build_report(summary_tables, codebook, tmp_path,
                                                                      workshops=single))  # fmt: skip
    assert "3 workshops, no groups given, 6 segments" in said
    assert "Counted by group" not in said


def test_the_audit_checks_the_model_where_its_codes_are_used() -> None:
    """The fifth trial: a relied-on code's model codes all fell in uncoded workshops, and the audit rejected
    three of the four it read; the report never compared them."""
    from pipeline.report import audit_against_model

    final = pd.DataFrame(
        [("u-1", "bureaucracy", "model", True), ("u-2", "bureaucracy", "model", True),
         ("u-3", "bureaucracy", "model", True), ("u-4", "bureaucracy", "model", True),
         ("u-5", "roles", "model", False), ("c-1", "bureaucracy", "human", True)],
        columns=["segment_id", "code", "source", "relied_on"],
    )  # fmt: skip
    audit = pd.DataFrame(
        [("au", "u-1", "bureaucracy"), ("au", "u-2", ""), ("au", "u-3", ""), ("au", "u-4", ""),
         ("au", "u-6", "bureaucracy"), ("au", "c-1", "")],
        columns=["coder", "segment_id", "code"],
    )  # fmt: skip
    found = audit_against_model(final, audit, decided={"c-1"})
    # c-1 a coder decided: not a check of the model; roles is not relied on: its codes count nowhere
    assert found == {"bureaucracy": {"audited": 5, "model": 4, "agreed": 1, "missed": 1}}
    # a relied-on code the model put on no segment is checked too (the eighth trial's report left it out)
    audit = pd.concat([audit, pd.DataFrame([("au", "u-2", "venue")], columns=audit.columns)], ignore_index=True)
    found = audit_against_model(final, audit, decided={"c-1"}, relied={"bureaucracy", "venue"})
    assert found["venue"] == {"audited": 5, "model": 0, "agreed": 0, "missed": 1}


def test_the_audit_checks_a_code_on_segments_an_override_decided_another_code_of() -> None:
    """The fourteenth trial: a segment an 'add' or 'remove' override decided one code of is still model-coded for
    the others, and must be checked for them; the check had left out every segment an override touched."""
    from pipeline.coding import Decided
    from pipeline.report import audit_against_model

    final = pd.DataFrame(
        [("u-1", "bureaucracy", "model", True), ("u-2", "bureaucracy", "model", True),
         ("u-2", "venue", "override", True), ("u-3", "venue", "model", True)],
        columns=["segment_id", "code", "source", "relied_on"],
    )  # fmt: skip
    audit = pd.DataFrame(
        [("au", "u-1", "bureaucracy"), ("au", "u-2", "bureaucracy"), ("au", "u-2", "venue"), ("au", "u-3", "")],
        columns=["coder", "segment_id", "code"],
    )  # fmt: skip
    # u-2's venue an override added: u-2 is decided for venue only, and still the model's for bureaucracy
    decided = Decided(frozenset(), {"venue": frozenset({"u-2"})})
    found = audit_against_model(final, audit, decided)
    assert found["bureaucracy"] == {"audited": 3, "model": 2, "agreed": 2, "missed": 0}
    assert found["venue"] == {"audited": 2, "model": 1, "agreed": 0, "missed": 0}


def test_who_read_the_segments_is_counted_per_code(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The fourteenth trial: "the 23 no coder decided ... stand for the 90 segments nobody has read" took the most
    human-coded of one code and the most audited of another; an override that decides one code of a segment makes
    it read for that code only, so the counts are per code, and the codes whose counts differ are named."""
    from pipeline.report import trust_in_numbers

    rows = [
        {"scope": "overall", "level": "all segments", "code": code, "estimate": 0.1, "lower": 0.05, "upper": 0.2,
         "counted_share": 0.1, "audited": 30, "segments": 200, "method": "prediction-powered", "human_coded": coded,
         "audited_uncoded": uncoded, "counted_of": "all segments"}
        for code, coded, uncoded in (("mutual_support", 100, 20), ("leadership", 100, 20), ("accountability", 103, 18))
    ]  # fmt: skip
    pd.DataFrame(rows).to_csv(tmp_path / "estimates.csv", index=False)
    metrics = pd.DataFrame([{"code": "mutual_support", "human_positive": 2, "alpha": 0.1, "alpha_low": 0.1,
                             "alpha_high": 0.1}])  # fmt: skip
    decided = reliability(metrics, codebook, 0.667, "lower", CARD, 6).assign(to_rely_on="more coding")
    decided.to_csv(tmp_path / "reliability.csv", index=False)
    pd.DataFrame({"segment_id": [f"s{n}" for n in range(30)]}).to_csv(tmp_path / "sample.csv", index=False)
    trust = trust_in_numbers(tmp_path / "reliability.csv", tmp_path / "estimates.csv", tmp_path / "sample.csv")
    assert trust["reading"] == {
        "audited_uncoded": 20,
        "unread": 80,
        "audited_range": (18, 20),
        "unread_range": (79, 80),
        "other_codes": [{"code": "accountability", "audited_uncoded": 18, "unread": 79}],
    }
    said = words_of(build_report(summary_tables, codebook, tmp_path / "r", trust))
    assert "10 of the audited segments had also been decided by a coder or an override" in said
    assert "The 20 no coder decided count as read, and stand for the 80 segments nobody has read, the only ones" in said
    assert "for accountability, 18 audited and 79 unread" in said
    # where overrides made many codes differ (the demo's touch twelve), the ranges, not a list of every code
    many = [{"code": f"c{n}", "audited_uncoded": 18 + n % 2, "unread": 76 + n} for n in range(4)]
    reading = trust["reading"] | {"other_codes": many, "audited_range": (18, 20), "unread_range": (76, 80)}
    said = words_of(build_report(
        summary_tables, codebook, tmp_path / "many", trust | {"reading": reading}))  # fmt: skip
    assert "10 to 12 of the audited segments, by code, had also been decided" in said
    assert "The 18 to 20 no coder decided count as read, and stand for the 76 to 80 segments nobody has read" in said
    assert "for c0," not in said


def test_the_trust_section_is_short_paragraphs_and_bullets_under_a_plain_lead(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The fourteenth trial found the trust section too dense to read: paragraphs of 150 words and more. It opens
    with a plain lead sentence, then short parts under headings, each a short paragraph or bullets, every figure
    kept."""
    estimate = {"code": "mutual_support", "estimate": 0.4, "lower": 0.2, "upper": 0.6, "counted_share": 0.33,
                "audited": 30, "segments": 200, "method": "prediction-powered (model on every segment, corrected by "
                "the audit sample)", "human_coded": 100, "audited_uncoded": 20}  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 16, "overall": {"mutual_support": estimate}, "by_level": [],
             "drawn": 100, "audited": 30, "model_used": 3, "widest": 12.5, "fewest_audited": 4, "segments": 200,
             "reading": {"audited_uncoded": 20, "unread": 80, "other_codes": []}}  # fmt: skip
    page = build_report(summary_tables, codebook, tmp_path, trust)
    section = page.split('<h2 id="trust">')[1].split('<h2 id="validity">')[0]
    text = lambda part: words_of(part)  # noqa: E731
    assert text(section.split("</p>")[0]).startswith("How far to trust these numbers In short: no code's model codes")
    assert [text(h) for h in re.findall(r"<h3\b[^>]*>(.*?)</h3>", section)] == [
        "Which codes rest on the model", "How the estimated shares are made", "What the audit sample bought",
        "Each code side by side", "Limitations in plain words",
    ]  # fmt: skip
    blocks = [text(block) for block in re.findall(r"<(?:p|li)\b[^>]*>(.*?)</(?:p|li)>", section, re.DOTALL)]
    assert blocks
    assert max(len(block.split()) for block in blocks) <= 70, max(blocks, key=lambda b: len(b.split()))
    said = text(section)
    for figure in ("0 of 16 codes pass", "3 of them use the model's probabilities", "30 of the 100 segments drawn",
                   "10 of the audited segments had also been decided", "stand for the 80 segments nobody has read",
                   "spans 12.5 percentage points", "the fewest audited segments behind one is 4"):  # fmt: skip
        assert figure in said, figure


def test_the_methods_say_which_way_a_tie_between_two_coders_goes(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The fourteenth trial: at coding.consensus 0.5, one of two coders is half, so a code either applied counts
    (a tie counts as present), and the methods did not say so."""
    from pipeline.report import consensus_ties

    coding = pd.DataFrame(
        [("ana", "s1", "venue"), ("bo", "s1", ""), ("ana", "s2", "venue"), ("bo", "s2", "venue"),
         ("ana", "s3", "roles"), ("bo", "s3", "roles"), ("cy", "s3", "")],
        columns=["coder", "segment_id", "code"],
    )  # fmt: skip
    assert consensus_ties(coding, 0.5) == 1  # s1: one of two; s2 both; s3 two of three is no tie
    assert consensus_ties(coding, 0.6) == 0  # above half a pair must agree: no tie is counted present
    said = words_of(build_report(
        summary_tables, codebook, tmp_path, consensus_share=0.5, ties=7))  # fmt: skip
    assert "a code counts when at least 0.5 of them applied it (coding.consensus). A tie counts as present:" in said
    assert "the consensus of a pair is the union of their codes" in said
    assert "(7 consensus codes here rest on half the segment's coders)" in said
    said = words_of(build_report(
        summary_tables, codebook, tmp_path / "strict", consensus_share=0.75))  # fmt: skip
    assert "at least 0.75 of them applied it (coding.consensus). The classifier" in said
    assert "A tie counts as present" not in said


def test_a_level_overrides_decided_is_said_as_theirs_not_as_a_share(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The fourteenth trial: "men's group 100.0% (3 of 3; 8 people spoke in all)" where three 'add' overrides had
    decided the code and no one had read the group; an 'add' is 100% of its segment and a 'remove' 0%."""
    from pipeline.report import level_estimates

    # as the estimates stage writes them: the coders' count (0: they read none) and the overrides' own beside it
    tally = {"method": "codes counted: no audit sample yet, no interval", "segments": 9, "human_coded": 3,
             "counted_share": float("nan"), "counted": 0, "counted_of": "segments humans coded",
             "decided_by_override": 3, "decided_by_override_with_code": 3}  # fmt: skip
    exact = {"method": "every segment here coded by humans: their codes counted, exact", "segments": 2,
             "human_coded": 2, "counted_share": 0.0, "counted_of": "segments humans coded",
             "decided_by_override": 2}  # fmt: skip
    rows = [
        estimate_row("role", "commissioner", "mutual_support", 1.0, float("nan"), float("nan")) | tally,
        estimate_row("role", "facilitator", "mutual_support", 0.0, 0.0, 0.0) | exact,
        estimate_row("role", "member", "mutual_support", 0.2, float("nan"), float("nan"))
        | tally | {"segments": 50, "human_coded": 40, "counted_share": 0.2, "counted": None, "decided_by_override": 1,
                   "decided_by_override_with_code": 0},
    ]  # fmt: skip
    found = level_estimates(rows, "mutual_support", "role", {"commissioner": 2, "facilitator": 1, "member": 9})
    assert [t["by_override"] for t in found["tallies"]] == ["decided by override (3 with the code), no share", ""]
    assert found["rows"][0]["by_override"] == "decided by override (2 without), no share"
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {}, "by_level": rows, "drawn": 4,
             "audited": 0}  # fmt: skip
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    # the people behind each role are the hand-countable study's: one commissioner, one facilitator, four members
    assert "commissioner decided by override (3 with the code), no share (1 person spoke in all)" in said
    assert "facilitator decided by override (2 without), no share (from 1 person)" in said
    # one of the member's read segments an override alone decided: counted beside the coders' share, in no share
    assert (
        "member 20.0% (8 of 39 the coders read; 1 more decided by an override alone (0 with the code), picked where "
        "the model erred, not in the share; 4 people spoke in all)" in said
    )
    assert "commissioner 100.0%" not in said


def mutual_support_by_humans_in(
    summary_tables: dict[str, Path], codebook: Codebook, group: str, cell: list[float], human_coded: int
) -> dict[str, Any]:
    """The trust a report is given where mutual support is not relied on (counted on human codes alone, of
    ``human_coded`` segments), with one group's cell of the summary table set to ``cell`` (read segments, of them
    decided by an override alone, coded, share)."""
    table = pd.read_csv(summary_tables["prevalence_by_group"])
    where = (table["group"] == group) & (table["code"] == "mutual_support")
    columns = ["share_of", "read_segments", "read_by_override_only", "coded_segments", "share"]
    table.loc[where, columns] = ["segments humans coded", *cell]
    table.to_csv(summary_tables["prevalence_by_group"], index=False)
    metrics = pd.DataFrame([{"code": "mutual_support", "human_positive": 2, "alpha": 0.1, "alpha_low": 0.1,
                             "alpha_high": 0.1}])  # fmt: skip
    decided = reliability(metrics, codebook, 0.667, "lower", CARD, 6).assign(human_coded_segments=human_coded)
    rows = {row["code"]: row for row in decided.fillna({"why": "", "to_rely_on": ""}).to_dict("records")}
    return {"reliability": rows, "relied": 0, "codes": len(rows), "overall": {}, "by_level": [], "drawn": 4,
            "audited": 0}  # fmt: skip


def test_a_groups_tally_overrides_decided_is_said_as_theirs(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The same by group, in a finding's "Counted by group" line: the walking group's two read segments for the code
    were two 'add' overrides' (the fourteenth trial's "men's group 3 (100.0%)")."""
    trust = mutual_support_by_humans_in(summary_tables, codebook, "walking", [2, 2, 2, 1.0], human_coded=4)
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust))
    assert "walking decided by override (2 with the code), no share." in said
    assert "walking 2 (100.0%" not in said


def test_a_group_no_human_read_is_named_as_unread_and_an_only_overrides_segments_apart(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The sixteenth issue-19 trial: a workshop nobody coded was left out of some codes' "Counted by group" lines
    and given as "decided by override" in others, and the header said coders read 97 segments whole where the body's
    base was 99 (two 'only' overrides' segments no coder read)."""
    trust = mutual_support_by_humans_in(summary_tables, codebook, "network", [0, 0, 0, float("nan")], human_coded=3)
    # coders read a-1 and a-2 whole; an 'only' override decided b-1 whole, which no coder read
    said = words_of(build_report(summary_tables, codebook, tmp_path, trust, human_reviewed={"a-1", "a-2", "b-1"},
                                 coder_read={"a-1", "a-2"}, decided_whole={"a-1", "a-2", "b-1"}))  # fmt: skip
    assert "network not read (no human decided a segment of it; 0 of 1 workshops coded); walking" in said
    assert "Coders read 2 of them whole; overrides decided 1 more whole (an only override, picked where" in said
    assert "of the 3 segments humans coded: 2 read by coders, 1 decided by an override; a tally" in said


def test_a_role_of_few_people_or_one_audit_coders_reading_is_compared_with_none(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The fourteenth trial: "commissioner talks of this more than member" from a role of three people, and from
    turns only the one audit coder had read. Neither is compared; the report names them and the threshold."""
    from pipeline.report import MIN_PEOPLE_TO_COMPARE, level_estimates

    assert MIN_PEOPLE_TO_COMPARE == 5
    ppi = {"method": "prediction-powered", "segments": 40, "human_coded": 10, "audited_uncoded": 8}
    rows = [
        estimate_row("role", "commissioner", "mutual_support", 0.40, 0.30, 0.50) | ppi,
        estimate_row("role", "member", "mutual_support", 0.05, 0.01, 0.10) | ppi,
        estimate_row("role", "facilitator", "mutual_support", 0.20, 0.15, 0.25) | ppi,
    ]
    people = {"commissioner": 3, "member": 40, "facilitator": 12}
    assert level_estimates(rows, "mutual_support", "role")["differ"] == [
        ("commissioner", "member"), ("commissioner", "facilitator"), ("facilitator", "member"),
    ]  # fmt: skip
    found = level_estimates(rows, "mutual_support", "role", people)
    assert found["differ"] == [("facilitator", "member")]
    assert found["too_few"] == [("commissioner", 3)]
    assert level_estimates(rows, "mutual_support", "role", people, min_people=3)["too_few"] == []
    # facilitators' turns read by no coder, only by the one audit coder: their share is that coder's reading
    rows[2] |= {"human_coded": 0}
    found = level_estimates(rows, "mutual_support", "role", people, audit_coders=1)
    assert found["one_reader"] == ["facilitator"]
    assert found["differ"] == []
    assert level_estimates(rows, "mutual_support", "role", people, audit_coders=2)["one_reader"] == []
    # the same where overrides decided two of their segments: picked where the model erred, no coder's reading (the
    # sixteenth trial's men's group was compared for the codes no override had touched, and not for the others)
    rows[2] |= {"human_coded": 2, "decided_by_override": 2}
    assert level_estimates(rows, "mutual_support", "role", people, audit_coders=1)["one_reader"] == ["facilitator"]
    rows[2] |= {"human_coded": 0, "decided_by_override": 0}
    # in the report, with the hand-countable study's people (one commissioner, four members)
    by_level = [row | {"code": "mutual_support"} for row in rows[:2]]
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {}, "by_level": by_level, "drawn": 4,
             "audited": 16}  # fmt: skip
    said = words_of(build_report(
        summary_tables, codebook, tmp_path, trust, audit_coders=1))  # fmt: skip
    assert "talks of this more" not in said
    assert (
        "commissioner (1 person), member (4 people) are compared with no other stakeholder role: too few people to "
        "compare (fewer than 5, report.min_people_to_compare)" in said
    )
    assert "no group or role whose segments come from fewer than 5 people is compared with another" in said
    assert "nor one no coder read, whose known segments are one audit coder's reading alone" in said


def test_a_study_of_one_group_and_its_own_roles_is_written_in_its_own_words(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The tenth issue-18 trial's study had no groups and moderators and participants: every code repeated
    "Counted by group ... all workshops", and the limitations spoke of "members, facilitators, commissioners"."""
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {}, "by_level": [], "drawn": 0, "audited": 0}
    report = build_report(summary_tables, codebook, tmp_path, trust)
    said = words_of(report)
    assert "not what other commissioners or facilitators or members or groups would say" in said
    one_group = WORKSHOPS.assign(group="all workshops")
    report = build_report(summary_tables, codebook, tmp_path, trust, workshops=one_group)
    said = words_of(report)
    assert "by group" not in said.split("Methods")[0]  # no finding is "counted by group" of one group
    assert "or groups would say" not in said


def test_the_summary_says_what_was_studied_and_the_findings_and_shows_the_analysts_words(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """Issue 21: no summary, no place for the analysts' interpretation or implications. The summary says who took
    part and each finding with its number in the codebook's order; the memos are shown as text, escaped."""
    report = build_report(summary_tables, codebook, tmp_path)
    summary = report.split('id="summary"')[1].split('id="themes"')[0]
    said = words_of(summary)
    assert "What was studied." in said
    assert "Mutual support:" in said
    assert "nothing ranked" in said
    assert "Not written yet: the analysts' own reading goes in data/raw/memos/summary.md" in said
    memos = {"summary": [("p", ["<script>window.__memo = 1</script> The tea mattered."])],
             "mutual_support": [("ul", ["Support ran both ways."])]}  # fmt: skip
    page = build_report(summary_tables, codebook, tmp_path, memos=memos)
    assert "&lt;script&gt;window.__memo = 1&lt;/script&gt; The tea mattered." in page
    assert "<li>Support ran both ways.</li>" in page.split('id="code-mutual_support"')[1].split("</div>")[0]


def test_each_theme_gives_each_stakeholder_roles_words_side_by_side(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """Issue 21: the word "stakeholder" never appeared in the findings. Each theme has a row per role: a quote of
    theirs carrying it, or that none of their segments carries it in the counts."""
    report = build_report(summary_tables, codebook, tmp_path)
    block = report.split('id="code-mutual_support"')[1].split("</div>")[0]
    table = block.split('<table class="voices">')[1].split("</table>")[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", table, re.DOTALL)
    assert [role for role, _ in rows] == ["commissioner", "facilitator", "member"]
    said = dict(rows)
    assert "no segment of theirs carries it" in said["commissioner"]
    assert "workshop a" in said["member"]


def test_coded_retrieval_gives_every_segment_of_a_code_escaped_with_tallies_by_role_and_group(
    codebook: Codebook, tmp_path: Path
) -> None:
    """Issue 21: no coded retrieval, as NVivo's and MAXQDA's users expect: a page per code with every segment the
    report counts for it and where it is from, and an index with each code's tallies by role and by group. A
    transcript's markup stays text, under the report's content security policy."""
    from pipeline.report import code_pages

    segments = SEGMENTS.assign(text=SEGMENTS["segment_id"].map(TEXTS))
    pages = code_pages(CODES, segments, WORKSHOPS, codebook)
    assert set(pages) == {"index.html", *(f"{code}.html" for code in codebook.leaf_ids)}
    page = pages["mutual_support.html"]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>", page)
    assert [row[4] for row in rows] == sorted(CODES.loc[CODES["code"] == "mutual_support", "segment_id"])
    # with who said it (the speaker's label), so that one talkative person's share of a code shows
    speakers = SEGMENTS.set_index("segment_id")["speaker"]
    assert [row[3] for row in rows] == [speakers[row[4]] for row in rows]
    assert "<script>" not in "".join(pages.values())
    assert "default-src 'none'" in page
    index = pages["index.html"]
    assert '<a href="mutual_support.html">Mutual support</a>' in index
    assert "<th>member</th>" in index
    # by role and by group in two tables (one ran 943 px wide), each column with its base: segments there (read);
    # with no decided set, every segment counts as read
    assert [words_of(h) for h in re.findall(r"<h2>(.*?)</h2>", index)] == ["By stakeholder role", "By group"]
    bases = [
        " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in re.findall(r"<tr><td class=\"meta\">(.*?)</tr>", index, re.DOTALL)
    ]
    assert bases == [
        "segments there (read by a coder) 6 1 (1) 1 (1) 4 (4)",  # commissioner, facilitator, member
        "segments there (read by a coder) 6 1 (1) 5 (5)",  # network, walking
    ]
    read_some = code_pages(CODES, segments, WORKSHOPS, codebook, decided={"a-1", "a-2"})["index.html"]
    assert "4 (2)" in read_some  # member: 4 segments, 2 read
    # counted on human codes alone, the segment an override alone decided (b-1, which no coder read) is beside the
    # count, as in the report: the fifth issue-21 trial's index said 61 where the report said 60, with 1 beside
    counted = CODES[CODES["source"] != "model"]  # a code not relied on: its model codes count nowhere (findings)
    pages_counted = code_pages(counted, segments, WORKSHOPS, codebook, decided={"a-1", "a-2"},
                               not_relied={"avoiding_bureaucracy"})  # fmt: skip
    human_only = pages_counted["index.html"]
    page = " ".join(re.sub(r"<[^>]+>", " ", pages_counted["avoiding_bureaucracy.html"]).split())
    assert "in the report (1: 0 counted, and 1 an override alone decided, which the report gives beside" in page

    def row_of(page: str, code: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", page.split(f'href="{code}.html"')[1].split("</tr>")[0]).split())

    # the total, then commissioner, facilitator, member: b-1 is a member's
    assert row_of(human_only, "avoiding_bureaucracy") == (
        ">Wanting to avoid bureaucracy 0 (+1 decided by override) not read not read 0 (+1 decided by override)"
    )
    relied = row_of(read_some, "avoiding_bureaucracy")
    assert relied.startswith(">Wanting to avoid bureaucracy 2 "), relied  # relied on: the override's code counts
    # the audit coder's finds on segments no coder read are named beside the tally and listed on the code's page (the
    # seventh issue-21 trial read 7 here and 8 in the report's count of every segment read, and no word between them);
    # its find on a segment a coder read (a-1) is the coders' to count, and is not named
    audit = pd.DataFrame({"segment_id": ["c-1", "a-3", "a-1"], "code": ["mutual_support", "", "mutual_support"]})
    with_audit = code_pages(counted, segments, WORKSHOPS, codebook, decided={"a-1", "a-2"}, audit_codes=audit)
    assert row_of(with_audit["index.html"], "mutual_support").startswith(
        ">Mutual support 1 (+1 found by the audit coder alone)"
    )
    page = " ".join(re.sub(r"<[^>]+>", " ", with_audit["mutual_support.html"]).split())
    assert "Found by the audit coder alone" in page
    assert "c network commissioner C1 c-1 " + TEXTS["c-1"] in page
    assert "a-1" not in page.split("Found by the audit coder alone")[1]
    assert "found by the audit coder" not in row_of(with_audit["index.html"], "needing_ground_rules")


def test_coders_whose_shared_segments_carry_a_code_under_ten_times_are_not_said_to_agree_at_a_level(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The eleventh issue-18 trial's findings said "The coders themselves agree on this code at alpha 0.32 only"
    where the table said "not measurable: only 5 double-coded segments"."""
    agreement = pd.read_csv(summary_tables["agreement"])
    pair = (agreement["comparison"] == "ana vs bo") & (agreement["code"] == "mutual_support")
    pooled = agreement[pair].assign(
        comparison="all human coders", alpha=0.32, alpha_low=0.1, alpha_high=0.6, with_code=5, segments=30
    )
    pd.concat([agreement, pooled]).to_csv(summary_tables["agreement"], index=False)
    estimate = {"code": "mutual_support", "estimate": 0.4, "lower": 0.3, "upper": 0.6, "counted_share": 0.3,
                "audited": 4, "segments": 6, "method": "audit sample only (beta-binomial interval)", "human_coded": 2,
                "audited_uncoded": 2}  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {"mutual_support": estimate}, "by_level": [],
             "drawn": 4, "audited": 4}  # fmt: skip
    report = build_report(summary_tables, codebook, tmp_path, trust)
    said = words_of(report)
    assert "The coders cannot be shown to agree on this code: only 5 of the segments they share carry it" in said
    assert "The coders themselves agree on this code at alpha 0.32 only" not in said


def test_a_tension_shows_the_passages_where_its_poles_meet(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """Issue 21: per tension, passages where both poles are discussed together, with who said each and which pole
    each turn carries; a tension whose poles never meet says so."""
    said = words_of(build_report(summary_tables, codebook, tmp_path / "none"))
    assert "no segment carries both poles and no two neighbouring turns carry one each" in said
    # b-1 (turn 1) wants no forms, b-2 (turn 2) asks for rules: a meeting in the walking group's workshop b
    codes = pd.DataFrame(
        [("b-1", "avoiding_bureaucracy", "human"), ("b-2", "needing_ground_rules", "human")],
        columns=["segment_id", "code", "source"],
    ).assign(by="ana", probability=None)
    report = build_report(summary_tables, codebook, tmp_path / "met", codes=codes)
    section = words_of(report.split('id="meet-rules_vs_bureaucracy"')[1].split("<h4")[0])
    assert "1 such meeting (each segment with both poles once" in section
    assert "in 1 workshop among the codes this report counts" in section
    assert (
        f"{TEXTS['b-1']}member: Wanting to avoid bureaucracy (human code; segment b-1)"
        f"{TEXTS['b-2']}member: Needing ground rules (human code; segment b-2)walking, workshop b"
    ).replace(" ", "") in section.replace(" ", "")


def test_the_methods_say_what_the_anonymity_gate_redacted(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The thirteenth issue-18 trial: redact mode redacted a new finding ("co-facilitated") and a place, and the
    methods said only "Every segment passed the anonymity gate"."""
    outcome = (
        "6 segments scanned, 2 identifier(s) redacted (1 name, 1 place), 2 of them by redact mode with no one's review"
    )
    said = words_of(build_report(summary_tables, codebook, tmp_path, gate=outcome))
    assert f"Every segment passed the anonymity gate before coding: {outcome}." in said


def test_the_report_says_who_wrote_it_or_where_to_say_so(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """Issue 21: no authors on the report; a commissioner reading it needs to know whose evaluation it is."""
    said = words_of(
        build_report(summary_tables, codebook, tmp_path / "a", authors="The Fife evaluation team, for NHS Fife")
    )
    assert "Evaluation <test> The Fife evaluation team, for NHS Fife." in said
    said = words_of(build_report(summary_tables, codebook, tmp_path / "b"))
    assert (
        "Authors not given yet: who wrote this report and for whom goes in report.authors in config/config.yaml" in said
    )


def test_each_figure_stands_in_the_section_it_illustrates(report: str) -> None:
    """Issue 21: the figures stood apart in a section of their own. Each now sits in its section, numbered in the
    order a reader meets them."""
    from pipeline.figures import FIGURES
    from pipeline.report import FIGURE_PLACES

    assert sorted(FIGURE_PLACES) == sorted(FIGURES)  # every figure has its place
    sections = {name: report.split(f'id="figure-{name}"')[0].rsplit("<h2 id=", 1)[1].split('"')[1]
                for name in FIGURE_PLACES}  # fmt: skip
    assert sections == {
        "prevalence_estimates": "summary", "characteristics_by_group": "themes", "themes_by_role": "summary",
        "tension_balance": "tensions", "cooccurrence": "framework", "coding_validity": "validity",
    }  # fmt: skip
    numbers = [int(n) for n in re.findall(r"<figcaption>Figure (\d+)\.", report)]
    assert numbers == list(range(1, len(FIGURE_PLACES) + 1))
    assert 'id="figures"' not in report
    # a figure heads its section, pages from its last subsection (the sixth trial: Figure 4 on p13, its last tension
    # on p27): each theme and each tension names the figures that draw it, by link (and on paper, by page)
    number = {
        name: int(report.split(f'id="figure-{name}"')[1].split("<figcaption>Figure ")[1].split(".")[0])
        for name in FIGURE_PLACES
    }
    themes = report.split('id="themes"')[1].split('id="tensions"')[0]
    tensions = report.split('id="tensions"')[1].split('id="framework"')[0]
    assert words_of(themes).count(
        f"Drawn by group in Figure {number['characteristics_by_group']}, by role in Figure {number['themes_by_role']}"
        f" and beside every code in Figure {number['prevalence_estimates']}."
    ) == themes.count('<div class="code"')
    assert words_of(tensions).count(
        f"Drawn by group in Figure {number['tension_balance']} and by role in Figure {number['themes_by_role']}."
    ) == tensions.count('<section id="tension-')
    assert f'<a href="#figure-tension_balance">Figure {number["tension_balance"]}</a>' in tensions


def test_the_summary_gives_each_themes_numbers_by_role_and_names_the_workshops_no_coder_read(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The issue-21 reader trial: the summary never said how members, facilitators and commissioners differed, nor
    that a whole group's workshop went uncoded; finding either took fifteen minutes in the theme sections."""
    ppi = {"method": "prediction-powered", "segments": 40, "human_coded": 10, "audited_uncoded": 12}
    rows = [
        estimate_row("role", "member", "mutual_support", 0.20, 0.12, 0.30) | ppi,
        estimate_row("role", "facilitator", "mutual_support", 0.05, 0.01, 0.12) | ppi,
        estimate_row("role", "commissioner", "mutual_support", float("nan"), float("nan"), float("nan"))
        | {"method": "codes counted: too few audited", "segments": 9, "human_coded": 4, "counted_share": 0.25,
           "counted": 1, "counted_of": "segments humans coded"},
    ]  # fmt: skip
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {}, "by_level": rows, "drawn": 4, "audited": 30}
    summary = words_of(build_report(summary_tables, codebook, tmp_path, trust).split('id="summary"')[1].split("<h3")[0])
    assert "Not read by any coder: c (network, 1 segment); there, and in the unread part of a workshop," in summary
    # the hand-countable study's roles have too few people to compare (report.min_people_to_compare): none ranked,
    # each in its place, a count beside estimates marked so, in one bracket with how few it rests on; no comparison
    assert (
        "By role: commissioner 25.0% (counted, 1 segment), facilitator 5.0% (1.0%\u201312.0%), "
        "member 20.0% (12.0%\u201330.0%)." in summary
    )
    assert "The intervals say" not in summary


def test_a_roles_voice_says_what_the_audit_coder_found_where_the_counts_have_nothing(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The sixth issue-21 trial: "no segment of theirs carries it" of commissioners whose turns, read by the audit
    coder alone, carried the code."""
    audit_codes = pd.DataFrame({"segment_id": ["c-1"], "code": ["avoiding_bureaucracy"]})
    page = build_report(summary_tables, codebook, tmp_path, audited={"c-1"}, coder_read={"a-1", "a-2", "b-1"},
                        audit_codes=audit_codes)  # fmt: skip
    block = page.split('id="code-avoiding_bureaucracy"')[1].split("</table>")[0]
    said = dict(re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", block, re.DOTALL))
    assert "the audit coder found it on 1 of the 1 turns of theirs only the audit read" in words_of(
        said["commissioner"]
    )
    assert "audit coder" not in words_of(said["facilitator"])  # the audit read none of theirs


def test_where_no_code_s_agreement_can_be_measured_the_summary_gives_the_pooled_one_and_each_tensions_roles(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path
) -> None:
    """The eighth issue-21 trial: the summary said the coders' agreement could not be measured for any code, where
    over all codes pooled they agreed at alpha 0.86; and it gave no role's share of any tension's poles, where
    commissioners put 57% of their segments on one pole and 29% on the other."""
    agreement = pd.read_csv(summary_tables["agreement"])
    pooled = agreement[(agreement["code"] == "all codes") & ~agreement["comparison"].str.contains("model")]
    assert len(pooled) == 1  # ana vs bo, as the hand-countable study's coding has it
    ppi = {"method": "prediction-powered", "segments": 40, "human_coded": 10, "audited_uncoded": 12}
    rows = [
        estimate_row("role", role, code, share, share / 2, share * 1.5) | ppi
        for role, shares in (("member", (0.2, 0.1)), ("facilitator", (0.05, 0.3)))
        for code, share in zip(("needing_ground_rules", "avoiding_bureaucracy"), shares, strict=True)
    ]
    trust = {"reliability": {}, "relied": 0, "codes": 0, "overall": {}, "by_level": rows, "drawn": 4, "audited": 30}
    summary = words_of(build_report(summary_tables, codebook, tmp_path, trust).split('id="summary"')[1].split("<h3")[0])
    alpha = pooled.iloc[0]
    assert (
        "The coders' agreement cannot be measured code by code: too few of the segments two coders both read carry "
        f"each (fewer than 10), so how well they agree on any one code is unknown. Over all codes pooled, "
        f"{alpha['comparison'].replace(' vs ', ' and ')} agree at alpha {alpha['alpha']:.2f}"
    ) in summary
    assert (
        "By role, the two in that order: facilitator 5.0% (2.5%\u20137.5%) v 30.0% (15.0%\u201345.0%); "
        "member 20.0% (10.0%\u201330.0%) v 10.0% (5.0%\u201315.0%)."
    ) in summary
    assert "codes in the codebook's order and roles in their names', nothing ranked" in summary


def test_a_code_id_in_a_table_breaks_after_its_underscores_and_a_note_is_smaller_than_its_number(report: str) -> None:
    """The eighth issue-21 trial: printed, the agreement appendix broke ids mid-word ("mutu/al_sup/port"), and its
    "(not measurable ...)" notes were larger than the numbers they qualify."""
    appendix = report.split('id="appendix-agreement"')[1].split("</table>")[0]
    assert "<td>mutual_<wbr>support</td>" in appendix
    assert "overflow-wrap: anywhere" not in report
    assert "td .meta { font-size: .9em; }" in report
