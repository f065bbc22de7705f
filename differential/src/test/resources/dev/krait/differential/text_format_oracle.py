"""CPython's answers for TextFormatDifferentialTest.

Reads cases from the file named by argv[1], one per line: a kind, then tab-separated
arguments. Strings travel as dot-separated hex code points ('~' for the empty string), floats as
the hex of their 64 bits, ints in decimal. Writes one line per case: 'OK' and the encoded
result, or 'ERR', the exception's type name and its encoded message.
"""
import _string
import struct
import sys


def dec(text):
    return '' if text == '~' else ''.join(chr(int(h, 16)) for h in text.split('.'))


def enc(s):
    return '~' if s == '' else '.'.join('%x' % ord(c) for c in s)


def flt(bits):
    return struct.unpack('<d', struct.pack('<Q', int(bits, 16)))[0]


def value(token):
    kind, _, text = token.partition(':')
    if kind == 'i':
        return big(text)
    if kind == 'f':
        return flt(text)
    if kind == 'b':
        return dec(text).encode('latin-1')
    return dec(text)


def percent(fmt, *tokens):
    args = tuple(value(t) for t in tokens)
    return dec(fmt) % args


def percent_bytes(fmt, *tokens):
    args = tuple(value(t) for t in tokens)
    return (dec(fmt).encode('latin-1') % args).decode('latin-1')


def percent_mapping(fmt, *pairs):
    mapping = {}
    for pair in pairs:
        key, _, token = pair.partition('=')
        mapping[dec(key)] = value(token)
    return dec(fmt) % mapping


def big(text):
    """An int of any size from its decimal text (the digit limit is for the code tested)."""
    sys.set_int_max_str_digits(0)
    try:
        return int(text)
    finally:
        sys.set_int_max_str_digits(4300)


def show(number):
    sys.set_int_max_str_digits(0)
    try:
        return str(number)
    finally:
        sys.set_int_max_str_digits(4300)


def int_str(text, limit):
    number = big(text)
    sys.set_int_max_str_digits(int(limit))
    try:
        return str(number)
    finally:
        sys.set_int_max_str_digits(4300)


def parse_int(text, base, limit):
    sys.set_int_max_str_digits(int(limit))
    try:
        value = int(dec(text), int(base))
    finally:
        sys.set_int_max_str_digits(4300)
    return show(value)


def ratio(x):
    n, d = x.as_integer_ratio()
    return '%d/%d' % (n, d)


def field_name_split(text):
    first, rest = _string.formatter_field_name_split(dec(text))
    return repr((first, list(rest)))


KINDS = {
    'mp': lambda text: repr(list(_string.formatter_parser(dec(text)))),
    'mn': field_name_split,
    'sf': lambda text, *args: dec(text).format(*(int(a) for a in args)),
    'fi': lambda v, spec: format(big(v), dec(spec)),
    'ff': lambda v, spec: format(flt(v), dec(spec)),
    'fc': lambda re, im, spec: format(complex(flt(re), flt(im)), dec(spec)),
    'fs': lambda v, spec: format(dec(v), dec(spec)),
    'pc': percent,
    'pm': percent_mapping,
    'pb': percent_bytes,
    'pf': lambda text: repr(float(dec(text))),
    'pz': lambda text: repr(complex(dec(text))),
    'pi': parse_int,
    'rd': lambda v, n: repr(round(flt(v), int(n))),
    'rn': lambda v: str(round(flt(v))),
    'ri': lambda v, n: show(round(big(v), int(n))),
    'hx': lambda v: flt(v).hex(),
    'fh': lambda text: repr(float.fromhex(dec(text))),
    'ir': lambda v: ratio(flt(v)),
    'si': int_str,
    'rp': lambda re, im: repr(flt(re)) + ' ' + repr(complex(flt(re), flt(im))),
}

sys.set_int_max_str_digits(4300)
out = []
with open(sys.argv[1], encoding='utf-8') as cases:
    for line in cases:
        fields = line.rstrip('\n').split('\t')
        try:
            result = KINDS[fields[0]](*fields[1:])
            out.append('OK\t' + enc(result))
        except Exception as e:
            out.append('ERR\t' + type(e).__name__ + '\t' + enc(str(e)))
sys.stdout.write('\n'.join(out) + '\n')
