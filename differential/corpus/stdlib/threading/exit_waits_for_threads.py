import threading
out = []
def slow():
    s = 0
    for i in range(300000):
        s += i
    print("worker done", s)
t = threading.Thread(target=slow)
t.start()
print("main done")
