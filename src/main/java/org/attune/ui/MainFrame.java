package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.TranscriptSummary;

/**
 * The workbench window: the project on the left, the transcript in the centre, the codebook on
 * the right, Search, Agreement and Memos in tabs below, and the status bar. Every action is in a
 * menu with its key, so that the whole window works from the keyboard.
 */
final class MainFrame extends JFrame {

    private final ProjectSession session;
    private final WindowPreferences prefs;
    private final Consumer<Path> openProject;
    private final KeyCoding keys;
    private final StatusBar status = new StatusBar();
    private final ProjectPanel project;
    private final TranscriptPanel transcript;
    private final CodebookPanel codebook;
    private final SearchPanel search;
    private final AgreementPanel agreement;
    private final MemosPanel memos;
    private final ConsensusPanel consensus;
    private final AnalysisPanel analysis;
    private final ExchangeActions exchange;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JSplitPane leftSplit;
    private final JSplitPane rightSplit;
    private final JSplitPane bottomSplit;
    private boolean updatingCoders;
    private int tabsDivider = -1;

    MainFrame(ProjectSession session, WindowPreferences prefs, Consumer<Path> openProject) {
        super("Attune");
        this.session = session;
        this.prefs = prefs;
        this.openProject = openProject;
        this.keys = new KeyCoding(session);
        this.codebook = new CodebookPanel(session, code -> report(keys.choose(code)), this::focusTranscript);
        this.transcript = new TranscriptPanel(session, keys, this::report, codebook::selectedCode);
        codebook.editWith(new CodebookEditing(session, this, this::report));
        this.project = new ProjectPanel(session, this::openTranscript);
        this.search = new SearchPanel(session, status, this::jump);
        this.agreement = new AgreementPanel(session, status);
        this.memos = new MemosPanel(session, turn -> jump(null, turn));
        this.consensus = new ConsensusPanel(session, status, this::jump);
        this.exchange = new ExchangeActions(this, session, status, openProject, () -> {
            sessionChanged(false);
            project.refresh();
        });
        this.analysis = new AnalysisPanel(session, status, this::searchFor);
        getAccessibleContext().setAccessibleName("Attune");

        tabs.addTab("Search", search);
        tabs.addTab("Analysis", analysis);
        tabs.addTab("Agreement", agreement);
        tabs.addTab("Consensus", consensus);
        tabs.addTab("Memos", memos);
        tabs.getAccessibleContext().setAccessibleName("Search, analysis, agreement, consensus and memos");
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == memos) {
                memos.refresh();
            }
        });

        rightSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, transcript, codebook);
        rightSplit.setResizeWeight(1.0);
        leftSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, project, rightSplit);
        leftSplit.setResizeWeight(0.0);
        bottomSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, leftSplit, tabs);
        bottomSplit.setResizeWeight(1.0);
        JPanel content = new JPanel(new BorderLayout());
        content.add(bottomSplit, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        setJMenuBar(menus());
        acceptDroppedFiles();

        session.onChange(this::sessionChanged);
        status.codingAs.addActionListener(e -> {
            if (!updatingCoders && status.codingAs.getSelectedItem() != null) {
                String name = status.codingAs.getSelectedItem().toString().strip();
                if (!name.isEmpty() && !name.equals(session.coder())) {
                    session.coder(name);
                    prefs.coder(session.withWorkbench(w -> w.path()), name);
                    report(Outcome.done("coding as " + name));
                }
            }
        });
        status.compareWith.addActionListener(e -> {
            if (!updatingCoders) {
                Object chosen = status.compareWith.getSelectedItem();
                Outcome outcome = session.compareWith(chosen == null || chosen.equals("nobody") ? null : chosen.toString());
                report(outcome);
                if (outcome.refused()) {
                    fillCoders();
                }
            }
        });

        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                session.close();
            }

            @Override
            public void windowClosing(WindowEvent e) {
                remember();
            }
        });
        placeWindow();
    }

    /** Loads the project into the panels and opens its first transcript. */
    void start() {
        setTitle("Attune — " + session.withWorkbench(w -> w.path().getFileName().toString()));
        project.refresh();
        agreement.refresh();
        consensus.refresh();
        analysis.refresh();
        search.refresh();
        fillCoders();
        codebook.refresh();
        List<TranscriptSummary> transcripts = session.withWorkbench(w -> w.transcripts());
        if (!transcripts.isEmpty()) {
            openTranscript(transcripts.getFirst().name());
        } else {
            report(Outcome.done("this project has no transcripts yet: import some with 'attune import'"));
        }
        SwingUtilities.invokeLater(this::focusTranscript);
    }

    KeyCoding keys() {
        return keys;
    }

    TranscriptPanel transcriptPanel() {
        return transcript;
    }

    SearchPanel searchPanel() {
        return search;
    }

    AgreementPanel agreementPanel() {
        return agreement;
    }

    CodebookPanel codebookPanel() {
        return codebook;
    }

    /** Runs a query in the Search tab: a heat map's cell or a transition asks for its turns. */
    void searchFor(String query) {
        tabs.setSelectedComponent(search);
        search.query.setText(query);
        search.run();
    }

    AnalysisPanel analysisPanel() {
        return analysis;
    }

    ConsensusPanel consensusPanel() {
        return consensus;
    }

    JTabbedPane tabs() {
        return tabs;
    }

    ExchangeActions exchange() {
        return exchange;
    }

    StatusBar statusBar() {
        return status;
    }

    void openTranscript(String name) {
        try {
            session.open(name);
        } catch (AttuneException e) {
            report(Outcome.refused(e.getMessage()));
            return;
        }
        transcript.showTranscript(1);
        project.select(name);
        memos.refresh();
        report(Outcome.done("opened " + name + (session.blind() ? " (blind round: only your codings are shown)" : "")));
    }

    /** Shows a turn of a transcript (null: the open one) and puts the focus on the transcript. */
    void jump(String transcriptName, int turn) {
        if (transcriptName != null && session.transcript().map(t -> !t.name().equals(transcriptName)).orElse(true)) {
            openTranscript(transcriptName);
        }
        keys.moveTo(turn);
        transcript.follow();
        focusTranscript();
    }

    void focusTranscript() {
        transcript.turns().requestFocusInWindow();
    }

    private void report(Outcome outcome) {
        status.show(outcome);
    }

    private void sessionChanged(boolean codebookToo) {
        transcript.codingsChanged();
        if (codebookToo) {
            codebook.refresh();
        } else {
            codebook.countsChanged();
        }
        // The coder's first coding in a transcript starts it: the project tree shows that.
        session.transcript().ifPresent(t -> {
            if (project.stage(t.name(), session.coder()) == org.attune.workbench.RoundProgress.Stage.NOT_STARTED
                    && !session.mine().on(keys.cursor().turn()).isEmpty()) {
                project.refresh();
            }
        });
        // The memos list is read again only when it is in view (or comes into view).
        if (tabs.getSelectedComponent() == memos) {
            memos.refresh();
        }
    }

    private void fillCoders() {
        updatingCoders = true;
        try {
            List<String> coders = session.coders();
            status.codingAs.removeAllItems();
            coders.forEach(status.codingAs::addItem);
            status.codingAs.setSelectedItem(session.coder());
            status.compareWith.removeAllItems();
            status.compareWith.addItem("nobody");
            coders.stream().filter(c -> !c.equals(session.coder())).forEach(status.compareWith::addItem);
            status.compareWith.setSelectedItem(session.comparedWith() == null ? "nobody" : session.comparedWith());
        } finally {
            updatingCoders = false;
        }
    }

    private void placeWindow() {
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        Rectangle bounds = prefs.bounds().filter(b -> b.width >= 640 && b.height >= 480
                && b.x < screen.width - 100 && b.y < screen.height - 100)
                .orElse(new Rectangle(0, 0, Math.min(1440, screen.width), Math.min(900, screen.height)));
        setBounds(bounds);
        setMinimumSize(new Dimension(800, 560));
        leftSplit.setDividerLocation(divider("left", bounds.width / 6));
        rightSplit.setDividerLocation(divider("right", bounds.width - bounds.width / 6 - bounds.width / 4));
        bottomSplit.setDividerLocation(divider("bottom", bounds.height * 68 / 100));
    }

    private int divider(String name, int fallback) {
        int remembered = prefs.divider(name);
        return remembered > 0 ? remembered : fallback;
    }

    private void remember() {
        prefs.bounds(getBounds());
        prefs.divider("left", leftSplit.getDividerLocation());
        prefs.divider("right", rightSplit.getDividerLocation());
        prefs.divider("bottom", bottomSplit.getDividerLocation());
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        int ctrl = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

        JMenu file = menu("File", 'F');
        file.add(item("Open project…", KeyStroke.getKeyStroke(KeyEvent.VK_O, ctrl), this::chooseProject));
        file.add(item("Import transcripts…", KeyStroke.getKeyStroke(KeyEvent.VK_I, ctrl), () -> importFiles(List.of())));
        file.addSeparator();
        file.add(item("Export as REFI-QDA project (.qdpx)…", KeyStroke.getKeyStroke(KeyEvent.VK_E, ctrl | InputEvent.SHIFT_DOWN_MASK),
                () -> exchange.chooseExport(false)));
        file.add(item("Export pseudonymized…", null, () -> exchange.chooseExport(true)));
        file.add(item("Import REFI-QDA project as a new project…", null, exchange::chooseImportProject));
        file.add(item("Pack for a coder…", null, exchange::choosePack));
        file.add(item("Merge coders' packs…", null, exchange::chooseMerge));
        file.add(item("Names to pseudonymize…", null, exchange::choosePseudonyms));
        file.addSeparator();
        JMenu recent = menu("Recent projects", 'R');
        for (Path p : prefs.recentProjects()) {
            recent.add(item(p.toString(), null, () -> openProject.accept(p)));
        }
        file.add(recent);
        file.addSeparator();
        file.add(item("Close window", KeyStroke.getKeyStroke(KeyEvent.VK_W, ctrl), this::closeWindow));
        bar.add(file);

        JMenu edit = menu("Edit", 'E');
        edit.add(item("Undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl), this::undo));
        edit.add(item("Redo", KeyStroke.getKeyStroke(KeyEvent.VK_Y, ctrl), this::redo));
        bindWindowKey(KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl | InputEvent.SHIFT_DOWN_MASK), "redo-shift", this::redo);
        bar.add(edit);

        JMenu code = menu("Code", 'C');
        code.add(item("Find a code to apply", KeyStroke.getKeyStroke(KeyEvent.VK_F, ctrl), this::focusPicker));
        code.add(item("Remove a code from the turn (Delete)", null, () -> report(keys.remove(codebook.selectedCode()))));
        code.add(item("Memo on a coding…", KeyStroke.getKeyStroke(KeyEvent.VK_M, ctrl), transcript::memo));
        code.add(item("Mark transcript done", KeyStroke.getKeyStroke(KeyEvent.VK_D, ctrl), this::markDone));
        code.add(item("Coding as…", KeyStroke.getKeyStroke(KeyEvent.VK_G, ctrl), () -> status.codingAs.requestFocusInWindow()));
        code.add(item("Compare with…", KeyStroke.getKeyStroke(KeyEvent.VK_K, ctrl), () -> status.compareWith.requestFocusInWindow()));
        code.add(item("Keys…", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), this::showKeys));
        bar.add(code);

        JMenu view = menu("View", 'V');
        view.add(item("Project", KeyStroke.getKeyStroke(KeyEvent.VK_1, ctrl), () -> project.tree().requestFocusInWindow()));
        view.add(item("Transcript", KeyStroke.getKeyStroke(KeyEvent.VK_2, ctrl), this::focusTranscript));
        view.add(item("Codebook", KeyStroke.getKeyStroke(KeyEvent.VK_3, ctrl), () -> codebook.tree().requestFocusInWindow()));
        view.add(item("Search", KeyStroke.getKeyStroke(KeyEvent.VK_4, ctrl), () -> {
            tabs.setSelectedComponent(search);
            search.query.requestFocusInWindow();
        }));
        view.add(item("Analysis", KeyStroke.getKeyStroke(KeyEvent.VK_8, ctrl), () -> {
            tabs.setSelectedComponent(analysis);
            analysis.compute.requestFocusInWindow();
        }));
        view.add(item("Agreement", KeyStroke.getKeyStroke(KeyEvent.VK_5, ctrl), () -> {
            tabs.setSelectedComponent(agreement);
            agreement.coders.requestFocusInWindow();
        }));
        view.add(item("Consensus", KeyStroke.getKeyStroke(KeyEvent.VK_6, ctrl), () -> {
            tabs.setSelectedComponent(consensus);
            consensus.queue.requestFocusInWindow();
        }));
        view.add(item("Memos", KeyStroke.getKeyStroke(KeyEvent.VK_7, ctrl), () -> tabs.setSelectedComponent(memos)));
        view.add(item("Enlarge or shrink the tabs", KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0), this::toggleTabs));
        view.addSeparator();
        ButtonGroup themes = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButtonMenuItem choice = new JRadioButtonMenuItem(theme == Theme.LIGHT ? "Light theme" : "Dark theme");
            choice.setSelected(prefs.theme() == theme);
            choice.addActionListener(e -> {
                prefs.theme(theme);
                theme.apply(prefs.fontSize());
                transcript.turns().remeasure();
            });
            themes.add(choice);
            view.add(choice);
        }
        view.addSeparator();
        view.add(item("Larger text", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl), () -> fontSize(+1)));
        view.add(item("Smaller text", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, ctrl), () -> fontSize(-1)));
        view.add(item("Normal text size", KeyStroke.getKeyStroke(KeyEvent.VK_0, ctrl), () -> fontSize(0)));
        bar.add(view);
        return bar;
    }

    /** The import dialog, with files dropped on the window (or none yet). */
    void importFiles(List<Path> dropped) {
        new ImportDialog(this, session, dropped, () -> {
            project.refresh();
            agreement.refresh();
            consensus.refresh();
            report(Outcome.done("imported: the new sessions are in the project tree"));
        }).setVisible(true);
    }

    /** Transcript files dropped anywhere on the window open the import dialog with them. */
    private void acceptDroppedFiles() {
        javax.swing.TransferHandler drop = new javax.swing.TransferHandler() {
            @Override
            public boolean canImport(TransferSupport support) {
                return support.isDataFlavorSupported(java.awt.datatransfer.DataFlavor.javaFileListFlavor);
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    @SuppressWarnings("unchecked")
                    List<java.io.File> dropped = (List<java.io.File>) support.getTransferable()
                            .getTransferData(java.awt.datatransfer.DataFlavor.javaFileListFlavor);
                    SwingUtilities.invokeLater(() -> importFiles(dropped.stream().map(java.io.File::toPath).toList()));
                    return true;
                } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
                    report(Outcome.refused("could not take the dropped files: " + e.getMessage()));
                    return false;
                }
            }
        };
        setTransferHandler(drop);
        transcript.turns().setTransferHandler(drop);
        project.tree().setTransferHandler(drop);
    }

    /** Gives the tabs below most of the window (a heat map, a long result list), or gives it back. */
    void toggleTabs() {
        int height = bottomSplit.getHeight();
        if (bottomSplit.getDividerLocation() > height / 3) {
            tabsDivider = bottomSplit.getDividerLocation();
            bottomSplit.setDividerLocation(height / 5);
        } else {
            bottomSplit.setDividerLocation(tabsDivider > height / 3 ? tabsDivider : height * 68 / 100);
        }
    }

    private void fontSize(int delta) {
        int current = prefs.fontSize() > 0 ? prefs.fontSize() : javax.swing.UIManager.getFont("defaultFont").getSize();
        prefs.fontSize(delta == 0 ? 0 : current + delta);
        prefs.theme().apply(prefs.fontSize());
        transcript.turns().remeasure();
        report(Outcome.done("text size " + javax.swing.UIManager.getFont("defaultFont").getSize()));
    }

    private void undo() {
        session.undoTurn().ifPresent(keys::moveTo);
        report(session.undo());
        transcript.follow();
    }

    private void redo() {
        session.redoTurn().ifPresent(keys::moveTo);
        report(session.redo());
        transcript.follow();
    }

    private void focusPicker() {
        codebook.filter().requestFocusInWindow();
        codebook.filter().selectAll();
    }

    private void markDone() {
        session.transcript().ifPresent(t -> {
            session.withWorkbench(w -> w.markDone(session.coder(), List.of(t.name()), true));
            project.refresh();
            report(Outcome.done(t.name() + " marked done by " + session.coder()));
        });
    }

    private void chooseProject() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter("Attune projects", "attune"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            openProject.accept(chooser.getSelectedFile().toPath());
        }
    }

    private void closeWindow() {
        remember();
        dispose();
    }

    private void showKeys() {
        JOptionPane.showMessageDialog(this, """
                <html><table>
                <tr><td><b>J</b> / <b>↓</b>, <b>K</b> / <b>↑</b></td><td>next, previous turn (Shift+J/K: five)</td></tr>
                <tr><td><b>a code's letter</b></td><td>apply the code to the turn (or the selected text); again: take it off</td></tr>
                <tr><td><b>1</b>–<b>9</b></td><td>a scale code's level, after its letter</td></tr>
                <tr><td><b>Delete</b></td><td>remove the chosen code (or your latest) from the turn</td></tr>
                <tr><td><b>Enter</b></td><td>select text in the turn; Escape goes back</td></tr>
                <tr><td><b>Ctrl+F</b></td><td>find a code by name; Enter applies it</td></tr>
                <tr><td><b>Ctrl+M</b></td><td>memo on a coding</td></tr>
                <tr><td><b>Ctrl+Z</b>, <b>Ctrl+Y</b></td><td>undo, redo</td></tr>
                <tr><td><b>Ctrl+1</b>…<b>8</b></td><td>project, transcript, codebook, search, agreement, consensus, memos, analysis</td></tr>
                <tr><td><b>1</b>, <b>2</b> …, <b>0</b> in Consensus</td><td>take that coder's rating, or none</td></tr>
                <tr><td><b>Ctrl+D</b></td><td>mark the transcript done</td></tr>
                <tr><td><b>Shift+F10</b>, <b>F2</b> in the codebook</td><td>edit a code (rename, color, key, move, add, merge, delete); rename</td></tr>
                <tr><td><b>F11</b></td><td>enlarge or shrink the tabs below</td></tr>
                </table></html>""", "Keys", JOptionPane.PLAIN_MESSAGE);
    }

    private static JMenu menu(String name, char mnemonic) {
        JMenu menu = new JMenu(name);
        menu.setMnemonic(mnemonic);
        return menu;
    }

    private static JMenuItem item(String name, KeyStroke key, Runnable action) {
        JMenuItem item = new JMenuItem(new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }

    private void bindWindowKey(KeyStroke key, String name, Runnable action) {
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        getRootPane().getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
