# Markers under an expression whose line holds non-ASCII and astral characters: the
# columns are counted in characters, not bytes.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
données = {"clé": "valeur"}
emoji = "😀😀"
print(données["clé"], emoji)
print(len(emoji), len("clé"), "clé".upper())
print(données.get("absent", "défaut"))
print(données["clé"] + emoji + données["absent"])
