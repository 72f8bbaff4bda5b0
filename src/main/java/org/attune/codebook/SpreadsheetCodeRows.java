package org.attune.codebook;

import static org.attune.codebook.SpreadsheetColumn.APPLIES_TO;
import static org.attune.codebook.SpreadsheetColumn.CODE;
import static org.attune.codebook.SpreadsheetColumn.CODE_ID;
import static org.attune.codebook.SpreadsheetColumn.COLOR;
import static org.attune.codebook.SpreadsheetColumn.DESCRIPTION;
import static org.attune.codebook.SpreadsheetColumn.EXAMPLE;
import static org.attune.codebook.SpreadsheetColumn.EXCLUSION;
import static org.attune.codebook.SpreadsheetColumn.EXCLUSIVE;
import static org.attune.codebook.SpreadsheetColumn.GROUP;
import static org.attune.codebook.SpreadsheetColumn.GROUP_DESCRIPTION;
import static org.attune.codebook.SpreadsheetColumn.GROUP_ID;
import static org.attune.codebook.SpreadsheetColumn.INCLUSION;
import static org.attune.codebook.SpreadsheetColumn.KEY;
import static org.attune.codebook.SpreadsheetColumn.KIND;
import static org.attune.codebook.SpreadsheetColumn.LEVELS;
import static org.attune.codebook.SpreadsheetColumn.MEASURE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKeys;
import org.attune.model.CodeKind;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleMeasure;

/**
 * The rows of a spreadsheet codebook, one per code, gathered into groups with every cell checked.
 * Problems are collected rather than thrown, so that a lab sees all of them in one pass.
 *
 * <p>A group is known by its name. Its rows need not be adjacent, and the group-level columns
 * (group_id, group_description, exclusive, applies_to) may be filled in one row and left empty in
 * the others; two rows that fill one differently are a problem.
 */
final class SpreadsheetCodeRows {

    private static final Set<String> YES = Set.of("yes", "true", "1", "x", "y");
    private static final Set<String> NO = Set.of("no", "false", "0", "n");

    private final SpreadsheetHeader header;
    /** The problems of the whole file, to which this adds its own, in row and column order, when finished. */
    private final List<CodebookProblem> problems;
    private final List<RowProblem> found = new ArrayList<>();
    private final Map<String, GroupRows> groups = new LinkedHashMap<>();
    private final Map<String, CodeRow> keys = new HashMap<>();
    /** Groups and codes in the order they first appear, the order ids are made from names in. */
    private final List<Identified> appearance = new ArrayList<>();

    SpreadsheetCodeRows(SpreadsheetHeader header, List<CodebookProblem> problems) {
        this.header = header;
        this.problems = problems;
    }

    void add(SpreadsheetRow row) {
        if (header.isBlank(row)) {
            return;
        }
        String groupName = header.text(row, GROUP);
        String codeName = header.text(row, CODE);
        if (groupName.isEmpty()) {
            problem(row, GROUP, codeName.isEmpty() ? "empty: every row needs the name of a group and of a code"
                    : "empty: the code '" + codeName + "' needs the name of its group");
            return;
        }
        GroupRows group = groups.get(groupName);
        if (group == null) {
            group = new GroupRows(groupName, row.number());
            groups.put(groupName, group);
            appearance.add(group);
        }
        group.read(row);
        if (codeName.isEmpty()) {
            problem(row, CODE, "empty: every row is a code of its group, and needs the code's name");
            return;
        }
        for (CodeRow other : group.codes) {
            if (other.name.equals(codeName)) {
                problem(row, CODE, "the group '" + groupName + "' already has a code '" + codeName + "', in row " + other.row);
                return;
            }
        }
        CodeRow code = new CodeRow(row, codeName);
        group.codes.add(code);
        appearance.add(code);
    }

    /**
     * The groups, with ids given or made from names; empty when a problem was found, as the rows
     * then do not make a codebook.
     */
    List<CodeGroup> finish() {
        assignIds();
        found.stream()
                .sorted(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column))
                .forEach(p -> problems.add(p.problem()));
        found.clear();
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<CodeGroup> result = new ArrayList<>();
        for (GroupRows group : groups.values()) {
            List<Code> codes = new ArrayList<>();
            for (CodeRow code : group.codes) {
                try {
                    codes.add(code.build());
                } catch (IllegalArgumentException e) {
                    // The cells were checked one by one; this catches what only the whole code can show.
                    problems.add(new CodebookProblem("row " + code.row, e.getMessage()));
                }
            }
            try {
                result.add(new CodeGroup(group.id(), group.name, group.description.value(""), group.exclusive.value(false),
                        group.appliesTo.value(AppliesTo.ANY), codes));
            } catch (IllegalArgumentException e) {
                problems.add(new CodebookProblem("row " + group.firstRow, e.getMessage()));
            }
        }
        return result;
    }

    int codeCount() {
        return groups.values().stream().mapToInt(g -> g.codes.size()).sum();
    }

    /**
     * Checks the ids the sheet gives (unique across groups and codes) and makes the missing ones
     * from names, in the order the rows name them, never repeating a given id.
     */
    private void assignIds() {
        Map<String, Identified> owners = new HashMap<>();
        for (Identified item : appearance) {
            String id = item.givenId();
            if (id != null) {
                Identified previous = owners.putIfAbsent(id, item);
                if (previous != null) {
                    problem(item.idRow(), item.idColumn(), "the id '" + id + "' is already the id of " + previous.what()
                            + " (row " + previous.idRow() + "); ids are unique across groups and codes");
                }
            }
        }
        CodeIds ids = new CodeIds();
        owners.keySet().forEach(ids::reserve);
        for (Identified item : appearance) {
            if (item.givenId() == null) {
                item.madeId(ids.fromName(item.name()));
            }
        }
    }

    private void problem(SpreadsheetRow row, SpreadsheetColumn column, String message) {
        problem(row.number(), column, message);
    }

    private void problem(int row, SpreadsheetColumn column, String message) {
        found.add(new RowProblem(row, header.position(column), new CodebookProblem(header.where(row, column), message)));
    }

    /** A problem with the cell it is about, to list problems as a reader goes through the sheet. */
    private record RowProblem(int row, int column, CodebookProblem problem) {
    }

    /** An id from a cell, or null when the cell is empty or (with a problem) not an id. */
    private String id(SpreadsheetRow row, SpreadsheetColumn column) {
        String id = header.text(row, column);
        if (id.isEmpty()) {
            return null;
        }
        if (!Code.ID.matcher(id).matches()) {
            problem(row, column, "'" + id + "' is not an id: use lower case letters, digits, '-' and '_', "
                    + "starting with a letter or digit (or leave it empty to make one from the name)");
            return null;
        }
        return id;
    }

    /** A value from a cell through a parser that gives null for what it does not know; null too when empty. */
    private <T> T choice(SpreadsheetRow row, SpreadsheetColumn column, Function<String, T> parse, String expected) {
        String text = header.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        T value = parse.apply(text);
        if (value == null) {
            problem(row, column, "'" + text + "' is not " + expected);
        }
        return value;
    }

    private static Boolean yesNo(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return YES.contains(lower) ? Boolean.TRUE : NO.contains(lower) ? Boolean.FALSE : null;
    }

    /** A group or a code: what has an id, given in the sheet or made from its name. */
    private interface Identified {

        String name();

        /** The id the sheet gives, or null. */
        String givenId();

        /** The row and column that give the id, for a problem. */
        int idRow();

        SpreadsheetColumn idColumn();

        /** "the group 'Form'", for a problem. */
        String what();

        void madeId(String id);
    }

    /** A group's rows: its name, the group-level values they give, and its codes. */
    private final class GroupRows implements Identified {

        final String name;
        final int firstRow;
        final GroupValue<String> id = new GroupValue<>(GROUP_ID);
        final GroupValue<String> description = new GroupValue<>(GROUP_DESCRIPTION);
        final GroupValue<Boolean> exclusive = new GroupValue<>(EXCLUSIVE);
        final GroupValue<AppliesTo> appliesTo = new GroupValue<>(APPLIES_TO);
        final List<CodeRow> codes = new ArrayList<>();
        String madeId;

        GroupRows(String name, int firstRow) {
            this.name = name;
            this.firstRow = firstRow;
        }

        void read(SpreadsheetRow row) {
            id.give(row, SpreadsheetCodeRows.this.id(row, GROUP_ID));
            String text = header.text(row, GROUP_DESCRIPTION);
            description.give(row, text.isEmpty() ? null : text);
            exclusive.give(row, choice(row, EXCLUSIVE, SpreadsheetCodeRows::yesNo,
                    "yes or no: write yes, no, true, false, 1, 0 or x, or leave it empty for no"));
            appliesTo.give(row, choice(row, APPLIES_TO, AppliesTo::fromLabel,
                    "a role: write therapist, client or any, or leave it empty for any"));
        }

        String id() {
            return id.value(madeId);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String givenId() {
            return id.value(null);
        }

        @Override
        public int idRow() {
            return id.row;
        }

        @Override
        public SpreadsheetColumn idColumn() {
            return GROUP_ID;
        }

        @Override
        public String what() {
            return "the group '" + name + "'";
        }

        @Override
        public void madeId(String made) {
            madeId = made;
        }

        /** One group-level value, as the first row that fills it gives it. */
        private final class GroupValue<T> {

            final SpreadsheetColumn column;
            T value;
            int row;
            String text;

            GroupValue(SpreadsheetColumn column) {
                this.column = column;
            }

            void give(SpreadsheetRow at, T given) {
                if (given == null) {
                    return;
                }
                if (value == null) {
                    value = given;
                    row = at.number();
                    text = header.text(at, column);
                } else if (!Objects.equals(value, given)) {
                    problem(at, column, "the group '" + name + "' has '" + header.text(at, column) + "' here but '"
                            + text + "' in row " + row + ": all rows of a group must agree on group_id, "
                            + "group_description, exclusive and applies_to (or leave them empty)");
                }
            }

            T value(T otherwise) {
                return value == null ? otherwise : value;
            }
        }
    }

    /** A code's row, each cell checked as it is read. */
    private final class CodeRow implements Identified {

        final int row;
        final String name;
        final String id;
        final String description;
        final String inclusion;
        final String exclusion;
        final List<String> examples;
        final String color;
        final String key;
        final CodeKind kind;
        final ScaleMeasure measure;
        final List<ScaleLevel> levels;
        String madeId;

        CodeRow(SpreadsheetRow cells, String name) {
            this.row = cells.number();
            this.name = name;
            this.id = SpreadsheetCodeRows.this.id(cells, CODE_ID);
            this.description = header.text(cells, DESCRIPTION);
            this.inclusion = header.text(cells, INCLUSION);
            this.exclusion = header.text(cells, EXCLUSION);
            this.examples = header.text(cells, EXAMPLE).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            this.color = color(cells);
            this.key = key(cells);
            this.levels = levels(cells);
            CodeKind givenKind = choice(cells, KIND, CodeKind::fromLabel, "a kind: write flag or scale, or leave it empty");
            this.measure = choice(cells, MEASURE, ScaleMeasure::fromLabel,
                    "a measure: write ordinal, interval or ratio, or leave it empty for ordinal");
            this.kind = kind(cells, givenKind);
        }

        /** A kind left empty is a scale when the row gives levels or a measure, and a flag otherwise. */
        private CodeKind kind(SpreadsheetRow cells, CodeKind given) {
            boolean scaleCells = !header.text(cells, LEVELS).isEmpty() || measure != null;
            CodeKind kind = given != null ? given : scaleCells ? CodeKind.SCALE : CodeKind.FLAG;
            if (given == CodeKind.FLAG) {
                if (!header.text(cells, LEVELS).isEmpty()) {
                    problem(cells, LEVELS, "the code '" + name + "' is a flag, which has no levels: "
                            + "make its kind 'scale', or empty this cell");
                }
                if (measure != null) {
                    problem(cells, MEASURE, "the code '" + name + "' is a flag, which has no measure: "
                            + "make its kind 'scale', or empty this cell");
                }
            }
            if (kind == CodeKind.SCALE && levels != null && levels.size() < 2) {
                problem(cells, header.has(LEVELS) ? LEVELS : KIND, "the scale '" + name + "' needs at least two levels, "
                        + "as '1=Low; 2=High'" + (levels.size() == 1 ? " (it has one)" : ""));
            }
            return kind;
        }

        private String color(SpreadsheetRow cells) {
            String text = header.text(cells, COLOR);
            if (text.isEmpty()) {
                return null;
            }
            // "4E79A7" is what a lab types when it forgets the '#'; it can mean nothing else.
            String color = text.startsWith("#") ? text : "#" + text;
            if (!Code.COLOR.matcher(color).matches()) {
                problem(cells, COLOR, "'" + text + "' is not a color: write #RRGGBB, as #4E79A7");
                return null;
            }
            return color;
        }

        private String key(SpreadsheetRow cells) {
            String text = header.text(cells, KEY);
            if (text.isEmpty()) {
                return null;
            }
            if (!CodeKeys.isValid(text)) {
                problem(cells, KEY, "the key '" + text + "' " + CodeKeys.rule());
                return null;
            }
            CodeRow other = keys.putIfAbsent(text, this);
            if (other != null) {
                problem(cells, KEY, "the key '" + text + "' is already the key of '" + other.name + "' in row "
                        + other.row + "; two codes cannot share a key");
                return null;
            }
            return text;
        }

        /** The levels, or null when the cell is not readable (a problem already says why). */
        private List<ScaleLevel> levels(SpreadsheetRow cells) {
            try {
                return SpreadsheetLevels.parse(header.text(cells, LEVELS));
            } catch (IllegalArgumentException e) {
                problem(cells, LEVELS, e.getMessage());
                return null;
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String givenId() {
            return id;
        }

        @Override
        public int idRow() {
            return row;
        }

        @Override
        public SpreadsheetColumn idColumn() {
            return CODE_ID;
        }

        @Override
        public String what() {
            return "the code '" + name + "'";
        }

        @Override
        public void madeId(String made) {
            madeId = made;
        }

        Code build() {
            return new Code(id == null ? madeId : id, name, description, inclusion, exclusion, examples, color, key, kind,
                    kind == CodeKind.SCALE ? measure : null, kind == CodeKind.SCALE ? levels : List.of());
        }
    }
}
