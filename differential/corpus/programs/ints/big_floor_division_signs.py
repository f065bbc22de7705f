# Floor division, modulo and divmod of big ints over every pair of signs: the quotient
# rounds toward minus infinity and the remainder takes the divisor's sign, for operands that
# need more than 64 bits as for small ones, and for mixed big and small operands.
import itertools

values = [0, 1, -1, 5, 7, -7, 2**63 - 1, -(2**63), 2**64, -(2**64), 3**80, -(3**80),
          3**80 + 1, -(3**80) - 1, 10**30, -(10**30), 3**40 * 3**40]
for a, b in itertools.product(values, repeat=2):
    if b == 0:
        continue
    q, r = a // b, a % b
    assert (q, r) == divmod(a, b)
    assert q * b + r == a
    assert r == 0 or (r > 0) == (b > 0)
    print(a, b, q, r)
