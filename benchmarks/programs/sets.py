# Set-heavy work: sets of ints and of strs, add/discard, membership, union, intersection and
# difference. Set iteration order of strings varies from run to run (hash randomisation), so the
# checksum only uses lengths, sums of ints and sorted strings.

SIZE = 3800000  # quick: 300


def run(n):
    evens = set()
    threes = set()
    names = set()
    for i in range(n):
        k = i % 65536
        if k % 2 == 0:
            evens.add(k)
        if k % 3 == 0:
            threes.add(k)
        names.add("n" + str(i % 997))
    checksum = len(evens | threes) + len(evens & threes) + len(evens - threes)
    checksum += sum(evens ^ threes) % 1000003
    seen = set()
    for i in range(n):
        k = (i * 7919) % 50021
        if k in seen:
            checksum += 1
            seen.discard(k)
        else:
            seen.add(k)
    checksum += len(seen)
    other = {"n" + str(i) for i in range(0, 2000, 3)}
    common = names & other
    checksum += len(common) + len(names - other) + len(names | other)
    checksum += sum(len(s) for s in sorted(common)[:50])
    for i in range(n):
        name = "n" + str(i % 1500)
        if name in names and name not in other:
            checksum += 1
    frozen = frozenset(evens)
    checksum += sum(1 for i in range(0, n, 5) if i in frozen)
    return checksum


print(run(SIZE))
