# os.utime with float seconds floors the fraction to nanoseconds (as CPython's
# _PyTime_ObjectToTimespec does), and rejects NaN and out-of-range values.
import os
import tempfile

with tempfile.NamedTemporaryFile() as f:
    for atime in [1.002003, 1.002003 + 0.5e-9, 4.005006 + 0.5e-9, -1.5, 1.0000000005,
                  1e9 + 0.25, 0.9999999999]:
        os.utime(f.name, (atime, 0))
        print(repr(atime), os.stat(f.name).st_atime_ns)
    for bad in [float('nan'), 1e300, -1e300]:
        try:
            os.utime(f.name, (bad, 0))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
