log = []
def t(name, value):
    log.append(name)
    return value
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 0) and t("c", 1), log)
log.clear()
print(t("a", 0) or t("b", "") or t("c", "found") or t("d", 1), log)
log.clear()
print(not t("a", []), log)
log.clear()
print(t("a", 1) if t("cond", False) else t("b", 2), log)
log.clear()
print(t("a", 1) < t("b", 2) < t("c", 0) < t("d", 5), log)
log.clear()
print(all(t(str(i), i) for i in [1, 0, 2]), log)
log.clear()
print(any(t(str(i), i) for i in [0, 3, 4]), log)
print(None or 0 or "" or [], 1 and "x" and [0], (0 or 5) and (None or 7))
x = 5
print(0 < x and x < 10, not x == 5, not (x > 3 and x < 4), x > 3 or 1 / 0)
