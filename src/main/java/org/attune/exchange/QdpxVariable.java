package org.attune.exchange;

/**
 * A variable of a REFI-QDA project, with the value a source has for it.
 *
 * @param name the variable's name ("dyad", "session", "date")
 * @param type its REFI-QDA type
 * @param value the source's value, as text (an integer, or a date as yyyy-mm-dd, for those types)
 */
public record QdpxVariable(String name, Type type, String value) {

    /** The REFI-QDA types Attune writes and reads; others are read as text. */
    public enum Type {
        TEXT("Text", "TextValue"), INTEGER("Integer", "IntegerValue"), DATE("Date", "DateValue");

        private final String label;
        private final String valueElement;

        Type(String label, String valueElement) {
            this.label = label;
            this.valueElement = valueElement;
        }

        /** The name in {@code typeOfVariable}. */
        public String label() {
            return label;
        }

        /** The element that holds a value of this type. */
        public String valueElement() {
            return valueElement;
        }
    }
}
