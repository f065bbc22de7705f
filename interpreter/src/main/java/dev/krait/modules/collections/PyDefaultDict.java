package dev.krait.modules.collections;

import dev.krait.modules.itertools.GenericAliases;
import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code collections.defaultdict}: a dict whose {@code __missing__} calls
 * {@code default_factory} to make, store and return a value for a missing key. The dict's own
 * {@code __getitem__} calls {@code __missing__} for subclasses, so only the factory lives here.
 * The methods that dict also has ({@code __init__}, {@code __repr__}, {@code copy},
 * {@code __or__}) get Java names of their own, so that {@code dict.__repr__(dd)} still reaches
 * dict's method rather than a Java override.
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c {@code defdict_*}.
 */
public class PyDefaultDict extends PyDict {
    public static final PyType TYPE = PyType.builtin("defaultdict", PyDefaultDict.class,
            PyDict.TYPE).withModule("collections");

    /** The factory, or None. */
    private PyObject defaultFactory = PyNone.NONE;

    protected PyDefaultDict(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyDefaultDict(cls);
    }

    // CPython: Modules/_collectionsmodule.c defdict_init
    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public void initDefaultdict(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        PyObject factory = PyNone.NONE;
        if (npos > 0) {
            factory = args[0];
            if (factory != PyNone.NONE && !Ops.isCallable(factory)) {
                throw PyExceptions.typeError("first argument must be callable or None");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            args = rest;
        }
        defaultFactory = factory;
        super.__init__(args, kwnames);
    }

    // CPython: Modules/_collectionsmodule.c defdict_missing
    @Exposed(value = "__missing__($self, key, /)",
            doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
                    + "  if self.default_factory is None: raise KeyError((key,))\n"
                    + "  self[key] = value = self.default_factory()\n  return value\n",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __missing__(PyObject key) {
        if (defaultFactory == PyNone.NONE) {
            throw PyExceptions.keyError(key);
        }
        PyObject value = Ops.call(defaultFactory);
        Containers.setItem(this, key, value);
        return value;
    }

    @Exposed.Getter(value = "default_factory",
            doc = "Factory for default value called by __missing__().")
    public PyObject getDefaultFactory() {
        return defaultFactory;
    }

    @Exposed.Setter("default_factory")
    public void setDefaultFactory(PyObject value) {
        defaultFactory = value == null ? PyNone.NONE : value;
    }

    /** CPython's new_defdict: {@code type(self)(self.default_factory, arg)}. */
    private PyObject newLike(PyObject arg) {
        return Ops.call(type(), defaultFactory, arg);
    }

    @Exposed(value = "copy($self, /)", name = "copy", doc = "D.copy() -> a shallow copy of D.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject copyDefaultdict() {
        return newLike(this);
    }

    @Exposed(value = "__copy__($self, /)", doc = "D.copy() -> a shallow copy of D.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __copy__() {
        return newLike(this);
    }

    // CPython: Modules/_collectionsmodule.c defdict_reduce
    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject args = defaultFactory == PyNone.NONE ? PyTuple.EMPTY
                : PyTuple.of(defaultFactory);
        PyObject items = Iteration.iter(Ops.callMethod(this, "items"));
        return PyTuple.of(type(), args, PyNone.NONE, PyNone.NONE, items);
    }

    // CPython: Modules/_collectionsmodule.c defdict_repr
    @Exposed(value = "__repr__($self, /)", name = "__repr__")
    public PyObject reprDefaultdict() {
        String base = ((PyStr) super.__repr__()).value();
        PyObject factoryRepr = Ops.withReprGuard(defaultFactory, "...",
                () -> Ops.repr(defaultFactory));
        return PyStr.of(type().getName() + "(" + ((PyStr) factoryRepr).value() + ", " + base
                + ")");
    }

    // CPython: Modules/_collectionsmodule.c defdict_or
    @Exposed(value = "__or__($self, value, /)", name = "__or__")
    public PyObject orDefaultdict(PyObject other) {
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject result = newLike(this);
        Ops.callMethod(result, "update", other);
        return result;
    }

    @Exposed("__ror__($self, value, /)")
    public PyObject __ror__(PyObject other) {
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject result = newLike(other);
        Ops.callMethod(result, "update", this);
        return result;
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return GenericAliases.of(cls, item);
    }
}
