package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Descriptor;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyMethodDescriptor;
import dev.krait.objects.PyModule;
import dev.krait.objects.PySlotDescriptor;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.SharedKeys;

/**
 * What an attribute node learnt about one type the last time it met it: how {@code obj.name}
 * resolves for instances of {@code type}, valid while the type's version tag is {@code version}
 * (the tag changes whenever the namespace of the type or of a base, the bases or the MRO
 * change). A node keeps a short chain of these, one per type it met, newest first; a hit is two
 * comparisons instead of the MRO lookup by name that each access made before. The chain is
 * immutable and swapped whole, so a node shared by threads never sees half an entry.
 *
 * <p>Only cases whose answer the type alone decides are cached; anything else (a custom
 * {@code __getattribute__} or {@code __setattr__}, a descriptor of a class the program can
 * change, attributes of type objects) is {@link #GENERIC}, which sends the node to the full
 * protocol in {@link Attributes} every time.
 *
 * <p>An entry also remembers the type's {@link SharedKeys} and, once the name is in them, its
 * index there: while an instance's dict is split over those keys, reading or writing the
 * instance attribute is an array access ({@link #instanceValue}, {@link #store}). The index is
 * the one part of an entry that changes after it is made, from unknown to known, once: a name
 * keeps its index in a key table for the table's life, so a thread that sees it unknown only
 * looks again.
 *
 * <p>CPython counterpart: the inline caches of Python/specialize.c (LOAD_ATTR_INSTANCE_VALUE,
 * LOAD_ATTR_WITH_HINT, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE), guarded by
 * {@code tp_version_tag}.
 */
final class AttrCache {
    /** The full protocol: nothing the type alone decides. */
    static final int GENERIC = 0;
    /** No class attribute of the name: the instance dict, or the full protocol on a miss. */
    static final int DICT = 1;
    /** A function in the class: the instance dict if it has the name, else a bound method. */
    static final int METHOD = 2;
    /** A class attribute of a builtin, non-descriptor type: the instance dict, else it. */
    static final int CLASS_VALUE = 3;
    /** For calls: a method descriptor of a builtin type, not shadowed by the instance dict. */
    static final int BUILTIN_METHOD = 4;
    /**
     * A {@code __slots__} member of the class ({@link PySlotDescriptor}, a data descriptor, so
     * no instance dict can hide it): the instance's slot array at its index; an empty slot
     * takes the full protocol, which raises the AttributeError.
     */
    static final int SLOT = 5;

    /** How many types one node remembers: beyond that the oldest is forgotten. */
    private static final int DEPTH = 4;

    final PyType type;
    final int version;
    final int kind;
    /** What the class lookup found (the function, the class value), or null. */
    final PyObject descr;
    final AttrCache next;
    /** The key table of the type's instance dicts, or null (a builtin type). */
    final SharedKeys keys;
    /** The name's index in {@link #keys}, or -1 while it is not there (yet). */
    private int index = -1;
    /** How many names of {@link #keys} are known not to be the name (while the index is -1). */
    private int absentBelow;

    private AttrCache(PyType type, int kind, PyObject descr, AttrCache next) {
        this(type, kind, descr, next, type.versionTag());
    }

    /**
     * The value of the instance attribute {@code key} in {@code dict}, the instance dict of an
     * object of this entry's type, or null when it has none: from the values array when the dict
     * is split over this type's keys, else by a lookup in the dict.
     */
    PyObject instanceValue(PyDict dict, PyStr key) {
        SharedKeys k = keys;
        if (k == null || dict.sharedKeys() != k) {
            return dict.getItem(key);
        }
        int i = index;
        if (i < 0) {
            int size = k.size();
            if (size == absentBelow) {
                return null;
            }
            i = k.indexOfInterned(key);
            if (i < 0) {
                absentBelow = size;
                return null;
            }
            index = i;
        }
        return dict.splitValue(k, i);
    }

    /** {@code obj.key = value} into {@code dict}, the instance dict of an object of the type. */
    void store(PyDict dict, PyStr key, PyObject value) {
        int i = index;
        if (i >= 0 && dict.storeSplit(keys, i, value)) {
            return;
        }
        dict.setItem(key, value);
        SharedKeys k = keys;
        if (i < 0 && k != null && dict.sharedKeys() == k) {
            index = k.indexOfInterned(key);
        }
    }

    /** The entry for {@code t} in the chain starting at {@code head}, or null. */
    static AttrCache find(AttrCache head, PyType t) {
        for (AttrCache c = head; c != null; c = c.next) {
            if (c.type == t) {
                return c.version == t.versionTag() ? c : null;
            }
        }
        return null;
    }

    /** How a read of {@code name} resolves on instances of {@code t} (not a type object). */
    static AttrCache forRead(AttrCache head, PyType t, String name) {
        int kind = GENERIC;
        PyObject descr = null;
        // A module's __getattribute__ is object's until the dict misses, when it tries the
        // module's __getattr__ (CPython: Objects/moduleobject.c module_getattro), which the
        // full protocol below still does on a miss.
        if (Attributes.hasGenericGetattr(t) || t == PyModule.TYPE) {
            descr = t.lookup(name);
            if (descr == null) {
                kind = DICT;
            } else if (descr instanceof PyFunction) {
                kind = METHOD;
            } else if (descr instanceof PyMethodDescriptor) {
                kind = BUILTIN_METHOD;
            } else if (descr instanceof PySlotDescriptor s && s.slotIndex() >= 0) {
                kind = SLOT;
            } else if (!(descr instanceof Descriptor) && descr.type().isBuiltin()
                    && descr.type().lookup("__get__") == null) {
                kind = CLASS_VALUE;
            }
        }
        return push(head, t, kind, descr);
    }

    /** How a write of {@code name} resolves on instances of {@code t} (not a type object). */
    static AttrCache forWrite(AttrCache head, PyType t, String name) {
        int kind = GENERIC;
        PyObject descr = null;
        if (Attributes.hasGenericSetattr(t)) {
            descr = t.lookup(name);
            if (descr == null) {
                kind = DICT;
            } else if (descr instanceof PySlotDescriptor s && s.slotIndex() >= 0) {
                kind = SLOT;
            }
        }
        return push(head, t, kind, kind == SLOT ? descr : null);
    }

    /** A new chain: the entry for {@code t} first, then up to DEPTH - 1 others, not {@code t}. */
    private static AttrCache push(AttrCache head, PyType t, int kind, PyObject descr) {
        AttrCache[] keep = new AttrCache[DEPTH - 1];
        int n = 0;
        for (AttrCache c = head; c != null && n < keep.length; c = c.next) {
            if (c.type != t) {
                keep[n++] = c;
            }
        }
        AttrCache rest = null;
        for (int i = n - 1; i >= 0; i--) {
            rest = new AttrCache(keep[i].type, keep[i].kind, keep[i].descr, rest, keep[i].version);
        }
        return new AttrCache(t, kind, descr, rest);
    }

    private AttrCache(PyType type, int kind, PyObject descr, AttrCache next, int version) {
        this.type = type;
        this.version = version;
        this.kind = kind;
        this.descr = descr;
        this.next = next;
        this.keys = type.sharedKeys();
    }
}
