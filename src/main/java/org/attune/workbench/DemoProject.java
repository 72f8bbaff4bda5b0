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
 * every supported format), imported into a project a new user can look around in.
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
            ImportReport report = withSamples(samples -> workbench.importFiles(samples,
                    ImportOptions.defaults().withRoles(THERAPISTS, CLIENTS), progress));
            return new Built(workbench, report);
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
    }

    /** An open demo project and what building it did. */
    public record Built(Workbench workbench, ImportReport report) {
    }

    private interface SampleWork<T> {
        T run(List<Path> samples);
    }

    /** Runs work on the bundled sample files, from the jar or from the build's classes folder. */
    private static <T> T withSamples(SampleWork<T> work) {
        URL url = DemoProject.class.getResource("/samples");
        if (url == null) {
            throw new AttuneException("this build of Attune has no samples: build it with './mvnw package'");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return inJar(uri, work);
            }
            return work.run(list(Path.of(uri)));
        } catch (IOException | URISyntaxException e) {
            throw new AttuneException("cannot read the bundled samples: " + e.getMessage(), e);
        }
    }

    private static <T> T inJar(URI uri, SampleWork<T> work) throws IOException {
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
