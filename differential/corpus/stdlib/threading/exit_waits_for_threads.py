# The interpreter waits for non-daemon threads at exit: the worker starts its work only once the
# main thread has printed its last line (an Event, so the order does not depend on scheduling).
import threading

main_done = threading.Event()


def slow():
    main_done.wait()
    s = 0
    for i in range(300000):
        s += i
    print("worker done", s)


t = threading.Thread(target=slow)
t.start()
print("main done")
main_done.set()
