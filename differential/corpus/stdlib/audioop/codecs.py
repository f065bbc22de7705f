# u-law, A-law and ADPCM codecs and rate conversion, as telephony and .au/.wav tools use them.
import array
import io
import warnings
import wave

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop

ramp = array.array("h", range(-32768, 32768, 1023)).tobytes()

for width in (1, 2, 3, 4):
    lin = audioop.lin2lin(ramp, 2, width)
    u = audioop.lin2ulaw(lin, width)
    al = audioop.lin2alaw(lin, width)
    print("width", width, "ulaw", u[:12].hex(), "alaw", al[:12].hex())
    print("  ulaw back", audioop.ulaw2lin(u, width)[-2 * width:].hex(),
          "alaw back", audioop.alaw2lin(al, width)[-2 * width:].hex())

# The decoders cover all 256 codes.
print("ulaw table", audioop.ulaw2lin(bytes(range(0, 256, 17)), 2).hex())
print("alaw table", audioop.alaw2lin(bytes(range(0, 256, 17)), 2).hex())

# ADPCM: encoding in chunks with the state gives the same stream as in one go.
adpcm, state = audioop.lin2adpcm(ramp, 2, None)
print("adpcm", len(adpcm), adpcm[:10].hex(), state)
chunks, st = [], None
for i in range(0, len(ramp), 20):
    out, st = audioop.lin2adpcm(ramp[i:i + 20], 2, st)
    chunks.append(out)
print("chunked equal", b"".join(chunks) == adpcm, st)
decoded, dstate = audioop.adpcm2lin(adpcm, 2, None)
print("decoded", len(decoded), dstate, "rms error",
      audioop.rms(audioop.add(decoded, audioop.mul(ramp, 2, -1), 2), 2))
print("odd sample count", audioop.lin2adpcm(ramp[:6], 2, None))

# Rate conversion: 8 kHz stereo to 11025 Hz, in one call and in pieces.
stereo = audioop.tostereo(ramp, 2, 1.0, -0.5)
whole, wstate = audioop.ratecv(stereo, 2, 2, 8000, 11025, None)
print("ratecv", len(stereo), "->", len(whole), wstate)
pieces, state = [], None
for i in range(0, len(stereo), 16):
    out, state = audioop.ratecv(stereo[i:i + 16], 2, 2, 8000, 11025, state)
    pieces.append(out)
print("pieces equal", b"".join(pieces) == whole)
down, _ = audioop.ratecv(ramp, 2, 1, 44100, 8000, None, 3, 1)
print("filtered downsample", down.hex())

# A WAV file written to memory with u-law-decoded samples, then read back.
buf = io.BytesIO()
with wave.open(buf, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.writeframes(audioop.ulaw2lin(audioop.lin2ulaw(ramp, 2), 2))
buf.seek(0)
with wave.open(buf, "rb") as r:
    frames = r.readframes(r.getnframes())
    print("wav", r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(),
          audioop.max(frames, 2))
