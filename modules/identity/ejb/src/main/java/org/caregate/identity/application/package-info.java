/**
 * Identity's use cases behind the facades: each public method is one transaction that checks what the caller
 * may do, validates the input, changes the model and writes the audit record — or refuses and changes nothing.
 */
package org.caregate.identity.application;
