/**
 * The shared kernel: the few concepts every bounded context speaks the same way — who is calling and for which
 * organization ({@link org.caregate.kernel.Caller}), what a caller may do ({@link org.caregate.kernel.Role}), and
 * the typed ids use cases take ({@code org.caregate.kernel.id}).
 * Plain Java only; every context may depend on it, it depends on no context.
 */
package org.caregate.kernel;
