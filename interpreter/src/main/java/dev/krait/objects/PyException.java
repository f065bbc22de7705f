package dev.krait.objects;

/**
 * The Java throwable that carries a Python exception up the Java stack while it propagates. It
 * records no Java stack trace (a Python exception is ordinary control flow, and filling a Java
 * trace would cost more than raising it); the Python traceback lives in the exception object.
 */
public final class PyException extends RuntimeException {
    /** The Python exception object being raised. */
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The Python type of the exception. */
    public PyType pythonType() {
        return value.type();
    }

    /** Whether the exception is an instance of {@code t} (an except clause's test). */
    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type().getName() + ": " + value.messageForJava();
    }
}
