/** Background work that falls due in database rows, polled on every server and claimed with SKIP LOCKED. */
package org.caregate.platform.jobs;
