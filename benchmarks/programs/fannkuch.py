# Permutation search: fannkuch. For every permutation of 1..n, count the prefix reversals
# ("pancake flips") until 1 comes first; report the maximum and an alternating checksum.
# Stresses list slicing, slice assignment, indexing and tight while loops.

SIZE = 9  # quick: 5


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        # Next permutation in the order of rotations of prefixes (a counting scheme).
        sign = -sign
        i = 1
        while True:
            if i == n:
                return max_flips, checksum
            head = perm[0]
            perm[:i] = perm[1:i + 1]
            perm[i] = head
            count[i] += 1
            if count[i] <= i:
                break
            count[i] = 0
            i += 1


# One run of size 10 takes too long and one of size 9 too little; repeat size SIZE five times.
results = [fannkuch(SIZE) for _ in range(5)]
print(len(results), results[0][0], sum(check for _, check in results))
