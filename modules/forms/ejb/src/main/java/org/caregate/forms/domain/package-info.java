/**
 * Form templates, their questions and the catalogue of question kinds; onboarding flows, their items and patients'
 * records of them — plain Java and JPA mappings.
 */
package org.caregate.forms.domain;
