# A failing call inside a long expression: 3.11 draws markers only under the failing part.
def fetch(table, key):
    return table[key]
inventory = {"apples": 3, "pears": 7, "plums": 0, "cherries": 12, "grapes": 40}
total = fetch(inventory, "apples") + fetch(inventory, "pears") + fetch(inventory, "cherries")
print("total", total)
print(sorted(inventory, key=inventory.get))
print(sum(inventory.values()), min(inventory.values()))
ratio = fetch(inventory, "apples") / fetch(inventory, "pears") + fetch(inventory, "grapes") / fetch(inventory, "plums")
print(ratio)
