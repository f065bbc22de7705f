package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code types.GenericAlias} and {@code types.UnionType} share: the type variables among
 * their arguments ({@code __parameters__}), their substitution when the alias is subscripted
 * ({@code dict[str, T][int]} is {@code dict[str, int]}), and the repr of one argument. A type
 * variable is any non-class object with {@code __typing_subst__} (typing's {@code TypeVar},
 * {@code ParamSpec}, ...); an argument that is itself generic contributes its own parameters.
 *
 * <p>CPython counterpart: Objects/genericaliasobject.c {@code _Py_make_parameters},
 * {@code _Py_subs_parameters}, {@code ga_repr_item}.
 */
final class TypeParameters {
    private TypeParameters() {}

    // CPython: Objects/genericaliasobject.c _Py_make_parameters
    static PyTuple make(PyTuple args) {
        List<PyObject> params = new ArrayList<>();
        for (PyObject t : args.items()) {
            if (t instanceof PyType) {
                continue;
            }
            if (Attributes.lookupAttrOrNull(t, "__typing_subst__") != null) {
                addOnce(params, t);
                continue;
            }
            PyObject sub = Attributes.lookupAttrOrNull(t, "__parameters__");
            if (sub instanceof PyTuple subTuple) {
                for (PyObject p : subTuple.items()) {
                    addOnce(params, p);
                }
            }
        }
        return PyTuple.ofList(params);
    }

    private static void addOnce(List<PyObject> params, PyObject p) {
        for (PyObject q : params) {
            if (q == p) {
                return;
            }
        }
        params.add(p);
    }

    private static int indexOf(PyTuple t, PyObject item) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The arguments of {@code self[item]}: each type variable among {@code args} replaced by
     * the matching item, and generic arguments subscripted in turn.
     */
    // CPython: Objects/genericaliasobject.c _Py_subs_parameters
    static PyTuple substitute(PyObject self, PyTuple args, PyTuple params, PyObject item) {
        int nparams = params.size();
        if (nparams == 0) {
            throw PyExceptions.typeError(Ops.repr(self) + " is not a generic class");
        }
        item = unpackArgs(item);
        for (PyObject param : params.items()) {
            PyObject prepare = Attributes.lookupAttrOrNull(param, "__typing_prepare_subst__");
            if (prepare != null && prepare != PyNone.NONE) {
                item = Ops.call(prepare, self, item instanceof PyTuple ? item : PyTuple.of(item));
            }
        }
        PyObject[] items = item instanceof PyTuple t ? t.items() : new PyObject[] {item};
        if (items.length != nparams) {
            throw PyExceptions.typeError("Too " + (items.length > nparams ? "many" : "few")
                    + " arguments for " + Ops.repr(self) + "; actual " + items.length
                    + ", expected " + nparams);
        }
        List<PyObject> newArgs = new ArrayList<>(args.size());
        for (PyObject arg : args.items()) {
            if (arg instanceof PyType) {
                newArgs.add(arg);
                continue;
            }
            boolean unpack = isUnpackedTypeVarTuple(arg);
            PyObject subst = Attributes.lookupAttrOrNull(arg, "__typing_subst__");
            PyObject value;
            if (subst != null) {
                value = Ops.call(subst, items[indexOf(params, arg)]);
            } else {
                value = substituteIn(arg, params, items);
            }
            if (unpack) {
                for (PyObject v : ((PyTuple) value).items()) {
                    newArgs.add(v);
                }
            } else {
                newArgs.add(value);
            }
        }
        return PyTuple.ofList(newArgs);
    }

    /** A generic argument ({@code list[T]}) subscripted with the values of its parameters. */
    // CPython: Objects/genericaliasobject.c subs_tvars
    private static PyObject substituteIn(PyObject obj, PyTuple params, PyObject[] items) {
        PyObject sub = Attributes.lookupAttrOrNull(obj, "__parameters__");
        if (!(sub instanceof PyTuple subParams) || subParams.size() == 0) {
            return obj;
        }
        List<PyObject> subArgs = new ArrayList<>();
        for (PyObject arg : subParams.items()) {
            int i = indexOf(params, arg);
            if (i >= 0) {
                PyObject param = params.get(i);
                PyObject value = items[i];
                if (param.type().lookup("__iter__") != null && value instanceof PyTuple vt) {
                    // A TypeVarTuple stands for several arguments.
                    for (PyObject v : vt.items()) {
                        subArgs.add(v);
                    }
                    continue;
                }
                arg = value;
            }
            subArgs.add(arg);
        }
        return Containers.getItem(obj, PyTuple.ofList(subArgs));
    }

    private static boolean isUnpackedTypeVarTuple(PyObject arg) {
        if (arg instanceof PyType) {
            return false;
        }
        PyObject v = Attributes.lookupAttrOrNull(arg, "__typing_is_unpacked_typevartuple__");
        return v != null && Ops.isTrue(v);
    }

    /** The item, with unpacked fixed-length tuple types ({@code *tuple[int, str]}) spread. */
    // CPython: Objects/genericaliasobject.c _unpack_args
    private static PyObject unpackArgs(PyObject item) {
        PyObject[] items = item instanceof PyTuple t ? t.items() : new PyObject[] {item};
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : items) {
            if (!(x instanceof PyType)) {
                PyObject sub = unpackedTupleArgs(x);
                if (sub instanceof PyTuple st && !(st.size() > 0
                        && st.get(st.size() - 1) == PyEllipsis.ELLIPSIS)) {
                    for (PyObject v : st.items()) {
                        out.add(v);
                    }
                    continue;
                }
            }
            out.add(x);
        }
        return PyTuple.ofList(out);
    }

    private static PyObject unpackedTupleArgs(PyObject arg) {
        if (arg instanceof PyGenericAlias ga && ga.starred && ga.origin == PyTuple.TYPE) {
            return ga.args;
        }
        PyObject r = Attributes.lookupAttrOrNull(arg, "__typing_unpacked_tuple_args__");
        return r == PyNone.NONE ? null : r;
    }

    /**
     * One argument as an alias's repr shows it: {@code ...} for Ellipsis, the repr of another
     * alias, a class's qualified name (without {@code builtins.}), or the repr of anything else.
     */
    // CPython: Objects/genericaliasobject.c ga_repr_item
    static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (Attributes.lookupAttrOrNull(p, "__origin__") != null
                && Attributes.lookupAttrOrNull(p, "__args__") != null) {
            return Ops.repr(p).toString();
        }
        PyObject qualname = Attributes.lookupAttrOrNull(p, "__qualname__");
        if (qualname == null) {
            return Ops.repr(p).toString();
        }
        PyObject module = Attributes.lookupAttrOrNull(p, "__module__");
        if (module == null || module == PyNone.NONE) {
            return Ops.repr(p).toString();
        }
        if (module instanceof PyStr m && m.toString().equals("builtins")) {
            return Ops.str(qualname).toString();
        }
        return Ops.str(module) + "." + Ops.str(qualname);
    }
}
