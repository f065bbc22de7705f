# tokenize and keyword: the token stream of a small module, as tools like linters read it.
import io
import keyword
import token
import tokenize

source = '''def greet(name: str = "world") -> None:
    """Say hello."""
    if name:  # comment
        print(f"Hello, {name}!", 3.14, 0x1F, 1_000)
    return
x = [1,
     2]
'''
for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("a = (1 +\n 2)\n").readline)))
enc_tokens = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(enc_tokens[0], tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx=1\n").readline))
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.kwlist[:5], keyword.softkwlist)
print(token.NAME, token.tok_name[token.OP], token.ISTERMINAL(token.NAME), token.EXACT_TOKEN_TYPES["**="])
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e)
