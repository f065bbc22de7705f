package dev.krait.modules.posix;

import dev.krait.objects.Exposed;
import dev.krait.objects.Finalization;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.WarningsMachinery;
import java.util.List;

/**
 * What {@code os.scandir} returns: an iterator of {@link PyDirEntry} that is also a context
 * manager. The directory is read in full when scandir is called (readdir's order), so there is
 * no open directory stream to leak; {@code close()} just ends the iteration. One collected before
 * it was closed or exhausted still warns as CPython's does ({@code ResourceWarning: unclosed
 * scandir iterator}), since the same program leaks a descriptor there.
 *
 * <p>CPython counterpart: Modules/posixmodule.c {@code ScandirIterator}.
 */
public final class PyScandirIterator extends PyObject implements Iteration.JavaIterator {
    public static final PyType TYPE = PyType.builtinFinal("ScandirIterator",
            PyScandirIterator.class, null).withModule("posix");

    private final PathArg path;
    private final List<ProcessCalls.DirEntryData> entries;
    private int next;
    private boolean closed;

    /** What warns if this is collected before it is closed (see {@link Finalization}). */
    private final Object guard;

    PyScandirIterator(PathArg path, List<ProcessCalls.DirEntryData> entries) {
        super(TYPE);
        this.path = path;
        this.entries = entries;
        this.guard = Finalization.watch(this);
    }

    @Override
    public PyObject nextOrNull() {
        if (closed || next >= entries.size()) {
            markClosed();
            return null;
        }
        return new PyDirEntry(path, entries.get(next++));
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed("close($self, /)")
    public void close() {
        markClosed();
    }

    private void markClosed() {
        if (!closed) {
            closed = true;
            Finalization.release(guard);
        }
    }

    /** Collected while open: the ResourceWarning CPython gives (its descriptor is closed). */
    // CPython: Modules/posixmodule.c ScandirIterator_finalize
    @Exposed("__del__($self, /)")
    public void __del__() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            WarningsMachinery.warn(PyStr.of("unclosed scandir iterator "
                    + Ops.repr(this).value()), PyExceptions.ResourceWarning, 1, this);
        } catch (PyException e) {
            // CPython reports a warning turned into an error, and drops other errors
            if (e.value.type().isSubtypeOf(PyExceptions.Warning)) {
                Errors.writeUnraisable(this, e.value);
            }
        }
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        return this;
    }

    @Exposed("__exit__($self, *args)")
    public boolean __exit__(PyObject[] args, String[] kwnames) {
        markClosed();
        return false;
    }
}
