package dev.krait.modules.pwd;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.AccountCalls;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
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
 * The {@code pwd} module: {@code getpwuid}, {@code getpwnam}, {@code getpwall} and
 * {@code struct_passwd}, read from the C library's password database.
 *
 * <p>CPython counterpart: Modules/pwdmodule.c.
 */
@NativeModule.Register("pwd")
public final class PwdModule implements NativeModule {
    static final PyType STRUCT_PASSWD = PyStructSequence.newType("pwd", "struct_passwd", 7,
            true, "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir",
            "pw_shell");

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("pwd");
        m.put("__doc__", PyStr.of("This module provides access to the Unix password database."
                + "\nIt is available on all Unix versions.\n\nPassword database entries are "
                + "reported as 7-tuples containing the following\nitems from the password "
                + "database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, "
                + "pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others "
                + "are strings. An\nexception is raised if the entry asked for cannot be "
                + "found."));
        ModuleBuilder.addFunctions(m, PwdModule.class);
        m.put("struct_passwd", STRUCT_PASSWD);
        return m;
    }

    /** Bytes from the database as str (the file system encoding, surrogateescape). */
    static PyStr text(byte[] b) {
        return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    private static PyObject entry(AccountCalls.Passwd p) {
        return PyStructSequence.make(STRUCT_PASSWD, text(p.name()), text(p.passwd()),
                PyInt.of(p.uid()), PyInt.of(p.gid()), text(p.gecos()), text(p.dir()),
                text(p.shell()));
    }

    // CPython: Modules/pwdmodule.c pwd_getpwuid
    @Exposed("getpwuid($module, uidobj, /)")
    public static PyObject getpwuid(PyObject uid) {
        // CPython: Modules/posixmodule.c _Py_Uid_Converter
        if (!(uid instanceof PyInt) && uid.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("uid should be integer, not " + uid.type().getName());
        }
        PyInt i = Numbers.index(uid);
        if (!i.isSmall() || i.longValue() < -1 || i.longValue() > 0xFFFFFFFFL) {
            throw PyExceptions.of(PyExceptions.KeyError, "getpwuid(): uid not found");
        }
        AccountCalls.Passwd p = AccountCalls.getpwuid((int) i.longValue());
        if (p == null) {
            throw PyExceptions.of(PyExceptions.KeyError, "getpwuid(): uid not found: "
                    + Ops.str(uid).value());
        }
        return entry(p);
    }

    @Exposed("getpwnam($module, name, /)")
    public static PyObject getpwnam(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("getpwnam() argument must be str, not "
                    + name.type().getName());
        }
        byte[] b = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape");
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        AccountCalls.Passwd p = AccountCalls.getpwnam(b);
        if (p == null) {
            throw PyExceptions.of(PyExceptions.KeyError, "getpwnam(): name not found: "
                    + Ops.repr(name).value());
        }
        return entry(p);
    }

    @Exposed("getpwall($module, /)")
    public static PyObject getpwall() {
        List<PyObject> out = new ArrayList<>();
        for (AccountCalls.Passwd p : AccountCalls.getpwall()) {
            out.add(entry(p));
        }
        return new PyList(out);
    }
}
