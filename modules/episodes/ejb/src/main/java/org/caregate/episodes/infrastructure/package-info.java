/** The JPA repository of episodes. */
package org.caregate.episodes.infrastructure;
