# The training run for Krait's AOT cache: bin/krait runs this file once per build of krait.jar
# with -XX:AOTCacheOutput, and the JVM stores the classes it loaded and linked and the profiles
# of the methods it ran; later runs start from that cache (docs/PERFORMANCE.md, "Start-up").
#
# So it touches, briefly, what most programs use: the tokenizer and parser on varied syntax,
# the compiler, calls, classes and attributes, generators, exceptions, str/list/dict/set methods,
# comprehensions, sorting, f-strings and print, and the standard library modules most programs
# import. bin/krait runs it once before the training run, to put those modules in the parsed-module
# cache (as CPython's installer compiles the library's .pyc files), so that the training run reads
# them from the cache as later runs will. It must stay quick and must not read input or write
# files of its own.

import collections
import dataclasses
import datetime
import json
import logging
import re
import string
import subprocess
import typing
import unittest


class Shape:
    sides = 0

    def __init__(self, name, size=1.0):
        self.name = name
        self.size = size

    def area(self):
        return self.size * self.size

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.size:.2f})"


class Square(Shape):
    sides = 4


class Circle(Shape):
    def area(self):
        return 3.14159 * self.size ** 2

    @property
    def diameter(self):
        return 2 * self.size


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def counter(limit, *, step=1):
    i = 0
    while i < limit:
        yield i
        i += step


def pipeline(n):
    yield from (x * x for x in counter(n))


def keywords(a, b=2, *args, c, d=4, **kwargs):
    return a + b + c + d + len(args) + len(kwargs)


def checked(value):
    try:
        if value % 3 == 0:
            raise ValueError(f"bad {value}")
        return int(str(value)) // (value % 5)
    except ZeroDivisionError:
        return -1
    except ValueError as e:
        return len(e.args[0])
    finally:
        pass


def main():
    shapes = [Square(f"s{i}", i / 2) if i % 2 else Circle(f"c{i}", i) for i in range(40)]
    shapes.sort(key=lambda s: (s.area(), s.name))
    total = sum(s.area() for s in shapes if isinstance(s, Shape))
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words * 20:
        counts[w] = counts.get(w, 0) + 1
    letters = {c for w in words for c in w.upper()}
    text = ", ".join(sorted(counts)).replace("the", "THE")
    acc = 0
    for i in range(2000):
        acc = (acc * 31 + i) & 0xFFFF
        acc ^= i << 3
    big = 1
    for i in range(1, 60):
        big *= i
    nums = [checked(v) for v in range(1, 200)]
    pairs = list(zip(words, range(len(words))))
    a, *rest = pairs
    data = {"k": [1, 2.5, None, True], "t": (1, "x"), "f": frozenset({1, 2})}
    results = [
        fib(15), round(total, 3), len(letters), text[:20], acc, big % 1000003, sum(nums),
        sum(pipeline(100)), keywords(1, c=3, e=5), a, len(rest), repr(data), shapes[0],
        max(words, key=len), min(nums), sorted(words, reverse=True)[:2], f"{3.5:>8.3f}",
        "%s-%d" % ("x", 5), str(bytes(b"ab") + b"c"), list(enumerate("ab")), divmod(17, 5),
        Circle("z", 2).diameter, hash("abc") == hash("abc"), any(n < 0 for n in nums),
        re.findall(r"(\w+)=(\d+)", "a=1, b=22"), json.loads(json.dumps(data, default=list)),
        collections.Counter(words).most_common(2), dataclasses.is_dataclass(Shape),
        typing.get_origin(typing.List[int]), unittest.TestCase.__name__,
        datetime.date(2024, 2, 29).isoformat(), string.Template("$x").substitute(x=1),
        logging.getLevelName(logging.INFO), subprocess.list2cmdline(["a b", "c"]),
    ]
    for r in results:
        print(r, end=" ")
    print()


main()


def library():
    """Briefly uses more of the library that programs commonly import, so that the Java
    classes of its native modules (decimal, hashlib, pickle, csv, socket, asyncio's tasks,
    contextvars, array ...) come from the cache too. A module this machine lacks is skipped:
    the training run must not fail."""
    import importlib
    for name in ("argparse", "array", "asyncio", "base64", "bisect", "copy", "csv",
                 "decimal", "fractions", "functools", "hashlib", "heapq", "inspect",
                 "itertools", "pathlib", "pickle", "pprint", "queue", "random", "shutil",
                 "socket", "statistics", "struct", "tempfile", "textwrap", "threading",
                 "uuid"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    import asyncio, copy, csv, decimal, fractions, hashlib, io, pickle, random, struct

    async def worker(queue, out):
        while (item := await queue.get()) is not None:
            out.append(item * 2)

    async def run_queue():
        queue, out = asyncio.Queue(), []
        task = asyncio.create_task(worker(queue, out))
        for i in range(20):
            await queue.put(i)
        await queue.put(None)
        await asyncio.gather(task, asyncio.sleep(0))
        return sum(out)

    random.seed(7)
    rows = io.StringIO()
    csv.writer(rows).writerows([[i, random.random()] for i in range(5)])
    print(asyncio.run(run_queue()), decimal.Decimal(1) / decimal.Decimal(7),
          fractions.Fraction(3, 4) + 1, hashlib.sha256(b"krait").hexdigest()[:8],
          len(pickle.loads(pickle.dumps(copy.deepcopy({"a": [1, (2, 3)]})))),
          struct.unpack("<ih", struct.pack("<ih", 7, -2)), len(rows.getvalue()) > 0)


# What a machine cannot do here (no loopback socket for asyncio's loop, say) only makes the
# cache hold less; the training run itself must succeed, or there is no cache at all.
try:
    library()
except Exception:
    pass
