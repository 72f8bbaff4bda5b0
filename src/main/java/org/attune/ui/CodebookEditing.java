package org.attune.ui;

import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JColorChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.workbench.CodingsAtStakeException;
import org.attune.workbench.Workbench;

/**
 * The codebook's edits from the window: rename, recolor, re-key, move, add, merge and delete,
 * each through the workbench's versioned operations, and each undone by its inverse (a new version
 * again). Merging and deleting change codings and ask first; their undo is the workbench's one
 * operation that makes the version before current again and puts back exactly the codings they changed.
 */
final class CodebookEditing {

    private final ProjectSession session;
    private final Component owner;
    private final Consumer<Outcome> report;

    CodebookEditing(ProjectSession session, Component owner, Consumer<Outcome> report) {
        this.session = session;
        this.owner = owner;
        this.report = report;
    }

    /** The menu of a code: on a right click, Shift+F10 or the context-menu key. */
    JPopupMenu menu(Code code) {
        JPopupMenu menu = new JPopupMenu();
        menu.add(item("Rename… (F2)", () -> rename(code)));
        menu.add(item("Color…", () -> recolor(code)));
        menu.add(item("Key…", () -> rekey(code)));
        menu.add(item("Move to group…", () -> move(code)));
        menu.add(item("Add a code to this group…", () -> session.codebook().flatMap(cb -> cb.groupOf(code.id())).ifPresent(this::add)));
        menu.addSeparator();
        menu.add(item("Merge into…", () -> merge(code)));
        menu.add(item("Delete…", () -> delete(code)));
        return menu;
    }

    private static JMenuItem item(String name, Runnable action) {
        JMenuItem item = new JMenuItem(name);
        item.addActionListener(e -> action.run());
        return item;
    }

    void rename(Code code) {
        String name = ask("New name for " + code.name(), code.name());
        if (name != null && !name.isBlank() && !name.strip().equals(code.name())) {
            String before = code.name();
            later(session.perform(m -> m.editCodebook("renamed " + before + " to " + name.strip(),
                    w -> w.renameCode(code.id(), name.strip()), w -> w.renameCode(code.id(), before))));
        }
    }

    void recolor(Code code) {
        Color chosen = JColorChooser.showDialog(owner, "Color of " + code.name(), Palette.code(code));
        if (chosen != null) {
            String before = code.color();
            String after = Palette.hex(chosen);
            later(session.perform(m -> m.editCodebook("recolored " + code.name() + " to " + after,
                    w -> w.recolorCode(code.id(), after), w -> w.recolorCode(code.id(), before))));
        }
    }

    void rekey(Code code) {
        List<String> free = session.codebook().map(cb -> CodeKeys.of(cb).freeLetters()).orElse(List.of());
        String key = ask("Key of " + code.name() + " (one letter, not j or k; empty for none)\nFree: " + String.join(" ", free),
                code.key() == null ? (free.isEmpty() ? "" : free.getFirst()) : code.key());
        if (key != null) {
            String before = code.key();
            String after = key.isBlank() ? null : key.strip();
            later(session.perform(m -> m.editCodebook("set the key of " + code.name() + " to " + (after == null ? "none" : after),
                    w -> w.rekeyCode(code.id(), after), w -> w.rekeyCode(code.id(), before))));
        }
    }

    void move(Code code) {
        Codebook codebook = session.codebook().orElseThrow();
        CodeGroup from = codebook.groupOf(code.id()).orElseThrow();
        List<String> groups = codebook.groups().stream().filter(g -> !g.id().equals(from.id())).map(CodeGroup::id).toList();
        Object to = JOptionPane.showInputDialog(owner, "Move " + code.name() + " to the group", "Move a code",
                JOptionPane.PLAIN_MESSAGE, null, groups.toArray(), null);
        if (to != null) {
            later(session.perform(m -> m.editCodebook("moved " + code.name() + " to " + to,
                    w -> w.moveCode(code.id(), to.toString(), false), w -> w.moveCode(code.id(), from.id(), false))));
        }
    }

    void add(CodeGroup group) {
        String name = ask("Name of the new code in " + group.name(), "");
        if (name == null || name.isBlank()) {
            return;
        }
        later(addCode(group, name));
    }

    /**
     * Adds a code of this name to a group under the id the core gives it (the window makes no ids
     * of its own); undone by deleting that code, redone by adding it under the same id.
     */
    java.util.concurrent.CompletableFuture<Outcome> addCode(CodeGroup group, String name) {
        return session.perform(m -> {
            String codeId = m.workbench().newCodeId(name);
            return m.editCodebook("added " + name.strip() + " to " + group.name(),
                    w -> w.addCode(group.id(), codeId, name.strip()), w -> w.deleteCode(codeId, false));
        });
    }

    void merge(Code code) {
        Codebook codebook = session.codebook().orElseThrow();
        List<String> others = codebook.codes().stream().filter(c -> !c.id().equals(code.id())).map(Code::id).toList();
        Object into = JOptionPane.showInputDialog(owner, "Merge " + code.name() + " into (its " + session.codingsOf(code.id())
                + " codings move there, and it goes)", "Merge codes", JOptionPane.PLAIN_MESSAGE, null, others.toArray(), null);
        if (into != null) {
            later(mergeCode(code, into.toString(), false,
                    refusal -> javax.swing.SwingUtilities.invokeLater(() -> offerMergeAnyway(code, into.toString(), refusal))));
        }
    }

    /** Merges a code into another; undone by the core's undo of a codebook change, which puts its codings back as they were. */
    java.util.concurrent.CompletableFuture<Outcome> mergeCode(Code code, String into) {
        return mergeCode(code, into, false, refusal -> { });
    }

    /**
     * Merges a code into another, or, with {@code force}, also when codings it moves would break the
     * rules of the code they go to (they are deleted). A refusal for that reason is handed to
     * {@code atStake} (on the worker) as well as reported, so the window can offer to merge anyway.
     */
    java.util.concurrent.CompletableFuture<Outcome> mergeCode(Code code, String into, boolean force,
                                                             Consumer<CodingsAtStakeException> atStake) {
        String label = "merged " + code.name() + " into " + session.name(into);
        return session.perform(m -> m.editCodebook(label, w -> {
            try {
                w.mergeCodes(code.id(), into, force);
            } catch (CodingsAtStakeException refusal) {
                atStake.accept(refusal);
                throw refusal;
            }
        }, Workbench::undoCodebookChange));
    }

    /** The core refused a merge that would break codings: the list, and an explicit choice to merge anyway. */
    private void offerMergeAnyway(Code code, String into, CodingsAtStakeException refusal) {
        Object[] choices = {CodebookRefusal.MERGE_ANYWAY, "Keep both codes"};
        int answer = JOptionPane.showOptionDialog(owner, CodebookRefusal.describe(refusal, "Merging " + code.name() + " into "
                        + session.name(into) + " would break", CodebookRefusal.MERGE_ANYWAY), "The merge would break codings",
                JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, choices, choices[1]);
        if (answer == 0) {
            later(mergeCode(code, into, true, r -> { }));
        }
    }

    void delete(Code code) {
        long codings = session.codingsOf(code.id());
        int answer = JOptionPane.showConfirmDialog(owner, codings == 0 ? "Delete " + code.name() + "?"
                : "Delete " + code.name() + " and its " + codings + " codings?", "Delete a code", JOptionPane.OK_CANCEL_OPTION);
        if (answer == JOptionPane.OK_OPTION) {
            later(deleteCode(code));
        }
    }

    /** Deletes a code with its codings; undone by the core's undo of a codebook change, which puts them back as they were. */
    java.util.concurrent.CompletableFuture<Outcome> deleteCode(Code code) {
        return session.perform(m -> m.editCodebook("deleted " + code.name(), w -> w.deleteCode(code.id(), true),
                Workbench::undoCodebookChange));
    }

    private void later(java.util.concurrent.CompletableFuture<Outcome> outcome) {
        WindowKeys.later(outcome, report);
    }

    private String ask(String question, String initial) {
        Object answer = JOptionPane.showInputDialog(owner, question, "Codebook", JOptionPane.PLAIN_MESSAGE, null, null, initial);
        return answer == null ? null : answer.toString();
    }
}
