# Uncaught chains: "During handling..." and "The above exception was the direct cause...".
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise LookupError(f"no {key}") from e
def process():
    try:
        load("z")
    except LookupError:
        cleanup()
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    process()
except RuntimeError as e:
    try:
        raise ValueError("suppressed") from None
    except ValueError as v:
        print(repr(v.__context__), v.__suppress_context__)
process()
