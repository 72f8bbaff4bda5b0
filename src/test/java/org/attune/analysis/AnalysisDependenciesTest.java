package org.attune.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pure computation: the tables use the JDK and Attune's model, nothing else (no I/O libraries, no other layer). */
@AnalyzeClasses(packages = "org.attune.analysis", importOptions = ImportOption.DoNotIncludeTests.class)
class AnalysisDependenciesTest {

    @ArchTest
    static final ArchRule ONLY_THE_JDK_AND_THE_MODEL = classes().that().resideInAPackage("org.attune.analysis..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "org.attune.model..",
                    "org.attune.analysis..");
}
