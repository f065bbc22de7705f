# random with a fixed seed: the Mersenne Twister's numbers, shuffles, samples, distributions.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)], random.randrange(0, 100, 5), random.getrandbits(70))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
print(round(random.expovariate(1.5), 12), round(random.betavariate(2, 3), 12), round(random.gammavariate(2, 1), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 2), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12))
r = random.Random("a string seed")
print(r.random(), r.randbytes(6))
state = r.getstate()
first = [r.random() for _ in range(2)]
r.setstate(state)
print(first == [r.random() for _ in range(2)])
r2 = random.Random(2 ** 100)
print(r2.randrange(10 ** 30), r2.choices(range(10), cum_weights=range(1, 11), k=4))
random.seed(b"bytes seed")
print(random.random())
random.seed(3.5)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
