package org.attune.cli;

import java.util.List;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;
import org.attune.workbench.CurrentCodebook;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook show PROJECT}: the codebook, group by group, with each code's key and codings. */
@Command(name = "show", description = "Show a project's codebook: groups, codes, keys and how often each code was applied.")
final class CodebookShowCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--json", description = "Print JSON: the whole codebook, with the version and each code's codings.")
    boolean json;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    /** The JSON form. */
    record CodebookJson(String name, String version, int projectVersion, String savedAt, String change, String description,
                        List<String> authors, List<String> citations, String notes, List<GroupJson> groups) {
    }

    /** The JSON form of a group. */
    record GroupJson(String id, String name, String description, boolean exclusive, String appliesTo, List<CodeJson> codes) {
    }

    /** The JSON form of a code. */
    record CodeJson(String id, String name, String description, String inclusion, String exclusion, List<String> examples,
                    String color, String key, String kind, String measure, List<LevelJson> levels, long codings) {
    }

    /** The JSON form of a scale level. */
    record LevelJson(Number value, String label) {
    }

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            var current = viewer.of(workbench, null).codebook();
            if (current.isEmpty()) {
                if (json) {
                    printJson(null);
                } else {
                    out().println("No codebook yet. Attach one with: attune codebook use " + workbench.path() + " FILE");
                }
                return 0;
            }
            if (json) {
                printJson(toJson(current.get()));
            } else {
                print(current.get());
            }
        }
        return 0;
    }

    private void print(CurrentCodebook current) {
        Codebook codebook = current.codebook();
        out().println(codebook.name() + " " + codebook.version() + " · version " + current.version() + " in this project · "
                + codebook.codes().size() + " codes");
        for (CodeGroup group : codebook.groups()) {
            out().println();
            out().println(group.name() + "  (" + group.id() + "; " + group.appliesTo().label() + " turns"
                    + (group.exclusive() ? "; one per turn" : "") + ")");
            TextTable table = new TextTable("  KEY", "ID", "NAME", "KIND", "CODINGS");
            table.alignRight(4);
            for (Code code : group.codes()) {
                table.row("  " + (code.key() == null ? "" : code.key()), code.id(), code.name(),
                        code.isScale() ? "scale " + code.levels().getFirst().valueText() + "-" + code.levels().getLast().valueText()
                                : "flag",
                        String.valueOf(current.codingsOf(code.id())));
            }
            table.print(out());
        }
    }

    private static CodebookJson toJson(CurrentCodebook current) {
        Codebook c = current.codebook();
        return new CodebookJson(c.name(), c.version(), current.version(), current.savedAt().toString(), current.change(),
                c.description(), c.authors(), c.citations(), c.notes(), c.groups().stream().map(g -> new GroupJson(g.id(),
                        g.name(), g.description(), g.exclusive(), g.appliesTo().label(), g.codes().stream()
                        .map(k -> new CodeJson(k.id(), k.name(), k.description(), k.inclusion(), k.exclusion(), k.examples(),
                                k.color(), k.key(), k.kind().label(), k.measure() == null ? null : k.measure().label(),
                                k.levels().stream().map(CodebookShowCommand::level).toList(), current.codingsOf(k.id())))
                        .toList())).toList());
    }

    private static LevelJson level(ScaleLevel level) {
        return new LevelJson(level.value(), level.label());
    }
}
