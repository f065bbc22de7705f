package dev.krait.modules.codecs;

import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * One interpreter's codec registry: the search functions {@code codecs.register} added, the
 * cache of their answers by normalised name, and the error handlers by name. It belongs to the
 * interpreter, not to the {@code _codecs} module object, as in CPython.
 *
 * <p>The {@code encodings} package, whose search function knows every codec of the stdlib, is
 * imported on the first lookup or registration, as CPython's lazy {@code _PyCodecRegistry_Init}
 * did (CPython 3.11 imports it at start-up; Krait defers it to keep start-up fast).
 *
 * <p>CPython counterpart: Python/codecs.c (PyCodec_Register, _PyCodec_Lookup,
 * PyCodec_RegisterError, PyCodec_LookupError, _PyCodecRegistry_Init).
 */
public final class CodecRegistry {
    private final Interpreter interpreter;
    private final PyList searchPath = new PyList();
    private final PyDict cache = new PyDict();
    private final PyDict errorHandlers = new PyDict();
    /** Whether {@code encodings} has been imported (or its import begun). */
    private boolean initialised;

    private CodecRegistry(Interpreter interpreter) {
        this.interpreter = interpreter;
        ErrorHandlers.registerStandard(errorHandlers);
    }

    /** The registry of the calling thread's interpreter. */
    public static CodecRegistry current() {
        Interpreter interp = ThreadState.current().interpreter;
        return interp.state(CodecRegistry.class, () -> new CodecRegistry(interp));
    }

    // CPython: Python/codecs.c _PyCodecRegistry_Init (the import of encodings)
    private void initialise() {
        if (initialised) {
            return;
        }
        initialised = true;
        interpreter.importer().importModule("encodings");
    }

    // CPython: Python/codecs.c PyCodec_Register
    void register(PyObject searchFunction) {
        initialise();
        if (!Ops.isCallable(searchFunction)) {
            throw PyExceptions.typeError("argument must be callable");
        }
        searchPath.append(searchFunction);
    }

    // CPython: Python/codecs.c PyCodec_Unregister
    void unregister(PyObject searchFunction) {
        for (int i = 0; i < searchPath.size(); i++) {
            if (searchPath.items.get(i) == searchFunction) {
                cache.clear();
                searchPath.items.remove(i);
                return;
            }
        }
    }

    /** The codec info for an encoding name, from the cache or the search functions. */
    // CPython: Python/codecs.c _PyCodec_Lookup
    PyObject lookup(String encoding) {
        initialise();
        PyStr key = PyStr.intern(StrCodecs.normalizeEncoding(encoding));
        PyObject found = cache.getItem(key);
        if (found != null) {
            return found;
        }
        if (searchPath.size() == 0) {
            throw PyExceptions.of(PyExceptions.LookupError,
                    "no codec search functions registered: can't find encoding");
        }
        for (int i = 0; i < searchPath.size(); i++) {
            PyObject result = Ops.call(searchPath.items.get(i), key);
            if (result == PyNone.NONE) {
                continue;
            }
            if (!(result instanceof PyTuple t) || t.size() != 4) {
                throw PyExceptions.typeError("codec search functions must return 4-tuples");
            }
            cache.setItem(key, result);
            return result;
        }
        throw PyExceptions.of(PyExceptions.LookupError, "unknown encoding: " + encoding);
    }

    /** {@code codecs._forget_codec}: drops a name from the cache. */
    // CPython: Python/codecs.c _PyCodec_Forget
    void forget(String encoding) {
        PyStr key = PyStr.of(StrCodecs.normalizeEncoding(encoding));
        if (cache.getItem(key) == null) {
            throw PyExceptions.keyError(key);
        }
        cache.delItem(key);
    }

    // CPython: Python/codecs.c PyCodec_RegisterError
    void registerError(String name, PyObject handler) {
        if (!Ops.isCallable(handler)) {
            throw PyExceptions.typeError("handler must be callable");
        }
        errorHandlers.setItem(PyStr.of(name), handler);
    }

    /** The handler registered under {@code name}; LookupError when there is none. */
    // CPython: Python/codecs.c PyCodec_LookupError
    public PyObject lookupError(String name) {
        PyObject h = errorHandlers.getItem(PyStr.of(name == null ? "strict" : name));
        if (h == null) {
            throw PyExceptions.of(PyExceptions.LookupError, "unknown error handler name '"
                    + name + "'");
        }
        return h;
    }
}
