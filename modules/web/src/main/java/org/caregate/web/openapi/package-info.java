/** The one OpenAPI document at {@code /openapi} that describes every REST surface Caregate serves. */
package org.caregate.web.openapi;
