# unicode_escape, raw_unicode_escape, escape_encode/escape_decode, readbuffer_encode.
import codecs

s = "tab\there\nnew\\ 'q' \"d\" \x00\x7f\xe9\u20ac\U0001f600"
u = s.encode("unicode_escape")
print(u, u.decode("unicode_escape") == s)
r = s.encode("raw_unicode_escape")
print(r, r.decode("raw_unicode_escape") == s)
print(b"\\x41\\101\\u0042\\U00000043\\N{LATIN SMALL LETTER E WITH ACUTE}\\q\\\n!".decode("unicode_escape"))
print(b"\\a\\b\\f\\v\\0\\777".decode("unicode_escape").encode("unicode_escape"))
print(b"\\u20ac \\x41 \\U0001F600 \\n".decode("raw_unicode_escape"))
print(codecs.unicode_escape_decode("\\u20ac"), codecs.raw_unicode_escape_decode("\\u20ac\\"))
for data in [b"\\x4", b"\\u12", b"\\U1234", b"\\UFFFFFFFF", b"\\N{NO SUCH NAME}", b"\\N{",
             b"\\N", b"ab\\"]:
    try:
        data.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
    print("  ", ascii(data.decode("unicode_escape", "replace")),
          ascii(data.decode("unicode_escape", "backslashreplace")))
for data in [b"\\u12", b"\\U0011ffff", b"\\x41", b"a\\"]:
    try:
        print(ascii(data.decode("raw_unicode_escape")))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
print(codecs.unicode_escape_decode(b"ab\\u20", "strict", False))
print(codecs.unicode_escape_decode(b"ab\\", "strict", False))
print(codecs.raw_unicode_escape_decode(b"ab\\u20", "strict", False))

print(codecs.escape_encode(b"a'b\"c\\d\t\n\r\x00\x7f\xff"))
print(codecs.escape_decode(b"a\\'b\\x41\\101\\n\\q\\\nend"))
print(codecs.escape_decode("\\x41\\t"))
for errors in ["strict", "replace", "ignore", "bogus"]:
    try:
        print(errors, codecs.escape_decode(b"a\\x4zb\\xg", errors))
    except ValueError as e:
        print(errors, "ValueError", e)
try:
    codecs.escape_decode(b"abc\\")
except ValueError as e:
    print("ValueError", e)
print(codecs.readbuffer_encode(b"abc"), codecs.readbuffer_encode("h\xe9"))
print(codecs.encode(b"a\nb", "unicode_escape") if False else codecs.decode(b"a\\nb", "unicode_escape"))
print(codecs.encode("é\n", "unicode_escape"), codecs.decode(b"\\xe9", "raw_unicode_escape"))
try:
    codecs.escape_encode("str")
except TypeError as e:
    print("TypeError", e)
