/**
 * The {@code _ast} module: CPython's AST node classes as Python classes (built from
 * {@link dev.krait.ast.AstSchema}), and the two conversions between Krait's AST records and
 * those Python objects that {@code compile(..., ast.PyCF_ONLY_AST)} ({@code ast.parse}) and
 * {@code compile(ast_object, ...)} need.
 *
 * <p>CPython counterpart: Python/Python-ast.c ({@code ast2obj_*}, {@code obj2ast_*},
 * {@code ast_type_init}).
 */
package dev.krait.modules.ast;
