"""Runs CPython test modules with unittest and records, per test, what happened.

This file is Krait's, not CPython's: it runs unchanged in CPython (for the baseline) and in Krait,
so both are measured by the same code. It imports as little as it can (sys, time, unittest and
test.support, which every test module imports anyway) so that it works in Krait as early as
possible, and it writes its results itself instead of through json.

    python3 krait_test_harness.py --results FILE [--match PATTERN]... [--resume-after ID]
                                  [--path DIR] [--test-timeout S] MODULE...

MODULE is a test module of Lib/test such as test_int (or test.test_int). For each one the harness
appends to FILE, one JSON object a line, flushed at once so that the runner knows which test was
running if the interpreter dies or hangs:
    {"event": "module", "module": M}                              loading M begins
    {"event": "start", "id": ID}                                   a test begins
    {"event": "test", "id": ID, "status": S, "type": T, "message": X, "duration": SECONDS}
    {"event": "end", "module": M, "status": S, "type": T, "message": X, "duration": SECONDS}
The test statuses are passed, failed, error, skipped, expected-failure and unexpected-success;
a module ends as ok, skipped (SkipTest while importing), not-imported or load-error.

It loads tests as CPython 3.11's regrtest does (Lib/test/libregrtest/single.py run_unittest:
TestLoader().loadTestsFromModule, whose load_tests protocol covers test packages), with
regrtest's default of no optional resources (support.use_resources = []).

--resume-after ID runs only the tests that come after ID in the module's order: the runner
resumes a module so, in a new interpreter, after it has stopped a test that overran its time or
killed the interpreter (see docs/CPYTHON_TESTS.md, "Per-test time limit"). --path DIR puts DIR
first on sys.path, so that a `test` package other than the installed one is imported (the
runner's --test-dir; the runner's own tests use a small fake one). --test-timeout S has
faulthandler dump the stacks to FILE.stuck when a test runs S seconds, so that the runner can say
where a test it stops was stuck.
"""

import sys

try:
    from time import perf_counter
except ImportError:
    # an interpreter without the time module still runs its tests; durations read 0
    def perf_counter():
        return 0.0


def _quote(text):
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"' or ch == '\\':
            out.append('\\' + ch)
        elif code < 0x20 or code == 0x7f:
            out.append('\\u%04x' % code)
        elif 0xd800 <= code <= 0xdfff:
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _json(record):
    parts = []
    for key, value in record.items():
        if value is None:
            text = 'null'
        elif isinstance(value, float):
            text = '%.6f' % value
        else:
            text = _quote(str(value))
        parts.append(_quote(key) + ': ' + text)
    return '{' + ', '.join(parts) + '}'


class Recorder:
    """The results file, written one line at a time and flushed at once."""

    def __init__(self, path, test_timeout=None):
        self.file = open(path, 'ab')
        self.stuck = None
        if test_timeout is not None:
            try:
                import faulthandler
                import _thread
            except ImportError:
                return
            self.faulthandler = faulthandler
            self.thread = _thread.get_ident()
            self.test_timeout = test_timeout
            self.stuck = open(path + '.stuck', 'w')

    def arm(self):
        """At a test's start: has faulthandler write where the test is to FILE.stuck when the
        test overruns its time, so that the runner, which stops it, can say where it was."""
        if self.stuck is None:
            return
        self.stuck.seek(0)
        self.stuck.truncate()
        self.stuck.write('harness thread 0x%016x\n' % self.thread)
        self.stuck.flush()
        self.faulthandler.dump_traceback_later(self.test_timeout, file=self.stuck)

    def disarm(self):
        if self.stuck is not None:
            self.faulthandler.cancel_dump_traceback_later()

    def emit(self, **record):
        self.file.write((_json(record) + '\n').encode('utf-8', 'backslashreplace'))
        self.file.flush()


def _first_line(exc):
    try:
        text = str(exc)
    except BaseException:
        text = '<str() failed>'
    text = text.strip()
    return text.splitlines()[0] if text else ''


def _describe(err):
    """(type name, first line of the message) of an exc_info triple."""
    exc_type, exc, _ = err
    return exc_type.__name__, _first_line(exc)


def _result_class(unittest):
    class RecordingResult(unittest.TestResult):
        """Keeps one status per test id; a failing subtest fails its test."""

        def __init__(self, recorder):
            super().__init__()
            self.recorder = recorder
            self.started = {}
            self.outcome = {}

        def startTest(self, test):
            super().startTest(test)
            self.recorder.emit(event='start', id=test.id())
            self.recorder.arm()
            self.started[test.id()] = perf_counter()
            self.outcome[test.id()] = ('passed', None, None)

        def _set(self, test, status, kind=None, message=None):
            test_id = test.id()
            if test_id not in self.started:
                # an error outside any test: setUpClass, setUpModule, a class-level skip
                self.recorder.emit(event='test', id=test_id, status=status, type=kind,
                                   message=message, duration=0.0)
                return
            previous = self.outcome.get(test_id)
            if previous is None or previous[0] in ('passed', 'skipped'):
                self.outcome[test_id] = (status, kind, message)

        def stopTest(self, test):
            self.recorder.disarm()
            super().stopTest(test)
            test_id = test.id()
            status, kind, message = self.outcome.pop(test_id, ('passed', None, None))
            began = self.started.pop(test_id, None)
            duration = perf_counter() - began if began is not None else 0.0
            self.recorder.emit(event='test', id=test_id, status=status, type=kind,
                               message=message, duration=duration)

        def addError(self, test, err):
            super().addError(test, err)
            self._set(test, 'error', *_describe(err))

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self._set(test, 'failed', *_describe(err))

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            self._set(test, 'skipped', None, reason)

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            self._set(test, 'expected-failure', *_describe(err))

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            self._set(test, 'unexpected-success')

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                status = 'failed' if issubclass(err[0], test.failureException) else 'error'
                kind, message = _describe(err)
                self._set(test, status, kind, '%s %s' % (subtest._subDescription(), message))

    return RecordingResult


class ProcessState:
    """What a test module may change in the process, put back when it ends (as regrtest's
    saved_test_environment does): the working directory, the environment, the umask, signal
    handlers and open descriptors. Krait runs many modules in one process, so a module must not
    leave its changes to the next. Parts the interpreter lacks (no os yet) are skipped."""

    def __init__(self):
        try:
            import os
        except ImportError:
            os = None
        self.os = os
        if os is not None:
            self.cwd = os.getcwd()
            self.environ = dict(os.environ)
            self.umask = os.umask(0o022)
            os.umask(self.umask)
            self.fds = self._open_fds()
        try:
            import signal
            self.signal = signal
            self.handlers = {}
            for signum in signal.valid_signals():
                try:
                    self.handlers[signum] = signal.getsignal(signum)
                except (OSError, ValueError):
                    pass
        except ImportError:
            self.signal = None

    def _open_fds(self):
        for folder in ('/proc/self/fd', '/dev/fd'):
            try:
                return {int(name) for name in self.os.listdir(folder)}
            except (OSError, ValueError):
                continue
        return None

    def restore(self):
        os = self.os
        if os is not None:
            try:
                os.chdir(self.cwd)
            except OSError:
                pass
            for key in list(os.environ):
                if key not in self.environ:
                    del os.environ[key]
            for key, value in self.environ.items():
                if os.environ.get(key) != value:
                    os.environ[key] = value
            os.umask(self.umask)
            if self.fds is not None:
                now = self._open_fds() or set()
                for fd in sorted(now - self.fds):
                    if fd > 2:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
        if self.signal is not None:
            for signum, handler in self.handlers.items():
                try:
                    if handler is not None and self.signal.getsignal(signum) is not handler:
                        self.signal.signal(signum, handler)
                except (OSError, ValueError, TypeError):
                    pass


def _matches(test_id, patterns):
    if not patterns:
        return True
    return any(p in test_id for p in patterns)


def _filter(suite, unittest, patterns):
    kept = []
    for test in suite._tests:
        if isinstance(test, unittest.TestSuite):
            _filter(test, unittest, patterns)
            kept.append(test)
        elif _matches(test.id(), patterns):
            kept.append(test)
    suite._tests = kept


def _drop_through(suite, unittest, test_id, found=None):
    """Removes from suite every test up to and including the one whose id is test_id, in the
    order the suite runs them; returns whether that test was found."""
    found = found if found is not None else [False]
    kept = []
    for test in suite._tests:
        if found[0]:
            kept.append(test)
        elif isinstance(test, unittest.TestSuite):
            _drop_through(test, unittest, test_id, found)
            kept.append(test)
        elif test.id() == test_id:
            found[0] = True
    suite._tests = kept
    return found[0]


def run_module(name, recorder, patterns, resume_after=None):
    module_name = name if name.startswith('test.') else 'test.' + name
    began = perf_counter()
    recorder.emit(event='module', module=module_name)

    def end(status, kind=None, message=None):
        recorder.emit(event='end', module=module_name, status=status, type=kind,
                      message=message, duration=perf_counter() - began)

    try:
        import unittest
        from test import support
        support.use_resources = []
    except BaseException as exc:
        end('not-imported', type(exc).__name__, 'unittest: ' + _first_line(exc))
        return
    try:
        __import__(module_name)
        module = sys.modules[module_name]
    except unittest.SkipTest as exc:
        end('skipped', type(exc).__name__, _first_line(exc))
        return
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        end('not-imported', type(exc).__name__, _first_line(exc))
        return
    loader = unittest.TestLoader()
    try:
        suite = loader.loadTestsFromModule(module)
    except BaseException as exc:
        end('load-error', type(exc).__name__, _first_line(exc))
        return
    if loader.errors and not suite.countTestCases():
        lines = loader.errors[0].strip().splitlines()
        end('load-error', None, lines[-1] if lines else 'errors while loading tests')
        return
    # A package whose submodules partly fail to import runs the rest, as regrtest does: each
    # failed import stays in the suite as a test that fails with its ImportError.
    _filter(suite, unittest, patterns)
    if resume_after is not None:
        _drop_through(suite, unittest, resume_after)
    result = _result_class(unittest)(recorder)
    try:
        suite.run(result)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        end('error', type(exc).__name__, _first_line(exc))
        return
    end('ok')


def main(argv):
    results = None
    patterns = []
    modules = []
    resume_after = None
    test_timeout = None
    args = iter(argv)
    for arg in args:
        if arg == '--results':
            results = next(args)
        elif arg == '--match':
            patterns.append(next(args))
        elif arg == '--resume-after':
            resume_after = next(args)
        elif arg == '--test-timeout':
            test_timeout = float(next(args))
        elif arg == '--path':
            sys.path.insert(0, next(args))
        else:
            modules.append(arg)
    if results is None or not modules:
        sys.stderr.write('usage: krait_test_harness.py --results FILE [--match P]... '
                         '[--resume-after ID] [--path DIR] [--test-timeout S] MODULE...\n')
        return 2
    recorder = Recorder(results, test_timeout)
    for name in modules:
        state = ProcessState()
        try:
            run_module(name, recorder, patterns, resume_after)
        finally:
            state.restore()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
