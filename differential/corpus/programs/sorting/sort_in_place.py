a = [5, 2, 8, 1, 9, 3]
b = a
a.sort()
print(a, b is a)
a.sort(reverse=True)
print(a)
a.sort(key=lambda x: x % 3)
print(a)
words = ["pear", "Fig", "apple", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(e)
data = [3, 1, 2]
try:
    data.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("key raised:", e, data)
class Mutator:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victims.append(1)
        return self.v < other.v
victims = []
try:
    victims = [Mutator(3), Mutator(1), Mutator(2)]
    victims.sort()
    print("sorted without error")
except ValueError as e:
    print(e)
