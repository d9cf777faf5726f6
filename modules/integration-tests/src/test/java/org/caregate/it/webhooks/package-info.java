/**
 * Webhook tests: a local HTTP receiver that records what arrives, and the seeds' own verification code (seed 001's
 * JavaScript, seed 004's PHP) run verbatim where node and php are installed, with Java transliterations always.
 */
package org.caregate.it.webhooks;
