package dev.krait.modules.struct;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code _struct} keeps per interpreter: its {@code struct.error} class and the cache of
 * parsed formats that the module functions use (CPython caches compiled Struct objects, up to
 * 100, and {@code _clearcache} empties it).
 *
 * <p>CPython counterpart: Modules/_struct.c {@code _structmodulestate} and cache_struct_converter.
 */
final class StructState {
    private static final int MAXCACHE = 100;

    final PyType error;
    private final Map<String, StructFormat> cache = new LinkedHashMap<>();

    private StructState() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("struct"));
        error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"),
                PyTuple.of(PyExceptions.Exception), ns);
    }

    static StructState current() {
        Interpreter interp = ThreadState.current().interpreter;
        return interp.state(StructState.class, StructState::new);
    }

    /** A {@code struct.error} with {@code message}, to throw. */
    PyException error(String message) {
        return ((PyBaseException) Ops.call(error, PyStr.of(message))).raise();
    }

    /** The parsed format, from the cache when it was parsed before. */
    synchronized StructFormat format(String fmt) {
        StructFormat f = cache.get(fmt);
        if (f == null) {
            f = StructFormat.parse(fmt, this);
            if (cache.size() >= MAXCACHE) {
                cache.clear();
            }
            cache.put(fmt, f);
        }
        return f;
    }

    synchronized void clear() {
        cache.clear();
    }

    /** The format argument as a str: a str, or bytes read as ASCII. */
    static String formatText(PyObject fmt) {
        if (fmt instanceof PyStr s) {
            return s.value();
        }
        byte[] b = dev.krait.objects.PyBytes.bytesLikeCopy(fmt);
        if (fmt instanceof dev.krait.objects.PyBytes && b != null) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw PyExceptions.typeError("Struct() argument 1 must be a str or bytes object, not "
                + fmt.type().getName());
    }
}
