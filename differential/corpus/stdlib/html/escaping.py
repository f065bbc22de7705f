# html: escaping and unescaping entities, and a small HTMLParser that collects links and text.
import html
from html.parser import HTMLParser

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &eacute;&#233;&#xe9; &notanentity; &copy2024 &nbsp;|"))


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.events = [], [], []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href")

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))


doc = """<!DOCTYPE html><html><head><title>Test &amp; page</title></head>
<body><!-- note --><p class="intro" id=main>Hello <a href="/one">one</a>, <A HREF='/two'>two</A>
<img src="x.png" alt="pic"/><br>
<script>if (a < b) { x = "</p>"; }</script>
</body></html>"""
p = LinkCollector()
p.feed(doc)
p.close()
print(p.links)
print(p.text)
for e in p.events:
    print(e)
p2 = LinkCollector()
p2.convert_charrefs = False
p2.feed("a &amp; b &#65; <p>unclosed")
p2.close()
print(p2.events, p2.text)
