# posixpath.normpath, which 3.11 computes with posix._path_normpath: corners of "..", ".",
# leading slashes, NULs and surrogates, for str and bytes.
import itertools
import posixpath
import zlib
from posix import _path_normpath

cases = ["", ".", "./", ".//", "..", "../", "/", "//", "///", "////", "//a", "///a", "a//b",
         "a/./b", "a/../b", "../a", "/../a", "/..", "//..", "//../a", "a/b/../../..",
         "a/b/../../../c", "./a/..", "./../a", "a/", "a//", "/a/", ".//a", "a\x00b", "\x00",
         "a/\x00/b", "a/./", "a/.", "a/..", "...", ".../..", "a/.../b", "../..", "../../a/..",
         "//a/../..", "/./", "/.", "./.", "a\udcff/../b", "é/ü/..", "x/../../y/z/..", "𝔘/./𝔙//"]
for c in cases:
    print(repr(c), repr(posixpath.normpath(c)),
          repr(posixpath.normpath(c.encode("utf-8", "surrogateescape"))), repr(_path_normpath(c)))
words = []
for n in range(1, 9):
    for t in itertools.product(["/", ".", "a"], repeat=n):
        s = "".join(t)
        words.append(_path_normpath(s))
        words.append(posixpath.normpath(s.encode()).decode())
print(len(words), zlib.crc32("|".join(words).encode()))
for bad in (b"a", 1, None):
    try:
        _path_normpath(bad)
    except TypeError as e:
        print(e)
