"""Build labels.csv from the hand-written INVENTORY below.

For every (kind, text) in a file's inventory, every whole-word, case-sensitive
occurrence of text on every line of the file becomes one row
(file,line,kind,text).  "Whole word": the characters either side of the match
are not letters, digits or "_".

Line numbers: physical lines for .txt/.vtt; for .odt/.docx the paragraph number
from 1, with .docx table rows numbered on after the paragraphs (a row is its
cells joined with " | ").

Run with the project's venv python (needs odfpy and python-docx).
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FILES = ["y01.odt", "y02.vtt", "y03.txt", "y04.docx", "y05.txt"]

INVENTORY = {
    "y01.odt": [
        ("name", "Ruth"), ("name", "Bevan"), ("name", "Sian"), ("name", "Emrys"), ("name", "Dai"),
        ("name", "Dafydd"), ("name", "Mererid"), ("name", "Pugh"),
        ("place", "Rhayader"), ("place", "Abbeycwmhir"), ("place", "Cwmystwyth"), ("place", "Nantmel"),
        ("place", "Llandrindod"), ("place", "Llanidloes"), ("place", "Llanbister"),
        ("workplace", "Old Creamery Rooms"), ("workplace", "Cefn Llwyd Farm"), ("workplace", "Maesycwm Vets"),
        ("workplace", "Ystrad House Surgery"),
        ("street_address", "2 Heol y Felin"),
        ("postcode", "LD6 5CX"),
        ("car_registration", "CN62 KQI"),
        ("phone", "Oh seven seven double oh, nine double oh, four one two"),
        ("phone", "01632960587"),
        ("date_of_birth", "14/03/1958"),
        ("nhs_number", "999 218 4477"),
        ("ni_number", "ZZ 41 27 63 B"),
        ("email", "cylch.ffermwyr at example dot org"),
        ("url", "farmtalk-cymru.example.org/cylch"),
        ("handle", "@ewesandblues"),
    ],
    "y02.vtt": [
        ("name", "Gareth"), ("name", "Mensah"), ("name", "Priyesh"), ("name", "Lal"), ("name", "Tomasz"),
        ("name", "Wiśniewski"), ("name", "Tomek"), ("name", "Claire"), ("name", "Ola"), ("name", "Liam"),
        ("handle", "brumdad_88"), ("handle", "@threeamdad"),
        ("place", "Bulwell"), ("place", "Hucknall"), ("place", "Coalville"), ("place", "Kings Heath"),
        ("place", "Stirchley"),
        ("workplace", "Larkfield Maternity Unit"), ("workplace", "Hallam Freight"),
        ("workplace", "Castlegate Primary"), ("workplace", "Signal Box Family Hub"),
        ("street_address", "3 Brook Mews"),
        ("postcode", "B30 2KV"),
        ("phone", "+44 7700 900318"), ("phone", "0121 496 0734"),
        ("email", "t dot wisniewski at example dot net"),
        ("url", "dadscircle.example.org/midlands"),
        ("nhs_number", "9993051624"),
        ("date_of_birth", "2nd of January 2023"),
    ],
    "y03.txt": [
        ("name", "dawn"), ("name", "bob"), ("name", "pat"), ("name", "faith"), ("name", "ben"),
        ("name", "jonno"), ("name", "mags"),
        ("handle", "mossbat_"), ("handle", "@lakesgirl.x"),
        ("place", "egremont"), ("place", "cleator moor"), ("place", "frizington"), ("place", "mirehouse"),
        ("workplace", "fellview academy"), ("workplace", "meadowbank lodge"), ("workplace", "heronsyke ward"),
        ("street_address", "12 fletcher st"),
        ("postcode", "ca26 3kv"),
        ("phone", "07700.900.265"), ("phone", "0770 0900 643"),
        ("email", "k.armstrong77@example.net"),
        ("url", "example.com/yc-bus-pass"),
        ("date_of_birth", "12.11.2011"),
        ("ni_number", "qq 40 18 27 c"),
        ("car_registration", "pk68 wqi"),
    ],
    "y04.docx": [
        ("name", "HUMA"), ("name", "BALJIT"), ("name", "Rukhsana"), ("name", "Imogen"), ("name", "Tranter"),
        ("name", "Akhtar"), ("name", "Okafor"), ("name", "Jamila"), ("name", "Nasreen"), ("name", "Begum"),
        ("name", "Parveen"), ("name", "Simran"),
        ("place", "Savile Town"), ("place", "Dewsbury"), ("place", "Ravensthorpe"), ("place", "Thornhill Lees"),
        ("place", "Heckmondwike"),
        ("workplace", "Noor Community Rooms"), ("workplace", "Eastfield Medical Centre"),
        ("workplace", "Crescent Sweets"),
        ("street_address", "41 Thornbury Road"),
        ("postcode", "WF12 9MC"),
        ("phone", "07700 900 671"), ("phone", "+44 113 496 0925"),
        ("email", "womenscircle.wf@example.org"),
        ("url", "www.example.org/womens-circle"),
        ("handle", "@chaiandchat.circle"),
        ("ni_number", "ZZ 73 19 58 A"),
        ("date_of_birth", "fifth of May nineteen forty-nine"),
        ("car_registration", "YD19 KIQ"),
    ],
    "y05.txt": [
        ("name", "Rose"), ("name", "Quigley"), ("name", "Bronagh"), ("name", "Seamus"), ("name", "Tam"),
        ("name", "Siobhán"), ("name", "Oisín"),
        ("place", "Rasharkin"), ("place", "Carnany"), ("place", "Ballymoney"), ("place", "Cushendall"),
        ("place", "Dungiven"),
        ("workplace", "Drumlee Poultry"), ("workplace", "Carnbeg House"), ("workplace", "Glenview Recovery College"),
        ("street_address", "23 Glenshesk Crescent"),
        ("postcode", "BT536KV"),
        ("phone", "(028) 9649 6388"),
        ("email", "causewayvoices@example.net"),
        ("url", "hearingvoices-causeway.example.org"),
        ("nhs_number", "nine nine nine, four six two, eight one three, five"),
        ("ni_number", "ZZ482691D"),
        ("date_of_birth", "9th of August 1971"), ("date_of_birth", "2000-11-02"),
    ],
}


def read_lines(path: Path) -> list[str]:
    """Return the file's 'lines' as numbered in labels.csv (index 0 = line 1)."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".vtt"):
        return path.read_text(encoding="utf-8").split("\n")
    if suffix == ".odt":
        from odf.opendocument import load
        from odf import text as odftext, teletype
        doc = load(str(path))
        return [teletype.extractText(p) for p in doc.text.getElementsByType(odftext.P)]
    if suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        lines = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
        return lines
    raise ValueError(f"unsupported file type: {path.name}")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find_whole_word(line: str, text: str) -> list[int]:
    """Start offsets of whole-word, case-sensitive occurrences of text in line."""
    hits = []
    start = 0
    while True:
        i = line.find(text, start)
        if i < 0:
            return hits
        before = line[i - 1] if i > 0 else ""
        after = line[i + len(text)] if i + len(text) < len(line) else ""
        if not (before and _is_word_char(before)) and not (after and _is_word_char(after)):
            hits.append(i)
        start = i + 1


def build_rows() -> list[tuple[str, int, str, str]]:
    rows = []
    for fname in FILES:
        lines = read_lines(HERE / fname)
        found = []
        for kind, text in INVENTORY[fname]:
            n = 0
            for lineno, line in enumerate(lines, start=1):
                for pos in find_whole_word(line, text):
                    found.append((lineno, pos, kind, text))
                    n += 1
            if n == 0:
                sys.exit(f"inventory text not found in {fname}: {text!r}")
        found.sort()
        rows.extend((fname, lineno, kind, text) for lineno, _pos, kind, text in found)
    return rows


def main() -> None:
    rows = build_rows()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "line", "kind", "text"])
        writer.writerows(rows)
    per_file = {}
    for f, *_ in rows:
        per_file[f] = per_file.get(f, 0) + 1
    print(f"wrote {len(rows)} rows", per_file)


if __name__ == "__main__":
    main()
