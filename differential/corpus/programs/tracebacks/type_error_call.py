# A call with too many positional arguments: CPython's TypeError message for a
# function with a keyword-only parameter.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def connect(host, port, *, timeout=10):
    return f"{host}:{port}"
print(connect("localhost", 80))
print(connect("localhost", port=80, timeout=1))
try:
    connect()
except TypeError as e:
    print(e)
connect("localhost", 80, 5)
