def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, ModuleNotFoundError, UnboundLocalError, NotImplementedError,
            IndentationError, TabError, ConnectionResetError, TimeoutError, BlockingIOError,
            FloatingPointError, OverflowError, BufferError, EOFError, MemoryError, ReferenceError,
            UnicodeTranslateError, DeprecationWarning, UserWarning, ResourceWarning,
            ExceptionGroup, BaseExceptionGroup]:
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError, issubclass(KeyError, LookupError))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
