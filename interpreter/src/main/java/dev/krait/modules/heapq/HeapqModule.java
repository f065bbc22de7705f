package dev.krait.modules.heapq;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.ArrayList;

/**
 * The {@code _heapq} module: binary min-heaps (and the max-heap helpers {@code heapq.merge} and
 * {@code nlargest} use) kept in a list. Every comparison is {@code <} through
 * {@link Ops#richCompare}, and a list resized by a comparison raises RuntimeError, as in
 * CPython; {@code heapify} of a large list visits nodes in CPython's cache-friendly order, so the
 * resulting arrangement is the same.
 *
 * <p>CPython counterpart: Modules/_heapqmodule.c.
 */
@NativeModule.Register("_heapq")
public final class HeapqModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_heapq");
        m.put("__doc__", PyStr.of("Heap queue algorithm (a.k.a. priority queue).\n\nHeaps "
                + "are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, "
                + "counting elements from 0.  For the sake of comparison,\nnon-existing "
                + "elements are considered to be infinite.  The interesting\nproperty of a "
                + "heap is that a[0] is always its smallest element.\n"));
        m.put("__about__", PyStr.of("Heap queues"));
        ModuleBuilder.addFunctions(m, HeapqModule.class);
        return m;
    }

    /** The list of a heap argument; {@code which} is "argument 1", or "argument" for the
     *  one-argument functions, as Argument Clinic words it. */
    private static ArrayList<PyObject> list(String function, PyObject heap) {
        if (!(heap instanceof PyList l)) {
            String which = function.contains("heappush") || function.contains("replace")
                    ? "argument 1" : "argument";
            throw PyExceptions.typeError(function + "() " + which + " must be list, not "
                    + heap.type().getName());
        }
        return l.items;
    }

    private static boolean less(PyObject a, PyObject b) {
        return Ops.isTrue(Ops.richCompare(a, b, CompareOp.LT));
    }

    private static PyException sizeChanged() {
        return PyExceptions.runtimeError("list changed size during iteration");
    }

    // CPython: Modules/_heapqmodule.c siftdown (and siftdown_max)
    private static void siftdown(ArrayList<PyObject> heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) {
            throw PyExceptions.indexError("index out of range");
        }
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject newitem = heap.get(pos);
            PyObject parent = heap.get(parentpos);
            boolean lt = max ? less(parent, newitem) : less(newitem, parent);
            if (size != heap.size()) {
                throw sizeChanged();
            }
            if (!lt) {
                break;
            }
            parent = heap.get(parentpos);
            newitem = heap.get(pos);
            heap.set(parentpos, newitem);
            heap.set(pos, parent);
            pos = parentpos;
        }
    }

    // CPython: Modules/_heapqmodule.c siftup (and siftup_max)
    private static void siftup(ArrayList<PyObject> heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        if (pos >= endpos) {
            throw PyExceptions.indexError("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                PyObject a = heap.get(childpos);
                PyObject b = heap.get(childpos + 1);
                boolean lt = max ? less(b, a) : less(a, b);
                if (!lt) {
                    childpos++;
                }
                if (endpos != heap.size()) {
                    throw sizeChanged();
                }
            }
            PyObject child = heap.get(childpos);
            heap.set(childpos, heap.get(pos));
            heap.set(pos, child);
            pos = childpos;
        }
        siftdown(heap, startpos, pos, max);
    }

    @Exposed(value = "heappush($module, heap, item, /)",
            doc = "Push item onto heap, maintaining the heap invariant.")
    public static void heappush(PyObject heapObj, PyObject item) {
        ArrayList<PyObject> heap = list("heappush", heapObj);
        heap.add(item);
        siftdown(heap, 0, heap.size() - 1, false);
    }

    private static PyObject pop(ArrayList<PyObject> heap, boolean max) {
        int n = heap.size();
        if (n == 0) {
            throw PyExceptions.indexError("index out of range");
        }
        PyObject last = heap.remove(n - 1);
        if (n - 1 == 0) {
            return last;
        }
        PyObject result = heap.get(0);
        heap.set(0, last);
        siftup(heap, 0, max);
        return result;
    }

    @Exposed(value = "heappop($module, heap, /)",
            doc = "Pop the smallest item off the heap, maintaining the heap invariant.")
    public static PyObject heappop(PyObject heap) {
        return pop(list("heappop", heap), false);
    }

    @Exposed(value = "_heappop_max($module, heap, /)",
            doc = "Maxheap variant of heappop.")
    public static PyObject _heappop_max(PyObject heap) {
        return pop(list("_heappop_max", heap), true);
    }

    private static PyObject replace(ArrayList<PyObject> heap, PyObject item, boolean max) {
        if (heap.isEmpty()) {
            throw PyExceptions.indexError("index out of range");
        }
        PyObject result = heap.get(0);
        heap.set(0, item);
        siftup(heap, 0, max);
        return result;
    }

    @Exposed(value = "heapreplace($module, heap, item, /)",
            doc = "Pop and return the current smallest value, and add the new item.")
    public static PyObject heapreplace(PyObject heap, PyObject item) {
        return replace(list("heapreplace", heap), item, false);
    }

    @Exposed(value = "_heapreplace_max($module, heap, item, /)",
            doc = "Maxheap variant of heapreplace.")
    public static PyObject _heapreplace_max(PyObject heap, PyObject item) {
        return replace(list("_heapreplace_max", heap), item, true);
    }

    // CPython: Modules/_heapqmodule.c _heapq_heappushpop_impl
    @Exposed(value = "heappushpop($module, heap, item, /)",
            doc = "Push item on the heap, then pop and return the smallest item from the heap.")
    public static PyObject heappushpop(PyObject heapObj, PyObject item) {
        ArrayList<PyObject> heap = list("heappushpop", heapObj);
        if (heap.isEmpty()) {
            return item;
        }
        if (!less(heap.get(0), item)) {
            return item;
        }
        if (heap.isEmpty()) {
            throw PyExceptions.indexError("index out of range");
        }
        PyObject result = heap.get(0);
        heap.set(0, item);
        siftup(heap, 0, false);
        return result;
    }

    // CPython: Modules/_heapqmodule.c heapify_internal, cache_friendly_heapify
    private static void heapify(ArrayList<PyObject> heap, boolean max) {
        int n = heap.size();
        if (n <= 2500) {
            for (int i = (n >> 1) - 1; i >= 0; i--) {
                siftup(heap, i, max);
            }
            return;
        }
        int m = n >> 1;
        int leftmost = Integer.highestOneBit(m + 1) - 1;
        int mhalf = m >> 1;
        for (int i = leftmost - 1; i >= mhalf; i--) {
            siftChain(heap, i, max);
        }
        for (int i = m - 1; i >= leftmost; i--) {
            siftChain(heap, i, max);
        }
    }

    /** Sifts node {@code j} and, while it is a left child, its parents. */
    private static void siftChain(ArrayList<PyObject> heap, int j, boolean max) {
        while (true) {
            siftup(heap, j, max);
            if ((j & 1) == 0) {
                break;
            }
            j >>= 1;
        }
    }

    @Exposed(value = "heapify($module, heap, /)",
            doc = "Transform list into a heap, in-place, in O(len(heap)) time.")
    public static void heapify(PyObject heap) {
        heapify(list("heapify", heap), false);
    }

    @Exposed(value = "_heapify_max($module, heap, /)",
            doc = "Maxheap variant of heapify.")
    public static void _heapify_max(PyObject heap) {
        heapify(list("_heapify_max", heap), true);
    }
}
