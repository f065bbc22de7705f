def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c in "+-*/()^":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            v = v + term() if take()[1] == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek()[1] in ("*", "/"):
            v = v * factor() if take()[1] == "*" else v / factor()
        return v
    def factor():
        base = atom()
        if peek()[1] == "^":
            take()
            return base ** factor()
        return base
    def atom():
        kind, val = take()
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -atom()
        return val
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + (4 - 1)) ^ 2", "1.5 * 4"]:
    print(src, "=", parse(tokenize(src)))
for bad in ["1 + x", "1 / 0"]:
    try:
        print(parse(tokenize(bad)))
    except (SyntaxError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
