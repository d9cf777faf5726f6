package org.caregate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every entity is mapped by its own context's persistence unit. Hibernate does not look for entities at start-up (each
 * unit lists its classes, excludes the rest and scans nothing, ADR 36), so an entity missing from its unit's
 * {@code persistence.xml} would simply not be mapped, and a class listed in another context's unit would cross a
 * boundary. An auto-applied converter must be listed as well (only listed ones are registered); embeddables, mapped
 * superclasses and other converters may be. The units are read from every EJB module's
 * {@code META-INF/persistence.xml} on the class path.
 */
class PersistenceUnitsTest {

    private static final String ROOT = "org.caregate.";

    @Test
    void everyEntityIsListedInItsOwnContextsUnitAndNothingElseIs() throws Exception {
        Map<String, Set<String>> listed = listedClassesByUnit();
        Map<String, Set<String>> mustBeListed = new TreeMap<>();
        Map<String, Set<String>> mapped = new TreeMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caregate").stream()
                .forEach(type -> {
                    if (type.isAnnotatedWith(Entity.class) || type.tryGetAnnotationOfType(Converter.class)
                            .map(Converter::autoApply).orElse(false)) {
                        mustBeListed.computeIfAbsent(contextOf(type), c -> new TreeSet<>()).add(type.getName());
                    }
                    if (type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class)
                            || type.isAnnotatedWith(MappedSuperclass.class) || type.isAnnotatedWith(Converter.class)) {
                        mapped.computeIfAbsent(contextOf(type), c -> new TreeSet<>()).add(type.getName());
                    }
                });

        assertThat(mustBeListed).as("entities found").containsKeys("identity", "scheduling", "billing");
        assertThat(listed.keySet()).as("one persistence unit per context with entities, named after it")
                .isEqualTo(mustBeListed.keySet());
        mustBeListed.forEach((context, types) -> assertThat(listed.get(context))
                .as("classes listed by the persistence unit " + context)
                .containsAll(types)
                .isSubsetOf(mapped.get(context)));
    }

    private static String contextOf(JavaClass entity) {
        String name = entity.getPackageName().substring(ROOT.length());
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    @Test
    void everyUnitExcludesUnlistedClassesAndScansNothing() throws Exception {
        for (Element unit : units()) {
            assertThat(text(unit, "exclude-unlisted-classes")).as(unit.getAttribute("name")).containsExactly("true");
            NodeList properties = unit.getElementsByTagName("property");
            Map<String, String> values = new HashMap<>();
            for (int p = 0; p < properties.getLength(); p++) {
                Element property = (Element) properties.item(p);
                values.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            assertThat(values).as(unit.getAttribute("name"))
                    .containsEntry("hibernate.archive.scanner", "org.hibernate.boot.archive.scan.internal.DisabledScanner");
        }
    }

    private static Map<String, Set<String>> listedClassesByUnit() throws Exception {
        Map<String, Set<String>> listed = new HashMap<>();
        for (Element unit : units()) {
            assertThat(listed.put(unit.getAttribute("name"), new TreeSet<>(text(unit, "class"))))
                    .as("a second persistence unit named " + unit.getAttribute("name")).isNull();
        }
        return listed;
    }

    private static List<Element> units() throws Exception {
        List<Element> units = new ArrayList<>();
        for (URL descriptor : Collections.list(
                PersistenceUnitsTest.class.getClassLoader().getResources("META-INF/persistence.xml"))) {
            Document document;
            try (InputStream in = descriptor.openStream()) {
                document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
            NodeList declared = document.getElementsByTagName("persistence-unit");
            for (int u = 0; u < declared.getLength(); u++) {
                units.add((Element) declared.item(u));
            }
        }
        assertThat(units).as("persistence units on the class path").hasSizeGreaterThanOrEqualTo(8);
        return units;
    }

    private static List<String> text(Element unit, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList elements = unit.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent().trim());
        }
        return texts;
    }
}
