"""The names census: which names the native modules, and the types they define, have.

Run by NamesCensusTest in CPython and in Krait alike.

    names_census.py OUT      write to OUT, one per line and sorted, MODULE for each module that
                             imports, MODULE.NAME for every name
                             in dir() of each module written in C in the installed CPython (the
                             modules built into python3 and its lib-dynload extension modules),
                             and MODULE.NAME.ATTR for every name in dir() of each class that
                             module defines

Where a module does not import, its names are left out: the import census counts it. A class
re-exported from builtins (posix.error is OSError) is listed under builtins only. __file__ is
left out: CPython's lib-dynload modules have one, Krait's native modules are built in, as they
are in a CPython built with them linked statically.
"""
import builtins
import importlib
import os
import sys
import sysconfig


def native_modules():
    names = set(sys.builtin_module_names)
    dynload = os.path.join(sysconfig.get_paths()["stdlib"], "lib-dynload")
    if os.path.isdir(dynload):
        for entry in os.listdir(dynload):
            if entry.endswith(".so"):
                names.add(entry.split(".")[0])
    return sorted(names)


def names_of(module_name):
    try:
        module = importlib.import_module(module_name)
    except BaseException:
        return []
    found = [module_name]
    for name in dir(module):
        if name == "__file__":
            continue
        found.append(f"{module_name}.{name}")
        try:
            value = getattr(module, name)
        except BaseException:
            continue
        if (isinstance(value, type) and getattr(value, "__name__", None) == name
                and (module_name == "builtins" or getattr(builtins, name, None) is not value)):
            try:
                found.extend(f"{module_name}.{name}.{attr}" for attr in dir(value))
            except BaseException:
                pass
    return found


def main(out):
    names = set()
    for module_name in native_modules():
        names.update(names_of(module_name))
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(name + "\n" for name in sorted(names)))


if __name__ == "__main__":
    main(sys.argv[1])
