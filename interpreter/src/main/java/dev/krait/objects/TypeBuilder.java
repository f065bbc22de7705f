package dev.krait.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills a builtin type's dictionary from its Java class: each {@link Exposed} method becomes a
 * method descriptor (or a class/static method, or the type's {@code __new__}), each
 * {@link Exposed.Getter}/{@link Exposed.Setter} pair an attribute descriptor. Done lazily, on the
 * type's first lookup, so start-up pays only for the types a program touches.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code type_ready} with {@code add_methods} and
 * {@code add_getset}.
 */
final class TypeBuilder {
    private TypeBuilder() {}

    static PyDict buildDict(PyType type, MethodHandles.Lookup lookup) {
        PyDict dict = new PyDict();
        java.util.List<Method> all = new java.util.ArrayList<>(
                java.util.List.of(type.javaClass().getDeclaredMethods()));
        for (Class<?> extra : type.methodClasses()) {
            all.addAll(java.util.List.of(extra.getDeclaredMethods()));
        }
        Method[] methods = all.toArray(new Method[0]);
        // getDeclaredMethods has no defined order; sort so that dir() and __dict__ are stable.
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        Map<String, Method> getters = new LinkedHashMap<>();
        Map<String, Method> setters = new LinkedHashMap<>();
        for (Method m : methods) {
            if (!Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            Exposed e = m.getAnnotation(Exposed.class);
            if (e != null) {
                String name = e.name().isEmpty() ? m.getName() : e.name();
                dict.setItem(PyStr.intern(name), describe(type, m, e, name, lookup));
            }
            Exposed.Getter g = m.getAnnotation(Exposed.Getter.class);
            if (g != null) {
                getters.put(g.value().isEmpty() ? m.getName() : g.value(), m);
            }
            Exposed.Setter s = m.getAnnotation(Exposed.Setter.class);
            if (s != null) {
                setters.put(s.value().isEmpty() ? m.getName() : s.value(), m);
            }
        }
        for (Map.Entry<String, Method> entry : getters.entrySet()) {
            String name = entry.getKey();
            Method getter = entry.getValue();
            Method setter = setters.get(name);
            Exposed.Getter g = getter.getAnnotation(Exposed.Getter.class);
            if (g.member() && setter == null) {
                dict.setItem(PyStr.intern(name),
                        new PySlotDescriptor(type, name, handle(getter, lookup), g.doc()));
                continue;
            }
            dict.setItem(PyStr.intern(name), new PyGetSetDescriptor(type, name,
                    handle(getter, lookup), setter == null ? null : handle(setter, lookup),
                    getter.getAnnotation(Exposed.Getter.class).doc(),
                    setter != null && setter.getAnnotation(Exposed.Setter.class).deletes()));
        }
        if (dict.getItem(PyStr.of("__doc__")) == null) {
            String doc = BuiltinDocs.type(type.getName());
            dict.setItem(PyStr.of("__doc__"), doc == null ? PyNone.NONE : PyStr.of(doc));
        }
        return dict;
    }

    private static PyObject describe(PyType type, Method m, Exposed e, String name,
            MethodHandles.Lookup lookup) {
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        if (name.equals("__new__")) {
            MethodBinder b = MethodBinder.of(m, type.getName(), name, e.value(), true, lookup);
            return new PyBuiltinFunction(b, type, e.doc(), true);
        }
        switch (e.kind()) {
            case CLASS:
                return new PyMethodDescriptor(type, MethodBinder.of(m, type.getName(), name,
                        e.value(), true, lookup), e.doc(), true);
            case STATIC:
                return new PyStaticMethod(new PyBuiltinFunction(MethodBinder.of(m, type.getName(),
                        name, e.value(), false, lookup), null, e.doc(), false));
            default:
                return new PyMethodDescriptor(type, MethodBinder.of(m, type.getName(), name,
                        e.value(), isStatic, lookup), e.doc(), false);
        }
    }

    private static MethodHandle handle(Method m, MethodHandles.Lookup lookup) {
        try {
            return lookup.unreflect(m);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
