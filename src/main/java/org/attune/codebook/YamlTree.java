package org.attune.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML document as a tree whose every node knows its line and column, so that validation can
 * say exactly where a problem is. Read with Jackson's streaming YAML parser; the data binding
 * would lose the positions.
 */
final class YamlTree {

    /** A node and where it starts. */
    sealed interface Node permits Mapping, Sequence, Scalar {
        int line();

        int column();

        /** What kind of node this is, for messages: "a list", "a mapping", "a text". */
        String kind();
    }

    /** A mapping; its entries keep their order and their keys' positions. */
    record Mapping(int line, int column, Map<String, Entry> entries) implements Node {
        @Override
        public String kind() {
            return "a mapping of fields";
        }
    }

    record Entry(String key, int line, int column, Node value) {
    }

    record Sequence(int line, int column, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar as written ({@code text}), and whether YAML read it as a null, a boolean or a number.
     */
    record Scalar(int line, int column, String text, JsonToken token) implements Node {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        @Override
        public String kind() {
            return switch (token) {
                case VALUE_NULL -> "nothing";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                default -> "a text";
            };
        }
    }

    /** A problem found while building the tree that does not stop it: a key given twice, an alias. */
    record Flaw(int line, int column, String message) {
    }

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(16L << 20)
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .build())
            .build();

    private final List<Flaw> flaws = new ArrayList<>();

    private YamlTree() {
    }

    /** A parsed document: its root (null when empty) and its flaws. */
    record Document(Node root, List<Flaw> flaws) {
    }

    /**
     * Parses a document.
     *
     * @throws JacksonException when the text is not YAML; its location says where
     */
    static Document parse(String text) {
        YamlTree tree = new YamlTree();
        try (JsonParser parser = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            Node root = first == null ? null : tree.node(parser);
            return new Document(root, List.copyOf(tree.flaws));
        }
    }

    private Node node(JsonParser parser) {
        TokenStreamLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                TokenStreamLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                Node value = node(parser);
                Entry previous = entries.get(key);
                if (previous != null) {
                    flaws.add(new Flaw(keyAt.getLineNr(), keyAt.getColumnNr(), "field '" + key + "' is given twice (first on line "
                            + previous.line() + ")"));
                } else {
                    entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                }
            }
            return new Mapping(line, column, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new Sequence(line, column, items);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // The parser hands an alias over as its anchor's name; expanding it is how alias bombs work.
            flaws.add(new Flaw(line, column, "YAML anchors and aliases are not supported: write the text out"));
        }
        return new Scalar(line, column, token == JsonToken.VALUE_NULL ? "" : parser.getString(), token);
    }
}
