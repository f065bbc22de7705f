package dev.krait.nodes;

import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;

/**
 * How one call site binds its arguments to the functions of one code object, worked out once:
 * the slot of each keyword argument among the callee's parameters, and whether defaults, an
 * empty {@code *args} tuple or an empty {@code **kwargs} dict complete the call. The site then
 * evaluates its arguments straight into the new frame's slots: a call makes the frame and
 * nothing else (no argument array, no copy, no keyword matched by name), where the general
 * path ({@link ArgumentBinder}) matches names on every call.
 *
 * <p>A plan exists only for calls that bind without error and without a {@code **kwargs} entry
 * (every keyword names a parameter that no positional value filled); missing parameters without
 * defaults are still found per call, by {@link ArgumentBinder#fillDefaults}, which raises
 * CPython's TypeError. Everything else takes the general path.
 *
 * <p>CPython counterpart: the specialised calls of 3.11's Python/ceval.c
 * ({@code CALL_PY_EXACT_ARGS}, {@code CALL_PY_WITH_DEFAULTS}), which guard on the function's
 * version and copy the stack's values into the new frame's locals.
 */
final class DirectCall {
    /** The code this plan is for: a site's plan is renewed when its callee's code differs. */
    final PyCode code;
    /** Its body, or null when calls of this code from this site take the general path. */
    final FunctionBody body;
    /** Whether the call has a self value before the site's positional arguments. */
    final boolean withSelf;
    /** Positional values, self included. */
    final int npos;
    /** For each keyword argument of the site, in order, its parameter's slot. */
    final int[] kwSlots;
    /** Whether parameters are left unbound, for the defaults to fill. */
    final boolean fill;
    /** The slot of {@code *args} (gets the empty tuple), or -1. */
    final int varargsSlot;
    /** The slot of {@code **kwargs} (gets a new empty dict), or -1. */
    final int varkwSlot;
    /**
     * The plans of the other codes the site called lately, newest first, or null: a site such
     * as {@code c.execute()} over several classes keeps one plan per method instead of making
     * a new one at every change of callee.
     */
    final DirectCall next;

    /** How many codes one site keeps plans for: beyond that the oldest is forgotten. */
    private static final int DEPTH = 4;

    private DirectCall(PyCode code, FunctionBody body, boolean withSelf, int npos,
            int[] kwSlots, boolean fill, int varargsSlot, int varkwSlot) {
        this(code, body, withSelf, npos, kwSlots, fill, varargsSlot, varkwSlot, null);
    }

    private DirectCall(PyCode code, FunctionBody body, boolean withSelf, int npos,
            int[] kwSlots, boolean fill, int varargsSlot, int varkwSlot, DirectCall next) {
        this.next = next;
        this.code = code;
        this.body = body;
        this.withSelf = withSelf;
        this.npos = npos;
        this.kwSlots = kwSlots;
        this.fill = fill;
        this.varargsSlot = varargsSlot;
        this.varkwSlot = varkwSlot;
    }

    private static final int[] NO_SLOTS = new int[0];

    /** The plan in the chain at {@code head} for {@code code} and {@code withSelf}, or null. */
    static DirectCall find(DirectCall head, PyCode code, boolean withSelf) {
        for (DirectCall p = head; p != null; p = p.next) {
            if (p.code == code && p.withSelf == withSelf) {
                return p;
            }
        }
        return null;
    }

    /**
     * A new chain: {@code first}, then up to DEPTH - 1 plans of {@code head} (copied, as a chain
     * is never changed once made, so that a thread never sees half of one).
     */
    static DirectCall push(DirectCall first, DirectCall head) {
        DirectCall[] keep = new DirectCall[DEPTH - 1];
        int n = 0;
        for (DirectCall p = head; p != null && n < keep.length; p = p.next) {
            keep[n++] = p;
        }
        DirectCall rest = null;
        for (int i = n - 1; i >= 0; i--) {
            rest = keep[i].withNext(rest);
        }
        return first.withNext(rest);
    }

    private DirectCall withNext(DirectCall rest) {
        return new DirectCall(code, body, withSelf, npos, kwSlots, fill, varargsSlot, varkwSlot,
                rest);
    }

    /** The plan for calling {@code code} with these arguments: its {@code body} null if none. */
    static DirectCall plan(PyCode code, boolean withSelf, int nargs, String[] keywordNames) {
        int npos = nargs + (withSelf ? 1 : 0);
        int argcount = code.argcount;
        int total = argcount + code.kwonlyargcount;
        boolean varargs = (code.flags & PyCode.CO_VARARGS) != 0;
        boolean varkw = (code.flags & PyCode.CO_VARKEYWORDS) != 0;
        if (!(code.invoker() instanceof FunctionBody body) || npos > argcount
                || body.slots() < total) {
            return new DirectCall(code, null, withSelf, npos, null, false, -1, -1);
        }
        int nkw = keywordNames.length;
        int[] slots = nkw == 0 ? NO_SLOTS : new int[nkw];
        boolean[] bound = new boolean[total];
        for (int i = 0; i < npos; i++) {
            bound[i] = true;
        }
        String[] varnames = code.varnames;
        for (int k = 0; k < nkw; k++) {
            int slot = -1;
            for (int i = code.posonlyargcount; i < total; i++) {
                if (varnames[i].equals(keywordNames[k])) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0 || bound[slot]) {
                // for **kwargs, or an error the general path reports
                return new DirectCall(code, null, withSelf, npos, null, false, -1, -1);
            }
            bound[slot] = true;
            slots[k] = slot;
        }
        boolean fill = false;
        for (boolean b : bound) {
            fill |= !b;
        }
        return new DirectCall(code, body, withSelf, npos, slots, fill, varargs ? total : -1,
                varkw ? total + (varargs ? 1 : 0) : -1);
    }

    /**
     * Evaluates the site's arguments into a new frame for {@code fn}: {@code self} (when the
     * plan has one) and the positional values in order, then the keyword values into their
     * parameters' slots.
     */
    PyFrame evalInto(PyFunction fn, PyObject self, CallNodes.Args args, PyFrame f) {
        PyFrame frame = body.newFrame(fn);
        PyObject[] fast = frame.fast;
        int at = 0;
        if (withSelf) {
            fast[at++] = self;
        }
        int npositional = args.positional.length;
        for (int i = 0; i < npositional; i++) {
            fast[at++] = args.positional(i, f);
        }
        ExprNode[] kw = args.keywordValues;
        int[] slots = kwSlots;
        for (int k = 0; k < kw.length; k++) {
            fast[slots[k]] = kw[k].eval(f);
        }
        return frame;
    }

    /**
     * Completes the binding of a frame {@link #evalInto} filled and runs the call. When
     * evaluating the arguments changed the function's code, the values go the general way.
     */
    PyObject run(PyFunction fn, PyObject self, CallNodes.Args args, PyFrame frame) {
        PyObject[] fast = frame.fast;
        if (fn.code != code) {
            int nargs = args.positional.length;
            int nkw = kwSlots.length;
            PyObject[] values = new PyObject[nargs + nkw];
            System.arraycopy(fast, withSelf ? 1 : 0, values, 0, nargs);
            for (int k = 0; k < nkw; k++) {
                values[nargs + k] = fast[kwSlots[k]];
            }
            return withSelf ? fn.callWithSelf(self, values, args.kwnames)
                    : fn.call(values, args.kwnames);
        }
        if (varargsSlot >= 0) {
            fast[varargsSlot] = PyTuple.EMPTY;
        }
        if (varkwSlot >= 0) {
            fast[varkwSlot] = new PyDict();
        }
        if (fill) {
            ArgumentBinder.fillDefaults(fn, code, fast, npos);
        }
        return body.start(fn, frame);
    }
}
