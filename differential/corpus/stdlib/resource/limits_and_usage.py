# A test harness's use of resource: read the descriptor limit, lower and restore it (through
# setrlimit and prlimit), read the usage counters, and the argument errors. The numbers
# themselves depend on the machine, so only their relations are printed.
import resource

print(sorted((k, getattr(resource, k)) for k in dir(resource) if k.isupper()))
print(resource.error is OSError, resource.getpagesize() % 4096 == 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print('prlimit agrees:', resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print('lowered:', resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
print('prlimit returns the old pair:',
      resource.prlimit(0, resource.RLIMIT_NOFILE, [soft, hard]) == (soft - 1, hard))
print('restored:', resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard))
except ValueError as e:
    print(e)

usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, len(usage), usage.ru_maxrss > 0, type(usage.ru_utime).__name__,
      usage[0] == usage.ru_utime, usage[2:] == tuple(getattr(usage, f) for f in (
          'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt',
          'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals',
          'ru_nvcsw', 'ru_nivcsw')))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap,
      resource.getrusage(resource.RUSAGE_THREAD).ru_nswap)
print(resource.struct_rusage(range(16)))
print(resource.struct_rusage.__doc__)

for call in [lambda: resource.setrlimit(resource.RLIMIT_CORE, (2 ** 64, 1)),
             lambda: resource.setrlimit(resource.RLIMIT_CORE, 5),
             lambda: resource.setrlimit(resource.RLIMIT_CORE, (1, 2, 3)),
             lambda: resource.setrlimit(resource.RLIMIT_CORE, (1.5, 2)),
             lambda: resource.setrlimit(resource.RLIMIT_CORE, 'ab'),
             lambda: resource.getrlimit(-1),
             lambda: resource.getrlimit(16),
             lambda: resource.getrlimit(2 ** 40),
             lambda: resource.getrusage(5),
             lambda: resource.prlimit(2 ** 31, resource.RLIMIT_CORE),
             lambda: resource.prlimit(0, 99)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
