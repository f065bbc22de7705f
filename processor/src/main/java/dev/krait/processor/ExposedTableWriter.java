package dev.krait.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Writes, for each class declaring {@code @Exposed}, {@code @Exposed.Getter} or
 * {@code @Exposed.Setter} methods, a class {@code NAME$$Exposed} in the same package: a table of
 * those members (their annotations' values, read at compile time) and switches that call each one
 * by its index ({@code case 3 -> ((PyList) a[0]).append((PyObject) a[1])}).
 *
 * <p>Why: the interpreter used to find builtins by reflection and call them through method
 * handles, and each handle chain made the JDK spin {@code LambdaForm} classes at run time (about
 * 300 for {@code print("hello")}), which no AOT cache holds, and which the JIT then compiled; the
 * reflection read every method's annotations on a type's first use. A generated class is an
 * ordinary class of the jar, so it is in the AOT cache, and calling through it makes nothing at
 * run time (docs/PERFORMANCE.md, "Start-up, session 6"). The runtime side is
 * {@code dev.krait.objects.ExposedTable}.
 *
 * <p>Only public methods are listed (the runtime ignored the others before). The switches are cut
 * into methods of at most {@value #CHUNK} cases, so that none is too big for the JIT to compile.
 */
@SupportedAnnotationTypes({ExposedTableWriter.EXPOSED, ExposedTableWriter.GETTER,
    ExposedTableWriter.SETTER})
public final class ExposedTableWriter extends AbstractProcessor {
    static final String EXPOSED = "dev.krait.objects.Exposed";
    static final String GETTER = "dev.krait.objects.Exposed.Getter";
    static final String SETTER = "dev.krait.objects.Exposed.Setter";
    static final String SUFFIX = "$$Exposed";
    private static final String TABLE = "dev.krait.objects.ExposedTable";
    private static final String PYOBJECT = "dev.krait.objects.PyObject";
    private static final int CHUNK = 32;

    /** The annotated methods of each class found in the current round. */
    private final Map<TypeElement, List<ExecutableElement>> classes = new LinkedHashMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e instanceof ExecutableElement m && e.getKind() == ElementKind.METHOD
                        && m.getModifiers().contains(Modifier.PUBLIC)) {
                    List<ExecutableElement> list = classes.computeIfAbsent(
                            (TypeElement) m.getEnclosingElement(), k -> new ArrayList<>());
                    if (!list.contains(m)) {
                        list.add(m);
                    }
                }
            }
        }
        // Written in the round that found them: javac does not keep an element's annotation
        // values for later rounds, and the generated classes have no annotations of their own.
        classes.forEach(this::write);
        classes.clear();
        return false;
    }

    /** One member of the table: a method in one role (method, getter or setter). */
    private record Entry(ExecutableElement method, int index, String role, String name,
            String value, String kind, String doc, boolean option, String signature) {}

    private void write(TypeElement type, List<ExecutableElement> methods) {
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                error(type, "a class with @Exposed methods must not be private");
                return;
            }
        }
        // The runtime lists members in the order of their Java names, as it did when it sorted
        // reflection's methods, so that dir() and the type's __dict__ keep their order.
        List<ExecutableElement> sorted = new ArrayList<>(methods);
        sorted.sort(Comparator.comparing(m -> m.getSimpleName().toString()));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ExecutableElement m = sorted.get(i);
            for (AnnotationMirror a : m.getAnnotationMirrors()) {
                String annotation = ((TypeElement) a.getAnnotationType().asElement())
                        .getQualifiedName().toString();
                Map<String, Object> values = values(a);
                switch (annotation) {
                    case EXPOSED -> entries.add(new Entry(m, i, "METHOD", str(values, "name"),
                            str(values, "value"), str(values, "kind"), str(values, "doc"),
                            false, str(values, "signature")));
                    case GETTER -> entries.add(new Entry(m, i, "GETTER", str(values, "value"),
                            "", "INSTANCE", str(values, "doc"),
                            Boolean.TRUE.equals(values.get("member")), "SHOWN"));
                    case SETTER -> entries.add(new Entry(m, i, "SETTER", str(values, "value"),
                            "", "INSTANCE", "", Boolean.TRUE.equals(values.get("deletes")),
                            "SHOWN"));
                    default -> { }
                }
            }
        }
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName()
                .toString();
        String binary = processingEnv.getElementUtils().getBinaryName(type).toString();
        String simple = (pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1)) + SUFFIX;
        String self = erasure(type.asType());
        StringBuilder src = new StringBuilder();
        if (!pkg.isEmpty()) {
            src.append("package ").append(pkg).append(";\n\n");
        }
        src.append("/** Generated by ").append(ExposedTableWriter.class.getName())
                .append(" from the @Exposed members of ").append(self).append(". */\n")
                .append("@SuppressWarnings(\"all\")\n")
                .append("public final class ").append(simple).append(" extends ").append(TABLE)
                .append(" {\n")
                .append("    static {\n        register(").append(self).append(".class, new ")
                .append(simple).append("());\n    }\n\n")
                .append("    private ").append(simple)
                .append("() {\n        super(new Member[] {\n");
        for (Entry e : entries) {
            ExecutableElement m = e.method();
            boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
            src.append("            new Member(").append(e.index()).append(", ")
                    .append(literal(m.getSimpleName().toString())).append(", Role.")
                    .append(e.role()).append(", ").append(literal(e.name())).append(", ")
                    .append(literal(e.value())).append(", dev.krait.objects.Exposed.Kind.")
                    .append(e.kind()).append(", ").append(literal(e.doc())).append(", ")
                    .append(isStatic).append(", ")
                    .append(m.getParameters().size() + (isStatic ? 0 : 1)).append(", ")
                    .append(isRaw(m)).append(", ").append(e.option())
                    .append(", dev.krait.objects.Exposed.Signature.").append(e.signature())
                    .append("),\n");
        }
        src.append("        });\n    }\n");
        writeSwitch(src, "call", PYOBJECT, "Object[] a", "a", sorted, type, "METHOD", entries);
        writeSwitch(src, "callSelf", PYOBJECT, "Object self, " + PYOBJECT
                + "[] args, String[] kw", "self, args, kw", sorted, type, "SELF", entries);
        writeSwitch(src, "callFlat", PYOBJECT, PYOBJECT + "[] args, String[] kw", "args, kw",
                sorted, type, "FLAT", entries);
        writeSwitch(src, "get", "Object", "Object a0", "a0", sorted, type, "GETTER", entries);
        writeSwitch(src, "set", "void", "Object a0, Object a1", "a0, a1", sorted, type,
                "SETTER", entries);
        src.append("}\n");
        try {
            Writer w = processingEnv.getFiler().createSourceFile(
                    (pkg.isEmpty() ? "" : pkg + ".") + simple, type).openWriter();
            try (w) {
                w.write(src.toString());
            }
        } catch (IOException ex) {
            error(type, "cannot write " + simple + ": " + ex.getMessage());
        }
    }

    /**
     * Writes {@code name(int index, params)}: a switch on {@code index >> 5} into methods of at
     * most {@value #CHUNK} cases, each calling the Java method of that index in {@code role}
     * ({@code SELF} and {@code FLAT}: the methods, called with the Python arguments as they
     * come, see {@link #invocation}).
     */
    private void writeSwitch(StringBuilder src, String name, String result, String params,
            String args, List<ExecutableElement> sorted, TypeElement type, String role,
            List<Entry> entries) {
        boolean[] has = new boolean[sorted.size()];
        for (Entry e : entries) {
            String entryRole = role.equals("SELF") || role.equals("FLAT") ? "METHOD" : role;
            if (e.role().equals(entryRole) && invocation(e.method(), type, role) != null) {
                has[e.index()] = true;
            }
        }
        src.append("\n    @Override\n    public ").append(result).append(' ').append(name)
                .append("(int index, ").append(params).append(") throws Throwable {\n")
                .append("        switch (index >> 5) {\n");
        int chunks = (sorted.size() + CHUNK - 1) / CHUNK;
        for (int c = 0; c < chunks; c++) {
            boolean any = false;
            for (int i = c * CHUNK; i < Math.min(sorted.size(), (c + 1) * CHUNK); i++) {
                any |= has[i];
            }
            if (any) {
                src.append("            case ").append(c).append(": ")
                        .append(result.equals("void") ? "" : "return ").append(name).append(c)
                        .append("(index, ").append(args).append(");")
                        .append(result.equals("void") ? " return;" : "").append('\n');
            }
        }
        src.append("            default: throw noMember(index);\n        }\n    }\n");
        for (int c = 0; c < chunks; c++) {
            StringBuilder cases = new StringBuilder();
            for (int i = c * CHUNK; i < Math.min(sorted.size(), (c + 1) * CHUNK); i++) {
                if (has[i]) {
                    cases.append("            case ").append(i).append(": ")
                            .append(invocation(sorted.get(i), type, role)).append('\n');
                }
            }
            if (cases.isEmpty()) {
                continue;
            }
            src.append("\n    private static ").append(result).append(' ').append(name)
                    .append(c).append("(int index, ").append(params)
                    .append(") throws Throwable {\n        switch (index) {\n").append(cases)
                    .append("            default: throw noMember(index);\n        }\n    }\n");
        }
    }

    /**
     * The statement calling {@code m} with the arguments of {@code role}'s method, or null when
     * {@code m} cannot be called that way. {@code METHOD} takes the Java arguments in one array
     * (the receiver first); {@code SELF} takes the receiver or first argument apart and the
     * others from the Python arguments ({@code args[0]}...), or a raw method's {@code (args,
     * kw)} as they are; {@code FLAT} the same for static methods without a self.
     */
    private String invocation(ExecutableElement m, TypeElement type, String role) {
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        List<String> args = new ArrayList<>();
        if (role.equals("METHOD")) {
            for (int i = 0; i < m.getParameters().size() + (isStatic ? 0 : 1); i++) {
                args.add("a[" + i + "]");
            }
        } else if (role.equals("SELF") || role.equals("FLAT")) {
            boolean self = role.equals("SELF");
            if (!self && !isStatic) {
                return null;
            }
            int n = m.getParameters().size() + (isStatic ? 0 : 1);
            int leading = self ? 1 : 0;
            if (isRaw(m)) {
                if (n - 2 != leading) {
                    return null;
                }
            } else if (n < leading) {
                return null;
            }
            if (self) {
                args.add("self");
            }
            if (isRaw(m)) {
                args.add("args");
                args.add("kw");
            } else {
                for (int i = leading; i < n; i++) {
                    args.add("args[" + (i - leading) + "]");
                }
            }
        } else {
            args.add("a0");
            if (role.equals("SETTER")) {
                args.add("a1");
            }
        }
        StringBuilder call = new StringBuilder();
        int at = 0;
        if (isStatic) {
            call.append(erasure(type.asType()));
        } else {
            call.append("((").append(erasure(type.asType())).append(") ").append(args.get(at++))
                    .append(')');
        }
        call.append('.').append(m.getSimpleName()).append('(');
        List<? extends VariableElement> params = m.getParameters();
        for (int p = 0; p < params.size(); p++) {
            if (p > 0) {
                call.append(", ");
            }
            String arg = at < args.size() ? args.get(at++) : "null";
            call.append('(').append(castType(params.get(p).asType())).append(") ").append(arg);
        }
        call.append(')');
        TypeMirror r = m.getReturnType();
        if (role.equals("SETTER")) {
            return call + "; return;";
        }
        if (role.equals("GETTER")) {
            return r.getKind() == TypeKind.VOID ? call + "; return null;"
                    : "return " + call + ";";
        }
        return switch (r.getKind()) {
            case VOID -> call + "; return dev.krait.objects.PyNone.NONE;";
            case BOOLEAN -> "return dev.krait.objects.PyBool.of(" + call + ");";
            case INT, LONG, SHORT, BYTE -> "return dev.krait.objects.PyInt.of((long) " + call
                    + ");";
            case DOUBLE, FLOAT -> "return new dev.krait.objects.PyFloat((double) " + call + ");";
            default -> erasure(r).equals("java.lang.String")
                    ? "return dev.krait.objects.PyStr.of(" + call + ");"
                    : "return (" + PYOBJECT + ") " + call + ";";
        };
    }

    /** The type to cast an {@code Object} argument to: the boxed class for a primitive. */
    private String castType(TypeMirror t) {
        Types types = processingEnv.getTypeUtils();
        if (t.getKind().isPrimitive()) {
            return types.boxedClass(types.getPrimitiveType(t.getKind())).getQualifiedName()
                    .toString();
        }
        return erasure(t);
    }

    private String erasure(TypeMirror t) {
        return processingEnv.getTypeUtils().erasure(t).toString();
    }

    /** Whether the method takes the raw call: last parameters (PyObject[], String[]). */
    private boolean isRaw(ExecutableElement m) {
        List<? extends VariableElement> p = m.getParameters();
        int n = p.size();
        return n >= 2 && erasure(p.get(n - 2).asType()).equals(PYOBJECT + "[]")
                && erasure(p.get(n - 1).asType()).equals("java.lang.String[]");
    }

    /** The annotation's values with its defaults, by name; an enum constant as its name. */
    private Map<String, Object> values(AnnotationMirror a) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v
                : processingEnv.getElementUtils().getElementValuesWithDefaults(a).entrySet()) {
            Object value = v.getValue().getValue();
            if (value instanceof VariableElement constant) {
                value = constant.getSimpleName().toString();
            }
            out.put(v.getKey().getSimpleName().toString(), value);
        }
        return out;
    }

    private static String str(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? "" : v.toString();
    }

    /** A Java string literal for {@code s}. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
