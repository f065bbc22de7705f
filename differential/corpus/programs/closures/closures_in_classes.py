class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
        return fn
    def click(self):
        return [h(self) for h in self.handlers]
def make_ui():
    clicks = {"count": 0}
    b = Button("ok")
    @b.on_click
    def count(btn):
        clicks["count"] += 1
        return f"{btn.label} clicked {clicks['count']}x"
    @b.on_click
    def shout(btn):
        return btn.label.upper()
    return b, clicks
button, state = make_ui()
print(button.click(), button.click(), state)
class Counter:
    def __init__(self):
        self.n = 0
    def incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc
c = Counter()
by1, by10 = c.incrementer(1), c.incrementer(10)
print(by1(), by10(), by1(), c.n, by1.__closure__ is not None, len(by10.__closure__))
