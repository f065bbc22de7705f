# xml.etree.ElementTree over pyexpat: parse, iterparse, XMLPullParser, errors, round trip.
import io
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0"?>
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <!-- books -->
  <book id="b1" lang="en"><dc:title>Dune</dc:title><price>9.99</price></book>
  <book id="b2"><dc:title>Solaris &amp; more</dc:title><price>7.50</price><?note keep?></book>
  <empty/>
</catalog>"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for book in root.findall("book"):
    title = book.find("{http://purl.org/dc/elements/1.1/}title")
    print(book.get("id"), book.get("lang", "-"), title.text, float(book.findtext("price")))
print(ET.tostring(root.find("book"), encoding="unicode"))

tree = ET.parse(io.BytesIO(DOC.encode()))
print(tree.getroot().tag, [e.tag for e in tree.iter()][:5])

for event, elem in ET.iterparse(io.BytesIO(DOC.encode()), events=("start", "end", "start-ns",
                                                                  "end-ns", "comment", "pi")):
    if event in ("start", "end"):
        print(event, elem.tag)
    elif event == "start-ns":
        print(event, elem)
    else:
        print(event, elem if event == "end-ns" else elem.text)

pull = ET.XMLPullParser(events=("start", "end"))
for piece in ["<a><b>te", "xt</b><c x='1'/>", "</a>"]:
    pull.feed(piece)
    print([(ev, el.tag) for ev, el in pull.read_events()])
pull.close()

# comments and processing instructions kept by a TreeBuilder that asks for them
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
parser.feed(DOC)
r = parser.close()
print([(c.tag if isinstance(c.tag, str) else c.tag.__name__) for c in r.iter()])

for bad in ["<a><b></a>", "<a>", "<a></a><b/>", "<a x=1/>", "<a>&nope;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e, e.code, e.position)

# round trip with a default namespace and non-ASCII text
el = ET.fromstring('<r xmlns="urn:x"><n a="\u00e9">\u65e5\u672c</n></r>')
print(ET.tostring(el, encoding="unicode"))
print(ET.tostring(el, encoding="utf-8"))
print(ET.fromstring(b"<?xml version='1.0' encoding='latin-1'?><t>\xe9</t>").text)

# doctype and entities
print(ET.fromstring('<!DOCTYPE d [<!ENTITY w "world">]><d>hello &w;</d>').text)
