#!/usr/bin/env python3
"""Rebuild the generated transcripts (SRT captions, DOCX) and labels.csv for blind-ah.

Run from this folder with the project venv:
    python build.py
The plain-text transcripts (02, 04, 05) are hand-written files; this script only reads them
to generate label rows. Labels are generated from the per-file dictionaries in LABELS below:
every whole-word, case-sensitive occurrence of each text gets one row.
"""
import csv, os, re
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

F1 = "01_keel_together_newlyn_autocaptions.srt"
F2 = "02_brae_carers_dundee_verbatim.txt"
F3 = "03_lavender_quay_derry_focus_group.docx"
F4 = "04_moorside_minds_site_visit_whatsapp.txt"
F5 = "05_linktown_table_fife_handover.txt"
FILES = [F1, F2, F3, F4, F5]

# --------------------------------------------------------------------------- SRT
def ts(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000); m, ms = divmod(ms, 60000); s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"

def build_srt():
    turns = []
    for line in open(os.path.join(HERE, "src", "01_srt_source.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        spk, text = line.split("|", 1)
        turns.append((spk, text.split()))
    cues = [[NOTICE]]
    prev = None
    for spk, toks in turns:
        # split the turn into roughly equal cues of at most ~11 words, two lines each
        sizes = [len(t.split("~")) for t in toks]
        total = sum(sizes)
        ncues = max(1, -(-total // 11))
        target = total / ncues
        chunks, cum = [[] for _ in range(ncues)], 0
        for tok, w in zip(toks, sizes):
            chunks[min(ncues - 1, int((cum + w / 2) // target))].append(tok)
            cum += w
        chunks = [c for c in chunks if c]
        for j, chunk in enumerate(chunks):
            words = [c.replace("~", " ") for c in chunk]
            half = min(range(1, len(chunk) + 1),
                       key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
            l1 = " ".join(chunk[:half]).replace("~", " ")
            l2 = " ".join(chunk[half:]).replace("~", " ")
            if j == 0 and prev not in (None, "X") and spk != "X":
                l1 = "- " + l1
            cues.append([l1] + ([l2] if l2 else []))
        prev = spk
    out, t = [], 0.4
    for k, cue in enumerate(cues, 1):
        nwords = sum(len(l.split()) for l in cue)
        dur = max(1.2, 0.38 * nwords)
        out.append(f"{k}\n{ts(t)} --> {ts(t + dur)}\n" + "\n".join(cue) + "\n")
        t += dur + 0.08
    with open(os.path.join(HERE, F1), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))

# --------------------------------------------------------------------------- DOCX
DOCX_HEAD = [
    ("p", NOTICE),
    ("h", "Focus group: Lavender Quay (LGBTQ+ over-50s peer group), Derry/Londonderry"),
    ("p", "Session: Thursday 7 March 2024, 2.00-3.15pm. Recorded on a phone, typed up from the audio."),
    ("p", "Venue: upstairs room, Shirt Factory Rooms, 27 Ferrygate Row, Derry BT48 7CV"),
    ("p", "Present: six members, the facilitator (Declan) and an observer, Ciara Mullan (commissioning, "
          "Western Trust). Members are labelled by first name, with their agreement."),
    ("p", "Transcribed by J.T.; checked by the facilitator. Queries to 07700 900871 or lavenderquay@example.org "
          "(please don't reply-all)."),
]

def load_rows():
    rows = []
    for line in open(os.path.join(HERE, "src", "03_docx_rows.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        t, said = line.split("|", 1)
        rows.append((t.strip(), said.strip()))
    return rows

def build_docx():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    for kind, text in DOCX_HEAD:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    rows = load_rows()
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Time"
    table.rows[0].cells[1].text = "What was said"
    for t, said in rows:
        r = table.add_row().cells
        r[0].text = t
        r[1].text = said
    for row in table.rows:
        row.cells[0].width = Cm(2.2); row.cells[1].width = Cm(14.5)
    # keep metadata free of identifiers (nothing in core properties is labelled)
    cp = doc.core_properties
    cp.author = ""; cp.last_modified_by = ""; cp.title = "Focus group transcript"; cp.comments = ""
    doc.save(os.path.join(HERE, F3))

def docx_paragraphs(path):
    """All paragraphs in document order (body paragraphs, then table-cell paragraphs row by row
    because the table is the last block). Paragraph numbers in labels.csv are 1-based indexes here."""
    doc = Document(path)
    body = doc.element.body
    paras = []
    for p in body.iter(qn("w:p")):
        paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return paras

# --------------------------------------------------------------------------- LABELS
LABELS = {
F1: {
    # names (auto-captions: all lower case)
    "tamsin": "name", "denzil": "name", "jago": "name", "chalky": "name", "piotr": "name",
    "loveday": "name", "sandy": "name", "pascoe": "name", "kitto": "name",
    "jun-jun": "name", 
    # places with personal detail
    "heamoor": "place", "paul": "place", "cadgwith": "place", "hayle": "place",
    # workplaces / venues / group
    "keel together": "workplace", "keel to gather": "workplace", "crab and lantern": "workplace",
    "trewhella seafoods": "workplace", "trevelloe medical practice": "workplace",
    "4 gullstone terrace": "street_address", "tr18 5mk": "postcode",
    "wk19 qxo": "car_registration", "qq 41 07 93 c": "ni_number",
    "ninth of november sixty eight": "date_of_birth", "999 027 5181": "nhs_number",
    "oh seven seven double oh nine double oh four one two": "phone",
    "keelcrew at example dot org": "email",
},
F2: {
    "Lennie": "name", "K.D.": "name", "Morag": "name", "Duthie": "name",
    "Kacper": "name", "Bożena": "name", "Zofia": "name", "Shug": "name",
    "Hugh": "name", "Will": "name", "Soutar": "name", "Nicole": "name", "Rahman": "name",
    "Whitfield": "place", "Kirkton": "place", "Monifieth": "place",
    "Brae Carers Crew": "workplace", "Cairnhill Community Flat": "workplace",
    "Dightyside Academy": "workplace", "Marchbanks Bakery": "workplace", "Ardlaw Health Centre": "workplace",
    "2/1, 61 Craigowan Wynd": "street_address", "DD4 9MV": "postcode",
    "oh seven seven double oh, nine double oh, three one six": "phone", "0131 496 0742": "phone",
    "brae dot crew at example dot org": "email", "@sketchy.wee.carer": "handle",
    "second of August two-thousand-and-six": "date_of_birth",
},
F3: {
    "Declan": "name", "Frank": "name", "Marguerite": "name", "Seán": "name", "Aoibheann": "name",
    "Trish": "name", "Bobbie": "name", "Ciara": "name", "Mullan": "name", "J.T.": "name",
    "Hughie": "name", "Pádraig": "name",
    "Anand": "name",
    "Creggan": "place", "Eglinton": "place", "Strathfoyle": "place", "Buncrana": "place",
    "Lavender Quay": "workplace", "Shirt Factory Rooms": "workplace", "Termonbacca Primary": "workplace",
    "Rossdowney Shirt Company": "workplace", "Ballynagard Health Centre": "workplace",
    "27 Ferrygate Row": "street_address", "BT48 7CV": "postcode",
    "07700 900871": "phone", "028 9649 6153": "phone", "lavenderquay@example.org": "email",
    "www.example.org/lavender-quay": "url", "@LavQuayDerry": "handle",
    "12th of July 1957": "date_of_birth", "AK68 QIR": "car_registration",
},
F4: {
    "Bev": "name", "Gareth": "name", "gaz": "name", "Sue": "name", "Gosia": "name",
    "Małgorzata": "name", "Wróbel": "name", "Tomasz": "name", "Priyanka": "name",
    "dawn": "name", "vosper": "name", "sillifant": "name",
    "Sticklepath": "place", "Bow": "place", "Whiddon Down": "place",
    "Moorside Minds": "workplace", "Westcombe Fund": "workplace", "Brambledown Rooms": "workplace",
    "6 Tinner's Row": "street_address", "ex20  1vk": "postcode",
    "+44 7700 900561": "phone", "+44 7700 900218": "phone", "0117 496 0583": "phone", "07700 900 734": "phone",
    "p.raval@example.org": "email", "https://www.example.org/westcombe/site-visits": "url",
    "@moorsideminds": "handle", "17.09.1981": "date_of_birth", "ZZ 48 21 09 C": "ni_number",
    "WA22 QKX": "car_registration",
},
F5: {
    "Imrie": "name", "Ailsa": "name",
    "Jamie": "name", "Peggy": "name", "Kirsty": "name", "ANDERSON": "name",
    "Kit": "name", "Pettigrew": "name", "O'Rourke": "name", "Adeyemi": "name",
    "Margaret": "name", "DOIG": "name", "Aileen": "name", "Baird": "name",
    "L.I.": "name",
    "Lower Largo": "place", "Pittenweem": "place",
    "LINKTOWN TABLE": "workplace", "Kilnbank Centre": "workplace",
    "Raith Brae Medical Practice": "workplace", "Larchbank Bowling Club": "workplace",
    "Balbirnie Wynd Practice": "workplace", "Ferrybank Print": "workplace",
    "9 Lintburn Wynd": "street_address", "41 Pitcairn Rise": "street_address",
    "Rockmount, 2 Cadger's Brae": "street_address",
    "KY1 2CK": "postcode", "KY7 5VO": "postcode", "KY8  6MK": "postcode",
    "07700 900 629": "phone", "07700 900 628": "phone",
    "linktown.table@example.net": "email",
    "04/11/1996": "date_of_birth", "23.6.2001": "date_of_birth", "30 Jan 1958": "date_of_birth",
    "999 401 7365": "nhs_number", "ZZ 73 10 46 A": "ni_number", "SN70 IQZ": "car_registration",
},
}

def file_lines(fn):
    path = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        return docx_paragraphs(path)
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")

def make_labels():
    rows = []
    for fn in FILES:
        lines = file_lines(fn)
        for i, line in enumerate(lines, 1):
            hits = []
            for text, kind in LABELS[fn].items():
                for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line):
                    hits.append((m.start(), kind, text))
            for _, kind, text in sorted(hits):
                rows.append((fn, i, kind, text))
        for text in LABELS[fn]:
            if not any(r[0] == fn and r[3] == text for r in rows):
                print("WARNING: label text never found:", fn, text)
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    return rows

def make_tricky():
    import importlib.util
    spec = importlib.util.spec_from_file_location("tricky_rows", os.path.join(HERE, "src", "tricky_rows.py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    with open(os.path.join(HERE, "tricky.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        w.writerows(mod.ROWS)
    return len(mod.ROWS)

if __name__ == "__main__":
    build_srt()
    build_docx()
    rows = make_labels()
    print(make_tricky(), "tricky rows")
    from collections import Counter
    print(len(rows), "label rows")
    print(Counter(r[0] for r in rows))
    print(Counter(r[2] for r in rows))
