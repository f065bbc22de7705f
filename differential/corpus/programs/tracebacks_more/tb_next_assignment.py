# Assigning tb_next: another traceback or None; anything else is a TypeError, a loop a ValueError.
def raiser():
    raise ValueError("inner")


def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


try:
    raiser()
except Exception as exc:
    tb = exc.__traceback__

print(type(tb.tb_next).__name__, tb.tb_next.tb_next)
for value in ("asdf", 3, [tb]):
    try:
        tb.tb_next = value
    except TypeError as e:
        print("TypeError:", e)
try:
    del tb.tb_next
except TypeError as e:
    print("TypeError:", e)
for make_loop in (lambda: setattr(tb, "tb_next", tb),
                  lambda: setattr(tb.tb_next, "tb_next", tb)):
    try:
        make_loop()
    except ValueError as e:
        print("ValueError:", e)
tb.tb_next = None
print(tb.tb_next)
new_tb = get_tb()
tb.tb_next = new_tb
print(tb.tb_next is new_tb, tb.tb_next.tb_next)
