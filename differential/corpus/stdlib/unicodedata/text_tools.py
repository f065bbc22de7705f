# Text utilities real programs build on unicodedata: slugs, display width for terminal
# tables, confusable-free identifiers, and a casefolded, normalized comparison key.
import re
import unicodedata

def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s-]", "", text.lower(), flags=re.ASCII)
    return re.sub(r"[-\s]+", "-", text).strip("-_")

for title in ["Crème Brûlée Recipe!", "Ångström & Æsir: Ødegaard", "ﬁnancial ½-year report",
              "Łódź — Gdańsk", "  Spaces   and\ttabs ", "日本語のタイトル", "Ⅻ Olympiad №5"]:
    print(repr(title), "->", repr(slugify(title)))

def width(text):
    total = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return total

def pad(text, size):
    return text + " " * (size - width(text))

rows = [("name", "city"), ("Zoë", "Zürich"), ("山田太郎", "東京"), ("Kim", "서울"),
        ("e\u0301ric", "Paris"), ("ＡＢＣ", "ﾊﾝｶｸ")]
size = max(width(r[0]) for r in rows) + 2
for name, city in rows:
    print("|" + pad(name, size) + "|" + pad(city, 8) + "|", width(name), width(city))

def key(text):
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())

pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("Å", "Å"), ("ǅ", "dž"), ("ß", "ẞ"),
         ("Ⅸ", "ix"), ("①", "1"), ("µ", "μ")]
for a, b in pairs:
    print(a, b, a == b, key(a) == key(b))

# Which characters are letters in identifiers but look different once NFKC-normalized?
changed = []
for cp in range(0xA0, 0x3000):
    c = chr(cp)
    if c.isidentifier() and unicodedata.normalize("NFKC", c) != c:
        changed.append(c)
print(len(changed), "".join(changed[:40]))
ns = {}
exec("ﬁ = 1\nℌ = 2\nx\u2071 = 3", ns)
print(sorted(k for k in ns if k != "__builtins__"))
