# list.sort sees a modification of the list made during the sort even when it is undone.
from functools import cmp_to_key


def attempt(name, mutate):
    data = [3, 1, 2]

    def cmp(x, y):
        mutate(data)
        return (x > y) - (x < y)

    try:
        data.sort(key=cmp_to_key(cmp))
        print(name, "sorted", data)
    except ValueError as e:
        print(name, "ValueError:", e, data)


attempt("append-pop", lambda d: (d.append(9), d.pop()))
attempt("append-del", lambda d: (d.append(9), d.__delitem__(slice(None))))
attempt("clear-empty", lambda d: d.clear())
attempt("nested-sort", lambda d: d.sort())
attempt("read-only", lambda d: len(d))
