# pickle's errors for what cannot be pickled or unpickled, as the C accelerator reports them.
import pickle

for bad in [lambda: 1, (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError", e)
