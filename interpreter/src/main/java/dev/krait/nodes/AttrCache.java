package dev.krait.nodes;

import java.lang.ref.WeakReference;

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
import dev.krait.objects.TypeSlot;

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
 * change) is {@link #GENERIC}, which sends the node to the full protocol in {@link Attributes}
 * every time.
 *
 * <p>Reads on type objects ({@code Cls.attr}) keep their own chain, made by
 * {@link #forClassRead} and searched by {@link #findClass}: there the entry's {@link #type} is
 * the receiver class itself (its tag), and the answer depends on its metaclass too (a data descriptor of
 * the metaclass wins over the class's attribute), so the entry also holds the metaclass's version tag. A class's tag changes with its namespace, a base's, its bases or its MRO; the
 * metaclass's tag with the metaclass's namespace or a base's; {@code __class__} assignment on
 * the class changes the metaclass itself. Those cover everything that decides the answer.
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
    /**
     * A data descriptor of a builtin descriptor type ({@code __class__}, a getset of a builtin,
     * a property, a namedtuple field) on a type without {@code __getattr__}: its {@code get},
     * which no instance dict can hide. (With {@code __getattr__} an AttributeError of the
     * getter would have to fall back to it, which the full protocol does.)
     */
    static final int DATA_DESCRIPTOR = 6;
    /**
     * On a type object: a class attribute whose {@code __get__(None, cls)} is the attribute
     * itself: a value of a builtin type without {@code __get__}, or a function.
     */
    static final int CLASS_ATTRIBUTE = 7;
    /**
     * On a type object: a class attribute whose type is a program's class (an enum member, say)
     * without {@code __get__}; the read checks that it still has none (a class can gain one).
     */
    static final int CLASS_INSTANCE = 8;
    /**
     * On a type object: a class attribute that is a builtin descriptor (a class or static
     * method, a method descriptor, a property): its {@code get(null, cls)}.
     */
    static final int CLASS_DESCRIPTOR = 9;

    /** How many types one node remembers: beyond that the oldest is forgotten. */
    private static final int DEPTH = 4;

    /**
     * The version tag of the type the entry is for, when the entry was made. Tags are unique
     * over all types and never reused, so a match names both the type and its state; the entry
     * holds no reference to the type, which would keep a class the program dropped alive (a
     * class made in a function and read by a node of a long-lived one). CPython's inline caches
     * hold only the tag too.
     */
    final long version;
    /** The type's identity hash, so a new entry replaces a stale one of the same type. */
    private final int typeHash;
    /** For an entry of a type object's chain: the metaclass's tag (naming it); else 0. */
    final long metaVersion;
    final int kind;
    /**
     * What the class lookup found (the function, the class value), weakly: while the tag
     * matches, the type's namespace (or a base's) holds it; held strongly it would outlive a
     * dropped class (a method's {@code __class__} cell leads back to it). Null when nothing.
     */
    private final WeakReference<PyObject> descr;
    /** For a {@link #SLOT} entry: the member's index in the instance's slot array; else -1. */
    final int slot;
    final AttrCache next;
    /** The key table of the type's instance dicts, or null (a builtin type). */
    final SharedKeys keys;
    /** The name's index in {@link #keys}, or -1 while it is not there (yet). */
    private int index = -1;
    /** How many names of {@link #keys} are known not to be the name (while the index is -1). */
    private int absentBelow;


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

    /**
     * What the class lookup found, or null: nothing was, or (which a matching tag rules out)
     * it was collected. A caller takes null as "ask the full protocol".
     */
    PyObject descr() {
        WeakReference<PyObject> d = descr;
        return d == null ? null : d.get();
    }

    /** The entry for {@code t} in its present state in the chain at {@code head}, or null. */
    static AttrCache find(AttrCache head, PyType t) {
        long version = t.versionTag();
        for (AttrCache c = head; c != null; c = c.next) {
            if (c.version == version) {
                return c;
            }
        }
        return null;
    }

    /** How a read of {@code name} resolves on instances of {@code t} (not a type object). */
    static AttrCache forRead(AttrCache head, PyType t, String name) {
        long version = t.versionTag();
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
            } else if (descr instanceof Descriptor d && d.isData() && descr.type().isBuiltin()
                    && t != PyModule.TYPE && t.lookup("__getattr__") == null) {
                kind = DATA_DESCRIPTOR;
            }
        }
        return push(head, t, version, 0, kind, descr);
    }

    /** The entry for the class {@code cls} in a type object's chain at {@code head}, or null. */
    static AttrCache findClass(AttrCache head, PyType cls) {
        long version = cls.versionTag();
        for (AttrCache c = head; c != null; c = c.next) {
            if (c.version == version) {
                return c.metaVersion == cls.type().versionTag() ? c : null;
            }
        }
        return null;
    }

    /**
     * How a read of {@code name} resolves on the type object {@code cls}: cached only when the
     * class's own MRO has the name and the metaclass reads attributes with type's
     * {@code __getattribute__} and has no data descriptor of that name, so that the answer is
     * the class attribute bound to the class. A metaclass's {@code __getattr__} is consulted
     * only when that lookup fails, so only kinds whose read cannot raise are used with one.
     * CPython: Objects/typeobject.c type_getattro.
     */
    static AttrCache forClassRead(AttrCache head, PyType cls, String name) {
        long version = cls.versionTag();
        PyType meta = cls.type();
        long metaVersion = meta.versionTag();
        int kind = GENERIC;
        PyObject attr = null;
        if (meta.lookupGetattribute() == PyType.TYPE.lookupGetattribute()) {
            PyObject metaAttr = meta.lookup(name);
            // a value of a program's class in the metaclass could become a data descriptor
            // without the metaclass's tag changing; a builtin one cannot
            boolean metaDefers = metaAttr == null || (metaAttr.type().isBuiltin()
                    && !isDataDescriptor(metaAttr));
            attr = metaDefers ? cls.lookup(name) : null;
            if (attr != null) {
                PyType at = attr.type();
                if (attr instanceof PyFunction
                        || (at.isBuiltin() && !(attr instanceof Descriptor)
                                && at.lookup("__get__") == null)) {
                    kind = CLASS_ATTRIBUTE;
                } else if (!at.isBuiltin()) {
                    kind = at.lookupSlot(TypeSlot.GET) == null ? CLASS_INSTANCE : GENERIC;
                } else if (attr instanceof Descriptor && meta.lookup("__getattr__") == null) {
                    kind = CLASS_DESCRIPTOR;
                }
            }
        }
        return push(head, cls, version, metaVersion, kind, attr);
    }

    /** Whether {@code v} (of a builtin type) defines {@code __set__} or {@code __delete__}. */
    private static boolean isDataDescriptor(PyObject v) {
        if (v instanceof Descriptor d) {
            return d.isData();
        }
        PyType t = v.type();
        return t.lookup("__get__") != null
                && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
    }

    /** How a write of {@code name} resolves on instances of {@code t} (not a type object). */
    static AttrCache forWrite(AttrCache head, PyType t, String name) {
        long version = t.versionTag();
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
        return push(head, t, version, 0, kind, descr);
    }

    /**
     * A new chain: the entry for {@code t} first, then up to DEPTH - 1 others, not {@code t}'s
     * (an identity-hash collision only forgets one more entry). The tags were read before the
     * lookups that decided {@code kind}: a change in between only makes the entry stale at
     * once, never wrong.
     */
    private static AttrCache push(AttrCache head, PyType t, long version, long metaVersion,
            int kind, PyObject descr) {
        int typeHash = System.identityHashCode(t);
        AttrCache[] keep = new AttrCache[DEPTH - 1];
        int n = 0;
        for (AttrCache c = head; c != null && n < keep.length; c = c.next) {
            if (c.typeHash != typeHash) {
                keep[n++] = c;
            }
        }
        AttrCache rest = null;
        for (int i = n - 1; i >= 0; i--) {
            rest = new AttrCache(keep[i], rest);
        }
        if (kind == SLOT) {
            // the index is all a slot read or write needs
            return new AttrCache(version, typeHash, metaVersion, kind, null,
                    ((PySlotDescriptor) descr).slotIndex(), t.sharedKeys(), rest);
        }
        return new AttrCache(version, typeHash, metaVersion, kind,
                descr == null ? null : new WeakReference<>(descr), -1,
                metaVersion == 0 ? t.sharedKeys() : null, rest);
    }

    private AttrCache(long version, int typeHash, long metaVersion, int kind,
            WeakReference<PyObject> descr, int slot, SharedKeys keys, AttrCache next) {
        this.version = version;
        this.slot = slot;
        this.typeHash = typeHash;
        this.metaVersion = metaVersion;
        this.kind = kind;
        this.descr = descr;
        // an instance chain's entry reads instance dicts over the class's key table
        this.keys = keys;
        this.next = next;
    }

    /** {@code kept} again, in front of {@code next}; what it learnt of the key table too. */
    private AttrCache(AttrCache kept, AttrCache next) {
        this(kept.version, kept.typeHash, kept.metaVersion, kept.kind, kept.descr, kept.slot,
                kept.keys, next);
        this.index = kept.index;
        this.absentBelow = kept.absentBelow;
    }
}
