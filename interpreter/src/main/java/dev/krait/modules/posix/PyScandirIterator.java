package dev.krait.modules.posix;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.util.List;

/**
 * What {@code os.scandir} returns: an iterator of {@link PyDirEntry} that is also a context
 * manager. The directory is read in full when scandir is called (readdir's order), so there is
 * no open directory stream to leak; {@code close()} just ends the iteration.
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

    PyScandirIterator(PathArg path, List<ProcessCalls.DirEntryData> entries) {
        super(TYPE);
        this.path = path;
        this.entries = entries;
    }

    @Override
    public PyObject nextOrNull() {
        if (closed || next >= entries.size()) {
            closed = true;
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
        closed = true;
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        return this;
    }

    @Exposed("__exit__($self, *args)")
    public boolean __exit__(PyObject[] args, String[] kwnames) {
        closed = true;
        return false;
    }
}
