# A terminal program's set-up on a pseudo-terminal: read the attributes, go raw with tty, put
# them back, set the window size, and see the errors for bad attribute lists.
import os
import pty
import termios
import tty

print(termios.error.__mro__[1].__name__, termios.NCCS, termios.B38400, termios.TCSANOW,
      termios.TCSAFLUSH, termios.VMIN, termios.VTIME, termios.ICANON, termios.ECHO)
with open(os.devnull) as f:
    try:
        termios.tcgetattr(f)
    except termios.error as e:
        print('not a tty:', e.args)

master, slave = pty.openpty()
print('isatty', os.isatty(slave), os.get_inheritable(master), os.get_inheritable(slave))
saved = termios.tcgetattr(slave)
iflag, oflag, cflag, lflag, ispeed, ospeed, cc = saved
print(len(saved), [type(x).__name__ for x in saved], len(cc), cc[termios.VINTR], cc[termios.VEOF])
print('canonical', bool(lflag & termios.ICANON), 'echo', bool(lflag & termios.ECHO))
tty.setraw(slave)
raw = termios.tcgetattr(slave)
print('raw canonical', bool(raw[3] & termios.ICANON), 'echo', bool(raw[3] & termios.ECHO),
      'min', raw[6][termios.VMIN], 'time', raw[6][termios.VTIME])
tty.setcbreak(slave, termios.TCSADRAIN)
termios.tcsetattr(slave, termios.TCSAFLUSH, saved)
print('restored', termios.tcgetattr(slave) == saved)

termios.tcsetwinsize(slave, (40, 120))
print(termios.tcgetwinsize(slave), termios.tcgetwinsize(master), os.get_terminal_size(slave))
termios.tcsetwinsize(master, [24, 80])
print(termios.tcgetwinsize(slave))
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(slave)
termios.tcflow(slave, termios.TCOON)

os.write(master, b'hello\n')
print(os.read(slave, 100))

for bad in [lambda: termios.tcsetattr(slave, termios.TCSANOW, saved[:6]),
            lambda: termios.tcsetattr(slave, termios.TCSANOW, tuple(saved)),
            lambda: termios.tcsetattr(slave, termios.TCSANOW, saved[:6] + [cc[:5]]),
            lambda: termios.tcsetattr(slave, termios.TCSANOW, saved[:6] + [[1.5] * 32]),
            lambda: termios.tcsetattr(slave, termios.TCSANOW, ['x'] + saved[1:]),
            lambda: termios.tcsetwinsize(slave, (70000, 1)),
            lambda: termios.tcsetwinsize(slave, 5),
            lambda: termios.tcsetwinsize(slave, (1, 2, 3)),
            lambda: termios.tcgetattr(-1),
            lambda: termios.tcgetattr('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.close(master)
os.close(slave)
try:
    termios.tcgetattr(slave)
except termios.error as e:
    print('closed:', e.args)
