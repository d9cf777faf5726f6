/** Reports in PostgreSQL, the generation queue on JMS and its consumer, and the AES-256 zips written by zip4j. */
package org.caregate.reports.infrastructure;
