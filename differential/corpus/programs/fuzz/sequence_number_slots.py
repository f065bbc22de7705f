# Found by the whole-program fuzzer (operator dispatch): a builtin sequence's + and * (CPython's
# sq_concat and sq_repeat slots) come after both operands' number methods, so [1] + v calls
# type(v).__radd__ first; a class defining __add__/__mul__ (or the reflected ones) in Python
# loses those slots; in place, the right operand repeats only for a left operand without
# sequence methods (Krait extended the list and repeated in place where CPython did not).


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Radd:
    def __radd__(self, other):
        print('Radd.__radd__', type(other).__name__)
        return 'radd'

    def __rmul__(self, other):
        print('Radd.__rmul__', type(other).__name__)
        return NotImplemented


def iadd(a, b):
    a += b
    return a


def imul(a, b):
    a *= b
    return a


from collections import deque

class ListSub(list):
    pass


class BytearraySub(bytearray):
    pass


for seq in ([1], (1,), 'x', b'x', bytearray(b'x'), deque([1]), ListSub([1]),
            BytearraySub(b'x')):
    name = type(seq).__name__
    attempt(name + ' + Radd', lambda: seq + Radd())
    attempt(name + ' += Radd', lambda: iadd(seq, Radd()))
    attempt(name + ' * Radd', lambda: seq * Radd())
    attempt(name + ' *= Radd', lambda: imul(seq, Radd()))
    attempt(name + ' += 5', lambda: iadd(seq, 5))


class Plain:
    pass


class StrMul(str):
    def __mul__(self, other):
        return NotImplemented


class ListRmul(list):
    def __rmul__(self, other):
        return NotImplemented


class ListRadd(list):
    def __radd__(self, other):
        return NotImplemented


attempt('Plain *= list', lambda: imul(Plain(), [1]))
attempt('None *= list', lambda: imul(None, [1]))
attempt('dict *= list', lambda: imul({}, [1]))
attempt('2 *= list', lambda: imul(2, [1]))
attempt('StrMul * 2', lambda: StrMul('a') * 2)
attempt('StrMul *= 2.5', lambda: imul(StrMul('a'), 2.5))
attempt('ListRmul * str', lambda: ListRmul([1]) * 'x')
attempt('ListRmul * Plain', lambda: ListRmul([1]) * Plain())
attempt('2 * ListRmul', lambda: 2 * ListRmul([1]))
r = ListRmul([1, 2])
alias = r
r *= 2
print(r, type(r).__name__, r is alias, alias)
d = ListRadd([1])
alias = d
d += [2]
print(d, type(d).__name__, d is alias, alias)
attempt('ListRadd + Radd', lambda: ListRadd([1]) + Radd())
plain = [0]
alias = plain
plain += [1]
plain *= 2
print(plain, plain is alias)
