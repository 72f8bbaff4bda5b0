package org.attune.workbench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.attune.codebook.QdcCodebook;
import org.attune.exchange.QdpxProject;
import org.attune.exchange.QdpxSelection;
import org.attune.exchange.QdpxSource;
import org.attune.exchange.QdpxUser;
import org.attune.exchange.QdpxVariable;
import org.attune.exchange.QdpxWriter;
import org.attune.exchange.TranscriptLayout;
import org.attune.io.AtomicFile;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

/**
 * Writes a project as a REFI-QDA project (.qdpx): each transcript as a text source laid out by
 * {@link TranscriptLayout}, each coding as a selection of its coder, coders as users, the codebook
 * with its groups as folders, memos as notes, dyad, session and date as variables. With a
 * pseudonym list, names are replaced in everything that leaves (speakers, text, memos, the codebook's
 * text, coders', transcripts', files', dyads' and the project's names), codings follow, and the file
 * written is scanned for the listed names before it is kept ({@link LeftoverScan}).
 */
final class QdpxExport {

    private final ProjectStore store;
    private final CodebookEditor codebooks;
    private final Clock clock;

    QdpxExport(ProjectStore store, CodebookEditor codebooks, Clock clock) {
        this.store = store;
        this.codebooks = codebooks;
        this.clock = clock;
    }

    QdpxExportReport export(Path out, Pseudonyms pseudonyms) {
        return export(out, pseudonyms, "", Progress.NONE, Leftovers.REFUSE);
    }

    /**
     * @param description what the project says of itself: a pack says whose it is
     * @param progress told of each transcript before it is written; may throw to stop the export
     * @param leftovers with a list, what to do when the written file, scanned, still holds a listed name
     */
    QdpxExportReport export(Path out, Pseudonyms pseudonyms, String description, Progress progress, Leftovers leftovers) {
        String name = out.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx")) {
            throw new AttuneException(name + ": a REFI-QDA project file ends in .qdpx");
        }
        PseudonymReport.Builder replaced = new PseudonymReport.Builder(pseudonyms);
        Map<String, Integer> elsewhere = new LinkedHashMap<>();
        Codebook codebook = codebooks.codebook().orElse(null);
        List<TranscriptSummary> summaries = store.transcripts();
        List<String> coders = store.coderNames();
        String projectName = store.path().getFileName().toString().replaceFirst("\\.attune$", "");
        if (pseudonyms != null) {
            // Everything else that leaves: the codebook's text, the coders' and the project's names, what it says of itself.
            codebook = pseudonyms.codebook(codebook, elsewhere);
            coders = coders.stream().map(c -> pseudonyms.name(c, elsewhere)).toList();
            projectName = pseudonyms.name(projectName, elsewhere);
            description = pseudonyms.text(description, elsewhere);
        }
        Codebook book = codebook;
        Map<String, QdpxVariable.Type> variables = new LinkedHashMap<>();
        summaries.stream().filter(t -> t.session().dyad() != null).findAny().ifPresent(t -> variables.put("dyad", QdpxVariable.Type.TEXT));
        summaries.stream().filter(t -> t.session().session() != null).findAny()
                .ifPresent(t -> variables.put("session", QdpxVariable.Type.INTEGER));
        summaries.stream().filter(t -> t.session().date() != null).findAny().ifPresent(t -> variables.put("date", QdpxVariable.Type.DATE));
        NameCheck check = new NameCheck(store);
        int[] counts = new int[2];
        int[] written = {0};
        // One transcript at a time, read when the writer asks for it: the export holds no more than that in memory.
        Iterable<QdpxSource> sources = () -> summaries.stream().map(summary -> {
            progress.update(written[0]++, summaries.size(), summary.name());
            Transcript transcript = store.transcript(summary.name()).orElseThrow();
            Pseudonyms.Applied leaving = Pseudonyms.leaving(pseudonyms, transcript, store.codingsOfTranscript(summary.name()), replaced);
            check.look(leaving.transcript());
            counts[0] += leaving.codings().size();
            counts[1] += (int) leaving.codings().stream().filter(c -> c.memo() != null).count();
            return source(leaving.transcript(), leaving.codings(), book);
        }).iterator();
        List<QdpxUser> users = coders.stream().map(c -> new QdpxUser(userGuid(c), c)).toList();
        QdpxProject header = new QdpxProject(projectName, "Attune", clock.instant(), description, users, List.of());
        boolean hasCodes = book != null && !book.groups().isEmpty();
        // With a list, the file is written beside its place, scanned, and only moved there when no listed name is left in it.
        Path checking = pseudonyms == null ? out : AtomicFile.beside(out, ".qdpx");
        List<String> warnings = new ArrayList<>();
        try {
            QdpxWriter.write(header, variables, sources,
                    hasCodes ? xml -> QdcCodebook.writeProjectCodeBook(book, xml) : null,
                    hasCodes ? xml -> QdcCodebook.writeProjectSets(book, xml) : null,
                    checking);
            if (pseudonyms != null) {
                warnings.addAll(LeftoverScan.judge(name, LeftoverScan.qdpx(checking, pseudonyms), leftovers));
            }
            progress.update(summaries.size(), summaries.size(), "");
            if (pseudonyms != null) {
                replace(checking, out);
            }
        } finally {
            if (pseudonyms != null) {
                ProjectFiles.deleteQuietly(checking);
            }
        }
        warnings.addAll(0, check.warnings());
        if (pseudonyms != null) {
            replaced.add(elsewhere);
        }
        return new QdpxExportReport(out, summaries.size(), counts[0], coders, counts[1],
                pseudonyms == null ? null : replaced.build(), warnings);
    }

    /** Puts the checked file in its place, whole: replacing an older export there, as an export without a list does. */
    private static void replace(Path written, Path out) {
        try {
            try {
                java.nio.file.Files.move(written, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                java.nio.file.Files.move(written, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            throw new AttuneException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** A transcript as a text source: its text laid out with labels, its codings as selections, its session as variables. */
    private static QdpxSource source(Transcript transcript, List<Coding> codings, Codebook codebook) {
        TranscriptLayout layout = TranscriptLayout.of(transcript);
        List<QdpxSelection> selections = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            int[] at = layout.positions(c.span());
            Code code = codebook == null ? null : codebook.code(c.codeId()).orElse(null);
            selections.add(new QdpxSelection(selectionGuid(c), code == null ? c.codeId() : code.name(), at[0], at[1],
                    userGuid(c.coder()), QdcCodebook.codeGuid(c.codeId()), level(code, c.value()), c.memo(), c.created(),
                    c.updated()));
        }
        return new QdpxSource(QdpxWriter.guid("attune:transcript:" + transcript.name()), transcript.name(), layout.text(),
                layout.description(), selections, variables(transcript));
    }

    /** A scale coding's level, in the selection's description, where other tools show it and Attune reads it back. */
    static String level(Code code, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String label = code == null ? "" : code.level(value).map(l -> " = " + l.label()).orElse("");
        return QdpxImport.LEVEL + value.toPlainString() + label;
    }

    private static List<QdpxVariable> variables(Transcript transcript) {
        List<QdpxVariable> variables = new ArrayList<>();
        if (transcript.session().dyad() != null) {
            variables.add(new QdpxVariable("dyad", QdpxVariable.Type.TEXT, transcript.session().dyad()));
        }
        if (transcript.session().session() != null) {
            variables.add(new QdpxVariable("session", QdpxVariable.Type.INTEGER, transcript.session().session().toString()));
        }
        if (transcript.session().date() != null) {
            variables.add(new QdpxVariable("date", QdpxVariable.Type.DATE, transcript.session().date().toString()));
        }
        return variables;
    }

    static String userGuid(String coder) {
        return QdpxWriter.guid("attune:coder:" + coder);
    }

    private static String selectionGuid(Coding c) {
        return QdpxWriter.guid("attune:coding:" + c.coder() + "\n" + c.transcript() + "\n" + c.codeId() + "\n" + c.span());
    }
}
