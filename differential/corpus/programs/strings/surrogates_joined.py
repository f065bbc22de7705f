# Lone surrogates stay separate code points when strings are joined: a high one at the end of
# one str and a low one at the start of the next never merge into an astral character.
high, low = "\ud800", "\udc00"
for joined in (high + low, (high + "x")[:1] + low, "ab" + high + low + "cd"):
    print(len(joined), [hex(ord(c)) for c in joined])
pair = high + low
print(pair == "\U00010000", pair[0] == high, pair[1:] == low, pair.encode("utf-8", "surrogatepass"))
built = ""
for ch in (high, low, high, "z", low):
    built += ch
print(len(built), built.count(high), built.count(low), repr(built))
emoji = "\U0001F600"
print(len(emoji + "a"), len("a" + emoji + emoji), (emoji + emoji)[1] == emoji)
