package org.attune.codebook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP archive under an Office file (.xlsx, and the manual's .docx): a bound on what an
 * untrusted one may inflate to before POI loads it whole, and a fixed time on every entry of one
 * Attune writes, so that writing the same codebook twice gives the same bytes.
 */
final class SpreadsheetArchive {

    /** A codebook's workbook is a few hundred kilobytes inflated; a hundred times that is no codebook. */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 1_000;
    /** The earliest time a ZIP entry can carry, and the one reproducible builds use. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private SpreadsheetArchive() {
    }

    /**
     * Reads the whole archive once, refusing it when it holds too many entries or inflates past
     * {@link #MAX_INFLATED_BYTES}: POI would otherwise build the whole inflated XML in memory.
     *
     * @throws IOException when the archive is damaged or too large, with the reason
     */
    static void checkSize(byte[] content) throws IOException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException("it holds more than " + MAX_ENTRIES + " entries, far more than a workbook has");
                }
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw new IOException("it inflates to more than " + (MAX_INFLATED_BYTES >> 20)
                                + " MB, far more than a codebook (a zip bomb?)");
                    }
                }
            }
        }
        if (entries == 0) {
            throw new IOException("it is an empty archive");
        }
    }

    /** The same archive with every entry's time set to {@link #FIXED_TIME}: POI stamps them with the time of writing. */
    static byte[] withFixedTimes(byte[] archive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(archive.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // setTimeLocal, unlike setTime, does not depend on the time zone of the machine writing.
                copy.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            // The archive was made in memory a moment ago by POI.
            throw new UncheckedIOException("could not rewrite an archive Attune had just written", e);
        }
        return out.toByteArray();
    }
}
