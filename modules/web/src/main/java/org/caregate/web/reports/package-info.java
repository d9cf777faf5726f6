/**
 * Solo's reports (seed 004 "Reports") over REST: a read model composed in the web adapter from the scheduling,
 * identity and forms facades, written as CSV a page of visits at a time.
 */
package org.caregate.web.reports;
