# dbm.dumb as a key-value store on disk: writes, reads, keys, deletion and reopening.
import dbm.dumb
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "store")
    with dbm.dumb.open(path, "c") as db:
        db["alpha"] = "1"
        db[b"beta"] = b"two"
        db["gamma"] = "3" * 100
        del db["alpha"]
        print(sorted(db.keys()), len(db), db.get(b"beta"), b"alpha" in db)
    with dbm.dumb.open(path, "r") as db:
        print(sorted(db.keys()), db[b"gamma"][:5])
        try:
            db["x"] = "y"
        except dbm.dumb.error as e:
            print("error", e)
    print(sorted(os.listdir(tmp)))
