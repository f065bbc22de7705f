# Found by the whole-program fuzzer (RunCampaignTest): vars(obj) is the instance's __dict__
# (Krait raised "TypeError: vars() argument must have __dict__ attribute").
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tagged(Point):
    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag


p = Point(1, 'a')
t = Tagged(2, 3, 'naïve')
print(vars(p), p.__dict__, vars(p) is p.__dict__)
print(vars(t), t.__class__.__name__)
vars(t)['extra'] = [1, 2]
print(t.extra, sorted(vars(t)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
