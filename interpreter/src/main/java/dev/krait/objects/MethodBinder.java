package dev.krait.objects;

/**
 * Binds a Python call ({@code args} positional then keyword values, {@code kwnames} naming the
 * trailing keyword ones — CPython's vectorcall convention) to one {@link Exposed} Java method, and
 * raises CPython's exact {@code TypeError} when the call does not fit.
 *
 * <p>The messages follow the three ways CPython's builtins check their arguments: METH_NOARGS and
 * METH_O functions ({@code "list.clear() takes no arguments (1 given)"}), Argument Clinic's
 * positional-only check ({@code "insert expected 2 arguments, got 1"}, Python/getargs.c
 * {@code _PyArg_CheckPositional}), and its keyword parser ({@code _PyArg_UnpackKeywords}).
 */
public final class MethodBinder {
    private final String qualifiedName;
    /** The function name in argument errors: the type's for a constructor. */
    private final String messageName;
    /** The Python name, and the text signature with that name (the annotation's or made). */
    private final String name;
    private final String text;
    /**
     * Parsed on first use: a type's first use makes a binder for each of its methods, and a
     * program calls few of them (docs/PERFORMANCE.md, "Start-up, session 6"). Immutable, so a
     * race between two threads only parses it twice.
     */
    private TextSignature signature;
    /** The generated table that calls the Java method ({@link ExposedTable}), and its index. */
    private final ExposedTable table;
    private final int index;
    private final boolean rawCall;
    private final boolean takesSelf;
    private final int javaArity;
    /** Whether Python sees the text signature ({@link Exposed#signature}). */
    private final Exposed.Signature shown;
    /** Whether this is a type's {@code __new__} (its messages name the type). */
    private final boolean constructor;

    private MethodBinder(String qualifiedName, String messageName, String name, String text,
            ExposedTable table, int index, boolean rawCall, boolean takesSelf, int javaArity,
            Exposed.Signature shown, boolean constructor) {
        this.qualifiedName = qualifiedName;
        this.messageName = messageName;
        this.name = name;
        this.text = text;
        this.table = table;
        this.index = index;
        this.rawCall = rawCall;
        this.takesSelf = takesSelf;
        this.javaArity = javaArity;
        this.shown = shown;
        this.constructor = constructor;
    }

    /**
     * The function's {@code __text_signature__} as CPython shows it, or null when CPython has
     * none ({@link Exposed.Signature#HIDDEN}; a constructor's signature belongs to its class).
     */
    public String textSignature() {
        return shown == Exposed.Signature.SHOWN ? DocSignature.ofFunction(name, text) : null;
    }

    /**
     * The {@code __text_signature__} of class {@code className} when this, its constructor,
     * gives it one ({@link Exposed.Signature#CLASS}), else null.
     */
    String classSignature(String className) {
        return shown == Exposed.Signature.CLASS ? DocSignature.ofClass(className, text) : null;
    }

    public TextSignature signature() {
        TextSignature sig = signature;
        if (sig == null) {
            sig = TextSignature.parse(name, text);
            if (!rawCall) {
                int expected = sig.params().size() + (takesSelf ? 1 : 0);
                if (expected != javaArity) {
                    throw new IllegalStateException("signature " + text + " has "
                            + sig.params().size() + " parameters but its Java method takes "
                            + javaArity);
                }
            }
            signature = sig;
        }
        return sig;
    }

    public String name() {
        return name;
    }

    /** The name CPython's messages use, e.g. {@code list.append}. */
    public String qualifiedName() {
        return qualifiedName;
    }

    /**
     * Makes the binder for {@code member} of {@code table}. {@code owner} is the Python type name
     * for messages ({@code "list"}), or null for a module function. An instance method or a static
     * method whose first parameter is a {@code PyObject} subclass receives the self object first.
     */
    public static MethodBinder of(ExposedTable table, ExposedTable.Member member, String owner,
            String pythonName, boolean selfFirst) {
        String sigText = member.value();
        String text = sigText.isEmpty() ? pythonName + "()" : sigText;
        int open = text.indexOf('(');
        if (open < 0) {
            text = pythonName + text;
        }
        // The name TextSignature.parse takes: what precedes the parenthesis, if anything.
        String name = open > 0 ? text.substring(0, open).trim() : pythonName;
        boolean takesSelf = !member.isStatic() || selfFirst;
        // A constructor's messages name the type, as Argument Clinic's do ("float() takes no
        // keyword arguments"), not "float.__new__".
        boolean constructor = owner != null && name.equals("__new__");
        String qual = owner == null ? name : constructor ? owner : owner + "." + name;
        // So do the messages of an Argument Clinic __init__ (whose signature is its class's):
        // "BufferedReader() takes at most 2 arguments (4 given)".
        boolean clinicInit = owner != null && name.equals("__init__")
                && member.signature() == Exposed.Signature.CLASS;
        return new MethodBinder(qual, constructor || clinicInit ? owner : name, name, text, table,
                member.index(), member.raw(), takesSelf, member.arity(), member.signature(),
                constructor);
    }

    /** Calls the Java method with {@code self} (ignored for static functions) and the call. */
    public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        try {
            if (rawCall || kwnames == null && args.length == directArity()) {
                // the Python arguments are the Java ones: no array of them is made
                return takesSelf ? table.callSelf(index, self, args, kwnames)
                        : table.callFlat(index, args, kwnames);
            }
            Object[] javaArgs = new Object[javaArity];
            int at = 0;
            if (takesSelf) {
                javaArgs[at++] = self;
            }
            if (kwnames == null && args.length >= fewestPositional
                    && args.length < positionalDefaults.length) {
                // positional arguments only, as many as fit (d.get(k), s.split()): the rest
                // of the parameters take their defaults, with nothing that could fail to check
                System.arraycopy(args, 0, javaArgs, at, args.length);
                System.arraycopy(positionalDefaults, args.length, javaArgs, at + args.length,
                        positionalDefaults.length - args.length);
            } else {
                bind(args, kwnames, javaArgs, at);
            }
            return table.call(index, javaArgs);
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException e) {
            // A JDK exception escaping a builtin is a Krait bug: it leaves the builtin as
            // CPython's SystemError, so that Python code around the call (a with statement's
            // __exit__, an except clause) sees it. Krait's own exception classes are signals
            // between its Java parts and pass through.
            if (e.getClass().getName().startsWith("java.")) {
                throw PyExceptions.internalError(e);
            }
            throw e;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@link #directArity}, worked out on first use with {@link #fewestPositional} and
     * {@link #positionalDefaults}.
     */
    private int directArity() {
        int direct = directArity;
        if (direct == ARITY_UNKNOWN) {
            TextSignature s = signature();
            int n = s.params().size();
            if (n <= s.positionalCount()) {
                // every parameter can be given by position: a call with fewer arguments than
                // parameters, and at least the required ones, fills the rest with defaults
                Object[] defaults = new Object[n];
                for (int i = 0; i < n; i++) {
                    PyObject d = s.params().get(i).defaultValue();
                    defaults[i] = d == TextSignature.NO_DEFAULT ? null : d;
                }
                positionalDefaults = defaults;
                fewestPositional = s.requiredPositional();
            }
            direct = n <= s.positionalCount() && n >= s.requiredPositional() ? n : -1;
            directArity = direct;
        }
        return direct;
    }

    /**
     * When every parameter can be given by position: the defaults of the parameters, by
     * position (null for one without a Python default or a required one), and the number of
     * required ones. Otherwise an empty array and a count no call reaches. Set before
     * {@link #directArity} is, which {@link #call} reads first; threads that run Python code
     * pass the interpreter lock between them, which orders these writes before other reads.
     */
    private Object[] positionalDefaults = new Object[0];
    private int fewestPositional = Integer.MAX_VALUE;

    /**
     * The number of positional arguments that fill every parameter with nothing to check (all
     * parameters positional): -1 when there is none, {@link #ARITY_UNKNOWN} until first asked.
     */
    private int directArity = ARITY_UNKNOWN;
    private static final int ARITY_UNKNOWN = -2;

    private void bind(PyObject[] args, String[] kwnames, Object[] out, int at) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (nkw > 0 && constructor && at == 1 && out[0] instanceof PyType cls
                && keywordsGoToInit(cls)) {
            kwnames = null;
            nkw = 0;
        }
        if (nkw == 0 && npos == directArity()) {
            System.arraycopy(args, 0, out, at, npos);
            return;
        }
        TextSignature sig = signature();
        int nparams = sig.params().size();
        int maxPos = sig.positionalCount();
        checkCounts(npos, nkw);
        for (int i = 0; i < npos; i++) {
            out[at + i] = args[i];
        }
        // CPython: Python/getargs.c _PyArg_UnpackKeywords reports a missing argument first,
        // then one given by name and position (the first such parameter), then an unknown
        // keyword (the first given)
        String invalid = null;
        int twice = -1;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int index = -1;
            for (int i = sig.positionalOnly(); i < nparams; i++) {
                if (sig.params().get(i).name().equals(kw)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                invalid = invalid == null ? kw : invalid;
            } else if (index < npos) {
                twice = twice < 0 ? index : Math.min(twice, index);
            } else {
                out[at + index] = args[npos + k];
            }
        }
        for (int i = 0; i < nparams; i++) {
            if (out[at + i] == null) {
                TextSignature.Param p = sig.params().get(i);
                if (!p.optional()) {
                    if (i < sig.positionalOnly() || nkw == 0 && i < maxPos) {
                        throw PyExceptions.typeError(messageName + "() missing required argument '"
                                + p.name() + "' (pos " + (i + 1) + ")");
                    }
                    throw PyExceptions.typeError(messageName + "() missing required argument '"
                            + p.name() + "' (pos " + (i + 1) + ")");
                }
                PyObject d = p.defaultValue();
                out[at + i] = d == TextSignature.NO_DEFAULT ? null : d;
            }
        }
        if (twice >= 0) {
            throw PyExceptions.typeError("argument for " + messageName + "() given by name ('"
                    + sig.params().get(twice).name() + "') and position (" + (twice + 1) + ")");
        }
        if (invalid != null) {
            throw PyExceptions.typeError("'" + invalid + "' is an invalid keyword argument for "
                    + messageName + "()");
        }
    }

    /**
     * Whether this constructor, which takes no keywords, lets the keywords of a call of
     * {@code cls} through to its {@code __init__}: when {@code cls} is a program's subclass with an
     * {@code __init__} of its own, which may take them ({@code __new__} then ignores them).
     */
    // CPython: Argument Clinic's __new__ of a type whose parameters are all positional-only
    // checks (type == base || type->tp_init == base->tp_init) && !_PyArg_NoKeywords(...)
    private boolean keywordsGoToInit(PyType cls) {
        TextSignature sig = signature();
        return sig.positionalOnly() == sig.params().size() && !cls.isBuiltin()
                && !(cls.lookupInit() instanceof PyMethodDescriptor);
    }

    private void checkCounts(int npos, int nkw) {
        TextSignature sig = signature();
        int nparams = sig.params().size();
        int maxPos = sig.positionalCount();
        int min = sig.requiredPositional();
        boolean positionalOnlyAll = sig.positionalOnly() == nparams;
        if (positionalOnlyAll && nkw > 0) {
            throw PyExceptions.typeError(qualifiedName + "() takes no keyword arguments");
        }
        if (nparams == 0 && npos > 0) {
            throw PyExceptions.typeError(qualifiedName + "() takes no arguments (" + npos
                    + " given)");
        }
        // a constructor checks its count as Argument Clinic does ("cycle expected 1 argument,
        // got 0"); a function of one argument as METH_O does
        if (positionalOnlyAll && nparams == 1 && min == 1 && npos != 1 && !constructor) {
            throw PyExceptions.typeError(qualifiedName + "() takes exactly one argument (" + npos
                    + " given)");
        }
        if (positionalOnlyAll) {
            if (npos < min) {
                throw PyExceptions.typeError(messageName + " expected " + (min == maxPos ? ""
                        : "at least ") + plural(min, "argument") + ", got " + npos);
            }
            if (npos > maxPos) {
                throw PyExceptions.typeError(messageName + " expected " + (min == maxPos ? ""
                        : "at most ") + plural(maxPos, "argument") + ", got " + npos);
            }
            return;
        }
        // CPython: Python/getargs.c _PyArg_UnpackKeywords: too many in all, then too many
        // positionals, then too few positional-only ones
        if (npos + nkw > nparams) {
            throw PyExceptions.typeError(messageName + "() takes at most " + nparams + " "
                    + (npos == 0 ? "keyword " : "") + "argument" + (nparams == 1 ? "" : "s")
                    + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPos) {
            if (maxPos == 0) {
                throw PyExceptions.typeError(messageName + "() takes no positional arguments");
            }
            throw PyExceptions.typeError(messageName + "() takes " + (min == maxPos ? "exactly"
                    : "at most") + " " + plural(maxPos, "positional argument") + " (" + npos
                    + " given)");
        }
        int minPositionalOnly = Math.min(sig.positionalOnly(), min);
        if (npos < minPositionalOnly) {
            throw PyExceptions.typeError(messageName + "() takes " + (minPositionalOnly < maxPos
                    ? "at least" : "exactly") + " " + plural(minPositionalOnly,
                    "positional argument") + " (" + npos + " given)");
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
