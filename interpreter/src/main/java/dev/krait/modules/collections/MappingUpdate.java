package dev.krait.modules.collections;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * {@code MutableMapping.update} as OrderedDict's {@code update}, {@code __init__} and
 * {@code |=} run it: every item goes in through {@code self[key] = value}, so that a subclass's
 * {@code __setitem__} sees each one (a plain OrderedDict's is called directly).
 *
 * <p>CPython counterpart: Objects/odictobject.c {@code mutablemapping_update},
 * {@code mutablemapping_update_arg}, {@code mutablemapping_add_pairs}.
 */
final class MappingUpdate {
    private MappingUpdate() {}

    /** {@code self.update(*args, **kwargs)}; the caller checked that args has at most one. */
    static void update(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 1) {
            updateFrom(self, args[0]);
        }
        for (int k = 0; k < nkw; k++) {
            store(self, PyStr.of(kwnames[k]), args[npos + k]);
        }
    }

    /**
     * Updates {@code self} from a dict (its items), a mapping (its {@code keys()}), an object
     * with {@code items()}, or an iterable of pairs, in that order of preference.
     */
    static void updateFrom(PyObject self, PyObject arg) {
        if (arg.type() == PyDict.TYPE) {
            PyDict d = (PyDict) arg;
            int n = d.size();
            PyObject[] keys = new PyObject[n];
            PyObject[] values = new PyObject[n];
            d.copyItems(keys, values);
            for (int i = 0; i < n; i++) {
                store(self, keys[i], values[i]);
            }
            return;
        }
        PyObject keysMethod = Attributes.lookupAttrOrNull(arg, "keys");
        if (keysMethod != null) {
            PyObject it = Iteration.iter(Ops.call(keysMethod));
            for (PyObject key = Iteration.next(it); key != null; key = Iteration.next(it)) {
                store(self, key, Containers.getItem(arg, key));
            }
            return;
        }
        PyObject itemsMethod = Attributes.lookupAttrOrNull(arg, "items");
        addPairs(self, itemsMethod != null ? Ops.call(itemsMethod) : arg);
    }

    private static void addPairs(PyObject self, PyObject pairs) {
        PyObject it = Iteration.iter(pairs);
        for (PyObject pair = Iteration.next(it); pair != null; pair = Iteration.next(it)) {
            PyObject pairIt = Iteration.iter(pair);
            PyObject key = Iteration.next(pairIt);
            if (key == null) {
                throw PyExceptions.valueError("need more than 0 values to unpack");
            }
            PyObject value = Iteration.next(pairIt);
            if (value == null) {
                throw PyExceptions.valueError("need more than 1 value to unpack");
            }
            if (Iteration.next(pairIt) != null) {
                throw PyExceptions.valueError("too many values to unpack (expected 2)");
            }
            store(self, key, value);
        }
    }

    /** {@code self[key] = value}, straight to the list and the dict when nothing overrides it. */
    private static void store(PyObject self, PyObject key, PyObject value) {
        if (self instanceof PyOrderedDict od && od.type() == PyOrderedDict.TYPE) {
            od.setItemOrdered(key, value);
        } else {
            Containers.setItem(self, key, value);
        }
    }
}
