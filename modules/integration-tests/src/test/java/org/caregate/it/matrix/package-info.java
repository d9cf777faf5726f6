/**
 * The security matrices' machinery: two organizations with a member of every role and one object of every kind
 * ({@link org.caregate.it.matrix.Tenant}), the operations that take an object id as introspection and the OpenAPI
 * document name them ({@link org.caregate.it.matrix.Surface}), which kind of object each id names
 * ({@link org.caregate.it.matrix.IdNames}), and what counts as a refusal ({@link org.caregate.it.matrix.Verdict}).
 */
package org.caregate.it.matrix;
