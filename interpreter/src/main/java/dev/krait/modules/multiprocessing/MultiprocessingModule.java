package dev.krait.modules.multiprocessing;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _multiprocessing} module as CPython builds it on Linux: the {@link PySemLock}
 * type, {@code sem_unlink}, and the {@code flags} that tell {@code multiprocessing} which
 * semaphore calls work (all of them, on glibc).
 *
 * <p>Krait cannot fork, so of {@code multiprocessing}'s start methods only {@code spawn} works
 * (the default, {@code fork}, fails at {@code os.fork}, which Krait does not have); a spawned
 * child is a new Krait process that finds its locks by their semaphore names.
 *
 * <p>CPython counterpart: Modules/_multiprocessing/multiprocessing.c.
 */
@NativeModule.Register("_multiprocessing")
public final class MultiprocessingModule implements NativeModule {
    /** {@code SEM_VALUE_MAX} of glibc. */
    private static final int SEM_VALUE_MAX = Integer.MAX_VALUE;

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_multiprocessing");
        ModuleBuilder.addFunctions(m, MultiprocessingModule.class);
        // CPython: Modules/_multiprocessing/multiprocessing.c multiprocessing_exec
        PySemLock.TYPE.setTypeAttribute("SEM_VALUE_MAX", PyInt.of(SEM_VALUE_MAX));
        PySemLock.TYPE.setTypeAttribute("__doc__", PyStr.of("Semaphore/Mutex type"));
        m.put("SemLock", PySemLock.TYPE);
        PyDict flags = new PyDict();
        flags.setItem(PyStr.of("HAVE_SEM_OPEN"), PyInt.of(1));
        flags.setItem(PyStr.of("HAVE_SEM_TIMEDWAIT"), PyInt.of(1));
        m.put("flags", flags);
        return m;
    }

    // CPython: Modules/_multiprocessing/multiprocessing.c _multiprocessing_sem_unlink_impl
    @Exposed("sem_unlink($module, name, /)")
    public static PyObject sem_unlink(PyObject name) {
        byte[] n = PySemLock.cString("sem_unlink", "argument", "str", name);
        try {
            SemaphoreCalls.unlink(n);
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
        return PyNone.NONE;
    }
}
