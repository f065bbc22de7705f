# An IndexError in a chain of subscripts: 3.11 marks the failing subscript with
# ~~~ under the value and ^^^ under the index.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
data = {"users": [{"name": "ann", "roles": ["admin"]}]}
print(data["users"][0]["roles"][0])
print(len(data["users"]), data["users"][0]["name"].title())
print(data.get("groups", []))
print(list(data))
print(data["users"][0]["roles"][1])
