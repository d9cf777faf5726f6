/** Episodes of care and the rules of their status: plain Java and JPA mappings, no container types. */
package org.caregate.episodes.domain;
