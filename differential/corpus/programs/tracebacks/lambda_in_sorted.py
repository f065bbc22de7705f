# An error raised by a key function while sorted() runs: the traceback shows the sorted()
# call and the lambda's frame.
records = [{"name": "a", "age": 3}, {"name": "b", "age": 1}, {"name": "c"}]
print(sorted(records[:2], key=lambda r: r["age"]))
print(len(records), [sorted(r) for r in records])
print(min(records, key=lambda r: len(r))["name"])
print(sorted(records, key=lambda r: r.get("age", 0)))
print(max(records[:2], key=lambda r: r["age"])["name"])
print([r["name"] for r in records])
print(sorted(records, key=lambda r: r["age"]))
