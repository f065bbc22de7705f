# atexit: callbacks run last-registered first when the program ends, after its output.
import atexit

def report(name, *, mark="."):
    print("exit callback", name + mark)

atexit.register(report, "registered first")
atexit.register(report, "with keyword", mark="!")
atexit.register(report, "unregistered later")
atexit.unregister(report)
atexit.register(report, "after unregister")

@atexit.register
def decorated():
    print("decorated callback")

try:
    atexit.register("not callable")
except TypeError as e:
    print(e)
print("end of program")
