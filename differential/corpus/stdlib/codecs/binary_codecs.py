# The bytes-to-bytes and str-to-str codecs of encodings (hex, base64, uu, quoted-printable,
# rot13) through codecs.encode/decode and their incremental forms, and the base64 module.
import base64
import codecs

for name in ["hex", "base64", "uu", "quopri", "hex_codec", "base64_codec"]:
    data = b"Krait \x00\xff = codecs!\n" * 2
    enc = codecs.encode(data, name)
    print(name, enc, codecs.decode(enc, name) == data)
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
enc = codecs.getincrementalencoder("base64")()
print(enc.encode(b"ab"), enc.encode(b"c", True))
dec = codecs.getincrementaldecoder("hex")()
print(dec.decode(b"4b72"), dec.decode(b"6169", True))
print(base64.b64encode(b"\xfb\xff"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"),
      base64.b16decode("4B"), base64.b85encode(b"krait"), base64.a85encode(b"krait"))
print(base64.b64decode("S3JhaXQ="), base64.standard_b64decode(b"YWJj"), base64.b32decode("MFRGG==="))
for call in [lambda: codecs.decode(b"zz", "hex"), lambda: codecs.decode(b"abc", "base64"),
             lambda: codecs.encode("text", "hex"), lambda: base64.b64decode("abc", validate=True),
             lambda: b"abc".decode("hex"), lambda: "abc".encode("base64")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
