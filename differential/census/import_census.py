"""The import census: which top-level modules import.

Run by ImportCensusTest in CPython and in Krait alike.

    import_census.py --list              print the top-level modules the installed CPython's Lib
                                         has: its .py files and packages, its lib-dynload
                                         extension modules and the modules built into python3
    import_census.py OUT NAME...         import each NAME in turn and append one line per module
                                         to OUT: "NAME<TAB>ok" or "NAME<TAB>ExcType: message"

Results go to a file rather than stdout because some modules print when imported (this,
__hello__). Each line is flushed before the next import, so a run that hangs or dies still
says how far it got.
"""
import os
import sys


def top_level_modules():
    import sysconfig
    stdlib = sysconfig.get_paths()["stdlib"]
    names = set(sys.builtin_module_names)
    for entry in os.listdir(stdlib):
        path = os.path.join(stdlib, entry)
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(path, "__init__.py")):
            names.add(entry)
    dynload = os.path.join(stdlib, "lib-dynload")
    if os.path.isdir(dynload):
        for entry in os.listdir(dynload):
            if entry.endswith(".so"):
                names.add(entry.split(".", 1)[0])
    return sorted(n for n in names if n.isidentifier())


def census(out_path, names):
    with open(out_path, "a", encoding="utf-8") as out:
        for name in names:
            try:
                __import__(name)
                result = "ok"
            except BaseException as e:  # SystemExit and KeyboardInterrupt too: the census goes on
                message = str(e).splitlines()[0] if str(e) else ""
                result = f"{type(e).__name__}: {message}"
            out.write(f"{name}\t{result}\n")
            out.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--list"]:
        print("\n".join(top_level_modules()))
    else:
        census(sys.argv[1], sys.argv[2:])
