package dev.krait.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The form of instance dicts: objects of a class statement's class keep their attributes split
 * (an array beside the class's shared key table) while the program only does what that form
 * holds, and get an ordinary dict when it does more. What the program sees is the same either
 * way (the corpus program classes/instance_layout.py checks that against CPython); this test
 * checks that the fast form is the one actually used, which no output can show.
 */
class SplitDictTest {
    private static Interpreter interp;

    @BeforeAll
    static void attach() {
        interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
    }

    private static PyDict run(String source) {
        PyCode code = Importer.compileSource(source.getBytes(StandardCharsets.UTF_8), "<test>",
                interp);
        PyDict globals = new PyDict();
        interp.exec(code, globals, globals);
        return globals;
    }

    private static PyDict dictOf(PyDict globals, String name) {
        return globals.getItem(PyStr.of(name)).getDict();
    }

    @Test
    void instancesOfOneClassShareOneKeyTable() {
        PyDict g = run("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                a = P(1, 2)
                b = P(3, 4)
                b.z = 5
                """);
        SharedKeys keys = dictOf(g, "a").sharedKeys();
        assertNotNull(keys);
        assertSame(keys, dictOf(g, "b").sharedKeys());
        assertEquals(3, keys.size());
        assertEquals(1, keys.indexOfInterned(PyStr.intern("y")));
        assertSame(keys, ((PyType) g.getItem(PyStr.of("P"))).sharedKeys());
    }

    @Test
    void deletionAndTheSameOrderKeepTheSplitForm() {
        PyDict g = run("""
                class P:
                    pass
                a = P()
                a.x = 1
                a.y = 2
                del a.x
                del a.y
                a.y = 3
                a.__dict__['z'] = 4
                a.__dict__.clear()
                a.x = 5
                """);
        PyDict d = dictOf(g, "a");
        assertNotNull(d.sharedKeys());
        assertEquals(1, d.size());
    }

    @Test
    void whatTheSplitFormCannotHoldMakesAnOrdinaryDict() {
        PyDict g = run("""
                class P:
                    pass
                order = P()
                order.x = 1
                order.y = 2
                reordered = P()
                reordered.y = 1
                reordered.x = 2
                again = P()
                again.x = 1
                again.y = 2
                del again.x
                again.x = 3
                intkey = P()
                intkey.__dict__[1] = 2
                many = P()
                for i in range(40):
                    setattr(many, 'a%d' % i, i)
                """);
        assertNotNull(dictOf(g, "order").sharedKeys());
        for (String name : new String[] {"reordered", "again", "intkey", "many"}) {
            assertNull(dictOf(g, name).sharedKeys(), name);
        }
        assertEquals("['y', 'x']", Ops.repr(new PyList(dictOf(g, "reordered").keyList())).value());
        assertEquals("['y', 'x']", Ops.repr(new PyList(dictOf(g, "again").keyList())).value());
        assertEquals(40, dictOf(g, "many").size());
    }

    @Test
    void builtinTypesKeepOrdinaryDicts() {
        PyDict g = run("""
                def f():
                    pass
                f.attr = 1
                """);
        assertNull(dictOf(g, "f").sharedKeys());
        assertNull(PyDict.forInstance(PyDict.TYPE).sharedKeys());
    }
}
