package org.attune.workbench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attune.codebook.QdcCodebook;
import org.attune.exchange.QdpxProject;
import org.attune.exchange.QdpxSelection;
import org.attune.exchange.QdpxSource;
import org.attune.exchange.QdpxUser;
import org.attune.exchange.QdpxVariable;
import org.attune.exchange.QdpxWriter;
import org.attune.exchange.TranscriptLayout;
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
 * pseudonym list, names are replaced in speakers and text first, and codings follow.
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
        return export(out, pseudonyms, "");
    }

    /** @param description what the project says of itself: a pack says whose it is */
    QdpxExportReport export(Path out, Pseudonyms pseudonyms, String description) {
        String name = out.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx")) {
            throw new AttuneException(name + ": a REFI-QDA project file ends in .qdpx");
        }
        Codebook codebook = codebooks.codebook().orElse(null);
        List<QdpxSource> sources = new ArrayList<>();
        Set<String> coders = new LinkedHashSet<>();
        int codings = 0;
        int memos = 0;
        PseudonymReport.Builder replaced = new PseudonymReport.Builder(pseudonyms);
        NameCheck check = new NameCheck(store);
        for (TranscriptSummary summary : store.transcripts()) {
            Transcript transcript = store.transcript(summary.name()).orElseThrow();
            List<Coding> its = store.codingsOfTranscript(summary.name());
            Pseudonyms.Applied leaving = Pseudonyms.leaving(pseudonyms, transcript, its, replaced);
            transcript = leaving.transcript();
            its = leaving.codings();
            check.look(transcript);
            TranscriptLayout layout = TranscriptLayout.of(transcript);
            List<QdpxSelection> selections = new ArrayList<>(its.size());
            for (Coding c : its) {
                int[] at = layout.positions(c.span());
                Code code = codebook == null ? null : codebook.code(c.codeId()).orElse(null);
                selections.add(new QdpxSelection(selectionGuid(c), code == null ? c.codeId() : code.name(), at[0], at[1],
                        userGuid(c.coder()), QdcCodebook.codeGuid(c.codeId()), level(code, c.value()), c.memo(), c.created(),
                        c.updated()));
                coders.add(c.coder());
                codings++;
                memos += c.memo() == null ? 0 : 1;
            }
            sources.add(new QdpxSource(QdpxWriter.guid("attune:transcript:" + transcript.name()), transcript.name(), layout.text(),
                    layout.description(), selections, variables(transcript)));
        }
        store.coderNames().forEach(coders::add);
        List<QdpxUser> users = coders.stream().map(c -> new QdpxUser(userGuid(c), c)).toList();
        String projectName = store.path().getFileName().toString().replaceFirst("\\.attune$", "");
        QdpxProject project = new QdpxProject(projectName, "Attune", clock.instant(), description, users, sources);
        QdpxWriter.write(project,
                codebook == null || codebook.groups().isEmpty() ? null : out1 -> QdcCodebook.writeProjectCodeBook(codebook, out1),
                codebook == null || codebook.groups().isEmpty() ? null : out1 -> QdcCodebook.writeProjectSets(codebook, out1),
                out);
        return new QdpxExportReport(out, sources.size(), codings, List.copyOf(coders), memos,
                pseudonyms == null ? null : replaced.build(), check.warnings());
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
