package org.attune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the design: no package reaches up, and the faces reach the core only through the workbench. */
@AnalyzeClasses(packages = "org.attune", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_REACHES_UP = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("org.attune")
            .layer("model").definedBy("org.attune.model..")
            .layer("io").definedBy("org.attune.io..")
            .layer("transcript").definedBy("org.attune.transcript..")
            .layer("codebook").definedBy("org.attune.codebook..")
            .layer("exchange").definedBy("org.attune.exchange..")
            .layer("store").definedBy("org.attune.store..")
            .layer("index").definedBy("org.attune.index..")
            .layer("analysis").definedBy("org.attune.analysis..")
            .layer("agreement").definedBy("org.attune.agreement..")
            .layer("workbench").definedBy("org.attune.workbench..")
            .layer("cli").definedBy("org.attune.cli..")
            .layer("ui").definedBy("org.attune.ui..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            // The command line starts the window ('attune', 'attune gui'); nothing else reaches it.
            .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("workbench").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("store").mayOnlyBeAccessedByLayers("workbench")
            .whereLayer("transcript").mayOnlyBeAccessedByLayers("workbench")
            .whereLayer("codebook").mayOnlyBeAccessedByLayers("workbench")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("workbench")
            // The faces read search results and tables, values the workbench hands back.
            .whereLayer("index").mayOnlyBeAccessedByLayers("workbench", "cli", "ui")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("workbench", "cli", "ui")
            .whereLayer("agreement").mayOnlyBeAccessedByLayers("workbench", "cli", "ui")
            .whereLayer("io").mayOnlyBeAccessedByLayers("transcript", "codebook", "exchange", "workbench")
            .whereLayer("model").mayOnlyBeAccessedByLayers("transcript", "codebook", "exchange", "store", "index", "analysis",
                    "agreement", "workbench", "cli", "ui");

    @ArchTest
    static final ArchRule FACES_DO_NOT_TOUCH_LUCENE_OR_JDBC = noClasses()
            .that().resideInAnyPackage("org.attune.cli..", "org.attune.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.attune.index.CorpusIndex")
            .because("the command line and the window reach the index and the project file through the workbench");

    @ArchTest
    static final ArchRule THE_WINDOW_DOES_NOT_REACH_THE_STORE_OR_THE_READERS = noClasses()
            .that().resideInAPackage("org.attune.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.attune.store..", "org.attune.transcript..",
                    "org.attune.codebook..", "org.attune.exchange..", "org.attune.io..", "org.attune.cli..")
            .because("the window reaches the project only through the workbench facade (DESIGN.md)");
}
