# Namespace processing, interning, and ExpatError positions.
import pyexpat
from xml.parsers import expat

DOC = b"""<root xmlns="urn:default" xmlns:p="urn:p">
<p:child p:a="1" b="2"/>
<other xmlns=""/>
</root>"""

p = pyexpat.ParserCreate(namespace_separator="!")
ev = []
p.StartNamespaceDeclHandler = lambda prefix, uri: ev.append(("ns-start", prefix, uri))
p.EndNamespaceDeclHandler = lambda prefix: ev.append(("ns-end", prefix))
p.StartElementHandler = lambda name, attrs: ev.append(("start", name, sorted(attrs.items())))
p.EndElementHandler = lambda name: ev.append(("end", name))
p.Parse(DOC, True)
for e in ev:
    print(e)

# namespace_prefixes gives name triplets
p = pyexpat.ParserCreate(namespace_separator=" ")
p.namespace_prefixes = True
names = []
p.StartElementHandler = lambda name, attrs: names.append((name, sorted(attrs)))
p.Parse(DOC, True)
print(names)

# intern: the same str object for the same name
p = pyexpat.ParserCreate()
seen = []
p.StartElementHandler = lambda name, attrs: seen.append(name)
p.Parse(b"<a><a/><a/></a>", True)
print(seen[0] is seen[1] is seen[2], sorted(p.intern))
p = pyexpat.ParserCreate(intern=None)
print(p.intern)

# errors carry code, lineno and offset
for doc in [b"<a>\n<b></a>", b"<a>&undefined;</a>", b"<a", b"", b"<a/><b/>",
            b"<a x='1' x='2'/>", b"<?xml version='1.0'?>\n\n  <a>\xff</a>"]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        print(repr(doc), "->", e, e.code, e.lineno, e.offset,
              expat.errors.messages[e.code] == expat.ErrorString(e.code))
        print("  ", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)

print(expat.error is expat.ExpatError, expat.ExpatError.__module__, expat.ExpatError.__name__)
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes[expat.errors.XML_ERROR_SYNTAX])
print(expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_PLUS)
print(expat.ErrorString(0), expat.ErrorString(3))
print(expat.native_encoding, type(expat.version_info), len(expat.version_info))
print(expat.EXPAT_VERSION.startswith("expat_"))
print(any(name == "XML_NS" for name, value in expat.features))
import sys
print(sys.modules["pyexpat.errors"] is expat.errors, sys.modules["pyexpat.model"] is expat.model)

# bad arguments
for kwargs in [dict(namespace_separator=42), dict(namespace_separator="too long"),
               dict(encoding=1), dict(intern=[])]:
    try:
        pyexpat.ParserCreate(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    pyexpat.XMLParserType()
except TypeError as e:
    print(e)
p = pyexpat.ParserCreate()
try:
    p.Parse(42)
except TypeError as e:
    print(e)
