/**
 * The {@code _pickle} module: the pickler and unpickler {@code pickle.py} imports when they
 * exist ({@code Pickler}, {@code Unpickler}, {@code dump}, {@code dumps}, {@code load},
 * {@code loads} and the three exception classes). With it, {@code pickle} writes the bytes
 * CPython's C pickler writes (which differ from the pure-Python pickler's in places: batching of
 * small lists, module names of builtins, frames) and reports the C unpickler's errors.
 *
 * <p>The pickler is split as the C file is: {@link dev.krait.modules.pickle.PickleOutput} (the
 * output buffer and protocol-4 framing), {@link dev.krait.modules.pickle.MemoTable} (the
 * identity memo), {@link dev.krait.modules.pickle.Saver} (the {@code save} dispatch and atoms),
 * {@link dev.krait.modules.pickle.ContainerSavers} (tuples, lists, dicts, sets),
 * {@link dev.krait.modules.pickle.Reductions} ({@code save_reduce} and {@code save_global});
 * the unpickler into {@link dev.krait.modules.pickle.UnpicklerInput} (reading from bytes or a
 * file), {@link dev.krait.modules.pickle.UnpickleStack},
 * {@link dev.krait.modules.pickle.Loader} (the opcode loop) and
 * {@link dev.krait.modules.pickle.LoaderObjects} (the opcodes that build objects).
 *
 * <p>CPython counterpart: Modules/_pickle.c.
 */
package dev.krait.modules.pickle;
