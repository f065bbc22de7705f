# shutil and glob on a temporary tree: copy, copytree with ignore, move, rmtree, disk listing.
import glob
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    for rel, text in [("a.py", "a"), ("b.txt", "bb"), ("pkg/c.py", "ccc"), ("pkg/sub/d.log", "dddd")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    rel = lambda paths: sorted(os.path.relpath(p, tmp) for p in paths)
    print(rel(glob.glob(os.path.join(src, "*.py"))), rel(glob.glob(os.path.join(src, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(src, "pkg", "*"))), glob.escape("a[1]*.txt"))
    dst = shutil.copytree(src, os.path.join(tmp, "dst"), ignore=shutil.ignore_patterns("*.log"))
    print(rel(p for p, _, _ in os.walk(dst)), sorted(os.listdir(os.path.join(dst, "pkg", "sub"))))
    shutil.copy(os.path.join(src, "a.py"), os.path.join(tmp, "copy.py"))
    shutil.copyfile(os.path.join(src, "b.txt"), os.path.join(tmp, "copy.txt"))
    print(open(os.path.join(tmp, "copy.txt")).read(), os.path.exists(os.path.join(tmp, "copy.py")))
    moved = shutil.move(os.path.join(tmp, "copy.txt"), os.path.join(tmp, "dst"))
    print(os.path.relpath(moved, tmp), sorted(os.listdir(os.path.join(tmp, "dst"))))
    shutil.rmtree(os.path.join(tmp, "dst"))
    print(os.path.exists(os.path.join(tmp, "dst")), shutil.which("sh") is not None, shutil.which("no-such-cmd-xyz"))
    try:
        shutil.copytree(src, src)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    usage = shutil.disk_usage(tmp)
    print(usage.total >= usage.used, shutil.get_terminal_size((80, 24)).columns > 0)
    archive = shutil.make_archive(os.path.join(tmp, "arch"), "tar", src)
    print(os.path.basename(archive), "tar" in [f[0] for f in shutil.get_archive_formats()])
