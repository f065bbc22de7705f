# Signal handlers run while a program waits in select, selectors or a socket call (PEP 475)
import os
import selectors
import select
import signal
import socket
import threading

class Alarm(Exception):
    pass

def raising(signum, frame):
    raise Alarm(signal.Signals(signum).name)

def alarm_soon(delay):
    """SIGALRM to this process after delay seconds, sent by another thread."""
    t = threading.Timer(delay, os.kill, (os.getpid(), signal.SIGALRM))
    t.start()
    return t

calls = []
def counting(signum, frame):
    calls.append(signum)

old = signal.signal(signal.SIGALRM, raising)
a, b = socket.socketpair()
try:
    alarm_soon(0.05)
    try:
        select.select([a], [], [], 10)
    except Alarm as e:
        print("select interrupted by", e)
    alarm_soon(0.05)
    try:
        with selectors.DefaultSelector() as sel:
            sel.register(a, selectors.EVENT_READ)
            sel.select(10)
    except Alarm as e:
        print("selector interrupted by", e)
    alarm_soon(0.05)
    try:
        a.recv(10)
    except Alarm as e:
        print("recv interrupted by", e)
    a.settimeout(10)
    alarm_soon(0.05)
    try:
        a.recv(10)
    except Alarm as e:
        print("recv with a timeout interrupted by", e)

    # a handler that returns: the call goes on and times out as if nothing happened
    signal.signal(signal.SIGALRM, counting)
    alarm_soon(0.02)
    print(select.select([a], [], [], 0.2))
    a.settimeout(0.2)
    alarm_soon(0.02)
    try:
        a.recv(10)
    except TimeoutError as e:
        print("timed out after the handler:", e)
    print(calls)
finally:
    signal.signal(signal.SIGALRM, old)
    a.close()
    b.close()
