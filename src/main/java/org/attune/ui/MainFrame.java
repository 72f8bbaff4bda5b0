package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.attune.model.AttuneException;
import org.attune.workbench.Workbench;

/**
 * The workbench window: the project on the left, the transcript in the centre, the codebook on
 * the right, Search, Analysis, Agreement, Consensus and Memos in tabs below, and the status bar.
 * Every action is in a menu with its key, so that the whole window works from the keyboard.
 * Opening or making another project replaces the one shown, in the same window.
 */
final class MainFrame extends JFrame {

    private final WindowPreferences prefs;
    private ProjectSession session;
    private KeyCoding keys;
    private StatusBar status;
    private ProjectPanel project;
    private TranscriptPanel transcript;
    private CodebookPanel codebook;
    private SearchPanel search;
    private AgreementPanel agreement;
    private MemosPanel memos;
    private ConsensusPanel consensus;
    private AnalysisPanel analysis;
    private ExchangeActions exchange;
    private ProjectFiles files;
    private JTabbedPane tabs;
    private JSplitPane leftSplit;
    private JSplitPane rightSplit;
    private JSplitPane bottomSplit;
    private boolean updatingCoders;
    private int tabsDivider = -1;
    private SessionView lastView;
    /** Where the coder was in each transcript of this project, kept in the preferences when they leave it. */
    private final Map<String, Integer> places = new HashMap<>();

    MainFrame(ProjectSession session, WindowPreferences prefs) {
        super("Attune");
        this.prefs = prefs;
        getAccessibleContext().setAccessibleName("Attune");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closeSession(MainFrame.this.session);
            }

            @Override
            public void windowClosing(WindowEvent e) {
                remember();
            }
        });
        load(session);
        placeWindow();
    }

    /** Builds the window's panes and menus for a project. */
    private void load(ProjectSession s) {
        this.session = s;
        this.lastView = null;
        this.places.clear();
        this.status = new StatusBar();
        this.keys = new KeyCoding(s);
        this.codebook = new CodebookPanel(s, code -> transcriptAction(keys.choose(code)), this::focusTranscript);
        this.transcript = new TranscriptPanel(s, keys, this::report, codebook::selectedCode);
        codebook.editWith(new CodebookEditing(s, this, this::report));
        this.project = new ProjectPanel(s, name -> openTranscript(name));
        this.search = new SearchPanel(s, status, this::jump);
        this.agreement = new AgreementPanel(s, status);
        this.memos = new MemosPanel(s, turn -> jump(null, turn));
        this.consensus = new ConsensusPanel(s, status, this::jump);
        this.exchange = new ExchangeActions(this, s, status, this::openProject, () -> project.refresh());
        this.files = new ProjectFiles(this, s, status, this::openProject, this::report);
        this.analysis = new AnalysisPanel(s, status, this::searchFor);

        tabs = new JTabbedPane();
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

        s.onChange(view -> {
            if (session == s) {
                viewChanged(view);
            }
        });
        status.codingAs.addActionListener(e -> {
            if (!updatingCoders && status.codingAs.getSelectedItem() != null) {
                String name = status.codingAs.getSelectedItem().toString().strip();
                if (!name.isEmpty() && !name.equals(session.coder())) {
                    prefs.coder(session.path(), name);
                    WindowKeys.later(session.perform(m -> m.coder(name)), o -> {
                        report(o);
                        project.refresh();
                    });
                }
            }
        });
        status.compareWith.addActionListener(e -> {
            if (!updatingCoders) {
                Object chosen = status.compareWith.getSelectedItem();
                String other = chosen == null || chosen.equals("nobody") ? null : chosen.toString();
                WindowKeys.later(session.perform(m -> m.compareWith(other)), o -> {
                    report(o);
                    if (o.refused()) {
                        fillCoders(session.view());
                    }
                });
            }
        });
        if (isShowing()) {
            placeDividers(getBounds());
            revalidate();
        }
    }

    /** Loads the project into the panels and opens the transcript the coder was last in (or the first). */
    void start() {
        setTitle("Attune — " + session.path().getFileName());
        project.refresh();
        agreement.refresh();
        consensus.refresh();
        analysis.refresh();
        search.refresh();
        fillCoders(session.view());
        codebook.refresh();
        String last = prefs.lastTranscript(session.path()).orElse(null);
        ProjectSession s = session;
        WindowKeys.later(s.call(w -> {
            var all = w.transcripts();
            return all.stream().anyMatch(t -> t.name().equals(last)) ? last : all.isEmpty() ? null : all.getFirst().name();
        }).thenApply(name -> Outcome.done(name == null ? "" : name)), o -> {
            if (session != s) {
                return;
            }
            if (o.message().isEmpty()) {
                report(Outcome.done("this project has no transcripts yet: import some with File, Import transcripts (Ctrl+I)"
                        + (session.view().codebook() == null ? ", and attach a codebook with Code, Attach a codebook…" : "")));
            } else {
                openTranscript(o.message());
            }
        });
        SwingUtilities.invokeLater(this::focusTranscript);
    }

    ProjectSession session() {
        return session;
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

    ProjectPanel projectPanel() {
        return project;
    }

    MemosPanel memosPanel() {
        return memos;
    }

    ProjectFiles files() {
        return files;
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

    /** Opens a transcript where the coder last was in it. */
    void openTranscript(String name) {
        openTranscript(name, -1);
    }

    /** Opens a transcript at a turn (-1: where the coder last was in it); the screen follows once it is read. */
    private void openTranscript(String name, int turn) {
        session.transcript().ifPresent(t -> leave(t.name()));
        ProjectSession s = session;
        WindowKeys.later(s.perform(m -> m.open(name)), o -> {
            if (session != s) {
                return;
            }
            if (!o.refused()) {
                int at = turn > 0 ? turn : places.containsKey(name) ? places.get(name) : prefs.place(s.path(), name);
                keys.moveTo(Math.max(1, at));
                transcript.follow();
                project.select(name);
                memos.refresh();
                prefs.lastTranscript(s.path(), name);
            }
            report(o);
        });
    }

    /** Keeps where the coder was in a transcript they leave. */
    private void leave(String transcriptName) {
        int turn = keys.cursor().turn();
        places.put(transcriptName, turn);
        prefs.place(session.path(), transcriptName, turn);
    }

    /** Shows a turn of a transcript (null: the open one) and puts the focus on the transcript. */
    void jump(String transcriptName, int turn) {
        if (transcriptName != null && session.transcript().map(t -> !t.name().equals(transcriptName)).orElse(true)) {
            openTranscript(transcriptName, turn);
            focusTranscript();
            return;
        }
        keys.moveTo(turn);
        transcript.follow();
        focusTranscript();
    }

    void focusTranscript() {
        transcript.turns().requestFocusInWindow();
    }

    private void report(Outcome outcome) {
        if (!outcome.message().isEmpty()) {
            status.show(outcome);
        }
    }

    /** The outcome of an action on the transcript: shown, and the list follows the cursor. */
    private void transcriptAction(java.util.concurrent.CompletableFuture<Outcome> outcome) {
        WindowKeys.later(outcome, o -> {
            report(o);
            transcript.follow();
        });
    }

    private void viewChanged(SessionView view) {
        SessionView before = lastView;
        lastView = view;
        transcript.viewChanged(view);
        if (before == null || before.codebook() != view.codebook()) {
            codebook.refresh();
        } else {
            codebook.countsChanged();
        }
        if (before == null || !before.coders().equals(view.coders()) || !java.util.Objects.equals(before.comparedWith(),
                view.comparedWith()) || !before.coder().equals(view.coder())) {
            fillCoders(view);
        }
        // The coder's first coding in a transcript starts it, and a done mark ends it: the project tree shows both.
        if (before != null && view.transcript() != null && before.transcript() == view.transcript()
                && ((before.coded() == 0) != (view.coded() == 0) || before.done() != view.done())) {
            project.refresh();
        }
        // The memos list is read again only when it is in view (or comes into view).
        if (tabs.getSelectedComponent() == memos) {
            memos.refresh();
        }
    }

    private void fillCoders(SessionView view) {
        updatingCoders = true;
        try {
            List<String> coders = view.coders();
            status.codingAs.removeAllItems();
            coders.forEach(status.codingAs::addItem);
            status.codingAs.setSelectedItem(view.coder());
            status.compareWith.removeAllItems();
            status.compareWith.addItem("nobody");
            coders.stream().filter(c -> !c.equals(view.coder())).forEach(status.compareWith::addItem);
            status.compareWith.setSelectedItem(view.comparedWith() == null ? "nobody" : view.comparedWith());
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
        placeDividers(bounds);
    }

    private void placeDividers(Rectangle bounds) {
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
        session.transcript().ifPresent(t -> leave(t.name()));
    }

    // ---- another project in this window

    /**
     * Opens another project in place of this one: the project is opened first (in the background),
     * and only when it opened is the one shown closed, after everything done in it is saved.
     */
    void openProject(Path path) {
        Path wanted = path.toAbsolutePath().normalize();
        if (wanted.equals(session.path().toAbsolutePath().normalize())) {
            report(Outcome.done(path.getFileName() + " is the project open here"));
            return;
        }
        report(Outcome.done("opening " + path.getFileName() + "…"));
        Thread.ofPlatform().name("attune-open").start(() -> {
            try {
                Workbench opened = Workbench.open(path);
                SwingUtilities.invokeLater(() -> replace(opened));
            } catch (AttuneException e) {
                SwingUtilities.invokeLater(() -> report(Outcome.refused(e.getMessage())));
            }
        });
    }

    /** Shows a project just made or opened, closing the one shown. */
    void replace(Workbench opened) {
        remember();
        ProjectSession old = session;
        prefs.opened(opened.path());
        String coder = prefs.coder(opened.path()).orElseGet(() -> opened.coders().stream().map(c -> c.name()).findFirst()
                .orElse(old.coder()));
        ProjectSession fresh = new ProjectSession(opened, coder);
        load(fresh);
        start();
        closeSession(old);
    }

    private static void closeSession(ProjectSession s) {
        // Closing waits for the last actions to be saved: off the event thread, which must not wait.
        Thread.ofPlatform().name("attune-close").start(s::close);
        AttuneWindow.closing(s);
    }

    // ---- menus

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        int ctrl = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

        JMenu file = menu("File", 'F');
        file.add(item("New project…", KeyStroke.getKeyStroke(KeyEvent.VK_N, ctrl), true, files::chooseNew));
        file.add(item("Open project…", KeyStroke.getKeyStroke(KeyEvent.VK_O, ctrl), false, files::chooseOpen));
        file.add(item("Import transcripts…", KeyStroke.getKeyStroke(KeyEvent.VK_I, ctrl), true, () -> importFiles(List.of())));
        file.addSeparator();
        file.add(item("Export as REFI-QDA project (.qdpx)…", KeyStroke.getKeyStroke(KeyEvent.VK_E, ctrl | InputEvent.SHIFT_DOWN_MASK),
                false, () -> exchange.chooseExport(false)));
        file.add(item("Export pseudonymized…", null, false, () -> exchange.chooseExport(true)));
        file.add(item("Import REFI-QDA project as a new project…", null, false, exchange::chooseImportProject));
        file.add(item("Pack for a coder…", null, false, exchange::choosePack));
        file.add(item("Merge coders' packs…", null, true, exchange::chooseMerge));
        file.add(item("Names to pseudonymize…", null, true, exchange::choosePseudonyms));
        file.addSeparator();
        JMenu recent = menu("Recent projects", 'R');
        recent.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                // Read when opened, so that it lists what was opened since the window was.
                recent.removeAll();
                for (Path p : prefs.recentProjects()) {
                    recent.add(item(p.toString(), null, false, () -> openProject(p)));
                }
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        file.add(recent);
        file.addSeparator();
        file.add(item("Close window", KeyStroke.getKeyStroke(KeyEvent.VK_W, ctrl), false, this::closeWindow));
        bar.add(file);

        JMenu edit = menu("Edit", 'E');
        edit.add(item("Undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl), true, this::undo));
        edit.add(item("Redo", KeyStroke.getKeyStroke(KeyEvent.VK_Y, ctrl), true, this::redo));
        WindowKeys.bind(getRootPane(), JComponent.WHEN_IN_FOCUSED_WINDOW,
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, ctrl | InputEvent.SHIFT_DOWN_MASK), "redo-shift", "anywhere",
                WindowKeys.action("Redo", true, this::redo));
        bar.add(edit);

        JMenu code = menu("Code", 'C');
        code.add(item("Find a code to apply", KeyStroke.getKeyStroke(KeyEvent.VK_F, ctrl), false, this::focusPicker));
        code.add(item("Remove a code from the turn (Delete)", null, true,
                () -> transcriptAction(keys.remove(codebook.selectedCode()))));
        code.add(item("Memo on a coding…", KeyStroke.getKeyStroke(KeyEvent.VK_M, ctrl), true, transcript::memo));
        code.add(item("Mark transcript done, or not done", KeyStroke.getKeyStroke(KeyEvent.VK_D, ctrl), true, this::toggleDone));
        code.addSeparator();
        code.add(item("Next disagreement (])", null, false, () -> typeInTranscript(']')));
        code.add(item("Previous disagreement ([)", null, false, () -> typeInTranscript('[')));
        code.add(item("Next uncoded turn (;)", null, false, () -> typeInTranscript(';')));
        code.addSeparator();
        code.add(item("Coding as…", KeyStroke.getKeyStroke(KeyEvent.VK_G, ctrl), false, () -> status.codingAs.requestFocusInWindow()));
        code.add(item("Compare with…", KeyStroke.getKeyStroke(KeyEvent.VK_K, ctrl), false, () -> status.compareWith.requestFocusInWindow()));
        code.addSeparator();
        code.add(item("Attach or replace the codebook…", null, true, files::chooseCodebook));
        code.add(item("Keys…", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), false, this::showKeys));
        bar.add(code);

        JMenu view = menu("View", 'V');
        view.add(item("Project", KeyStroke.getKeyStroke(KeyEvent.VK_1, ctrl), false, () -> project.tree().requestFocusInWindow()));
        view.add(item("Transcript", KeyStroke.getKeyStroke(KeyEvent.VK_2, ctrl), false, this::focusTranscript));
        view.add(item("Codebook", KeyStroke.getKeyStroke(KeyEvent.VK_3, ctrl), false, () -> codebook.tree().requestFocusInWindow()));
        view.add(item("Search", KeyStroke.getKeyStroke(KeyEvent.VK_4, ctrl), false, () -> {
            tabs.setSelectedComponent(search);
            search.query.requestFocusInWindow();
        }));
        view.add(item("Agreement", KeyStroke.getKeyStroke(KeyEvent.VK_5, ctrl), false, () -> {
            tabs.setSelectedComponent(agreement);
            agreement.coders.requestFocusInWindow();
        }));
        view.add(item("Consensus", KeyStroke.getKeyStroke(KeyEvent.VK_6, ctrl), false, () -> {
            tabs.setSelectedComponent(consensus);
            consensus.queue.requestFocusInWindow();
        }));
        view.add(item("Memos", KeyStroke.getKeyStroke(KeyEvent.VK_7, ctrl), false, () -> {
            tabs.setSelectedComponent(memos);
            memos.table().requestFocusInWindow();
        }));
        view.add(item("Analysis", KeyStroke.getKeyStroke(KeyEvent.VK_8, ctrl), false, () -> {
            tabs.setSelectedComponent(analysis);
            analysis.compute.requestFocusInWindow();
        }));
        view.add(item("Enlarge or shrink the tabs", KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0), false, this::toggleTabs));
        view.addSeparator();
        ButtonGroup themes = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButtonMenuItem choice = new JRadioButtonMenuItem(theme == Theme.LIGHT ? "Light theme" : "Dark theme");
            choice.setSelected(prefs.theme() == theme);
            choice.addActionListener(e -> {
                prefs.theme(theme);
                theme.apply(prefs.fontSize());
                transcript.turns().remeasure();
                transcript.keepInView();
            });
            themes.add(choice);
            view.add(choice);
        }
        view.addSeparator();
        view.add(item("Larger text", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl), false, () -> fontSize(+1)));
        view.add(item("Smaller text", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, ctrl), false, () -> fontSize(-1)));
        view.add(item("Normal text size", KeyStroke.getKeyStroke(KeyEvent.VK_0, ctrl), false, () -> fontSize(0)));
        bar.add(view);
        return bar;
    }

    /** A menu item that does what a key in the transcript does, and puts the focus there. */
    private void typeInTranscript(char key) {
        focusTranscript();
        Object name = transcript.turns().getInputMap().get(KeyStroke.getKeyStroke(key));
        Action action = name == null ? null : transcript.turns().getActionMap().get(name);
        if (action != null) {
            action.actionPerformed(new java.awt.event.ActionEvent(transcript.turns(), java.awt.event.ActionEvent.ACTION_PERFORMED,
                    String.valueOf(key)));
        }
    }

    /** The import dialog, with files dropped on the window (or none yet). */
    void importFiles(List<Path> dropped) {
        new ImportDialog(this, session, dropped, () -> {
            project.refresh();
            agreement.refresh();
            consensus.refresh();
            report(Outcome.done("imported: the new sessions are in the project tree"));
            if (session.transcript().isEmpty()) {
                start();
            }
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

    /** Gives the tabs below most of the window (a heat map, a long result list), or gives it back; the current turn stays in view. */
    void toggleTabs() {
        int height = bottomSplit.getHeight();
        if (bottomSplit.getDividerLocation() > height / 3) {
            tabsDivider = bottomSplit.getDividerLocation();
            bottomSplit.setDividerLocation(height / 5);
        } else {
            bottomSplit.setDividerLocation(tabsDivider > height / 3 ? tabsDivider : height * 68 / 100);
        }
        transcript.keepInView();
    }

    /** Whether F11 gave the tabs most of the window. */
    boolean tabsEnlarged() {
        return bottomSplit.getDividerLocation() <= bottomSplit.getHeight() / 3;
    }

    private void fontSize(int delta) {
        int current = prefs.fontSize() > 0 ? prefs.fontSize() : javax.swing.UIManager.getFont("defaultFont").getSize();
        prefs.fontSize(delta == 0 ? 0 : current + delta);
        prefs.theme().apply(prefs.fontSize());
        transcript.turns().remeasure();
        transcript.keepInView();
        report(Outcome.done("text size " + javax.swing.UIManager.getFont("defaultFont").getSize()));
    }

    private void undo() {
        WindowKeys.later(session.perform(SessionModel::undo), this::showTurnOf);
    }

    private void redo() {
        WindowKeys.later(session.perform(SessionModel::redo), this::showTurnOf);
    }

    private void showTurnOf(Outcome o) {
        if (o.turn() > 0) {
            keys.moveTo(o.turn());
        }
        report(o);
        transcript.follow();
    }

    private void focusPicker() {
        codebook.filter().requestFocusInWindow();
        codebook.filter().selectAll();
    }

    private void toggleDone() {
        if (session.transcript().isEmpty()) {
            report(Outcome.refused("open a transcript first"));
            return;
        }
        WindowKeys.later(session.perform(SessionModel::toggleDone), o -> {
            report(o);
            project.refresh();
        });
    }

    private void closeWindow() {
        remember();
        dispose();
    }

    private void showKeys() {
        KeysDialog.show(this, WindowKeys.guide(WindowKeys.bindings(this)));
    }

    private static JMenu menu(String name, char mnemonic) {
        JMenu menu = new JMenu(name);
        menu.setMnemonic(mnemonic);
        return menu;
    }

    private static JMenuItem item(String name, KeyStroke key, boolean changes, Runnable action) {
        JMenuItem item = new JMenuItem(WindowKeys.action(name, changes, action));
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }
}
