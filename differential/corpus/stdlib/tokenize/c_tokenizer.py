# The parser's own tokenizer, as tokenize._generate_tokens_from_c_tokenizer exposes it: exact
# operator types, byte columns, no comments or blank lines; errors end it or raise.
import tokenize
from token import tok_name

SOURCE = '''\
import os  # the module
async def fetch(url, *, retries=3) -> bytes:
    data = await get(url)
    if not data:
        return b""   \\
            .strip()
    ratio = (len(data) //
             2) ** 0.5e-3
    café = f"{data!r:>{retries}}" r'\\d+'
    return data @ matrix

text = """first
second"""
'''

for tok in tokenize._generate_tokens_from_c_tokenizer(SOURCE):
    print(f"{tok_name[tok.type]:10} {tok.string!r:24} {tok.start} {tok.end} {tok.line!r}")

for bad in ["(1+2]", "1_000_", "x = 0o19", "'unterminated", "'''never closed",
            "if x:\n  y\n z\n", "x = \\ y", "(open", "\xa0"]:
    try:
        tokens = list(tokenize._generate_tokens_from_c_tokenizer(bad))
        print(repr(bad), "stops after", [(tok_name[t.type], t.string) for t in tokens[-2:]])
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg, e.lineno, e.offset)
