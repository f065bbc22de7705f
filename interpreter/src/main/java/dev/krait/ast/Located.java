package dev.krait.ast;

/**
 * A node with CPython's position attributes. Lines are 1-based; columns are 0-based offsets in UTF-8
 * bytes of the line, as CPython counts them ({@code col_offset}, {@code end_col_offset}).
 */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
