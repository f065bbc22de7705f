# Cases for Krait's Java _decimal: run by CPython over its C _decimal and by Krait over the
# module under test (put into sys.modules as _krait_decimal); every printed line must agree.
import sys
from fractions import Fraction

D = sys.modules.get('_krait_decimal')
if D is None:
    import _decimal as D
Decimal = D.Decimal

ROUNDINGS = [D.ROUND_UP, D.ROUND_DOWN, D.ROUND_CEILING, D.ROUND_FLOOR, D.ROUND_HALF_UP,
             D.ROUND_HALF_DOWN, D.ROUND_HALF_EVEN, D.ROUND_05UP]

OPERANDS = ['0', '-0', '1', '-1', '0.1', '1.5', '2.5', '-2.5', '3', '-7', '123.456',
            '1E+3', '1.000', '9.999', '99999', '0.0000001', '12345678901234567890123456789',
            '-3.14159265358979323846264338327950288', '5E-3', '1E+20', 'Infinity',
            '-Infinity', 'NaN', '-NaN7', 'sNaN', 'sNaN12']


def describe(f):
    ctx = D.getcontext()
    ctx.clear_flags()
    try:
        r = f()
        res = repr(r)
    except Exception as e:
        res = type(e).__name__ + ': ' + repr(e.args)
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    return res + ' ' + repr(flags)


def case(label, f):
    print(label, '->', describe(f))


def construction():
    texts = OPERANDS + ['  12  ', '1_000.5', '1__0', '_1', '1e', '1e+', '.5', '5.', '.',
                        '+.e1', '-1.5e-3', '1.5E+10', 'inf', '-INF', 'infinity', 'nAn',
                        'snan0', 'nan00123', 'NaN1.5', '0e-8', '-0e+8', '١٢٣', '1 2', '',
                        'abc', '0.000001', '0.0000001', '123E-10', '1e999999999',
                        '-12.34e-567']
    for t in texts:
        case('Decimal(%r)' % t, lambda: Decimal(t))
        case('str(Decimal(%r))' % t, lambda: str(Decimal(t)))
        case('eng(Decimal(%r))' % t, lambda: Decimal(t).to_eng_string())
        case('tuple(Decimal(%r))' % t, lambda: Decimal(t).as_tuple())
    for i in [0, 1, -1, 10**30, -(2**70), True]:
        case('Decimal(%r)' % i, lambda: Decimal(i))
    for x in [0.1, -0.0, 1.5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'),
              123456789.125]:
        case('Decimal(%r)' % x, lambda: Decimal(x))
        case('from_float(%r)' % x, lambda: Decimal.from_float(x))
    for t in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 0), [1, [4, 5], 'F'],
              (0, (1,), 'n'), (1, (2, 3), 'N'), (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'),
              (0, (1,), 1.5), (0, 1, 0), (0, (1,)), (0, ('1',), 0)]:
        case('Decimal(%r)' % (t,), lambda: Decimal(t))
    for v in [None, 1j, b'1', [1]]:
        case('Decimal(%r)' % (v,), lambda: Decimal(v))


def conversions():
    for t in OPERANDS + ['1.5', '-2.5', '1e-30', '123456.789']:
        d = Decimal(t)
        case('int(%s)' % t, lambda: int(d))
        case('float(%s)' % t, lambda: float(d))
        case('bool(%s)' % t, lambda: bool(d))
        case('hash(%s)' % t, lambda: hash(d) if not d.is_nan() else 'nan')
        case('round(%s)' % t, lambda: round(d))
        case('round(%s, 2)' % t, lambda: round(d, 2))
        case('floor/ceil(%s)' % t, lambda: (d.__floor__(), d.__ceil__()))
        case('ratio(%s)' % t, lambda: d.as_integer_ratio())
        case('preds(%s)' % t, lambda: (d.is_nan(), d.is_snan(), d.is_qnan(), d.is_finite(),
                                       d.is_infinite(), d.is_zero(), d.is_signed(),
                                       d.is_normal(), d.is_subnormal(), d.adjusted()))
        case('-+abs(%s)' % t, lambda: (-d, +d, abs(d)))
        case('integral(%s)' % t, lambda: (d.to_integral_value(), d.to_integral_exact()))
    for a, b in [(1, 1.0), ('0.1', 0.1), ('1.5', Fraction(3, 2)), ('0.5', 0.5),
                 ('2', 2), ('NaN', 'NaN'), ('-0', 0.0), ('1E+400', 10**400)]:
        x = Decimal(a)
        y = b if not isinstance(b, str) else Decimal(b)
        case('hash eq %r %r' % (a, b),
             lambda: (hash(x) == hash(y)) if not x.is_nan() else x == y)


BINARY = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
          ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
          ('divmod', divmod), ('==', lambda a, b: a == b), ('<', lambda a, b: a < b),
          ('>=', lambda a, b: a >= b), ('compare', lambda a, b: a.compare(b)),
          ('quantize', lambda a, b: a.quantize(b)),
          ('same_quantum', lambda a, b: a.same_quantum(b))]


def binary_ops(ops, operands):
    for name, op in ops:
        for s in operands:
            for t in operands:
                a = Decimal(s)
                b = Decimal(t)
                case('%s %s %s' % (s, name, t), lambda: op(a, b))


def contexts():
    binary_ops(BINARY, OPERANDS)
    small = ['0', '1', '-1', '2.5', '-2.5', '0.15', '7', '-3', '9.99995', '1234567',
             '0.001', '1E+3']
    for r in ROUNDINGS:
        D.setcontext(D.Context(prec=5, rounding=r, traps=[]))
        print('context', D.getcontext())
        binary_ops(BINARY[:7] + BINARY[11:12], small)
        for t in small + ['-0', '1.23456789', '-9.99999']:
            d = Decimal(t)
            case('+%s' % t, lambda: +d)
            case('quantize %s 0.01' % t, lambda: d.quantize(Decimal('0.01')))
            case('quantize %s 1E+1 down' % t,
                 lambda: d.quantize(Decimal('1E+1'), rounding=D.ROUND_DOWN))
    limits = ['9.99E+99', '1E+99', '1E-99', '1E-100', '5E-107', '1.5E-105', '-1E+99',
              '123', '1E-5', '0E+200', '0E-200']
    for clamp in (0, 1):
        D.setcontext(D.Context(prec=3, Emax=99, Emin=-99, clamp=clamp, traps=[]))
        print('context', D.getcontext())
        binary_ops(BINARY[:4], limits)
        for t in limits:
            d = Decimal(t)
            case('+%s' % t, lambda: +d)
    D.setcontext(D.BasicContext)
    print('context', D.getcontext())
    binary_ops(BINARY[:4], ['1E+999999', '1E-999999', '7', '0', '1E-999990'])
    D.setcontext(D.DefaultContext)


def mixed():
    d = Decimal('2.5')
    for other in [2, -3, 10**30, True, 2.5, Fraction(5, 2), Fraction(1, 3), 2.5 + 0j, 1j,
                  'x', None]:
        for name, op in BINARY[:10]:
            case('2.5 %s %r' % (name, other), lambda: op(d, other))
            case('%r %s 2.5' % (other, name), lambda: op(other, d))
    c = D.getcontext()
    c.traps[D.FloatOperation] = True
    case('lt float trapped', lambda: d < 1.5)
    case('eq float trapped', lambda: d == 1.5)
    case('Decimal float trapped', lambda: Decimal(1.5))
    c.traps[D.FloatOperation] = False


def context_api():
    c = D.Context()
    case('repr Context()', lambda: c)
    case('repr flags', lambda: c.flags)
    case('repr traps', lambda: c.traps)
    case('Basic', lambda: D.BasicContext)
    case('Extended', lambda: D.ExtendedContext)
    case('Default', lambda: D.DefaultContext)
    case('reduce', lambda: c.__reduce__())
    case('copy', lambda: c.copy())
    case('Etiny Etop', lambda: (c.Etiny(), c.Etop()))
    for kw in [dict(prec=0), dict(prec='1'), dict(rounding='X'), dict(rounding=1),
               dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=2),
               dict(prec=7, rounding=D.ROUND_UP, Emin=-5, Emax=5, capitals=0, clamp=1),
               dict(flags=[D.Inexact]), dict(traps=[D.Rounded, D.Clamped]),
               dict(traps=[D.ConversionSyntax]), dict(flags={}), dict(traps=3)]:
        case('Context(**%r)' % (kw,), lambda: D.Context(**kw))
    case('ctx.add', lambda: c.add(1, Decimal('2.5')))
    case('ctx.add float', lambda: c.add(1, 2.5))
    case('ctx.divide', lambda: D.Context(prec=4).divide(1, 3))
    case('ctx.divmod', lambda: c.divmod(Decimal(7), 2))
    case('ctx.create_decimal', lambda: D.Context(prec=3).create_decimal('1.23456'))
    case('ctx.create_decimal nan', lambda: D.Context(prec=3).create_decimal('NaN12345'))
    case('ctx.create_decimal_from_float',
         lambda: D.Context(prec=4).create_decimal_from_float(0.1))
    case('ctx.to_sci_string', lambda: c.to_sci_string(Decimal('1E+5')))
    case('ctx.to_eng_string', lambda: c.to_eng_string(Decimal('1E+5')))
    c2 = D.Context(capitals=0)
    case('capitals 0', lambda: c2.to_sci_string(Decimal('1E+5')))
    case('flags eq', lambda: (c.flags == c.flags, c.traps == c.flags,
                              c.traps == c.traps.copy(), c.flags != {}))
    case('traps keys', lambda: list(c.traps.keys()))
    case('traps len', lambda: len(c.traps))
    c.flags[D.Inexact] = True
    case('flags set', lambda: c.flags[D.Inexact])
    case('flags bad key', lambda: c.flags[KeyError])
    case('flags del', lambda: c.flags.__delitem__(D.Inexact))
    case('setcontext bad', lambda: D.setcontext(1))
    with D.localcontext() as lc:
        lc.prec = 3
        case('localcontext', lambda: Decimal(1) / 7)
    case('after localcontext', lambda: Decimal(1) / 7)
    with D.localcontext(D.ExtendedContext, prec=4, rounding=D.ROUND_DOWN):
        case('localcontext kw', lambda: (Decimal(2) / 3, Decimal(1) / 0))
    case('localcontext bad', lambda: D.localcontext(1))
    case('issubclass', lambda: [(s.__name__, [b.__name__ for b in s.__bases__])
                                for s in [D.DecimalException, D.Clamped, D.InvalidOperation,
                                          D.DivisionByZero, D.Inexact, D.Rounded,
                                          D.Subnormal, D.Overflow, D.Underflow,
                                          D.FloatOperation, D.ConversionSyntax,
                                          D.DivisionImpossible, D.DivisionUndefined,
                                          D.InvalidContext]])
    case('constants', lambda: (D.MAX_PREC, D.MAX_EMAX, D.MIN_EMIN, D.MIN_ETINY,
                               D.ROUND_05UP, D.HAVE_CONTEXTVAR))
    case('reduce Decimal', lambda: Decimal('-1.5E+7').__reduce__())
    case('subclass', lambda: type(type('MyDec', (Decimal,), {})('1.5')).__name__)


NAMED = [('compare_signal', lambda a, b: a.compare_signal(b)),
         ('compare_total', lambda a, b: a.compare_total(b)),
         ('compare_total_mag', lambda a, b: a.compare_total_mag(b)),
         ('max', lambda a, b: a.max(b)), ('min', lambda a, b: a.min(b)),
         ('max_mag', lambda a, b: a.max_mag(b)), ('min_mag', lambda a, b: a.min_mag(b)),
         ('next_toward', lambda a, b: a.next_toward(b)),
         ('remainder_near', lambda a, b: a.remainder_near(b)),
         ('fma', lambda a, b: a.fma(b, Decimal('-1.5'))),
         ('fma3', lambda a, b: Decimal(2).fma(a, b)),
         ('**', lambda a, b: a ** b)]
UNARY = [('next_plus', lambda a: a.next_plus()), ('next_minus', lambda a: a.next_minus()),
         ('normalize', lambda a: a.normalize()), ('number_class', lambda a: a.number_class()),
         ('logb', lambda a: a.logb()), ('copy_abs', lambda a: a.copy_abs()),
         ('copy_negate', lambda a: a.copy_negate()),
         ('copy_sign', lambda a: a.copy_sign(Decimal('-1'))),
         ('sqrt', lambda a: a.sqrt()), ('exp', lambda a: a.exp()), ('ln', lambda a: a.ln()),
         ('log10', lambda a: a.log10())]
DIGITS = ['0', '1', '10', '101', '1101', '11111', '1010101010', '-1', '2', '1E+1', '1.0',
          '123456789', 'NaN', 'sNaN', 'Infinity', '-3', '5']


POWERS = ['0', '-0', '1', '-1', '2', '-2', '0.5', '1.000', '10', '1.1', '-1.5', '3',
          '0.001', '12345', '1E+3', '2.5', '-3', '1E-3', 'Infinity', '-Infinity', 'NaN',
          'sNaN', '7.000000001', '100', '0.9999999']


def powers():
    for prec, emax in [(28, 999999), (6, 99), (3, 9)]:
        for r in (D.ROUND_HALF_EVEN, D.ROUND_DOWN, D.ROUND_CEILING):
            D.setcontext(D.Context(prec=prec, Emax=emax, Emin=-emax, rounding=r, traps=[]))
            print('context', D.getcontext())
            binary_ops([('**', lambda a, b: a ** b)], POWERS)
    D.setcontext(D.Context(traps=[]))
    for a, b, m in [(2, 10, 1000), (-3, 3, 7), (3, 0, 1), (0, 0, 5), (2, -1, 5), (2, 3, 0),
                    (Decimal('2.5'), 2, 5), (7, 100, Decimal('1E+30')), (10, 2, 1),
                    (Decimal('NaN'), 1, 2), (2, 2, Decimal('sNaN')), (Decimal('Inf'), 1, 2)]:
        case('pow(%r, %r, %r)' % (a, b, m), lambda: pow(Decimal(a), b, m))
    case('pow float', lambda: pow(Decimal(2), 2.0))
    case('rpow', lambda: 2 ** Decimal('0.5'))
    case('ctx.power', lambda: D.Context(prec=5).power(2, Decimal('0.5')))
    case('ctx.power mod', lambda: D.Context(prec=5).power(3, 4, modulo=5))
    D.setcontext(D.DefaultContext)


def operations():
    for prec, emax in [(28, 999999), (5, 9), (50, 999999)]:
        D.setcontext(D.Context(prec=prec, Emax=emax, Emin=-emax, traps=[]))
        print('context', D.getcontext())
        if prec < 50:
            binary_ops(NAMED, OPERANDS[:18] + OPERANDS[20:])
        for name, op in UNARY:
            for t in OPERANDS + ['1.20000', '1E+8', '1E-9', '-0.000', '2', '0.5', '100',
                                 '1E-10', '0.999999', '1.0000001', '10', '1E+100', '-1E-30',
                                 '230', '1E+6', '4.00', '0.0100', '12.25', '2E-1000']:
                a = Decimal(t)
                case('%s(%s)' % (name, t), lambda: op(a))
        binary_ops([('shift', lambda a, b: a.shift(b)), ('rotate', lambda a, b: a.rotate(b)),
                    ('scaleb', lambda a, b: a.scaleb(b)),
                    ('and', lambda a, b: a.logical_and(b)),
                    ('or', lambda a, b: a.logical_or(b)),
                    ('xor', lambda a, b: a.logical_xor(b))], DIGITS)
        for t in DIGITS:
            a = Decimal(t)
            case('invert(%s)' % t, lambda: a.logical_invert())
    c = D.Context(prec=4)
    case('ctx ops', lambda: (c.max(1, 2), c.min_mag(-3, 2), c.next_plus(1), c.normalize(100),
                             c.number_class(0), c.logb(1000), c.scaleb(1, 3), c.shift(12, 1),
                             c.rotate(1234, 1), c.logical_and(110, 11), c.fma(2, 3, 4),
                             c.remainder_near(10, 6), c.copy_sign(1, -2), c.is_zero(0),
                             c.is_normal(1), c.same_quantum(1, 2), c.to_integral_exact(7),
                             c._apply(Decimal('1.23456')), c.compare_total(1, 2)))
    D.setcontext(D.DefaultContext)


FORMAT_SPECS = [
    '', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'N', '.0e', '.3e', '.0f', '.2f', '.10f', '.0g',
    '.1g', '.3g', '.30g', '.2%', '10', '<10', '>10', '^10', '=10', '*^12', '0', '010', '08.2f',
    '+', '+.2f', ' ', ' 10.3e', '-', 'x>10', '0=10', ',', ',.2f', '015,', '020,.3f', 'z.2f',
    '-z.1f', 'z', '+z.0f', 'zf', 'fz', 'z.2F', 'z.2e', 'z.0%', '_', '#', '10_', '.2_f', '00',
    '.', '.f', '10,n', ',n', '1.2.3', 'e10', '10e', '\u00e9<8', '\u20ac^9.2f', '<', ',g',
    '99999999999999999999', '9223372036854775807', '.9223372036854775808f',
    '.999999999999999999g', '1000000000000000000', '\x00<6', '\x00', '<\x00']
FORMAT_OVERRIDES = [
    {'decimal_point': '.', 'grouping': '\x03\x03\x00', 'thousands_sep': ','},
    {'decimal_point': ',', 'grouping': '\x7f', 'thousands_sep': ''},
    {'decimal_point': '&', 'grouping': '\x01\x04\x02\x7f', 'thousands_sep': '-'},
    {'decimal_point': '\u066b', 'grouping': '\x03\x03', 'thousands_sep': '\u066c'},
    {'decimal_point': 'ab', 'grouping': '\x02', 'thousands_sep': 'cd'},
    {'decimal_point': '', 'grouping': '\x03', 'thousands_sep': ','},
    {'decimal_point': '.', 'grouping': '\xff', 'thousands_sep': ','},
    {'decimal_point': '.', 'grouping': '\x03', 'thousands_sep': 'abcde'},
    {'decimal_point': 1, 'grouping': '\x03', 'thousands_sep': ','},
    {'thousands_sep': ' '}, {}, [], None]


def formatting():
    for v in ['0', '-0', '1', '-1', '1234567.891', '-1234567.891', '0.000012345', '1e20',
              '-1e-20', '123456789012345678901234567890', '2.5', '-0.001', '0.0005',
              '-Infinity', 'NaN', '-sNaN12', '1E+3', '0E-7', '0E+7', '9.9999']:
        for s in FORMAT_SPECS:
            case('format(%s, %r)' % (v, s), lambda: format(Decimal(v), s))
    for rnd in ROUNDINGS:
        with D.localcontext() as c:
            c.rounding = rnd
            for v in ['1.25', '-1.25', '0.0051', '-0.0051', '1.05', '-0.001']:
                for s in ['.1f', '.1e', '.2g', '.0%', 'z.2f', 'z.1e', 'z.1g', 'z.0%']:
                    case('format(%s, %r) %s' % (v, s, rnd), lambda: format(Decimal(v), s))
    with D.localcontext() as c:
        c.capitals = 0
        for s in ['', 'n', 'N', '.3']:
            case('format(1e30, %r) capitals=0' % s, lambda: format(Decimal('1e30'), s))
    for ov in FORMAT_OVERRIDES:
        for v in ['12.7', '123456789', '1234567890123', '-1.5', '-0.00012', 'NaN', '1e30']:
            for s in ['n', '.6n', '03n', '06n', '010n', '020n', '020,.2f', ',', '', '<20n']:
                case('format(%s, %r, %r)' % (v, s, ov), lambda: Decimal(v).__format__(s, ov))
    for bad in [1, b'x', None]:
        case('format(1, %r)' % (bad,), lambda: Decimal(1).__format__(bad))


construction()
conversions()
operations()
powers()
contexts()
mixed()
context_api()
formatting()
