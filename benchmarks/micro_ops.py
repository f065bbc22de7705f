"""Micro-operation probe: how long each of some ninety builtin operations takes, to find cliffs.

Each operation (a bytes, str, int, dict, list, itertools, collections, json, re, struct ...
call, or a small piece of user code: raise/catch, a property, __slots__ init) runs for a fixed
number of iterations sized to take a few tenths of a second in CPython, after two rounds of
warm-up (the JIT's thresholds are ten times the default in bin/krait), and the best of three
rounds is printed as nanoseconds per operation. Run it under both interpreters, or compare:

    python3 benchmarks/micro_ops.py --compare [NAME ...]   # runs python3 and bin/krait, sorted
    bin/krait benchmarks/micro_ops.py [NAME ...]           # one interpreter's ns per op

The benchmark programs (benchmarks/run) are the measure of speed; this finds the operations
whose ratio to CPython stands out (docs/PERFORMANCE.md, "Session 22: looking for cliffs").
"""
import os
import subprocess
import sys
import time
import collections
import copy
import functools
import io
import itertools
import json
import math
import operator
import random
import re
import struct

b = bytes(range(256)) * 4
ba = bytearray(b)
x = 3 ** 500
txt = "the quick brown fox jumps over the lazy dog " * 5
words = txt.split()
l30 = list(range(30))
d100 = {str(i): i for i in range(100)}
objs = [object() for i in range(50)]
class O: pass
o = O()
for i in range(10): setattr(o, "a%d" % i, i)
attr_names = ["a%d" % i for i in range(10)]
Pt = collections.namedtuple("Pt", "x y")
p = Pt(1, 2)
dq = collections.deque(range(100))
cnt_src = "abracadabra" * 5
ig = operator.itemgetter(1)
pairs = [(i % 7, i) for i in range(50)]
fl = [i * 0.5 for i in range(100)]
OPS = {
 "bytes_hex": (lambda: b.hex(), 200000),
 "bytes_count": (lambda: b.count(b"\x01"), 300000),
 "bytes_find": (lambda: b.find(b"\xff\x00"), 300000),
 "bytes_slice": (lambda: b[10:200], 1000000),
 "bytearray_from_bytes": (lambda: bytearray(b[:64]) + b"abc", 500000),
 "bytes_join": (lambda: b"".join([b"ab", b"cd", b"ef"] * 10), 300000),
 "bytes_decode": (lambda: b[:200].decode("latin-1"), 500000),
 "ba_append": (lambda: ba[5], 2000000),
 "big_str": (lambda: str(x), 50000),
 "big_mul_mod": (lambda: (x * 12345) % 1000003, 500000),
 "big_parse": (lambda: int("1234567890123456789012345678901234567890"), 500000),
 "big_divmod": (lambda: divmod(x, 10 ** 20 + 3), 300000),
 "big_pow_mod": (lambda: pow(x, 3, 10 ** 9 + 7), 100000),
 "id_calls": (lambda: [id(v) for v in objs], 30000),
 "getattr_names": (lambda: [getattr(o, n) for n in attr_names], 200000),
 "hasattr_miss": (lambda: hasattr(o, "zz"), 1000000),
 "namedtuple_make": (lambda: Pt(1, 2), 1000000),
 "namedtuple_attr": (lambda: p.x + p.y, 2000000),
 "nt_replace": (lambda: p._replace(x=5), 200000),
 "counter_build": (lambda: collections.Counter(cnt_src), 100000),
 "defaultdict_fill": (lambda: collections.defaultdict(list).__getitem__(3), 1000000),
 "deque_rotate": (lambda: dq.rotate(3), 1000000),
 "ordereddict_build": (lambda: collections.OrderedDict.fromkeys(range(20)), 200000),
 "permutations": (lambda: sum(1 for _ in itertools.permutations(range(5), 3)), 50000),
 "product": (lambda: list(itertools.product("ab", repeat=5)), 100000),
 "groupby": (lambda: [k for k, g in itertools.groupby("aaabbbcccaaa")], 300000),
 "accumulate": (lambda: list(itertools.accumulate(range(50))), 200000),
 "chain": (lambda: list(itertools.chain(l30, l30)), 500000),
 "islice": (lambda: list(itertools.islice(l30, 5, 20)), 500000),
 "zip_longest": (lambda: list(itertools.zip_longest(l30, l30[:10])), 200000),
 "sorted_key": (lambda: sorted(pairs, key=ig), 100000),
 "max_key": (lambda: max(pairs, key=ig), 200000),
 "sum_floats": (lambda: sum(fl), 500000),
 "fsum": (lambda: math.fsum(fl), 200000),
 "str_split": (lambda: txt.split(), 300000),
 "str_join": (lambda: " ".join(words), 500000),
 "str_replace": (lambda: txt.replace("o", "0"), 500000),
 "str_format": (lambda: "{} {:>5} {:.2f}".format(1, "ab", 2.5), 500000),
 "percent": (lambda: "%d %s %.2f" % (1, "ab", 2.5), 500000),
 "fstring": (lambda: f"{len(txt)} {txt[:3]!r} {2.5:.3f}", 500000),
 "str_startswith": (lambda: txt.startswith(("a", "the")), 2000000),
 "str_strip": (lambda: "  abc  ".strip(), 2000000),
 "str_upper": (lambda: txt.upper(), 500000),
 "str_in": (lambda: "lazy" in txt, 2000000),
 "str_encode": (lambda: txt.encode(), 1000000),
 "str_find": (lambda: txt.find("dog"), 2000000),
 "str_partition": (lambda: txt.partition("fox"), 1000000),
 "str_mul": (lambda: "ab" * 50, 1000000),
 "str_center": (lambda: "abc".center(20, "*"), 1000000),
 "str_splitlines": (lambda: txt.splitlines(), 1000000),
 "stringio_write": (lambda: io.StringIO().write("abc"), 500000),
 "json_dumps": (lambda: json.dumps({"a": [1, 2, 3], "b": "c"}), 200000),
 "json_loads": (lambda: json.loads('{"a": [1, 2, 3], "b": "c"}'), 200000),
 "re_search": (lambda: re.search(r"o(\w+)", txt), 300000),
 "re_sub": (lambda: re.sub(r"o", "0", txt), 100000),
 "struct_pack": (lambda: struct.pack("<iHd", 1, 2, 3.0), 1000000),
 "random_random": (lambda: random.random(), 2000000),
 "random_randint": (lambda: random.randint(1, 100), 500000),
 "math_sqrt": (lambda: math.sqrt(2.0), 3000000),
 "float_round": (lambda: round(3.14159, 2), 1000000),
 "int_to_str": (lambda: str(123456), 2000000),
 "float_to_str": (lambda: str(3.14159), 1000000),
 "dict_copy": (lambda: d100.copy(), 200000),
 "dict_items": (lambda: list(d100.items()), 200000),
 "dict_update": (lambda: {}.update(d100), 200000),
 "list_copy_sort": (lambda: sorted(l30, reverse=True), 500000),
 "list_index": (lambda: l30.index(25), 2000000),
 "list_extend": (lambda: [].extend(l30), 1000000),
 "list_slice": (lambda: l30[5:25], 2000000),
 "tuple_concat": (lambda: (1, 2) + (3, 4), 3000000),
 "set_build": (lambda: set(l30), 500000),
 "frozenset_ops": (lambda: frozenset(l30) & {1, 2, 3}, 300000),
 "deepcopy": (lambda: copy.deepcopy(pairs[:5]), 30000),
 "partial": (lambda: functools.partial(max, 0)(5), 500000),
 "reduce": (lambda: functools.reduce(operator.add, l30), 300000),
 "enumerate": (lambda: list(enumerate(words)), 500000),
 "map_str": (lambda: list(map(str, l30)), 200000),
 "isinstance_tuple": (lambda: isinstance(3, (str, float, int)), 3000000),
 "type_call": (lambda: type(o), 3000000),
}
def raise_catch():
    try:
        raise ValueError("x")
    except ValueError:
        return 1
OPS["raise_catch"] = (raise_catch, 500000)
def gen_sum():
    return sum(i for i in range(20))
OPS["genexpr_sum"] = (gen_sum, 300000)
def closure_make():
    def inner(y):
        return y + 1
    return inner(2)
OPS["closure_make"] = (closure_make, 1000000)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1; self.b = 2
OPS["slots_init"] = (Slotted, 1000000)
class Prop:
    def __init__(self): self._v = 3
    @property
    def v(self): return self._v
pr = Prop()
OPS["property_get"] = (lambda: pr.v, 3000000)
class WithCall:
    def __call__(self, a): return a
wc = WithCall()
OPS["call_dunder"] = (lambda: wc(1), 2000000)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
eqs = [Eq(i) for i in range(20)]
OPS["user_eq_in"] = (lambda: Eq(19) in eqs, 200000)
OPS["user_hash_dict"] = (lambda: {e: 1 for e in eqs}, 100000)


def run(names):
    for n in names:
        f, iters = OPS[n]
        rng = range(iters)
        for _ in range(2):
            for i in rng:
                f()
        best = 9.0
        for r in range(3):
            t = time.perf_counter()
            for i in rng:
                f()
            best = min(best, time.perf_counter() - t)
        print(n, f"{best / iters * 1e9:.0f}", flush=True)


def compare(names):
    here = os.path.abspath(__file__)
    krait = os.path.join(os.path.dirname(os.path.dirname(here)), "bin", "krait")
    results = []
    for cmd in (["python3", here], [krait, here]):
        out = subprocess.run(cmd + names, capture_output=True, text=True, check=True).stdout
        results.append(dict(line.split() for line in out.splitlines()))
    rows = [(int(results[1][n]) / max(1, int(results[0][n])), n) for n in results[0]
            if n in results[1]]
    print(f"{'operation':24} {'CPython ns':>10} {'Krait ns':>10} {'ratio':>6}")
    for ratio, n in sorted(rows, reverse=True):
        print(f"{n:24} {results[0][n]:>10} {results[1][n]:>10} {ratio:6.2f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--compare":
        compare(args[1:])
    else:
        run(args or list(OPS))
