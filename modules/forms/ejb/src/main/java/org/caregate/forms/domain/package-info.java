/** Form templates, their questions and the catalogue of question kinds — plain Java and JPA mappings. */
package org.caregate.forms.domain;
