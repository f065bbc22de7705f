package dev.krait.objects;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Exposed} members of one Java class, and the calls to them: the build's annotation
 * processor ({@code dev.krait.processor.ExposedTableWriter}) writes a subclass
 * {@code NAME$$Exposed} next to each class that has such members, holding their annotations'
 * values and a switch that calls each by index.
 *
 * <p>Why not reflection and method handles, as before: reading a type's methods and annotations
 * on its first use was slow, and each method handle chain made the JDK spin {@code LambdaForm}
 * classes at run time — about 300 in {@code print("hello")} — that no AOT cache holds and that
 * the JIT then had to compile. The generated classes are ordinary classes of the jar, loaded from
 * the AOT cache already linked (docs/PERFORMANCE.md, "Start-up, session 6").
 *
 * <p>CPython counterpart: the static {@code PyMethodDef} and {@code PyGetSetDef} tables of a C
 * type or module, which the C compiler writes out of the source as this processor does.
 */
public abstract class ExposedTable {
    /** What a member is to Python: which annotation listed it. */
    public enum Role { METHOD, GETTER, SETTER }

    /**
     * One annotated method in one role. {@code index} selects it in {@link #call}, {@link #get}
     * and {@link #set}; {@code name} is the annotation's Python name (empty: the Java name),
     * {@code value} an {@link Exposed} method's text signature; {@code arity} counts the Java
     * arguments with the receiver of an instance method; {@code raw} says the method takes the
     * call as it comes, {@code (PyObject[] args, String[] kwnames)}; {@code option} is a
     * getter's {@link Exposed.Getter#member} and a setter's {@link Exposed.Setter#deletes};
     * {@code signature} is a method's {@link Exposed#signature}.
     */
    public record Member(int index, String javaName, Role role, String name, String value,
            Exposed.Kind kind, String doc, boolean isStatic, int arity, boolean raw,
            boolean option, Exposed.Signature signature) {
        /** The Python name: the annotation's, or else the Java method's. */
        public String pythonName() {
            return name.isEmpty() ? javaName : name;
        }
    }

    private static final ConcurrentHashMap<Class<?>, ExposedTable> TABLES =
            new ConcurrentHashMap<>();
    private static final ExposedTable EMPTY = new ExposedTable(new Member[0]) {
        @Override
        public PyObject call(int index, Object[] args) {
            throw noMember(index);
        }

        @Override
        public Object get(int index, Object self) {
            throw noMember(index);
        }

        @Override
        public void set(int index, Object self, Object value) {
            throw noMember(index);
        }
    };

    private final Member[] members;

    protected ExposedTable(Member[] members) {
        this.members = members;
    }

    /** The members, ordered by Java name (the order the type's dictionary gets). */
    public final Member[] members() {
        return members;
    }

    /** The member named {@code javaName} in {@code role}; an error when there is none. */
    public final Member member(String javaName, Role role) {
        for (Member m : members) {
            if (m.javaName().equals(javaName) && m.role() == role) {
                return m;
            }
        }
        throw new IllegalStateException("no @Exposed " + javaName + " in " + this);
    }

    /** The table of {@code c}'s members (empty when it has none). */
    public static ExposedTable of(Class<?> c) {
        ExposedTable t = TABLES.get(c);
        if (t != null) {
            return t;
        }
        try {
            // Initialising the generated class registers its table (see register).
            Class.forName(c.getName() + "$$Exposed", true, c.getClassLoader());
        } catch (ClassNotFoundException e) {
            TABLES.putIfAbsent(c, EMPTY);
        }
        t = TABLES.get(c);
        if (t == null) {
            throw new IllegalStateException("the table of " + c + " did not register");
        }
        return t;
    }

    /** Called by a generated table's static initialiser; not for other code. */
    protected static void register(Class<?> c, ExposedTable table) {
        TABLES.putIfAbsent(c, table);
    }

    /**
     * Calls the {@link Role#METHOD} member {@code index} with {@code args}, its Java arguments
     * (the receiver first for an instance method), and returns its result as a Python object:
     * None for {@code void}, bool, int, float or str for a primitive or a {@code String}.
     */
    public abstract PyObject call(int index, Object[] args) throws Throwable;

    /**
     * Calls the {@link Role#METHOD} member {@code index} without an array of Java arguments:
     * {@code self} is the receiver (or a static method's first argument), and the others are
     * {@code args} as they come, one per parameter, or for a raw member {@code (args, kw)}.
     * For {@link MethodBinder}'s calls whose arguments need no binding.
     */
    public PyObject callSelf(int index, Object self, PyObject[] args, String[] kw)
            throws Throwable {
        throw noMember(index);
    }

    /** As {@link #callSelf}, for a static member that takes no self. */
    public PyObject callFlat(int index, PyObject[] args, String[] kw) throws Throwable {
        throw noMember(index);
    }

    /** Calls the getter {@code index} on {@code self}; its Java result, unconverted. */
    public abstract Object get(int index, Object self) throws Throwable;

    /** Calls the setter {@code index} on {@code self} with {@code value}. */
    public abstract void set(int index, Object self, Object value) throws Throwable;

    protected static IllegalStateException noMember(int index) {
        return new IllegalStateException("no @Exposed member " + index);
    }
}
