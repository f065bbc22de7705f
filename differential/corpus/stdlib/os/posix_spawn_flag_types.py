# posix_spawn's resetids and setsid flags take ints (bools included), not any object.
import os
import sys

for kwargs in [{'resetids': None}, {'setsid': None}, {'resetids': 1.5}, {'setsid': 'yes'}]:
    try:
        os.posix_spawn(sys.executable, [sys.executable, '-c', 'pass'], os.environ, **kwargs)
    except TypeError as e:
        print(kwargs, 'TypeError:', e)

pid = os.posix_spawn('/bin/sh', ['/bin/sh', '-c', 'exit 3'], os.environ, resetids=True,
                     setsid=0)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
