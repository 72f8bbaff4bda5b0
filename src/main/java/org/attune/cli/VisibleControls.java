package org.attune.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text on its way to a terminal with its control characters made visible: ESC, a bell or a
 * backspace from a transcript or a file name must not move the cursor, recolour the terminal or hide
 * what is printed. Each control character except line feed and tab becomes its Unicode control
 * picture (ESC is ␛, a carriage return ␍), and a C1 control or DEL a ␡-like picture.
 */
final class VisibleControls extends FilterWriter {

    VisibleControls(Writer out) {
        super(out);
    }

    /** The character as shown: itself, or its control picture. */
    static char shown(char c) {
        if (c == '\n' || c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F || c >= 0x80 && c <= 0x9F) {
            return '\u2421';
        }
        return c;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(shown((char) c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        char[] copy = new char[length];
        for (int i = 0; i < length; i++) {
            copy[i] = shown(buffer[offset + i]);
        }
        out.write(copy, 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
