# audioop's errors: bad widths, partial frames, bad states and bad arguments.
import array
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop

print(audioop.error.__name__, audioop.error.__module__, issubclass(audioop.error, Exception))

cases = [
    ("width 5", lambda: audioop.max(b"abcd", 5)),
    ("width 0", lambda: audioop.rms(b"abcd", 0)),
    ("partial frame", lambda: audioop.avg(b"abc", 2)),
    ("24-bit partial", lambda: audioop.minmax(b"abcd", 3)),
    ("index", lambda: audioop.getsample(b"abcd", 2, 2)),
    ("negative index", lambda: audioop.getsample(b"abcd", 2, -1)),
    ("huge index", lambda: audioop.getsample(b"abcd", 2, 2 ** 70)),
    ("huge width", lambda: audioop.max(b"ab", 2 ** 40)),
    ("float width", lambda: audioop.max(b"ab", 2.0)),
    ("str fragment", lambda: audioop.max("abcd", 1)),
    ("list fragment", lambda: audioop.max([1, 2], 1)),
    ("strided view", lambda: audioop.max(memoryview(b"abcd")[::2], 1)),
    ("str factor", lambda: audioop.mul(b"ab", 1, "2")),
    ("lengths", lambda: audioop.add(b"ab", b"abcd", 1)),
    ("mono of odd", lambda: audioop.tomono(b"abc", 1, 1, 1)),
    ("newwidth", lambda: audioop.lin2lin(b"ab", 1, 7)),
    ("odd findfit", lambda: audioop.findfit(b"abc", b"ab")),
    ("short findfit", lambda: audioop.findfit(b"ab", b"abcd")),
    ("findfactor sizes", lambda: audioop.findfactor(b"ab", b"abcd")),
    ("findmax", lambda: audioop.findmax(b"abcd", 3)),
    ("findmax negative", lambda: audioop.findmax(b"abcd", -1)),
    ("adpcm state type", lambda: audioop.lin2adpcm(b"ab", 1, [0, 0])),
    ("adpcm state size", lambda: audioop.adpcm2lin(b"ab", 1, (0,))),
    ("adpcm index", lambda: audioop.adpcm2lin(b"ab", 1, (0, 89))),
    ("adpcm value", lambda: audioop.lin2adpcm(b"ab", 1, (0x8000, 0))),
    ("channels", lambda: audioop.ratecv(b"ab", 1, 0, 1, 1, None)),
    ("rate", lambda: audioop.ratecv(b"ab", 1, 1, 0, 1, None)),
    ("weights", lambda: audioop.ratecv(b"ab", 1, 1, 1, 1, None, 0, 0)),
    ("frame size", lambda: audioop.ratecv(b"abc", 1, 2, 1, 1, None)),
    ("overflow", lambda: audioop.ratecv(b"ab", 4, 2 ** 30, 1, 1, None)),
    ("ratecv state", lambda: audioop.ratecv(b"ab", 1, 1, 1, 1, 5)),
    ("ratecv state shape", lambda: audioop.ratecv(b"ab", 1, 1, 1, 1, (1, (1,)))),
    ("ratecv channels", lambda: audioop.ratecv(b"ab", 1, 2, 1, 1, (1, ((1, 2),)))),
    ("ratecv state float", lambda: audioop.ratecv(b"ab", 1, 1, 1, 1, (1.5, ((1, 2),)))),
    ("too few arguments", lambda: audioop.max(b"ab")),
    ("keywords", lambda: audioop.max(fragment=b"ab", width=1)),
]
for name, call in cases:
    try:
        print(name, "->", call())
    except Exception as e:
        print(name, "->", type(e).__name__, e)

# Edge values: empty fragments, extremes of each width, NaN and infinite factors.
for w in (1, 2, 3, 4):
    lo = audioop.lin2lin(b"\x80", 1, w)
    hi = audioop.lin2lin(b"\x7f", 1, w)
    print(w, audioop.max(b"", w), audioop.minmax(b"", w), audioop.cross(b"", w),
          audioop.max(lo, w), audioop.minmax(lo + hi, w), audioop.avg(lo + hi, w),
          audioop.rms(lo + lo, w))
    print("  mul", audioop.mul(lo + hi, w, -1).hex(), audioop.mul(lo + hi, w, float("nan")).hex(),
          audioop.mul(lo + hi, w, float("inf")).hex(), audioop.mul(lo + hi, w, 0.5).hex())
    print("  bias", audioop.bias(lo + hi, w, 1).hex(), audioop.bias(lo + hi, w, -1).hex(),
          audioop.bias(hi, w, 2 ** 31 - 1).hex())
    print("  add", audioop.add(lo + hi, lo + hi, w).hex())
print(audioop.getsample(array.array("i", [-5, 7]), 4, 1), audioop.getsample(b"\x01\x02\x83", 3, 0))
print(audioop.ratecv(b"", 2, 1, 8000, 16000, None))
