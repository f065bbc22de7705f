# Which ElementTree: CPython's C `_elementtree` or the pure-Python classes of
# xml.etree.ElementTree (the fallback Krait runs). Six rounds of: build a 4000-item catalogue,
# serialise it, parse it back, search it; the CPU seconds of each phase over the last three
# rounds (the first three warm Krait's JIT). `py` as the argument blocks `_elementtree` first.
# See docs/PERFORMANCE.md, "Accelerators or fallbacks".
import sys
import time

if sys.argv[1:] == ["py"]:
    sys.modules["_elementtree"] = None
import xml.etree.ElementTree as ET

clock = time.process_time


def build(n):
    root = ET.Element("catalog", version="1")
    for i in range(n):
        item = ET.SubElement(root, "item", id=str(i), kind="odd" if i % 2 else "even")
        ET.SubElement(item, "name").text = "Item number %d" % i
        ET.SubElement(item, "price", currency="EUR").text = "%d.%02d" % (i % 100, i % 97)
        tags = ET.SubElement(item, "tags")
        for t in range(i % 4):
            ET.SubElement(tags, "tag").text = "t%d" % t
    return root


phases = dict.fromkeys(["build", "serialise", "parse", "search"], 0.0)
for rnd in range(6):
    if rnd == 3:
        phases = dict.fromkeys(phases, 0.0)
    t = clock()
    root = build(4000)
    phases["build"] += clock() - t
    t = clock()
    data = ET.tostring(root, encoding="unicode")
    phases["serialise"] += clock() - t
    t = clock()
    tree = ET.fromstring(data)
    phases["parse"] += clock() - t
    t = clock()
    found = sum(1 for _ in tree.iter("price")) + len(tree.findall("./item[@kind='odd']"))
    phases["search"] += clock() - t
pure = ET.Element is ET._Element_Py
print("Element from", "the pure-Python module" if pure else "_elementtree", len(data), found)
print(" ".join("%s=%.2f" % kv for kv in phases.items()), "total=%.2f" % sum(phases.values()))
