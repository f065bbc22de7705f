/**
 * The PEG parser: tokens to AST, one method per rule of CPython's {@code Grammar/python.gram}, with the
 * second pass of {@code invalid_*} rules that gives CPython's specialised syntax error messages.
 * CPython counterpart: {@code Parser/parser.c}, {@code Parser/pegen.c}, {@code Parser/action_helpers.c},
 * {@code Parser/string_parser.c}.
 */
package dev.krait.parser;
