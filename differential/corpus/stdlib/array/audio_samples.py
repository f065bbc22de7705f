# A small audio pipeline on array('h'): synthesize a tone, mix, clip to 16 bits, compute
# statistics, write big-endian samples to a byte stream and read them back, as a WAV or AU
# writer would.
import array
import io
import math
import sys

RATE = 8000
tone = array.array("h", (int(12000 * math.sin(2 * math.pi * 440 * t / RATE))
                         for t in range(400)))
noise = array.array("h", ((t * 7919) % 2001 - 1000 for t in range(400)))


def mix(a, b, gain=1.5):
    out = array.array("h")
    for x, y in zip(a, b):
        v = int((x + y) * gain)
        out.append(max(-32768, min(32767, v)))
    return out


mixed = mix(tone, noise)
peak = max(map(abs, mixed))
rms = math.sqrt(sum(v * v for v in mixed) / len(mixed))
clipped = sum(1 for v in mixed if abs(v) >= 32767)
print(len(mixed), mixed.itemsize, peak, f"{rms:.3f}", clipped, mixed[:8].tolist())

stream = io.BytesIO()
big = array.array("h", mixed)
if sys.byteorder == "little":
    big.byteswap()
big.tofile(stream)
raw = stream.getvalue()
print(len(raw), raw[:16].hex())

back = array.array("h")
stream.seek(0)
back.fromfile(stream, len(raw) // 2)
if sys.byteorder == "little":
    back.byteswap()
print(back == mixed, back.count(32767), back.index(max(back)))

# Downsample by 4 with a slice, reverse a copy, and build an 8-bit unsigned version.
down = mixed[::4]
rev = array.array("h", down)
rev.reverse()
u8 = array.array("B", ((v >> 8) + 128 for v in down))
print(len(down), down[:5], rev[:5], u8[:10], u8.tobytes()[:10])
hist = array.array("I", [0] * 8)
for v in u8:
    hist[v >> 5] += 1
print(hist, sum(hist) == len(u8))
