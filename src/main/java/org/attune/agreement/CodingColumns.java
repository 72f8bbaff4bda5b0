package org.attune.agreement;

import java.util.List;
import org.attune.model.Coding;

/**
 * A transcript's codings as {@link TurnUnits} reads them, one coding at a time by index: who,
 * which code, from which turn to which, and the level's value (NaN for a flag). Lets a project's
 * codings come as columns read straight from the project file, or as {@link Coding} records.
 */
public interface CodingColumns {

    int size();

    String coder(int i);

    String code(int i);

    int startTurn(int i);

    int endTurn(int i);

    double value(int i);

    /** The columns of a list of codings. */
    static CodingColumns of(List<Coding> codings) {
        return new CodingColumns() {
            @Override
            public int size() {
                return codings.size();
            }

            @Override
            public String coder(int i) {
                return codings.get(i).coder();
            }

            @Override
            public String code(int i) {
                return codings.get(i).codeId();
            }

            @Override
            public int startTurn(int i) {
                return codings.get(i).span().startTurn();
            }

            @Override
            public int endTurn(int i) {
                return codings.get(i).span().endTurn();
            }

            @Override
            public double value(int i) {
                return codings.get(i).value() == null ? Double.NaN : codings.get(i).value().doubleValue();
            }
        };
    }
}
