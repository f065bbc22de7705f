# The json accelerators at their edges: every decoding error with its position, escapes and
# surrogates both ways, keys of every kind, circular references, deep nesting, hooks.
import json, json.decoder, json.encoder, json.scanner
print(json.scanner.make_scanner, json.decoder.scanstring, json.encoder.c_make_encoder)
for doc in ['{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\ud800"], "b": {}}', '[]', '[1,]', '{"a":1 "b":2}', '[-]', '-', '[1e5, 1E+2, 0.5e-1, 10, -0, 1.0]', '"abc', '"\\ud800\\u0041"', '[NaN, Infinity, -Infinity]', '\t[ 1 , 2 ]\n', '123abc', '{"\\u0000": 1}', '"\x01"', '[1, 2', '{"a"', '{"a":', '{', '[', '', ' ', 'nul', '1.', '01', '-01', '[1.5e]', '"\\x"', '"\\u12"', '"\\u12x4"', '9' * 30]:
    try:
        v = json.loads(doc)
        print(repr(doc)[:40], '->', repr(v)[:80])
    except json.JSONDecodeError as e:
        print(repr(doc)[:40], 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print(repr(doc)[:40], 'ValueError', e)
print(json.loads('"x"', strict=False), json.loads('"a\tb"', strict=False))
print(json.dumps({"a": [1, 2.5, None, True, "é\n\"\\"], 3: {}, 1.5: [], None: (), False: 1}))
print(json.dumps("😀é\x00", ensure_ascii=False), json.dumps("😀é\x00"), json.dumps("\ud800"), ascii(json.dumps("\ud800", ensure_ascii=False)))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({(1,2): 3}, skipkeys=True))
try: json.dumps({(1,2): 3})
except TypeError as e: print(e)
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
d = {}; d['self'] = d
try: json.dumps(d)
except ValueError as e: print(e)
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps([E.A, 1.0, 1e100, -0.0, 10**30]), json.dumps({E.A: 1}))
class F(float): pass
print(json.dumps(F(1.5)), json.dumps([{"a": [{"b": []}]}], separators=(',', ':')))
try: json.loads('[' * 100000)
except RecursionError as e: print("RecursionError", e)
l = []
for i in range(100000): l = [l]
try: json.dumps(l)
except RecursionError as e: print("RecursionError", e)
print(json.dumps({'k': object()}, default=lambda o: "obj"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1}', object_pairs_hook=list), json.loads('{"a": 1.5}', parse_float=str, parse_int=str))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=int if False else float))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.decoder.scanstring('"abc"', 1), json.encoder.encode_basestring_ascii('é'), json.encoder.encode_basestring('é\n'))
