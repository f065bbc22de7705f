class Event:
    def __init__(self, time, kind, who):
        self.time, self.kind, self.who = time, kind, who
    def __lt__(self, other):
        return (self.time, self.kind, self.who) < (other.time, other.kind, other.who)
    def __repr__(self):
        return f"{self.time:>3} {self.kind:<7} {self.who}"
def simulate(arrivals, service):
    queue = sorted(Event(t, "arrive", w) for w, t in arrivals.items())
    busy_until, waiting, log, served = 0, [], [], []
    while queue:
        queue.sort()
        ev = queue.pop(0)
        log.append(ev)
        if ev.kind == "arrive":
            waiting.append(ev.who)
        elif ev.kind == "done":
            served.append(ev.who)
        if waiting and busy_until <= ev.time:
            who = waiting.pop(0)
            busy_until = ev.time + service[who]
            queue.append(Event(busy_until, "done", who))
    return log, served
log, served = simulate({"ann": 0, "bob": 2, "cy": 3, "di": 10}, {"ann": 5, "bob": 1, "cy": 4, "di": 2})
for ev in log:
    print(ev)
print(served)
