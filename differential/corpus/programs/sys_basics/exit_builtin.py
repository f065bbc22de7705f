# exit() and quit() come from the site module; they raise SystemExit like sys.exit().
print(type(exit).__name__, repr(exit), str(quit))
try:
    quit(5)
except SystemExit as e:
    print("quit raised SystemExit", e.code)
try:
    exit()
except SystemExit as e:
    print("exit raised SystemExit", e.code)
print("leaving with exit(4)")
exit(4)
