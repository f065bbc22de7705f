# A BufferedWriter over a non-blocking pipe: when the pipe is full, write() buffers what fits
# and raises BlockingIOError(EAGAIN, ..., characters_written); nothing is lost.
import errno
import io
import os

r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
rf = io.open(r, mode='rb', closefd=True, buffering=1024)
wf = io.open(w, mode='wb', closefd=True, buffering=1024)
sent = []
received = []
blocked = 0
with rf, wf:
    for size in 9999, 73, 7574:
        try:
            i = 0
            while True:
                msg = bytes([i % 26 + 97]) * size
                sent.append(msg)
                wf.write(msg)
                i += 1
        except BlockingIOError as e:
            blocked += 1
            assert e.args[0] == errno.EAGAIN and e.args[2] == e.characters_written
            sent[-1] = sent[-1][:e.characters_written]
            received.append(rf.read())
            wf.write(b'BLOCKED')
            sent.append(b'BLOCKED')
    while True:
        try:
            wf.flush()
            break
        except BlockingIOError as e:
            assert e.characters_written == 0
            received.append(rf.read())
    received += iter(rf.read, None)
print(blocked, b''.join(sent) == b''.join(received), wf.closed, rf.closed)
e = BlockingIOError(errno.EAGAIN, 'message', 5)
print(e.characters_written, e.args, e.filename)
try:
    BlockingIOError(errno.EAGAIN, 'message').characters_written
except AttributeError:
    print('no characters_written')
