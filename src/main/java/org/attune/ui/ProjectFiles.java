package org.attune.ui;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.attune.model.AttuneException;
import org.attune.workbench.CodebookChange;
import org.attune.workbench.CodingsAtStakeException;
import org.attune.workbench.Workbench;

/**
 * Starting and running a study from the window: a new project, another project opened in this
 * window, and the codebook attached or replaced. The methods that take paths are what the
 * dialogs call, and what tests call.
 */
final class ProjectFiles {

    private final Component owner;
    private final ProjectSession session;
    private final StatusBar status;
    private final Consumer<Path> open;
    private final Consumer<Outcome> report;

    ProjectFiles(Component owner, ProjectSession session, StatusBar status, Consumer<Path> open, Consumer<Outcome> report) {
        this.owner = owner;
        this.session = session;
        this.status = status;
        this.open = open;
        this.report = report;
    }

    void chooseNew() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("New project");
        chooser.setFileFilter(new FileNameExtensionFilter("Attune projects", "attune"));
        if (chooser.showSaveDialog(owner) == JFileChooser.APPROVE_OPTION) {
            create(Workbench.projectPath(chooser.getSelectedFile().getPath()));
        }
    }

    /** Makes a new, empty project and shows it in this window in place of the one open. */
    void create(Path path) {
        Thread.ofPlatform().name("attune-new").start(() -> {
            try {
                Workbench made = Workbench.create(path);
                SwingUtilities.invokeLater(() -> {
                    if (owner instanceof MainFrame frame) {
                        frame.replace(made);
                        frame.statusBar().show(Outcome.done("made " + path.getFileName()
                                + ": import transcripts (Ctrl+I) and attach a codebook (Code, Attach or replace the codebook…)"));
                    }
                });
            } catch (AttuneException e) {
                SwingUtilities.invokeLater(() -> report.accept(Outcome.refused(e.getMessage())));
            }
        });
    }

    void chooseOpen() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Open a project");
        chooser.setFileFilter(new FileNameExtensionFilter("Attune projects", "attune"));
        if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
            open.accept(chooser.getSelectedFile().toPath());
        }
    }

    void chooseCodebook() {
        JFileChooser chooser = new JFileChooser(Files.isDirectory(Path.of("codebooks")) ? Path.of("codebooks").toFile() : null);
        chooser.setDialogTitle(session.codebook().isPresent() ? "Replace the codebook" : "Attach a codebook");
        chooser.setFileFilter(new FileNameExtensionFilter("Codebooks (.yaml, REFI-QDA .qdc, .xlsx, .csv)", "yaml", "yml", "qdc",
                "xlsx", "csv"));
        if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
            useCodebook(chooser.getSelectedFile().toPath(), false);
        }
    }

    /**
     * Attaches or replaces the codebook. When the new codebook would orphan or break codings, the
     * core refuses with the list; the coder then sees it and may choose, explicitly, to delete
     * those codings and replace the codebook anyway.
     */
    BackgroundWork<CodebookChange> useCodebook(Path file, boolean force) {
        return BackgroundWork.start((force ? "replacing" : "attaching") + " the codebook " + file.getFileName(), status,
                progress -> BackgroundWork.await(session.change(w -> w.useCodebook(file, force))),
                change -> report.accept(Outcome.done("codebook version " + change.version() + ": " + change.change()
                        + (change.effects().isEmpty() ? "" : " (" + String.join("; ", change.effects()) + ")")))).onFailure(failure -> {
                            if (!force && CodebookRefusal.forcible(failure)) {
                                SwingUtilities.invokeLater(() -> offerForce(file, (CodingsAtStakeException) failure));
                            }
                        });
    }

    private void offerForce(Path file, CodingsAtStakeException refusal) {
        Object[] choices = {CodebookRefusal.REPLACE_ANYWAY, CodebookRefusal.KEEP};
        int answer = JOptionPane.showOptionDialog(owner, CodebookRefusal.describe(refusal), "The new codebook would break codings",
                JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, choices, choices[1]);
        if (answer == 0) {
            useCodebook(file, true);
        } else {
            report.accept(Outcome.done("the codebook was not changed"));
        }
    }
}
