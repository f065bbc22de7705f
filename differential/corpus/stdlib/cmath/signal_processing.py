# A discrete Fourier transform and its inverse, roots of unity and polynomial roots, the way
# small numeric programs use cmath.
import cmath


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs))
            for k in range(n)]


def idft(cs):
    n = len(cs)
    return [sum(c * cmath.exp(2j * cmath.pi * k * t / n) for k, c in enumerate(cs)) / n
            for t in range(n)]


signal = [0.0, 1.0, 0.5, -0.25, -1.0, 0.75, 0.0, 0.125]
spectrum = dft(signal)
for k, c in enumerate(spectrum):
    mag, ang = cmath.polar(c)
    print(k, f"{mag:.12f}", f"{ang:+.12f}", repr(c))
back = idft(spectrum)
print([round(z.real, 12) for z in back], all(abs(z.imag) < 1e-12 for z in back))

for n in (3, 5, 8):
    roots = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
    print(n, [repr(r) for r in roots], abs(sum(roots)) < 1e-12)


def quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in ((1, 0, 1), (1, -3, 2), (2, 1, 5), (1, 2, 1), (1, 0, -2)):
    print(coeffs, quadratic(*coeffs))

z = 1 + 2j
print(cmath.exp(cmath.log(z)), cmath.sin(z) ** 2 + cmath.cos(z) ** 2, cmath.tan(z))
print(cmath.asin(cmath.sin(0.5 + 0.25j)), cmath.atanh(cmath.tanh(0.3 - 0.1j)))
print(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2, cmath.acosh(cmath.cosh(z)))
