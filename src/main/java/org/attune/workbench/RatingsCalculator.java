package org.attune.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.Comparison;
import org.attune.agreement.Level;
import org.attune.agreement.RatingTable;
import org.attune.agreement.Subject;
import org.attune.exchange.RatingsTable;
import org.attune.io.InputFile;
import org.attune.io.UnreadableFileException;
import org.attune.io.TextDecoding;
import org.attune.model.AttuneException;

/** Agreement on ratings from elsewhere: a long CSV of unit, coder and value, with no project. */
final class RatingsCalculator {

    private RatingsCalculator() {
    }

    static AgreementLine of(Path file, Level level, int bootstrap, long seed) {
        String name = file.getFileName().toString();
        List<RatingsTable.Rating> ratings;
        try {
            ratings = RatingsTable.readCsv(name, TextDecoding.decode(InputFile.read(file, InputFile.TABLE_LIMIT)).text());
        } catch (UnreadableFileException e) {
            throw new AttuneException(file + ": " + e.getMessage(), e);
        } catch (org.attune.io.UnreadableTextException e) {
            throw new AttuneException(name + (e.line() == 0 ? "" : ", line " + e.line()) + ": " + e.getMessage(), e);
        }
        if (bootstrap < 0) {
            throw new InputException(Input.BOOTSTRAP, "the bootstrap takes a number of samples, 0 or more; got " + bootstrap);
        }
        List<String> coders = new ArrayList<>();
        Map<String, Map<String, String>> units = new LinkedHashMap<>();
        for (RatingsTable.Rating r : ratings) {
            if (!coders.contains(r.coder())) {
                coders.add(r.coder());
            }
            units.computeIfAbsent(r.unit(), u -> new LinkedHashMap<>()).put(r.coder(), r.value());
        }
        if (coders.size() < 2) {
            throw new AttuneException(name + ": agreement needs ratings by two coders or more; found "
                    + (coders.isEmpty() ? "none" : "only " + coders.get(0)));
        }
        // Numbers are categories with their values; other values are names, fit for the nominal level only.
        boolean numeric = ratings.stream().allMatch(r -> isNumber(r.value()));
        List<String> categories;
        double[] values;
        if (numeric) {
            TreeSet<Double> seen = new TreeSet<>();
            ratings.forEach(r -> seen.add(Double.parseDouble(r.value())));
            categories = seen.stream().map(RatingsCalculator::text).toList();
            values = seen.stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            if (level != Level.NOMINAL) {
                RatingsTable.Rating word = ratings.stream().filter(r -> !isNumber(r.value())).findFirst().orElseThrow();
                throw new InputException(Input.LEVEL, name + ", line " + word.line() + ": '" + word.value() + "' is not a number; the "
                        + level.label() + " level compares numbers, and names only the nominal level");
            }
            categories = List.copyOf(new TreeSet<>(ratings.stream().map(RatingsTable.Rating::value).toList()));
            values = new double[categories.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = k + 1;
            }
        }
        RatingTable.Builder table = RatingTable.builder(coders, categories, values);
        for (Map<String, String> unit : units.values()) {
            int[] row = new int[coders.size()];
            for (int c = 0; c < row.length; c++) {
                String value = unit.get(coders.get(c));
                row[c] = value == null ? RatingTable.MISSING
                        : categories.indexOf(numeric ? text(Double.parseDouble(value)) : value);
            }
            table.add(row);
        }
        Comparison comparison = numeric && level != Level.NOMINAL ? Comparison.LEVEL : Comparison.CHOICE;
        return AgreementLine.of(new Subject(name, name, comparison, level, table.build()), bootstrap, seed);
    }

    private static boolean isNumber(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
