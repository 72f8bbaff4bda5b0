package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.prefs.Preferences;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.attune.model.CodeGroup;
import org.attune.model.Coding;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind means blind everywhere in the window: anna works blind on d01-s01, where ben coded too
 * (a code nobody else gave, with a memo). Opened as anna, every tab of the window, read from the
 * frame so that a tab added later is visited too, is filled as a user would fill it, and none
 * shows a trace of ben's codings, codes or memo there; nor do the codebook's counts, the
 * transcript's codings, or a comparison. Opened as a lead outside the round, every tab shows them.
 */
@WindowTests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlindEverywhereWindowTest {

    static final String BLIND = "d01-s01";
    static final String CODE = "zebra-mark";
    static final String CODE_NAME = "Zebra mark";
    static final String MEMO = "zebra crossing, ben's own note";
    /** What of ben's work on the blind transcript would show in a tab's text. */
    static final List<String> TRACES = List.of(CODE, CODE_NAME, MEMO, "coder: ben", "(ben)");

    @TempDir
    static Path dir;

    private static Path project;

    @BeforeAll
    static void blindRoundWhereBenCodedToo() {
        WindowDriver.requireDisplay();
        project = dir.resolve("blind.attune");
        try (Workbench workbench = DemoProject.build(project, Progress.NONE).workbench()) {
            workbench.createRound("blind", List.of("anna", "ben"), List.of(BLIND), List.of(), true);
            Coding bens = workbench.codings(BLIND).stream().filter(c -> c.coder().equals("ben")).findFirst().orElseThrow();
            CodeGroup group = workbench.codebook().orElseThrow().codebook().groups().stream()
                    .filter(g -> g.codes().stream().anyMatch(c -> c.id().equals(bens.codeId()))).findFirst().orElseThrow();
            workbench.addCode(group.id(), CODE, CODE_NAME);
            workbench.applyCode("ben", BLIND, CODE, bens.span(), null, MEMO);
        }
    }

    @Test
    @Order(1)
    void aBlindCoderSeesNoTraceOfTheOtherCodersWorkInAnyTab() throws Exception {
        try (Window window = Window.as("anna")) {
            MainFrame frame = window.frame;
            Map<String, List<String>> shown = window.visitEveryTab();
            // Every tab is checked before any failure is reported, so that a failure names every tab that shows them.
            org.assertj.core.api.SoftAssertions.assertSoftly(soft -> shown.forEach((tab, texts) -> {
                for (String trace : TRACES) {
                    soft.assertThat(texts).as("the %s tab, as anna: %s", tab, trace).noneMatch(t -> t.contains(trace));
                }
            }));
            // Search: each turn's codes are anna's own, as the project file has them.
            Map<Integer, Set<String>> annas = codesByTurn("anna");
            JTable hits = frame.searchPanel().table;
            int rows = WindowDriver.onEdt(hits::getRowCount);
            assertThat(rows).isPositive();
            for (int row = 0; row < rows; row++) {
                int r = row;
                int turn = WindowDriver.onEdt(() -> (Integer) hits.getValueAt(r, 1));
                String codes = WindowDriver.onEdt(() -> hits.getValueAt(r, 4).toString());
                assertThat(codes.isEmpty() ? Set.of() : new TreeSet<>(List.of(codes.split(", ")))).as("turn " + turn)
                        .isEqualTo(annas.getOrDefault(turn, Set.of()));
            }
            // Agreement and consensus are refused with the reason, and write nothing.
            assertThat(window.agreementStatus).contains("anna works blind on " + BLIND);
            assertThat(WindowDriver.onEdt(() -> frame.agreementPanel().rows())).isZero();
            assertThat(window.consensusStatus).contains("anna works blind on " + BLIND);
            assertThat(WindowDriver.onEdt(() -> frame.consensusPanel().openCount())).isZero();
            // The codebook counts only what anna may see; the transcript holds her codings only; no comparison.
            assertThat(WindowDriver.onEdt(() -> frame.session().codingsOf(CODE))).isZero();
            Map<String, Long> counts = seenCounts("anna");
            for (String code : counts.keySet()) {
                assertThat(WindowDriver.onEdt(() -> frame.session().codingsOf(code))).as(code).isEqualTo(counts.get(code));
            }
            assertThat(WindowDriver.onEdt(() -> frame.session().visibleCodings())).isNotEmpty().allMatch(c -> c.coder().equals("anna"));
            // File, Export: the whole project would carry ben's codings out; refused, nothing written.
            Path qdpx = dir.resolve("as-anna.qdpx");
            WindowDriver.onEdt(() -> frame.exchange().export(qdpx, null));
            window.driver.waitFor(() -> frame.statusBar().message().contains("works blind"), "the export's refusal");
            assertThat(qdpx).doesNotExist();
            // The project tree shows anna's own progress on the blind transcript, and everyone's elsewhere.
            assertThat(window.treeRow(BLIND)).contains("anna").doesNotContain("ben");
            assertThat(window.treeRow("d01-s02")).contains("anna").contains("ben");
            Outcome compared = frame.session().perform(m -> m.compareWith("ben")).get();
            assertThat(compared.refused()).isTrue();
            assertThat(compared.message()).contains("blind round");
            window.driver.settle();
            assertThat(WindowDriver.onEdt(() -> frame.session().view().comparedWith())).isNull();
        }
        try (Workbench after = Workbench.openReadOnly(project)) {
            assertThat(after.coders()).noneMatch(c -> c.name().equals("consensus"));
        }
    }

    @Test
    @Order(2)
    void aLeadOutsideTheRoundSeesThemInEveryTab() throws Exception {
        try (Window window = Window.as("lead")) {
            Map<String, List<String>> shown = window.visitEveryTab();
            shown.forEach((tab, texts) -> assertThat(texts).as("the %s tab, as the lead", tab)
                    .anyMatch(t -> TRACES.stream().anyMatch(t::contains)));
            assertThat(window.agreementStatus).startsWith("agreement of anna, ben");
            assertThat(WindowDriver.onEdt(() -> window.frame.session().codingsOf(CODE))).isEqualTo(1);
            assertThat(window.treeRow(BLIND)).contains("anna").contains("ben");
            assertThat(WindowDriver.onEdt(() -> window.frame.session().visibleCodings())).anyMatch(c -> c.coder().equals("ben"));
        }
    }

    private static Map<Integer, Set<String>> codesByTurn(String coder) {
        Map<Integer, Set<String>> out = new HashMap<>();
        try (Workbench w = Workbench.openReadOnly(project)) {
            for (Coding c : w.codings(BLIND)) {
                if (c.coder().equals(coder)) {
                    for (int t = c.span().startTurn(); t <= c.span().endTurn(); t++) {
                        out.computeIfAbsent(t, k -> new TreeSet<>()).add(c.codeId());
                    }
                }
            }
        }
        return out;
    }

    /** Each code's codings in the project file, but for other coders' on the blind transcript. */
    private static Map<String, Long> seenCounts(String coder) {
        Map<String, Long> counts = new HashMap<>();
        try (Workbench w = Workbench.openReadOnly(project)) {
            for (var t : w.transcripts()) {
                w.codings(t.name()).stream().filter(c -> !t.name().equals(BLIND) || c.coder().equals(coder))
                        .forEach(c -> counts.merge(c.codeId(), 1L, Long::sum));
            }
        }
        return counts;
    }

    /** The window on the project as one coder, on the blind transcript. */
    private static final class Window implements AutoCloseable {
        final MainFrame frame;
        final WindowDriver driver;
        final Preferences node;
        String agreementStatus = "";
        String consensusStatus = "";

        private Window(MainFrame frame, Preferences node) throws java.awt.AWTException {
            this.frame = frame;
            this.node = node;
            this.driver = new WindowDriver(() -> frame);
        }

        static Window as(String coder) throws Exception {
            Preferences node = Preferences.userRoot().node("org/attune/test/blind-" + System.nanoTime());
            WindowPreferences prefs = new WindowPreferences(node);
            prefs.coder(project, coder);
            prefs.lastTranscript(project, BLIND);
            MainFrame frame = WindowDriver.show(openWhenFree(), prefs);
            Window window = new Window(frame, node);
            window.driver.waitFor(() -> frame.session().transcript().map(t -> t.name().equals(BLIND)).orElse(false)
                    && frame.session().coder().equals(coder), "the blind transcript open as " + coder);
            window.driver.settle();
            return window;
        }

        /** The project, once the window before has let it go (it closes in the background). */
        private static Workbench openWhenFree() throws InterruptedException {
            long until = System.nanoTime() + 30_000_000_000L;
            while (true) {
                try {
                    return Workbench.open(project);
                } catch (org.attune.model.AttuneException inUse) {
                    if (System.nanoTime() > until) {
                        throw inUse;
                    }
                    Thread.sleep(100);
                }
            }
        }

        /**
         * Selects every tab in turn, fills it as a user would (the search, the computation, the
         * consensus start), and returns the text each shows. A tab this test does not know fails it:
         * blind must hold there too, so say here how a user fills it.
         */
        Map<String, List<String>> visitEveryTab() {
            JTabbedPane tabs = frame.tabs();
            Map<String, List<String>> shown = new LinkedHashMap<>();
            int count = WindowDriver.onEdt(tabs::getTabCount);
            assertThat(count).isPositive();
            for (int i = 0; i < count; i++) {
                int index = i;
                String title = WindowDriver.onEdt(() -> tabs.getTitleAt(index));
                WindowDriver.onEdt(() -> {
                    tabs.setSelectedIndex(index);
                    return null;
                });
                driver.settle();
                fill(title);
                driver.settle();
                shown.put(title, WindowDriver.onEdt(() -> texts(tabs.getComponentAt(index))));
            }
            return shown;
        }

        private void fill(String tab) {
            String before = WindowDriver.onEdt(() -> frame.statusBar().message());
            switch (tab) {
                case "Search" -> {
                    WindowDriver.onEdt(() -> {
                        frame.searchPanel().query.setText("transcript:" + BLIND);
                        frame.searchPanel().run();
                        return null;
                    });
                    driver.waitFor(() -> frame.statusBar().message().contains("turns found"), "the search");
                }
                case "Analysis" -> {
                    WindowDriver.onEdt(() -> {
                        frame.analysisPanel().compute.doClick();
                        return null;
                    });
                    driver.waitFor(() -> frame.statusBar().message().contains("turns counted"), "the tables");
                }
                case "Agreement" -> {
                    WindowDriver.onEdt(() -> {
                        choose(frame.agreementPanel().coders, "anna", "ben");
                        frame.agreementPanel().compute.doClick();
                        return null;
                    });
                    driver.waitFor(() -> !frame.statusBar().message().equals(before)
                            && !frame.statusBar().message().startsWith("Computing"), "agreement or its refusal");
                    driver.waitFor(() -> frame.statusBar().message().startsWith("agreement of")
                            || frame.statusBar().message().contains("blind"), "agreement or its refusal");
                    agreementStatus = WindowDriver.onEdt(() -> frame.statusBar().message());
                }
                case "Consensus" -> {
                    WindowDriver.onEdt(() -> {
                        choose(frame.consensusPanel().coders, "anna", "ben");
                        frame.consensusPanel().start.doClick();
                        return null;
                    });
                    driver.waitFor(() -> frame.statusBar().message().contains("disagreements to settle")
                            || frame.statusBar().message().contains("blind"), "consensus or its refusal");
                    consensusStatus = WindowDriver.onEdt(() -> frame.statusBar().message());
                }
                case "Memos" -> driver.waitFor(() -> frame.memosPanel().rows() > 0 || frame.session().visibleCodings().stream()
                        .noneMatch(c -> c.memo() != null), "the memos");
                default -> fail("a tab this test does not know: '" + tab + "'; say in fill() how a user fills it, so that blind"
                        + " is checked there too");
            }
        }

        /** What the project tree shows (and says to a screen reader) on a transcript's row. */
        String treeRow(String transcript) {
            driver.waitFor(() -> frame.projectPanel().tree().getRowCount() > 1, "the project tree");
            return WindowDriver.onEdt(() -> {
                javax.swing.JTree tree = frame.projectPanel().tree();
                for (int row = 0; row < tree.getRowCount(); row++) {
                    Object node = tree.getPathForRow(row).getLastPathComponent();
                    Component shown = tree.getCellRenderer().getTreeCellRendererComponent(tree, node, false, true, true, row, false);
                    String text = ((JLabel) shown).getText() + " | " + ((JLabel) shown).getToolTipText();
                    if (text.contains(transcript)) {
                        return text;
                    }
                }
                return "no row for " + transcript;
            });
        }

        private static void choose(JList<String> list, String... names) {
            List<Integer> at = new ArrayList<>();
            for (String name : names) {
                for (int i = 0; i < list.getModel().getSize(); i++) {
                    if (list.getModel().getElementAt(i).equals(name)) {
                        at.add(i);
                    }
                }
            }
            list.setSelectedIndices(at.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public void close() throws Exception {
            AttuneWindow.onEdt(frame::dispose);
            frame.session().awaitIdle();
            node.removeNode();
        }
    }

    /** Every text a component and its children show: labels, fields, lists, combo boxes, tables, the heat map's codes. */
    static List<String> texts(Component component) {
        List<String> out = new ArrayList<>();
        collect(component, out);
        return out;
    }

    private static void collect(Component c, List<String> out) {
        switch (c) {
            case JLabel l when l.getText() != null -> out.add(l.getText());
            case JTextComponent t -> out.add(t.getText());
            case JList<?> l -> {
                for (int i = 0; i < l.getModel().getSize(); i++) {
                    out.add(String.valueOf(l.getModel().getElementAt(i)));
                }
            }
            case JComboBox<?> b -> {
                for (int i = 0; i < b.getItemCount(); i++) {
                    out.add(String.valueOf(b.getItemAt(i)));
                }
            }
            case JTable t -> {
                for (int col = 0; col < t.getColumnCount(); col++) {
                    out.add(t.getColumnName(col));
                }
                for (int row = 0; row < t.getRowCount(); row++) {
                    for (int col = 0; col < t.getColumnCount(); col++) {
                        out.add(String.valueOf(t.getValueAt(row, col)));
                    }
                }
            }
            case HeatMap h -> out.addAll(h.codeNames());
            default -> {
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }
}
