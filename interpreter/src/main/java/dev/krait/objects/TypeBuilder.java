package dev.krait.objects;

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

    static PyDict buildDict(PyType type) {
        PyDict dict = new PyDict();
        java.util.List<Entry> all = new java.util.ArrayList<>();
        add(all, ExposedTable.of(type.javaClass()));
        for (Class<?> extra : type.methodClasses()) {
            add(all, ExposedTable.of(extra));
        }
        // Each table is in the order of Java names; merge them so, as dir() and __dict__ expect.
        if (type.methodClasses().length > 0) {
            // a lambda of Krait's own, which the AOT cache holds; the JDK's Comparator.comparing
            // makes its comparator class at run time, on every start-up
            all.sort((a, b) -> a.member().javaName().compareTo(b.member().javaName()));
        }
        Map<String, Entry> getters = new LinkedHashMap<>();
        Map<String, Entry> setters = new LinkedHashMap<>();
        for (Entry entry : all) {
            ExposedTable.Member m = entry.member();
            switch (m.role()) {
                case METHOD -> dict.setItem(PyStr.intern(m.pythonName()),
                        describe(type, entry.table(), m));
                case GETTER -> getters.put(m.pythonName(), entry);
                case SETTER -> setters.put(m.pythonName(), entry);
            }
        }
        for (Map.Entry<String, Entry> e : getters.entrySet()) {
            String name = e.getKey();
            Entry getter = e.getValue();
            Entry setter = setters.get(name);
            ExposedTable getTable = getter.table();
            int get = getter.member().index();
            PyGetSetDescriptor.Getter read = obj -> getTable.get(get, obj);
            PyGetSetDescriptor.Setter set = null;
            if (setter != null) {
                ExposedTable setTable = setter.table();
                int index = setter.member().index();
                set = (obj, value) -> setTable.set(index, obj, value);
            }
            if (getter.member().option()) {
                // a struct member (Exposed.Getter#member): CPython's member_descriptor, whose
                // setter (if any) also receives del as null
                dict.setItem(PyStr.intern(name),
                        new PySlotDescriptor(type, name, read, set, getter.member().doc()));
                continue;
            }
            dict.setItem(PyStr.intern(name), new PyGetSetDescriptor(type, name, read, set,
                    getter.member().doc(), setter != null && setter.member().option()));
        }
        if (dict.getItem(PyStr.of("__doc__")) == null) {
            String doc = BuiltinDocs.type(type.getName());
            dict.setItem(PyStr.of("__doc__"), doc == null ? PyNone.NONE : PyStr.of(doc));
        }
        return dict;
    }

    /** A member with the table that calls it. */
    private record Entry(ExposedTable table, ExposedTable.Member member) {}

    private static void add(java.util.List<Entry> all, ExposedTable table) {
        for (ExposedTable.Member m : table.members()) {
            all.add(new Entry(table, m));
        }
    }

    private static PyObject describe(PyType type, ExposedTable table, ExposedTable.Member m) {
        String name = m.pythonName();
        if (name.equals("__new__")) {
            MethodBinder b = MethodBinder.of(table, m, type.getName(), name, true);
            return new PyBuiltinFunction(b, type, m.doc(), true);
        }
        switch (m.kind()) {
            case CLASS:
                return new PyMethodDescriptor(type, MethodBinder.of(table, m, type.getName(), name,
                        true), m.doc(), true);
            case STATIC: {
                PyBuiltinFunction f = new PyBuiltinFunction(MethodBinder.of(table, m,
                        type.getName(), name, false), null, m.doc(), false);
                // CPython: Objects/typeobject.c type_add_method -- the type is its m_self
                f.objclass = type;
                return new PyStaticMethod(f);
            }
            default:
                return new PyMethodDescriptor(type, MethodBinder.of(table, m, type.getName(),
                        name, m.isStatic()), m.doc(), false);
        }
    }
}
