# binascii: hex, base64 (lenient and strict), uuencode lines and the two checksums, with the
# errors CPython raises; base64 and the hex codec of encodings stand on these.
import binascii
import codecs

data = bytes(range(0, 256, 7)) + b"Krait!"
print(binascii.hexlify(data), binascii.b2a_hex(b"\x01\xab", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.unhexlify("4b72616974"), binascii.a2b_hex(b"00FFfe"))
for s in [b"abc", b"zz", "é0"]:
    try:
        print(binascii.unhexlify(s))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for n in range(6):
    chunk = data[:n]
    enc = binascii.b2a_base64(chunk)
    print(n, enc, binascii.a2b_base64(enc) == chunk, binascii.b2a_base64(chunk, newline=False))
print(binascii.a2b_base64(b"S3Jh\naXQ=\n"), binascii.a2b_base64("S3J!haXQ="), binascii.a2b_base64(b"S3JhaXQ==junk"))
for bad in [b"S3JhaXQ", b"S", b"=S3Jh", b"S3Jh=aXQ=", b"S3JhaXQ=x", b"S3J!haXQ="]:
    for strict in [False, True]:
        try:
            print(bad, strict, binascii.a2b_base64(bad, strict_mode=strict))
        except binascii.Error as e:
            print(bad, strict, "Error:", e)
line = binascii.b2a_uu(b"Cat and dog")
print(line, binascii.a2b_uu(line), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00\x00", backtick=True))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"!   \n"))
for bad in [b"#\x01\x02\x03", b"!!!!!!!!!!"]:
    try:
        print(binascii.a2b_uu(bad))
    except binascii.Error as e:
        print("Error:", e)
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as e:
    print("Error:", e)
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"abc", -1), binascii.crc32(data), hex(binascii.crc32(b"The quick brown fox")))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(data, 2**40 + 5))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1])
print(codecs.encode(b"\x00\xff", "hex"), codecs.decode(b"00ff", "hex"), codecs.decode("4b", "hex_codec"))
for call in [lambda: binascii.hexlify("str"), lambda: binascii.a2b_base64(5), lambda: binascii.crc32("x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
