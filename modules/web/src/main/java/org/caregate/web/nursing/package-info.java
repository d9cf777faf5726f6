/** Virtual nursing over Solo's REST ({@code /qapi/v1/request-assistance}) and Caregate's GraphQL additions. */
package org.caregate.web.nursing;
