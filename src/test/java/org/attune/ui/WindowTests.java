package org.attune.ui;

import java.awt.GraphicsEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests of the real window. They run in a JVM of their own that is not headless (the
 * surefire execution "window-tests"). Where there is no display they are skipped, unless the
 * system property {@code attune.window.tests} is "required", as .ci/run sets it: then they run and
 * fail, so that CI never passes without them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("window")
@ExtendWith(WindowTests.Display.class)
@interface WindowTests {

    /** Runs the tests where there is a display, or where they are required. */
    final class Display implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!GraphicsEnvironment.isHeadless()) {
                return ConditionEvaluationResult.enabled("there is a display");
            }
            if ("required".equals(System.getProperty("attune.window.tests"))) {
                return ConditionEvaluationResult.enabled("required (CI) though there is no display: they will fail");
            }
            return ConditionEvaluationResult.disabled("no display: the window's tests need one (.ci/run gives them Xvfb)");
        }
    }
}
