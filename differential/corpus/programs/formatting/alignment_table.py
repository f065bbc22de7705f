rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 10.0), ("kiwi", 0, 2.125)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>9.3f}")
print("-" * 35)
total = sum(q * p for _, q, p in rows)
print(f"{'sum':<10}|{sum(q for _, q, _ in rows):>5}|{'':>8}|{total:>9.3f}")
for width in range(1, 8, 2):
    print(f"[{'x' * width:^7}]", f"[{width:^7}]", f"[{width / 3:^7.2f}]")
print("{:<6}{:^6}{:>6}".format("l", "c", "r") + "|")
print("%-6s%6s|%06.2f|%-6d|" % ("ab", "cd", 3.14159, 42))
