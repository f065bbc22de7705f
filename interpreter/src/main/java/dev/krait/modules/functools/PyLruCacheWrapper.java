package dev.krait.modules.functools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.Attributes;
import dev.krait.objects.Descriptor;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseObject;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMethod;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)}: the
 * memoising callable behind {@code lru_cache} and {@code cache}. Three regimes as in CPython:
 * maxsize None caches without bound, 0 only counts misses, and a positive size keeps the most
 * recently used results (a {@link LinkedHashMap} in access order is the LRU list). Keys are
 * built as CPython's {@code lru_cache_make_key} builds them, so that which calls share a cache
 * entry (1 and 1.0 do, unless typed) is the same. It binds like a function, so decorated
 * methods work, and has a {@code __dict__} for {@code update_wrapper}.
 *
 * <p>CPython counterpart: Modules/_functoolsmodule.c {@code lru_cache_new},
 * {@code lru_cache_make_key}, {@code infinite_lru_cache_wrapper},
 * {@code uncached_lru_cache_wrapper}, {@code bounded_lru_cache_wrapper}.
 */
public final class PyLruCacheWrapper extends PyObject implements Descriptor, Weakrefable {
    public static final PyType TYPE = PyType.builtin("_lru_cache_wrapper",
            PyLruCacheWrapper.class, null).withModule("functools");

    private final PyObject func;
    /** -1 for unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final PyObject cacheInfoType;
    /** Separates positional from keyword arguments in a key (CPython's kwd_mark). */
    private final PyObject kwdMark;
    private final Map<Key, PyObject> cache;
    private long hits;
    private long misses;

    PyLruCacheWrapper(PyType type, PyObject func, long maxsize, boolean typed,
            PyObject cacheInfoType) {
        super(type);
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        this.kwdMark = Ops.call(PyBaseObject.TYPE);
        this.cache = maxsize > 0 ? new LinkedHashMap<>(16, 0.75f, true) : new HashMap<>();
    }

    @Override
    public PyDict getDict() {
        PyDict d = super.getDict();
        if (d == null) {
            d = new PyDict();
            setDict(d);
        }
        return d;
    }

    // CPython: Modules/_functoolsmodule.c lru_cache_new ("OOpO:lru_cache")
    @Exposed(value = "__new__($type, /, user_function, maxsize, typed, cache_info_type)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] b = ArgParser.bind("lru_cache", args, kwnames, "user_function", "maxsize",
                "typed", "cache_info_type");
        String[] names = {"user_function", "maxsize", "typed", "cache_info_type"};
        for (int i = 0; i < b.length; i++) {
            if (b[i] == null) {
                throw PyExceptions.typeError("lru_cache() missing required argument '"
                        + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        PyObject func = b[0];
        if (!Ops.isCallable(func)) {
            throw PyExceptions.typeError("the first argument must be callable");
        }
        boolean typed = Ops.isTrue(b[2]);
        long maxsize;
        PyObject m = b[1];
        if (m == PyNone.NONE) {
            maxsize = -1;
        } else if (m instanceof PyInt || m.type().lookup("__index__") != null) {
            PyInt i = Numbers.index(m);
            if (!i.isSmall()) {
                if (i.signum() > 0) {
                    throw PyExceptions.overflowError("Python int too large to convert to C "
                            + "ssize_t");
                }
                maxsize = 0;
            } else {
                maxsize = Math.max(0, i.longValue());
            }
        } else {
            throw PyExceptions.typeError("maxsize should be integer or None");
        }
        return new PyLruCacheWrapper(cls, func, maxsize, typed, b[3]);
    }

    /**
     * A cache key with its Python hash, computed once per call as CPython's wrappers do (they
     * use the dict's known-hash calls): the map asks for the hash at each get, put and check,
     * and a key's {@code __hash__} may be slow or count its calls.
     */
    private record Key(PyObject key, long hash) {
        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        /** The map asks the probe about a stored key: Python compares the stored one first. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.hash == hash
                    && (k.key == key || Ops.eqBool(k.key, key));
        }
    }

    // CPython: Modules/_functoolsmodule.c lru_cache_make_key
    private PyObject makeKey(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1) {
                PyObject key = args[0];
                PyType t = key.type();
                if (t == PyStr.TYPE || t == PyInt.TYPE) {
                    return key;
                }
            }
            return new PyTuple(args.clone());
        }
        int size = npos + (nkw > 0 ? nkw * 2 + 1 : 0) + (typed ? npos + nkw : 0);
        PyObject[] key = new PyObject[size];
        int at = 0;
        for (int i = 0; i < npos; i++) {
            key[at++] = args[i];
        }
        if (nkw > 0) {
            key[at++] = kwdMark;
            for (int k = 0; k < nkw; k++) {
                key[at++] = PyStr.of(kwnames[k]);
                key[at++] = args[npos + k];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[at++] = args[i].type();
            }
            for (int k = 0; k < nkw; k++) {
                key[at++] = args[npos + k].type();
            }
        }
        return new PyTuple(key);
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return Ops.call(func, args, kwnames);
        }
        PyObject k = makeKey(args, kwnames);
        Key key = new Key(k, Ops.hash(k));
        PyObject result = cache.get(key);
        if (result != null) {
            hits++;
            return result;
        }
        misses++;
        result = Ops.call(func, args, kwnames);
        if (maxsize < 0) {
            cache.put(key, result);
            return result;
        }
        if (cache.containsKey(key)) {
            // the call itself cached this key (re-entrantly): keep that entry
            return result;
        }
        if (cache.size() >= maxsize) {
            Iterator<Key> eldest = cache.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        cache.put(key, result);
        return result;
    }

    @Override
    public PyObject get(PyObject obj, PyType owner) {
        return obj == null || obj == PyNone.NONE ? this : new PyMethod(this, obj);
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance, null);
    }

    @Exposed(value = "cache_info($self, /)", doc = "Report cache statistics")
    public PyObject cache_info() {
        return Ops.call(cacheInfoType, PyInt.of(hits), PyInt.of(misses),
                maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize), PyInt.of(cache.size()));
    }

    @Exposed(value = "cache_clear($self, /)", doc = "Clear the cache and cache statistics")
    public void cache_clear() {
        hits = 0;
        misses = 0;
        cache.clear();
    }

    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        return Attributes.getAttr(this, "__qualname__");
    }

    @Exposed("__copy__($self, /, *args)")
    public PyObject __copy__(PyObject[] args, String[] kwnames) {
        return this;
    }

    @Exposed("__deepcopy__($self, /, *args)")
    public PyObject __deepcopy__(PyObject[] args, String[] kwnames) {
        return this;
    }

    @Exposed.Getter("__dict__")
    public PyObject get__dict__() {
        return getDict();
    }

    @Exposed.Setter("__dict__")
    public void set__dict__(PyObject value) {
        if (!(value instanceof PyDict d)) {
            throw PyExceptions.typeError("__dict__ must be set to a dictionary, not a '"
                    + (value == null ? "NoneType" : value.type().getName()) + "'");
        }
        setDict(d);
    }
}
