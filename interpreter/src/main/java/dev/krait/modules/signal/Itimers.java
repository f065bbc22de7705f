package dev.krait.modules.signal;

import dev.krait.modules.posix.Libc;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Pytime;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * {@code signal.setitimer} and {@code signal.getitimer}: the C library's interval timers
 * (ITIMER_REAL sends SIGALRM, ITIMER_VIRTUAL SIGVTALRM, ITIMER_PROF SIGPROF), with
 * {@code signal.ItimerError}, the OSError their failures raise.
 *
 * <p>CPython counterpart: Modules/signalmodule.c {@code signal_setitimer_impl},
 * {@code signal_getitimer_impl}, {@code timeval_from_double}, {@code itimer_retval}.
 */
public final class Itimers {
    private Itimers() {}

    static final int ITIMER_REAL = 0, ITIMER_VIRTUAL = 1, ITIMER_PROF = 2;

    /** The module's ItimerError ("signal.itimer_error", an OSError), per interpreter. */
    static final class State {
        final PyType itimerError;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("signal"));
            itimerError = (PyType) Ops.call(PyType.TYPE, PyStr.of("itimer_error"),
                    PyTuple.of(PyExceptions.OSError), ns);
        }
    }

    static PyType itimerError(dev.krait.runtime.Interpreter interp) {
        return interp.state(State.class, State::new).itimerError;
    }

    // struct itimerval { struct timeval it_interval, it_value; }: four longs on LP64
    private static final class SetItimer {
        static final MethodHandle H = Libc.errnoCall("setitimer",
                FunctionDescriptor.of(Libc.INT, Libc.INT, Libc.PTR, Libc.PTR));
    }

    private static final class GetItimer {
        static final MethodHandle H = Libc.errnoCall("getitimer",
                FunctionDescriptor.of(Libc.INT, Libc.INT, Libc.PTR));
    }

    @Exposed("setitimer($module, which, seconds, interval=0.0, /)")
    public static PyObject setitimer(PyObject which, PyObject seconds, PyObject interval) {
        int w = Numbers.index(which).intValueExact("Python int too large to convert to C int");
        long[] value = timeval(seconds);
        long[] every = timeval(interval);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment next = a.allocate(32, 8);
            next.set(Libc.LONG, 0, every[0]);
            next.set(Libc.LONG, 8, every[1]);
            next.set(Libc.LONG, 16, value[0]);
            next.set(Libc.LONG, 24, value[1]);
            MemorySegment old = a.allocate(32, 8);
            int r = (int) SetItimer.H.invokeExact(Libc.state(), w, next, old);
            if (r != 0) {
                throw failure(Libc.lastErrno());
            }
            if (value[0] != 0 || value[1] != 0) {
                SignalFunctions.state().armed(w);
            }
            return result(old);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /**
     * Disarms interval timer {@code which}, as the end of its process would (see
     * {@link SignalState}'s release on a stop); a failure is ignored.
     */
    static void disarm(int which) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment zero = a.allocate(32, 8);
            int r = (int) SetItimer.H.invokeExact(Libc.state(), which, zero, MemorySegment.NULL);
        } catch (Throwable t) {
            // nothing to report to: the program that armed it is gone
        }
    }

    @Exposed("getitimer($module, which, /)")
    public static PyObject getitimer(PyObject which) {
        int w = Numbers.index(which).intValueExact("Python int too large to convert to C int");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment now = a.allocate(32, 8);
            int r = (int) GetItimer.H.invokeExact(Libc.state(), w, now);
            if (r != 0) {
                throw failure(Libc.lastErrno());
            }
            return result(now);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** (value, interval) in seconds, as itimer_retval builds it. */
    private static PyObject result(MemorySegment v) {
        double interval = v.get(Libc.LONG, 0) + v.get(Libc.LONG, 8) / 1e6;
        double value = v.get(Libc.LONG, 16) + v.get(Libc.LONG, 24) / 1e6;
        return PyTuple.of(new PyFloat(value), new PyFloat(interval));
    }

    /**
     * Seconds (a float or an integer) as a timeval rounded up to the microsecond:
     * _PyTime_FromSecondsObject then _PyTime_AsTimeval, both with _PyTime_ROUND_CEILING.
     */
    private static long[] timeval(PyObject seconds) {
        long ns = Pytime.fromSecondsObject(seconds, Pytime.Round.CEILING);
        return Pytime.asTimeval(ns, Pytime.Round.CEILING);
    }

    /** ItimerError(errno, strerror), as PyErr_SetFromErrno(itimer_error) raises it. */
    private static PyException failure(int errno) {
        PyType type = itimerError(ThreadState.current().interpreter);
        PyObject text = PyStr.of(dev.krait.modules.posix.ProcessCalls.strerror(errno));
        return ((PyBaseException) Ops.call(type, PyInt.of(errno), text)).raise();
    }
}
