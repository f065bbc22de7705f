package dev.krait.modules.testcapi;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.KraitThread;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.TracebackPrinter;
import java.util.concurrent.CountDownLatch;

/**
 * {@code _testcapi.call_in_temporary_c_thread} and {@code join_temporary_c_thread}: a callback
 * run on a thread the {@code threading} module never started, which gets a thread state of its
 * own for the call only (PyGILState_Ensure/Release) -- the case of a C library calling back
 * into Python. Tests use it to check that thread-local data and generators do not keep a
 * finished thread's state alive (test_threading_local's clear race, test_threading's
 * generator made in a C thread). Like CPython's, one such thread is tracked at a time.
 */
// CPython: Modules/_testcapimodule.c temporary_c_thread, call_in_temporary_c_thread
public final class TemporaryCThread {
    private TemporaryCThread() {
    }

    /** Counted down when the last temporary thread has ended; null when none is tracked. */
    private static volatile CountDownLatch exited;

    @Exposed(value = "call_in_temporary_c_thread($module, callback, wait=1, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject call_in_temporary_c_thread(PyObject callback, PyObject wait) {
        boolean waitForExit = wait == null || dev.krait.objects.CArgs.asInt(wait) != 0;
        Interpreter interpreter = ThreadState.current().interpreter;
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ThreadState state = new ThreadState(interpreter);
        KraitThread thread = new KraitThread(() -> {
            started.countDown();
            interpreter.gil().acquire();
            try {
                Ops.call(callback);
            } catch (PyException e) {
                print(interpreter, e.value);
            } catch (StackOverflowError e) {
                print(interpreter, dev.krait.runtime.Errors.recursionError(
                        "maximum recursion depth exceeded").value);
            } finally {
                interpreter.gil().release();
                done.countDown();
            }
        }, "krait-temporary-c-thread", KraitThread.DEFAULT_STACK_BYTES, state);
        thread.setDaemon(true);
        interpreter.gil().activate();
        exited = done;
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            exited = null;
            throw PyExceptions.of(PyExceptions.RuntimeError, "unable to start the thread");
        }
        awaitWithoutLock(started);
        if (waitForExit) {
            awaitWithoutLock(done);
            exited = null;
        }
        return PyNone.NONE;
    }

    @Exposed(value = "join_temporary_c_thread($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject join_temporary_c_thread() {
        CountDownLatch done = exited;
        if (done != null) {
            awaitWithoutLock(done);
            exited = null;
        }
        return PyNone.NONE;
    }

    /** Waits, with the interpreter lock released and deaf to interrupts, as a C lock does. */
    private static void awaitWithoutLock(CountDownLatch latch) {
        Gil.allowThreads(() -> {
            boolean interrupted = false;
            while (true) {
                try {
                    latch.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    /**
     * PyErr_Print for the callback's exception: recorded as {@code sys.last_type}/
     * {@code last_value}/{@code last_traceback} and shown by {@code sys.excepthook}. A
     * SystemExit is shown too, where CPython's PyErr_Print would end the process from this
     * thread.
     */
    // CPython: Python/pythonrun.c _PyErr_PrintEx(tstate, 1)
    private static void print(Interpreter interpreter, PyBaseException e) {
        PyObject sys = interpreter.sysModule();
        PyObject tb = e.getTraceback() == null ? PyNone.NONE : e.getTraceback();
        try {
            Attributes.setAttr(sys, "last_type", e.type());
            Attributes.setAttr(sys, "last_value", e);
            Attributes.setAttr(sys, "last_traceback", tb);
            PyObject hook = Attributes.lookupAttrOrNull(sys, "excepthook");
            if (hook != null && hook != PyNone.NONE) {
                Ops.call(hook, e.type(), e, tb);
                return;
            }
            PyObject err = Attributes.lookupAttrOrNull(sys, "stderr");
            if (err != null && err != PyNone.NONE) {
                Ops.callMethod(err, "write", PyStr.of("sys.excepthook is missing\n"
                        + TracebackPrinter.format(e)));
            }
        } catch (PyException failed) {
            dev.krait.runtime.Errors.writeUnraisable("in sys.excepthook", null, failed.value);
        }
    }
}
