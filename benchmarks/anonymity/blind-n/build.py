#!/usr/bin/env python3
"""Build the set from src/*.src (markup {{kind|text}}) -> sn01.vtt .. sn05.txt, sn03.docx, labels.csv."""
import csv, re, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{\{(\w+)\|(.+?)\}\}")
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

def ts(sec):
    h, r = divmod(sec, 3600); m, s = divmod(r, 60)
    return "%02d:%02d:%06.3f" % (h, m, s)

def vtt_markup(src):
    out = ["WEBVTT", "", "NOTE " + SYN, ""]
    t = 4.2
    for i, line in enumerate(open(src, encoding="utf-8").read().splitlines(), 1):
        spk, text = line.split("\t")
        dur = max(2.0, len(MARK.sub(r"\2", text).split()) * 0.38)
        out += [str(i), "%s --> %s" % (ts(t), ts(t + dur)), "<v {{name|%s}}>%s" % (spk, text), ""]
        t += dur + 0.9
    return out

def strip(lines, fname, rows):
    plain = []
    for n, line in enumerate(lines, 1):
        for m in MARK.finditer(line):
            rows.append((fname, n, m.group(1), m.group(2)))
        plain.append(MARK.sub(r"\2", line))
    return plain

rows = []
for f in ["sn01.vtt", "sn02.txt", "sn03.docx", "sn04.txt", "sn05.txt"]:
    src = os.path.join(HERE, "src", f.split(".")[0] + ".src")
    if f.endswith(".vtt"):
        lines = vtt_markup(src)
    else:
        lines = open(src, encoding="utf-8").read().splitlines()
    if f.endswith(".docx"):
        lines = [l for l in lines if l.strip()]  # paragraph numbering
    plain = strip(lines, f, rows)
    if f.endswith(".docx"):
        tmp = os.path.join(HERE, "src", "sn03.plain.txt")
        open(tmp, "w", encoding="utf-8").write("\n".join(plain) + "\n")
        subprocess.check_call([sys.executable, os.path.join(HERE, "make_docx.py"), tmp, os.path.join(HERE, f)])
    else:
        open(os.path.join(HERE, f), "w", encoding="utf-8").write("\n".join(plain) + "\n")
with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["file", "line", "kind", "text"]); w.writerows(rows)
print(len(rows), "rows")
