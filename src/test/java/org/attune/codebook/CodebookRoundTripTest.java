package org.attune.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.model.Codebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The shipped codebook through every format Attune writes and reads. */
class CodebookRoundTripTest {

    @TempDir
    Path dir;

    private static Codebook conversationalModel() throws IOException {
        return CodebookYaml.read("conversational-model.yaml",
                Files.readString(Path.of("codebooks/conversational-model.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void itsQdcIsValidAgainstTheSchemaAndComesBackTheSame() throws IOException, SAXException {
        Codebook codebook = conversationalModel();
        byte[] qdc = QdcCodebook.write(codebook);
        QdcSchema.validate(qdc);
        ReadCodebook read = QdcCodebook.read("cm.qdc", qdc);
        assertThat(read.discarded()).isEmpty();
        assertThat(read.codebook()).isEqualTo(codebook);
        assertThat(QdcCodebook.write(read.codebook())).isEqualTo(qdc);
    }

    @Test
    void everyWrittenFormatReadsBackAsTheSameCodebook() throws IOException {
        Codebook codebook = conversationalModel();
        for (String format : new String[] {"yaml", "qdc", "xlsx"}) {
            Path file = dir.resolve("cm." + format);
            CodebookFiles.write(codebook, file);
            assertThat(CodebookFiles.read(file).codebook()).as(format).isEqualTo(codebook);
            assertThat(CodebookFiles.check(file)).as(format).isEmpty();
        }
    }
}
