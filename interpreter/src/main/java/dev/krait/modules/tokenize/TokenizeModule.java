package dev.krait.modules.tokenize;

import dev.krait.objects.PyModule;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _tokenize} module: only the {@link PyTokenizerIter} type, as in CPython 3.11.
 *
 * <p>CPython counterpart: Python/Python-tokenize.c ({@code tokenizemodule_exec}).
 */
@NativeModule.Register("_tokenize")
public final class TokenizeModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_tokenize");
        m.put("TokenizerIter", PyTokenizerIter.TYPE);
        return m;
    }
}
