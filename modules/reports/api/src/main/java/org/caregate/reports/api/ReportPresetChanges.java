package org.caregate.reports.api;

import java.util.List;

/**
 * A preset's name and columns as given; {@code null} keeps the current value on update and is refused on create.
 *
 * @param columns column names of the visits CSV ({@link ReportsFacade#columns()}), in the order the report shows
 *                them
 */
public record ReportPresetChanges(String name, List<String> columns) {
}
