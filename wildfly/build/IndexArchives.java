import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * A build step of the EAR (ear/pom.xml, after the EAR is packed and before the server is provisioned with it): gives
 * every jar inside the EAR — its {@code lib/} jars, its EJB modules, the jars of its WAR's {@code WEB-INF/lib} and of
 * its RAR — and the WAR's own classes the Jandex annotation index WildFly looks for ({@code META-INF/jandex.idx} of the
 * jar, {@code WEB-INF/classes/META-INF/jandex.idx} of the WAR's classes), so that WildFly reads one index per
 * resource root at each start instead of reading and indexing every class (docs/performance.md, "Start-up"). The index
 * is made from the root's own classes as WildFly would make it (every {@code .class} entry), with the same Jandex
 * version as WildFly's; a root that already has an index keeps it.
 *
 * <p>Run with Java's source launcher and Jandex on the class path:
 * {@code java -cp jandex.jar wildfly/build/IndexArchives.java ear/target/caregate.ear}.
 */
public final class IndexArchives {

    private static final String INDEX = "META-INF/jandex.idx";
    private static final String WAR_CLASSES = "WEB-INF/classes/";

    private int indexed;
    private int classes;

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            throw new IllegalArgumentException("usage: IndexArchives <archive.ear>");
        }
        Path archive = Path.of(arguments[0]);
        IndexArchives step = new IndexArchives();
        byte[] rewritten = step.rewrite(Files.readAllBytes(archive), archive.getFileName().toString());
        Path temporary = archive.resolveSibling(archive.getFileName() + ".indexing");
        Files.write(temporary, rewritten);
        Files.move(temporary, archive, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("IndexArchives: %d resource roots of %s indexed (%d classes)%n", step.indexed, archive, step.classes);
    }

    /**
     * The archive with its nested archives rewritten and an index added to its one resource root of classes — the jar
     * itself, or a WAR's {@code WEB-INF/classes} — when that root has none.
     */
    private byte[] rewrite(byte[] archive, String name) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        String classesRoot = lower.endsWith(".jar") ? "" : lower.endsWith(".war") ? WAR_CLASSES : null;
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        boolean hasIndex = false;
        Indexer indexer = new Indexer();
        int classCount = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                String entryName = entry.getName();
                if (!entry.isDirectory() && isArchive(entryName)) {
                    content = rewrite(content, entryName);
                } else if (classesRoot != null && entryName.startsWith(classesRoot) && entryName.endsWith(".class")) {
                    indexer.index(new ByteArrayInputStream(content));
                    classCount++;
                }
                hasIndex |= classesRoot != null && entryName.equals(classesRoot + INDEX);
                entries.add(entry);
                contents.add(content);
            }
        }
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream(archive.length + archive.length / 8);
        try (ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (int i = 0; i < entries.size(); i++) {
                ZipEntry copy = new ZipEntry(entries.get(i).getName());
                copy.setTime(entries.get(i).getTime());
                out.putNextEntry(copy);
                out.write(contents.get(i));
                out.closeEntry();
            }
            if (!hasIndex && classCount > 0) {
                out.putNextEntry(new ZipEntry(classesRoot + INDEX));
                out.write(serialized(indexer.complete()));
                out.closeEntry();
                indexed++;
                classes += classCount;
            }
        }
        return rewritten.toByteArray();
    }

    private static boolean isArchive(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar") || lower.endsWith(".war") || lower.endsWith(".rar");
    }

    private static byte[] serialized(Index index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new IndexWriter(bytes).write(index);
        return bytes.toByteArray();
    }

    private IndexArchives() {
    }
}
