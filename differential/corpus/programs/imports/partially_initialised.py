# A circular import that fails: importing a name from a module that is still initialising.
try:
    import cycle_fail.first
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message[:message.index(" (")] if " (" in message else message)
    print("most likely due to a circular import" in message)
import sys
print(sorted(m for m in sys.modules if m.startswith("cycle_fail")))
print("cycle_fail.first" in sys.modules, "cycle_fail.second" in sys.modules)
print(type(sys.modules.get("cycle_fail")).__name__)
print(len([m for m in sys.modules if m.startswith("cycle_fail.")]))
print("done")
