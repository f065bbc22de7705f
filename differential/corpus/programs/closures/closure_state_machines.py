def make_toggle():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = make_toggle()
print([t() for _ in range(5)])
def traffic_light():
    states = ["green", "yellow", "red"]
    idx = -1
    def nxt():
        nonlocal idx
        idx = (idx + 1) % len(states)
        return states[idx]
    return nxt
light = traffic_light()
print([light() for _ in range(7)])
def rate_limiter(limit):
    calls = []
    def allow(t):
        while calls and calls[0] <= t - 10:
            calls.pop(0)
        if len(calls) < limit:
            calls.append(t)
            return True
        return False
    return allow
allow = rate_limiter(3)
print([(t, allow(t)) for t in [0, 1, 2, 3, 9, 10, 11, 12, 25]])
def event_bus():
    handlers = {}
    def on(name, fn):
        handlers.setdefault(name, []).append(fn)
    def emit(name, *args):
        return [fn(*args) for fn in handlers.get(name, [])]
    return on, emit
on, emit = event_bus()
on("greet", lambda who: f"hello {who}")
on("greet", lambda who: f"hi {who}")
print(emit("greet", "ann"), emit("missing"))
