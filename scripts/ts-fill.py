#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Developer tool: list or fill unfinished entries of a Qt .ts file.

  scripts/ts-fill.py todo translations/passerelle_fr.ts         # prints context<TAB>source for each unfinished
  scripts/ts-fill.py fill translations/passerelle_fr.ts FILE.tsv # fills from context<TAB>source<TAB>translation

In the TSV, write a newline as \\n; for plural (numerus) entries give the forms separated by ' || '.
Entries already translated are left alone unless --force is given.
"""
import sys
import xml.etree.ElementTree as ET


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unesc(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def load(path):
    tree = ET.parse(path)
    return tree


def entries(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cmd, path = sys.argv[1], sys.argv[2]
    tree = load(path)
    if cmd == "todo":
        n = 0
        for ctx, msg in entries(tree):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or (not (tr.text or "").strip() and not list(tr)):
                print(f"{ctx}\t{esc(msg.findtext('source'))}" + ("\t(plural)" if msg.get("numerus") == "yes" else ""))
                n += 1
        print(f"{n} unfinished", file=sys.stderr)
        return 0
    if cmd == "fill":
        force = "--force" in sys.argv
        table = {}
        with open(sys.argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"bad line: {line!r}", file=sys.stderr)
                    return 2
                table[(parts[0], unesc(parts[1]))] = unesc(parts[2])
        filled = 0
        for ctx, msg in entries(tree):
            key = (ctx, msg.findtext("source"))
            if key not in table:
                continue
            tr = msg.find("translation")
            if tr.get("type") not in ("unfinished",) and not force and ((tr.text or "").strip() or list(tr)):
                continue
            value = table[key]
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in value.split(" || "):
                    nf = ET.SubElement(tr, "numerusform")
                    nf.text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            filled += 1
        save(tree, path)
        print(f"filled {filled}", file=sys.stderr)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
