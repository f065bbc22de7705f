# The DB-API exception hierarchy and the messages of common mistakes.
import sqlite3

for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
             "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
             "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:-2]])

con = sqlite3.connect(":memory:")
print(con.Error is sqlite3.Error, con.OperationalError is sqlite3.OperationalError)
con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL, "
            "CHECK (length(v) < 5))")

def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except Exception as e:
        extra = ""
        if isinstance(e, sqlite3.Error) and hasattr(e, "sqlite_errorcode"):
            extra = " [%s %s]" % (e.sqlite_errorcode, e.sqlite_errorname)
        print("%s: %s: %s%s" % (label, type(e).__name__, e, extra))
    else:
        print("%s: ok %r" % (label, result))

attempt("syntax", con.execute, "SELEC 1")
attempt("no table", con.execute, "SELECT * FROM missing")
attempt("no column", con.execute, "SELECT nope FROM t")
attempt("two statements", con.execute, "SELECT 1; SELECT 2")
attempt("trailing comment", lambda: con.execute("SELECT 1; -- fine").fetchall())
attempt("too few", con.execute, "INSERT INTO t VALUES (?, ?)", (1,))
attempt("too many", con.execute, "SELECT ?", (1, 2))
attempt("missing name", con.execute, "SELECT :a, :b", {"a": 1})
attempt("dict for qmark", con.execute, "SELECT ?", {"a": 1})
attempt("bad params", con.execute, "SELECT ?", 42)
attempt("unsupported", con.execute, "SELECT ?", ({},))
attempt("overflow", con.execute, "SELECT ?", (2**64,))
attempt("surrogate", con.execute, "SELECT ?", ("\udc80",))
attempt("not null", con.execute, "INSERT INTO t (v) VALUES (NULL)")
attempt("check", con.execute, "INSERT INTO t (v) VALUES ('toolong')")
con.execute("INSERT INTO t VALUES (1, 'a')")
attempt("primary key", con.execute, "INSERT INTO t VALUES (1, 'b')")
attempt("null char", con.execute, "SELECT 'a\0b'")
attempt("sql not str", con.execute, b"SELECT 1")
attempt("executemany select", con.executemany, "SELECT ?", [(1,)])
attempt("executemany not iterable", con.executemany, "INSERT INTO t (v) VALUES (?)", 5)
attempt("limit", con.getlimit, 9999)
attempt("complete", sqlite3.complete_statement, "SELECT 1")
attempt("complete;", sqlite3.complete_statement, "SELECT 1;")
attempt("connect bad arg", lambda: sqlite3.connect(":memory:", isolation_level="bogus"))
attempt("connect path", sqlite3.connect, "/nonexistent-dir/x/y.db")
attempt("cursor factory", con.cursor, lambda c: 42)

cur = con.cursor()
cur.close()
attempt("closed cursor", cur.execute, "SELECT 1")
attempt("closed cursor fetch", cur.fetchone)

class Sub(sqlite3.Cursor):
    def __init__(self, con):
        pass
attempt("init not called", lambda: Sub(con).execute("SELECT 1"))

class Conn(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        pass
attempt("connection init not called", lambda: Conn(":memory:").cursor())

con.close()
attempt("closed connection", con.execute, "SELECT 1")
attempt("closed cursor from closed conn", con.cursor)
con.close()
print("sqlite_version parts:", len(sqlite3.sqlite_version_info), sqlite3.paramstyle,
      sqlite3.apilevel, sqlite3.threadsafety in (0, 1, 3))
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_READ,
      sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_LIMIT_SQL_LENGTH,
      sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
