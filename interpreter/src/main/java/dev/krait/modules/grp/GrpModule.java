package dev.krait.modules.grp;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.AccountCalls;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code grp} module: {@code getgrgid}, {@code getgrnam}, {@code getgrall} and
 * {@code struct_group}, read from the C library's group database.
 *
 * <p>CPython counterpart: Modules/grpmodule.c.
 */
@NativeModule.Register("grp")
public final class GrpModule implements NativeModule {
    static final PyType STRUCT_GROUP = PyStructSequence.newType("grp", "struct_group", 4, true,
            "gr_name", "gr_passwd", "gr_gid", "gr_mem");

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("grp");
        m.put("__doc__", PyStr.of("Access to the Unix group database.\n\nGroup entries are "
                + "reported as 4-tuples containing the following fields\nfrom the group "
                + "database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - "
                + "group password (encrypted); often empty\n  gr_gid    - numeric ID of the "
                + "group\n  gr_mem    - list of members\n\nThe gid is an integer, name and "
                + "password are strings.  (Note that most\nusers are not explicitly listed as "
                + "members of the groups they are in\naccording to the password database.  "
                + "Check both databases to get\ncomplete membership information.)"));
        ModuleBuilder.addFunctions(m, GrpModule.class);
        m.put("struct_group", STRUCT_GROUP);
        return m;
    }

    private static PyStr text(byte[] b) {
        return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    private static PyObject entry(AccountCalls.Group g) {
        List<PyObject> members = new ArrayList<>();
        for (byte[] m : g.members()) {
            members.add(text(m));
        }
        return PyStructSequence.make(STRUCT_GROUP, text(g.name()), text(g.passwd()),
                PyInt.of(g.gid()), new PyList(members));
    }

    // CPython: Modules/grpmodule.c grp_getgrgid_impl
    @Exposed("getgrgid($module, /, id)")
    public static PyObject getgrgid(PyObject id) {
        if (id instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Numbers.index(id);
        if (!i.isSmall() || i.longValue() < -1 || i.longValue() > 0xFFFFFFFFL) {
            throw PyExceptions.of(PyExceptions.KeyError, "getgrgid(): gid not found");
        }
        AccountCalls.Group g = AccountCalls.getgrgid((int) i.longValue());
        if (g == null) {
            throw PyExceptions.of(PyExceptions.KeyError, "getgrgid(): gid not found: "
                    + Ops.str(id).value());
        }
        return entry(g);
    }

    @Exposed("getgrnam($module, /, name)")
    public static PyObject getgrnam(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("getgrnam() argument 'name' must be str, not "
                    + name.type().getName());
        }
        byte[] b = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape");
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        AccountCalls.Group g = AccountCalls.getgrnam(b);
        if (g == null) {
            throw PyExceptions.of(PyExceptions.KeyError, "getgrnam(): name not found: "
                    + Ops.repr(name).value());
        }
        return entry(g);
    }

    @Exposed("getgrall($module, /)")
    public static PyObject getgrall() {
        List<PyObject> out = new ArrayList<>();
        for (AccountCalls.Group g : AccountCalls.getgrall()) {
            out.add(entry(g));
        }
        return new PyList(out);
    }
}
