/**
 * Checks every context's application layer starts with: who may call ({@link org.caregate.kernel.input.Access})
 * and what is wrong with the request, field by field ({@link org.caregate.kernel.input.Inputs}), including what an
 * adapter could not read of it ({@link org.caregate.kernel.input.Reading}).
 */
package org.caregate.kernel.input;
