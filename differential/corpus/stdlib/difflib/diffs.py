# difflib: unified and context diffs of two versions, ratios and close matches.
import difflib

old = """def greet(name):
    print("Hello, " + name)

def farewell(name):
    print("Bye, " + name)
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
    print("Hello, " + name + punct)

def farewell(name):
    print("Goodbye, " + name)

def main():
    greet("world")
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="a.py", tofile="b.py")))
print("".join(difflib.context_diff(old, new, fromfile="a.py", tofile="b.py", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "two\n", "emu\n"])))
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(s.get_matching_blocks())
print(s.find_longest_match(0, 29, 0, 38))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheal", "whale", "shell"], n=2, cutoff=0.6))
sm = difflib.SequenceMatcher(lambda x: x == " ", "a b c d", "a  b x d")
print(sm.get_opcodes(), list(sm.get_grouped_opcodes(1)))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
d = difflib.Differ()
print(list(d.compare(["apple pie\n"], ["apple pies\n"])))
print(difflib.HtmlDiff(wrapcolumn=20).make_table(["abc"], ["abd"])[:200])
