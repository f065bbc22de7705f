# shlex: splitting shell command lines, quoting, and the lexer's options.
import shlex

for line in ['ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'a "b c" d\'e f\'g',
             "cmd --opt=value # a comment", 'x "unterminated']:
    try:
        print(shlex.split(line), shlex.split(line, comments=True))
    except ValueError as e:
        print("ValueError", e)
print(shlex.quote("safe"), shlex.quote("it's"), shlex.quote(""), shlex.quote("a b$c"))
print(shlex.join(["grep", "-e", "a b", "file's.txt"]))
lex = shlex.shlex("a=1; b = 'two words' # note\nc=3", posix=True)
lex.whitespace_split = False
print(list(lex))
lex2 = shlex.shlex("one two,three", punctuation_chars=True)
print(list(lex2))
lex3 = shlex.shlex("ls | grep x && echo done;", punctuation_chars=True)
print(list(lex3))
lex4 = shlex.shlex('"quoted" word', posix=False)
print(lex4.get_token(), lex4.get_token(), repr(lex4.get_token()))
