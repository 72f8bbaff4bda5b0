/**
 * The window: a Swing (FlatLaf) workbench for coding transcripts with the keyboard, with the
 * project, the codebook, search and agreement around the transcript. It reaches the project only
 * through {@code org.attune.workbench}, reading the value types the workbench hands back. The
 * logic of coding (what a key does, undo and redo) lives in classes that need no frame, so that
 * it is tested headless; the frame's classes only lay out and paint.
 */
package org.attune.ui;
