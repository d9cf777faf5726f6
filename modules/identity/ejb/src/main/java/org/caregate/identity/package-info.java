/**
 * Identity: the organizations that use Caregate, the people in them — patients, providers, staff — and how they
 * prove who they are (API keys, passwords, sign-in tokens).
 */
package org.caregate.identity;
