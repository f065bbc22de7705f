# The 'p' code copies the whole field even past 255 bytes (only the length byte saturates),
# a NUL inside a format string is its own error, and pack_into/unpack_from report the size
# they need as an unsigned sum even when the offset is near sys.maxsize.
import struct
import sys

for code, data in [('p', b'abc'), ('4p', b'abc'), ('6p', b'abc'), ('300p', b'y' * 300),
                   ('1000p', b'x' * 1000)]:
    packed = struct.pack(code, data)
    back, = struct.unpack(code, packed)
    print(code, len(packed), packed[:4], packed.count(b'x') + packed.count(b'y'), len(back))

for fmt in ['\0', '2\0i', b'\0', 'i\0']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), 'error:', e)

for call in (lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1),
             lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize),
             lambda: struct.pack_into('<I', bytearray(10), 8, 1)):
    try:
        call()
    except struct.error as e:
        print('error:', e)
