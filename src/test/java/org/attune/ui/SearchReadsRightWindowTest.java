package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import org.attune.model.Turn;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Search and Analysis tabs read right, driven by real keys on the demo project: Enter runs the
 * query while the completion is open and Tab takes the completion; keyword in context lines the
 * keywords up in a column of their own with the turn's text as it is; a query of codes alone
 * lists its turns; the analysis counts one coder by default, flags the cells expected under 5 and
 * keeps code names whole; the heat map in the dark theme. Saves the KWIC and heat map screenshots.
 */
@WindowTests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchReadsRightWindowTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static Preferences node;
    private static MainFrame frame;
    private static WindowDriver driver;

    @BeforeAll
    static void openTheDemo() throws Exception {
        WindowDriver.requireDisplay();
        project = dir.resolve("demo.attune");
        node = Preferences.userRoot().node("org/attune/test/search-window-" + System.nanoTime());
        WindowPreferences prefs = new WindowPreferences(node);
        prefs.coder(project, "tess");
        Workbench workbench = DemoProject.build(project, Progress.NONE).workbench();
        frame = WindowDriver.show(workbench, prefs);
        driver = new WindowDriver(() -> frame);
        driver.settle();
        AttuneWindow.onEdt(() -> frame.focusTranscript());
        driver.settle();
    }

    @AfterAll
    static void close() throws Exception {
        if (frame != null) {
            AttuneWindow.onEdt(frame::dispose);
        }
        AttuneWindow.onEdt(() -> Theme.LIGHT.apply(0));
        if (node != null) {
            node.removeNode();
        }
    }

    @Test
    @Order(10)
    void enterRunsTheQueryWhileTheCompletionIsOpen() {
        driver.ctrl(KeyEvent.VK_4);
        assertThat(onEdt(() -> search().query.isFocusOwner())).isTrue();
        type("code:narrative");
        driver.waitFor(() -> search().completionShowing(), "the completions");
        driver.press(KeyEvent.VK_ENTER);
        driver.waitFor(() -> status().endsWith("turns found"), "the search to run");
        assertThat(onEdt(() -> search().completionShowing())).as("the completion closed").isFalse();
        assertThat(onEdt(() -> search().query.getText())).isEqualTo("code:narrative");
        assertThat(onEdt(() -> search().table.getRowCount())).isPositive();
        assertThat(onEdt(() -> search().table.getValueAt(0, 4).toString())).contains("narrative");
    }

    @Test
    @Order(20)
    void tabTakesTheCompletion() {
        clearQuery();
        driver.type("feel and spe");
        driver.waitFor(() -> search().completionShowing(), "the completions");
        driver.press(KeyEvent.VK_TAB);
        assertThat(onEdt(() -> search().query.getText())).isEqualTo("feel and speaker:");
        assertThat(onEdt(() -> search().query.isFocusOwner())).isTrue();
        assertThat(onEdt(() -> search().completionShowing())).isFalse();
    }

    @Test
    @Order(30)
    void keywordInContextLinesTheKeywordsUpWithTheTurnsOwnText() {
        clearQuery();
        driver.type("feel");
        driver.press(KeyEvent.VK_ENTER);
        driver.waitFor(() -> status().endsWith("turns found"), "the search");
        // Alt+W ticks "Keyword in context", which runs the query again.
        driver.robot.keyPress(KeyEvent.VK_ALT);
        driver.press(KeyEvent.VK_W);
        driver.robot.keyRelease(KeyEvent.VK_ALT);
        driver.waitFor(() -> search().table.getColumnCount() == 6 && search().table.getRowCount() > 0, "the KWIC lines");
        JTable table = onEdt(() -> search().table);
        assertThat(onEdt(() -> java.util.stream.IntStream.range(0, table.getColumnCount()).mapToObj(table::getColumnName).toList()))
                .containsExactly("Transcript", "Turn", "Speaker", "Before", "Keyword, after", "Codes");
        List<String[]> rows = onEdt(() -> java.util.stream.IntStream.range(0, table.getRowCount()).mapToObj(r -> new String[] {
            table.getValueAt(r, 0).toString(), table.getValueAt(r, 1).toString(), table.getValueAt(r, 3).toString(),
            ((SearchPanel.KeywordThenAfter) table.getValueAt(r, 4)).keyword(),
            ((SearchPanel.KeywordThenAfter) table.getValueAt(r, 4)).after(), table.getValueAt(r, 5).toString()}).toList());
        int punctuationAfter = 0;
        try (Workbench reader = Workbench.openReadOnly(project)) {
            for (String[] row : rows) {
                assertThat(row[3]).matches("(?i)feel\\w*");
                Turn turn = reader.transcript(row[0]).turns().get(Integer.parseInt(row[1]) - 1);
                // Left, keyword and right put side by side are the turn's own words, not one space added.
                assertThat(turn.text().replaceAll("\\s", " ")).contains(row[2] + row[3] + row[4]);
                if (!row[4].isEmpty() && ",.?!;:".indexOf(row[4].charAt(0)) >= 0) {
                    punctuationAfter++;
                }
            }
        }
        assertThat(punctuationAfter).as("lines where punctuation follows the keyword, shown without a space").isPositive();
        // The left context is flush right against the keyword's column, where every keyword starts, the right context after it.
        for (int r = 0; r < Math.min(rows.size(), 10); r++) {
            int row = r;
            JLabel before = onEdt(() -> (JLabel) table.prepareRenderer(table.getCellRenderer(row, 3), row, 3));
            java.awt.Component keyword = onEdt(() -> table.prepareRenderer(table.getCellRenderer(row, 4), row, 4));
            assertThat(before.getHorizontalAlignment()).isEqualTo(SwingConstants.RIGHT);
            assertThat(before.getInsets().right).as("nothing between the left context and the keyword").isZero();
            assertThat(keyword).isInstanceOf(SearchPanel.KeywordCell.class);
            assertThat(((JLabel) keyword).getInsets().left).isZero();
            assertThat(before.getText()).as("a context short enough to show whole").isEqualTo(rows.get(row)[2]);
        }
        driver.press(KeyEvent.VK_F11);
        driver.screenshot("kwic");
        driver.press(KeyEvent.VK_F11);
    }

    @Test
    @Order(40)
    void aQueryOfCodesAloneListsItsTurnsInContext() {
        clearQuery();
        type("code:self-state-shift");
        driver.press(KeyEvent.VK_ENTER);
        driver.waitFor(() -> status().endsWith("turns found") && search().table.getRowCount() > 0
                && search().table.getColumnCount() == 6
                && ((SearchPanel.KeywordThenAfter) search().table.getValueAt(0, 4)).keyword().isEmpty(), "the code's turns");
        JTable table = onEdt(() -> search().table);
        int rows = onEdt(table::getRowCount);
        for (int r = 0; r < rows; r++) {
            int row = r;
            SearchPanel.KeywordThenAfter line = onEdt(() -> (SearchPanel.KeywordThenAfter) table.getValueAt(row, 4));
            assertThat(line.keyword()).isEmpty();
            assertThat(line.after()).as("the turn's opening").isNotBlank();
            assertThat(onEdt(() -> table.getValueAt(row, 3))).isEqualTo("");
            assertThat(onEdt(() -> table.getValueAt(row, 5).toString())).contains("self-state-shift");
        }
        // Enter on a line shows its turn, as on a hit.
        String[] first = onEdt(() -> new String[] {table.getValueAt(0, 0).toString(), table.getValueAt(0, 1).toString()});
        onEdt(() -> {
            table.setRowSelectionInterval(0, 0);
            table.requestFocusInWindow();
            return null;
        });
        driver.settle();
        driver.press(KeyEvent.VK_ENTER);
        assertThat(onEdt(() -> frame.keys().cursor().turn())).isEqualTo(Integer.parseInt(first[1]));
    }

    @Test
    @Order(50)
    void theAnalysisCountsOneCoderFlagsSmallExpectedCountsAndDrawsTheHeatMapInTheDark() {
        onEdt(() -> {
            Theme.DARK.apply(0);
            return null;
        });
        driver.settle();
        driver.ctrl(KeyEvent.VK_8);
        String byDefault;
        try (Workbench reader = Workbench.openReadOnly(project)) {
            byDefault = reader.analysisCoder().orElseThrow();
        }
        driver.waitFor(() -> byDefault.equals(frame.analysisPanel().chosenCoder()), "the default coder");
        onEdt(() -> {
            frame.analysisPanel().compute.doClick();
            return null;
        });
        driver.waitFor(() -> frame.analysisPanel().transitionRows() > 0 && status().contains("turns counted"), "the analysis");
        assertThat(status()).contains(byDefault + "'s codes").doesNotContain("pooled");
        JTable lag = onEdt(() -> frame.analysisPanel().lagTable);
        int rows = onEdt(lag::getRowCount);
        int flagged = 0;
        for (int r = 0; r < rows; r++) {
            int row = r;
            String z = onEdt(() -> lag.getValueAt(row, 5).toString());
            double expected = Double.parseDouble(onEdt(() -> lag.getValueAt(row, 4).toString()).replace(',', '.'));
            if (z.endsWith(" e<5")) {
                flagged++;
                // The table shows e to one decimal: 4.96 shows as 5.0 and is flagged.
                assertThat(expected).as("flagged as expected under 5").isLessThan(5.05);
            } else {
                assertThat(expected).as("a cell expected under 5 is flagged: " + z).isGreaterThanOrEqualTo(4.95);
            }
            if (z.endsWith(" *")) {
                assertThat(Math.abs(Double.parseDouble(z.substring(0, z.length() - 2).replace(',', '.')))).isGreaterThanOrEqualTo(1.96);
            }
            // Whole code names: wrapped onto as many lines as they need, the row as tall as those lines.
            for (int c : new int[] {0, 1}) {
                int column = c;
                String[] shown = onEdt(() -> {
                    java.awt.Component cell = lag.prepareRenderer(lag.getCellRenderer(row, column), row, column);
                    javax.swing.JTextArea area = (javax.swing.JTextArea) cell;
                    return new String[] {area.getText(), lag.getValueAt(row, column).toString(),
                        String.valueOf(area.getPreferredSize().height), String.valueOf(lag.getRowHeight(row))};
                });
                assertThat(shown[0]).isEqualTo(shown[1]);
                assertThat(Integer.parseInt(shown[3])).as("row " + row + " tall enough for " + shown[0])
                        .isGreaterThanOrEqualTo(Integer.parseInt(shown[2]));
            }
        }
        assertThat(flagged).as("the demo has cells expected under 5").isPositive();
        driver.press(KeyEvent.VK_F11);
        driver.screenshot("heat-map-dark");
        driver.press(KeyEvent.VK_F11);
        // Every coder pooled is there, but only when chosen.
        onEdt(() -> {
            frame.analysisPanel().coder().setSelectedItem(AnalysisPanel.POOLED);
            frame.analysisPanel().compute.doClick();
            return null;
        });
        driver.waitFor(() -> status().contains("every coder pooled"), "the pooled analysis");
        assertThat(onEdt(() -> frame.analysisPanel().chosenCoder())).isNull();
        onEdt(() -> {
            Theme.LIGHT.apply(0);
            return null;
        });
        driver.settle();
    }

    private static void clearQuery() {
        onEdt(() -> {
            frame.tabs().setSelectedComponent(search());
            search().query.requestFocusInWindow();
            return null;
        });
        driver.settle();
        driver.ctrl(KeyEvent.VK_A);
        driver.press(KeyEvent.VK_DELETE);
        driver.press(KeyEvent.VK_ESCAPE);
        assertThat(onEdt(() -> search().query.getText())).isEmpty();
    }

    /** Types as a person does; a colon is Shift and the semicolon key, which the robot's key code for ':' is not everywhere. */
    private static void type(String text) {
        for (char c : text.toCharArray()) {
            if (c == ':') {
                driver.shift(KeyEvent.VK_SEMICOLON);
            } else {
                driver.type(String.valueOf(c));
            }
        }
    }

    private static SearchPanel search() {
        return frame.searchPanel();
    }

    private static String status() {
        return onEdt(() -> frame.statusBar().message());
    }

    private static <T> T onEdt(Supplier<T> work) {
        return WindowDriver.onEdt(work);
    }
}
