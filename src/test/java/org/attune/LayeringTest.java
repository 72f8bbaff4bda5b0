package org.attune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    // ---- what each layer may use of the world outside

    @ArchTest
    static final ArchRule THE_MODEL_USES_NOTHING = classes()
            .that().resideInAPackage("org.attune.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.time..", "java.math..",
                    "org.attune.model..")
            .because("the model is immutable values that every layer shares, and needs nothing but the JDK's basics");

    @ArchTest
    static final ArchRule AGREEMENT_AND_ANALYSIS_ARE_PURE_COMPUTATION = noClasses()
            .that().resideInAnyPackage("org.attune.agreement..", "org.attune.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "org.sqlite..",
                    "org.apache..", "com.opencsv..", "tools.jackson..", "com.fasterxml..", "com.ctc..", "javax.xml..", "javax.swing..",
                    "java.awt..", "picocli..", "com.formdev..")
            .because("agreement and analysis compute on values handed to them and never do I/O (DESIGN.md)");

    @ArchTest
    static final ArchRule ANALYSIS_USES_NO_LIBRARY = classes()
            .that().resideInAPackage("org.attune.analysis..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.attune.model..", "org.attune.analysis..");

    @ArchTest
    static final ArchRule AGREEMENT_USES_ONLY_DKPRO = classes()
            .that().resideInAPackage("org.attune.agreement..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.dkpro..", "org.attune.model..", "org.attune.agreement..");

    @ArchTest
    static final ArchRule LUCENE_ONLY_IN_THE_INDEX = library("org.apache.lucene..", "org.attune.index..");

    @ArchTest
    static final ArchRule JDBC_ONLY_IN_THE_STORE = noClasses()
            .that().resideOutsideOfPackages("org.attune.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the project file is the store's: everything else goes through it");

    @ArchTest
    static final ArchRule POI_ONLY_WHERE_FILES_ARE_READ_AND_WRITTEN = library("org.apache.poi..",
            "org.attune.transcript..", "org.attune.codebook..", "org.attune.exchange..");

    @ArchTest
    static final ArchRule OPENCSV_ONLY_WHERE_FILES_ARE_READ_AND_WRITTEN = library("com.opencsv..",
            "org.attune.io..", "org.attune.transcript..", "org.attune.codebook..", "org.attune.exchange..");

    @ArchTest
    static final ArchRule ONE_CSV_DIALECT = noClasses()
            .that().resideOutsideOfPackages("org.attune.io..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.opencsv.CSVParserBuilder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.opencsv.RFC4180ParserBuilder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.opencsv.CSVReaderBuilder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.opencsv.CSVWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.opencsv.CSVParser")
            .because("every table is read and written in one CSV dialect, io's CsvFormat (RFC 4180, no backslash escapes)");

    @ArchTest
    static final ArchRule XML_PARSING_ONLY_WHERE_FILES_ARE_READ_AND_WRITTEN = library("com.ctc..",
            "org.attune.io..", "org.attune.codebook..", "org.attune.exchange..");

    @ArchTest
    static final ArchRule PICOCLI_ONLY_IN_THE_COMMAND_LINE = library("picocli..", "org.attune.cli..");

    @ArchTest
    static final ArchRule SWING_ONLY_IN_THE_WINDOW = library("javax.swing..", "org.attune.ui..");

    @ArchTest
    static final ArchRule FLATLAF_ONLY_IN_THE_WINDOW = library("com.formdev..", "org.attune.ui..");

    @ArchTest
    static final ArchRule AWT_ONLY_IN_THE_WINDOW = library("java.awt..", "org.attune.ui..");

    @ArchTest
    static final ArchRule DKPRO_ONLY_IN_AGREEMENT = library("org.dkpro..", "org.attune.agreement..");

    @ArchTest
    static final ArchRule TRANSCRIPT_READERS_DO_NOT_SEARCH = noClasses()
            .that().resideInAPackage("org.attune.transcript..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "java.sql..", "org.sqlite..");

    /**
     * The faces read what the core computed (records, enums, exceptions of agreement, analysis and
     * index) but never compute themselves: every computation is a workbench call.
     */
    @ArchTest
    static final ArchRule THE_FACES_REACH_COMPUTATION_ONLY_THROUGH_THE_WORKBENCH = noClasses()
            .that().resideInAnyPackage("org.attune.cli..", "org.attune.ui..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "computing classes of agreement, analysis or index (not their records, enums or exceptions)",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> (c.getPackageName().startsWith("org.attune.agreement")
                            || c.getPackageName().startsWith("org.attune.analysis") || c.getPackageName().startsWith("org.attune.index"))
                            && !c.isRecord() && !c.isEnum() && !c.isAssignableTo(Throwable.class)))
            .because("the window and the command line show what the workbench decided (DESIGN.md)");

    /** A library used only in the given packages. */
    private static ArchRule library(String library, String... packages) {
        return noClasses()
                .that().resideOutsideOfPackages(packages)
                .should().dependOnClassesThat().resideInAnyPackage(library)
                .because(library + " belongs to " + String.join(", ", packages) + " alone (DESIGN.md's layers)");
    }
}
