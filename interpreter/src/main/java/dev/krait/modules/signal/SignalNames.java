package dev.krait.modules.signal;

/**
 * Linux's signal numbers and names, in the order CPython's {@code _signal} module adds them,
 * and {@code strsignal}'s descriptions (glibc's).
 */
final class SignalNames {
    private SignalNames() {}

    /** Name, number pairs (aliases such as SIGIOT after their main name). */
    static final Object[] CONSTANTS = {
        "SIGHUP", 1, "SIGINT", 2, "SIGQUIT", 3, "SIGILL", 4, "SIGTRAP", 5, "SIGIOT", 6,
        "SIGABRT", 6, "SIGFPE", 8, "SIGKILL", 9, "SIGBUS", 7, "SIGSEGV", 11, "SIGSYS", 31,
        "SIGPIPE", 13, "SIGALRM", 14, "SIGTERM", 15, "SIGUSR1", 10, "SIGUSR2", 12,
        "SIGCLD", 17, "SIGCHLD", 17, "SIGPWR", 30, "SIGIO", 29, "SIGURG", 23, "SIGWINCH", 28,
        "SIGPOLL", 29, "SIGSTOP", 19, "SIGTSTP", 20, "SIGCONT", 18, "SIGTTIN", 21,
        "SIGTTOU", 22, "SIGVTALRM", 26, "SIGPROF", 27, "SIGXCPU", 24, "SIGXFSZ", 25,
        "SIGRTMIN", 34, "SIGRTMAX", 64, "SIGSTKFLT", 16,
    };

    private static final String[] NAMES = new String[SignalDispatch.NSIG];

    static {
        String[] main = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
            "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
            "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN",
            "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
            "SIGIO", "SIGPWR", "SIGSYS"};
        System.arraycopy(main, 0, NAMES, 0, main.length);
    }

    /** The main name of a signal number ("SIGINT"), or null for unnamed ones. */
    static String name(int signum) {
        return signum > 0 && signum < NAMES.length ? NAMES[signum] : null;
    }
}
