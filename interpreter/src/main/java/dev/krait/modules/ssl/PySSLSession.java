package dev.krait.modules.ssl;

import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _ssl.SSLSession}: the type exists because Lib/ssl.py imports it, but no Krait
 * connection hands out a session (the JDK resumes sessions by itself, within one context), so
 * {@code SSLSocket.session} is None (docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Modules/_ssl.c {@code PySSLSession}.
 */
public final class PySSLSession extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("SSLSession", PySSLSession.class, null)
            .withModule("_ssl");

    private PySSLSession(PyType cls) {
        super(cls);
    }
}
