# Through the launcher: a file that does not compile exits with status 1 and the
# SyntaxError on stderr; stdout stays empty.
import sys
print("not printed")
print(sys.argv)
items = {"a": 1, "b": 2}
for key, value in items.items():
    print(key, value)
result = [x for x in range(3)]
print(result)
print(items["a"] +)
