# An uncaught exception from a builtin: traceback on stderr, status 1.
print('start')
print(max([]))
