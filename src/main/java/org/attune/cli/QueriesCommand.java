package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import org.attune.model.SavedQuery;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune queries PROJECT [--delete NAME]}: the saved queries. */
@Command(name = "queries",
        description = {"List the queries saved in a project, or delete one.",
                "Save a query with 'attune search PROJECT QUERY --save NAME'; run it with 'attune search PROJECT --saved NAME'."})
final class QueriesCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--delete", paramLabel = "NAME", description = "Delete the saved query of this name.")
    String delete;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record QueryJson(String name, String query, String coder, String created, String updated) {
        static QueryJson of(SavedQuery q) {
            return new QueryJson(q.name(), q.query(), q.coder(), q.created().toString(), q.updated().toString());
        }
    }

    @Override
    public Integer call() {
        Path file = Workbench.projectPath(project);
        if (delete != null) {
            try (Workbench workbench = Workbench.open(file)) {
                if (!workbench.deleteSavedQuery(delete)) {
                    workbench.savedQuery(delete); // names the queries there are
                }
                out().println("Deleted the saved query '" + delete + "'.");
            }
            return 0;
        }
        try (Workbench workbench = openReadOnly(file)) {
            List<SavedQuery> queries = workbench.savedQueries();
            if (json) {
                printJson(queries.stream().map(QueryJson::of).toList());
            } else if (queries.isEmpty()) {
                out().println("No saved queries yet: save one with 'attune search PROJECT QUERY --save NAME'.");
            } else {
                TextTable table = new TextTable("NAME", "CODER", "QUERY");
                queries.forEach(q -> table.row(q.name(), q.coder() == null ? "(all)" : q.coder(), q.query()));
                table.print(out());
            }
        }
        return 0;
    }
}
