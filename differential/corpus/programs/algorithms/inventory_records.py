records = [
    {"sku": "A1", "name": "widget", "qty": 10, "price": 2.5, "tags": ["metal"]},
    {"sku": "B2", "name": "gadget", "qty": 0, "price": 10.0, "tags": ["plastic", "new"]},
    {"sku": "C3", "name": "doohickey", "qty": 4, "price": 7.25, "tags": []},
    {"sku": "D4", "name": "gizmo", "qty": 25, "price": 1.0, "tags": ["metal", "sale"]},
]
in_stock = [r["name"] for r in records if r["qty"]]
value = sum(r["qty"] * r["price"] for r in records)
print(in_stock, f"{value:.2f}")
by_tag = {}
for r in records:
    for t in r["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(r["sku"])
print(dict(sorted(by_tag.items())))
cheapest = min(records, key=lambda r: r["price"])
print(cheapest["name"], max(records, key=lambda r: r["qty"] * r["price"])["sku"])
for r in sorted(records, key=lambda r: (-r["qty"], r["name"])):
    print(f"{r['sku']:<4}{r['name']:<10}{r['qty']:>4}{r['price']:>8.2f}{'  ' + ','.join(r['tags']) if r['tags'] else ''}")
restock = {r["sku"]: 10 - r["qty"] for r in records if r["qty"] < 10}
print(restock)
