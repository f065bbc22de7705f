# Notes added with add_note() are printed after the exception's last line.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record: {record!r}")
        err.add_note("hint: every record needs an id")
        raise err
validate({"id": 1})
validate({"name": "x"})
