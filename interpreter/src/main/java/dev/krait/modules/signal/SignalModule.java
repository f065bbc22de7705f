package dev.krait.modules.signal;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _signal} module: the SIG* constants (Linux's numbers), SIG_DFL and SIG_IGN, and
 * the functions of {@link SignalFunctions}. Making the module records the thread that imports
 * it as the one that runs Python handlers (CPython's main thread) and sets the handler table
 * as CPython starts with it: {@code default_int_handler} for SIGINT, SIG_IGN for SIGPIPE and
 * SIGXFSZ, SIG_DFL for the rest.
 *
 * <p>CPython counterpart: Modules/signalmodule.c {@code signal_exec}, {@code signal_add_constants}.
 */
@NativeModule.Register("_signal")
public final class SignalModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_signal");
        m.put("__doc__", PyStr.of("This module provides mechanisms to use signal handlers in "
                + "Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time "
                + "[Unix only]\nsetitimer() -- cause a signal (described below) after a "
                + "specified\n               float time and the timer may restart then "
                + "[Unix only]\ngetitimer() -- get current value of timer [Unix only]\n"
                + "signal() -- set the action for a given signal\ngetsignal() -- get the "
                + "signal action for a given signal\npause() -- wait until a signal arrives "
                + "[Unix only]\ndefault_int_handler() -- default SIGINT handler\n"));
        ModuleBuilder.addFunctions(m, SignalFunctions.class);
        m.put("SIG_DFL", PyInt.of(0));
        m.put("SIG_IGN", PyInt.of(1));
        m.put("NSIG", PyInt.of(SignalDispatch.NSIG));
        m.put("SIG_BLOCK", PyInt.of(0));
        m.put("SIG_UNBLOCK", PyInt.of(1));
        m.put("SIG_SETMASK", PyInt.of(2));
        ModuleBuilder.addFunctions(m, MaskFunctions.class);
        if (!dev.krait.modules.posix.Libc.has("pidfd_send_signal")) {
            // a C library older than glibc 2.36, as CPython built without the system call
            m.getDict().removeItem(PyStr.of("pidfd_send_signal"));
        }
        m.put("struct_siginfo", MaskFunctions.STRUCT_SIGINFO);
        ModuleBuilder.addFunctions(m, Itimers.class);
        m.put("ITIMER_REAL", PyInt.of(Itimers.ITIMER_REAL));
        m.put("ITIMER_VIRTUAL", PyInt.of(Itimers.ITIMER_VIRTUAL));
        m.put("ITIMER_PROF", PyInt.of(Itimers.ITIMER_PROF));
        m.put("ItimerError", Itimers.itimerError(interpreter));
        for (int i = 0; i < SignalNames.CONSTANTS.length; i += 2) {
            m.put((String) SignalNames.CONSTANTS[i], PyInt.of((Integer) SignalNames.CONSTANTS[i
                    + 1]));
        }
        SignalState.of(interpreter).initialise(interpreter, m.getDict().getItem(
                PyStr.of("default_int_handler")));
        return m;
    }
}
