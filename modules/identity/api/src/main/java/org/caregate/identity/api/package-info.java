/**
 * What the web adapters and other contexts may use of identity: the {@link org.caregate.identity.api.IdentityFacade}
 * and {@link org.caregate.identity.api.AccessFacade}, and the views and requests they exchange.
 */
package org.caregate.identity.api;
