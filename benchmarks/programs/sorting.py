# Sorting with keys and comprehensions: list.sort and sorted() with key functions, reverse,
# tuple comparison, min/max with key, and list/dict/set comprehensions building the inputs.

SIZE = 160000  # quick: 200


def records(n):
    seed = 7
    out = []
    for i in range(n):
        seed = (seed * 48271) % 2147483647
        out.append((seed % 1000, "k" + str(seed % 577), i))
    return out


def run(n):
    checksum = 0
    for round_ in range(4):
        data = records(n + round_)
        by_value = sorted(data, key=lambda r: r[0])
        by_name = sorted(data, key=lambda r: (r[1], -r[2]), reverse=True)
        checksum += by_value[0][2] + by_value[-1][2] + by_name[0][2] + by_name[n // 2][2]
        numbers = [r[0] * 3 + r[2] % 11 for r in data]
        numbers.sort()
        checksum += numbers[n // 3] + numbers[-1]
        squares = [x * x for x in numbers if x % 2 == 0]
        squares.sort(reverse=True)
        checksum += squares[0] % 9973 + len(squares)
        groups = {name: value for value, name, _ in data}
        busiest = max(groups, key=lambda k: groups[k])
        checksum += len(groups) + min(groups.values()) + busiest.count("1")
        uniq = sorted({r[0] for r in data})
        checksum += len(uniq) + uniq[len(uniq) // 2]
        pairs = sorted(zip(numbers[:1000], reversed(numbers[:1000])))
        checksum += pairs[0][1] + pairs[-1][0]
    return checksum


print(run(SIZE))
