package org.caregate.reports.application;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report's file: a zip holding one entry, encrypted with AES-256 under a password. */
public interface ReportArchive {

    /**
     * A stream to write the entry's content into; closing it finishes the zip in {@code target}. The password array
     * is not kept.
     */
    OutputStream entry(OutputStream target, String entryName, char[] password) throws IOException;
}
