#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild the blind-ba set: python build.py  (then python verify_labels.py).
Writes the five transcripts, labels.csv and tricky.csv from content.py."""
import csv, os, re, sys
from collections import OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C

KINDS = {"n": "name", "pl": "place", "w": "workplace", "st": "street_address", "pc": "postcode",
         "ph": "phone", "em": "email", "url": "url", "h": "handle", "dob": "date_of_birth",
         "nhs": "nhs_number", "ni": "ni_number", "car": "car_registration"}
MARK = re.compile(r"\{\{(\w+)\|(.+?)\}\}")
problems = []

class Collector:
    def __init__(self, fname):
        self.fname = fname; self.kinds = OrderedDict(); self.marked = {}
    def strip(self, s):
        def rep(m):
            k, t = KINDS[m.group(1)], m.group(2)
            if self.kinds.setdefault(t, k) != k:
                problems.append(f"{self.fname}: {t!r} has two kinds")
            self.marked[t] = self.marked.get(t, 0) + 1
            return t
        return MARK.sub(rep, s)

def occurrences(lines, text):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    for i, ln in enumerate(lines, 1):
        for m in pat.finditer(ln):
            yield i, m.start()

def label_rows(col, lines):
    rows = []
    for t, k in col.kinds.items():
        occ = list(occurrences(lines, t))
        if len(occ) != col.marked[t]:
            problems.append(f"{col.fname}: {t!r} marked {col.marked[t]}x but occurs {len(occ)}x")
        rows += [(col.fname, ln, pos, k, t) for ln, pos in occ]
    rows.sort(key=lambda r: (r[1], r[2]))
    return [(f, ln, k, t) for f, ln, pos, k, t in rows]

def ts(sec):
    h, r = divmod(sec, 3600); m, s = divmod(r, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"

def build_vtt():
    col = Collector(C.VTT_FILE)
    out = ["WEBVTT", ""]; t = 1.48
    for i, cue in enumerate(C.VTT_CUES, 1):
        txt = col.strip(cue)
        dur = max(2.5, len(txt.split()) * 0.38)
        out += [str(i), f"{ts(t)} --> {ts(t + dur)}", txt, ""]
        t += dur + 0.6
    with open(os.path.join(HERE, C.VTT_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    return label_rows(col, out)

def build_docx():
    from docx import Document
    from docx.shared import Pt
    col = Collector(C.DOCX_FILE)
    doc = Document()
    doc.core_properties.author = "synthetic"; doc.core_properties.title = "synthetic notes"
    doc.core_properties.comments = C.NOTICE
    for style, txt in C.DOCX_PARAS:
        doc.add_paragraph(col.strip(txt), style=style)
    path = os.path.join(HERE, C.DOCX_FILE)
    doc.save(path)
    paras = [p.text for p in Document(path).paragraphs]
    return label_rows(col, paras)

def build_txt(fname, text):
    col = Collector(fname)
    plain = col.strip(text)
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(plain)
    return label_rows(col, plain.split("\n"))

def build_csv():
    col = Collector(C.CSV_FILE)
    path = os.path.join(HERE, C.CSV_FILE)
    t = 0.0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["speaker", "text", "start", "end"])
        for spk, txt in C.CSV_ROWS:
            s = col.strip(spk); x = col.strip(txt)
            dur = max(1.2, len(x.split()) * 0.4)
            w.writerow([s, x, ts(t)[:-2], ts(t + dur)[:-2]])
            t += dur + 0.7
    lines = open(path, encoding="utf-8").read().split("\n")
    return label_rows(col, lines)

def main():
    rows = build_vtt() + build_docx() + build_txt(C.TXT_INTERVIEW_FILE, C.TXT_INTERVIEW) \
        + build_txt(C.FB_FILE, C.FB_TEXT) + build_csv()
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["file", "line", "kind", "text"]); w.writerows(rows)
    with open(os.path.join(HERE, "tricky.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["file", "text", "why"]); w.writerows(C.TRICKY)
    from collections import Counter
    print(len(rows), "label rows", dict(Counter(r[2] for r in rows)))
    print(dict(Counter(r[0] for r in rows)))
    for p in problems: print("PROBLEM:", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
