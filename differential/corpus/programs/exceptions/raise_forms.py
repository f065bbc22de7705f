for attempt in [lambda: ValueError, lambda: ValueError("inst"), lambda: 5, lambda: object,
                lambda: Exception.__new__(Exception)]:
    try:
        raise attempt()
    except TypeError as e:
        print("TypeError:", e)
    except Exception as e:
        print("raised", type(e).__name__, e.args)
try:
    raise
except RuntimeError as e:
    print(e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised", e)
class CustomNew(Exception):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls, *a)
try:
    raise CustomNew
except CustomNew as e:
    print("args", e.args)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    raise ValueError("v") from 5
except TypeError as e:
    print(e)
