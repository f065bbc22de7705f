package dev.krait.modules.itertools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of
 * each iterable in turn. The iterables come from an iterator of iterables ({@code source}), and
 * each is made an iterator only when its turn comes.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code chain_new}, {@code chain_next},
 * {@code chain_reduce}, {@code chain_setstate}.
 */
public class PyChain extends IterBase {
    public static final PyType TYPE = PyType.builtin("chain", PyChain.class, null,
            IterBase.class).withModule("itertools");

    /** The iterator of iterables; null when all are consumed. */
    private PyObject source;
    /** The iterator now running; null between iterables. */
    private PyObject active;

    PyChain(PyType type, PyObject source) {
        super(type);
        this.source = source;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, *iterables)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywordsInNew("chain", cls, TYPE, kwnames);
        int n = ArgParser.positionalCount(args, kwnames);
        PyObject[] iterables = new PyObject[n];
        System.arraycopy(args, 0, iterables, 0, n);
        return new PyChain(cls, Iteration.iter(new PyTuple(iterables)));
    }

    @Exposed(value = "from_iterable($type, iterable, /)", kind = Exposed.Kind.CLASS,
            doc = "Alternative chain() constructor taking a single iterable argument that "
                    + "evaluates lazily.")
    public static PyObject from_iterable(PyType cls, PyObject iterable) {
        return new PyChain(cls, Iteration.iter(iterable));
    }

    @Override
    PyObject step() {
        while (source != null) {
            if (active == null) {
                PyObject iterable = Iteration.next(source);
                if (iterable == null) {
                    source = null;
                    return null;
                }
                try {
                    active = Iteration.iter(iterable);
                } catch (RuntimeException e) {
                    source = null;
                    throw e;
                }
            }
            PyObject item = Iteration.next(active);
            if (item != null) {
                return item;
            }
            active = null;
        }
        return null;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (source == null) {
            return PyTuple.of(type(), PyTuple.EMPTY);
        }
        return active != null ? PyTuple.of(type(), PyTuple.EMPTY, PyTuple.of(source, active))
                : PyTuple.of(type(), PyTuple.EMPTY, PyTuple.of(source));
    }

    // CPython: Modules/itertoolsmodule.c chain_setstate
    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        PyTuple t = stateTuple(state);
        if (t.size() < 1 || t.size() > 2) {
            throw PyExceptions.typeError("function takes at least 1 argument (" + t.size()
                    + " given)");
        }
        PyObject src = t.get(0);
        PyObject act = t.size() > 1 ? t.get(1) : null;
        if (!isIterator(src) || act != null && !isIterator(act)) {
            throw PyExceptions.typeError("Arguments must be iterators.");
        }
        source = src;
        active = act;
    }

    static boolean isIterator(PyObject o) {
        return o.type().lookup("__next__") != null;
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return GenericAliases.of(cls, item);
    }
}
