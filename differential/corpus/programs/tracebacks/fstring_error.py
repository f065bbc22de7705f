# A ValueError raised while formatting an f-string field (format code 'f' for a str): the
# markers point into the f-string's line.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
price = "12"
qty = 3
print(f"total: {int(price) * qty}")
print(f"{qty:>4}|{price!r}|{qty / 4:.2f}")
print(f"{price * 2}")
print(f"total: {price * qty:.2f}")
