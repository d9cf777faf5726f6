/** The teleconsultation service's REST API (seed 003) under {@code /teleconsultation}, on scheduling's rooms. */
package org.caregate.web.teleconsultation;
