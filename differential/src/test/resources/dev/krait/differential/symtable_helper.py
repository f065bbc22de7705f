"""CPython's side of SymtableDifferentialTest: the scopes and code objects of Python files.

Reads file paths, one a line, from the file named by its argument; for each writes "=== PATH", then either
"error TYPE|MSG|LINENO|OFFSET|END_LINENO|END_OFFSET" or the dump, then "=== end".
The dump: one "scope TYPE NAME LINENO" line per block (depth first, children in order), each
followed by its symbols sorted by name as "  NAME RAWFLAGS"; then the code objects, sorted, as
"code NAME FIRSTLINENO varnames=... cellvars=... freevars=...", then the SyntaxWarnings that
compile() emits, in order, as "warning LINENO MESSAGE".
"""
import sys
import symtable
import types
import warnings


def dump_table(table, out):
    out.append("scope %s %s %d" % (table.get_type(), table.get_name(), table.get_lineno()))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        out.append("  %s %d" % (sym.get_name(), sym._Symbol__flags))
    for child in table.get_children():
        dump_table(child, out)


def dump_code(code, out, codes):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            codes.append("code %s %d varnames=%s cellvars=%s freevars=%s" % (
                const.co_name, const.co_firstlineno, ",".join(const.co_varnames),
                ",".join(const.co_cellvars), ",".join(const.co_freevars)))
            dump_code(const, out, codes)


def describe(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        table = symtable.symtable(source, path, "exec")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
        if isinstance(e, SyntaxError):
            fields = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            return ["error " + type(e).__name__ + "|" + "|".join("0" if f is None else str(f) for f in fields)]
        return ["error %s|%s" % (type(e).__name__, e)]
    out = []
    dump_table(table, out)
    codes = []
    dump_code(code, out, codes)
    out.extend(sorted(codes))
    for w in caught:
        if issubclass(w.category, SyntaxWarning):
            out.append("warning %d %s" % (w.lineno, w.message))
    return out


def main():
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(1000)
    out = sys.stdout
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = f.read().splitlines()
    for line in paths:
        path = line.rstrip("\n")
        if not path:
            continue
        out.write("=== " + path + "\n")
        for entry in describe(path):
            out.write(entry + "\n")
        out.write("=== end\n")
    out.flush()


if __name__ == "__main__":
    main()
