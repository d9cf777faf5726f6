/**
 * What the web adapters may use of visits: the facades for video visits, partner video rooms, teleconsultation
 * rooms and context linking, the requests they take and the views they return.
 */
package org.caregate.visits.api;
