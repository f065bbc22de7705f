# Time tuples hold C ints and tm_gmtoff a C long; clock ids are C ints; timestamps are time_t.
# Values too large for them raise CPython's OverflowError instead of wrapping around.
import time


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for year in (2020, 2**31, -2**31 - 1, 2**64):
    attempt("asctime year=%d" % year, lambda: time.asctime((year, 1, 1, 0, 0, 0, 0, 1, 0)))
for off in (3600, 2**63, 2**64):
    st = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0, "X", off))
    attempt("strftime gmtoff=%d" % off, lambda: time.strftime("%Y %z", st))
for clock in (2**31, -2**31 - 1, 2**64):
    attempt("clock_gettime(%d)" % clock, lambda: time.clock_gettime(clock))
    attempt("clock_gettime_ns(%d)" % clock, lambda: time.clock_gettime_ns(clock))
for secs in (2**63, 2**64, -2**64):
    attempt("gmtime(%d)" % secs, lambda: time.gmtime(secs))
