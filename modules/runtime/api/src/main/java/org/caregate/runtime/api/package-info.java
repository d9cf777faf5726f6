/** What the web module may ask of the runtime: whether the platform's parts are up. */
package org.caregate.runtime.api;
