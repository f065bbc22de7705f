# The C encoder's paths: exact and subclassed dicts, sorted keys of mixed types, circular
# references, what markers holds while default() runs and after an error, str escapes.
import json
class D(dict):
    def items(self):
        print("items called")
        return super().items()
d = {"b": 1, "a": [1, 2.5, None, True, False, "x\u00e9\U0001F600\n\"\\", 10**30], "c": {"z": D(q=1, p=2)}}
print(json.dumps(d)); print(json.dumps(d, sort_keys=True)); print(json.dumps(d, ensure_ascii=False, sort_keys=True))
print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5, "k": 6}))
try:
    print(json.dumps({1: 2, "a": 3}, sort_keys=True))
except TypeError as e: print("TE", e)
l = [1]; l.append(l)
try: json.dumps(l)
except ValueError as e: print("VE", e)
dd = {}; dd["x"] = [dd]
try: json.dumps(dd)
except ValueError as e: print("VE", e)
class O: pass
def default(o):
    import sys
    f = sys._getframe(1)
    print(sorted(type(v).__name__ for v in f.f_locals.get('markers', {}).values()))
    return ["obj"]
print(json.dumps({"a": [O(), {"b": O()}]}, default=default))
try: json.dumps({"a": [float('nan')]}, allow_nan=False)
except ValueError as e:
    import traceback
    tb = e.__traceback__
    while tb.tb_next: 
        if 'markers' in tb.tb_frame.f_locals: print(len(tb.tb_frame.f_locals['markers']))
        tb = tb.tb_next
print(json.dumps(["\ud800", "\udc00"], ensure_ascii=False) == '["\ud800", "\udc00"]')
print(json.dumps(["a\ud800", "\udc00b"], ensure_ascii=True))
print(json.dumps({"x": 1, "y": (1,2)}, separators=(",", ":"), skipkeys=True))
print(json.dumps({(1,): 1, "y": 2}, skipkeys=True, sort_keys=False))
print(json.dumps([-0.0, 1e300, 1.5e-7, 123456789012345678901234567890, -5]))
class F(float):
    def __repr__(self): return "F!"
class I(int):
    def __repr__(self): return "I!"
print(json.dumps([F(1.5), I(7), {I(3): F(2.0)}]))
