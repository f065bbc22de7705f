graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F", "G"], "F": ["H"], "G": ["H"], "H": [],
}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
def dfs_all(node, goal, path=()):
    path = path + (node,)
    if node == goal:
        yield path
    for nxt in graph[node]:
        yield from dfs_all(nxt, goal, path)
def topo():
    order, visited = [], set()
    def visit(n):
        if n in visited:
            return
        visited.add(n)
        for m in graph[n]:
            visit(m)
        order.append(n)
    for n in graph:
        visit(n)
    return order[::-1]
print(bfs("A", "H"), bfs("D", "H"), list(dfs_all("A", "H")))
print(topo())
weights = {("A", "B"): 4, ("A", "C"): 1, ("C", "F"): 7, ("B", "E"): 1, ("E", "F"): 1, ("F", "H"): 2,
           ("E", "G"): 5, ("G", "H"): 1, ("B", "D"): 3}
def dijkstra(src):
    dist = {src: 0}
    todo = {src}
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v in graph[u]:
            nd = dist[u] + weights[(u, v)]
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                todo.add(v)
    return dict(sorted(dist.items()))
print(dijkstra("A"))
