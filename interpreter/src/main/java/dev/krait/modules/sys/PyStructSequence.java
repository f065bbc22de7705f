package dev.krait.modules.sys;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlotDescriptor;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * A struct sequence: a tuple whose items also have names ({@code sys.version_info.major},
 * {@code sys.flags.optimize}), as CPython builds with {@code PyStructSequence_NewType}. Each
 * kind is its own type (made once by {@link #newType}, shared by all interpreters since it is
 * immutable) whose fields are read-only descriptors over the tuple's items.
 *
 * <p>CPython counterpart: Objects/structseq.c.
 */
public final class PyStructSequence extends PyTuple {
    private final String[] fields;
    /** The values of the fields past the sequence part (st_atime, tm_zone...), or empty. */
    private final PyObject[] hidden;
    /** The types programs may instantiate ({@code time.struct_time(seq)}): immutable, shared. */
    private static final java.util.Set<PyType> CONSTRUCTIBLE =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    private PyStructSequence(PyType type, String[] fields, PyObject[] values,
            PyObject[] hidden) {
        super(values);
        setType(type);
        this.fields = fields;
        this.hidden = hidden;
    }

    /**
     * Makes a struct-sequence type {@code module.name} with the given field names, to be
     * instantiated with {@link #make}. CPython: Objects/structseq.c PyStructSequence_NewType.
     */
    public static PyType newType(String module, String name, String... fields) {
        return newType(module, name, fields.length, false, fields);
    }

    /**
     * A struct-sequence type whose first {@code visible} fields are the tuple's items and the
     * rest attributes only (as {@code os.stat_result.st_atime}); {@code constructible} types
     * can be made from Python with {@code T(sequence, dict=None)}.
     */
    public static PyType newType(String module, String name, int visible,
            boolean constructible, String... fields) {
        PyType t = PyType.builtinFinal(name, PyStructSequence.class, PyTuple.TYPE)
                .withModule(module);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            // a member_descriptor, as CPython's structseq fields are (PyMemberDef, READONLY)
            t.setTypeAttribute(fields[i], PySlotDescriptor.readOnly(t, fields[i],
                    obj -> obj instanceof PyStructSequence s ? s.field(index)
                            : ((PyTuple) obj).get(index)));
        }
        t.setTypeAttribute("n_sequence_fields", PyInt.of(visible));
        t.setTypeAttribute("n_fields", PyInt.of(fields.length));
        t.setTypeAttribute("n_unnamed_fields", PyInt.of(0));
        t.setTypeAttribute("__match_args__", PyTuple.ofStrings(
                java.util.Arrays.copyOf(fields, visible)));
        t.setTypeAttribute("_krait_fields", PyTuple.ofStrings(fields));
        if (constructible) {
            CONSTRUCTIBLE.add(t);
        }
        return t;
    }

    /** The types whose constructor takes each field as an argument ({@link #newTypeByFields}). */
    private static final java.util.Set<PyType> BY_FIELDS =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A struct-sequence type constructed from its fields' values, positional or by name
     * ({@code os.sched_param(sched_priority)}), as CPython's types with a {@code tp_new} of
     * their own are; the others take one sequence.
     */
    public static PyType newTypeByFields(String module, String name, String... fields) {
        PyType t = newType(module, name, fields);
        BY_FIELDS.add(t);
        return t;
    }

    /** {@code T(field, ...)}: Argument Clinic's parsing of the fields as parameters. */
    // CPython: Modules/clinic/posixmodule.c.h os_sched_param (the pattern of such a tp_new)
    private static PyObject newByFields(PyType cls, PyObject[] args, String[] kwnames) {
        PyTuple names = (PyTuple) cls.lookup("_krait_fields");
        int n = names.size();
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = args.length - nk;
        if (args.length > n) {
            throw PyExceptions.typeError(cls.getName() + "() takes at most " + n + " argument"
                    + (n == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        PyObject[] values = new PyObject[n];
        System.arraycopy(args, 0, values, 0, np);
        String invalid = null;
        for (int k = 0; k < nk; k++) {
            int at = -1;
            for (int i = 0; i < n; i++) {
                if (((PyStr) names.get(i)).value().equals(kwnames[k])) {
                    at = i;
                }
            }
            if (at < 0) {
                invalid = invalid == null ? kwnames[k] : invalid;
            } else if (values[at] != null) {
                throw PyExceptions.typeError("argument for " + cls.getName() + "() given by "
                        + "name ('" + kwnames[k] + "') and position (" + (at + 1) + ")");
            } else {
                values[at] = args[np + k];
            }
        }
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                throw PyExceptions.typeError(cls.getName() + "() missing required argument '"
                        + ((PyStr) names.get(i)).value() + "' (pos " + (i + 1) + ")");
            }
        }
        if (invalid != null) {
            throw PyExceptions.typeError("'" + invalid + "' is an invalid keyword argument for "
                    + cls.getName() + "()");
        }
        return make(cls, values);
    }

    /** An instance of struct-sequence type {@code type} (made by {@link #newType}). */
    public static PyStructSequence make(PyType type, PyObject... values) {
        int n = (int) ((PyInt) type.lookup("n_fields")).longValue();
        int visible = (int) ((PyInt) type.lookup("n_sequence_fields")).longValue();
        if (values.length != n) {
            throw new IllegalArgumentException(type.getName() + " takes " + n + " values");
        }
        PyTuple all = (PyTuple) type.lookup("_krait_fields");
        String[] names = new String[visible];
        for (int i = 0; i < visible; i++) {
            names[i] = ((PyStr) all.get(i)).value();
        }
        return new PyStructSequence(type, names, java.util.Arrays.copyOf(values, visible),
                java.util.Arrays.copyOfRange(values, visible, n));
    }

    // CPython: Objects/structseq.c structseq_new_impl
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (BY_FIELDS.contains(cls)) {
            return newByFields(cls, args, kwnames);
        }
        if (!CONSTRUCTIBLE.contains(cls)) {
            throw PyExceptions.typeError("cannot create '" + cls.moduleName() + "."
                    + cls.getName() + "' instances");
        }
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = args.length - nk;
        PyObject sequence = null;
        PyObject dict = dev.krait.objects.PyNone.NONE;
        for (int i = 0; i < args.length; i++) {
            String kw = i < np ? null : kwnames[i - np];
            if (kw == null ? i == 0 : kw.equals("sequence")) {
                sequence = args[i];
            } else if (kw == null ? i == 1 : kw.equals("dict")) {
                dict = args[i];
            } else {
                throw PyExceptions.typeError(cls.getName() + "() got an unexpected keyword "
                        + "argument '" + kw + "'");
            }
        }
        if (sequence == null) {
            throw PyExceptions.typeError(cls.getName()
                    + "() missing required argument 'sequence' (pos 1)");
        }
        PyTuple items;
        if (sequence instanceof PyTuple t) {
            items = t;
        } else {
            // CPython: Objects/abstract.c PySequence_Fast's message for what is not iterable
            PyObject it;
            try {
                it = dev.krait.objects.Iteration.iter(sequence);
            } catch (dev.krait.objects.PyException e) {
                if (e.matches(PyExceptions.TypeError)) {
                    throw PyExceptions.typeError("constructor requires a sequence");
                }
                throw e;
            }
            items = PyTuple.fromIterable(it);
        }
        int n = (int) ((PyInt) cls.lookup("n_fields")).longValue();
        int visible = (int) ((PyInt) cls.lookup("n_sequence_fields")).longValue();
        String full = cls.moduleName() + "." + cls.getName();
        int len = items.size();
        if (len < visible) {
            throw PyExceptions.typeError(full + "() takes " + (visible == n ? "a" : "an at least")
                    + " " + visible + "-sequence (" + len + "-sequence given)");
        }
        if (len > n) {
            throw PyExceptions.typeError(full + "() takes " + (visible == n ? "a" : "an at most")
                    + " " + n + "-sequence (" + len + "-sequence given)");
        }
        PyTuple names = (PyTuple) cls.lookup("_krait_fields");
        PyObject[] values = new PyObject[n];
        for (int i = 0; i < n; i++) {
            if (i < len) {
                values[i] = items.get(i);
            } else if (dict != dev.krait.objects.PyNone.NONE) {
                PyObject v = Ops.call(Attributes.getAttr(dict, "get"), names.get(i));
                values[i] = v;
            } else {
                values[i] = dev.krait.objects.PyNone.NONE;
            }
        }
        return make(cls, values);
    }

    // CPython: Objects/structseq.c structseq_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        StringBuilder sb = new StringBuilder();
        // CPython prints tp_name, which has no module for a type such as asyncgen_hooks
        String module = type().moduleName();
        if (module != null && !module.equals("builtins")) {
            sb.append(module).append('.');
        }
        sb.append(type().getName()).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(Ops.repr(get(i)).value());
        }
        return PyStr.of(sb.append(')').toString());
    }

    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        PyDict extra = new PyDict();
        PyTuple names = (PyTuple) type().lookup("_krait_fields");
        for (int i = 0; i < hidden.length; i++) {
            extra.setItem(names.get(fields.length + i), hidden[i]);
        }
        return PyTuple.of(type(), PyTuple.of(new PyTuple(items().clone()), extra));
    }

    /** The value of field {@code index}, visible or not. */
    PyObject field(int index) {
        return index < fields.length ? get(index) : hidden[index - fields.length];
    }
}
