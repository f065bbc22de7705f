# The classic AttributeError on None returned by a function that forgot to return.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
users = [{"name": "ann", "email": "ann@example.org"}]
print(find_user(users, "ann")["email"])
user = find_user(users, "bob")
print(user)
print(user.get("email"))
