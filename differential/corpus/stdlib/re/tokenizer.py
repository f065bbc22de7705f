# A tokenizer built on named alternatives and Match.lastgroup (the re documentation's example).
import re
from typing import NamedTuple


class Token(NamedTuple):
    type: str
    value: str
    line: int
    column: int


def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),
        ('ASSIGN',   r':='),
        ('END',      r';'),
        ('ID',       r'[A-Za-z]+'),
        ('OP',       r'[+\-*/]'),
        ('NEWLINE',  r'\n'),
        ('SKIP',     r'[ \t]+'),
        ('MISMATCH', r'.'),
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            value = repr(value)
        yield Token(kind, value, line_num, column)


statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
    x := 3 $ 4;
'''

for token in tokenize(statements):
    print(token)

scanner = re.compile(r'(?P<num>\d+)|(?P<word>\w+)|(?P<space>\s+)|(?P<other>.)').scanner('ab 12!c')
while (m := scanner.match()) is not None:
    print(m.lastgroup, repr(m.group()), m.lastindex)
print(scanner.match(), scanner.search())

lexicon = re.Scanner([
    (r'[0-9]+', lambda s, t: ('INT', int(t))),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(lexicon.scan('x = (12 + y_2) * 3 ?rest'))
