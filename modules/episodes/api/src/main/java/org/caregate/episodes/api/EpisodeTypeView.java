package org.caregate.episodes.api;

/** One entry of an organization's catalogue of episode types. */
public record EpisodeTypeView(long id, String name) {
}
