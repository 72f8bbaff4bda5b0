package org.attune.codebook;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A color as REFI-QDA tools write it, read as Attune keeps colors: #RRGGBB in upper case.
 *
 * <p>Accepted: {@code #RRGGBB} and {@code #RGB} (the standard's), {@code rgb(r, g, b)} and
 * {@code rgba(r, g, b, a)} (NVivo, MAXQDA), and eight hex digits. Eight digits are ambiguous:
 * Windows tools built on .NET or Qt write alpha first ({@code #AARRGGBB}), CSS writes it last
 * ({@code #RRGGBBAA}). Attune reads {@code #AARRGGBB}, unless the first pair is not {@code FF}
 * and the last one is, which only an opaque {@code #RRGGBBAA} explains. Alpha is dropped.
 *
 * @param rgb the color as #RRGGBB, or null when the text is no color Attune can read
 * @param transparencyDropped whether the text gave a color that was not fully opaque
 */
record QdcColor(String rgb, boolean transparencyDropped) {

    private static final Pattern HEX = Pattern.compile("#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})");
    private static final Pattern FUNCTION = Pattern.compile(
            "rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(?:,\\s*([0-9.]{1,10})\\s*)?\\)",
            Pattern.CASE_INSENSITIVE);

    static QdcColor parse(String text) {
        String color = text.strip();
        Matcher hex = HEX.matcher(color);
        if (hex.matches() && (color.startsWith("#") || hex.group(1).length() != 3)) {
            return fromHex(hex.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher function = FUNCTION.matcher(color);
        if (function.matches()) {
            return fromFunction(function);
        }
        return new QdcColor(null, false);
    }

    /** #RRGGBB in upper case, #RGB expanded; assumes the text is a color Attune keeps (#RRGGBB or #RGB). */
    static String normalized(String color) {
        return fromHex(color.substring(1).toUpperCase(Locale.ROOT)).rgb();
    }

    private static QdcColor fromHex(String digits) {
        return switch (digits.length()) {
            case 3 -> new QdcColor("#" + twice(digits.charAt(0)) + twice(digits.charAt(1)) + twice(digits.charAt(2)), false);
            case 6 -> new QdcColor("#" + digits, false);
            default -> {
                boolean alphaLast = !digits.startsWith("FF") && digits.endsWith("FF");
                String alpha = alphaLast ? digits.substring(6) : digits.substring(0, 2);
                String rgb = alphaLast ? digits.substring(0, 6) : digits.substring(2);
                yield new QdcColor("#" + rgb, !alpha.equals("FF"));
            }
        };
    }

    private static QdcColor fromFunction(Matcher function) {
        StringBuilder rgb = new StringBuilder("#");
        for (int i = 1; i <= 3; i++) {
            int channel = Integer.parseInt(function.group(i));
            if (channel > 255) {
                return new QdcColor(null, false);
            }
            rgb.append(String.format(Locale.ROOT, "%02X", channel));
        }
        return new QdcColor(rgb.toString(), function.group(4) != null && !isOpaque(function.group(4)));
    }

    /** CSS alpha is 0 to 1, but some tools write 0 to 255: both say opaque at their top. */
    private static boolean isOpaque(String alpha) {
        return alpha.matches("1(\\.0*)?|255");
    }

    private static String twice(char c) {
        return String.valueOf(c) + c;
    }
}
