# An exception raised in a handler stops the parse and propagates from Parse.
import pyexpat
import io

class Stop(Exception):
    pass

calls = []

def start(name, attrs):
    calls.append(name)
    if name == "b":
        raise Stop("in " + name)

p = pyexpat.ParserCreate()
p.StartElementHandler = start
p.EndElementHandler = lambda name: calls.append("/" + name)
try:
    p.Parse(b"<a><b><c/></b><d/></a>", True)
except Stop as e:
    print("caught", e)
print(calls)
print(p.StartElementHandler, p.EndElementHandler)

# character data handler raising while buffering
p = pyexpat.ParserCreate()
p.buffer_text = True
def chars(data):
    raise ValueError("chars: " + data)
p.CharacterDataHandler = chars
try:
    p.Parse(b"<a>some text<b/></a>", True)
except ValueError as e:
    print("caught", e)

# handler return values matter for NotStandalone / ExternalEntityRef
p = pyexpat.ParserCreate()
p.NotStandaloneHandler = lambda: 0
try:
    p.Parse(b"<!DOCTYPE a SYSTEM 'x.dtd'><a/>", True)
except pyexpat.ExpatError as e:
    print(e)

p = pyexpat.ParserCreate()
p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
refs = []
def ext(context, base, system_id, public_id):
    refs.append((context, base, system_id, public_id))
    child = p.ExternalEntityParserCreate(context)
    child.Parse(b"<!ENTITY e 'from the dtd'>", True)
    return 1
p.ExternalEntityRefHandler = ext
p.SetBase("file:///base/")
print(p.GetBase())
text = []
p.CharacterDataHandler = text.append
p.Parse(b"<!DOCTYPE a SYSTEM 'x.dtd'><a>&e;</a>", True)
print(refs, text)

# ParseFile reads a binary file object
p = pyexpat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append(n)
print(p.ParseFile(io.BytesIO(b"<r>" + b"<i/>" * 1000 + b"</r>")), len(names))
try:
    pyexpat.ParserCreate().ParseFile(io.StringIO("<r/>"))
except TypeError as e:
    print(e)
try:
    pyexpat.ParserCreate().ParseFile(42)
except TypeError as e:
    print(e)

# GetInputContext inside a handler
p = pyexpat.ParserCreate()
ctx = []
p.StartElementHandler = lambda n, a: ctx.append(p.GetInputContext()[:12])
p.Parse(b"<root><x y='1'/></root>", True)
print(ctx, p.GetInputContext())

# an encoding libexpat does not know itself, through Python's codec
p = pyexpat.ParserCreate()
data = []
p.CharacterDataHandler = data.append
p.Parse("<?xml version='1.0' encoding='iso-8859-15'?><a>\u20ac</a>".encode("iso-8859-15"), True)
print(data)
