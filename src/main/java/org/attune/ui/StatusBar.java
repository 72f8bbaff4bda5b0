package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;

/**
 * The bottom line: who is coding ("Coding as"), whose stripes are compared, the last action's
 * result or the rule that refused it, and the progress of work in the background with its cancel
 * button.
 */
final class StatusBar extends JPanel {

    final JComboBox<String> codingAs = new JComboBox<>();
    final JComboBox<String> compareWith = new JComboBox<>();
    private final JLabel message = new JLabel(" ");
    final JProgressBar progress = new JProgressBar();
    final JButton cancel = new JButton("Cancel");

    StatusBar() {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(2, 6, 2, 6)));
        codingAs.setEditable(true);
        codingAs.getAccessibleContext().setAccessibleName("Coding as");
        codingAs.setToolTipText("Who is coding: choose a coder, or type a new name and press Enter");
        compareWith.getAccessibleContext().setAccessibleName("Compare with");
        compareWith.setToolTipText("Show another coder's stripes beside yours (not in a blind round)");
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JLabel as = new JLabel("Coding as");
        as.setLabelFor(codingAs);
        as.setDisplayedMnemonic('g');
        left.add(as);
        left.add(codingAs);
        JLabel cmp = new JLabel("Compare with");
        cmp.setLabelFor(compareWith);
        left.add(cmp);
        left.add(compareWith);
        add(left, BorderLayout.WEST);
        message.getAccessibleContext().setAccessibleName("Status");
        add(message, BorderLayout.CENTER);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        progress.setStringPainted(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.getAccessibleContext().setAccessibleName("Cancel the work in the background");
        right.add(progress);
        right.add(cancel);
        add(right, BorderLayout.EAST);
    }

    void show(Outcome outcome) {
        message.setText(outcome.message());
        message.setForeground(outcome.refused() ? UIManager.getColor("Component.error.focusedBorderColor")
                : UIManager.getColor("Label.foreground"));
        message.setToolTipText(outcome.message());
    }

    String message() {
        return message.getText();
    }
}
