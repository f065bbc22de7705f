# Integer loops: while/for loops over small ints with arithmetic, shifts, bitwise operators,
# comparisons and augmented assignment -- the bread and butter of an evaluator's inner loop.

SIZE = 300000  # quick: 300


def collatz_steps(limit):
    total = 0
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def mixed(limit):
    acc = 0
    i = 0
    while i < limit * 10:
        acc = (acc * 31 + i) % 1000003
        acc ^= i << 3
        acc -= i // 7
        i += 1
    return acc


total, longest = collatz_steps(SIZE)
print(total, longest, mixed(SIZE))
