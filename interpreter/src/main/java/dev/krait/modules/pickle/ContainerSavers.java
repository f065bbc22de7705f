package dev.krait.modules.pickle;

import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.ThreadState;
import java.util.Map;

/**
 * The pickler's writers of builtin containers: tuples (TUPLE1..3 or MARK ... TUPLE, and the
 * POP/POP_MARK then memo GET of a tuple met again inside itself), lists, dicts and sets in
 * batches of 1000 items between MARK and APPENDS/SETITEMS/ADDITEMS (one item alone as APPEND or
 * SETITEM), frozensets, the older protocols' reductions of sets, and fast mode's cycle guard.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code save_tuple}, {@code save_list},
 * {@code batch_list}, {@code batch_list_exact}, {@code save_dict}, {@code batch_dict},
 * {@code batch_dict_exact}, {@code save_set}, {@code save_frozenset}, {@code fast_save_enter}.
 */
final class ContainerSavers {
    private ContainerSavers() {
    }

    private static final String WHERE = " while pickling an object";

    // CPython: Modules/_pickle.c save_tuple
    static void saveTuple(PyPickler p, PyTuple obj) {
        PyObject[] items = obj.items();
        int len = items.length;
        if (len == 0) {
            if (p.proto != 0) {
                p.out.writeByte(Opcodes.EMPTY_TUPLE);
            } else {
                p.out.write2(Opcodes.MARK, Opcodes.TUPLE);
            }
            return;
        }
        if (len <= 3 && p.proto >= 2) {
            for (PyObject item : items) {
                Saver.save(p, item, false);
            }
            if (p.memo.get(obj) >= 0) {
                for (int i = 0; i < len; i++) {
                    p.out.writeByte(Opcodes.POP);
                }
                Saver.memoGetObject(p, obj);
                return;
            }
            p.out.writeByte(len == 1 ? Opcodes.TUPLE1
                    : len == 2 ? Opcodes.TUPLE2 : Opcodes.TUPLE3);
            Saver.memoPut(p, obj);
            return;
        }
        p.out.writeByte(Opcodes.MARK);
        for (PyObject item : items) {
            Saver.save(p, item, false);
        }
        if (p.memo.get(obj) >= 0) {
            if (p.bin != 0) {
                p.out.writeByte(Opcodes.POP_MARK);
            } else {
                for (int i = 0; i <= len; i++) {
                    p.out.writeByte(Opcodes.POP);
                }
            }
            Saver.memoGetObject(p, obj);
            return;
        }
        p.out.writeByte(Opcodes.TUPLE);
        Saver.memoPut(p, obj);
    }

    // CPython: Modules/_pickle.c save_list
    static void saveList(PyPickler p, PyObject obj) {
        boolean entered = p.fast != 0 && Fast.enter(p, obj);
        try {
            if (p.bin != 0) {
                p.out.writeByte(Opcodes.EMPTY_LIST);
            } else {
                p.out.write2(Opcodes.MARK, Opcodes.LIST);
            }
            PyList list = (PyList) obj;
            int len = list.size();
            Saver.memoPut(p, obj);
            if (len != 0) {
                ThreadState ts = p.threadState();
                ts.enterRecursiveCall(WHERE);
                try {
                    if (p.proto > 0) {
                        batchListExact(p, list);
                    } else {
                        batchList(p, Iteration.iter(obj));
                    }
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
        } finally {
            if (entered) {
                Fast.leave(p, obj);
            }
        }
    }

    // CPython: Modules/_pickle.c batch_list_exact
    private static void batchListExact(PyPickler p, PyList list) {
        if (list.size() == 1) {
            Saver.save(p, list.items.get(0), false);
            p.out.writeByte(Opcodes.APPEND);
            return;
        }
        int total = 0;
        do {
            int thisBatch = 0;
            p.out.writeByte(Opcodes.MARK);
            while (total < list.items.size()) {
                Saver.save(p, list.items.get(total), false);
                total++;
                if (++thisBatch == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            p.out.writeByte(Opcodes.APPENDS);
        } while (total < list.items.size());
    }

    // CPython: Modules/_pickle.c batch_list
    static void batchList(PyPickler p, PyObject iter) {
        if (p.proto == 0) {
            for (PyObject item = Iteration.next(iter); item != null; item = Iteration.next(iter)) {
                Saver.save(p, item, false);
                p.out.writeByte(Opcodes.APPEND);
            }
            return;
        }
        int n;
        do {
            PyObject first = Iteration.next(iter);
            if (first == null) {
                break;
            }
            PyObject obj = Iteration.next(iter);
            if (obj == null) {
                Saver.save(p, first, false);
                p.out.writeByte(Opcodes.APPEND);
                break;
            }
            p.out.writeByte(Opcodes.MARK);
            Saver.save(p, first, false);
            n = 1;
            while (obj != null) {
                Saver.save(p, obj, false);
                n++;
                if (n == Opcodes.BATCHSIZE) {
                    break;
                }
                obj = Iteration.next(iter);
            }
            p.out.writeByte(Opcodes.APPENDS);
            if (n != Opcodes.BATCHSIZE) {
                break;
            }
        } while (true);
    }

    // CPython: Modules/_pickle.c save_dict
    static void saveDict(PyPickler p, PyDict obj) {
        boolean entered = p.fast != 0 && Fast.enter(p, obj);
        try {
            if (p.bin != 0) {
                p.out.writeByte(Opcodes.EMPTY_DICT);
            } else {
                p.out.write2(Opcodes.MARK, Opcodes.DICT);
            }
            Saver.memoPut(p, obj);
            if (obj.size() != 0) {
                ThreadState ts = p.threadState();
                ts.enterRecursiveCall(WHERE);
                try {
                    if (p.proto > 0) {
                        batchDictExact(p, obj);
                    } else {
                        batchDict(p, Iteration.iter(Ops.callMethod(obj, "items")));
                    }
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
        } finally {
            if (entered) {
                Fast.leave(p, obj);
            }
        }
    }

    /**
     * The items of an exact dict in batches. The items are copied first: the dict may change
     * while its values are pickled, which CPython reports after the batch (as here) and a Java
     * iterator would not survive.
     */
    // CPython: Modules/_pickle.c batch_dict_exact
    private static void batchDictExact(PyPickler p, PyDict obj) {
        int size = obj.size();
        PyObject[] kv = new PyObject[2 * size];
        int k = 0;
        for (Map.Entry<PyObject, PyObject> e : obj.entries()) {
            kv[k++] = e.getKey();
            kv[k++] = e.getValue();
        }
        if (size == 1) {
            Saver.save(p, kv[0], false);
            Saver.save(p, kv[1], false);
            p.out.writeByte(Opcodes.SETITEM);
            return;
        }
        int at = 0;
        int i;
        do {
            i = 0;
            p.out.writeByte(Opcodes.MARK);
            while (at < size) {
                Saver.save(p, kv[2 * at], false);
                Saver.save(p, kv[2 * at + 1], false);
                at++;
                if (++i == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            p.out.writeByte(Opcodes.SETITEMS);
            if (obj.size() != size) {
                throw PyExceptions.runtimeError("dictionary changed size during iteration");
            }
        } while (i == Opcodes.BATCHSIZE);
    }

    private static PyTuple pair(PyObject item) {
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            throw PyExceptions.typeError("dict items iterator must return 2-tuples");
        }
        return t;
    }

    // CPython: Modules/_pickle.c batch_dict
    static void batchDict(PyPickler p, PyObject iter) {
        if (p.proto == 0) {
            for (PyObject item = Iteration.next(iter); item != null; item = Iteration.next(iter)) {
                PyTuple t = pair(item);
                Saver.save(p, t.get(0), false);
                Saver.save(p, t.get(1), false);
                p.out.writeByte(Opcodes.SETITEM);
            }
            return;
        }
        while (true) {
            PyObject first = Iteration.next(iter);
            if (first == null) {
                break;
            }
            PyTuple t = pair(first);
            PyObject obj = Iteration.next(iter);
            if (obj == null) {
                Saver.save(p, t.get(0), false);
                Saver.save(p, t.get(1), false);
                p.out.writeByte(Opcodes.SETITEM);
                break;
            }
            p.out.writeByte(Opcodes.MARK);
            Saver.save(p, t.get(0), false);
            Saver.save(p, t.get(1), false);
            int n = 1;
            while (obj != null) {
                PyTuple u = pair(obj);
                Saver.save(p, u.get(0), false);
                Saver.save(p, u.get(1), false);
                n++;
                if (n == Opcodes.BATCHSIZE) {
                    break;
                }
                obj = Iteration.next(iter);
            }
            p.out.writeByte(Opcodes.SETITEMS);
            if (n != Opcodes.BATCHSIZE) {
                break;
            }
        }
    }

    // CPython: Modules/_pickle.c save_set
    static void saveSet(PyPickler p, PySet obj) {
        if (p.proto < 4) {
            PyList items = new PyList(java.util.Arrays.asList(obj.toArray()));
            Reductions.saveReduce(p, PyTuple.of(PySet.TYPE, PyTuple.of(items)), obj);
            return;
        }
        p.out.writeByte(Opcodes.EMPTY_SET);
        Saver.memoPut(p, obj);
        int size = obj.size();
        if (size == 0) {
            return;
        }
        PyObject[] items = obj.toArray();
        int at = 0;
        int i;
        do {
            i = 0;
            p.out.writeByte(Opcodes.MARK);
            while (at < items.length) {
                Saver.save(p, items[at++], false);
                if (++i == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            p.out.writeByte(Opcodes.ADDITEMS);
            if (obj.size() != size) {
                throw PyExceptions.runtimeError("set changed size during iteration");
            }
        } while (i == Opcodes.BATCHSIZE);
    }

    // CPython: Modules/_pickle.c save_frozenset
    static void saveFrozenset(PyPickler p, PyObject obj) {
        if (p.fast != 0) {
            Fast.enter(p, obj);
        }
        if (p.proto < 4) {
            PyList items = new PyList(Iteration.toList(obj));
            Reductions.saveReduce(p, PyTuple.of(PyFrozenSet.TYPE, PyTuple.of(items)), obj);
            return;
        }
        p.out.writeByte(Opcodes.MARK);
        PyObject it = Iteration.iter(obj);
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            Saver.save(p, item, false);
        }
        if (p.memo.get(obj) >= 0) {
            p.out.writeByte(Opcodes.POP_MARK);
            Saver.memoGetObject(p, obj);
            return;
        }
        p.out.writeByte(Opcodes.FROZENSET);
        Saver.memoPut(p, obj);
    }

    /**
     * Fast mode's guard against cycles: past 50 levels of nested containers, each container
     * entered is remembered, and meeting it again inside itself is an error (without the memo
     * the pickle would never end).
     */
    // CPython: Modules/_pickle.c fast_save_enter, fast_save_leave
    static final class Fast {
        private Fast() {
        }

        static boolean enter(PyPickler p, PyObject obj) {
            if (++p.fastNesting >= Opcodes.FAST_NESTING_LIMIT) {
                if (p.fastMemo == null) {
                    p.fastMemo = new java.util.IdentityHashMap<>();
                }
                if (p.fastMemo.containsKey(obj)) {
                    throw PyExceptions.valueError("fast mode: can't pickle cyclic objects "
                            + "including object type " + obj.type().getName() + " at "
                            + Ops.addressOf(obj));
                }
                p.fastMemo.put(obj, Boolean.TRUE);
            }
            return true;
        }

        static void leave(PyPickler p, PyObject obj) {
            if (p.fastNesting-- >= Opcodes.FAST_NESTING_LIMIT && p.fastMemo != null) {
                p.fastMemo.remove(obj);
            }
        }
    }
}
