package org.attune.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The REFI-QDA project schema (v1.0) in test resources, applied with the JDK's validator, fetching nothing from outside. */
public final class ProjectSchema {

    private static final String RESOURCE = "/refi-qda/Project.xsd";

    private ProjectSchema() {
    }

    /** The project.qde of a .qdpx. */
    public static byte[] qde(Path qdpx) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            return zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
        }
    }

    /** Throws a SAXException naming the first place where the document breaks the schema. */
    public static void validate(byte[] document) throws SAXException {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Schema schema;
            try (InputStream xsd = ProjectSchema.class.getResourceAsStream(RESOURCE)) {
                schema = factory.newSchema(new StreamSource(xsd));
            }
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
