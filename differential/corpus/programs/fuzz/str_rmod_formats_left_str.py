# Found by the whole-program fuzzer (operator dispatch): str.__rmod__ is str's one remainder
# slot called with the operands in order, so when a str subclass's own __mod__ declines, the
# left operand is still the format (Krait's str.__rmod__ always declined: "unsupported operand").
class C(str):
    def __mod__(self, other): print('C.mod'); return NotImplemented
class D(str): pass
for code in ["v = C('s')\nv %= 'x'", "v = C('s%s')\nv = v % 'x'", "v = 'a%s'\nv = v % C('z')", "v = 'x'.__rmod__(D('q%s'))", "v = 'x'.__rmod__(5)", "v = D('%s!') % D('y')", "v = 'p%s'.__rmod__('r')"]:
    try:
        exec(code); print(repr(v), type(v).__name__)
    except Exception as e: print(type(e).__name__, e)
