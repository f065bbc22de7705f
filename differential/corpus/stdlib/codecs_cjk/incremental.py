# Incremental and stream coding with the CJK codecs: pending bytes, state, resets.
import codecs
import io

data = "漢字かな混じり文、ｶﾀｶﾅ。\n第二行。".encode("shift_jis")
dec = codecs.getincrementaldecoder("shift_jis")()
out = []
for i in range(len(data)):
    out.append(dec.decode(data[i:i + 1]))
    if i in (0, 1, 2):
        print("state", dec.getstate())
print("".join(out) + dec.decode(b"", final=True))
try:
    dec.decode(b"\x88", final=True)
except UnicodeDecodeError as e:
    print("final:", e)

enc = codecs.getincrementalencoder("iso2022_jp")()
parts = [enc.encode(s) for s in ["abc", "日本", "語", "xyz", "カナ"]]
parts.append(enc.encode("", final=True))
print(parts)
print(b"".join(parts).decode("iso2022_jp"))

enc = codecs.getincrementalencoder("iso2022_kr")()
print(enc.encode("한"), enc.getstate(), enc.encode("국", final=True), enc.getstate())

d = codecs.getincrementaldecoder("iso2022_jp")()
print(d.decode(b"\x1b$B"), d.getstate())
print(d.decode(b"F|"), d.getstate())
d.reset()
print(d.getstate(), d.decode(b"abc"))

hz = codecs.getincrementalencoder("hz")()
print(hz.encode("中"), hz.getstate(), hz.encode("a~"), hz.encode("文"), hz.encode("", True))

raw = io.BytesIO()
w = codecs.getwriter("euc_kr")(raw)
w.write("첫 줄\n")
w.writelines(["둘째 ", "줄\n"])
print(raw.getvalue().hex())
raw.seek(0)
r = codecs.getreader("euc_kr")(raw)
print(r.readline(), r.read())

raw = io.BytesIO("一\n二\n三".encode("gb18030"))
print(codecs.getreader("gb18030")(raw).readlines())

raw = io.BytesIO("前半後半".encode("cp932"))
r = codecs.getreader("cp932")(raw)
print([r.read(1) for _ in range(5)])

with io.TextIOWrapper(io.BytesIO(), encoding="big5", newline="") as t:
    t.write("正體字\r\n")
    t.flush()
    print(t.buffer.getvalue())
