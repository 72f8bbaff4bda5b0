package org.attune.codebook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The REFI-QDA projects other tools made (copies of the shared fixtures, in the test resources), and
 * what a plain DOM count finds in them, to check the reader against.
 */
final class QdcFixtures {

    static final Path FOLDER = Path.of("src", "test", "resources", "fixtures", "refi-qda");
    /** Far more than any fixture's project.qde; a bound, since a ZIP entry can claim any size. */
    private static final int MAX_ENTRY_BYTES = 16 << 20;

    private QdcFixtures() {
    }

    static List<Path> projects() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the REFI-QDA fixtures should be in " + FOLDER.toAbsolutePath(), e);
        }
    }

    /** The bytes of the project's .qde entry, whatever its case or name ("project.qde", "Project.qde", "study.qde"). */
    static byte[] qde(Path qdpx) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!entry.isDirectory() && !name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                    return bounded(zip);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(qdpx + " holds no .qde");
    }

    private static byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new IOException("a .qde larger than " + MAX_ENTRY_BYTES + " bytes");
            }
        }
        return out.toByteArray();
    }

    /** What the DOM finds under CodeBook/Codes. */
    record Census(int codableCodes, int topLevelCodes, int codableParentsAtTop, int codesBelowSecondLevel) {
    }

    static Census census(byte[] qde) {
        Element codes = codesElement(parse(qde));
        int[] counts = new int[4];
        for (Element top : childCodes(codes)) {
            counts[1]++;
            if (isCodable(top) && !childCodes(top).isEmpty()) {
                counts[2]++;
            }
            count(top, 1, counts);
        }
        return new Census(counts[0], counts[1], counts[2], counts[3]);
    }

    private static void count(Element code, int level, int[] counts) {
        if (isCodable(code)) {
            counts[0]++;
            if (level > 2) {
                counts[3]++;
            }
        }
        for (Element child : childCodes(code)) {
            count(child, level + 1, counts);
        }
    }

    private static boolean isCodable(Element code) {
        return code.getAttribute("isCodable").equals("true");
    }

    private static List<Element> childCodes(Element parent) {
        List<Element> codes = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("Code")) {
                codes.add(e);
            }
        }
        return codes;
    }

    private static Element codesElement(Document document) {
        NodeList found = document.getElementsByTagNameNS("*", "Codes");
        if (found.getLength() != 1) {
            throw new IllegalStateException("expected one Codes element, found " + found.getLength());
        }
        return (Element) found.item(0);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
