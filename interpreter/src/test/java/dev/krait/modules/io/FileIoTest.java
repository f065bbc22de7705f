package dev.krait.modules.io;

import dev.krait.objects.PyObject;
import org.junit.jupiter.api.Test;

/** Files through {@code _io.open} and the three layers, compared with CPython. */
class FileIoTest extends IoTestSupport {
    @Test
    void writeThenReadTextAndBinary() {
        PyObject f = o.show(() -> open(o.path("a.txt"), s("w")));
        o.show(() -> m(f, "write", s("héllo\nwörld\n")));
        o.show(() -> m(f, "close"));
        PyObject r = open(o.path("a.txt"), s("rb"));
        o.show(() -> m(r, "read"));
        m(r, "close");
        PyObject t = open(o.path("a.txt"));
        o.show(() -> m(t, "readline"));
        o.show(() -> m(t, "read", i(3)));
        o.show(() -> m(t, "read"));
        o.show(() -> m(t, "read"));
        o.show(() -> m(t, "close"));
        o.show(() -> m(t, "read"));
        same("""
                f = show(lambda: open(P('a.txt'), 'w'))
                show(lambda: f.write('héllo\\nwörld\\n'))
                show(lambda: f.close())
                r = open(P('a.txt'), 'rb')
                show(lambda: r.read())
                r.close()
                t = open(P('a.txt'))
                show(lambda: t.readline())
                show(lambda: t.read(3))
                show(lambda: t.read())
                show(lambda: t.read())
                show(lambda: t.close())
                show(lambda: t.read())
                """.replace("repr(f)", "repr(f)"));
    }

    @Test
    void reprsOfTheLayers() {
        PyObject t = open(o.path("r.txt"), s("w+"));
        o.line(dev.krait.objects.Ops.repr(t).value().replace(o.dir.toString(), "D"));
        PyObject buf = m(t, "detach");
        o.line(dev.krait.objects.Ops.repr(buf).value().replace(o.dir.toString(), "D"));
        o.line(dev.krait.objects.Ops.repr(dev.krait.objects.Attributes.getAttr(buf, "raw")).value()
                .replace(o.dir.toString(), "D"));
        m(buf, "close");
        o.line(dev.krait.objects.Ops.repr(dev.krait.objects.Attributes.getAttr(buf, "raw")).value());
        same("""
                t = open(P('r.txt'), 'w+')
                print(repr(t).replace(D, 'D'))
                buf = t.detach()
                print(repr(buf).replace(D, 'D'))
                print(repr(buf.raw).replace(D, 'D'))
                buf.close()
                print(repr(buf.raw))
                """);
    }

    @Test
    void universalNewlinesOnReading() {
        PyObject w = open(o.path("n.txt"), s("wb"));
        m(w, "write", b("a\r\nb\rc\nd\r"));
        m(w, "close");
        for (String nl : new String[] {null, "", "\n", "\r", "\r\n"}) {
            PyObject f = callKw(io("open"), new PyObject[] {o.path("n.txt")}, "newline",
                    nl == null ? dev.krait.objects.PyNone.NONE : s(nl));
            o.show(() -> m(f, "readlines"));
            o.show(() -> dev.krait.objects.Attributes.getAttr(f, "newlines"));
            m(f, "close");
        }
        same("""
                w = open(P('n.txt'), 'wb')
                w.write(b'a\\r\\nb\\rc\\nd\\r')
                w.close()
                for nl in [None, '', '\\n', '\\r', '\\r\\n']:
                    f = open(P('n.txt'), newline=nl)
                    show(lambda: f.readlines())
                    show(lambda: f.newlines)
                    f.close()
                """);
    }

    @Test
    void newlineTranslationOnWriting() {
        for (String nl : new String[] {null, "", "\n", "\r", "\r\n"}) {
            PyObject f = callKw(io("open"), new PyObject[] {o.path("w.txt"), s("w")}, "newline",
                    nl == null ? dev.krait.objects.PyNone.NONE : s(nl));
            m(f, "write", s("x\ny\r\nz"));
            m(f, "close");
            PyObject r = open(o.path("w.txt"), s("rb"));
            o.show(() -> m(r, "read"));
            m(r, "close");
        }
        same("""
                for nl in [None, '', '\\n', '\\r', '\\r\\n']:
                    f = open(P('w.txt'), 'w', newline=nl)
                    f.write('x\\ny\\r\\nz')
                    f.close()
                    r = open(P('w.txt'), 'rb')
                    show(lambda: r.read())
                    r.close()
                """);
    }

    @Test
    void errorsAsCPythonRaisesThem() {
        o.show(() -> open(o.path("missing")));
        o.show(() -> open(o.path("x".repeat(300))));
        o.show(() -> open(s(o.dir.toString())).type());
        o.show(() -> open(s(o.dir.toString()), s("w")));
        m(open(o.path("e.txt"), s("w")), "close");
        o.show(() -> open(o.path("e.txt"), s("x")));
        o.show(() -> open(o.path("e.txt/sub"), s("w")));
        o.show(() -> open(o.path("e.txt"), s("rw")));
        o.show(() -> open(o.path("e.txt"), s("rr")));
        o.show(() -> open(o.path("e.txt"), s("U")));
        o.show(() -> open(o.path("e.txt"), s("rtb")));
        o.show(() -> open(o.path("e.txt"), s("+")));
        o.show(() -> callKw(io("open"), new PyObject[] {o.path("e.txt"), s("rb")}, "encoding",
                s("utf-8")));
        o.show(() -> callKw(io("open"), new PyObject[] {o.path("e.txt"), s("rb")}, "errors",
                s("strict")));
        o.show(() -> callKw(io("open"), new PyObject[] {o.path("e.txt"), s("rb")}, "newline",
                s("")));
        o.show(() -> open(o.path("e.txt"), s("r"), i(0)));
        o.show(() -> open(new dev.krait.objects.PyFloat(1.5)));
        o.show(() -> open(o.path("e.txt"), i(5)));
        o.show(() -> callKw(io("open"), new PyObject[] {o.path("e.txt")}, "newline", s("x")));
        o.show(() -> callKw(io("open"), new PyObject[] {o.path("e.txt")}, "encoding",
                s("nope")));
        PyObject r = open(o.path("e.txt"));
        o.show(() -> m(r, "write", s("x")));
        o.show(() -> dev.krait.objects.PyBool.of(dev.krait.objects.Ops.isSubclass(
                io("UnsupportedOperation"), dev.krait.objects.PyExceptions.OSError)));
        same("""
                show(lambda: open(P('missing')))
                show(lambda: open(P('x' * 300)))
                show(lambda: type(open(D)))
                show(lambda: open(D, 'w'))
                open(P('e.txt'), 'w').close()
                show(lambda: open(P('e.txt'), 'x'))
                show(lambda: open(P('e.txt/sub'), 'w'))
                show(lambda: open(P('e.txt'), 'rw'))
                show(lambda: open(P('e.txt'), 'rr'))
                show(lambda: open(P('e.txt'), 'U'))
                show(lambda: open(P('e.txt'), 'rtb'))
                show(lambda: open(P('e.txt'), '+'))
                show(lambda: open(P('e.txt'), 'rb', encoding='utf-8'))
                show(lambda: open(P('e.txt'), 'rb', errors='strict'))
                show(lambda: open(P('e.txt'), 'rb', newline=''))
                show(lambda: open(P('e.txt'), 'r', 0))
                show(lambda: open(1.5))
                show(lambda: open(P('e.txt'), 5))
                show(lambda: open(P('e.txt'), newline='x'))
                show(lambda: open(P('e.txt'), encoding='nope'))
                r = open(P('e.txt'))
                show(lambda: r.write('x'))
                show(lambda: isinstance(_io.UnsupportedOperation, OSError))
                """.replace("show(lambda: isinstance(_io.UnsupportedOperation, OSError))",
                "show(lambda: issubclass(_io.UnsupportedOperation, OSError))"));
    }
}
