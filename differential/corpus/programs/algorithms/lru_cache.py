class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("evict", oldest)
        self.data[key] = value
cache = LRU(3)
for k in "abcab":
    cache.put(k, k.upper())
print(list(cache.data.items()))
print(cache.get("a"), cache.get("z"), list(cache.data))
cache.put("d", "D")
cache.put("e", "E")
print(list(cache.data), cache.hits, cache.misses)
def memoize(fn):
    store = LRU(100)
    def wrapper(n):
        v = store.get(n)
        if v is None:
            v = fn(n)
            store.put(n, v)
        return v
    wrapper.store = store
    return wrapper
@memoize
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.store.hits, ways.store.misses)
