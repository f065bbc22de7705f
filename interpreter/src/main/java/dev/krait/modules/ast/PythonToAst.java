package dev.krait.modules.ast;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.AstSchema;
import dev.krait.ast.BoolOp;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Mod;
import dev.krait.ast.Operator;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.ast.TypeIgnore;
import dev.krait.ast.UnaryOp;
import dev.krait.ast.WithItem;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ThreadState;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python {@code ast} objects back to Krait's AST records, for {@code compile(tree, ...)}. It reads
 * each object the way CPython's generated {@code obj2ast_*} functions do: the position attributes
 * first ({@code lineno} and {@code col_offset} required, the end positions defaulting to the
 * start), then the class — the first constructor of the expected sum type the object is an
 * instance of — then each field by name, with CPython's errors for what is missing or of the
 * wrong kind. Product types ({@code arguments}, {@code arg}, {@code keyword}, …) are read from any
 * object with the right attributes, as in CPython.
 *
 * <p>CPython counterpart: Python/Python-ast.c {@code PyAST_obj2mod} and the {@code obj2ast_*}
 * functions.
 */
final class PythonToAst {
    /** The Java class of each ASDL type name. */
    private static final Map<String, Class<?>> ASDL = new HashMap<>();
    /** The ASDL type of each Java class (the owner named in "missing from expr"). */
    private static final Map<Class<?>, String> ASDL_NAME = new HashMap<>();
    /** The schema of each {@code _ast} class, by name. */
    private static final Map<String, AstSchema.NodeClass> SCHEMA = new HashMap<>();

    static {
        Object[][] table = {{"mod", Mod.class}, {"stmt", Stmt.class}, {"expr", Expr.class},
            {"pattern", Pattern.class}, {"excepthandler", ExceptHandler.class},
            {"type_ignore", TypeIgnore.class}, {"expr_context", ExprContext.class},
            {"boolop", BoolOp.class}, {"operator", Operator.class}, {"unaryop", UnaryOp.class},
            {"cmpop", CmpOp.class}, {"comprehension", Comprehension.class},
            {"arguments", Arguments.class}, {"arg", Arg.class}, {"keyword", Keyword.class},
            {"alias", Alias.class}, {"withitem", WithItem.class},
            {"match_case", MatchCase.class}};
        for (Object[] row : table) {
            ASDL.put((String) row[0], (Class<?>) row[1]);
            ASDL_NAME.put((Class<?>) row[1], (String) row[0]);
        }
        for (AstSchema.NodeClass c : AstSchema.CLASSES) {
            SCHEMA.put(c.name(), c);
        }
    }

    private final AstTypes types;

    PythonToAst(AstTypes types) {
        this.types = types;
    }

    /** The tree for {@code compile(obj, filename, mode)}. CPython: PyAST_obj2mod. */
    Mod module(PyObject obj, Parser.Mode mode) {
        String expected = switch (mode) {
            case EXEC -> "Module";
            case EVAL -> "Expression";
            case SINGLE -> "Interactive";
            case FUNC_TYPE -> "FunctionType";
        };
        if (!Ops.isInstance(obj, types.get(expected))) {
            throw PyExceptions.typeError("expected " + expected + " node, got "
                    + obj.type().getName());
        }
        return (Mod) value(obj, Mod.class, "mod");
    }

    /**
     * {@code obj} as a value of Java type {@code target} (a record, sealed interface, enum,
     * list, String, Integer/int or ConstantValue); null for None where the type allows it.
     */
    private Object value(PyObject obj, Type target, String asdlType) {
        if (target instanceof ParameterizedType) {
            throw new IllegalStateException("lists are converted by the caller");
        }
        Class<?> cls = (Class<?>) target;
        if (cls == String.class) {
            return string(obj, asdlType);
        }
        if (cls == int.class || cls == Integer.class) {
            return integer(obj);
        }
        if (cls == ConstantValue.class) {
            return dev.krait.compiler.Constants.valueOf(obj);
        }
        if (cls.isEnum()) {
            return member(obj, cls);
        }
        if (obj == PyNone.NONE) {
            return null;
        }
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.interpreter.recursionLimit()) {
            ts.depth--;
            throw Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
        try {
            if (cls.isSealed()) {
                return sumNode(obj, cls);
            }
            String owner = ASDL_NAME.get(cls);
            int[] positions = cls.getRecordComponents().length
                    > SCHEMA.get(schemaName(cls, owner)).fields().size()
                    ? positions(obj, owner) : null;
            if ((cls == ExceptHandler.class || cls == TypeIgnore.class)
                    && !Ops.isInstance(obj, types.get(cls.getSimpleName()))) {
                // sum types of one constructor: still an isinstance check, as in CPython
                throw PyExceptions.typeError("expected some sort of " + owner + ", but got "
                        + Ops.repr(obj).value());
            }
            return record(obj, cls, owner, positions);
        } finally {
            ts.depth--;
        }
    }

    private Object sumNode(PyObject obj, Class<?> sum) {
        String owner = ASDL_NAME.get(sum);
        // CPython reads a sum type's position attributes before it looks at the class
        int[] positions = SCHEMA.get(owner).attributes().isEmpty() ? null : positions(obj, owner);
        for (Class<?> ctor : sum.getPermittedSubclasses()) {
            if (Ops.isInstance(obj, types.get(ctor.getSimpleName()))) {
                return record(obj, ctor, owner, positions);
            }
        }
        throw PyExceptions.typeError("expected some sort of " + owner + ", but got "
                + Ops.repr(obj).value());
    }

    /** The {@code _ast} class whose fields a record has: its own, or its ASDL type's. */
    private static String schemaName(Class<?> rc, String owner) {
        return SCHEMA.containsKey(rc.getSimpleName()) ? rc.getSimpleName() : owner;
    }

    /** lineno, col_offset, end_lineno, end_col_offset, read as CPython reads them. */
    private int[] positions(PyObject obj, String owner) {
        int lineno = attribute(obj, "lineno", owner, null);
        int col = attribute(obj, "col_offset", owner, null);
        return new int[] {lineno, col, attribute(obj, "end_lineno", owner, lineno),
            attribute(obj, "end_col_offset", owner, col)};
    }

    /**
     * A record of class {@code rc} read from {@code obj}; {@code owner} names its ASDL type and
     * {@code positions} are its position attributes, already read (null: it has none).
     */
    private Object record(PyObject obj, Class<?> rc, String owner, int[] positions) {
        String pyName = schemaName(rc, owner);
        AstSchema.NodeClass schema = SCHEMA.get(pyName);
        RecordComponent[] components = rc.getRecordComponents();
        Object[] args = new Object[components.length];
        int nfields = schema.fields().size();
        if (positions != null) {
            for (int i = 0; i < 4; i++) {
                args[nfields + i] = positions[i];
            }
        }
        for (int i = 0; i < nfields; i++) {
            String spec = schema.fields().get(i);
            int space = spec.indexOf(' ');
            String kind = spec.substring(0, space);
            String name = spec.substring(space + 1);
            char quantifier = kind.charAt(kind.length() - 1);
            String asdlType = quantifier == '?' || quantifier == '*'
                    ? kind.substring(0, kind.length() - 1) : kind;
            PyObject v = Attributes.lookupAttrOrNull(obj, name);
            if (v == null || (quantifier == '?' && v == PyNone.NONE)) {
                if (quantifier != '?') {
                    throw PyExceptions.typeError("required field \"" + name + "\" missing from "
                            + pyName);
                }
                args[i] = null;
                continue;
            }
            Type javaType = components[i].getGenericType();
            if (quantifier == '*') {
                args[i] = list(v, javaType, asdlType, pyName, name);
            } else {
                args[i] = value(v, javaType, asdlType);
                if (args[i] == null && quantifier != '?') {
                    throw PyExceptions.valueError("field '" + name + "' is required for "
                            + pyName);
                }
            }
        }
        try {
            Constructor<?> ctor = rc.getDeclaredConstructors()[0];
            return ctor.newInstance(args);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                | IllegalArgumentException e) {
            throw new IllegalStateException("cannot build " + rc + " from " + List.of(args), e);
        }
    }

    private List<Object> list(PyObject v, Type javaType, String asdlType, String owner,
            String field) {
        if (!(v instanceof PyList l)) {
            throw PyExceptions.typeError(owner + " field \"" + field + "\" must be a list, not a "
                    + v.type().getName());
        }
        Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
        int len = l.size();
        List<Object> out = new ArrayList<>(len);
        for (int i = 0; i < len; i++) {
            out.add(value(l.items.get(i), element, asdlType));
            if (len != l.size()) {
                throw PyExceptions.of(PyExceptions.RuntimeError, owner + " field \"" + field
                        + "\" changed size during iteration");
            }
        }
        return out;
    }

    /** A position attribute; {@code fallback} null means required. */
    private Integer attribute(PyObject obj, String name, String owner, Integer fallback) {
        PyObject v = Attributes.lookupAttrOrNull(obj, name);
        if (v == null || (fallback != null && v == PyNone.NONE)) {
            if (fallback == null) {
                throw PyExceptions.typeError("required field \"" + name + "\" missing from "
                        + owner);
            }
            return fallback;
        }
        return integer(v);
    }

    // CPython: Python/Python-ast.c obj2ast_int
    private static Integer integer(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyExceptions.valueError("invalid integer value: " + Ops.repr(v).value());
        }
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.of(PyExceptions.OverflowError,
                    "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    // CPython: Python/Python-ast.c obj2ast_identifier and obj2ast_string
    private static String string(PyObject v, String asdlType) {
        if (v == PyNone.NONE && asdlType.equals("identifier")) {
            return null;
        }
        if (v.type() != PyStr.TYPE) {
            throw PyExceptions.typeError("AST " + (asdlType.equals("identifier") ? "identifier"
                    : "string") + " must be of type str");
        }
        return ((PyStr) v).value();
    }

    private Object member(PyObject v, Class<?> enumClass) {
        for (Object constant : enumClass.getEnumConstants()) {
            if (Ops.isInstance(v, types.get(((Enum<?>) constant).name()))) {
                return constant;
            }
        }
        throw PyExceptions.typeError("expected some sort of " + ASDL_NAME.get(enumClass)
                + ", but got " + Ops.repr(v).value());
    }
}
