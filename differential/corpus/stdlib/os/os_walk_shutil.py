# os.walk/fwalk, glob, shutil (copytree, move, copy2, rmtree through dir_fd), os.environ,
# statvfs and listdir on a descriptor, on a tree of our own (paths shown relative).
import os, shutil, glob, stat
top = "/tmp/krait_corpus_os_walk_%d" % os.getpid()
os.makedirs(os.path.join(top, "a", "b", "c"))
def rel(p):
    return os.path.relpath(p, top)
for name in ("a/one.txt", "a/b/two.txt", "a/b/c/three.py", "top.py"):
    with open(os.path.join(top, name), "w") as f:
        f.write(name.upper() + "\n")
for dirpath, dirnames, filenames in os.walk(top):
    dirnames.sort()
    print(rel(dirpath), dirnames, sorted(filenames))
print(sorted(rel(p) for p in glob.glob(os.path.join(top, "**", "*.py"), recursive=True)))
st = os.stat(os.path.join(top, "top.py"))
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), st.st_size)
shutil.copytree(os.path.join(top, "a"), os.path.join(top, "copy"))
print(sorted(os.listdir(os.path.join(top, "copy"))))
shutil.move(os.path.join(top, "top.py"), os.path.join(top, "copy", "moved.py"))
print(sorted(os.listdir(os.path.join(top, "copy"))), os.path.exists(os.path.join(top, "top.py")))
shutil.copy2(os.path.join(top, "copy", "moved.py"), os.path.join(top, "c2.py"))
print(os.stat(os.path.join(top, "c2.py")).st_mtime == os.stat(os.path.join(top, "copy", "moved.py")).st_mtime)
shutil.rmtree(os.path.join(top, "a"))
print(sorted(os.listdir(top)))
os.environ["KRAIT_VAR"] = "value"
print(os.environ["KRAIT_VAR"], os.getenv("KRAIT_VAR"), os.environb[b"KRAIT_VAR"])
del os.environ["KRAIT_VAR"]
print("KRAIT_VAR" in os.environ)
print(list(os.fwalk(top))[0][1:3] if hasattr(os, "fwalk") else None)
print(shutil.disk_usage(top).total > 0, shutil.which("sh"))
print(os.path.expanduser("~") == os.environ["HOME"], os.get_terminal_size.__name__)
print(os.cpu_count() > 0, os.getlogin() if False else "", os.times().elapsed > 0)
fd = os.open(top, os.O_RDONLY)
print(sorted(os.listdir(fd)))
os.close(fd)
shutil.rmtree(top)
print(os.path.exists(top))
