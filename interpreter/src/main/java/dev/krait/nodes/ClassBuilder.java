package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyCell;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.TypeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}: resolves
 * {@code __mro_entries__} (PEP 560), picks the metaclass, asks it to {@code __prepare__} the
 * namespace, runs the class body in it, and calls the metaclass to make the class.
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code builtin___build_class__}.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyObject buildClass(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw PyExceptions.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction func)) {
            throw PyExceptions.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyExceptions.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = resolveMroEntries(origBases);
        PyObject meta = null;
        List<String> kwn = new ArrayList<>();
        List<PyObject> kwv = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            if (kwnames[k].equals("metaclass")) {
                meta = args[npos + k];
            } else {
                kwn.add(kwnames[k]);
                kwv.add(args[npos + k]);
            }
        }
        boolean isClass = false;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else if (meta instanceof PyType) {
            isClass = true;
        }
        PyTuple basesTuple = PyTuple.of(bases);
        if (isClass) {
            PyType[] metatypes = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) {
                metatypes[i] = bases[i].type();
            }
            meta = TypeFactory.mostDerivedMetaclassOf((PyType) meta, metatypes);
        }
        String[] kwArray = kwn.toArray(new String[0]);
        PyObject[] kwValues = kwv.toArray(new PyObject[0]);
        PyObject ns;
        PyObject prepare = Attributes.lookupAttrOrNull(meta, "__prepare__");
        if (prepare == null) {
            ns = new PyDict();
        } else {
            PyObject[] pargs = new PyObject[2 + kwValues.length];
            pargs[0] = name;
            pargs[1] = basesTuple;
            System.arraycopy(kwValues, 0, pargs, 2, kwValues.length);
            ns = Ops.call(prepare, pargs, kwArray.length == 0 ? null : kwArray);
            if (ns.type().lookup("__getitem__") == null) {
                throw PyExceptions.typeError((meta instanceof PyType t ? t.getName()
                        : "<metaclass>") + ".__prepare__() must return a mapping, not "
                        + ns.type().getName());
            }
        }
        FunctionBody body = (FunctionBody) func.code.invoker();
        PyCell classCell = (PyCell) body.runClassBody(func, ns);
        if (bases != origBases) {
            Containers.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        if (classCell != null) {
            Containers.setItem(ns, PyStr.of("__classcell__"), classCell);
        }
        PyObject[] margs = new PyObject[3 + kwValues.length];
        margs[0] = name;
        margs[1] = basesTuple;
        margs[2] = ns;
        System.arraycopy(kwValues, 0, margs, 3, kwValues.length);
        PyObject cls = Ops.call(meta, margs, kwArray.length == 0 ? null : kwArray);
        if (classCell != null && cls instanceof PyType && classCell.get() != cls) {
            if (classCell.get() == null) {
                throw PyExceptions.runtimeError("__class__ not set defining " + Ops.repr(name)
                        + " as " + Ops.repr(cls) + ". Was __classcell__ propagated to "
                        + "type.__new__?");
            }
            throw PyExceptions.typeError("__class__ set to " + Ops.repr(classCell.get())
                    + " defining " + Ops.repr(name) + " as " + Ops.repr(cls));
        }
        return cls;
    }

    /** PEP 560: a base that is not a class may supply replacement bases. */
    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Attributes.lookupAttrOrNull(b, "__mro_entries__");
            if (entries == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject r = Ops.call(entries, PyTuple.of(bases));
            if (!(r instanceof PyTuple t)) {
                throw PyExceptions.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            out.addAll(Arrays.asList(t.items()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }
}
