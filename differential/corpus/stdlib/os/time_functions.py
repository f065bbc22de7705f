# time: conversions at fixed instants (UTC), strftime, struct_time, clocks' properties.
import time
t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t[1], t.tm_zone, t.tm_gmtoff, len(t), type(t).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S %A %B %j %U %w %y %p %%", t))
print(time.strftime("%a %d %b", (2000, 2, 29, 0, 0, 0, 1, 60, 0)))
print(time.asctime(t))
print(time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)))
print(time.gmtime(0)[:6], time.gmtime(-86400)[:3], time.gmtime(1.99)[5], time.gmtime(-0.5)[5])
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 0)).tm_zone)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (1, 2),
            "2020"]:
    try:
        time.strftime("%Y", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(e)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
a = time.monotonic_ns()
time.sleep(0.001)
print(time.monotonic_ns() > a, time.perf_counter() > 0, time.process_time() >= 0)
print(isinstance(time.time(), float), isinstance(time.time_ns(), int))
info = time.get_clock_info("monotonic")
print(info.implementation, info.monotonic, info.adjustable)
print(time.get_clock_info("time").adjustable, time.get_clock_info("process_time").monotonic)
print(time.mktime(time.localtime(1234567890)) == 1234567890)
print(time.ctime(1234567890) == time.asctime(time.localtime(1234567890)))
print(type(time.timezone).__name__, type(time.tzname).__name__, time.daylight in (0, 1))
