package org.caregate.forms.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.forms.domain.DocumentFiles;
import org.caregate.forms.domain.StoredContent;
import org.caregate.platform.files.FileStore;

/** Documents' content in {@code forms.file_part}, through the platform's {@link FileStore} (ADR 19). */
@ApplicationScoped
public class JdbcDocumentFiles implements DocumentFiles {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Override
    public StoredContent store(long organizationId, InputStream content, String contentType, long mostBytes) {
        try {
            FileStore.Stored stored = store().write(organizationId, content, mostBytes);
            return new StoredContent(stored.id(), stored.size(), contentType);
        } catch (FileStore.TooLarge e) {
            throw new FileTooLarge(mostBytes);
        }
    }

    @Override
    public void copy(long organizationId, UUID fileId, OutputStream out) {
        if (!store().read(organizationId, fileId, out)) {
            throw new IllegalStateException("the content of a document is missing: file " + fileId);
        }
    }

    @Override
    public void delete(long organizationId, UUID fileId) {
        store().delete(organizationId, fileId);
    }

    private FileStore store() {
        return new FileStore(dataSource, "forms.file_part");
    }
}
