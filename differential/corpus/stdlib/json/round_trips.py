# JSON round trips of a small inventory, with the encoder's options and the decoder's hooks.
import json
from collections import OrderedDict
from decimal import Decimal

inventory = {
    "store": "north",
    "items": [
        {"sku": "A-1", "qty": 3, "price": 2.5, "tags": ["red", "small"]},
        {"sku": "B-2", "qty": 0, "price": 10.0, "tags": []},
        {"sku": "C-3", "qty": 12, "price": 0.1 + 0.2, "tags": ["bulk"], "note": None},
    ],
    "open": True,
    "unicode": "caf\u00e9 \u2603 \U0001f600",
}
text = json.dumps(inventory)
print(text)
print(json.dumps(inventory, indent=2, sort_keys=True))
print(json.dumps(inventory, ensure_ascii=False, separators=(",", ":")))
back = json.loads(text)
print(back == inventory, type(back["items"][0]["price"]).__name__)
print(json.loads(text, object_pairs_hook=OrderedDict)["items"][2])
print(json.loads('{"a": 1.10, "b": 2}', parse_float=Decimal, parse_int=str))
print(json.loads('[1, 2, NaN, Infinity, -Infinity]'))
print(json.dumps([float("nan"), float("inf")]))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', '"\\x"', "", "[1] x", '{"a": tru}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({1j: 2})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)

print(json.dumps({"z": 1 + 2j, "keys": {3: "int key", True: "bool", None: "none"}},
                 cls=PointEncoder))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"x": [1, 2]} trailing'))
print(list(json.JSONEncoder(indent=1).iterencode({"k": [1, 2]})))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError", e)
print(json.dumps("\u2028\u2029\x00\x1f\"\\/"))
