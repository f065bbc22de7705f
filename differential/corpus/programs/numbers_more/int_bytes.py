# int.to_bytes and int.from_bytes: byte orders, signed values, overflow and argument errors
for args in [(1234, 2, 'big'), (1234, 4, 'little'), (-1, 2, 'big', True), (255, 1, 'big', True), (-129, 1, 'little', True),
             (0, 0, 'big'), (-1, 1, 'big'), (256, 1, 'big'), (1, -1, 'big'), (1, 2, 'middle'), (1, 2, 5), (2**70, 9, 'little'), (-2**63, 8, 'big', True)]:
    n, rest = args[0], args[1:]
    try:
        if len(rest) == 3:
            r = n.to_bytes(rest[0], rest[1], signed=rest[2])
        else:
            r = n.to_bytes(*rest)
        print(args, r, int.from_bytes(r, rest[1], signed=len(rest) == 3))
    except Exception as e:
        print(args, type(e).__name__, e)
print((5).to_bytes(), int.from_bytes(b''), int.from_bytes([1, 2], 'little'), int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True), bool.from_bytes(b'\x01'))
for case in ["int.from_bytes(5)", "int.from_bytes('ab')", "int.from_bytes(b'a', byteorder='x')", "(1).to_bytes(length=2, byteorder='little')"]:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, type(e).__name__, e)
