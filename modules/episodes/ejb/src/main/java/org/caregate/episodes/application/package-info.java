/** The episodes facade (the transaction boundary) and scheduling's {@code EpisodeCheck} port, answered here. */
package org.caregate.episodes.application;
