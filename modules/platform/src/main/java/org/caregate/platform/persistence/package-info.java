/** Helpers the contexts' JPA repositories share. */
package org.caregate.platform.persistence;
