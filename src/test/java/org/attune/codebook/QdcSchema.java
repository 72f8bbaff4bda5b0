package org.attune.codebook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The REFI-QDA codebook schema (v1.0) in test resources, applied with the JDK's validator, fetching nothing from outside. */
final class QdcSchema {

    private static final String RESOURCE = "/refi-qda/Codebook.xsd";

    private QdcSchema() {
    }

    /** Throws a SAXException naming the first place where the document breaks the schema. */
    static void validate(byte[] document) throws SAXException {
        try {
            Validator validator = schema().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema() throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream xsd = QdcSchema.class.getResourceAsStream(RESOURCE)) {
            if (xsd == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test class path");
            }
            return factory.newSchema(new StreamSource(xsd));
        }
    }
}
