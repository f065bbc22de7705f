# Exceptions raised and caught in a loop: user-defined exception classes, raise/except with
# class hierarchies, try/else/finally, exceptions raised by builtins (KeyError, ZeroDivisionError,
# IndexError, ValueError), re-raising, and chaining with `raise ... from`.

SIZE = 800000  # quick: 300


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key % 97) from None


def validate(value):
    if value % 7 == 0:
        raise Invalid(value)
    return value


def run(n):
    table = {i: i * 2 for i in range(0, n, 3)}
    checksum = 0
    finally_count = 0
    for i in range(n):
        try:
            value = validate(lookup(table, i))
        except NotFound as e:
            checksum += e.code
        except AppError as e:
            checksum += e.code % 13
        else:
            checksum += value & 15
        finally:
            finally_count += 1
        try:
            checksum += 100 // (i % 5)
        except ZeroDivisionError:
            checksum += 1
        try:
            checksum += [1, 2, 3][i % 4]
        except IndexError as e:
            checksum += len(e.args)
        try:
            try:
                int("x" + str(i)) if i % 11 == 0 else int(str(i))
            except ValueError:
                raise
        except ValueError as e:
            checksum += 2 if e.__context__ is None else 3
        try:
            try:
                raise Invalid(i)
            except Invalid as inner:
                raise NotFound(i + 1) from inner
        except NotFound as outer:
            checksum += outer.code - outer.__cause__.code
    return checksum + finally_count


print(run(SIZE))
