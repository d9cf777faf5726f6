/** The episodes context: episodes of care, a patient's course of care over which visits are grouped (issue 13). */
package org.caregate.episodes;
