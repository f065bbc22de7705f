package dev.krait.benchmarks.jmh;

import dev.krait.ast.Mod;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.lexer.Tokenizer;
import dev.krait.parser.Parser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Front-end throughput, warm: the time to tokenize, and to tokenize and parse, one standard
 * library file, once the JIT has compiled the front end. {@code bin/parse-speed} measures the
 * same work over the whole library, cold and warm, against CPython; these isolate the phases so
 * that a change to the tokenizer or the parser can be measured on its own.
 *
 * <p>The files: {@code argparse.py} (ordinary code), {@code typing.py} (annotations, decorators,
 * generics) and {@code _pydecimal.py} (long, arithmetic-heavy, many docstrings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xss16m"})
public class FrontEndBenchmark {

    @Param({"argparse.py", "typing.py", "_pydecimal.py"})
    public String file;

    private byte[] source;

    @Setup(Level.Trial)
    public void readSource() throws IOException {
        source = StdlibSource.read(file);
    }

    /** Decoding (PEP 263) and tokenizing; returns the token count so the work is not dead. */
    @Benchmark
    public int tokenize() {
        Tokenizer tokenizer = Tokenizer.forBytes(source, file);
        int count = 0;
        for (Token token = tokenizer.next(); token.kind() != TokenKind.ENDMARKER;
                token = tokenizer.next()) {
            count++;
        }
        return count;
    }

    /** Decoding, tokenizing and parsing to the AST, as {@code ast.parse(source_bytes)}. */
    @Benchmark
    public Mod parse() {
        return Parser.parse(source, file, Parser.Mode.EXEC);
    }
}
