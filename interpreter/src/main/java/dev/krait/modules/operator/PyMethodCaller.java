package dev.krait.modules.operator;

import dev.krait.modules.functools.PyPartial;
import dev.krait.objects.ArgParser;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code operator.methodcaller(name, /, *args, **kwargs)}: a callable that calls
 * {@code obj.name(*args, **kwargs)}. The arguments are kept in vectorcall form (positional then
 * keyword values, with the keyword names) so that each call passes them on without rebuilding.
 *
 * <p>CPython counterpart: Modules/_operator.c {@code methodcaller_new},
 * {@code methodcaller_call}, {@code methodcaller_repr}, {@code methodcaller_reduce}.
 */
public final class PyMethodCaller extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("methodcaller", PyMethodCaller.class,
            null).withModule("operator");

    private final String name;
    private final PyObject[] args;
    private final String[] kwnames;
    private final int npos;

    private PyMethodCaller(String name, PyObject[] args, String[] kwnames) {
        super(TYPE);
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
        this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
    }

    @Exposed(value = "__new__($type, name, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] argv, String[] kwnames) {
        int n = ArgParser.positionalCount(argv, kwnames);
        if (n < 1) {
            throw PyExceptions.typeError("methodcaller needs at least one argument, the method "
                    + "name");
        }
        if (!(argv[0] instanceof PyStr s)) {
            throw PyExceptions.typeError("method name must be a string");
        }
        PyObject[] rest = new PyObject[argv.length - 1];
        System.arraycopy(argv, 1, rest, 0, rest.length);
        return new PyMethodCaller(s.value(), rest,
                kwnames == null || kwnames.length == 0 ? null : kwnames);
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] callArgs, String[] callKw) {
        ArgParser.noKeywords("methodcaller", callKw);
        if (callArgs.length != 1) {
            throw PyExceptions.typeError("methodcaller expected 1 argument, got "
                    + callArgs.length);
        }
        PyObject method = Attributes.getAttr(callArgs[0], name);
        return Ops.call(method, args.clone(), kwnames);
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        return Ops.withReprGuard(this, "operator.methodcaller(...)", () -> {
            StringBuilder sb = new StringBuilder("operator.methodcaller(");
            sb.append(Ops.repr(PyStr.of(name)).value());
            for (int i = 0; i < npos; i++) {
                sb.append(", ").append(Ops.repr(args[i]).value());
            }
            for (int k = 0; kwnames != null && k < kwnames.length; k++) {
                sb.append(", ").append(kwnames[k]).append('=')
                        .append(Ops.repr(args[npos + k]).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
    }

    // CPython: Modules/_operator.c methodcaller_reduce
    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling")
    public PyObject __reduce__() {
        PyObject[] positional = new PyObject[npos];
        System.arraycopy(args, 0, positional, 0, npos);
        if (kwnames == null) {
            PyObject[] newargs = new PyObject[npos + 1];
            newargs[0] = PyStr.of(name);
            System.arraycopy(positional, 0, newargs, 1, npos);
            return PyTuple.of(type(), new PyTuple(newargs));
        }
        // the keywords go into a partial of the type, as CPython pickles them
        PyObject[] pargs = new PyObject[2 + kwnames.length];
        pargs[0] = type();
        pargs[1] = PyStr.of(name);
        System.arraycopy(args, npos, pargs, 2, kwnames.length);
        PyObject partial = Ops.call(PyPartial.TYPE, pargs, kwnames);
        return PyTuple.of(partial, new PyTuple(positional));
    }
}
