/**
 * Video visits over the wire: the visit page and its JSON calls at {@code /visit/{token}} (the link is the
 * credential), and BetterPT's partner video rooms on {@code /graphql}.
 */
package org.caregate.web.visits;
