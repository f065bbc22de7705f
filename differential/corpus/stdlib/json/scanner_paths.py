# The scanner's fast paths and their fallbacks: strings with and without escapes, escapes that
# decode to astral characters and to lone surrogates, keys shared between objects, integers
# around the long limit, and the errors (messages and positions) every path must still give.
import json


def show(text, **kw):
    try:
        value = json.loads(text, **kw)
        print(ascii(value))
    except json.JSONDecodeError as e:
        print("error:", e.msg, e.pos, e.lineno, e.colno)


show('"plain"')
show('"caf\\u00e9 \\n \\" \\\\ \\/ \\b\\f\\r\\t"')
show('"\\ud83d\\ude00 astral"')
show('"\\ud800 lone high"')
show('"lone low \\udc00"')
show('"\\ud800\\u0041"')
show('"\\ud800\\ud800"')
show('"\\udc00\\ud800"')
show('"\U0001f600 raw astral \\u00e9"')
show('"\U0001f600 raw then lone \\ud800"')
show('"bad \\x escape"')
show('"bad \\u12g4"')
show('"bad pair \\ud800\\u12g4"')
show('"short \\u12"')
show('"unterminated')
show('"unterminated \\')
show('"control \x01 char"')
show('"control \x01 char"', strict=False)
show('{"k": 1, "k\\u00e9": 2, "k": 3}')
show('{"a": {"b": 1}, "b": [1, {"a": 2}]}')
show('{"\\ud800": 1, "x\\ud800": 2}')
show('[0, -0, 1, -1, 123456789012345678, -123456789012345678, 1234567890123456789]')
show('[-12345678901234567890, 99999999999999999999999, 1.5, -0.0, 1e5, 1E-5, 2.5e+3]')
show('[1.0e, 2]')
show('[01]')
show('[-]')
show('[- 1]')
show('{"a" 1}')
show('{"a": 1,}')
show('{1: 2}')
show('[1, 2')
show('{"a": [1, 2}')
show('   [ 1 ,\n\t2 ]  ')

pairs = json.loads('[{"name": 1, "x\\u0079": 2}, {"name": 3, "xy": 4}]', object_pairs_hook=list)
print(pairs, pairs[0][0][0] is pairs[1][0][0], pairs[0][1][0] is pairs[1][1][0])
surr = json.loads('[{"\\udc00": 1}, {"\\udc00": 2}]', object_pairs_hook=list)
print(ascii(surr), surr[0][0][0] is surr[1][0][0])
big = json.loads(json.dumps([{"key%d" % (i % 300): i} for i in range(3000)]))
print(len(big), sum(next(iter(d.values())) for d in big), len({next(iter(d)) for d in big}))
print(json.loads('[1, 2.5, 3]', parse_int=str, parse_float=repr))
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": "b"} tail'), decoder.scan_once('  "x"', 2))

import random
import struct

rng = random.Random(99)
texts = []
for _ in range(3000):
    texts.append(repr(rng.uniform(-1000, 1000)))
    texts.append(repr(rng.randrange(1, 10 ** 6) / 10 ** rng.randrange(0, 9)))
    texts.append("%de%d" % (rng.randrange(1, 10 ** rng.randrange(1, 17)), rng.randrange(-30, 30)))
    texts.append("%d.%0*d" % (rng.randrange(10 ** 8), rng.randrange(1, 12), rng.randrange(10 ** 6)))
    texts.append(repr(struct.unpack("<d", rng.randbytes(8))[0]))
texts += ["0.0", "-0.0", "1e22", "1e23", "9007199254740993.0", "123456789012345.6",
          "0.000000000000000000001", "1.7976931348623157e308", "2.2250738585072014e-308",
          "4.9e-324", "1e-400", "1e400", "-1E+2", "1.000000000000000000000001"]
texts = [t for t in texts if t not in ("nan", "inf", "-inf")]
loaded = json.loads("[" + ", ".join(texts) + "]")
same = sum(1 for t, v in zip(texts, loaded) if repr(v) == repr(float(t)))
print("floats", len(texts), same)
print(json.loads("[0.1, 2.5e-3, -7.25, 1E2, 123.456e-2]"))
