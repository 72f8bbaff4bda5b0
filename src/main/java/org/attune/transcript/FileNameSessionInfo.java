package org.attune.transcript;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.model.SessionInfo;

/**
 * Reads the dyad, session number and date from a file name, as research teams name their files:
 * {@code d01-s03.txt}, {@code client12_session4.docx}, {@code D02 S1 2025-03-04.vtt}. What the name
 * does not say stays unknown.
 */
public final class FileNameSessionInfo {

    private static final Pattern SESSION = Pattern.compile(
            "(?i)^(?<dyad>.*?)[-_ .]*(?<!\\p{L})(?:s|ses|sess|session)[-_ ]?(?<number>\\d{1,4})(?=$|[-_ .])");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private FileNameSessionInfo() {
    }

    /** The session information a file name (without its extension) holds. */
    public static SessionInfo parse(String baseName) {
        LocalDate date = null;
        String rest = baseName;
        Matcher d = DATE.matcher(baseName);
        if (d.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                rest = (baseName.substring(0, d.start()) + baseName.substring(d.end())).strip();
            } catch (DateTimeException e) {
                date = null;
            }
        }
        Matcher s = SESSION.matcher(rest);
        if (!s.find()) {
            return new SessionInfo(null, null, date);
        }
        int number = Integer.parseInt(s.group("number"));
        String dyad = s.group("dyad").replaceAll("^[-_ .]+|[-_ .]+$", "");
        return new SessionInfo(dyad.isEmpty() ? null : dyad, number >= 1 ? number : null, date);
    }
}
