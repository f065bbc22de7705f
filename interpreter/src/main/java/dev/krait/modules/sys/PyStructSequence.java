package dev.krait.modules.sys;

import dev.krait.objects.Descriptor;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
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

    private PyStructSequence(PyType type, String[] fields, PyObject[] values) {
        super(values);
        setType(type);
        this.fields = fields;
    }

    /**
     * Makes a struct-sequence type {@code module.name} with the given field names, to be
     * instantiated with {@link #make}. CPython: Objects/structseq.c PyStructSequence_NewType.
     */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = PyType.builtinFinal(name, PyStructSequence.class, PyTuple.TYPE)
                .withModule(module);
        for (int i = 0; i < fields.length; i++) {
            t.setTypeAttribute(fields[i], new Field(t, fields[i], i));
        }
        t.setTypeAttribute("n_sequence_fields", PyInt.of(fields.length));
        t.setTypeAttribute("n_fields", PyInt.of(fields.length));
        t.setTypeAttribute("n_unnamed_fields", PyInt.of(0));
        t.setTypeAttribute("__match_args__", PyTuple.ofStrings(fields));
        return t;
    }

    /** An instance of struct-sequence type {@code type} (made by {@link #newType}). */
    public static PyStructSequence make(PyType type, PyObject... values) {
        int n = (int) ((PyInt) type.lookup("n_fields")).longValue();
        if (values.length != n) {
            throw new IllegalArgumentException(type.getName() + " takes " + n + " values");
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = ((PyStr) ((PyTuple) type.lookup("__match_args__")).get(i)).value();
        }
        return new PyStructSequence(type, names, values.clone());
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create '" + cls.moduleName() + "." + cls.getName()
                + "' instances");
    }

    // CPython: Objects/structseq.c structseq_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        StringBuilder sb = new StringBuilder();
        sb.append(type().moduleName()).append('.').append(type().getName()).append('(');
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
        return PyTuple.of(type(), PyTuple.of(new PyTuple(items().clone()), new PyDict()));
    }

    /** A field: a read-only data descriptor reading one item of the tuple. */
    public static final class Field extends PyObject implements Descriptor {
        public static final PyType TYPE =
                PyType.builtinFinal("member_descriptor", Field.class, null);

        private final PyType owner;
        private final String name;
        private final int index;

        Field(PyType owner, String name, int index) {
            super(TYPE);
            this.owner = owner;
            this.name = name;
            this.index = index;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            return ((PyTuple) obj).get(index);
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw PyExceptions.attributeError("readonly attribute");
        }

        @Override
        public void delete(PyObject obj) {
            throw PyExceptions.attributeError("readonly attribute");
        }

        @Exposed("__repr__($self, /)")
        public String __repr__() {
            return "<member '" + name + "' of '" + owner.moduleName() + "." + owner.getName()
                    + "' objects>";
        }
    }
}
