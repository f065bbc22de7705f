# stdin is empty: input() raises EOFError, sys.stdin reads return "".
import sys
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError after prompt:", e)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding.lower().replace("-", ""))
print([line for line in sys.stdin])
