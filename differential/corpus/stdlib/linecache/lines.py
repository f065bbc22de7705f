# linecache: reading source lines of this program and of stdlib modules, with caching.
import linecache
import os

here = __file__
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 10000)), repr(linecache.getline("/no/such/file.py", 1)))
lines = linecache.getlines(here)
print(len(lines) > 5, lines[1].startswith("import"))
import json
print(repr(linecache.getline(json.__file__, 1)[:20]))
linecache.clearcache()
print(linecache.getline(here, 2).strip())
