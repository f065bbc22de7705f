# sqlite3.Row reads an int key with PyNumber_AsSsize_t(key, IndexError).
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("select 1 as a, 2 as b").fetchone()
for key in (0, 1, -1, 2, -3, 2**63, -2**63 - 1, 2**64, 2**100):
    try:
        print(key, "->", row[key])
    except Exception as e:
        print(key, "->", type(e).__name__, e)
con.close()
