# An IndexError inside a list comprehension: 3.11 shows a frame named <listcomp>
# with markers under the subscript.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
rows = [[1, 2], [3, 4], [5]]
print([r[0] for r in rows])
print(sum(len(r) for r in rows), max(rows, key=len))
print([r[-1] for r in rows])
print([r for r in rows if len(r) > 1])
print([r[1] for r in rows])
