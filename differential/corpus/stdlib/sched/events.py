# sched with a fake clock: events run in time and priority order, and cancellation.
import sched

now = [0.0]
log = []


def clock():
    return now[0]


def sleep(d):
    now[0] += d


s = sched.scheduler(clock, sleep)
s.enter(5, 1, log.append, ("five",))
e2 = s.enter(2, 1, log.append, ("two",))
s.enter(2, 0, log.append, ("two-first",))
s.enterabs(3, 1, lambda item: log.append(item), kwargs={"item": "three"})
s.enter(4, 1, lambda: s.enter(0.5, 1, log.append, ("nested",)))
s.cancel(e2)
print(len(s.queue), s.empty())
s.run()
print(log, now[0], s.empty())
