package dev.krait.modules.collections;

import dev.krait.objects.CArgs;
import dev.krait.objects.Descriptor;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code _collections._tuplegetter(index, doc)}: the read-only descriptor that
 * {@code namedtuple} puts on its class for each field, returning item {@code index} of the
 * tuple.
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c {@code tuplegetter_new_impl},
 * {@code tuplegetter_descr_get}, {@code tuplegetter_descr_set}, {@code tuplegetter_reduce}.
 */
public final class PyTupleGetter extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtinFinal("_tuplegetter", PyTupleGetter.class,
            null).withModule("_collections");

    private final long index;
    private PyObject doc;

    PyTupleGetter(long index, PyObject doc) {
        super(TYPE);
        this.index = index;
        this.doc = doc;
    }

    @Exposed(value = "__new__($type, index, doc, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject index, PyObject doc) {
        return new PyTupleGetter(CArgs.asSsizeT(index), doc);
    }

    @Override
    public PyObject get(PyObject obj, PyType owner) {
        if (obj == null) {
            return this;
        }
        if (!(obj instanceof PyTuple t)) {
            if (obj == PyNone.NONE) {
                return this;
            }
            throw PyExceptions.typeError("descriptor for index '" + index + "' for tuple "
                    + "subclasses doesn't apply to '" + obj.type().getName() + "' object");
        }
        if (index < 0 || index >= t.size()) {
            throw PyExceptions.indexError("tuple index out of range");
        }
        return t.get((int) index);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        throw PyExceptions.attributeError("can't set attribute");
    }

    @Override
    public void delete(PyObject obj) {
        throw PyExceptions.attributeError("can't delete attribute");
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance, null);
    }

    @Exposed("__set__($self, instance, value, /)")
    public void __set__(PyObject instance, PyObject value) {
        set(instance, value);
    }

    @Exposed("__delete__($self, instance, /)")
    public void __delete__(PyObject instance) {
        delete(instance);
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        return doc;
    }

    @Exposed.Setter("__doc__")
    public void setDoc(PyObject value) {
        doc = value == null ? PyNone.NONE : value;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(PyInt.of(index), doc));
    }
}
