"""The report printed to an A4 PDF by the pipeline (issue 21), with nothing cut off at the page's edge."""

import os
import re
from pathlib import Path

import pytest
from test_report import build_report

from pipeline.codebook import Codebook
from pipeline.errors import StudyError
from pipeline.pdf import find_browser, main, print_pdf

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (.ci/run does)")
# A4 in PDF points (1/72 inch): 210 x 297 mm, to within the browser's rounding
A4_POINTS = (595.0, 842.0)


@needs_chromium
def test_the_report_prints_to_a4_pages_with_nothing_cut(
    summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every page A4, as many as the text needs; the command says where the PDF is and how many pages it has."""
    report = tmp_path / "reports" / "evaluation_report.html"
    report.parent.mkdir()
    report.write_text(build_report(summary_tables, codebook, tmp_path), encoding="utf-8")
    assert main(["--project", str(tmp_path), "--browser", str(CHROMIUM)]) == 0
    pdf = (tmp_path / "reports" / "evaluation_report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    boxes = [tuple(float(v) for v in box.split()) for box in re.findall(rb"/MediaBox \[([^\]]*)\]", pdf)]
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert pages > 3
    assert len(boxes) == pages
    assert all(abs(box[2] - A4_POINTS[0]) < 2 and abs(box[3] - A4_POINTS[1]) < 2 for box in boxes)
    assert capsys.readouterr().out.strip().endswith(f"evaluation_report.pdf ({pages} A4 pages)")


@needs_chromium
def test_on_paper_each_link_within_the_report_gives_the_page_it_leads_to(tmp_path: Path) -> None:
    """A link cannot be followed on paper: the contents and "How to read it" named no page (the seventh issue-21
    trial, 69 pages). Each link within the report is printed with the page its target is on, and the numbers are the
    pages the PDF puts the targets on, though a page's number in the contents moves what follows."""
    from pypdf import PdfReader

    sections = "".join(
        f"<h2 id='s{n}' style='page-break-before: always'>Section {n}</h2><p>{'Words. ' * 40 * n}</p>"
        for n in range(1, 6)
    )
    contents = "".join(f"<li><a href='#s{n}'>Section {n}</a></li>" for n in range(1, 6))
    page = tmp_path / "report.html"
    page.write_text(
        f"<!DOCTYPE html><html><body><ol>{contents}</ol><p>See <a href='#s4'>the fourth</a> and "
        f"<a href='#nowhere'>a lost link</a>.</p>{sections}</body></html>",
        encoding="utf-8",
    )
    print_pdf(page, tmp_path / "report.pdf", CHROMIUM)
    reader = PdfReader(tmp_path / "report.pdf")
    first = reader.pages[0].extract_text()
    found = {
        str(name).lstrip("/"): reader.get_destination_page_number(destination) + 1
        for name, destination in reader.named_destinations.items()
    }
    assert {f"s{n}" for n in range(1, 6)} <= set(found)
    for n in range(1, 6):
        assert f"Section {n} (p. {found[f's{n}']})" in first
    assert f"the fourth (p. {found['s4']})" in first
    assert "a lost link." in first  # no target, no page
    assert found["s5"] > found["s1"] >= 2


@needs_chromium
def test_a_table_wider_than_the_page_stops_the_pdf_before_it_is_written(tmp_path: Path) -> None:
    """A table the print layout puts past the page's right edge would be cut off in print: the PDF is not written,
    and the message names it."""
    page = tmp_path / "wide.html"
    page.write_text(
        "<!DOCTYPE html><html><body><section id='framework'><table style='width:1200px'><tr><td>groups</td></tr>"
        "</table></section></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(StudyError, match=r"1 table\(s\) or figure\(s\) wider than an A4 page, first framework"):
        print_pdf(page, tmp_path / "wide.pdf", CHROMIUM)
    assert not (tmp_path / "wide.pdf").exists()


def test_without_a_browser_or_a_report_it_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no browser on it
    with pytest.raises(StudyError, match=r"no Chromium, Chrome or Edge found to print the PDF with; install one"):
        find_browser()
    with pytest.raises(StudyError, match=r"nowhere: no browser there; give the path of Chromium"):
        find_browser(tmp_path / "nowhere")
    with pytest.raises(StudyError, match=r"evaluation_report.html: no report yet; run the pipeline first"):
        main(["--project", str(tmp_path)])
    # a report older than the study's files is the last run's, not this study's (the issue-21 trial printed one)
    report = tmp_path / "reports" / "evaluation_report.html"
    report.parent.mkdir()
    report.write_text("<html></html>", encoding="utf-8")
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "workshops.csv").write_text("workshop_id\nw1\n", encoding="utf-8")
    os.utime(report, (1, 1))
    with pytest.raises(StudyError, match=r"older than the study's files, so not this study's yet"):
        main(["--project", str(tmp_path)])
