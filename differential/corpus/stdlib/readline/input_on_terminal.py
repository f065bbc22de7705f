# input() on a terminal edits its line with readline once readline is imported: the child runs
# on a pseudo-terminal, completes a word with the Python completer (Tab bound to complete), and
# the line typed goes into the history.
import os
import pty
import subprocess
import sys

CHILD = r"""
import readline
words = ["spam", "eggs", "spanner"]
def complete(text, state):
    found = [w for w in words if w.startswith(text)]
    return found[state] if state < len(found) else None
readline.set_completer(complete)
readline.parse_and_bind("tab: complete")
line = input("> ")
print("got", repr(line), readline.get_current_history_length(), readline.get_history_item(1))
print("scope", readline.get_begidx(), readline.get_endidx())
"""

master, slave = pty.openpty()
env = dict(os.environ, TERM="dumb")
child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=slave, stdout=slave,
                         stderr=slave, env=env)
os.close(slave)
output = bytearray()
# Type only once the prompt is there, so that the terminal's own echo never shows.
while b"> " not in output:
    output += os.read(master, 4096)
os.write(master, b"eg\t and spam\r")
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    output += chunk
child.wait()
os.close(master)
for line in bytes(output).split(b"\r\n"):
    print(line)
print("exit", child.returncode)
