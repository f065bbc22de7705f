# Transactions as Python 3.11 runs them: implicit BEGIN before DML, commit, rollback,
# isolation levels, autocommit (isolation_level=None), the context manager, executescript.
import sqlite3

con = sqlite3.connect(":memory:")
print("isolation_level:", repr(con.isolation_level), "in_transaction:", con.in_transaction)
con.execute("CREATE TABLE t (x INTEGER UNIQUE)")
print("after DDL:", con.in_transaction)
con.execute("INSERT INTO t VALUES (1)")
print("after INSERT:", con.in_transaction)
con.commit()
print("after commit:", con.in_transaction)
con.execute("INSERT INTO t VALUES (2)")
con.rollback()
print("after rollback:", con.execute("SELECT x FROM t").fetchall(), con.in_transaction)
print("SELECT starts no transaction:", con.execute("SELECT 1").fetchone(), con.in_transaction)
con.commit()
con.rollback()  # no-ops without a transaction

# The context manager commits on success and rolls back on an exception.
with con:
    con.execute("INSERT INTO t VALUES (3)")
print("after with:", con.execute("SELECT x FROM t ORDER BY x").fetchall())
try:
    with con:
        con.execute("INSERT INTO t VALUES (4)")
        con.execute("INSERT INTO t VALUES (1)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, e.sqlite_errorcode, e.sqlite_errorname)
print("rolled back:", con.execute("SELECT x FROM t ORDER BY x").fetchall())
print("with returns the connection:", con.__enter__() is con, con.__exit__(None, None, None))

# Isolation levels.
for level in ["DEFERRED", "immediate", "Exclusive", ""]:
    con.isolation_level = level
    con.execute("INSERT INTO t VALUES (?)", (100 + len(level),))
    print(repr(level), "->", repr(con.isolation_level), con.in_transaction)
    con.rollback()
for bad in ["SERIALIZABLE", 1]:
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Autocommit: no implicit BEGIN; explicit BEGIN still works.
con.isolation_level = None
con.execute("INSERT INTO t VALUES (10)")
print("autocommit:", con.in_transaction)
con.execute("BEGIN")
con.execute("INSERT INTO t VALUES (11)")
print("explicit BEGIN:", con.in_transaction)
con.execute("ROLLBACK")
print(con.execute("SELECT x FROM t ORDER BY x").fetchall())

# Setting isolation_level to None commits an open transaction.
con.isolation_level = ""
con.execute("INSERT INTO t VALUES (12)")
print("pending:", con.in_transaction)
con.isolation_level = None
print("committed by the setter:", con.in_transaction)

# executescript commits first, then runs the script as is.
con.isolation_level = ""
con.execute("INSERT INTO t VALUES (13)")
con.executescript("""
    CREATE TABLE log (msg TEXT);
    INSERT INTO log VALUES ('a');  -- a comment
    /* another */ INSERT INTO log VALUES ('b');
""")
print("after script:", con.in_transaction, con.execute("SELECT * FROM log").fetchall())
con.executescript("BEGIN; INSERT INTO log VALUES ('c'); ROLLBACK;")
print(con.execute("SELECT count(*) FROM log").fetchone())

# Savepoints under manual control.
con.isolation_level = None
con.execute("SAVEPOINT sp")
con.execute("INSERT INTO log VALUES ('d')")
con.execute("ROLLBACK TO sp")
con.execute("RELEASE sp")
print(con.execute("SELECT msg FROM log ORDER BY msg").fetchall())
print("total_changes:", con.total_changes)
con.close()
try:
    con.commit()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.in_transaction
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
con.close()
