/** Encounter reports and their presets as the organization knows them, with the rules of their life cycle. */
package org.caregate.reports.domain;
