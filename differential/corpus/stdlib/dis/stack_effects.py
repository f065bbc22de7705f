# dis.stack_effect over CPython 3.11's instruction set, as bytecode tools (assemblers, stack
# depth checkers) use it: every opcode, with and without jumping, and the errors.
import dis
import opcode


def effect(op, arg, jump):
    try:
        return dis.stack_effect(op, arg, jump=jump)
    except ValueError:
        return 'x'


for name, op in sorted(opcode.opmap.items(), key=lambda item: item[1]):
    args = [None] if op < opcode.HAVE_ARGUMENT else [0, 1, 3, 0x0F, 0x104]
    row = [effect(op, a, j) for a in args for j in (None, True, False)]
    print(op, name, row)
print([effect(op, None, None) for op in range(-11, 0)])
print([effect(op, None, True) for op in range(-11, 0)])
print(sum(1 for op in range(256) if effect(op, 0 if op >= 90 else None, None) != 'x'))
for bad in [lambda: dis.stack_effect('x'),
            lambda: dis.stack_effect(opcode.opmap['LOAD_CONST']),
            lambda: dis.stack_effect(opcode.opmap['POP_TOP'], 0),
            lambda: dis.stack_effect(opcode.opmap['LOAD_CONST'], 'x'),
            lambda: dis.stack_effect(1, jump=1),
            lambda: dis.stack_effect(100, 2 ** 70),
            lambda: dis.stack_effect(2 ** 40),
            lambda: dis.stack_effect(250)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
