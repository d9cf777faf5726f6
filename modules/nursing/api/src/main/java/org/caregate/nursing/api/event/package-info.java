/** Virtual nursing's integration events: assistance requests created, assigned, finished and cancelled. */
package org.caregate.nursing.api.event;
