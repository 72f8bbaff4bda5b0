package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import org.attune.model.AttuneException;
import org.attune.workbench.ImportOptions;
import org.attune.workbench.ImportReport;
import org.attune.workbench.Workbench;

/**
 * Importing transcripts: the files (added here or dropped on the window), the CLI's options
 * (format, therapist and client names, dyad, session, date, name), a progress bar, and an error
 * that names the file and the line shown in place. All files or none, as on the command line.
 */
final class ImportDialog extends JDialog {

    private final ProjectSession session;
    private final Runnable imported;
    private final DefaultListModel<Path> files = new DefaultListModel<>();
    private final JComboBox<String> format = new JComboBox<>();
    private final JTextField therapists = new JTextField(24);
    private final JTextField clients = new JTextField(24);
    private final JTextField dyad = new JTextField(8);
    private final JTextField sessionNumber = new JTextField(4);
    private final JTextField date = new JTextField(10);
    private final JTextField name = new JTextField(16);
    private final JLabel problem = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();
    private final JButton importButton = new JButton("Import");
    private final JButton close = new JButton("Close");
    private SwingWorker<ImportReport, int[]> running;

    ImportDialog(Frame owner, ProjectSession session, List<Path> dropped, Runnable imported) {
        super(owner, "Import transcripts", true);
        this.session = session;
        this.imported = imported;
        dropped.forEach(files::addElement);
        format.addItem(ImportForm.DETECT);
        Workbench.TRANSCRIPT_FORMATS.forEach(format::addItem);
        JList<Path> list = new JList<>(files);
        list.setVisibleRowCount(5);
        list.getAccessibleContext().setAccessibleName("Files to import");
        JButton add = new JButton("Add files…");
        add.setMnemonic('a');
        add.addActionListener(e -> addFiles());
        JButton remove = new JButton("Remove");
        remove.addActionListener(e -> list.getSelectedValuesList().forEach(files::removeElement));

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        int row = 0;
        row = field(form, row, "Files", new JScrollPane(list));
        JPanel fileButtons = new JPanel();
        fileButtons.add(add);
        fileButtons.add(remove);
        row = field(form, row, "", fileButtons);
        row = field(form, row, "Format", format);
        row = field(form, row, "Therapist (names, comma-separated)", therapists);
        row = field(form, row, "Client (names, comma-separated)", clients);
        row = field(form, row, "Dyad (else from the file name)", dyad);
        row = field(form, row, "Session number (else from the file name)", sessionNumber);
        row = field(form, row, "Date, as 2025-03-04 (else from the file name)", date);
        row = field(form, row, "Name (one file only; else the file name)", name);
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        problem.getAccessibleContext().setAccessibleName("What went wrong");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row++;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(problem, c);
        c.gridy = row;
        progress.setStringPainted(true);
        progress.setVisible(false);
        form.add(progress, c);

        importButton.addActionListener(e -> run());
        close.addActionListener(e -> {
            if (running != null) {
                running.cancel(true);
            }
            dispose();
        });
        JPanel buttons = new JPanel();
        buttons.add(importButton);
        buttons.add(close);
        getRootPane().setDefaultButton(importButton);
        getRootPane().registerKeyboardAction(e -> close.doClick(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setLayout(new BorderLayout());
        add(form, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    private static int field(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(2, 2, 2, 6);
        c.anchor = GridBagConstraints.LINE_START;
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        form.add(l, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        field.getAccessibleContext().setAccessibleName(label.isEmpty() ? "File buttons" : label);
        return row + 1;
    }

    private void addFiles() {
        JFileChooser chooser = new JFileChooser();
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            for (File f : chooser.getSelectedFiles()) {
                if (!files.contains(f.toPath())) {
                    files.addElement(f.toPath());
                }
            }
        }
    }

    /** Imports in the background; the dialog shows the outcome, or the error with its file and line. */
    void run() {
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            chosen.add(files.get(i));
        }
        ImportOptions options;
        try {
            options = ImportForm.options((String) format.getSelectedItem(), therapists.getText(), clients.getText(),
                    dyad.getText(), sessionNumber.getText(), date.getText(), name.getText(), chosen.size());
        } catch (AttuneException e) {
            problem.setText(e.getMessage());
            return;
        }
        problem.setText(" ");
        importButton.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        running = new SwingWorker<>() {
            @Override
            protected ImportReport doInBackground() {
                return BackgroundWork.await(session.change(w -> w.importFiles(chosen, options, (done, total, item) -> {
                    if (isCancelled()) {
                        throw new java.util.concurrent.CancellationException();
                    }
                    publish(new int[] {done, total});
                })));
            }

            @Override
            protected void process(List<int[]> chunks) {
                int[] last = chunks.getLast();
                progress.setIndeterminate(false);
                progress.setMaximum(Math.max(1, last[1]));
                progress.setValue(last[0]);
            }

            @Override
            protected void done() {
                importButton.setEnabled(true);
                progress.setVisible(false);
                if (isCancelled()) {
                    return;
                }
                try {
                    ImportReport report = get();
                    problem.setForeground(UIManager.getColor("Label.foreground"));
                    problem.setText("<html>Imported " + report.imported() + ", skipped " + report.skipped()
                            + " (already in the project)" + (report.warnings().isEmpty() ? "" : "<br>"
                            + CodeDescription.escape(String.join("\n", report.warnings()))) + "</html>");
                    files.clear();
                    pack();
                    imported.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
                    problem.setText("<html>" + CodeDescription.escape(e.getCause().getMessage()) + "<br>Nothing was imported.</html>");
                    pack();
                }
            }
        };
        running.execute();
    }

    /** Whether an import is under way: for tests. */
    boolean importing() {
        return running != null && !running.isDone();
    }

    String problem() {
        return problem.getText();
    }
}
