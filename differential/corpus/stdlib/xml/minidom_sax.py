# xml.dom.minidom, xml.dom.pulldom and xml.sax over pyexpat.
import io
import xml.sax
import xml.sax.handler
from xml.dom import minidom, pulldom

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<inventory xmlns:x="urn:extra">
  <item sku="A1" qty="3">Widget &amp; Co</item>
  <item sku="B2" qty="0"><![CDATA[<gadget>]]></item>
  <!-- end -->
  <x:note x:kind="info">done</x:note>
</inventory>"""

dom = minidom.parseString(DOC)
root = dom.documentElement
print(root.tagName, [n.nodeType for n in root.childNodes])
for item in dom.getElementsByTagName("item"):
    print(item.getAttribute("sku"), item.getAttribute("qty"),
          "".join(c.data for c in item.childNodes))
note = dom.getElementsByTagNameNS("urn:extra", "note")[0]
print(note.prefix, note.localName, note.namespaceURI, note.getAttributeNS("urn:extra", "kind"))
out = dom.toxml()
print(out)
again = minidom.parseString(out)
print(again.toxml() == out)
print(dom.toprettyxml(indent=" ")[:120])

new = minidom.Document()
top = new.createElement("top")
new.appendChild(top)
child = new.createElement("child")
child.setAttribute("k", "v<>&\"")
child.appendChild(new.createTextNode("t & <t>"))
top.appendChild(child)
xml_text = new.toxml(encoding="utf-8")
print(xml_text)
print(minidom.parseString(xml_text).getElementsByTagName("child")[0].getAttribute("k"))

events = pulldom.parseString(DOC)
for event, node in events:
    if event == pulldom.START_ELEMENT and node.tagName == "item":
        events.expandNode(node)
        print(node.toxml())


class Collector(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def startDocument(self):
        self.log.append("startDocument")

    def startElement(self, name, attrs):
        self.log.append(("start", name, sorted(attrs.items())))

    def endElement(self, name):
        self.log.append(("end", name))

    def characters(self, content):
        if content.strip():
            self.log.append(("chars", content))

    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))

    def endDocument(self):
        self.log.append("endDocument")


h = Collector()
xml.sax.parseString(DOC.encode(), h)
for entry in h.log:
    print(entry)


class NsCollector(xml.sax.handler.ContentHandler):
    def startPrefixMapping(self, prefix, uri):
        print("map", prefix, uri)

    def startElementNS(self, name, qname, attrs):
        print("startNS", name, qname, sorted(attrs.items()))


parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(NsCollector())
parser.parse(io.BytesIO(DOC.encode()))


class Errors(xml.sax.handler.ErrorHandler):
    pass


try:
    xml.sax.parseString(b"<a><b></a>", xml.sax.handler.ContentHandler())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e.getMessage(), e.getLineNumber(), e.getColumnNumber())
