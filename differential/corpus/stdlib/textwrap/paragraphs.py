# textwrap on paragraphs: wrap, fill, shorten, dedent, indent, and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for width in (20, 35, 60):
    print(textwrap.fill(text, width=width))
    print("-" * width)
print(textwrap.wrap("supercalifragilisticexpialidocious is a long word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10, break_long_words=False))
print(textwrap.shorten("Hello  world, this is a long sentence!", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world!", width=10, placeholder="..."))
code = """
    def f():
        return 1
      # comment
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True), end="")
w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ", max_lines=3,
                         placeholder=" [...]")
print(w.fill(text))
w2 = textwrap.TextWrapper(width=25, expand_tabs=True, tabsize=4, replace_whitespace=True,
                          drop_whitespace=False, fix_sentence_endings=True)
print(w2.wrap("First.  Second\tsentence here. Third one, with\nnewline."))
print(textwrap.wrap("hyphen-ated-words-are-split-here", width=8))
print(textwrap.wrap("hyphen-ated-words", width=8, break_on_hyphens=False))
print(textwrap.wrap("", width=5), textwrap.wrap("   ", width=5))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
