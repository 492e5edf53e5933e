#!/usr/bin/env python3
"""Rebuild the dev set from the annotated drafts in this folder.

Drafts mark every planted identifier as {{kind:text}}.  This script strips the
markup, writes wa01.txt, wa02.txt, wa03.vtt, wa05.txt and the plain draft of
wa04 (build/wa04_draft.src, one paragraph per line), and writes labels.csv
with the 1-based line (paragraph) number of every identifier.  Run
make_docx.py afterwards to turn the wa04 draft into wa04.docx.
"""

import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\{\{(\w+):(.*?)\}\}")
KINDS = {
    "name",
    "phone",
    "email",
    "postcode",
    "nhs_number",
    "ni_number",
    "street_address",
    "date_of_birth",
    "url",
    "handle",
    "car_registration",
    "place",
    "workplace",
}


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")


def ts(sec):
    ms = round(sec * 1000)
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vtt_lines(cues):
    lines = ["WEBVTT", "", "NOTE SYNTHETIC TRANSCRIPT - every name, number and address is invented.", ""]
    t = 1.0
    for cue in cues:
        words = len(MARK.sub(lambda m: m.group(2), cue).split())
        dur = max(2.0, round(words * 0.36, 1))
        lines.append(f"{ts(t)} --> {ts(t + dur)}")
        lines.append(cue)
        lines.append("")
        t = round(t + dur + 0.4, 3)
    return lines[:-1]


def strip(lines, fname, rows):
    out = []
    for i, line in enumerate(lines, 1):
        for m in MARK.finditer(line):
            kind, text = m.group(1), m.group(2)
            assert kind in KINDS, (fname, i, kind)
            rows.append((fname, i, kind, text))
        out.append(MARK.sub(lambda m: m.group(2), line))
    return out


def main():
    rows = []
    jobs = [
        ("wa01.txt", read("wa01.src")),
        ("wa02.txt", read("wa02.src")),
        ("wa03.vtt", vtt_lines(read("wa03.src"))),
        ("wa04.docx", read("wa04.src")),
        ("wa05.txt", read("wa05.src")),
    ]
    for fname, lines in jobs:
        plain = strip(lines, fname, rows)
        target = os.path.join(HERE, "wa04_draft.src") if fname.endswith(".docx") else os.path.join(OUT, fname)
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(plain) + "\n")
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"{len(rows)} label rows written")


if __name__ == "__main__":
    main()
