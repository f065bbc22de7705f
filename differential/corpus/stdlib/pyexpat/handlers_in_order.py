# pyexpat calls each handler in document order with its arguments.
import pyexpat

DOC = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE root [
  <!ELEMENT root (item*)>
  <!ATTLIST item id CDATA #REQUIRED kind (a|b) "a">
  <!ENTITY greeting "hello">
  <!NOTATION gif SYSTEM "image/gif">
]>
<!-- a comment -->
<root xmlns:x="http://example.com/x">
  <?target some data?>
  <item id="1">text &amp; more &greeting;</item>
  <item id="2" kind="b"><![CDATA[raw <stuff>]]></item>
  <x:thing x:attr="v"/>
</root>
"""

events = []

def record(name):
    def handler(*args):
        events.append((name,) + args)
    return handler

p = pyexpat.ParserCreate()
for attr in ["StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
             "CharacterDataHandler", "CommentHandler", "StartCdataSectionHandler",
             "EndCdataSectionHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
             "EndDoctypeDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
             "EntityDeclHandler", "NotationDeclHandler"]:
    setattr(p, attr, record(attr))
print(p.Parse(DOC, True))
for e in events:
    print(e)

# buffer_text joins character data; ordered_attributes gives a list
p = pyexpat.ParserCreate()
p.buffer_text = True
p.ordered_attributes = True
out = []
p.StartElementHandler = lambda name, attrs: out.append(("start", name, attrs))
p.CharacterDataHandler = lambda data: out.append(("chars", data))
p.EndElementHandler = lambda name: out.append(("end", name))
p.Parse("<a b='1' c='2'>x&amp;y<![CDATA[z]]>w</a>", True)
print(out)
print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes)

# specified_attributes leaves out the defaulted ones
p = pyexpat.ParserCreate()
p.specified_attributes = True
seen = []
p.StartElementHandler = lambda name, attrs: seen.append((name, attrs))
p.Parse(b"<!DOCTYPE r [<!ATTLIST r d CDATA 'dv'>]><r s='1'/>", True)
print(seen)

# Parsing in pieces, and the position of the parser
p = pyexpat.ParserCreate()
pos = []
p.StartElementHandler = lambda name, attrs: pos.append(
    (name, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
for chunk in [b"<r>\n  <a/>", b"\n <b>", b"</b></r>"]:
    p.Parse(chunk)
p.Parse(b"", True)
print(pos)

# Handlers are attributes: None when unset, the callable when set
p = pyexpat.ParserCreate()
print(p.StartElementHandler, p.DefaultHandler)
f = lambda *a: None
p.CommentHandler = f
print(p.CommentHandler is f)
p.CommentHandler = None
print(p.CommentHandler)

# The default handler sees what no other handler takes
p = pyexpat.ParserCreate()
d = []
p.DefaultHandler = d.append
p.StartElementHandler = lambda n, a: d.append(("start", n))
p.Parse(b"<r>a<!--c--><?pi x?>&amp;</r>", True)
print(d)
