# An uncaught KeyError in a loop, after some output: stdout is kept, the last line
# shows the key's repr.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
inventory = {"apples": 3, "pears": 0}
print(sorted(inventory), len(inventory))
print(inventory.get("plums", 0))
print("plums" in inventory)
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
