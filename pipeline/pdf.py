"""The evaluation report as a PDF on A4, printed by a Chromium-family browser from the report's own print
stylesheet, and checked as it is printed: no table or figure wider than the page.

    python -m pipeline pdf                     # reports/evaluation_report.html -> reports/evaluation_report.pdf
    python -m pipeline pdf --project ../my-study

The HTML report stays the study's record (its fingerprints, its coded retrieval pages); the PDF is for reading and
sending on. Playwright drives the browser (it is in the lock); it downloads none: the browser is Chromium, Chrome or
Edge installed on the machine (Debian: apt install chromium), or the one ``--browser`` names. Nothing is cut off: a
table or figure the print layout puts past the page's right edge stops the PDF with its name, before it is written.
On paper a link cannot be followed, so every link within the report (the contents, "How to read it", "its
section") is printed with the page it leads to, "(p. 12)": Chromium has no CSS ``target-counter()``, so the report is
printed once with a placeholder beside each link, the pages of its targets are read back from the PDF's named
destinations (pypdf), and it is printed again with the numbers, until they hold.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import StudyError, run_stage
from pipeline.freshness import study_files

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "msedge")
# A4 less the print stylesheet's margins, at the browser's 96 px an inch: the width the print layout has
A4_PRINT_WIDTH_PX = 703
# beside each link within the report, a span for the page its target is printed on (its text set by PAGE_NUMBERS)
PAGE_REFERENCES = """() => {
  const style = document.createElement('style');
  style.textContent = '.pageref { white-space: nowrap; color: #555; font-size: 90%; }';
  document.head.appendChild(style);
  for (const a of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(a.getAttribute('href').slice(1));
    if (!id || !document.getElementById(id)) continue;
    const span = document.createElement('span');
    span.className = 'pageref';
    span.dataset.ref = id;
    span.textContent = ' (p.\u00a000)';
    a.after(span);
  }
}"""
PAGE_NUMBERS = """(pages) => {
  for (const span of document.querySelectorAll('span.pageref')) {
    const page = pages[span.dataset.ref];
    span.textContent = page ? ' (p.\u00a0' + page + ')' : '';
  }
}"""
# a page reference's pass may move a heading to the next page; printing again settles it (two passes in practice)
MOST_PASSES = 4
# elements that must fit the page: every table and figure; a wider one would be cut at the page's edge
FITS = (
    "Array.from(document.querySelectorAll('table, figure img, pre')).filter(e => e.getBoundingClientRect().right"
    " > document.documentElement.clientWidth + 1).map(e => { let h = e; while (h && !/^H[1-4]$/.test(h.tagName))"
    " h = h.previousElementSibling || h.parentElement; return (e.closest('section, figure, div[id]') || e).id"
    " || (e.tagName.toLowerCase() + (h ? ' under \"' + h.textContent.trim() + '\"' : '')) })"
)


def find_browser(given: Path | None = None) -> Path:
    """The browser to print with: the one given, or the first Chromium-family browser on the PATH."""
    if given is not None:
        if not given.is_file():
            raise StudyError(f"{given}: no browser there; give the path of Chromium, Chrome or Edge with --browser")
        return given
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return Path(found)
    raise StudyError(
        "no Chromium, Chrome or Edge found to print the PDF with; install one (Debian: apt install chromium) or give "
        "its path with --browser, or print reports/evaluation_report.html from any browser (A4)"
    )


def target_pages(pdf: bytes) -> dict[str, int]:
    """The page (from 1) each named destination of a PDF is on: Chromium names one for each link's target."""
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    named = reader.named_destinations.items()
    pages = {str(name).lstrip("/"): reader.get_destination_page_number(to) for name, to in named}
    return {name: page + 1 for name, page in pages.items() if page is not None}


def with_page_references(page: Any) -> bytes:
    """The page printed on A4 with each link's target page beside it, printed again until every number is the page
    its target is on (a placeholder of two digits holds their room in the first pass)."""
    page.evaluate(PAGE_REFERENCES)  # a page with no link within it prints once: its first printing finds no target
    pdf: bytes = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    said: dict[str, int] = {}
    for _ in range(MOST_PASSES):
        found = target_pages(pdf)
        if found == said:
            return pdf
        page.evaluate(PAGE_NUMBERS, found)
        said = found
        pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    raise StudyError(
        f"the report's page numbers did not settle in {MOST_PASSES} printings (please report it); print the HTML "
        "report from a browser instead"
    )


def print_pdf(report: Path, out: Path, browser: Path) -> int:
    """The report printed to ``out`` on A4 with its print stylesheet; the number of pages. Stops, writing nothing,
    where a table or figure is wider than the page."""
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(
                executable_path=str(browser),
                # no sandbox as root (a container, CI); no background traffic on a machine with no network
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            )
            page = launched.new_page(viewport={"width": A4_PRINT_WIDTH_PX, "height": 1000})
            page.goto(report.resolve().as_uri())
            page.emulate_media(media="print")
            overflowing = page.evaluate(FITS)
            if overflowing:
                launched.close()
                raise StudyError(
                    f"{report}: {len(overflowing)} table(s) or figure(s) wider than an A4 page, first "
                    f"{overflowing[0]}; nothing was written (please report it: the print stylesheet should fit them)"
                )
            pdf = with_page_references(page)
            launched.close()
    except Error as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise StudyError(f"{browser}: the browser could not print the report ({first})") from None
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(out)
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.pdf", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="the study folder (default: here)")
    parser.add_argument("--report", type=Path, help="the HTML report (default: reports/evaluation_report.html)")
    parser.add_argument("--out", type=Path, help="the PDF (default: the report's name with .pdf)")
    parser.add_argument("--browser", type=Path, help="the path of Chromium, Chrome or Edge (default: found on PATH)")
    args = parser.parse_args(argv)
    report = args.report or args.project / "reports" / "evaluation_report.html"
    if not report.is_file():
        raise StudyError(f"{report}: no report yet; run the pipeline first (python -m pipeline run)")
    # a report older than the study's files is not this study's yet (a run that stopped leaves the last one): the
    # issue-21 trial's PDF was printed from it with no word
    newest = max((path.stat().st_mtime for path in study_files(args.project)), default=0.0)
    if args.report is None and report.stat().st_mtime < newest:
        raise StudyError(
            f"{report}: older than the study's files, so not this study's yet (did the last run stop?); run the "
            "pipeline first (python -m pipeline run), or give --report to print it as it is"
        )
    out = args.out or report.with_suffix(".pdf")
    pages = print_pdf(report, out, find_browser(args.browser))
    print(f"wrote {out} ({pages} A4 pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
