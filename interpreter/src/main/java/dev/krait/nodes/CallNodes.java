package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyList;
import dev.krait.objects.PyMethod;
import dev.krait.objects.PyMethodDescriptor;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Tracing;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls. A call with plain arguments evaluates straight into the argument array of the
 * vectorcall convention (positional values, then keyword values named by {@code kwnames}); a
 * call with {@code *args} or {@code **kwargs} builds the array through lists. A call of the
 * form {@code obj.name(...)} looks the method up on the type and calls it with {@code obj}
 * first, without making a bound-method object, as CPython's LOAD_METHOD/CALL pair does.
 */
public final class CallNodes {
    private CallNodes() {}

    /** The arguments of a call site, shared by plain and method calls. */
    static final class Args {
        final ExprNode[] positional;
        /** Keyword names; a null entry is a {@code **mapping}. */
        final String[] keywordNames;
        final ExprNode[] keywordValues;
        final boolean simple;
        final String[] kwnames;

        Args(ExprNode[] positional, String[] keywordNames, ExprNode[] keywordValues) {
            this.positional = positional;
            this.keywordNames = keywordNames;
            this.keywordValues = keywordValues;
            boolean s = !CollectionNodes.hasStar(positional);
            for (String k : keywordNames) {
                if (k == null) {
                    s = false;
                }
            }
            this.simple = s;
            this.kwnames = keywordNames.length == 0 ? null : keywordNames;
            this.positionalConstants = new PyObject[positional.length];
            this.positionalSlots = new int[positional.length];
            for (int i = 0; i < positional.length; i++) {
                positionalConstants[i] = Operand.constantOf(positional[i]);
                positionalSlots[i] = Operand.slotOf(positional[i]);
            }
        }

        /** The positional arguments that are constants or locals, read in place. */
        final PyObject[] positionalConstants;
        final int[] positionalSlots;

        /** The value of positional argument {@code i}. */
        PyObject positional(int i, PyFrame f) {
            return Operand.read(positional[i], positionalConstants[i], positionalSlots[i], f);
        }

        /**
         * This site's plan for calling functions of {@code code} (see {@link DirectCall}), or
         * null when the site's arguments are not plain.
         */
        DirectCall plan(PyCode code, boolean withSelf) {
            if (!simple) {
                return null;
            }
            DirectCall head = direct;
            DirectCall p = head;
            if (p == null || p.code != code || p.withSelf != withSelf) {
                p = DirectCall.find(head, code, withSelf);
                if (p == null) {
                    p = DirectCall.plan(code, withSelf, positional.length, keywordNames);
                    direct = DirectCall.push(p, head);
                }
            }
            return p.body == null ? null : p;
        }

        /** The plans of the last codes this site called, newest first; see {@link #plan}. */
        private DirectCall direct;

        /** Evaluates the arguments; {@code extra} leading slots are left for the caller. */
        PyObject[] evalSimple(PyFrame f, int extra) {
            PyObject[] out = new PyObject[extra + positional.length + keywordValues.length];
            int at = extra;
            for (int i = 0; i < positional.length; i++) {
                out[at++] = positional(i, f);
            }
            for (ExprNode e : keywordValues) {
                out[at++] = e.eval(f);
            }
            return out;
        }

        /** The general case: returns the argument array and sets {@code names[0]}. */
        PyObject[] evalGeneral(PyFrame f, PyObject callable, int extra, String[][] names,
                Node site) {
            if (keywordNames.length == 0) {
                names[0] = null;
                return evalStarred(f, callable, extra, site);
            }
            List<PyObject> pos = new ArrayList<>();
            for (int i = 0; i < extra; i++) {
                pos.add(null);
            }
            for (ExprNode e : positional) {
                if (e instanceof CollectionNodes.Starred s) {
                    PyObject v = s.value.eval(f);
                    pos.addAll(java.util.Arrays.asList(starredItems(f, callable, v, site)));
                } else {
                    pos.add(e.eval(f));
                }
            }
            List<String> kwn = new ArrayList<>();
            List<PyObject> kwv = new ArrayList<>();
            for (int i = 0; i < keywordNames.length; i++) {
                String k = keywordNames[i];
                if (k != null) {
                    PyObject v = keywordValues[i].eval(f);
                    if (kwn.contains(k)) {
                        throw site.trace(PyExceptions.typeError(functionStr(callable)
                                + " got multiple values for keyword argument '" + k + "'"), f);
                    }
                    kwn.add(k);
                    kwv.add(v);
                    continue;
                }
                PyObject m = keywordValues[i].eval(f);
                try {
                    mergeMapping(callable, m, kwn, kwv);
                } catch (PyException ex) {
                    throw site.trace(ex, f);
                }
            }
            PyObject[] out = new PyObject[pos.size() + kwv.size()];
            for (int i = 0; i < pos.size(); i++) {
                out[i] = pos.get(i);
            }
            for (int i = 0; i < kwv.size(); i++) {
                out[pos.size() + i] = kwv.get(i);
            }
            names[0] = kwn.isEmpty() ? null : kwn.toArray(new String[0]);
            return out;
        }

        /**
         * {@code f(a, *t, b)} with no keyword arguments: the positional arguments, each
         * starred one's items copied straight from an exact tuple or list (CPython's
         * CALL_FUNCTION_EX takes an exact tuple as it is), without the lists of the general case.
         */
        private PyObject[] evalStarred(PyFrame f, PyObject callable, int extra, Node site) {
            PyObject[] out = new PyObject[extra + positional.length + 4];
            int n = extra;
            for (ExprNode e : positional) {
                if (e instanceof CollectionNodes.Starred s) {
                    PyObject v = s.value.eval(f);
                    PyObject[] items;
                    int count;
                    if (v.type() == PyTuple.TYPE) {
                        items = ((PyTuple) v).items();
                        count = items.length;
                    } else if (v.type() == PyList.TYPE) {
                        List<PyObject> list = ((PyList) v).items;
                        items = list.toArray(new PyObject[0]);
                        count = items.length;
                    } else {
                        items = starredItems(f, callable, v, site);
                        count = items.length;
                    }
                    if (n + count + 1 > out.length) {
                        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2,
                                n + count + positional.length));
                    }
                    System.arraycopy(items, 0, out, n, count);
                    n += count;
                } else {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = e.eval(f);
                }
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }

        /** The items of a starred argument that is not an exact tuple or list. */
        private static PyObject[] starredItems(PyFrame f, PyObject callable, PyObject v,
                Node site) {
            try {
                return Iteration.toList(v).toArray(new PyObject[0]);
            } catch (PyException ex) {
                if (ex.matches(PyExceptions.TypeError)
                        && v.type().lookup("__iter__") == null
                        && v.type().lookup("__getitem__") == null) {
                    throw site.trace(PyExceptions.typeError(functionStr(callable)
                            + " argument after * must be an iterable, not "
                            + v.type().getName()), f);
                }
                throw site.trace(ex, f);
            }
        }
    }

    // CPython: Objects/dictobject.c dict_merge: a dict's own entries unless its class iterates
    // otherwise (OrderedDict, a subclass overriding __iter__), which go through keys() and [ ]
    static void mergeMapping(PyObject callable, PyObject m, List<String> kwn, List<PyObject> kwv) {
        List<PyObject> keys;
        PyDict direct = m instanceof PyDict d && (d.type() == PyDict.TYPE
                || d.type().lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) ? d : null;
        if (direct != null) {
            keys = direct.keyList();
        } else {
            if (Attributes.lookupAttrOrNull(m, "keys") == null) {
                throw PyExceptions.typeError(functionStr(callable)
                        + " argument after ** must be a mapping, not " + m.type().getName());
            }
            keys = Iteration.toList(Ops.callMethod(m, "keys"));
        }
        for (PyObject key : keys) {
            if (!(key instanceof PyStr s)) {
                // CPython: the DICT_MERGE of the arguments raises this before any call
                throw PyExceptions.typeError("keywords must be strings");
            }
            String k = s.value();
            if (kwn.contains(k)) {
                throw PyExceptions.typeError(functionStr(callable)
                        + " got multiple values for keyword argument '" + k + "'");
            }
            kwn.add(k);
            kwv.add(direct != null ? direct.getItem(key) : Containers.getItem(m, key));
        }
    }

    /**
     * How CPython names a callable in call errors: its {@code __qualname__}, prefixed by its
     * {@code __module__} unless that is None or {@code builtins}; its str() without a qualname.
     * CPython: Objects/object.c _PyObject_FunctionStr.
     */
    static String functionStr(PyObject callable) {
        PyObject q;
        try {
            q = Attributes.lookupAttrOrNull(callable, "__qualname__");
        } catch (PyException e) {
            return callable.type().getName() + " object";
        }
        if (q == null) {
            return Ops.str(callable).value();
        }
        String qualname = Ops.str(q).value();
        PyObject module = Attributes.lookupAttrOrNull(callable, "__module__");
        if (module != null && module != PyNone.NONE
                && !(module instanceof PyStr m && m.value().equals("builtins"))) {
            return Ops.str(module).value() + "." + qualname + "()";
        }
        return qualname + "()";
    }

    public static final class Call extends ExprNode {
        final ExprNode func;
        final Args args;

        public Call(ExprNode func, ExprNode[] positional, String[] keywordNames,
                ExprNode[] keywordValues, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.func = func;
            this.args = new Args(positional, keywordNames, keywordValues);
        }

        @Override
        public PyObject eval(PyFrame f) {
            return evalWith(f, func.eval(f));
        }

        /** The call of {@code callable}, which the caller has just evaluated as {@link #func}. */
        PyObject evalWith(PyFrame f, PyObject callable) {
            return callWith(this, args, f, callable);
        }
    }

    /**
     * The call of {@code callable} with the arguments of {@code site}: a Python function (bound
     * or not) whose parameters the arguments fill plainly runs in a frame filled in place
     * ({@link DirectCall}), anything else through {@link Ops#call}.
     */
    static PyObject callWith(ExprNode site, Args args, PyFrame f, PyObject callable) {
        PyFunction fn = null;
        PyObject self = null;
        if (callable instanceof PyFunction function) {
            fn = function;
        } else if (callable instanceof PyMethod m && m.function instanceof PyFunction mf) {
            fn = mf;
            self = m.self;
        }
        DirectCall p = fn == null ? null : args.plan(fn.code, self != null);
        if (p != null) {
            PyFrame frame = p.evalInto(fn, self, args, f);
            try {
                return p.run(fn, self, args, frame);
            } catch (PyException e) {
                throw site.trace(e, f);
            } catch (StackOverflowError e) {
                throw site.trace(ThreadState.current().stackOverflow(f), f);
            }
        }
        PyObject[] values;
        String[] kwnames;
        if (args.simple) {
            values = args.evalSimple(f, 0);
            kwnames = args.kwnames;
        } else {
            String[][] names = new String[1][];
            values = args.evalGeneral(f, callable, 0, names, site);
            kwnames = names[0];
        }
        try {
            if (Tracing.profilingSeen) {
                return Tracing.callProfiled(f, callable, values, kwnames);
            }
            return Ops.call(callable, values, kwnames);
        } catch (PyException e) {
            throw site.trace(e, f);
        } catch (StackOverflowError e) {
            throw site.trace(ThreadState.current().stackOverflow(f), f);
        }
    }

    /** Where {@code obj.name} of a method call is: a failed lookup points there, not at the call. */
    static final class Site extends Node {
        Site(int l, int c, int el, int ec) {
            super(l, c, el, ec);
        }
    }

    /** {@code obj.name(args)}. */
    public static final class CallMethod extends ExprNode {
        final ExprNode object;
        final String name;
        final PyStr key;
        final Args args;
        final Site attribute;

        public CallMethod(ExprNode object, String name, ExprNode[] positional,
                String[] keywordNames, ExprNode[] keywordValues, int[] attributeSpan, int l,
                int c, int el, int ec) {
            super(l, c, el, ec);
            this.attribute = new Site(attributeSpan[0], attributeSpan[1], attributeSpan[2],
                    attributeSpan[3]);
            this.object = object;
            this.name = name;
            this.key = PyStr.intern(name);
            this.args = new Args(positional, keywordNames, keywordValues);
            this.objectSlot = Operand.slotOf(object);
        }

        /** The local slot of the object when it is a local ({@code self.m()}), or -1. */
        private final int objectSlot;

        /** What this node learnt about the types it met; see {@link AttrCache}. */
        private AttrCache cache;
        /** What it learnt about the type objects it called methods of ({@code Cls.m()}). */
        private AttrCache classCache;

        /** {@code cls.name} as the class chain says, or null; apart to keep eval small. */
        private PyObject readClass(PyType cls) {
            AttrCache c = AttrCache.findClass(classCache, cls);
            if (c == null) {
                c = AttrCache.forClassRead(classCache, cls, name);
                classCache = c;
            }
            return AccessNodes.readClassCached(c, cls, key);
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject obj = Operand.read(object, null, objectSlot, f);
            PyObject method = null;
            // FUNCTION: call method with obj first; DESCRIPTOR: a builtin's method on obj
            int how = BOUND;
            try {
                if (obj instanceof PyType cls) {
                    method = readClass(cls);
                } else {
                    PyType t = obj.type();
                    AttrCache c = AttrCache.find(cache, t);
                    if (c == null) {
                        c = AttrCache.forRead(cache, t, name);
                        cache = c;
                    }
                    int kind = c.kind;
                    if (kind == AttrCache.METHOD || kind == AttrCache.BUILTIN_METHOD) {
                        // an instance without a dict yet has nothing shadowing the method
                        PyDict dict = obj.existingDict();
                        if (dict == null || c.instanceValue(dict, key) == null) {
                            method = c.descr();
                            if (method != null) {
                                how = kind == AttrCache.METHOD ? FUNCTION : DESCRIPTOR;
                            }
                        }
                    } else {
                        method = AccessNodes.readCached(c, obj, key);
                    }
                }
                if (method == null) {
                    method = Attributes.getAttr(obj, name);
                }
            } catch (PyException e) {
                throw attribute.trace(e, f);
            }
            if (how == BOUND) {
                // a class's function or class method, a module's function, a callable attribute
                return callWith(this, args, f, method);
            }
            if (how == FUNCTION) {
                PyFunction fn = (PyFunction) method;
                DirectCall p = args.plan(fn.code, true);
                if (p != null) {
                    PyFrame frame = p.evalInto(fn, obj, args, f);
                    try {
                        return p.run(fn, obj, args, frame);
                    } catch (PyException e) {
                        throw trace(e, f);
                    } catch (StackOverflowError e) {
                        throw trace(ThreadState.current().stackOverflow(f), f);
                    }
                }
            }
            PyObject[] values;
            String[] kwnames;
            int extra = how == FUNCTION ? 1 : 0;
            if (args.simple) {
                values = args.evalSimple(f, extra);
                kwnames = args.kwnames;
            } else {
                String[][] names = new String[1][];
                values = args.evalGeneral(f, method, extra, names, this);
                kwnames = names[0];
            }
            try {
                if (how == FUNCTION) {
                    values[0] = obj;
                    return ((PyFunction) method).call(values, kwnames);
                }
                if (Tracing.profilingSeen) {
                    return Tracing.callMethodProfiled(f, (PyMethodDescriptor) method, obj, values,
                            kwnames);
                }
                return ((PyMethodDescriptor) method).callWithSelf(obj, values, kwnames);
            } catch (PyException e) {
                throw trace(e, f);
            } catch (StackOverflowError e) {
                throw trace(ThreadState.current().stackOverflow(f), f);
            }
        }
    }

    /** How a method call goes: through the object found, or unbound with the instance. */
    private static final int BOUND = 0;
    private static final int FUNCTION = 1;
    private static final int DESCRIPTOR = 2;
}
