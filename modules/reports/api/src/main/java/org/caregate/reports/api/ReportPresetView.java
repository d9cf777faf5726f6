package org.caregate.reports.api;

import java.util.List;
import org.caregate.kernel.id.ReportPresetId;

/**
 * A preset of encounter reports: a name and the visits CSV's columns it keeps, in order.
 *
 * @param builtIn whether it is the organization's built-in preset with every column (not stored; cannot change)
 */
public record ReportPresetView(ReportPresetId id, String name, List<String> columns, boolean builtIn) {
}
