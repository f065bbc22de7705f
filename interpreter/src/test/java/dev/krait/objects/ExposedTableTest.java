package dev.krait.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tables the annotation processor writes for {@link Exposed} members ({@link ExposedTable}):
 * that they carry the annotations' values, keep the order of Java names, and call the right
 * Java method with its result converted as the binder's callers expect.
 */
class ExposedTableTest {
    @Test
    void tableCarriesTheAnnotationValues() {
        ExposedTable table = ExposedTable.of(PyList.class);
        ExposedTable.Member append = table.member("append", ExposedTable.Role.METHOD);
        assertEquals("append($self, object, /)", append.value());
        assertEquals("append", append.pythonName());
        assertFalse(append.isStatic());
        assertEquals(2, append.arity());
        ExposedTable.Member classGetItem = table.member("__class_getitem__",
                ExposedTable.Role.METHOD);
        assertEquals(Exposed.Kind.CLASS, classGetItem.kind());
        assertTrue(classGetItem.isStatic());
        assertSame(table, ExposedTable.of(PyList.class));
    }

    @Test
    void membersAreInTheOrderOfJavaNames() {
        String[] names = Arrays.stream(ExposedTable.of(PyStr.class).members())
                .map(ExposedTable.Member::javaName).toArray(String[]::new);
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        assertTrue(names.length > 10);
        assertEquals(Arrays.asList(sorted), Arrays.asList(names));
    }

    @Test
    void callConvertsTheResult() throws Throwable {
        ExposedTable table = ExposedTable.of(PyList.class);
        PyList list = new PyList();
        int append = table.member("append", ExposedTable.Role.METHOD).index();
        assertSame(PyNone.NONE, table.call(append, new Object[] {list, PyInt.of(7)}));
        int len = table.member("__len__", ExposedTable.Role.METHOD).index();
        assertSame(PyInt.of(1), table.call(len, new Object[] {list}));
    }

    @Test
    void aClassWithoutMembersHasAnEmptyTable() {
        ExposedTable table = ExposedTable.of(ExposedTableTest.class);
        assertEquals(0, table.members().length);
        assertThrows(IllegalStateException.class, () -> table.call(0, new Object[0]));
    }
}
