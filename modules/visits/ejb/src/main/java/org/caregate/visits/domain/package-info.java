/**
 * The video visit model in plain Java: visits and their per-participant links, stays, the window in which a visit
 * may be entered, BetterPT's partner rooms, the teleconsultation service's rooms and Solo's context-aware links.
 */
package org.caregate.visits.domain;
