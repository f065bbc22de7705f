# _thread.interrupt_main simulates a signal arriving in the main thread: its Python handler
# runs there (SIGINT's default one raises KeyboardInterrupt); an ignored or default-handled
# signal does nothing; numbers out of range raise ValueError.
import _thread
import signal
import threading

try:
    _thread.interrupt_main()
    print("not raised")
except KeyboardInterrupt:
    print("KeyboardInterrupt at once")

done = threading.Event()
try:
    t = threading.Thread(target=_thread.interrupt_main)
    t.start()
    t.join()
    done.wait(5)
    print("not raised")
except KeyboardInterrupt:
    print("KeyboardInterrupt from a thread")

seen = []
signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(signum))
_thread.interrupt_main(signal.SIGUSR1)
print(seen)
for h in (signal.SIG_IGN, signal.SIG_DFL):
    signal.signal(signal.SIGINT, h)
    _thread.interrupt_main()
    print("nothing for", h)
for n in (0, -1, signal.NSIG):
    try:
        _thread.interrupt_main(n)
    except ValueError as e:
        print("ValueError", e)
