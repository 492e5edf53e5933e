#!/usr/bin/env python3
"""Build setM from the marked-up sources in this folder.
Markup: {{kind|text}} marks an identifier; the build strips the markup,
writes the transcript files and writes ../labels.csv."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, OUT)
MARK = re.compile(r"\{\{([a-z_]+)\|([^}]*)\}\}")
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."


def strip(lines, fname, rows):
    out = []
    for i, line in enumerate(lines, 1):
        for m in MARK.finditer(line):
            rows.append((fname, i, m.group(1), m.group(2)))
        out.append(MARK.sub(lambda m: m.group(2), line))
    return out


def ts(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "%02d:%02d:%06.3f" % (h, m, s)


def vtt_lines(cues):
    lines = ["WEBVTT", "NOTE " + SYN, "",
             "NOTE Tay Gamers peer group - evaluation call recorded on Discord, Monday 14 October 2024", ""]
    t = 1.0
    for n, cue in enumerate(cues, 1):
        spk, text = cue.split("|", 1) if not cue.startswith("{{") else cue.split("}}|", 1)
        if cue.startswith("{{"):
            spk = spk + "}}"
        if not spk.startswith("{{"):
            spk = "{{name|%s}}" % spk
        words = len(MARK.sub(lambda m: m.group(2), text).split())
        dur = max(1.5, words * 0.38)
        lines += [str(n), "%s --> %s" % (ts(t), ts(t + dur)), "<v %s>%s" % (spk, text), ""]
        t += dur + 0.6
    return lines


def main():
    rows = []
    for name in ["sm01", "sm04", "sm05"]:
        src = open(os.path.join(HERE, name + ".src"), encoding="utf-8").read().splitlines()
        out = strip(src, name + ".txt", rows)
        open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    cues = [c for c in open(os.path.join(HERE, "sm02.cues"), encoding="utf-8").read().splitlines() if c.strip()]
    out = strip(vtt_lines(cues), "sm02.vtt", rows)
    open(os.path.join(OUT, "sm02.vtt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    src = [l for l in open(os.path.join(HERE, "sm03.src"), encoding="utf-8").read().splitlines() if l.strip()]
    out = strip(src, "sm03.docx", rows)
    from make_docx import make_docx
    make_docx(out, os.path.join(OUT, "sm03.docx"))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(len(rows), "label rows")


if __name__ == "__main__":
    main()
