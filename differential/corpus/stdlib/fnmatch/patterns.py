# fnmatch and glob-style pattern translation on a fixed list of names.
import fnmatch
import posixpath

names = ["main.py", "test_main.py", "README.md", "data.CSV", "notes.txt", ".hidden", "a1.py", "ab.py", "[x].py"]
for pat in ["*.py", "test_*", "?.py", "??.py", "[a-m]*", "[!a-m]*", "*.[ct][sx][vt]", "[[]x].py", "*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch("DATA.csv", "*.CSV"), fnmatch.fnmatchcase("DATA.csv", "*.CSV"))
print(posixpath.normcase("A/B"), fnmatch.fnmatch("a/b/c.py", "a/*.py"))
