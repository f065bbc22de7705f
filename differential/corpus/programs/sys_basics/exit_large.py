# Exit statuses are taken modulo 256 by the operating system: 258 becomes 2.
import sys
values = []
for v in (255, 256, 257, -1):
    try:
        sys.exit(v)
    except SystemExit as e:
        values.append(e.code)
print(values)
sys.exit(258)
