def describe(msg):
    match msg:
        case {"user": {"name": str(name), "roles": [*_, "admin"]}}:
            return f"{name} is an admin"
        case {"user": {"name": str(name), "roles": []}}:
            return f"{name} has no roles"
        case {"user": {"name": name}, "action": ("login" | "logout") as action}:
            return f"{name} did {action}"
        case {"items": [{"id": int(first)}, *rest]}:
            return f"first item {first}, {len(rest)} more"
        case {"items": []}:
            return "no items"
        case _:
            return "unrecognised"
messages = [
    {"user": {"name": "ann", "roles": ["dev", "admin"]}},
    {"user": {"name": "bob", "roles": []}},
    {"user": {"name": "cy", "roles": ["dev"]}, "action": "login"},
    {"items": [{"id": 1}, {"id": 2}, {"id": 3}]},
    {"items": []},
    {"user": "nobody"},
]
for m in messages:
    print(describe(m))
