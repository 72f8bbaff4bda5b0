package org.attune.ui;

import java.util.List;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.ScaleLevel;

/** A code's or group's definition, criteria and examples as the small HTML the detail pane shows. */
final class CodeDescription {

    private CodeDescription() {
    }

    static String html(Code code, ProjectSession session) {
        StringBuilder out = new StringBuilder("<html><body style='margin:6px'>");
        out.append("<b>").append(escape(code.name())).append("</b>");
        out.append(" <span style='color:gray'>").append(escape(code.id()));
        CodeKeys keys = CodeKeys.of(session.view().codebook());
        String key = keys.keyOf(code.id());
        if (code.key() != null) {
            out.append(" · key ").append(escape(code.key()));
        } else if (key != null) {
            out.append(" · keys ").append(escape(key.substring(0, 1))).append(" then ").append(escape(key.substring(1)));
        }
        out.append(" · ").append(session.codingsOf(code.id())).append(" codings</span>");
        if (code.key() == null) {
            List<String> free = keys.freeLetters();
            out.append("<p style='color:gray'>No key of its own").append(key == null ? "" : ": press " + escape(key.substring(0, 1))
                    + " then " + escape(key.substring(1)) + " to apply it").append(free.isEmpty() ? "." : ". Free letters to give it one (F2 menu, Key…): "
                    + escape(String.join(" ", free.subList(0, Math.min(12, free.size()))))).append("</p>");
        }
        paragraph(out, null, code.description());
        paragraph(out, "Apply when", code.inclusion());
        paragraph(out, "Do not apply when", code.exclusion());
        if (code.isScale()) {
            out.append("<p><b>Levels</b> (press the key, then the digit)</p><ul>");
            for (ScaleLevel level : code.levels()) {
                out.append("<li>").append(escape(level.valueText()));
                if (level.label() != null && !level.label().isBlank()) {
                    out.append(" – ").append(escape(level.label()));
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        if (!code.examples().isEmpty()) {
            out.append("<p><b>Examples</b></p><ul>");
            code.examples().forEach(e -> out.append("<li><i>").append(escape(e)).append("</i></li>"));
            out.append("</ul>");
        }
        return out.append("</body></html>").toString();
    }

    static String html(CodeGroup group) {
        StringBuilder out = new StringBuilder("<html><body style='margin:6px'><b>").append(escape(group.name())).append("</b>");
        out.append(" <span style='color:gray'>").append(group.exclusive() ? "one code per turn" : "any number of codes per turn")
                .append(" · ").append(group.appliesTo().label()).append(" turns</span>");
        paragraph(out, null, group.description());
        return out.append("</body></html>").toString();
    }

    private static void paragraph(StringBuilder out, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append("<p>");
        if (title != null) {
            out.append("<b>").append(title).append(":</b> ");
        }
        out.append(escape(text.strip())).append("</p>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
