# pathlib on pure paths and on a temporary tree: parts, suffixes, globbing, reading and writing.
import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/__init__.py")
print(p.parts, p.name, p.stem, p.suffix, p.parent, p.parents[2], p.anchor)
print(p.relative_to("/usr/local"), p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_stem("main"))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePosixPath("archive.tar.gz").suffixes)
print(p.match("*.py"), p.match("pkg/*.py"), p.match("/usr/*.py"), p.is_absolute(), PurePosixPath("x").is_absolute())
w = PureWindowsPath(r"C:\Users\ann\file.TXT")
print(w.parts, w.drive, w.root, w.suffix, w.as_posix(), w.parent.name, w == PureWindowsPath("c:/users/ANN/file.txt"))
try:
    p.relative_to("/opt")
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "src" / "pkg").mkdir(parents=True)
    (base / "src" / "pkg" / "a.py").write_text("print('a')\n")
    (base / "src" / "pkg" / "b.txt").write_text("bee\n", encoding="utf-8")
    (base / "src" / "main.py").write_bytes(b"import pkg\n")
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
    print(sorted(x.name for x in (base / "src").iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob("src/*/*")))
    f = base / "src" / "pkg" / "b.txt"
    print(f.read_text(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    target = f.rename(base / "moved.txt")
    print(target.name, f.exists(), target.exists())
    with target.open("a") as fh:
        fh.write("more\n")
    print(target.read_text().splitlines())
    target.unlink()
    print(target.exists(), (base / "missing").exists())
    try:
        (base / "missing").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    cwd = os.getcwd()
    os.chdir(base)
    print(Path("src/main.py").resolve() == (base / "src/main.py").resolve(), Path(".").absolute() == Path(os.getcwd()))
    os.chdir(cwd)
    print(Path(tmp).samefile(tmp), sorted(p.name for p in Path(tmp).glob("**/")) != [])
print(Path("~").expanduser() == Path.home(), Path("a/b").with_suffix("").name)
