package org.attune.workbench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.model.AttuneException;

/**
 * The demo project: the sample sessions that ship with Attune (two dyads, three sessions each, in
 * every supported format), with the Conversational Model codebook and the sample coders'
 * codings, in a project a new user can look around in.
 */
public final class DemoProject {

    /** Where the demo project goes when no path is given. */
    public static final String DEFAULT_PATH = "attune-demo.attune";

    /** The speakers of the samples that no common label gives away; see samples/README.md. */
    static final List<String> THERAPISTS = List.of("Hannah Reid");
    static final List<String> CLIENTS = List.of("Zoë Marchetti", "Daniel");

    private DemoProject() {
    }

    /**
     * Builds the demo project, or brings an existing one up to date with the samples (what it has
     * already is skipped), and returns the open workbench with the import's report.
     */
    public static Built build(Path project, Progress progress) {
        Workbench workbench = Files.exists(project) ? Workbench.open(project) : Workbench.create(project);
        try {
            ImportReport report = withResources("/bundled/samples", samples -> workbench.importFiles(samples,
                    ImportOptions.defaults().withRoles(THERAPISTS, CLIENTS), progress));
            CodebookChange codebook = workbench.codebook().isPresent() ? null
                    : withResources("/bundled/codebooks", files -> workbench.useCodebook(only(files, DEFAULT_CODEBOOK), false));
            List<CodingsImportReport> codings = withResources("/bundled/samples/codings",
                    files -> files.stream().map(workbench::importCodings).toList());
            return new Built(workbench, report, codebook, codings);
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
    }

    /** The codebook a demo project gets. */
    static final String DEFAULT_CODEBOOK = "conversational-model.yaml";

    /**
     * An open demo project and what building it did.
     *
     * @param workbench the open project
     * @param report the import of the sample sessions
     * @param codebook the codebook attached, or null when the project had one already
     * @param codings the import of each sample coder's codings
     */
    public record Built(Workbench workbench, ImportReport report, CodebookChange codebook, List<CodingsImportReport> codings) {
    }

    private static Path only(List<Path> files, String name) {
        return files.stream().filter(f -> f.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AttuneException("this build of Attune lacks codebooks/" + name));
    }

    private interface ResourceWork<T> {
        T run(List<Path> samples);
    }

    /** Runs work on the files of a bundled folder, from the jar or from the build's classes folder. */
    private static <T> T withResources(String folder, ResourceWork<T> work) {
        URL url = DemoProject.class.getResource(folder);
        if (url == null) {
            throw new AttuneException("this build of Attune has no " + folder.substring("/bundled/".length()) + ": build it with './mvnw package'");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return inJar(uri, work);
            }
            return work.run(list(Path.of(uri)));
        } catch (IOException | URISyntaxException e) {
            throw new AttuneException("cannot read the bundled " + folder.substring("/bundled/".length()) + ": " + e.getMessage(), e);
        }
    }

    private static <T> T inJar(URI uri, ResourceWork<T> work) throws IOException {
        FileSystem jar;
        boolean opened;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            return work.run(list(jar.provider().getPath(uri)));
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }
}
