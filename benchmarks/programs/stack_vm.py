# A small interpreter written in Python: a stack machine with an assembler for labels, running
# a loop that sums a polynomial modulo a prime. Dispatch is an if/elif chain on small int
# opcodes; the operand stack is a list used with append/pop.

SIZE = 1000000  # quick: 300

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JUMP, JUMP_IF_FALSE, PRINT, HALT = range(12)


def assemble(source):
    """Two passes: first find where each label lands, then emit (opcode, argument) pairs."""
    names = {"push": PUSH, "load": LOAD, "store": STORE, "add": ADD, "sub": SUB, "mul": MUL,
             "mod": MOD, "lt": LT, "jump": JUMP, "jump_if_false": JUMP_IF_FALSE,
             "print": PRINT, "halt": HALT}
    labels = {}
    lines = []
    for raw in source.strip().splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    code = []
    for parts in lines:
        op = names[parts[0]]
        arg = 0
        if len(parts) > 1:
            text = parts[1]
            arg = labels[text] if text in labels else int(text)
        code.append((op, arg))
    return code


def execute(code, slots):
    stack = []
    output = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(slots[arg])
        elif op == STORE:
            slots[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == JUMP:
            pc = arg
        elif op == JUMP_IF_FALSE:
            if not stack.pop():
                pc = arg
        elif op == PRINT:
            output.append(stack.pop())
        elif op == HALT:
            return output, steps
        else:
            raise ValueError("bad opcode " + str(op))


PROGRAM = """
    push 0
    store 0            # i = 0
    push 0
    store 1            # total = 0
loop:
    load 0
    load 2
    lt
    jump_if_false done # while i < n
    load 0
    load 0
    mul
    push 3
    load 0
    mul
    add
    push 7
    add                # i*i + 3*i + 7
    load 1
    add
    push 1000003
    mod
    store 1            # total = (total + ...) % 1000003
    load 0
    push 1
    add
    store 0            # i += 1
    jump loop
done:
    load 1
    print
    halt
"""

code = assemble(PROGRAM)
output, steps = execute(code, [0, 0, SIZE])
print(output[0], steps)
