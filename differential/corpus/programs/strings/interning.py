# sys.intern and the compiler's interning of identifier-like str constants share one table,
# as in CPython: equal name-like literals compiled apart are one object, other strs are not.
import sys, decimal
print(decimal.ROUND_UP is 'ROUND_UP', sys.intern('ROUND_' + 'UP') is 'ROUND_UP')
a = 'hello world'; b = 'hello world'
x = compile("'abc_1'", "<a>", "eval"); y = compile("'abc_1'", "<b>", "eval")
print(eval(x) is eval(y), eval(compile("'a b'", "<a>", "eval")) is eval(compile("'a b'", "<b>", "eval")))
s = ''.join(['sp', 'am'])
t = sys.intern(s)
print(t is s, sys.intern('sp' + 'am'.lower()) is s, 'spam' is s)
u = ''.join(['\ud83d', '\ude00'])
print(sys.intern(u) is u, sys.intern('\U0001F600') is u, len(sys.intern(u)))
class C: pass
setattr(C, ''.join(['fo', 'o']), 1)
print(sys.intern(''.join(['fo','o'])) is 'foo')
print(sys.intern('é' + 'x') == 'éx')
try: sys.intern(b'x')
except TypeError as e: print(e)
class S(str): pass
try: sys.intern(S('x'))
except TypeError as e: print(e)
