package dev.krait.modules.queue;

import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;

/**
 * {@code _queue}: {@link PySimpleQueue} and the {@code Empty} exception that {@code queue}
 * re-exports (and raises from its own {@code Queue} too).
 *
 * <p>CPython counterpart: Modules/_queuemodule.c.
 */
@NativeModule.Register("_queue")
public final class QueueModule implements NativeModule {
    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType empty;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("_queue"));
            ns.setItem(PyStr.of("__doc__"),
                    PyStr.of("Exception raised by Queue.get(block=0)/get_nowait()."));
            empty = (PyType) Ops.call(PyType.TYPE, PyStr.of("Empty"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    static PyType empty() {
        return ThreadState.current().interpreter.state(State.class, State::new).empty;
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_queue");
        m.put("SimpleQueue", PySimpleQueue.TYPE);
        m.put("Empty", interpreter.state(State.class, State::new).empty);
        m.put("__doc__", PyStr.of("C implementation of the Python queue module.\n"
                + "This module is an implementation detail, please do not use it directly."));
        return m;
    }
}
