# binascii.a2b_qp/b2a_qp over edge cases (soft breaks, CRLF, trailing white space, headers)
# and seeded random inputs, and quopri through them.
import binascii, quopri, random
samples = [b"", b"hello", b"=", b"a=b\n", b"line with trailing space \nnext\t\n", b"x" * 200,
           b"\xff\x00 \t.\n.\r\n", b"caf\xc3\xa9 _under_score", b"a\r\nb \r\n", b" ", b"=\n", b"==41=4",
           b"=4", b"=G1", b"abc=\r\ndef", b".", b"y" * 75 + b"\n" + b"z" * 76, b"a \n"]
random.seed(5)
for _ in range(40):
    samples.append(bytes(random.choice(b"ab =\t\r\n._\xff\x00") for _ in range(random.randrange(1, 180))))
for s in samples:
    for qt in (0, 1):
        for it in (0, 1):
            for h in (0, 1):
                print(binascii.b2a_qp(s, qt, it, h))
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True), binascii.a2b_qp(s.decode('latin-1').encode('ascii', 'replace').decode()))
print(quopri.encodestring(b"hello = world\n"), quopri.decodestring(b"a=3Db"))
for bad in [lambda: binascii.a2b_qp("\xe9"), lambda: binascii.b2a_qp("str"), lambda: binascii.b2a_qp(b"", quotetabs=1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
