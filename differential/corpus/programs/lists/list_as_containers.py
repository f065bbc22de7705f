matrix = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        matrix[r][c] = r * c
print(matrix, [sum(col) for col in zip(*matrix)], max(map(max, matrix)))
stack = list(range(5))
popped = [stack.pop() for _ in range(3)]
print(popped, stack)
history = []
for cmd in ["push 1", "push 2", "pop", "push 3", "peek", "pop", "pop", "pop"]:
    op, *arg = cmd.split()
    if op == "push":
        history.append(int(arg[0]))
    elif op == "pop":
        print("pop ->", history.pop() if history else "empty")
    else:
        print("peek ->", history[-1])
buckets = [[] for _ in range(3)]
for i in range(10):
    buckets[i % 3].append(i)
print(buckets, [len(b) for b in buckets])
flat = [x for b in buckets for x in b]
print(flat, sorted(flat) == list(range(10)))
window = [sum(flat[i:i + 3]) for i in range(len(flat) - 2)]
print(window)
