# Adapters and converters: register_adapter, __conform__, register_converter with
# PARSE_DECLTYPES and PARSE_COLNAMES, and the default date/datetime ones.
import datetime
import decimal
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def adapt_point(p):
    return "%s;%s" % (p.x, p.y)

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("DECIMAL", lambda b: decimal.Decimal(b.decode()))
print(sorted(k for k in sqlite3.converters if k in ("POINT", "DECIMAL", "DATE", "TIMESTAMP")))

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("CREATE TABLE t (p point, d decimal(10, 2), day date, ts timestamp, raw)")
con.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            (Point(1, 2.5), decimal.Decimal("3.14"), datetime.date(2024, 2, 29),
             datetime.datetime(2024, 2, 29, 13, 45, 7, 120), Point(0, 0)))
con.execute("INSERT INTO t VALUES (NULL, NULL, NULL, ?, NULL)",
            (datetime.datetime(1999, 12, 31, 23, 59, 59),))
for row in con.execute("SELECT p, d, day, ts, raw FROM t"):
    print(row)

# Column-name converters: "name [type]".
print(con.execute('SELECT raw AS "r [point]", \'7\' AS "n [decimal]", 1 AS "x [nope]" FROM t '
                  "LIMIT 1").fetchone())
print([d[0] for d in con.execute('SELECT 1 AS "a [point]", 2 AS "b[x]", 3 AS "c" ').description])

# Without detect_types values come back raw.
plain = sqlite3.connect(":memory:")
plain.execute("CREATE TABLE t (p point, day date)")
plain.execute("INSERT INTO t VALUES (?, ?)", (Point(5, 6), datetime.date(2000, 1, 2)))
print(plain.execute("SELECT p, day FROM t").fetchone())

# __conform__ and the protocol argument.
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "%.1f C" % self.degrees
print(plain.execute("SELECT ?", (Celsius(21.5),)).fetchone())
print(sqlite3.adapt(Celsius(-3)), sqlite3.adapt(Point(1, 1)))
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, "fallback"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

# Adapting a base type affects every value of that type.
sqlite3.register_adapter(int, lambda i: "int:%d" % i)
print(plain.execute("SELECT ?, ?", (7, True)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]

# A converter that fails.
sqlite3.register_converter("broken", lambda b: 1 / 0)
con.execute("CREATE TABLE b (v broken)")
con.execute("INSERT INTO b VALUES (1)")
try:
    con.execute("SELECT v FROM b").fetchall()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(con.execute("SELECT v FROM b WHERE 0").fetchall())
try:
    plain.execute("SELECT ?", (object(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
