# open() with encodings beyond UTF-8: the text layer writes and reads through each codec's
# incremental encoder and decoder, with byte-order marks, newline translation and tell/seek.
path = "/tmp/krait_corpus_codecs_text_files.txt"

for enc in ["utf-16", "utf-16-be", "utf-32", "utf-32-le", "cp1252", "utf-8-sig", "latin-1",
            "iso8859_15", "utf-7", "mac_roman", "cp437", "koi8_r"]:
    with open(path, "w", encoding=enc, errors="replace") as f:
        f.write("héllo\nwörld\n")
        f.write("ü and ß\r\nЖ\n")
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        lines = f.readlines()
    with open(path, encoding=enc, newline="") as f:
        untranslated = f.read()
    with open(path, encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        again = f.read()
        f.seek(0)
        start = f.read(3)
    with open(path, "a", encoding=enc, errors="replace") as f:
        f.write("more")
    with open(path, encoding=enc) as f:
        whole = f.read()
    print(enc, len(raw), raw[:10], lines, repr(untranslated[-6:]), rest == again, repr(start),
          repr(whole[-9:]))

with open(path, "w", encoding="ascii", errors="namereplace") as f:
    f.write("a€b")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="cp1252") as f:
    try:
        f.write("日本")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
with open(path, "wb") as f:
    f.write(b"ok \x81 \xff\xfe")
for errors in ["strict", "replace", "surrogateescape", "backslashreplace"]:
    with open(path, encoding="cp1252", errors=errors) as f:
        try:
            print(errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError", e)
for enc in ["no-such-encoding", "rot13"]:
    try:
        open(path, encoding=enc)
    except LookupError as e:
        print("LookupError", e)
with open(path, "w", encoding="utf-16") as f:
    print(f.encoding, f.errors)
    f.reconfigure(encoding="utf-8")
    print(f.encoding)
