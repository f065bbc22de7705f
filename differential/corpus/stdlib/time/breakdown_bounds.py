# localtime/gmtime/ctime of a time_t whose year does not fit a C int: OSError (EOVERFLOW);
# beyond time_t: OverflowError; NaN: ValueError.
import time
for t in (2**55, 2**58, 2**60, -2**55, 2**63-1, 2**63, 1e300, -1e300, float('nan')):
    for f in (time.localtime, time.gmtime, time.ctime):
        try: print(t, f(t))
        except Exception as e: print(t, f.__name__, type(e).__name__, e)
