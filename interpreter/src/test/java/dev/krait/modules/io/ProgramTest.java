package dev.krait.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Python programs that use {@code _io}, run on Krait's evaluator and on CPython, with the same
 * output expected: subclassing the abstract bases in Python, layering, iteration, with-blocks.
 */
class ProgramTest extends IoTestSupport {
    private void program(String source) {
        java.util.List<String> krait = KraitProgram.run(source.replace("print(",
                "line("), o.dir.toString());
        java.util.List<String> python = o.python("def line(s): print(s)\n" + source);
        assertEquals(String.join("\n", python), String.join("\n", krait));
    }

    @Test
    void withBlocksAndIteration() {
        program("""
                with open(P('a.txt'), 'w') as f:
                    show(lambda: f.write('one\\ntwo\\nthree'))
                    f.writelines(['\\nfour', '\\n'])
                show(lambda: f.closed)
                with open(P('a.txt')) as f:
                    for line in f:
                        show(lambda: line)
                with open(P('a.txt'), 'rb') as f:
                    for line in f:
                        show(lambda: line)
                show(lambda: f.read())
                """);
    }

    @Test
    void pythonSubclassOfRawIOBase() {
        program("""
                class Source(_io._RawIOBase):
                    def __init__(self, data):
                        self.data = data
                        self.pos = 0
                    def readable(self):
                        return True
                    def readinto(self, b):
                        # (written without builtins, which Krait does not have yet)
                        n = 3
                        if b.__len__() < n:
                            n = b.__len__()
                        if self.data.__len__() - self.pos < n:
                            n = self.data.__len__() - self.pos
                        b[:n] = self.data[self.pos:self.pos + n]
                        self.pos += n
                        return n
                r = Source(b'hello\\nworld\\n')
                show(lambda: r.read(2))
                show(lambda: r.readline())
                show(lambda: r.readall())
                br = _io.BufferedReader(Source(b'ab\\ncd\\nef'), 4)
                show(lambda: br.peek(1))
                show(lambda: br.readline())
                show(lambda: br.read1(10))
                show(lambda: br.read())
                t = _io.TextIOWrapper(_io.BufferedReader(Source('é\\r\\nx'.encode())), 'utf-8')
                show(lambda: t.readlines())
                """);
    }

    @Test
    void stringAndBytesStreams() {
        program("""
                s = _io.StringIO('a\\r\\nb', newline=None)
                show(lambda: s.getvalue())
                show(lambda: s.readline())
                show(lambda: s.tell())
                show(lambda: s.write('Z'))
                show(lambda: s.getvalue())
                show(lambda: s.seek(0, 2))
                show(lambda: s.seek(1, 1))
                show(lambda: s.truncate(1))
                show(lambda: s.getvalue())
                s.close()
                show(lambda: s.getvalue())
                b = _io.BytesIO(b'xyz')
                show(lambda: b.seek(5))
                show(lambda: b.write(b'!'))
                show(lambda: b.getvalue())
                show(lambda: b.read())
                show(lambda: b.seek(-1))
                show(lambda: b.write('s'))
                """);
    }

    @Test
    void tellAndSeekOnText() {
        program("""
                with open(P('t.txt'), 'w', encoding='utf-8') as f:
                    f.write('añb\\r\\nc€d\\nlast')
                f = open(P('t.txt'), encoding='utf-8', newline=None)
                marks = []
                while True:
                    marks.append(f.tell())
                    line = f.readline()
                    if not line:
                        break
                show(lambda: marks)
                show(lambda: f.seek(marks[1]))
                show(lambda: f.read(2))
                p = f.tell()
                show(lambda: f.read())
                show(lambda: f.seek(p))
                show(lambda: f.read())
                show(lambda: f.seek(0, 2))
                show(lambda: f.seek(3, 1))
                f.close()
                """);
    }

    @Test
    void bufferedRandomMixesReadsAndWrites() {
        program("""
                with open(P('r.bin'), 'wb') as f:
                    f.write(b'0123456789')
                with open(P('r.bin'), 'r+b') as f:
                    show(lambda: f.read(3))
                    show(lambda: f.write(b'abc'))
                    show(lambda: f.tell())
                    show(lambda: f.read(2))
                    show(lambda: f.seek(-2, 2))
                    show(lambda: f.write(b'XYZ'))
                    show(lambda: f.seek(0))
                    show(lambda: f.read())
                    show(lambda: f.truncate(4))
                    show(lambda: f.seek(0))
                    show(lambda: f.read())
                with open(P('r.bin'), 'a') as f:
                    show(lambda: f.write('tail'))
                    show(lambda: f.tell())
                with open(P('r.bin'), 'rb') as f:
                    show(lambda: f.read())
                """);
    }

    @Test
    void pairAndNewlineDecoder() {
        program("""
                p = _io.BufferedRWPair(_io.BytesIO(b'abc'), _io.BytesIO())
                show(lambda: p.read(2))
                show(lambda: p.peek())
                show(lambda: p.write(b'zz'))
                show(lambda: (p.closed, p.readable(), p.writable()))
                p.close()
                show(lambda: p.closed)
                show(lambda: p.read())
                d = _io.IncrementalNewlineDecoder(None, True)
                show(lambda: d.decode('a\\r'))
                show(lambda: d.getstate())
                show(lambda: d.decode('\\nb\\r', True))
                show(lambda: d.newlines)
                d.setstate((b'', 1))
                show(lambda: d.decode('x'))
                show(lambda: d.decode(b'x'))
                d.reset()
                show(lambda: d.newlines)
                """);
    }

    @Test
    void unclosedFilesAreFlushedAtExit() {
        String source = """
                f = open(P('left.txt'), 'w')
                f.write('never closed\\n')
                g = open(P('left.bin'), 'wb')
                g.write(b'bytes too')
                """;
        KraitProgram.run(source, o.dir.toString());
        String krait = read("left.txt") + "|" + read("left.bin");
        o.python(source);
        assertEquals(read("left.txt") + "|" + read("left.bin"), krait);
    }

    private String read(String name) {
        try {
            return java.nio.file.Files.readString(o.dir.resolve(name));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void utf8WithSignature() {
        program("""
                with open(P('s.txt'), 'w', encoding='utf-8-sig') as f:
                    f.write('é1\\n')
                    f.write('2\\n')
                with open(P('s.txt'), 'a', encoding='utf-8-sig') as f:
                    f.write('3\\n')
                with open(P('s.txt'), 'rb') as f:
                    show(lambda: f.read())
                with open(P('s.txt'), encoding='utf-8-sig') as f:
                    show(lambda: f.readlines())
                with open(P('s.txt'), encoding='utf-8') as f:
                    show(lambda: f.read(2))
                with open(P('s.txt'), encoding='utf-8-sig') as f:
                    show(lambda: f.tell())
                    show(lambda: f.read(1))
                    p = f.tell()
                    show(lambda: f.readline())
                    show(lambda: f.seek(p))
                    show(lambda: f.read())
                    show(lambda: f.seek(0))
                    show(lambda: f.read(2))
                show(lambda: b'\\xef\\xbb\\xbfx'.decode('utf-8-sig'))
                show(lambda: b'x'.decode('utf_8_sig'))
                show(lambda: b'\\xef\\xbb\\xbf\\xff'.decode('utf-8-sig'))
                show(lambda: 'a'.encode('utf-8-sig'))
                """);
    }
}
