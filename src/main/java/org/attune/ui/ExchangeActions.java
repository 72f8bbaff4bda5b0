package org.attune.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.attune.workbench.MergeReport;
import org.attune.workbench.PackReport;
import org.attune.workbench.PseudonymReport;
import org.attune.workbench.QdpxExportReport;
import org.attune.workbench.QdpxImportReport;
import org.attune.workbench.Workbench;

/**
 * The File menu's work with other tools and other coders, as the command line's export,
 * import-project, pack, merge and pseudonyms do it: each asks for its files, runs off the event
 * thread and says in the status bar what it did. The methods that take paths are what the dialogs
 * call, and what tests call.
 */
final class ExchangeActions {

    private final Component owner;
    private final ProjectSession session;
    private final StatusBar status;
    private final Consumer<Path> openProject;
    private final Runnable codingsChanged;

    ExchangeActions(Component owner, ProjectSession session, StatusBar status, Consumer<Path> openProject, Runnable codingsChanged) {
        this.owner = owner;
        this.session = session;
        this.status = status;
        this.openProject = openProject;
        this.codingsChanged = codingsChanged;
    }

    void chooseExport(boolean pseudonymized) {
        Path names = null;
        if (pseudonymized) {
            names = open("List of names to pseudonymize (name,replacement)", "csv", "CSV");
            if (names == null) {
                return;
            }
        }
        Path out = save("Export as a REFI-QDA project", "qdpx", "REFI-QDA projects");
        if (out != null) {
            export(out, names);
        }
    }

    BackgroundWork<QdpxExportReport> export(Path out, Path names) {
        String viewer = session.coder();
        return BackgroundWork.start("exporting " + out.getFileName(), status,
                progress -> BackgroundWork.await(session.change(w -> w.seenBy(viewer).exportProject(out, names, progress))),
                report -> status.show(Outcome.done(
                        "exported " + report.transcripts() + " transcripts and " + report.codings() + " codings to " + out.getFileName()
                                + replaced(report.pseudonyms()) + warnings(report.warnings()))));
    }

    void chooseImportProject() {
        Path qdpx = open("Import a REFI-QDA project", "qdpx", "REFI-QDA projects");
        if (qdpx == null) {
            return;
        }
        Path out = save("The new Attune project", "attune", "Attune projects");
        if (out != null) {
            importProject(qdpx, out);
        }
    }

    BackgroundWork<QdpxImportReport> importProject(Path qdpx, Path out) {
        return BackgroundWork.start("importing " + qdpx.getFileName(), status,
                progress -> Workbench.importProject(qdpx, out, List.of(), List.of()), report -> {
                    status.show(Outcome.done("made " + out.getFileName() + ": " + report.transcripts() + " transcripts, "
                            + report.codings() + " codings" + (report.discarded().isEmpty() ? ""
                            : "; " + report.discarded().size() + " things not kept (attune import-project lists them)")));
                    openProject.accept(out);
                });
    }

    void choosePack() {
        List<String> coders = session.coders();
        if (coders.isEmpty()) {
            status.show(Outcome.refused("no coders yet: make a round with 'attune round create' first"));
            return;
        }
        Object coder = JOptionPane.showInputDialog(owner, "Whose pack?", "Pack for a coder", JOptionPane.QUESTION_MESSAGE, null,
                coders.toArray(), session.coder());
        if (coder == null) {
            return;
        }
        Path out = save("The pack (.attune, or .qdpx for another QDA tool)", "attune", "Attune projects", "qdpx");
        if (out != null) {
            pack(coder.toString(), out);
        }
    }

    BackgroundWork<PackReport> pack(String coder, Path out) {
        return BackgroundWork.start("packing for " + coder, status,
                progress -> BackgroundWork.await(session.change(w -> w.pack(null, coder, out, null, progress))), report -> status.show(Outcome.done(
                        "packed round " + report.round() + " for " + report.coder() + ": " + report.transcripts() + " transcripts, "
                                + report.codings() + " codings" + (report.blind() ? " (theirs only: the round is blind)" : "")
                                + warnings(report.warnings()))));
    }

    void chooseMerge() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Merge coders' packs");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter("Packs (.attune, .qdpx)", "attune", "qdpx"));
        if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
            merge(Arrays.stream(chooser.getSelectedFiles()).map(f -> f.toPath()).toList());
        }
    }

    BackgroundWork<MergeReport> merge(List<Path> files) {
        return BackgroundWork.start("merging " + files.size() + (files.size() == 1 ? " file" : " files"), status,
                progress -> BackgroundWork.await(session.change(w -> w.merge(files, progress))), report -> {
                    codingsChanged.run();
                    status.show(Outcome.done("merged " + String.join(", ", report.coders()) + ": " + report.added() + " added, "
                            + report.updated() + " updated, " + report.unchanged() + " already there"
                            + (report.reconciled() == 0 ? "" : ", " + report.reconciled() + " on codes merged since")
                            + (report.replaced().isEmpty() ? "" : ", " + report.replaced().size() + " replaced in an exclusive group")
                            + (report.notTaken().isEmpty() ? "" : ", " + report.notTaken().size() + " not taken")));
                });
    }

    void choosePseudonyms() {
        Path names = open("The project's list of names to pseudonymize (name,replacement)", "csv", "CSV");
        if (names != null) {
            session.call(w -> w.setPseudonyms(names).size()).whenComplete((count, failure) -> javax.swing.SwingUtilities.invokeLater(() ->
                    status.show(failure != null ? Outcome.refused(WindowKeys.rootMessage(failure)) : Outcome.done("the project keeps "
                            + count + " names to pseudonymize; exports warn when one is still in the text"))));
        }
    }

    private static String replaced(PseudonymReport report) {
        return report == null ? "" : ", " + report.replaced().values().stream().mapToInt(Integer::intValue).sum() + " names replaced";
    }

    private static String warnings(List<String> warnings) {
        return warnings.isEmpty() ? "" : "; warning: " + warnings.getFirst() + (warnings.size() > 1 ? " (and " + (warnings.size() - 1)
                + " more)" : "");
    }

    private Path open(String title, String extension, String what) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(what, extension));
        return chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }

    private Path save(String title, String extension, String what, String... others) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        String[] extensions = new String[others.length + 1];
        extensions[0] = extension;
        System.arraycopy(others, 0, extensions, 1, others.length);
        chooser.setFileFilter(new FileNameExtensionFilter(what, extensions));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        String name = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(extensions).anyMatch(e -> name.endsWith("." + e)) ? chosen : chosen.resolveSibling(chosen.getFileName()
                + "." + extension);
    }
}
