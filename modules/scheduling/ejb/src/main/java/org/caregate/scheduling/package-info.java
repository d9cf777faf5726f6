/**
 * Scheduling: appointment types and settings, providers' availability, the search for open slots, and
 * appointments booked by staff, by patients and by EHRs into waiting rooms — never two at once for a provider.
 */
package org.caregate.scheduling;
