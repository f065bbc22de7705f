# Big-integer arithmetic: an unbounded spigot for the digits of pi (a streaming algorithm over a
# linear fractional transformation), so the time goes into multiplying, adding and dividing ints
# of thousands of digits. Prints the digit count, the digit sum and the last twenty digits.

SIZE = 8000  # quick: 50


def pi_digits(count):
    # The state (q, r, t) stands for the transformation x -> (q*x + r) / t; k counts terms.
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Absorb the next term of the series.
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit == (4 * q + r) // t:
            digits.append(digit)
            # Emit it: subtract the digit and scale by ten.
            q, r = 10 * q, 10 * (r - digit * t)
    return digits


digits = pi_digits(SIZE)
print(len(digits), sum(digits), "".join(str(d) for d in digits[-20:]))
