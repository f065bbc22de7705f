# User-defined functions, aggregates, window functions and collations, and what happens when
# they raise; authorizer, progress handler and trace callback.
import sqlite3
import sys

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (name TEXT, n INTEGER)")
con.executemany("INSERT INTO t VALUES (?, ?)",
                [("b", 2), ("A", 1), ("c", 3), ("a", 4), ("B", 5)])

con.create_function("twice", 1, lambda x: x * 2, deterministic=True)
con.create_function("kinds", -1, lambda *a: ",".join(type(v).__name__ for v in a))
con.create_function("nil", 0, lambda: None)
print(con.execute("SELECT twice(21), twice('ab'), twice(1.25), twice(x'01')").fetchone())
print(con.execute("SELECT kinds(1, 2.0, 'x', x'00', NULL), kinds()").fetchone())
print(con.execute("SELECT nil()").fetchone())
print(con.execute("SELECT name FROM t WHERE twice(n) > 5 ORDER BY n").fetchall())

class Stats:
    def __init__(self):
        self.values = []
    def step(self, v):
        self.values.append(v)
    def finalize(self):
        return "%d:%s" % (len(self.values), "".join(sorted(map(str, self.values))))

con.create_aggregate("stats", 1, Stats)
print(con.execute("SELECT stats(n) FROM t").fetchone())
print(con.execute("SELECT lower(name), stats(n) FROM t GROUP BY lower(name) ORDER BY 1")
      .fetchall())
print(con.execute("SELECT stats(n) FROM t WHERE n > 100").fetchone())

class WinSum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def inverse(self, v):
        self.total -= v
    def value(self):
        return self.total
    def finalize(self):
        return self.total

con.create_window_function("winsum", 1, WinSum)
print(con.execute("SELECT n, winsum(n) OVER (ORDER BY n ROWS BETWEEN 1 PRECEDING "
                  "AND 1 FOLLOWING) FROM t ORDER BY n").fetchall())

def nocase_reverse(a, b):
    a, b = a.lower(), b.lower()
    return (a < b) - (a > b)

con.create_collation("rev", nocase_reverse)
print(con.execute("SELECT name FROM t ORDER BY name COLLATE rev, n").fetchall())
con.create_collation("rev", None)
try:
    con.execute("SELECT name FROM t ORDER BY name COLLATE rev")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.create_collation("bad", 42)
except TypeError as e:
    print("TypeError:", e)

# Failures inside callbacks become SQLite errors.
def boom(*args):
    raise ValueError("boom")

con.create_function("boom", 0, boom)
con.create_function("bad_result", 0, lambda: [1])
con.create_function("too_big", 0, lambda: 2**70)
for sql in ["SELECT boom()", "SELECT bad_result()", "SELECT too_big()"]:
    try:
        con.execute(sql).fetchall()
    except sqlite3.Error as e:
        print(type(e).__name__, e)

class NoStep:
    def finalize(self):
        return 1
class BadInit:
    def __init__(self):
        raise KeyError("init")
    def step(self, v): pass
    def finalize(self): return 0
class BadStep(Stats):
    def step(self, v):
        raise RuntimeError("step")
for name, cls in [("nostep", NoStep), ("badinit", BadInit), ("badstep", BadStep)]:
    con.create_aggregate(name, 1, cls)
    try:
        con.execute("SELECT %s(n) FROM t" % name).fetchall()
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)

# With tracebacks enabled the exception goes to sys.unraisablehook.
def hook(unraisable):
    print("hook:", unraisable.exc_type.__name__, unraisable.exc_value,
          getattr(unraisable.object, "__name__", unraisable.object))
sys.unraisablehook = hook
sqlite3.enable_callback_tracebacks(True)
try:
    con.execute("SELECT boom()")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
sqlite3.enable_callback_tracebacks(False)
sys.unraisablehook = sys.__unraisablehook__

# The authorizer.
def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "n":
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and arg2 == "name" and arg1 == "t":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK

con.set_authorizer(authorizer)
print(con.execute("SELECT name FROM t LIMIT 2").fetchall())
try:
    con.execute("SELECT n FROM t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("SELECT n FROM t ORDER BY n LIMIT 1").fetchall())

# The progress handler can abort a statement.
calls = []
def progress():
    calls.append(1)
    return len(calls) > 3
con.set_progress_handler(progress, 1)
try:
    con.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000) "
                "SELECT sum(x) FROM c").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e, len(calls) > 3)
con.set_progress_handler(None, 1)

# The trace callback sees the statements, with their parameters expanded.
traced = []
con.set_trace_callback(traced.append)
con.execute("SELECT ?, ?", (1, "two"))
with con:
    con.execute("INSERT INTO t VALUES ('z', 26)")
con.set_trace_callback(None)
con.execute("SELECT 'untraced'")
print(traced)
