package org.caregate.reports.api;

/**
 * A completed encounter report's file: a zip holding one CSV, encrypted with AES-256 under the password given
 * when it was ordered.
 *
 * @param fileName the zip's name, e.g. {@code encounter-report-<id>.zip}
 * @param content  the zip's bytes
 */
public record EncounterReportFile(String fileName, byte[] content) {
}
