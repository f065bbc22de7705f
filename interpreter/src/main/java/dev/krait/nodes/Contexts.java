package dev.krait.nodes;

import dev.krait.objects.PyBaseException;

/**
 * Implicit exception chaining (PEP 3134): an exception raised while another is being handled
 * gets that one as its {@code __context__}, without creating a cycle in the chain.
 *
 * <p>CPython counterpart: Python/errors.c {@code _PyErr_SetObject}.
 */
final class Contexts {
    private Contexts() {}

    static void link(PyBaseException raised, PyBaseException handled) {
        if (handled == null || handled == raised || raised.context != null) {
            return;
        }
        // Cut a cycle: if `raised` already appears in handled's context chain, unlink it there;
        // a cycle already in the chain is detected (Floyd's tortoise and hare) and left alone.
        PyBaseException o = handled;
        PyBaseException slow = o;
        boolean moveSlow = false;
        while (o.context != null) {
            if (o.context == raised) {
                o.context = null;
                break;
            }
            o = o.context;
            if (o == slow) {
                break;
            }
            if (moveSlow) {
                slow = slow.context;
            }
            moveSlow = !moveSlow;
        }
        raised.context = handled;
    }
}
