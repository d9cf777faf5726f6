/**
 * What the installation's operator does over the API (Caregate additions, super admins of the operating
 * organization only): sending dead-lettered events back to their consumers.
 */
package org.caregate.web.operations;
