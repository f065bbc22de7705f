# heapq and bisect as algorithms: a task scheduler, k-way merge, top-k, grades by breakpoints.
import heapq
import bisect

tasks = [(3, "write report"), (1, "fix bug"), (4, "lunch"), (1, "answer mail"), (2, "review")]
heap = []
for seq, (prio, name) in enumerate(tasks):
    heapq.heappush(heap, (prio, seq, name))
order = []
while heap:
    prio, _, name = heapq.heappop(heap)
    order.append(f"{prio}:{name}")
print(order)
nums = [17, 3, 99, 42, 8, 23, 56, 1]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, tasks, key=lambda t: t[1]))
h = nums[:]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), sorted(h) == sorted(set(h)))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)), list(heapq.merge(["aa", "b"], ["c"], key=len)))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5, lo=1, hi=3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
records = [("ann", 31), ("bob", 25), ("cy", 40)]
records.sort(key=lambda r: r[1])
print(bisect.bisect_left(records, 30, key=lambda r: r[1]))
bisect.insort(records, ("dee", 33), key=lambda r: r[1])
print(records)


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(sorted(dijkstra(g, "a").items()))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
