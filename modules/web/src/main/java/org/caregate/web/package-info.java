/**
 * The only web module: the protocol adapters (Healthie and BetterPT GraphQL, Solo REST) that translate each
 * contract to the contexts' facades, authentication of every request, and error mapping into each contract's shape.
 */
package org.caregate.web;
