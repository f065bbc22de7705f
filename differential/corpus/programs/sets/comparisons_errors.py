a = {1, 2, 3}
for op in ["a < {1}", "a + {4}", "a * 2", "a[0]", "a.remove([1])", "a.add({1})", "set(5)",
           "sorted(a, key=1)", "a < [1, 2]", "a.update(3)", "frozenset().remove(1)"]:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, "->", type(e).__name__, e)
print(a.__contains__(1), a.__len__(), a.__le__({1, 2, 3}), a.__or__([1]), a.__iand__({1}), a)
print(set.__name__, set.__mro__, frozenset.__mro__, isinstance(a, frozenset))
print({1, 2} == {2, 1}, {1, 2}.__eq__({1, 2}), {1}.__eq__([1]))
