# CRUD with qmark and named parameters, executemany, rowcount, lastrowid, description, fetch*.
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER, "
            "score REAL, photo BLOB)")
print("description after DDL:", cur.description, cur.rowcount)

cur.execute("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)",
            ("Ada", 36, 9.5, b"\x00\x01"))
print("lastrowid:", cur.lastrowid, "rowcount:", cur.rowcount)
cur.execute("INSERT INTO people (name, age, score, photo) VALUES (:n, :a, :s, :p)",
            {"n": "Grace", "a": 45, "s": None, "p": bytearray(b"xyz")})
print("lastrowid:", cur.lastrowid)
rows = [("Alan", 41, 7.25, memoryview(b"mv")), ("Edsger", 72, 8.0, None),
        ("Barbara", 83, 9.75, b"")]
cur.executemany("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)", rows)
print("executemany rowcount:", cur.rowcount)
cur.executemany("INSERT INTO people (name, age) VALUES (?, ?)",
                iter([("Linus", 20), ("Guido", 30)]))
print("from iterator:", cur.rowcount)

cur.execute("SELECT id, name, age, score, photo FROM people ORDER BY id")
print("description:", cur.description)
print("fetchone:", cur.fetchone())
cur.arraysize = 2
print("fetchmany():", cur.fetchmany())
print("fetchmany(1):", cur.fetchmany(1))
print("fetchall:", cur.fetchall())
print("exhausted:", cur.fetchone(), cur.fetchall(), cur.fetchmany(3))

for row in con.execute("SELECT name, typeof(age), typeof(score), typeof(photo) "
                       "FROM people WHERE age > ? ORDER BY name", (40,)):
    print(" ", row)

cur.execute("UPDATE people SET age = age + 1 WHERE age < ?", (50,))
print("updated:", cur.rowcount)
cur.execute("DELETE FROM people WHERE name LIKE ?", ("%a%",))
print("deleted:", cur.rowcount)
print("left:", con.execute("SELECT name, age FROM people ORDER BY id").fetchall())
print("total_changes:", con.total_changes)

# Python types round-trip: big ints, floats, unicode, empty values.
con.execute("CREATE TABLE v (x)")
for value in [0, -1, 2**63 - 1, -2**63, 1.5, float("inf"), "", "héllo ✓ 𝄞", b"", None, True]:
    con.execute("DELETE FROM v")
    con.execute("INSERT INTO v VALUES (?)", (value,))
    got = con.execute("SELECT x, typeof(x) FROM v").fetchone()
    print(repr(value), "->", repr(got))

# Numbered and named placeholders in one statement.
print(con.execute("SELECT ?1 + ?1, ?2", (3, "z")).fetchone())
print(con.execute("SELECT :a || $b || @c", {"a": "x", "b": "y", "c": "z"}).fetchone())
# Cursor used as an iterator directly, and re-executed.
c2 = con.execute("SELECT 1 UNION ALL SELECT 2")
print(next(c2), list(c2))
print(c2.execute("SELECT 3").fetchall(), c2.connection is con)
con.close()
