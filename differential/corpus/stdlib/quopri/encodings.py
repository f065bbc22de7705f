# quopri and uu-style encodings of binary and text payloads.
import io
import quopri

text = "Caf\u00e9 cr\u00e8me = 5\u20ac\nlong line ".encode("utf-8") + b"x" * 80 + b"\ntrailing space \n"
enc = quopri.encodestring(text)
print(enc)
print(quopri.decodestring(enc) == text, quopri.encodestring(b"a=b c", quotetabs=True), quopri.encodestring(b"hi there", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"tab\there\n"), out, quotetabs=False)
print(out.getvalue(), quopri.decodestring(b"soft=\nbreak =41=42"))
