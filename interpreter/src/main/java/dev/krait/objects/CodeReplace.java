package dev.krait.objects;

/**
 * {@code code.replace(**changes)}. Krait's code object runs a compiled tree, not the bytes in
 * {@code co_code}, so the attributes that only describe the code (names, file, first line,
 * constants and names tables, stack size) can change freely, while those the tree was built for
 * (argument counts, local names, flags, the bytecode itself) can be "replaced" only by the value
 * they already have; anything else raises ValueError instead of pretending (see
 * docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Objects/clinic/codeobject.c.h {@code code_replace}.
 */
final class CodeReplace {
    private CodeReplace() {}

    private static final String[] KEYWORDS = {"co_argcount", "co_posonlyargcount",
        "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno",
        "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    static PyObject replace(PyCode code, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > nkw) {
            throw PyExceptions.typeError("replace() takes no positional arguments");
        }
        String name = code.name;
        String qualname = code.qualname;
        String filename = code.filename;
        int firstLine = code.firstlineno;
        PyObject[] consts = code.consts();
        String[] names = code.names();
        int flags = code.flags;
        int stacksize = (int) code.co_stacksize();
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            PyObject v = args[args.length - nkw + k];
            switch (key) {
                case "co_name" -> name = str(key, v);
                case "co_qualname" -> qualname = str(key, v);
                case "co_filename" -> filename = str(key, v);
                case "co_firstlineno" -> firstLine = integer(key, v);
                case "co_consts" -> consts = tuple(key, v).items().clone();
                case "co_names" -> names = strings(key, tuple(key, v));
                // only describes the code: the tree needs no stack of its own
                case "co_stacksize" -> stacksize = integer(key, v);
                // types.coroutine marks a generator function's code as an iterable coroutine,
                // which only changes what await accepts, not how the body runs
                case "co_flags" -> {
                    flags = integer(key, v);
                    if ((flags ^ code.flags) != 0 && (flags ^ code.flags)
                            != PyCode.CO_ITERABLE_COROUTINE) {
                        throw PyExceptions.valueError("code.replace(): Krait cannot change "
                                + key + " of compiled code");
                    }
                }
                default -> {
                    if (!known(key)) {
                        throw PyExceptions.typeError("'" + key + "' is an invalid keyword "
                                + "argument for replace()");
                    }
                    PyObject current = Attributes.getAttr(code, key);
                    if (!Ops.eqBool(current, v)) {
                        throw PyExceptions.valueError("code.replace(): Krait cannot change "
                                + key + " of compiled code");
                    }
                }
            }
        }
        PyCode copy = code.copyWith(name, qualname, filename, firstLine, consts, names,
                code.docstring, flags);
        copy.stacksize = stacksize;
        return copy;
    }

    private static boolean known(String key) {
        for (String k : KEYWORDS) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String str(String key, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyExceptions.typeError("replace() argument '" + key + "' must be str, not "
                    + v.type().getName());
        }
        return s.value();
    }

    private static int integer(String key, PyObject v) {
        if (!(v instanceof PyInt i) || !i.isSmall()) {
            throw PyExceptions.typeError("replace() argument '" + key + "' must be int, not "
                    + v.type().getName());
        }
        return (int) i.longValue();
    }

    private static PyTuple tuple(String key, PyObject v) {
        if (!(v instanceof PyTuple t)) {
            throw PyExceptions.typeError("replace() argument '" + key + "' must be tuple, not "
                    + v.type().getName());
        }
        return t;
    }

    private static String[] strings(String key, PyTuple t) {
        PyObject[] items = t.items();
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw PyExceptions.typeError("name tuples must contain only strings, not '"
                        + items[i].type().getName() + "'");
            }
            out[i] = s.value();
        }
        return out;
    }
}
