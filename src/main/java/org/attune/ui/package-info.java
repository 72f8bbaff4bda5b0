/**
 * The window: a Swing (FlatLaf) workbench for coding transcripts with the keyboard, with the
 * project, the codebook, search and agreement around the transcript. It reaches the project only
 * through {@code org.attune.workbench}, reading the value types the workbench hands back.
 *
 * <p>How things flow: the event thread never waits for the project. {@link org.attune.ui.ProjectSession}
 * owns the workbench on a thread of its own; a key press is turned by {@code KeyCoding} into an
 * action that the owner runs against {@code SessionModel} (what a key means is decided there,
 * against what is saved), the workbench saves and indexes it, and the owner publishes an immutable
 * {@code SessionView} that the panels and the painting read on the event thread. Long reading work
 * (a search that builds the index, agreement, the analysis tables) runs in the background on a
 * reader of its own, so coding goes on meanwhile; long writing work (an import, a merge, starting
 * consensus) runs on the owner, after which the screen reads the project again. Every key is bound
 * through {@code WindowKeys}, which says what it does and whether its job is a change: F1 lists the
 * keys from there, and a test presses them all. The logic of coding lives in classes that need no
 * frame, so that it is tested headless; the frame's classes only lay out and paint.
 */
package org.attune.ui;
