/**
 * What the web adapters and other contexts may use of identity: the {@link org.caregate.identity.api.IdentityFacade}
 * and {@link org.caregate.identity.api.AccessFacade}, and the views and requests they exchange; and the port
 * {@link org.caregate.identity.api.GroupOnboarding} that the forms context implements.
 */
package org.caregate.identity.api;
