package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.workbench.AgreementRequest;
import org.attune.workbench.ConsensusReport;
import org.attune.workbench.Settlement;

/**
 * The Consensus tab: the disagreements of two or more coders in a queue, each shown with its
 * turn's text and every coder's rating side by side, settled with a key (1 takes the first
 * coder's rating, 2 the second's ..., 0 none). Agreements go to the consensus coder when the queue
 * starts; each settlement is saved at once, with who decided and the coders' original ratings.
 */
final class ConsensusPanel extends JPanel {

    private final ProjectSession session;
    private final StatusBar status;
    private final BiConsumer<String, Integer> jump;
    final JList<String> coders = new JList<>();
    final JTextField into = new JTextField("consensus", 10);
    final JButton start = new JButton("Start");
    private final JLabel progress = new JLabel(" ");
    private final DefaultListModel<String> items = new DefaultListModel<>();
    final JList<String> queue = new JList<>(items);
    private final JTextArea detail = new JTextArea();
    private List<Disagreement> open = List.of();
    private AgreementRequest request;
    private String consensusCoder;
    private int settledHere;
    private int decided;
    /** Settlements sent to the project and not yet saved: their items stay out of the queue. */
    private final java.util.Set<String> inFlight = new java.util.HashSet<>();

    ConsensusPanel(ProjectSession session, StatusBar status, BiConsumer<String, Integer> jump) {
        super(new BorderLayout(4, 4));
        this.session = session;
        this.status = status;
        this.jump = jump;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        coders.setVisibleRowCount(3);
        coders.getAccessibleContext().setAccessibleName("Coders whose disagreements to settle");
        into.getAccessibleContext().setAccessibleName("Consensus coder");
        start.setMnemonic('t');
        start.putClientProperty(WindowKeys.CHANGES, true);
        start.addActionListener(e -> begin());
        JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
        JLabel who = new JLabel("Coders");
        who.setLabelFor(coders);
        controls.add(who);
        controls.add(new JScrollPane(coders));
        JLabel as = new JLabel("into");
        as.setLabelFor(into);
        controls.add(as);
        controls.add(into);
        controls.add(start);
        controls.add(progress);
        add(controls, BorderLayout.NORTH);

        queue.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        queue.getAccessibleContext().setAccessibleName("Disagreements to settle");
        queue.getAccessibleContext().setAccessibleDescription("1, 2 ... take that coder's rating; 0 none; Enter shows the turn");
        queue.addListSelectionListener(e -> showDetail());
        for (int d = 0; d <= 9; d++) {
            int digit = d;
            javax.swing.Action settle = WindowKeys.typed("settle the disagreement: 1, 2 … take that coder's rating, 0 none", true,
                    () -> settle(digit));
            settle.putValue(WindowKeys.GROUP, "settle the disagreement: 1, 2 … take that coder's rating, 0 none");
            WindowKeys.bind(queue, KeyStroke.getKeyStroke((char) ('0' + d)), "settle-" + d, "consensus queue", settle);
        }
        WindowKeys.bind(queue, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "show-turn", "consensus queue",
                WindowKeys.action("show the disagreement's turn in the transcript", false, () -> {
                    Disagreement d = current();
                    if (d != null) {
                        jump.accept(d.transcript(), d.turn());
                    }
                }));
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.getAccessibleContext().setAccessibleName("The disagreement: the turn and each coder's rating");
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(queue), new JScrollPane(detail));
        split.setResizeWeight(0.4);
        add(split, BorderLayout.CENTER);
    }

    void refresh() {
        session.call(w -> w.coders().stream().map(c -> c.name()).toList())
                .thenAccept(names -> javax.swing.SwingUtilities.invokeLater(() -> show(names)));
    }

    private void show(List<String> names) {
        coders.setListData(names.toArray(String[]::new));
        if (names.size() >= 2) {
            coders.setSelectionInterval(0, 1);
        }
    }

    /** Starts (or brings up to date) the consensus coder and lists what is left to settle. */
    void begin() {
        List<String> chosen = coders.getSelectedValuesList();
        if (chosen.size() < 2) {
            status.show(Outcome.refused("choose two or more coders"));
            return;
        }
        request = AgreementRequest.withoutIntervals(chosen, List.of(), List.of(), List.of());
        String name = into.getText().strip();
        AgreementRequest asked = request;
        String viewer = session.coder();
        BackgroundWork.start("Finding the disagreements", status,
                p -> BackgroundWork.await(session.change(w -> w.seenBy(viewer).startConsensus(asked, name, p))), report -> {
                    consensusCoder = report.coder();
                    settledHere = 0;
                    show(report, 0);
                    status.show(Outcome.done(report.takenOver() + " agreements taken over by " + report.coder() + "; "
                            + report.open().size() + " disagreements to settle"));
                    queue.requestFocusInWindow();
                });
    }

    int openCount() {
        return open.size();
    }

    /** Settles the current item with coder {@code digit}'s rating (1 the first), or with 0 none. */
    void settle(int digit) {
        Disagreement d = current();
        if (d == null) {
            return;
        }
        String decision;
        if (digit == 0) {
            if (d.comparison() == Comparison.PRESENCE) {
                status.show(Outcome.refused("a code is present or absent: take a coder's rating with 1, 2 …"));
                return;
            }
            decision = "none";
        } else if (digit > d.ratings().size()) {
            status.show(Outcome.refused("there are " + d.ratings().size() + " coders: press 1 to " + d.ratings().size()));
            return;
        } else {
            String rating = d.ratings().get(digit - 1);
            decision = rating == null ? "none" : rating;
        }
        int at = queue.getSelectedIndex();
        AgreementRequest asked = request;
        Settlement settlement = new Settlement(d.transcript(), d.turn(), d.id(), d.comparison(), decision);
        String by = session.coder();
        // The item leaves the queue at once, so that the next key settles the next item even before this one is saved.
        String key = key(d);
        inFlight.add(key);
        List<Disagreement> left = new java.util.ArrayList<>(open);
        left.remove(at);
        showItems(left, at);
        session.change(w -> w.seenBy(by).settleConsensus(asked, consensusCoder, List.of(settlement), by,
                org.attune.workbench.Progress.NONE)).whenComplete((report, failure) -> javax.swing.SwingUtilities.invokeLater(() -> {
                    inFlight.remove(key);
                    if (failure != null) {
                        List<Disagreement> back = new java.util.ArrayList<>(open);
                        back.add(Math.min(at, back.size()), d);
                        showItems(back, queue.getSelectedIndex());
                        status.show(Outcome.refused(WindowKeys.rootMessage(failure)));
                        return;
                    }
                    settled(d, decision, report);
                }));
    }

    /** A settlement saved: the report compares the settled transcript again; the other transcripts' items stand as they were. */
    private void settled(Disagreement d, String decision, ConsensusReport report) {
        settledHere++;
        List<Disagreement> merged = new java.util.ArrayList<>();
        boolean placed = false;
        List<Disagreement> fresh = report.open().stream().filter(i -> !inFlight.contains(key(i))).toList();
        for (Disagreement item : open) {
            if (!item.transcript().equals(d.transcript())) {
                merged.add(item);
            } else if (!placed) {
                merged.addAll(fresh);
                placed = true;
            }
        }
        if (!placed) {
            merged.addAll(fresh);
        }
        decided = report.decided();
        showItems(merged, queue.getSelectedIndex());
        status.show(Outcome.done("settled " + subject(d) + " on turn " + d.turn() + " of " + d.transcript() + ": " + decision));
    }

    private void show(ConsensusReport report, int select) {
        decided = report.decided();
        showItems(report.open(), select);
    }

    private static String key(Disagreement d) {
        return d.transcript() + "\u0000" + d.turn() + "\u0000" + d.id() + "\u0000" + d.comparison();
    }

    private void showItems(List<Disagreement> list, int select) {
        open = List.copyOf(list);
        items.clear();
        for (Disagreement d : open) {
            items.addElement(d.transcript() + "  turn " + d.turn() + "  ·  " + subject(d) + " (" + d.comparison().label() + ")");
        }
        progress.setText(settledHere + " settled here, " + decided + " in all; " + open.size() + " open");
        if (!open.isEmpty()) {
            queue.setSelectedIndex(Math.clamp(select, 0, open.size() - 1));
            queue.ensureIndexIsVisible(queue.getSelectedIndex());
        } else {
            detail.setText("Nothing left to settle.");
        }
    }

    private Disagreement current() {
        int i = queue.getSelectedIndex();
        return i < 0 || i >= open.size() ? null : open.get(i);
    }

    private String subject(Disagreement d) {
        return session.codebook().flatMap(cb -> d.comparison() == Comparison.CHOICE
                ? cb.group(d.id()).map(g -> g.name()) : cb.code(d.id()).map(c -> c.name())).orElse(d.id());
    }

    private void showDetail() {
        Disagreement d = current();
        if (d == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(subject(d)).append(" (").append(d.comparison().label()).append("), ").append(d.transcript())
                .append(", turn ").append(d.turn()).append("\n\n");
        List<String> names = request == null ? List.of() : request.coders();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < d.ratings().size(); i++) {
            String rating = d.ratings().get(i);
            String label = rating == null ? "none" : d.comparison() == Comparison.CHOICE && !rating.equals("none")
                    ? session.view().name(rating) : rating;
            lines.add((i + 1) + "   " + (i < names.size() ? names.get(i) : "coder " + (i + 1)) + ":  " + label);
        }
        // The ratings first, where the eye lands; the turn's text below them.
        text.append(String.join("\n", lines));
        text.append(d.comparison() == Comparison.PRESENCE ? "\n(press a coder's number to take their rating)"
                : "\n(press a coder's number to take their rating, 0 for none)");
        text.append("\n\n").append(d.text());
        detail.setText(text.toString());
        detail.setCaretPosition(0);
    }
}
