package dev.krait.modules.opcode;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code _opcode} module: {@code stack_effect}, how far an instruction of CPython 3.11's
 * bytecode moves the value stack, which {@code dis.stack_effect} (through {@code opcode})
 * exposes. The answer is a fact about CPython's instruction set, not about how a program runs,
 * so Krait (which runs a tree, not bytecode) can give it truthfully: it is CPython's table, by
 * opcode number (the numbers of Lib/opcode.py, and the compiler's negative pseudo-instructions).
 * {@code get_specialization_stats} answers None, as a CPython built without statistics does.
 *
 * <p>CPython counterpart: Modules/_opcode.c, Python/compile.c {@code stack_effect}.
 */
@NativeModule.Register("_opcode")
public final class OpcodeModule implements NativeModule {
    /** Instructions below this take no argument ({@code HAVE_ARGUMENT}). */
    private static final int HAVE_ARGUMENT = 90;
    /** Above this, opcodes are artificial ({@code IS_ARTIFICIAL}). */
    private static final int MAX_REAL = 240;
    private static final int INVALID = Integer.MAX_VALUE;

    /** The instructions stack_effect knows, by name and number. */
    private static final Object[] OPCODES = {
        "POP_JUMP_IF_NOT_NONE", -10, "POP_JUMP_IF_NONE", -9, "POP_JUMP_IF_TRUE", -8,
        "POP_JUMP_IF_FALSE", -7, "JUMP_NO_INTERRUPT", -6, "JUMP", -5, "POP_BLOCK", -4,
        "SETUP_WITH", -3, "SETUP_CLEANUP", -2, "SETUP_FINALLY", -1, "CACHE", 0, "POP_TOP", 1,
        "PUSH_NULL", 2, "NOP", 9, "UNARY_POSITIVE", 10, "UNARY_NEGATIVE", 11, "UNARY_NOT", 12,
        "UNARY_INVERT", 15, "BINARY_SUBSCR", 25, "GET_LEN", 30, "MATCH_MAPPING", 31,
        "MATCH_SEQUENCE", 32, "MATCH_KEYS", 33, "PUSH_EXC_INFO", 35, "CHECK_EXC_MATCH", 36,
        "CHECK_EG_MATCH", 37, "WITH_EXCEPT_START", 49, "GET_AITER", 50, "GET_ANEXT", 51,
        "BEFORE_ASYNC_WITH", 52, "BEFORE_WITH", 53, "END_ASYNC_FOR", 54, "STORE_SUBSCR", 60,
        "DELETE_SUBSCR", 61, "GET_ITER", 68, "GET_YIELD_FROM_ITER", 69, "PRINT_EXPR", 70,
        "LOAD_BUILD_CLASS", 71, "LOAD_ASSERTION_ERROR", 74, "RETURN_GENERATOR", 75,
        "LIST_TO_TUPLE", 82, "RETURN_VALUE", 83, "IMPORT_STAR", 84, "SETUP_ANNOTATIONS", 85,
        "YIELD_VALUE", 86, "ASYNC_GEN_WRAP", 87, "PREP_RERAISE_STAR", 88, "POP_EXCEPT", 89,
        "STORE_NAME", 90, "DELETE_NAME", 91, "UNPACK_SEQUENCE", 92, "FOR_ITER", 93,
        "UNPACK_EX", 94, "STORE_ATTR", 95, "DELETE_ATTR", 96, "STORE_GLOBAL", 97,
        "DELETE_GLOBAL", 98, "SWAP", 99, "LOAD_CONST", 100, "LOAD_NAME", 101, "BUILD_TUPLE", 102,
        "BUILD_LIST", 103, "BUILD_SET", 104, "BUILD_MAP", 105, "LOAD_ATTR", 106, "COMPARE_OP", 107,
        "IMPORT_NAME", 108, "IMPORT_FROM", 109, "JUMP_FORWARD", 110, "JUMP_IF_FALSE_OR_POP", 111,
        "JUMP_IF_TRUE_OR_POP", 112, "POP_JUMP_FORWARD_IF_FALSE", 114,
        "POP_JUMP_FORWARD_IF_TRUE", 115, "LOAD_GLOBAL", 116, "IS_OP", 117, "CONTAINS_OP", 118,
        "RERAISE", 119, "COPY", 120, "BINARY_OP", 122, "SEND", 123, "LOAD_FAST", 124,
        "STORE_FAST", 125, "DELETE_FAST", 126, "POP_JUMP_FORWARD_IF_NOT_NONE", 128,
        "POP_JUMP_FORWARD_IF_NONE", 129, "RAISE_VARARGS", 130, "GET_AWAITABLE", 131,
        "MAKE_FUNCTION", 132, "BUILD_SLICE", 133, "JUMP_BACKWARD_NO_INTERRUPT", 134,
        "MAKE_CELL", 135, "LOAD_CLOSURE", 136, "LOAD_DEREF", 137, "STORE_DEREF", 138,
        "DELETE_DEREF", 139, "JUMP_BACKWARD", 140, "CALL_FUNCTION_EX", 142, "EXTENDED_ARG", 144,
        "LIST_APPEND", 145, "SET_ADD", 146, "MAP_ADD", 147, "LOAD_CLASSDEREF", 148,
        "COPY_FREE_VARS", 149, "RESUME", 151, "MATCH_CLASS", 152, "FORMAT_VALUE", 155,
        "BUILD_CONST_KEY_MAP", 156, "BUILD_STRING", 157, "LOAD_METHOD", 160, "LIST_EXTEND", 162,
        "SET_UPDATE", 163, "DICT_MERGE", 164, "DICT_UPDATE", 165, "PRECALL", 166, "CALL", 171,
        "KW_NAMES", 172, "POP_JUMP_BACKWARD_IF_NOT_NONE", 173, "POP_JUMP_BACKWARD_IF_NONE", 174,
        "POP_JUMP_BACKWARD_IF_FALSE", 175, "POP_JUMP_BACKWARD_IF_TRUE", 176,
    };
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        for (int i = 0; i < OPCODES.length; i += 2) {
            NAMES.put((Integer) OPCODES[i + 1], (String) OPCODES[i]);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_opcode");
        ModuleBuilder.addFunctions(m, OpcodeModule.class);
        return m;
    }

    // CPython: Modules/_opcode.c _opcode_stack_effect_impl
    @Exposed(value = "stack_effect($module, opcode, oparg=None, /, *, jump=None)",
            doc = "Compute the stack effect of the opcode.")
    public static long stack_effect(PyObject opcodeArg, PyObject opargArg, PyObject jumpArg) {
        int opcode = CArgs.asInt(opcodeArg);
        int oparg = 0;
        if (opcode >= HAVE_ARGUMENT) {
            if (opargArg == PyNone.NONE) {
                throw PyExceptions.valueError(
                        "stack_effect: opcode requires oparg but oparg was not specified");
            }
            oparg = (int) CArgs.asLong(opargArg);
        } else if (opargArg != PyNone.NONE) {
            throw PyExceptions.valueError(
                    "stack_effect: opcode does not permit oparg but oparg was specified");
        }
        int jump;
        if (jumpArg == PyNone.NONE) {
            jump = -1;
        } else if (jumpArg == PyBool.TRUE) {
            jump = 1;
        } else if (jumpArg == PyBool.FALSE) {
            jump = 0;
        } else {
            throw PyExceptions.valueError("stack_effect: jump must be False, True or None");
        }
        int effect = opcode > MAX_REAL ? INVALID : effect(NAMES.get(opcode), oparg, jump);
        if (effect == INVALID) {
            throw PyExceptions.valueError("invalid opcode or oparg");
        }
        return effect;
    }

    /** The change in stack depth; {@code jump} is 1 (jumping), 0 (not) or -1 (the larger). */
    // CPython: Python/compile.c stack_effect
    private static int effect(String name, int oparg, int jump) {
        if (name == null) {
            return INVALID;
        }
        return switch (name) {
            case "NOP", "EXTENDED_ARG", "RESUME", "CACHE", "SWAP", "UNARY_POSITIVE",
                 "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT", "GET_ITER",
                 "SETUP_ANNOTATIONS", "ASYNC_GEN_WRAP", "YIELD_VALUE", "POP_BLOCK",
                 "DELETE_NAME", "DELETE_GLOBAL", "LOAD_ATTR", "CHECK_EXC_MATCH",
                 "CHECK_EG_MATCH", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP",
                 "JUMP_BACKWARD_NO_INTERRUPT", "JUMP_NO_INTERRUPT", "DELETE_FAST",
                 "RETURN_GENERATOR", "KW_NAMES", "MAKE_CELL", "COPY_FREE_VARS", "DELETE_DEREF",
                 "GET_AWAITABLE", "GET_AITER", "GET_YIELD_FROM_ITER", "LIST_TO_TUPLE" -> 0;
            case "POP_TOP", "SET_ADD", "LIST_APPEND", "BINARY_SUBSCR", "PRINT_EXPR",
                 "RETURN_VALUE", "IMPORT_STAR", "POP_EXCEPT", "STORE_NAME", "DELETE_ATTR",
                 "STORE_GLOBAL", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "IMPORT_NAME",
                 "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_FORWARD_IF_NONE", "POP_JUMP_IF_NONE",
                 "POP_JUMP_BACKWARD_IF_NOT_NONE", "POP_JUMP_FORWARD_IF_NOT_NONE",
                 "POP_JUMP_IF_NOT_NONE", "POP_JUMP_FORWARD_IF_FALSE",
                 "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE",
                 "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_IF_TRUE", "PREP_RERAISE_STAR",
                 "RERAISE", "STORE_FAST", "CALL", "STORE_DEREF", "LIST_EXTEND", "SET_UPDATE",
                 "DICT_MERGE", "DICT_UPDATE", "BINARY_OP" -> -1;
            case "MAP_ADD", "DELETE_SUBSCR", "STORE_ATTR", "END_ASYNC_FOR", "MATCH_CLASS" -> -2;
            case "STORE_SUBSCR" -> -3;
            case "LOAD_BUILD_CLASS", "LOAD_CONST", "LOAD_NAME", "IMPORT_FROM", "PUSH_EXC_INFO",
                 "WITH_EXCEPT_START", "LOAD_FAST", "LOAD_CLOSURE", "LOAD_DEREF",
                 "LOAD_CLASSDEREF", "BEFORE_ASYNC_WITH", "BEFORE_WITH", "GET_ANEXT",
                 "LOAD_METHOD", "LOAD_ASSERTION_ERROR", "GET_LEN", "MATCH_MAPPING",
                 "MATCH_SEQUENCE", "MATCH_KEYS", "COPY", "PUSH_NULL" -> 1;
            case "UNPACK_SEQUENCE" -> oparg - 1;
            case "UNPACK_EX" -> (oparg & 0xFF) + (oparg >> 8);
            // -1 at the end of the iterator, 1 while it continues
            case "FOR_ITER" -> jump > 0 ? -1 : 1;
            case "SEND" -> jump > 0 ? -1 : 0;
            case "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_STRING" -> 1 - oparg;
            case "BUILD_MAP" -> 1 - 2 * oparg;
            case "BUILD_CONST_KEY_MAP", "PRECALL", "RAISE_VARARGS" -> -oparg;
            case "JUMP_IF_TRUE_OR_POP", "JUMP_IF_FALSE_OR_POP" -> jump != 0 ? 0 : -1;
            case "LOAD_GLOBAL" -> (oparg & 1) + 1;
            // the handler's entry pushes the exception (and lasti for SETUP_CLEANUP)
            case "SETUP_FINALLY", "SETUP_WITH" -> jump != 0 ? 1 : 0;
            case "SETUP_CLEANUP" -> jump != 0 ? 2 : 0;
            case "CALL_FUNCTION_EX" -> -2 - ((oparg & 0x01) != 0 ? 1 : 0);
            case "MAKE_FUNCTION" -> -Integer.bitCount(oparg & 0x0F);
            case "BUILD_SLICE" -> oparg == 3 ? -2 : -1;
            // a format spec on the stack makes two values one
            case "FORMAT_VALUE" -> (oparg & 0x4) == 0x4 ? -1 : 0;
            default -> INVALID;
        };
    }

    @Exposed(value = "get_specialization_stats($module, /)",
            doc = "Return the specialization stats")
    public static PyObject get_specialization_stats() {
        return PyNone.NONE;
    }
}
