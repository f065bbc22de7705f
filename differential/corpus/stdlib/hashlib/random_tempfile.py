# Modules that need the hashes: random (seeding with str/bytes goes through sha512) and tempfile.
import random
import tempfile
import os

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abc'))
for seed in ('hello', b'hello', bytearray(b'hello'), '', 'x' * 1000, 'é'):
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(70))
random.seed('hello', version=1)
print(random.random())
r = random.Random('state')
print(r.random(), r.sample(range(100), 5))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        f.write('data')
    print(os.path.isdir(d), os.listdir(d))
print(os.path.exists(d))
with tempfile.NamedTemporaryFile('w+') as f:
    f.write('abc')
    f.seek(0)
    print(f.read())
