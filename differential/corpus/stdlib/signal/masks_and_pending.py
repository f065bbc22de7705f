# signal.pthread_sigmask, sigpending, sigwait, sigtimedwait and pthread_kill: a blocked signal
# waits as pending until it is unblocked (its handler then runs) or taken by a wait.
import os
import signal
import threading


def handler(signum, frame):
    print("handler", signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, handler)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
os.kill(os.getpid(), signal.SIGUSR1)
print("pending", signal.sigpending())
print("before unblock")
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print("after unblock", signal.sigpending())

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print("waited", signal.sigwait([signal.SIGUSR1]))
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigtimedwait([signal.SIGUSR1], 5)
print(type(info).__name__, info.si_signo, len(info), signal.struct_siginfo.n_fields)
print(signal.sigtimedwait([signal.SIGUSR1], 0))
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))

for args in ((1700, []), (signal.SIG_BLOCK, [0]), (signal.SIG_BLOCK, [signal.NSIG]),
             (signal.SIG_BLOCK, [1 << 100]), (signal.SIG_BLOCK, ["x"]), (signal.SIG_BLOCK, 3)):
    try:
        signal.pthread_sigmask(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.sigtimedwait([signal.SIGUSR1], -1)
except ValueError as e:
    print("ValueError", e)
try:
    signal.pidfd_send_signal(0, signal.SIGUSR1, object())
except TypeError as e:
    print("TypeError", e)
try:
    signal.pidfd_send_signal(-1, signal.SIGUSR1)
except OSError as e:
    print("OSError", e.errno)
