import sys
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hook result"
print(sys.breakpointhook is sys.__breakpointhook__)
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, key="v"), calls)
def bad_hook():
    raise RuntimeError("hook failed")
sys.breakpointhook = bad_hook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print(e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = sys.__breakpointhook__
print(type(breakpoint).__name__, callable(sys.__breakpointhook__))
