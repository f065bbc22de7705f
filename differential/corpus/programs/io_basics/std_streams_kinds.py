# What sys.stdin, sys.stdout and sys.stderr say about themselves in a child whose descriptors
# 0-2 are pipes, a regular file, /dev/null, a socket or a terminal: isatty(), line buffering
# (a terminal's stdout, and stderr always), seekable() and tell(), the raw FileIO's _blksize,
# and output written through each kind.
import os
import pty
import socket
import subprocess
import sys
import tempfile

CHILD = r"""
import sys
def describe(name, stream):
    try:
        position = stream.tell()
    except OSError as e:
        position = type(e).__name__
    raw = stream.buffer.raw
    print(name, stream.isatty(), stream.line_buffering, stream.seekable(), position,
          stream.fileno(), raw._blksize, stream.buffer.seekable(), file=sys.stderr)
for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout), ("stderr", sys.stderr)):
    describe(name, stream)
print("out", len(sys.stdin.read()))
"""

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)


def run(label, stdin, stdout, stderr):
    # -S: five interpreters start, and site's imports are not what is tested
    child = subprocess.Popen([sys.executable, "-S", "-c", CHILD], stdin=stdin, stdout=stdout,
                             stderr=stderr, env=env)
    return child


def show(label, text):
    print("--", label)
    print(text.replace("\r\n", "\n"), end="")


with tempfile.TemporaryDirectory() as folder:
    source = os.path.join(folder, "in.txt")
    with open(source, "w") as f:
        f.write("line\n" * 1000)

    # pipes
    child = run("pipes", subprocess.PIPE, subprocess.PIPE, subprocess.STDOUT)
    out, _ = child.communicate(b"abc")
    show("pipes", out.decode())

    # regular files
    target = os.path.join(folder, "out.txt")
    with open(source, "rb") as fin, open(target, "wb") as fout:
        run("files", fin, fout, fout).wait()
    with open(target) as f:
        show("files", f.read())

    # /dev/null in, stderr to a pipe
    with open(os.devnull, "rb") as fin, open(os.devnull, "wb") as fout:
        child = run("devnull", fin, fout, subprocess.PIPE)
        _, err = child.communicate()
    show("devnull", err.decode())

    # sockets: stdin's peer is closed at once (end of input), stdout's is read
    stdin_end, stdin_peer = socket.socketpair()
    stdout_end, stdout_peer = socket.socketpair()
    child = run("sockets", stdin_end, stdout_end, subprocess.PIPE)
    for s in (stdin_end, stdout_end, stdin_peer):
        s.close()
    _, err = child.communicate()
    received = stdout_peer.recv(100)
    stdout_peer.close()
    show("sockets", err.decode() + received.decode())

    # a terminal for stdout and stderr, a file for stdin
    master, slave = pty.openpty()
    with open(source, "rb") as fin:
        child = run("terminal", fin, slave, slave)
    os.close(slave)
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
    os.close(master)
    show("terminal", output.decode())
