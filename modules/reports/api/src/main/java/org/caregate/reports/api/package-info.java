/**
 * What other modules may use of the reports context: its facade, the views it answers and the requests it takes.
 */
package org.caregate.reports.api;
