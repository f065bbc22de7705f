# Objects decoded by json.loads: their items as CPython's item-by-item inserts leave them
# (repeated keys included), nested objects, and hooks that decode again meanwhile.
import json

for n in range(0, 45):
    text = "{" + ", ".join('"k%d": %d' % (i, i) for i in range(n)) + "}"
    d = json.loads(text)
    rep = json.loads("{" + ", ".join('"k%d": %d' % (i % 6, i) for i in range(n)) + "}")
    print(n, list(d.items())[-2:], list(rep.items())[:3], len(d), len(rep))

nested = json.loads('{"a": {"b": {"c": [1, {"d": 2, "e": {}}]}, "f": 3}, "g": [{}, {"h": 4}]}')
print(nested)

decoder = json.JSONDecoder()


def reenter(text):
    # parse_float runs while the outer object's items are still being read
    inner = decoder.decode('{"x": 1, "y": {"z": 2}}')
    return (float(text), inner)


reentrant = json.JSONDecoder(parse_float=reenter)
print(reentrant.decode('{"p": 1, "q": {"r": 2.5, "s": 3}, "t": 4.5, "u": [5]}'))


def hook(obj):
    return ("hooked", sorted(obj.items()), json.loads('{"again": {"deep": 1}}'))


print(json.loads('{"a": {"b": 1, "c": {"d": 2}}, "e": 3}', object_hook=hook))
try:
    json.loads('{"a": 1, "b": {"c": 2, "d": }}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.loads('{"after": "error", "ok": {"still": true}}'))
