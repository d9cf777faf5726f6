/** Cryptography that a contract prescribes byte for byte and several contexts use. */
package org.caregate.platform.crypto;
