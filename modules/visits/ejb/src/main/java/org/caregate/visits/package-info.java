/**
 * Visits: the video side of appointments — rooms and per-participant links, the visit page and attendance,
 * BetterPT's partner video rooms, the teleconsultation service's rooms, Solo's visit links, Teams meetings and
 * context-aware linking — holding scheduling's appointments by id, through scheduling's API only.
 */
package org.caregate.visits;
