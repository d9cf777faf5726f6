/** Solo's episodes of care (seed 004 "Episodes Of Care") over REST, adapting the episodes context. */
package org.caregate.web.episodes;
