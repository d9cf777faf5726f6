/** What web compiles against to reach virtual nursing: facility and request facades, their views and requests. */
package org.caregate.nursing.api;
