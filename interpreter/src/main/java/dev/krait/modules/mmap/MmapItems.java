package dev.krait.modules.mmap;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.lang.foreign.ValueLayout;

/**
 * The sequence side of an mmap that iteration walks: CPython's {@code sq_item}, whose items are
 * bytes of length 1, while the mapping side ({@code mp_subscript}, what {@code m[i]} calls)
 * gives ints. CPython iterates an mmap through {@code sq_item}, so {@link PyMmap#__iter__}
 * hands Python's generic sequence iterator this view.
 *
 * <p>CPython counterpart: Modules/mmapmodule.c {@code mmap_item}.
 */
public final class MmapItems extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("mmap_items", MmapItems.class, null)
            .withModule("mmap");

    private final PyMmap map;

    MmapItems(PyMmap map) {
        super(TYPE);
        this.map = map;
    }

    // CPython: Modules/mmapmodule.c mmap_item
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        long i = CArgs.asIndexSized(key, PyExceptions.IndexError);
        map.data();
        if (i < 0 || i >= map.size) {
            throw PyExceptions.indexError("mmap index out of range");
        }
        return PyBytes.of(new byte[] {map.memory().get(ValueLayout.JAVA_BYTE, i)});
    }
}
