# input() when stdin and stdout are a terminal and readline is not imported: the prompt goes to
# stderr (here a pipe, apart from the terminal), a signal's Python handler runs while it waits
# (its exception ends the wait), and the end of input raises EOFError without a message.
# SIGUSR1 stands in for Ctrl-C's SIGINT, which a child inherits ignored when its parent was
# started in the background.
import os
import pty
import signal
import subprocess
import sys
import time

CHILD = r"""
import signal
import sys
def interrupt(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGUSR1, interrupt)
try:
    input("first> ")
except KeyboardInterrupt:
    print("interrupted")
print(repr(input("second> ")))
try:
    input("third> ")
except EOFError as e:
    print("eof", repr(e))
"""

master, slave = pty.openpty()
child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=slave, stdout=slave,
                         stderr=subprocess.PIPE)
os.close(slave)
prompts = bytearray()


def next_prompt(name):
    global prompts
    while name not in prompts:
        chunk = os.read(child.stderr.fileno(), 100)
        if not chunk:
            break
        prompts += chunk


next_prompt(b"first> ")
time.sleep(0.3)
child.send_signal(signal.SIGUSR1)
next_prompt(b"second> ")
os.write(master, b"a line\n")
next_prompt(b"third> ")
os.write(master, b"\x04")
output = bytearray()
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    output += chunk
child.wait()
prompts += child.stderr.read()
print("terminal:", bytes(output).split(b"\r\n"))
print("stderr:", bytes(prompts))
print("exit", child.returncode)
