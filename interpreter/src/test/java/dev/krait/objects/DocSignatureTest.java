package dev.krait.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * {@link DocSignature}: signatures shown as CPython 3.11 shows them (the expected texts are
 * CPython's {@code __text_signature__} of the same builtins), and CPython's reading of a
 * docstring that starts with a signature.
 */
class DocSignatureTest {
    @Test
    void aLongSignatureWrapsWhereArgumentClinicWrapsIt() {
        assertEquals("($module, /, name, globals=None, locals=None, fromlist=(),\n"
                + "           level=0)", DocSignature.ofFunction("__import__",
                "__import__($module, /, name, globals=None, locals=None, fromlist=(), level=0)"));
        assertEquals("($self, value, start=0, stop=sys.maxsize, /)",
                DocSignature.ofFunction("index",
                        "index($self, value, start=0, stop=sys.maxsize, /)"));
    }

    @Test
    void aClassShowsItsConstructorsParametersWithoutSelf() {
        assertEquals("(buffer, encoding=None, errors=None, newline=None,\n"
                + "              line_buffering=False, write_through=False)",
                DocSignature.ofClass("TextIOWrapper", "__init__($self, /, buffer, encoding=None, "
                        + "errors=None, newline=None, line_buffering=False, write_through=False)"));
        assertEquals("(iterable=(), /)", DocSignature.ofClass("list",
                "__init__($self, iterable=(), /)"));
        assertEquals("(x=0, /)", DocSignature.ofClass("float", "__new__($type, x=0, /)"));
    }

    @Test
    void aDocstringGivesTheSignatureAtItsHead() {
        String doc = "C(a, b=1)\n--\n\nThe class.";
        assertEquals("(a, b=1)", DocSignature.fromDoc("C", doc));
        assertEquals("(a, b=1)", DocSignature.fromDoc("module.C", doc));
        // another name, or a blank line before the end marker: no signature
        assertNull(DocSignature.fromDoc("D", doc));
        assertNull(DocSignature.fromDoc("C", "C(a)\n\n--\n\n"));
        assertNull(DocSignature.fromDoc("C", "C(a) takes a."));
    }
}
