/** Buildings and departments, care locations with devices and placed patients, assistance requests — plain Java and JPA mappings. */
package org.caregate.nursing.domain;
