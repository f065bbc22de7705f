# compile()'s CO_FUTURE_BARRY_AS_BDFL flag (PEP 401): inequality is spelled "<>" and "!=" is a
# SyntaxError; the future statement in the source alone does not change the parser.
import __future__

FLAG = __future__.CO_FUTURE_BARRY_AS_BDFL
SOURCES = ["from __future__ import barry_as_FLUFL\n2 <> 3",
           "from __future__ import barry_as_FLUFL\n2 != 3",
           "2 <> 3", "2 != 3", "print(1 <> 2, 1 <> 1, [x for x in (1, 2) if x <> 1])",
           "a = 1\nif a <> 2 != 3: pass", "print(1 < > 2)"]
for flags in (0, FLAG):
    for src in SOURCES:
        try:
            exec(compile(src, "<flufl>", "exec", flags))
            print("ok")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
print(__future__.barry_as_FLUFL.compiler_flag == FLAG)
