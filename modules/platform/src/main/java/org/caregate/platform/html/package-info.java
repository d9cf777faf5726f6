/** Cleaning HTML that clients send and other clients render (jsoup, one {@code Safelist} per use). */
package org.caregate.platform.html;
