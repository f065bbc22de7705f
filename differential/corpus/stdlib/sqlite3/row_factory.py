# sqlite3.Row, custom row factories, text_factory.
import sqlite3
from collections.abc import Sequence

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE p (Id INTEGER, Name TEXT, ÄÖ TEXT)")
con.executemany("INSERT INTO p VALUES (?, ?, ?)", [(1, "a", "x"), (2, "b", "y")])
con.row_factory = sqlite3.Row
row = con.execute("SELECT Id, Name, ÄÖ FROM p ORDER BY Id").fetchone()
print(type(row).__name__, isinstance(row, Sequence), len(row))
print(row.keys())
print(row[0], row[-1], row["id"], row["NAME"], row["ÄÖ"], row[1:], row[::-1])
print(tuple(row), list(row), dict(zip(row.keys(), row)))
for bad in ["äö", "missing", 5, 1.0]:
    try:
        row[bad]
    except IndexError as e:
        print("IndexError:", e)
rows = con.execute("SELECT Id, Name, ÄÖ FROM p ORDER BY Id").fetchall()
again = con.execute("SELECT Id, Name, ÄÖ FROM p ORDER BY Id").fetchall()
print(rows[0] == again[0], rows[0] != again[1], rows[0] == tuple(rows[0]))
print(hash(rows[0]) == hash(again[0]), len({rows[0], again[0], rows[1]}))
other = con.execute("SELECT Id AS x, Name, ÄÖ FROM p ORDER BY Id").fetchone()
print("different columns:", rows[0] == other)
try:
    rows[0] < again[0]
except TypeError as e:
    print("TypeError:", e)

# A row factory on the cursor wins over the connection's.
cur = con.cursor()
cur.row_factory = lambda c, r: {d[0]: v for d, v in zip(c.description, r)}
print(cur.execute("SELECT Id, Name FROM p").fetchall())
con.row_factory = None
print(con.execute("SELECT Id FROM p").fetchall())
con.row_factory = lambda c, r: r[0]
print(con.execute("SELECT Name FROM p ORDER BY Id").fetchall())
con.row_factory = None

# Row built directly.
r = sqlite3.Row(con.execute("SELECT 1 AS a, 2 AS b"), (10, 20))
print(r["b"], r.keys())
for args in [(1, (1,)), (con.cursor(), [1])]:
    try:
        sqlite3.Row(*args)
    except TypeError as e:
        print("TypeError:", e)

# text_factory.
con.execute("CREATE TABLE s (t TEXT)")
con.execute("INSERT INTO s VALUES (?)", ("grüße",))
for factory in [str, bytes, bytearray, lambda b: b.decode("utf-8").upper()]:
    con.text_factory = factory
    print(repr(con.execute("SELECT t FROM s").fetchone()[0]))
con.text_factory = str
con.execute("INSERT INTO s VALUES (CAST(x'ff61' AS TEXT))")
try:
    con.execute("SELECT t FROM s").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.text_factory = lambda b: b.decode("utf-8", "replace")
print(con.execute("SELECT t FROM s").fetchall())
