# os, os.path, tempfile, shutil, pathlib and glob on a temporary tree (paths shown relative).
import glob
import os
import pathlib
import shutil
import stat
import tempfile

with tempfile.TemporaryDirectory() as top:
    def rel(p):
        return os.path.relpath(p, top)
    os.makedirs(os.path.join(top, "a", "b", "c"))
    for name in ("a/one.txt", "a/b/two.txt", "a/b/c/three.py", "top.py"):
        with open(os.path.join(top, name), "w") as f:
            f.write(name.upper() + "\n")
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        print(rel(dirpath), dirnames, sorted(filenames))
    print(sorted(rel(p) for p in glob.glob(os.path.join(top, "**", "*.py"), recursive=True)))
    p = pathlib.Path(top)
    print(sorted(str(q.relative_to(p)) for q in p.rglob("*.txt")))
    print((p / "a" / "one.txt").read_text(), (p / "a").is_dir(), (p / "nope").exists())
    st = os.stat(os.path.join(top, "top.py"))
    print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], st.st_size)
    shutil.copytree(os.path.join(top, "a"), os.path.join(top, "copy"))
    print(sorted(os.listdir(os.path.join(top, "copy"))))
    shutil.move(os.path.join(top, "top.py"), os.path.join(top, "copy", "moved.py"))
    print(sorted(os.listdir(os.path.join(top, "copy"))), os.path.exists(os.path.join(top, "top.py")))
    shutil.rmtree(os.path.join(top, "a"))
    print(sorted(os.listdir(top)))
    fd, name = tempfile.mkstemp(dir=top, suffix=".tmp")
    os.write(fd, b"temp data")
    os.close(fd)
    print(os.path.getsize(name), name.endswith(".tmp"), os.path.dirname(name) == top)
    with tempfile.NamedTemporaryFile("w+", dir=top) as nt:
        nt.write("named")
        nt.seek(0)
        print(nt.read())
    os.environ["KRAIT_CORPUS_VAR"] = "value"
    print(os.environ["KRAIT_CORPUS_VAR"], os.getenv("KRAIT_CORPUS_VAR"), os.environb[b"KRAIT_CORPUS_VAR"])
    del os.environ["KRAIT_CORPUS_VAR"]
    print("KRAIT_CORPUS_VAR" in os.environ)
print(os.path.exists(top), os.name, os.sep, os.linesep == "\n")
