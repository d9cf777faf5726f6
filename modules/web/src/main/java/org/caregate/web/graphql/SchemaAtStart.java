package org.caregate.web.graphql;

import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.servlet.SchemaServlet;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Repeatable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.IndexReader;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;
import org.jboss.logging.Logger;

/**
 * Builds the GraphQL schema staff portals query when the web module starts, and hands it to SmallRye GraphQL's
 * servlets (declared in {@code web.xml}). The schema is read from the annotation indexes the build puts into the WAR
 * ({@code wildfly/build/IndexArchives.java}: {@code WEB-INF/classes/META-INF/jandex.idx} for the GraphQL APIs and
 * types, {@code META-INF/jandex.idx} in each {@code WEB-INF/lib} jar), plus the three JDK types SmallRye's listener
 * added — the same classes that listener read, which indexed every class of the WAR and of its libraries again at
 * every start (ADR 36, docs/performance.md "Start-up"). {@code web.xml}'s empty absolute ordering keeps it out.
 */
public class SchemaAtStart implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);
    private static final String INDEX = "META-INF/jandex.idx";
    private static final String CLASSES = "/WEB-INF/classes/";
    private static final String LIBRARIES = "/WEB-INF/lib/";

    @Inject
    GraphQLProducer producer;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext web = event.getServletContext();
        List<IndexView> indexes = new ArrayList<>();
        indexes.add(jdkTypesIndex());
        indexes.add(classesIndex(web));
        Set<String> libraries = web.getResourcePaths(LIBRARIES);
        for (String library : libraries == null ? Set.<String>of() : libraries) {
            if (library.endsWith(".jar")) {
                indexes.add(libraryIndex(web, library));
            }
        }
        web.setAttribute(SchemaServlet.SCHEMA_PROP,
                producer.initialize(SchemaBuilder.build(CompositeIndex.create(indexes)), true));
        LOG.infof("GraphQL schema built from the indexes of the web module's classes and %d libraries",
                indexes.size() - 2);
    }

    /** The JDK types SmallRye's schema builder looks up by name (maps, deprecation, repeatable directives). */
    private static IndexView jdkTypesIndex() {
        Indexer indexer = new Indexer();
        try {
            for (Class<?> type : List.of(Map.class, Deprecated.class, Repeatable.class)) {
                indexer.indexClass(type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The JDK's classes cannot be indexed", e);
        }
        return indexer.complete();
    }

    /**
     * The index of the WAR's own classes, which the build writes; a WAR built some other way has its classes indexed
     * here, as SmallRye did at every start.
     */
    private static IndexView classesIndex(ServletContext web) {
        try (InputStream index = web.getResourceAsStream(CLASSES + INDEX)) {
            if (index != null) {
                return new IndexReader(index).read();
            }
            LOG.warnf("The web module has no %s%s (ear/pom.xml writes it with wildfly/build/IndexArchives.java);"
                    + " its classes are indexed now, which makes the start slower", CLASSES, INDEX);
            String classes = web.getRealPath(CLASSES);
            if (classes == null) {
                throw new IllegalStateException("The web module's classes are not readable as files");
            }
            List<Path> classFiles;
            try (Stream<Path> files = Files.walk(Path.of(classes))) {
                classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
            }
            Indexer indexer = new Indexer();
            for (Path file : classFiles) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
            return indexer.complete();
        } catch (IOException e) {
            throw new UncheckedIOException("The web module's classes cannot be indexed", e);
        }
    }

    /** A library's index as the build wrote it; a library without one (no classes, or added by hand) is indexed here. */
    private static IndexView libraryIndex(ServletContext web, String library) {
        String path = web.getRealPath(library);
        if (path == null) {
            throw new IllegalStateException("The web module's library " + library + " is not readable as a file");
        }
        try (ZipFile jar = new ZipFile(path)) {
            ZipEntry index = jar.getEntry(INDEX);
            if (index != null) {
                try (InputStream in = jar.getInputStream(index)) {
                    return new IndexReader(in).read();
                }
            }
            Indexer indexer = new Indexer();
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        indexer.index(in);
                    }
                }
            }
            return indexer.complete();
        } catch (IOException e) {
            throw new UncheckedIOException("The web module's library " + library + " cannot be indexed", e);
        }
    }
}
