/** What other contexts and the web adapters may use of the episodes context: its facade, views and changes. */
package org.caregate.episodes.api;
