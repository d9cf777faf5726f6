/**
 * What the web adapters may use of scheduling: the facades, the requests they take and the views they return.
 */
package org.caregate.scheduling.api;
