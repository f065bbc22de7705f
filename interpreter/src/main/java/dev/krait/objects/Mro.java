package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The C3 linearisation that orders a class's bases into its method resolution order, and the
 * error CPython raises when no consistent order exists.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code mro_implementation}, {@code pmerge} and
 * {@code set_mro_error}.
 */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType type, PyType[] bases) {
        // a base still being made (its metaclass's mro() running) has no MRO to merge yet
        // CPython: Objects/typeobject.c mro_implementation
        for (PyType b : bases) {
            if (b.getMro().length == 0) {
                throw PyExceptions.typeError("Cannot extend an incomplete type '" + b.getName()
                        + "'");
            }
        }
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(List.of(b.getMro())));
        }
        List<PyType> baseList = new ArrayList<>(List.of(bases));
        sequences.add(baseList);
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            boolean empty = true;
            for (List<PyType> s : sequences) {
                if (!s.isEmpty()) {
                    empty = false;
                    break;
                }
            }
            if (empty) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : sequences) {
                if (s.isEmpty()) {
                    continue;
                }
                PyType head = s.get(0);
                if (!inTail(sequences, head)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw mroError(sequences);
            }
            result.add(candidate);
            for (List<PyType> s : sequences) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PyType>> sequences, PyType t) {
        for (List<PyType> s : sequences) {
            for (int i = 1; i < s.size(); i++) {
                if (s.get(i) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Cannot create a consistent method resolution order (MRO) for bases A, B". */
    private static PyException mroError(List<List<PyType>> sequences) {
        List<String> names = new ArrayList<>();
        for (List<PyType> s : sequences) {
            if (!s.isEmpty() && !names.contains(s.get(0).getName())) {
                names.add(s.get(0).getName());
            }
        }
        return PyExceptions.typeError("Cannot create a consistent method resolution\norder (MRO)"
                + " for bases " + String.join(", ", names));
    }
}
