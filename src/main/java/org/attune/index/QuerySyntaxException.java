package org.attune.index;

import org.attune.model.AttuneException;

/**
 * A query that cannot be understood. The message says what is wrong and shows the query with a
 * caret under the place, when there is one.
 */
public final class QuerySyntaxException extends AttuneException {

    private final String query;
    private final int position;
    private final String problem;

    /**
     * @param problem what is wrong, in the user's terms
     * @param query the query as typed
     * @param position where in it, from 0, or -1 when the whole query is at fault
     */
    public QuerySyntaxException(String problem, String query, int position) {
        super(format(problem, query, position));
        this.problem = problem;
        this.query = query;
        this.position = position;
    }

    public String problem() {
        return problem;
    }

    public String query() {
        return query;
    }

    /** Where in the query the problem lies, from 0, or -1 for the whole query. */
    public int position() {
        return position;
    }

    private static String format(String problem, String query, int position) {
        String message = "invalid query: " + problem;
        if (position < 0 || query.contains("\n")) {
            return message;
        }
        return message + "\n  " + query + "\n  " + " ".repeat(Math.min(position, query.length())) + "^";
    }
}
