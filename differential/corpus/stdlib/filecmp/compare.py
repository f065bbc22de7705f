# filecmp: comparing files and directories.
import filecmp
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    a = os.path.join(tmp, "a")
    b = os.path.join(tmp, "b")
    for d in (a, b):
        os.makedirs(os.path.join(d, "sub"))
    files = {"same.txt": ("x", "x"), "diff.txt": ("1", "2"), "only_a.txt": ("a", None), "sub/s.txt": ("s", "s")}
    for name, (ca, cb) in files.items():
        with open(os.path.join(a, name), "w") as f:
            f.write(ca)
        if cb is not None:
            with open(os.path.join(b, name), "w") as f:
                f.write(cb)
    print(filecmp.cmp(os.path.join(a, "same.txt"), os.path.join(b, "same.txt")), filecmp.cmp(os.path.join(a, "diff.txt"), os.path.join(b, "diff.txt"), shallow=False))
    print(filecmp.cmpfiles(a, b, ["same.txt", "diff.txt", "missing.txt"]))
    dc = filecmp.dircmp(a, b)
    print(dc.left_only, dc.right_only, sorted(dc.common), dc.diff_files, dc.same_files, sorted(dc.subdirs))
