# posix's process identity and scheduling calls, printed as types and consistency checks so
# the output does not depend on the machine.
import os

load = os.getloadavg()
print("getloadavg:", type(load).__name__, len(load), all(type(x) is float and x >= 0 for x in load))
groups = os.getgroups()
print("getgroups:", type(groups).__name__, all(type(g) is int and g >= 0 for g in groups))
r, e, s = os.getresuid()
print("getresuid:", r == os.getuid(), e == os.geteuid(), type(s) is int)
r, e, s = os.getresgid()
print("getresgid:", r == os.getgid(), e == os.getegid(), type(s) is int)
print("getpriority:", os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
cpus = os.sched_getaffinity(0)
print("sched_getaffinity:", type(cpus).__name__, len(cpus) >= 1, all(type(c) is int for c in cpus))
os.sched_setaffinity(0, cpus)
print("unchanged:", os.sched_getaffinity(0) == cpus)
print("priority bounds:", os.sched_get_priority_min(os.SCHED_FIFO), os.sched_get_priority_max(os.SCHED_FIFO),
      os.sched_get_priority_min(os.SCHED_OTHER), os.sched_get_priority_max(os.SCHED_OTHER))
print("scheduler:", os.sched_getscheduler(0) in (os.SCHED_OTHER, os.SCHED_BATCH, os.SCHED_IDLE))
print("sched_yield:", os.sched_yield())
print("getrandom:", len(os.getrandom(32)), os.getrandom(0), len(os.getrandom(5, os.GRND_NONBLOCK)))
print("ctermid:", os.ctermid())
for call, args in ((os.getrandom, (-1,)), (os.sched_setaffinity, (0, [-1])),
                   (os.sched_setaffinity, (0, ["x"])), (os.sched_get_priority_min, (-5,)),
                   (os.setuid, ("x",)), (os.setuid, (-2,)), (os.setgid, (2**40,)),
                   (os.setgroups, (5,)), (os.setgroups, (["a"],)), (os.getpriority, (2**40, 0))):
    try:
        call(*args)
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(call.__name__, type(e).__name__, e)
if os.geteuid() != 0:
    for call, args in ((os.setuid, (0,)), (os.setgroups, ([0],)), (os.chroot, ("/",))):
        try:
            call(*args)
        except PermissionError as e:
            print(call.__name__, "PermissionError", e.errno)
else:
    print("setuid PermissionError 1\nsetgroups PermissionError 1\nchroot PermissionError 1")
fd = os.open(os.devnull, os.O_RDONLY)
try:
    os.ttyname(fd)
except OSError as e:
    print("ttyname:", type(e).__name__, e)
try:
    os.tcgetpgrp(fd)
except OSError as e:
    print("tcgetpgrp:", type(e).__name__, e)
os.close(fd)
print("constants:", os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.CLD_EXITED, os.P_PIDFD,
      os.GRND_RANDOM, os.EFD_CLOEXEC, os.MFD_CLOEXEC, os.RTLD_NOW, os.ST_NOEXEC, os.XATTR_CREATE)
print("waitid_result:", os.waitid_result.__module__, os.waitid_result._fields if hasattr(os.waitid_result, "_fields") else os.waitid_result.n_fields)
param = os.sched_param(0)
print("sched_param:", param, param.sched_priority, os.sched_param(sched_priority=3), type(param).__module__)
print("sched_getparam:", os.sched_getparam(0) == param, os.sched_setparam(0, param))
print("sched_setscheduler:", os.sched_setscheduler(0, os.sched_getscheduler(0), param))
for args, kwargs in (((), {}), ((1, 2), {}), ((), {"x": 1}), ((1,), {"sched_priority": 2})):
    try:
        os.sched_param(*args, **kwargs)
    except TypeError as e:
        print("sched_param", e)
for bad in (5, os.sched_param("x"), os.sched_param(2**40), (0,)):
    try:
        os.sched_setparam(0, bad)
    except (TypeError, OverflowError) as e:
        print("sched_setparam", type(e).__name__, e)
