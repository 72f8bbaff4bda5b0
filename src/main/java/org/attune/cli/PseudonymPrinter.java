package org.attune.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.attune.workbench.PseudonymReport;

/** Says what a pseudonym list replaced, name by name (the replacements themselves stay out of logs). */
final class PseudonymPrinter {

    private PseudonymPrinter() {
    }

    static void print(PrintWriter out, PseudonymReport report) {
        if (report == null) {
            return;
        }
        int total = report.replaced().values().stream().mapToInt(Integer::intValue).sum();
        out.println("Pseudonymized: " + total + " replacements.");
        for (Map.Entry<String, Integer> e : report.replaced().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue() + (e.getValue() == 0 ? " (not found)" : ""));
        }
    }
}
