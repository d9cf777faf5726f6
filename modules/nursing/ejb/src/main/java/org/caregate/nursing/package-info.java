/** The nursing context: virtual nursing — facility structure, care locations and their assistance requests. */
package org.caregate.nursing;
