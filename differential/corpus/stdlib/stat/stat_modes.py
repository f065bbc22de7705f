# The stat module's mode tests and filemode over every file type and permission pattern.
import stat
import _stat

print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)

types = [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFBLK, stat.S_IFCHR,
         stat.S_IFIFO, stat.S_IFSOCK, 0, 0o170000]
tests = [stat.S_ISREG, stat.S_ISDIR, stat.S_ISLNK, stat.S_ISBLK, stat.S_ISCHR,
         stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for t in types:
    flags = "".join("1" if f(t | 0o644) else "0" for f in tests)
    print(oct(t), flags, stat.filemode(t | 0o755), stat.S_IFMT(t | 0o7777),
          oct(stat.S_IMODE(t | 0o7777)))

for perm in [0, 0o777, 0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1776, 0o7000, 0o7777,
             0o421, 0o124, 0o007]:
    print(oct(perm), stat.filemode(stat.S_IFREG | perm), stat.filemode(stat.S_IFDIR | perm))

for name in sorted(n for n in dir(_stat) if n.isupper()):
    print(name, getattr(_stat, name))
