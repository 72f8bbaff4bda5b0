package org.attune.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds .qdpx archives for tests, well-formed or hostile, entry by entry. */
public final class QdpxFiles {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public static QdpxFiles with(String name, String text) {
        return new QdpxFiles().and(name, text);
    }

    public QdpxFiles and(String name, String text) {
        return and(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public QdpxFiles and(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A project document with one text source whose text is in sources/GUID.txt and one selection of one code. */
    public static String qde(String namespace, String sourcePath, int start, int end) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project %s name="p" origin="a test">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="Ann Lee"/></Users>
                  <CodeBook><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Hope" isCodable="true"/></Codes></CodeBook>
                  <Sources>
                    <TextSource guid="33333333-3333-3333-3333-333333333333" name="Session one" plainTextPath="%s">
                      <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="%d" endPosition="%d"
                          creatingUser="11111111-1111-1111-1111-111111111111">
                        <Coding guid="55555555-5555-5555-5555-555555555555" creatingUser="11111111-1111-1111-1111-111111111111">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/>
                        </Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """.formatted(namespace == null ? "" : "xmlns=\"" + namespace + "\"", sourcePath, start, end);
    }
}
