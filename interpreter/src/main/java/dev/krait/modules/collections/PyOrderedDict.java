package dev.krait.modules.collections;

import dev.krait.hashing.DictTable;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.ObjectReduce;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyDictView;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code collections.OrderedDict}: a dict that keeps its keys in a doubly linked list of its
 * own, so that {@link #move_to_end} and {@code popitem(last=False)} cost O(1) and equality
 * between two OrderedDicts sees the order. The values live in the dict itself, whose methods
 * therefore work on an OrderedDict; a second table from key to {@link Node} finds a key's place
 * in the list in O(1). Each key is hashed once per operation, the hash serving both tables.
 *
 * <p>As in CPython, {@code dict}'s own methods called on an OrderedDict
 * ({@code dict.__setitem__(od, k, v)}) change the dict and not the list: iteration then skips
 * the key, or finds a listed key missing and raises KeyError, as CPython's does.
 *
 * <p>The methods that dict also has get Java names of their own, so that {@code dict.copy(od)}
 * still reaches dict's method rather than a Java override.
 *
 * <p>CPython counterpart: Objects/odictobject.c.
 */
public class PyOrderedDict extends PyDict implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("OrderedDict", PyOrderedDict.class,
            PyDict.TYPE).withModule("collections");

    static {
        TYPE.setTypeAttribute("__doc__", PyStr.of("Dictionary that remembers insertion order"));
        // CPython: a type with tp_richcompare and no tp_hash is unhashable
        TYPE.setTypeAttribute("__hash__", PyNone.NONE);
    }

    /** A key's place in the order. CPython: {@code _ODictNode}. */
    static final class Node {
        final PyObject key;
        final long hash;
        Node prev;
        Node next;

        Node(PyObject key, long hash) {
            this.key = key;
            this.hash = hash;
        }
    }

    /** From each listed key to its node. CPython finds nodes through od_fast_nodes. */
    private final DictTable<PyObject, Node> nodes = new DictTable<>(KEYS);
    private Node first;
    private Node last;
    /** Bumped by every change of the list, so that iterators can tell. CPython: od_state. */
    long state;
    /**
     * The dict's {@link #keySetVersion} after this class last changed the keys: when it differs,
     * dict's own methods added or removed keys since, behind the list's back.
     */
    private int syncedKeySet;
    /** Whether dict's own methods ever changed the keys behind the list's back (until clear). */
    private boolean bypassed;

    protected PyOrderedDict(PyType type) {
        super(type);
    }

    /** A new, empty OrderedDict. */
    public PyOrderedDict() {
        this(TYPE);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyOrderedDict(cls);
    }

    // ---- the list of nodes -------------------------------------------------------------------

    Node first() {
        return first;
    }

    Node last() {
        return last;
    }

    private void linkLast(Node node) {
        node.prev = last;
        node.next = null;
        if (last == null) {
            first = node;
        } else {
            last.next = node;
        }
        last = node;
        state++;
    }

    private void linkFirst(Node node) {
        node.prev = null;
        node.next = first;
        if (first == null) {
            last = node;
        } else {
            first.prev = node;
        }
        first = node;
        state++;
    }

    /** Takes a node out of the list; its links are cleared, so a walk past it stops. */
    private void unlink(Node node) {
        if (first == node) {
            first = node.next;
        } else if (node.prev != null) {
            node.prev.next = node.next;
        }
        if (last == node) {
            last = node.prev;
        } else if (node.next != null) {
            node.next.prev = node.prev;
        }
        node.prev = null;
        node.next = null;
        state++;
    }

    /**
     * Whether the list holds exactly the dict's keys, as it does unless dict's own methods
     * changed the keys: iterators then trust the nodes they hold without looking keys up.
     */
    boolean consistent() {
        if (keySetVersion() != syncedKeySet) {
            bypassed = true;
        }
        return !bypassed;
    }

    /** Records that the dict's keys changed through this class. */
    private void synced() {
        syncedKeySet = keySetVersion();
    }

    /**
     * The node of {@code key} while the dict holds the key too (CPython finds a node through
     * the key's place in the dict), else null.
     */
    // CPython: Objects/odictobject.c _odict_find_node
    Node findNode(PyObject key) {
        if (first == null) {
            return null;
        }
        long hash = Ops.hash(key);
        Node node = nodes.get(key, hash);
        return node != null && (consistent() || getItem(key) != null) ? node : null;
    }

    private void clearNodes() {
        nodes.clear();
        first = null;
        last = null;
        bypassed = false;
        synced();
    }

    // ---- the operations that keep the list and the dict in step ------------------------------

    /** {@code od[key] = value}: a new key goes last, an existing one keeps its place. */
    // CPython: Objects/odictobject.c PyODict_SetItem, _odict_add_new_node
    public final void setItemOrdered(PyObject key, PyObject value) {
        long hash = Ops.hash(key);
        int before = size();
        consistent();
        setItemKnownHash(key, hash, value);
        synced();
        if (size() != before) {
            // new to the dict, so (unless dict.__delitem__ left its node) new to the list
            Node fresh = new Node(key, hash);
            if (nodes.setDefault(key, hash, fresh) == fresh) {
                linkLast(fresh);
            }
        } else if (nodes.get(key, hash) == null) {
            // set in the dict alone before (dict.__setitem__): listed from now on
            Node fresh = new Node(key, hash);
            nodes.put(key, hash, fresh);
            linkLast(fresh);
        }
    }

    /** {@code del od[key]}: the node first, then the dict's entry (KeyError when absent). */
    // CPython: Objects/odictobject.c PyODict_DelItem
    public final void delItemOrdered(PyObject key) {
        long hash = Ops.hash(key);
        if (first != null) {
            Node node = nodes.remove(key, hash);
            if (node != null) {
                unlink(node);
            }
        }
        consistent();
        PyObject removed = removeKnownHash(key, hash);
        synced();
        if (removed == null) {
            throw PyExceptions.keyError(key);
        }
    }

    /**
     * Removes a listed key: its value, else {@code failobj}, or KeyError when that is null. A
     * key in the dict but not in the list (set by dict's own methods) counts as absent.
     */
    // CPython: Objects/odictobject.c _odict_popkey_hash
    private PyObject popKey(PyObject key, long hash, PyObject failobj) {
        Node node = first == null ? null : nodes.remove(key, hash);
        if (node != null) {
            unlink(node);
            consistent();
            PyObject value = removeKnownHash(key, hash);
            synced();
            if (value != null) {
                return value;
            }
        }
        if (failobj == null) {
            throw PyExceptions.keyError(key);
        }
        return failobj;
    }

    // ---- mapping methods ---------------------------------------------------------------------

    @Exposed(value = "__setitem__($self, key, value, /)", name = "__setitem__")
    public void setitemOrdered(PyObject key, PyObject value) {
        setItemOrdered(key, value);
    }

    @Exposed(value = "__delitem__($self, key, /)", name = "__delitem__")
    public void delitemOrdered(PyObject key) {
        delItemOrdered(key);
    }

    // CPython: Objects/odictobject.c odict_init
    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public void initOrdered(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 1) {
            throw PyExceptions.typeError("expected at most 1 arguments, got " + npos);
        }
        MappingUpdate.update(this, args, kwnames);
    }

    @Exposed(value = "update($self, /, *args, **kwargs)", name = "update",
            signature = Exposed.Signature.HIDDEN)
    public void updateOrdered(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 1) {
            throw PyExceptions.typeError("update() takes at most 1 positional argument ("
                    + npos + " given)");
        }
        MappingUpdate.update(this, args, kwnames);
    }

    @Exposed(value = "__iter__($self, /)", name = "__iter__")
    public PyObject iterOrdered() {
        return new PyOrderedDictIterator(this, PyOrderedDictIterator.KEYS);
    }

    @Exposed(value = "__reversed__($self, /)", name = "__reversed__",
            doc = "od.__reversed__() <==> reversed(od)", signature = Exposed.Signature.HIDDEN)
    public PyObject reversedOrdered() {
        return new PyOrderedDictIterator(this,
                PyOrderedDictIterator.KEYS | PyOrderedDictIterator.REVERSED);
    }

    @Exposed(value = "keys($self, /)", name = "keys", signature = Exposed.Signature.HIDDEN)
    public PyObject keysOrdered() {
        return new PyOrderedDictView(this, PyDictView.Kind.KEYS);
    }

    @Exposed(value = "values($self, /)", name = "values", signature = Exposed.Signature.HIDDEN)
    public PyObject valuesOrdered() {
        return new PyOrderedDictView(this, PyDictView.Kind.VALUES);
    }

    @Exposed(value = "items($self, /)", name = "items", signature = Exposed.Signature.HIDDEN)
    public PyObject itemsOrdered() {
        return new PyOrderedDictView(this, PyDictView.Kind.ITEMS);
    }

    // CPython: Objects/odictobject.c OrderedDict_move_to_end_impl
    @Exposed(value = "move_to_end($self, /, key, last=True)",
            doc = "Move an existing element to the end (or beginning if last is false).\n\n"
                    + "Raise KeyError if the element does not exist.")
    public void move_to_end(PyObject key, PyObject last) {
        boolean toLast = Ops.isTrue(last);
        if (first == null) {
            throw PyExceptions.keyError(key);
        }
        Node end = toLast ? this.last : first;
        if (key == end.key) {
            return;
        }
        Node node = findNode(key);
        if (node == null) {
            throw PyExceptions.keyError(key);
        }
        if (toLast) {
            if (node != this.last) {
                unlink(node);
                linkLast(node);
            }
        } else if (node != first) {
            unlink(node);
            linkFirst(node);
        }
    }

    // CPython: Objects/odictobject.c OrderedDict_pop_impl (no __missing__, no __delitem__)
    @Exposed(value = "pop($self, /, key, default=<unrepresentable>)", name = "pop",
            doc = "od.pop(key[,default]) -> v, remove specified key and return the "
                    + "corresponding value.\n\nIf the key is not found, return the default if "
                    + "given; otherwise,\nraise a KeyError.")
    public PyObject popOrdered(PyObject key, PyObject dflt) {
        return popKey(key, Ops.hash(key), dflt);
    }

    // CPython: Objects/odictobject.c OrderedDict_popitem_impl
    @Exposed(value = "popitem($self, /, last=True)", name = "popitem",
            doc = "Remove and return a (key, value) pair from the dictionary.\n\n"
                    + "Pairs are returned in LIFO order if last is true or FIFO order if false.")
    public PyObject popitemOrdered(PyObject last) {
        boolean fromLast = Ops.isTrue(last);
        if (first == null) {
            throw PyExceptions.keyError(PyStr.of("dictionary is empty"));
        }
        Node node = fromLast ? this.last : first;
        PyObject key = node.key;
        PyObject value = popKey(key, node.hash, null);
        return PyTuple.of(key, value);
    }

    // CPython: Objects/odictobject.c OrderedDict_setdefault_impl: an exact OrderedDict skips
    // __missing__; a subclass goes through its own __contains__, __getitem__, __setitem__
    @Exposed(value = "setdefault($self, /, key, default=None)", name = "setdefault",
            doc = "Insert key with a value of default if key is not in the dictionary.\n\n"
                    + "Return the value for key if key is in the dictionary, else default.")
    public PyObject setdefaultOrdered(PyObject key, PyObject dflt) {
        if (type() == TYPE) {
            PyObject value = getItem(key);
            if (value == null) {
                setItemOrdered(key, dflt);
                return dflt;
            }
            return value;
        }
        if (Containers.contains(this, key)) {
            return Containers.getItem(this, key);
        }
        Containers.setItem(this, key, dflt);
        return dflt;
    }

    // CPython: Objects/odictobject.c odict_clear (the list goes, od_state stays)
    @Exposed(value = "clear($self, /)", name = "clear",
            doc = "od.clear() -> None.  Remove all items from od.",
            signature = Exposed.Signature.HIDDEN)
    public void clearOrdered() {
        clearAll();
        clearNodes();
    }

    // CPython: Objects/odictobject.c odict_copy
    @Exposed(value = "copy($self, /)", name = "copy", doc = "od.copy() -> a shallow copy of od",
            signature = Exposed.Signature.HIDDEN)
    public PyObject copyOrdered() {
        if (type() == TYPE) {
            PyOrderedDict copy = new PyOrderedDict();
            for (Node n = first; n != null; n = n.next) {
                PyObject value = getItem(n.key);
                if (value == null) {
                    throw PyExceptions.keyError(n.key);
                }
                copy.setItemKnownHash(n.key, n.hash, value);
                copy.synced();
                Node node = new Node(n.key, n.hash);
                if (copy.nodes.setDefault(n.key, n.hash, node) == node) {
                    copy.linkLast(node);
                }
            }
            return copy;
        }
        PyObject copy = Ops.call(type());
        for (Node n = first; n != null; n = n.next) {
            Containers.setItem(copy, n.key, Containers.getItem(this, n.key));
        }
        return copy;
    }

    // CPython: Objects/odictobject.c OrderedDict_fromkeys_impl, by way of _PyDict_FromKeys
    @Exposed(value = "fromkeys($type, /, iterable, value=None)", kind = Exposed.Kind.CLASS,
            name = "fromkeys",
            doc = "Create a new ordered dictionary with keys from iterable and values set to "
                    + "value.")
    public static PyObject fromkeysOrdered(PyType cls, PyObject iterable, PyObject value) {
        PyObject d = Ops.call(cls);
        PyObject it = Iteration.iter(iterable);
        for (PyObject k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            Containers.setItem(d, k, value);
        }
        return d;
    }

    // ---- comparison, operators, repr ---------------------------------------------------------

    // CPython: Objects/odictobject.c odict_richcompare: dict's comparison, then (between two
    // OrderedDicts) the order of the keys
    @Exposed(value = "__eq__($self, value, /)", name = "__eq__")
    public PyObject eqOrdered(PyObject other) {
        PyObject cmp = __eq__(other);
        if (cmp != PyBool.TRUE || !(other instanceof PyOrderedDict o)) {
            return cmp;
        }
        return PyBool.of(keysEqual(o));
    }

    @Exposed(value = "__ne__($self, value, /)", name = "__ne__")
    public PyObject neOrdered(PyObject other) {
        PyObject cmp = __ne__(other);
        if (cmp != PyBool.FALSE || !(other instanceof PyOrderedDict o)) {
            return cmp;
        }
        return PyBool.of(!keysEqual(o));
    }

    // CPython: Objects/odictobject.c _odict_keys_equal
    private boolean keysEqual(PyOrderedDict other) {
        Node a = first;
        Node b = other.first;
        while (a != null && b != null) {
            if (!Ops.eqBool(a.key, b.key)) {
                return false;
            }
            a = a.next;
            b = b.next;
        }
        return a == null && b == null;
    }

    // CPython: Objects/odictobject.c odict_or: the result has the type of the OrderedDict
    // operand, made from the left one and updated with the right one
    private static PyObject or(PyObject left, PyObject right) {
        PyType type;
        PyObject other;
        if (left instanceof PyOrderedDict) {
            type = left.type();
            other = right;
        } else {
            type = right.type();
            other = left;
        }
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject result = Ops.call(type, left);
        MappingUpdate.updateFrom(result, right);
        return result;
    }

    @Exposed(value = "__or__($self, value, /)", name = "__or__")
    public PyObject orOrdered(PyObject other) {
        return or(this, other);
    }

    @Exposed(value = "__ror__($self, value, /)", name = "__ror__")
    public PyObject rorOrdered(PyObject other) {
        return or(other, this);
    }

    // CPython: Objects/odictobject.c odict_inplace_or (any argument update() takes)
    @Exposed(value = "__ior__($self, value, /)", name = "__ior__")
    public PyObject iorOrdered(PyObject other) {
        MappingUpdate.updateFrom(this, other);
        return this;
    }

    // CPython: Objects/odictobject.c odict_repr
    @Exposed(value = "__repr__($self, /)", name = "__repr__")
    public PyObject reprOrdered() {
        String name = type().getName();
        if (size() == 0) {
            return PyStr.of(name + "()");
        }
        return Ops.withReprGuard(this, "...", () -> {
            List<PyObject> pairs;
            if (type() == TYPE) {
                pairs = new ArrayList<>(size());
                for (Node n = first; n != null; n = n.next) {
                    PyObject value = getItem(n.key);
                    if (value == null) {
                        throw PyExceptions.keyError(n.key);
                    }
                    pairs.add(PyTuple.of(n.key, value));
                }
            } else {
                pairs = Iteration.toList(Ops.callMethod(this, "items"));
            }
            return PyStr.of(name + "(" + Ops.repr(new PyList(pairs)).value() + ")");
        });
    }

    // ---- pickling, size, attributes ----------------------------------------------------------

    // CPython: Objects/odictobject.c odict_reduce: the class, no arguments, the instance state
    // and an iterator over the items
    @Exposed(value = "__reduce__($self, /)", name = "__reduce__",
            doc = "Return state information for pickling", signature = Exposed.Signature.HIDDEN)
    public PyObject reduceOrdered() {
        PyObject state = ObjectReduce.getState(this, false);
        PyObject items = Iteration.iter(Ops.callMethod(this, "items"));
        return PyTuple.of(type(), PyTuple.EMPTY, state, PyNone.NONE, items);
    }

    // CPython: Objects/odictobject.c odict_sizeof: the dict, a node pointer per index slot and
    // a node (key, hash, two links) per item
    @Exposed(value = "__sizeof__($self, /)", name = "__sizeof__",
            signature = Exposed.Signature.HIDDEN)
    public long sizeofOrdered() {
        long size = __sizeof__();
        if (first != null) {
            size += 8L * indexSize() + 32L * size();
        }
        return size;
    }

    /** Instances always have a {@code __dict__}, made on first use. */
    @Override
    public PyDict getDict() {
        PyDict d = super.getDict();
        if (d == null) {
            d = new PyDict();
            setDict(d);
        }
        return d;
    }

    @Exposed.Getter("__dict__")
    public PyObject get__dict__() {
        return getDict();
    }

    @Exposed.Setter(value = "__dict__", deletes = true)
    public void set__dict__(PyObject value) {
        setDictFromPython(value);
    }
}
