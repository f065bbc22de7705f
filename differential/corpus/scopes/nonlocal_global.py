counter = 0


def make():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def reset():
        global counter
        counter = 0

    def read():
        return count

    return inc, reset, read


def deep():
    a = 1

    def mid():
        def inner():
            return a
        return inner
    return mid


class K:
    global counter
    counter = 5

    def m(self):
        return counter
