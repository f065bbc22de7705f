# sys.setswitchinterval/getswitchinterval: seconds, kept in whole microseconds.
import sys
import threading

print(sys.getswitchinterval())
old = sys.getswitchinterval()
for v in (0.001, 1, 1e-6, 2.5e-7):
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
for bad in (0, -1.0, "x"):
    try:
        sys.setswitchinterval(bad)
        print(bad, "accepted", sys.getswitchinterval())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(1e-6)
total = []


def work(n):
    s = 0
    for i in range(20000):
        s += i
    total.append(s)


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
sys.setswitchinterval(old)
print(sys.getswitchinterval())
