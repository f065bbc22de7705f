package dev.krait.runtime;

import dev.krait.objects.PyModule;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module written in Java ({@code sys}, {@code _io}, {@code itertools}, …), made afresh for each
 * interpreter that imports it, so that interpreters in one JVM share no module state.
 *
 * <p>A native module is one public class with a public no-argument constructor that implements
 * this interface and carries {@link Register @NativeModule.Register("name")}. The build indexes
 * the annotated classes (dev.krait.processor.NativeModuleIndexer writes
 * {@code META-INF/krait/native-modules}); {@link NativeModuleIndex} reads the index and loads a
 * module's class only when a program first imports it. Adding a module edits no list.
 *
 * <p>CPython counterpart: the {@code _PyImport_Inittab} table of {@code Modules/config.c}, whose
 * entries pair a name with the module's {@code PyInit_} function.
 */
public interface NativeModule {
    /** Makes the module for {@code interpreter}; the importer adds {@code __spec__} and puts it
     *  in {@code sys.modules}. */
    PyModule create(Interpreter interpreter);

    /** Names the native module that the annotated class creates. */
    @Retention(RetentionPolicy.SOURCE)
    @Target(ElementType.TYPE)
    @interface Register {
        /** The module's name, as imported ({@code "_io"}). */
        String value();
    }
}
