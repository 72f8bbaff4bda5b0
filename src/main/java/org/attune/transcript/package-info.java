/**
 * Reading session transcripts: one reader per file format (plain text, DOCX, WebVTT, SRT,
 * CSV/TSV), detection of the format and the text encoding, and the mapping of speakers to roles.
 *
 * <p>Readers turn bytes into {@link org.attune.transcript.Utterance}s and never touch a project;
 * {@link org.attune.transcript.TranscriptFileReader} turns a file on disk into a
 * {@link org.attune.model.Transcript}. Every problem with the input is a
 * {@link org.attune.transcript.TranscriptFormatException} naming the file, the line and what
 * was expected. Adding a format is one new reader and one constant of
 * {@link org.attune.transcript.TranscriptFormat}.
 */
package org.attune.transcript;
