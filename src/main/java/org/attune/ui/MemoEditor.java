package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;

/**
 * A memo typed at length: several lines and paragraphs, Enter a new line, Ctrl+Enter (or Save)
 * keeps it, Escape leaves it as it was.
 */
final class MemoEditor extends JDialog {

    final JTextArea text = new JTextArea(8, 48);
    private boolean saved;

    private MemoEditor(Window owner, String title, String memo) {
        super(owner, "Memo", ModalityType.APPLICATION_MODAL);
        text.setText(memo);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.getAccessibleContext().setAccessibleName("Memo");
        JLabel what = new JLabel("<html>" + CodeDescription.escape(title) + "<br><small>Ctrl+Enter saves, Escape cancels; "
                + "an empty memo removes it</small></html>");
        what.setLabelFor(text);
        JButton save = new JButton("Save");
        save.addActionListener(e -> {
            saved = true;
            dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(save);
        buttons.add(cancel);
        JPanel content = new JPanel(new BorderLayout(6, 6));
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(what, BorderLayout.NORTH);
        content.add(new JScrollPane(text), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().registerKeyboardAction(e -> save.doClick(), KeyStroke.getKeyStroke(KeyEvent.VK_ENTER,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), JComponent.WHEN_IN_FOCUSED_WINDOW);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Asks for a memo; empty when the coder cancelled. */
    static Optional<String> ask(Window owner, String title, String memo) {
        MemoEditor editor = new MemoEditor(owner, title, memo);
        editor.setVisible(true);
        return editor.saved ? Optional.of(editor.text.getText()) : Optional.empty();
    }
}
