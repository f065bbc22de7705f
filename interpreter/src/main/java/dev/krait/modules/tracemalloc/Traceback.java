package dev.krait.modules.tracemalloc;

import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.Arrays;

/**
 * Where an object was allocated: the file and line of up to the traceback limit's number of
 * Python frames, most recent first, and how many frames the stack held in all. Equal
 * tracebacks are interned by {@link Tracer}, so that the traces of one line share theirs.
 *
 * <p>CPython counterpart: Modules/_tracemalloc.c {@code traceback_t}, {@code frame_t}.
 */
final class Traceback {
    /** CPython counts the frames of a stack in a 16-bit field: {@code total_nframe} stops there. */
    static final int MAX_TOTAL = 0xFFFF;

    /** The traceback of an allocation with no Python frame (CPython's empty traceback). */
    static final Traceback UNKNOWN = new Traceback(new String[] {"<unknown>"}, new int[] {0}, 1);

    final String[] filenames;
    final int[] linenos;
    final int totalNframe;
    private final int hash;

    private Traceback(String[] filenames, int[] linenos, int totalNframe) {
        this.filenames = filenames;
        this.linenos = linenos;
        this.totalNframe = totalNframe;
        this.hash = 31 * (31 * Arrays.hashCode(filenames) + Arrays.hashCode(linenos))
                + totalNframe;
    }

    /** The frames of the stack whose innermost frame is {@code top}, at most {@code limit}. */
    // CPython: Modules/_tracemalloc.c traceback_get_frames, tracemalloc_get_frame
    static Traceback of(PyFrame top, int limit) {
        int total = 0;
        for (PyFrame f = top; f != null && total < MAX_TOTAL; f = f.back) {
            total++;
        }
        if (total == 0) {
            return UNKNOWN;
        }
        int n = Math.min(total, limit);
        String[] files = new String[n];
        int[] lines = new int[n];
        PyFrame f = top;
        for (int i = 0; i < n; i++, f = f.back) {
            String file = f.code.filename;
            files[i] = file == null ? "<unknown>" : file;
            lines[i] = Math.max(0, f.lineno);
        }
        return new Traceback(files, lines, total);
    }

    /** The frames as Python sees them: a tuple of (filename, lineno) tuples, most recent first. */
    // CPython: Modules/_tracemalloc.c traceback_to_pyobject, frame_to_pyobject
    PyTuple toPython() {
        PyObject[] frames = new PyObject[filenames.length];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = PyTuple.of(PyStr.of(filenames[i]), PyInt.of(linenos[i]));
        }
        return PyTuple.of(frames);
    }

    /** An estimate of the Java memory this traceback takes (the object and its two arrays). */
    long footprint() {
        return 32 + 16 + 8L * filenames.length + 16 + 4L * linenos.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Traceback t && t.hash == hash && t.totalNframe == totalNframe
                && Arrays.equals(t.linenos, linenos) && Arrays.equals(t.filenames, filenames);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
