# Level meters and mixing on 16-bit PCM: what a small audio tool computes from raw frames.
import array
import math
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import audioop
for w in caught:
    print("import warning:", w.category.__name__, w.message)


def tone(freq, rate, seconds, amplitude):
    """A sine tone as signed 16-bit little-endian samples."""
    n = int(rate * seconds)
    samples = array.array("h", (int(amplitude * math.sin(2 * math.pi * freq * i / rate))
                                for i in range(n)))
    return samples.tobytes()


rate = 8000
a = tone(440, rate, 0.05, 12000)
b = tone(660, rate, 0.05, 20000)

for name, frag in (("a", a), ("b", b)):
    print(name, "frames", len(frag) // 2, "max", audioop.max(frag, 2),
          "minmax", audioop.minmax(frag, 2), "rms", audioop.rms(frag, 2))
    print("  avg", audioop.avg(frag, 2), "avgpp", audioop.avgpp(frag, 2),
          "maxpp", audioop.maxpp(frag, 2), "cross", audioop.cross(frag, 2))

# Mixing saturates instead of wrapping.
mix = audioop.add(a, b, 2)
print("mix max", audioop.max(mix, 2), "mix rms", audioop.rms(mix, 2))
loud = audioop.mul(mix, 2, 3.5)
print("loud minmax", audioop.minmax(loud, 2), "clipped samples",
      sum(1 for v in array.array("h", loud) if abs(v) >= 32767))

# Gain in decibels, the way a normaliser computes it.
peak = audioop.max(mix, 2)
gain = 32767 / peak
normalised = audioop.mul(mix, 2, gain)
print("gain %.4f peak after %d" % (gain, audioop.max(normalised, 2)))
print("dBFS %.2f" % (20 * math.log10(audioop.rms(mix, 2) / 32768)))

# Stereo and back, widths and byte order.
stereo = audioop.tostereo(a, 2, 1.0, 0.5)
print("stereo bytes", len(stereo), "left/right",
      audioop.getsample(stereo, 2, 10), audioop.getsample(stereo, 2, 11))
mono = audioop.tomono(stereo, 2, 0.5, 0.5)
print("mono rms", audioop.rms(mono, 2))
for width in (1, 3, 4):
    conv = audioop.lin2lin(a, 2, width)
    back = audioop.lin2lin(conv, width, 2)
    print("width", width, "bytes", len(conv), "max", audioop.max(conv, width),
          "round trip equal", back == a if width > 1 else audioop.rms(back, 2))
swapped = audioop.byteswap(a, 2)
print("byteswap twice", audioop.byteswap(swapped, 2) == a, swapped[:6].hex())
print("reverse", audioop.reverse(a, 2)[:8].hex(), audioop.reverse(a[:8], 2).hex())
print("bias 8-bit unsigned", audioop.bias(audioop.lin2lin(a[:16], 2, 1), 1, 128).hex())

# Echo finding on a delayed copy.
ref = a[200:400]
pos, factor = audioop.findfit(a, ref)
print("findfit", pos, round(factor, 6))
print("findfactor", round(audioop.findfactor(a[:400], audioop.mul(a[:400], 2, 0.5)), 6))
print("findmax", audioop.findmax(mix, 50))

# Every buffer type is accepted.
for frag in (bytearray(a[:20]), memoryview(a[:20]), array.array("h", a[:20])):
    print(type(frag).__name__, audioop.max(frag, 2), audioop.reverse(frag, 2)[:4].hex())
