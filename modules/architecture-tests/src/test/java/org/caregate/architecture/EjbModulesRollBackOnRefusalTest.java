package org.caregate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every EJB module declares the kernel's refusals ({@code CaregateException}) an application exception that rolls
 * back: a refused request then reaches the client as itself and leaves no half-written record. The declaration lives
 * in each module's {@code META-INF/ejb-jar.xml} (an annotation on a class in the EAR's {@code lib/} is not seen by the
 * EJB container); a new module that forgets it fails here.
 */
class EjbModulesRollBackOnRefusalTest {

    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyEjbModuleDeclaresRefusalsRollingBack() throws Exception {
        List<Path> ejbModules = ejbModules();
        assertThat(ejbModules).as("EJB modules under %s", MODULES).hasSizeGreaterThanOrEqualTo(5);
        for (Path module : ejbModules) {
            Path descriptor = module.resolve("src/main/resources/META-INF/ejb-jar.xml");
            assertThat(descriptor).as("%s has an ejb-jar.xml", module).exists();
            assertThat(rollsBack(descriptor, "org.caregate.kernel.error.CaregateException"))
                    .as("%s declares CaregateException <rollback>true</rollback> <inherited>true</inherited>", descriptor)
                    .isTrue();
        }
    }

    /** Modules whose pom says {@code <packaging>ejb</packaging>}, at any depth under modules/. */
    private static List<Path> ejbModules() throws IOException {
        try (Stream<Path> poms = Files.walk(MODULES, 3)) {
            return poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(EjbModulesRollBackOnRefusalTest::isEjbPackaging)
                    .map(Path::getParent).sorted().toList();
        }
    }

    private static boolean isEjbPackaging(Path pom) {
        try {
            return Files.readString(pom).contains("<packaging>ejb</packaging>");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean rollsBack(Path descriptor, String exceptionClass) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(descriptor.toFile());
        NodeList exceptions = document.getElementsByTagNameNS("*", "application-exception");
        for (int i = 0; i < exceptions.getLength(); i++) {
            Element exception = (Element) exceptions.item(i);
            if (exceptionClass.equals(text(exception, "exception-class")) && "true".equals(text(exception, "rollback"))
                    && "true".equals(text(exception, "inherited"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagNameNS("*", child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
