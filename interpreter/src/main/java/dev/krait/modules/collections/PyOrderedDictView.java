package dev.krait.modules.collections;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyDictView;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code odict_keys}, {@code odict_values} and {@code odict_items}: dict's views, walking the
 * OrderedDict's order instead of the dict's (forwards and in {@code reversed()}); length,
 * {@code in}, the set operations and {@code mapping} are the dict views' own.
 *
 * <p>CPython counterpart: Objects/odictobject.c {@code odictkeys_iter},
 * {@code odictkeys_reversed} and their values and items twins.
 */
public final class PyOrderedDictView extends PyDictView {
    public static final PyType KEYS_TYPE =
            PyType.builtinFinal("odict_keys", PyOrderedDictView.class, PyDictView.KEYS_TYPE);
    public static final PyType VALUES_TYPE =
            PyType.builtinFinal("odict_values", PyOrderedDictView.class, PyDictView.VALUES_TYPE);
    public static final PyType ITEMS_TYPE =
            PyType.builtinFinal("odict_items", PyOrderedDictView.class, PyDictView.ITEMS_TYPE);

    private final PyOrderedDict od;
    /** What the view's iterators yield: {@link PyOrderedDictIterator}'s flags. */
    private final int what;

    PyOrderedDictView(PyOrderedDict od, Kind kind) {
        super(od, kind, switch (kind) {
            case KEYS -> KEYS_TYPE;
            case VALUES -> VALUES_TYPE;
            case ITEMS -> ITEMS_TYPE;
        });
        this.od = od;
        this.what = switch (kind) {
            case KEYS -> PyOrderedDictIterator.KEYS;
            case VALUES -> PyOrderedDictIterator.VALUES;
            case ITEMS -> PyOrderedDictIterator.ITEMS;
        };
    }

    @Exposed(value = "__iter__($self, /)", name = "__iter__")
    public PyObject iterOrdered() {
        return new PyOrderedDictIterator(od, what);
    }

    @Exposed(value = "__reversed__($self, /)", name = "__reversed__",
            signature = Exposed.Signature.HIDDEN)
    public PyObject reversedOrdered() {
        return new PyOrderedDictIterator(od, what | PyOrderedDictIterator.REVERSED);
    }
}
