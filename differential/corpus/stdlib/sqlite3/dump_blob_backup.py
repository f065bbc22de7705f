# iterdump, incremental blob I/O, backup, serialize/deserialize and run-time limits.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
    CREATE TABLE "odd name" (id INTEGER PRIMARY KEY, t TEXT, r REAL, b BLOB);
    INSERT INTO "odd name" VALUES (1, 'it''s', 1.5, x'00ff'), (2, NULL, -0.25, NULL);
    CREATE INDEX idx ON "odd name" (t);
    CREATE VIEW v AS SELECT t FROM "odd name";
    CREATE TRIGGER tr AFTER INSERT ON "odd name" BEGIN SELECT 1; END;
""")
for line in con.iterdump():
    print(line)

# Blob I/O.
con.execute("CREATE TABLE blobs (data BLOB)")
con.execute("INSERT INTO blobs VALUES (zeroblob(10))")
with con.blobopen("blobs", "data", 1) as blob:
    print(len(blob), blob.tell(), blob.read())
    blob.seek(0)
    blob.write(b"hello")
    print(blob.tell())
    blob.seek(-2, 2)
    blob.write(b"!!")
    blob.seek(2)
    print(blob.read(3), blob.tell())
    blob[5] = ord("_")
    blob[6:8] = b"ab"
    print(blob[0], blob[-1], blob[0:5], blob[::2], blob[1:9:3])
    for bad in [lambda: blob.write(b"x" * 20), lambda: blob.seek(11),
                lambda: blob.seek(0, 7), lambda: blob[10], lambda: blob.__setitem__(0, 256),
                lambda: blob.__setitem__(slice(0, 2), b"xyz"), lambda: blob["a"]]:
        try:
            bad()
        except (ValueError, IndexError, TypeError) as e:
            print(type(e).__name__, e)
print(con.execute("SELECT data FROM blobs").fetchone())
ro = con.blobopen("blobs", "data", 1, readonly=True)
try:
    ro.write(b"x")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
ro.close()
try:
    ro.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.blobopen("blobs", "data", 99)
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

# Backup into another connection, with a progress callback.
con.commit()
target = sqlite3.connect(":memory:")
steps = []
con.backup(target, pages=1, progress=lambda status, remaining, total: steps.append(remaining))
print(steps[-1], len(steps) > 1)
print(target.execute('SELECT id, t, r, b FROM "odd name" ORDER BY id').fetchall())
try:
    con.backup(con)
except ValueError as e:
    print("ValueError:", e)

# serialize / deserialize.
data = con.serialize()
print(type(data).__name__, data[:16])
copy = sqlite3.connect(":memory:")
copy.deserialize(data)
print(copy.execute("SELECT count(*) FROM blobs").fetchone())
try:
    copy.deserialize(b"not a database" * 100)
    copy.execute("SELECT * FROM sqlite_master")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)

# Limits.
old = con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100)
print(old > 100, con.getlimit(sqlite3.SQLITE_LIMIT_LENGTH))
try:
    con.execute("SELECT ?", ("x" * 200,))
except sqlite3.DataError as e:
    print("DataError:", e)
con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 30)
try:
    con.execute("SELECT 'this statement is rather long'")
except sqlite3.DataError as e:
    print("DataError:", e)
