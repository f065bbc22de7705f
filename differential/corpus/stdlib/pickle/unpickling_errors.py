# What the unpickler says about broken data: the C unpickler's exception types and messages for
# truncated input, unknown opcodes, stack underflow, missing marks and memo entries, protocols
# it does not know, bad globals, and out-of-band buffers it was not given.
import io
import pickle

cases = [
    b"", b"\x80", b"\x80\x04", b"\x80\x09.", b"K", b"J\x01\x02", b"garbage", b"xyz", b"\xff",
    b"'", b"\\", b"\x00", b"N", b"N.N", b"0.", b"1.", b"(1.", b"t.", b"e.", b"a.", b"s.",
    b"]K\x01a.", b"}K\x01s.", b"(K\x01K\x02d.", b"(K\x01d.", b"h\x05.", b"j\x05\x00\x00\x00.",
    b"g5\n.", b"gx\n.", b"N\x94h\x01.", b"\x93.", b"K\x01K\x02\x93.", b"cnosuchmodule\nx\n.",
    b"cbuiltins\nnosuchname\n.", b"cbuiltins\n", b"I12x\n.", b"I5\n.", b"I01\n.", b"I00\n.",
    b"L12L\n.", b"Fabc\n.", b"F1.5\n.", b"S'abc\n.", b"Sabc\n.", b"S'a\\x41'\n.", b"Vcaf\\u00e9\n.",
    b"P12\n.", b"\x8a\x02\xff\x7f.", b"\x8b\xff\xff\xff\xff.", b"X\x05\x00\x00\x00ab.",
    b"\x8c\x03ab", b"C\x05ab", b"\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.",
    b"\x97.", b"\x82\x00.", b"\x82\xfa.", b"K\x01K\x02\x81.", b"cbuiltins\nint\n]\x81.",
    b"\x80\x02cbuiltins\nint\n)R.", b"\x80\x02cbuiltins\nint\nK\x01R.", b"(K\x01\x90.",
    b"\x8fK\x01\x90.", b"N}b.", b"]K\x01b.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.",
]
for data in cases:
    try:
        print(repr(data), "->", repr(pickle.loads(data)))
    except Exception as e:
        print(repr(data), "->", type(e).__name__, e)

# From a file: the same errors, and EOFError once the file is exhausted.
f = io.BytesIO(pickle.dumps(1) + pickle.dumps("two") + b"K")
for _ in range(4):
    try:
        print(pickle.load(f))
    except Exception as e:
        print(type(e).__name__, e)

for bad in (1, "s"):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.load(object())
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.Unpickler(io.BytesIO(b"N."), encoding=5)
except Exception as e:
    print(type(e).__name__, e)


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for obj in ({1, 2}, frozenset("a"), print):
    try:
        print(Restricted(io.BytesIO(pickle.dumps(obj, 3))).load())
    except pickle.UnpicklingError as e:
        print("UnpicklingError", e)


class NoInit(pickle.Unpickler):
    def __init__(self):
        pass


try:
    NoInit().load()
except pickle.UnpicklingError as e:
    print(e)
print(issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.UnpicklingError.__module__)
