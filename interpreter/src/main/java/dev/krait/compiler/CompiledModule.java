package dev.krait.compiler;

import dev.krait.ast.Mod;
import dev.krait.objects.PyCode;
import dev.krait.parser.Parser;

/**
 * What one call of {@link Compiler#compile} compiled: the tree, the file name, the mode, the
 * optimization level and whether the module's own code could await ({@code
 * PyCF_ALLOW_TOP_LEVEL_AWAIT}). Every code object the call makes keeps it ({@link PyCode#origin()}),
 * with its path from the module code, so that {@code marshal} can write a code object as this
 * input and rebuild it by compiling the tree again: Krait's code objects run a tree of
 * executable nodes holding runtime objects, which has no serial form, but the syntax tree has
 * one ({@code ast.AstWriter}, the parsed-module cache's), and compiling is deterministic.
 *
 * <p>CPython counterpart: none; CPython marshals its bytecode (Python/marshal.c
 * {@code w_complex_object}, the {@code TYPE_CODE} case).
 */
public record CompiledModule(Mod tree, String filename, Parser.Mode mode, int optimize,
        boolean topLevelAwait) implements PyCode.Origin {}
