# abs(), phase() and polar() of many seeded pseudo-random complex numbers across magnitudes:
# these rest on the C library's hypot and atan2, whose last bits programs see.
import cmath
import math
import random

rng = random.Random(2024)
values = []
for _ in range(400):
    scale = 2.0 ** rng.randint(-40, 40)
    values.append(complex(rng.uniform(-10, 10) * scale, rng.uniform(-10, 10) * scale))
values += [complex(3, 4), complex(1e308, 1e308), complex(5e-324, 5e-324), complex(1e-300, 1)]
for z in values:
    r, phi = cmath.polar(z)
    print(repr(abs(z)), repr(cmath.phase(z)), r == abs(z), repr(math.atan2(z.imag, z.real)))
