package dev.krait.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/krait/native-modules}, one line {@code NAME<TAB>CLASS} per class
 * annotated {@code @dev.krait.runtime.NativeModule.Register("NAME")}, sorted by name. The
 * interpreter's importer reads that file to know which modules are written in Java, and loads a
 * module's class only when a program imports it — so a new native module is one annotated class,
 * and start-up pays nothing for the modules a program does not use.
 *
 * <p>The processor names the annotation by its string name, so this module does not depend on the
 * interpreter (javac runs it while compiling the interpreter). It checks what it can at compile
 * time: a duplicate name, or an annotated class that is not a public top-level class with a public
 * no-argument constructor, is a compile error.
 */
@SupportedAnnotationTypes(NativeModuleIndexer.ANNOTATION)
public final class NativeModuleIndexer extends AbstractProcessor {
    static final String ANNOTATION = "dev.krait.runtime.NativeModule.Register";
    static final String INDEX = "META-INF/krait/native-modules";

    private final Map<String, String> modules = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                record(e, annotation);
            }
        }
        if (round.processingOver()) {
            writeIndex();
        }
        return true;
    }

    private void record(Element element, TypeElement annotation) {
        if (!(element instanceof TypeElement type) || !type.getModifiers().contains(Modifier.PUBLIC)
                || type.getNestingKind().isNested() || !hasPublicNoArgConstructor(type)) {
            error(element, "a native module must be a public top-level class with a public "
                    + "no-argument constructor");
            return;
        }
        String name = moduleName(type, annotation);
        String className = processingEnv.getElementUtils().getBinaryName(type).toString();
        String previous = modules.putIfAbsent(name, className);
        if (previous != null && !previous.equals(className)) {
            error(element, "native module '" + name + "' is already defined by " + previous);
        }
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    private static String moduleName(TypeElement type, TypeElement annotation) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if (m.getAnnotationType().asElement().equals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v
                        : m.getElementValues().entrySet()) {
                    if (v.getKey().getSimpleName().contentEquals("value")) {
                        return (String) v.getValue().getValue();
                    }
                }
            }
        }
        throw new IllegalStateException("annotation without a value on " + type);
    }

    private void writeIndex() {
        StringBuilder text = new StringBuilder();
        text.append("# Native modules of the Krait interpreter, written by ")
                .append(NativeModuleIndexer.class.getName()).append(": NAME<TAB>CLASS\n");
        modules.forEach((name, cls) -> text.append(name).append('\t').append(cls).append('\n'));
        try {
            FileObject file = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
            try (Writer w = file.openWriter()) {
                w.write(text.toString());
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + INDEX + ": " + e.getMessage());
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
