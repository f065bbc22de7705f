package dev.krait.modules.cjk;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code _multibytecodec.MultibyteCodec}: one CJK encoding's stateless encode and decode, the
 * object each {@code encodings} module keeps as {@code codec} and wraps in its Codec class.
 * Programs cannot make one themselves; {@code getcodec} of a {@code _codecs_*} module does.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c {@code MultibyteCodecObject}.
 */
public final class PyMultibyteCodec extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("MultibyteCodec",
            PyMultibyteCodec.class, null).withModule("_multibytecodec");

    final CjkCodec codec;

    PyMultibyteCodec(CjkCodec codec) {
        super(TYPE);
        this.codec = codec;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteCodec_encode
    @Exposed(value = "encode($self, /, input, errors=None)",
            doc = "Return an encoded string version of `input'.\n\n'errors' may be given to set "
                    + "a different error handling scheme. Default is\n'strict' meaning that "
                    + "encoding errors raise a UnicodeEncodeError. Other possible\nvalues are "
                    + "'ignore', 'replace' and 'xmlcharrefreplace' as well as any other name\n"
                    + "registered with codecs.register_error that can handle "
                    + "UnicodeEncodeErrors.")
    public PyObject encode(PyObject input, PyObject errors) {
        String err = errorsArgument("encode", errors);
        PyStr text = textArgument(input);
        byte[] state = new byte[8];
        codec.encodeInit(state);
        byte[] r = new MultibyteCoding.Encoding(codec, state, text, err)
                .run(CjkCodec.FLUSH | CjkCodec.RESET);
        return PyTuple.of(new PyBytes(r), PyInt.of(text.codePoints().length));
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteCodec_decode
    @Exposed(value = "decode($self, /, input, errors=None)",
            doc = "Decodes 'input'.\n\n'errors' may be given to set a different error handling "
                    + "scheme. Default is\n'strict' meaning that encoding errors raise a "
                    + "UnicodeDecodeError. Other possible\nvalues are 'ignore' and 'replace' as "
                    + "well as any other name registered with\ncodecs.register_error that is "
                    + "able to handle UnicodeDecodeErrors.\"")
    public PyObject decode(PyObject input, PyObject errors) {
        byte[] data = PyBytes.requireBytesLike(input);
        String err = errorsArgument("decode", errors);
        if (data.length == 0) {
            return PyTuple.of(PyStr.of(""), PyInt.of(0));
        }
        byte[] state = new byte[8];
        codec.decodeInit(state);
        MultibyteCoding.Decoding d = new MultibyteCoding.Decoding(codec, state, data, err);
        d.runAll();
        return PyTuple.of(PyStr.fromCodePoints(d.buf.result()), PyInt.of(data.length));
    }

    /** The {@code errors} argument: a str, or None for strict. */
    static String errorsArgument(String fn, PyObject errors) {
        if (errors == null || errors == PyNone.NONE) {
            return null;
        }
        if (!(errors instanceof PyStr s)) {
            throw PyExceptions.typeError(fn + "() argument 'errors' must be str or None, not "
                    + errors.type().getName());
        }
        return s.value();
    }

    /** A str to encode: the object itself, or its str() (CPython's encoders accept any). */
    static PyStr textArgument(PyObject input) {
        return input instanceof PyStr s ? s : Ops.str(input);
    }
}
