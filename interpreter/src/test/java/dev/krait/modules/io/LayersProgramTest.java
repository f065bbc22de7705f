package dev.krait.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The layers used directly, as programs and CPython's own tests use them: FileIO's modes and
 * descriptors, TextIOWrapper over BytesIO (buffering, line buffering, reconfigure, decoding
 * errors), and StringIO's newline modes.
 */
class LayersProgramTest extends IoTestSupport {
    private void program(String source) {
        java.util.List<String> krait = KraitProgram.run(source, o.dir.toString());
        java.util.List<String> python = o.python(source);
        assertEquals(String.join("\n", python), String.join("\n", krait));
    }

    @Test
    void fileIoModesAndDescriptors() {
        program("""
                for mode in ['w', 'wb', 'w+', 'a', 'a+b', 'r', 'r+', 'x', 'xb+']:
                    try:
                        f = _io.FileIO(P('m.bin'), mode)
                        show(lambda: (f.mode, f.readable(), f.writable(), f.seekable(),
                                      f.closefd, f.isatty()))
                        f.close()
                    except OSError as e:
                        show(lambda: e.errno)
                for mode in ['rw', 'rb+b', 'q', '']:
                    show(lambda: _io.FileIO(P('m.bin'), mode))
                f = _io.FileIO(P('m.bin'), 'w')
                show(lambda: f.write(b'abcdef'))
                show(lambda: f.read())
                show(lambda: f.truncate(8))
                show(lambda: f.tell())
                show(lambda: f.seek(-2, 2))
                show(lambda: f.seek(0, 5))
                show(lambda: f.seek(-100))
                f.close()
                show(lambda: f.fileno())
                show(lambda: f.closed)
                g = _io.FileIO(P('m.bin'))
                h = _io.FileIO(g.fileno(), closefd=False)
                show(lambda: h.read(3))
                show(lambda: h.name == g.fileno())
                h.close()
                show(lambda: g.read())
                show(lambda: g.readall())
                b = bytearray(4)
                g.seek(1)
                show(lambda: g.readinto(b))
                show(lambda: b)
                g.close()
                show(lambda: _io.FileIO(P('m.bin'), closefd=False))
                show(lambda: _io.FileIO(-1))
                show(lambda: _io.FileIO(P('m.bin'), opener=lambda n, f: 'x'))
                show(lambda: _io.FileIO(P('m.bin'), opener=lambda n, f: -3))
                show(lambda: _io.FileIO(P('m\\0.bin')))
                """);
    }

    @Test
    void textOverBytesIO() {
        program("""
                raw = _io.BytesIO()
                t = _io.TextIOWrapper(raw, encoding='latin-1', newline='\\r\\n')
                show(lambda: t.write('a\\nb'))
                show(lambda: raw.getvalue())
                t.flush()
                show(lambda: raw.getvalue())
                show(lambda: t.write('\\u20ac'))
                show(lambda: (t.encoding, t.errors, t.newlines, t.line_buffering, t.write_through))
                t.reconfigure(errors='replace')
                show(lambda: t.write('\\u20ac'))
                t.reconfigure(line_buffering=True)
                show(lambda: t.write('x\\ny'))
                show(lambda: raw.getvalue())
                show(lambda: t.detach() is raw)
                show(lambda: t.write('z'))
                show(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=5))
                show(lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'))
                show(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', errors=3))
                bad = _io.TextIOWrapper(_io.BytesIO(b'ok\\n\\xff\\xfe\\n'), encoding='utf-8')
                show(lambda: bad.readline())
                show(lambda: bad.readline())
                rep = _io.TextIOWrapper(_io.BytesIO(b'ok\\n\\xff\\xfe\\n'), encoding='utf-8',
                                        errors='replace')
                show(lambda: rep.read())
                esc = _io.TextIOWrapper(_io.BytesIO(b'\\xff\\n'), encoding='utf-8',
                                        errors='surrogateescape')
                line = esc.readline()
                show(lambda: line)
                show(lambda: line.encode('utf-8', 'surrogateescape'))
                split = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO('aé€😀\\r\\nz'.encode()), 1),
                                          encoding='utf-8')
                split._CHUNK_SIZE = 1
                show(lambda: split.read(2))
                show(lambda: split.readline())
                show(lambda: split.read())
                show(lambda: split.newlines)
                ro = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b'x')), encoding='ascii')
                show(lambda: ro.write('y'))
                wo = _io.TextIOWrapper(_io.BufferedWriter(_io.BytesIO()), encoding='ascii')
                show(lambda: wo.read())
                """);
    }

    @Test
    void stringIoNewlines() {
        program("""
                for nl in [None, '', '\\n', '\\r', '\\r\\n']:
                    s = _io.StringIO('a\\r\\nb\\rc\\n', newline=nl)
                    show(lambda: s.getvalue())
                    show(lambda: s.readlines())
                    show(lambda: s.newlines)
                    s.write('x\\ny')
                    show(lambda: s.getvalue())
                show(lambda: _io.StringIO(newline='x'))
                show(lambda: _io.StringIO(5))
                show(lambda: _io.StringIO(newline=5))
                s = _io.StringIO('😀ab')
                show(lambda: s.read(1))
                show(lambda: s.tell())
                s.seek(5)
                s.write('!')
                show(lambda: s.getvalue())
                show(lambda: s.write(b'x'))
                show(lambda: s.read(1.5))
                show(lambda: s.seek(0, 3))
                show(lambda: s.seek(-1))
                show(lambda: s.truncate(-1))
                show(lambda: (s.readable(), s.writable(), s.seekable(), s.line_buffering,
                              s.closed, s.encoding, s.errors))
                show(lambda: s.detach())
                s.seek(0)
                show(lambda: [line for line in s])
                """);
    }
}
