scores = {"ann": 88, "bob": 72, "cy": 95, "di": 60}
for name in scores:
    print(name, end=" ")
print()
for name, score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name:<4}{score:>4}")
print({k: v for k, v in scores.items() if v >= 75}, sum(scores.values()) / len(scores))
print(list(zip(scores, scores.values())), dict(zip(scores.values(), scores)))
grades = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F") for name, s in scores.items()}
print(grades)
for key in list(scores):
    if scores[key] < 70:
        del scores[key]
print(scores, len(scores))
keys = iter(scores)
print(next(keys), list(keys))
print(sorted(scores.items())[0], min(scores, key=scores.get), {v for v in grades.values()} == {"A", "B", "C", "F"})
