package dev.krait.runtime;

import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;

/**
 * Raising the runtime's own errors from Java, beyond the common ones in
 * {@link PyExceptions}.
 */
public final class Errors {
    private Errors() {}

    public static PyException recursionError(String message) {
        return PyExceptions.of(PyExceptions.RecursionError, message);
    }
}
