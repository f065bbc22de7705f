# Float arithmetic: an n-body simulation with attribute-free lists of floats, so the time goes into
# float multiply/add/subtract/divide, list indexing and tuple unpacking. The bodies are made up
# by a small linear congruential generator (no stdlib needed).

SIZE = 500000  # quick: 50


def make_bodies(count):
    seed = 12345
    bodies = []
    for _ in range(count):
        values = []
        for _ in range(7):
            seed = (seed * 1103515245 + 12345) % 2147483648
            values.append(seed / 2147483648.0 - 0.5)
        x, y, z, vx, vy, vz, m = values
        bodies.append([x * 10.0, y * 10.0, z * 10.0, vx, vy, vz, abs(m) + 0.1])
    return bodies


def energy(bodies):
    e = 0.0
    for i, (x, y, z, vx, vy, vz, m) in enumerate(bodies):
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2, _, _, _, m2) in bodies[i + 1:]:
            dx = x - x2
            dy = y - y2
            dz = z - z2
            e -= m * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz + 0.01
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies(5)
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
before = energy(bodies)
advance(bodies, pairs, 0.001, SIZE)
after = energy(bodies)
print(round(before, 9), round(after, 9))
