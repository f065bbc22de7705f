try:
    e = ValueError("bad value")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err, err.__notes__)
try:
    ValueError().add_note(5)
except TypeError as err:
    print(err)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.__notes__ = ["set directly"]
e.add_note("added")
print(e.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
except ZeroDivisionError as z:
    print(z.__notes__, str(z))
